"""A customer's request to send something that names the day it is wanted by or the person it goes to ("Could you
send the contract today or tomorrow?", "Können Sie ihr den Vertrag bis Mittwoch schicken?", "¿Nos los envía esta
semana?" after "necesitamos la factura ... y el certificado de donación"): said as the rep's promise with the customer's
own day words resolved against the draft's day and the addressee they named ("I'll send you the contract today.",
"Ich schicke Frau Lena Krüger den Vertrag bis Mittwoch."), never handed back as an answer slot. What needs the rep's
decision (a price, a yes) is no errand: only a thing to send is read here."""
from __future__ import annotations

import re
from datetime import date, timedelta

from followup.drafting.days import TODAY_WORDS, WEEKDAY_WORDS

# An object this long is a sentence of its own, not a thing to send (a list the customer named before is longer).
MAX_OBJECT_WORDS = 10
MAX_NAMED_WORDS = 16

_TOMORROW = {"en": "tomorrow", "de": "morgen", "fr": "demain", "es": "mañana"}
_WEEK = {"en": "this week", "de": "diese Woche", "fr": "cette semaine", "es": "esta semana"}
# The customer's day words at the end of the request: a day named, a bound and a weekday, or this week.
_DAY = {
    "en": r"(?P<day>today(?:\s+or\s+tomorrow)?|tomorrow|this\s+week|(?:by|before|on)\s+(?P<wd>\w+day))",
    "de": r"(?P<day>heute(?:\s+oder\s+morgen)?|morgen|(?:noch\s+)?diese\s+Woche|(?:bis|vor|am)\s+(?P<wd>\w+tag|Mittwoch))",
    "fr": r"(?P<day>aujourd['’]hui(?:\s+ou\s+demain)?|demain|cette\s+semaine|(?:avant|d['’]ici|pour)\s+(?P<wd>\w+di))",
    "es": r"(?P<day>hoy(?:\s+o\s+mañana)?|mañana(?!\s+por)|esta\s+semana|(?:antes\s+del|para\s+el|el)\s+(?P<wd>\w+es|"
          r"sábado|domingo)(?:\s+\d{1,2})?)",
}
# The request itself, the day words somewhere after the verb or the thing.
_ASK = {
    "en": re.compile(r"^(?:and\s+|also\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)(?:send|e-?mail|"
                     r"forward)\s+(?:(?P<to>me|us)\s+)?(?P<obj>(?:the|a|an|your)\s+.+?)\s+" + _DAY["en"]
                     + r"(?:\s+please)?\s*[?.!]?$", re.I),
    "de": re.compile(r"^(?:[Uu]nd\s+|[Aa]uch\s+)?(?:[Kk]önnen|[Kk]önnten)\s+Sie\s+(?P<to>mir|uns|ihr|ihm)\s+(?:bitte\s+)?"
                     r"(?P<obj>(?:den|die|das)\s+[^,?]+?)\s+" + _DAY["de"] + r"\s+(?:zu)?(?:schicken|senden|mailen)\s*\?$"),
    "fr": re.compile(r"^(?:et\s+)?(?:pouvez|pourriez)-vous\s+(?P<to>m['’]|nous\s+)(?:envoyer|transmettre)\s+"
                     r"(?P<obj>(?:l['’]|le\s|la\s|les\s)[^,?]+?)\s+" + _DAY["fr"] + r"\s*\?$", re.I),
    "es": re.compile(r"^¿?(?:y\s+)?(?P<to>me|nos)\s+(?P<obj>lo|la|los|las)\s+(?:puede\s+|podría\s+)?"
                     r"(?:env[ií]a|manda|enviar|mandar)\s+" + _DAY["es"] + r"\s*\?$", re.I),
}
# Who "ihr"/"ihm" is: the person named with a title before the request ("Meine Assistentin, Frau Lena Krüger").
_TITLED = re.compile(r"\b(?P<t>Frau|Herrn?)\s+(?P<n>(?:Dr\.\s+)?[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)")
# What "los"/"las" stands for: the things the customer said they need just before ("necesitamos la factura ... y el
# certificado de donación"), up to that sentence's end.
_NEEDED = re.compile(r"\b(?:necesitamos|necesito|nos\s+(?:hace\s+)?falta[n]?|requerimos)\s+(?P<obj>(?:el|la|los|las)\s+"
                     r".+?)\.(?=\s+[¿¡A-ZÁÉÍÓÚ]|\s*$)", re.S)
# A thing to send that carries a clause of its own: its day belongs to that clause.
_OWN_CLAUSE = re.compile(r"\b(?:before|after|by|until|for|so|our|my|we|I|vor|nach|für|unser\w*|mein\w*|avant|après|"
                         r"pour|notre|nos|mon|ma|mes)\b")
_LEADS = {"en": "I'll send {to}{obj} {day}.", "de": "Ich schicke {to} {obj} {day}.", "fr": "Je vous envoie {obj} {day}.",
          "es": "Le envío {day} {obj}."}


def _day(m: re.Match[str], language: str, written: date, today: date) -> str:
    """The customer's day words said against the draft's day: the first asked day not past (today or tomorrow),
    their bound and weekday kept while it is ahead, this week kept within that week; a day now past is today."""
    words = m.group("day")
    low = words.lower()
    wd = (m.group("wd") or "").lower()
    if wd in WEEKDAY_WORDS[language]:
        day = written + timedelta(days=(WEEKDAY_WORDS[language].index(wd) - written.weekday()) % 7)
        return words if day > today else TODAY_WORDS[language]
    if re.search(r"semai?n|week|woche", low):
        return words if today.isocalendar()[:2] == written.isocalendar()[:2] else TODAY_WORDS[language]
    asked = [written] if low.startswith(TODAY_WORDS[language][:3]) else []
    asked += [written + timedelta(days=1)] if re.search(_TOMORROW[language], low) else []
    ahead = [d for d in asked if d >= today]
    if ahead and ahead[0] > today:
        return _TOMORROW[language]
    return TODAY_WORDS[language]


def asked_errand(sentence: str, language: str, written: date, today: date, before: str = "") -> str:
    """The rep's promise for a request to send something by a day the customer names, with the person it goes to
    ("I'll send you the contract today."), or "" when the sentence is no such request or its parts cannot be read;
    `before`: the customer's text before the sentence, for whom "ihr" and what "los" stand for."""
    rx = _ASK.get(language)
    m = rx.match(sentence.strip()) if rx else None
    if not m:
        return ""
    obj, to = m.group("obj").strip(), (m.group("to") or "").strip().lower()
    if language == "es":
        needed = list(_NEEDED.finditer(before))
        if not needed:
            return ""  # "¿Me lo manda?": what it stands for is not said just before
        obj = needed[-1].group("obj").strip()
        if len(obj.split()) > MAX_NAMED_WORDS:
            return ""
    elif len(obj.split()) > MAX_OBJECT_WORDS or _OWN_CLAUSE.search(obj):
        return ""  # "the proforma ... before our meeting on Saturday": the day is the meeting's, not the errand's
    day = _day(m, language, written, today)
    if language == "de":
        if to in ("ihr", "ihm"):
            named = [t for t in _TITLED.finditer(before) if (t.group("t") == "Frau") == (to == "ihr")]
            if not named:
                return ""
            who = f"{'Frau' if to == 'ihr' else 'Herrn'} {named[-1].group('n')}"
        else:
            who = "Ihnen"
        obj = obj[0].lower() + obj[1:]
        return _LEADS["de"].format(to=who, obj=obj, day=day)
    if language == "en":
        obj = re.sub(r"^(?:a|an|your)\s+", "the ", obj, flags=re.I)
        return _LEADS["en"].format(to="you ", obj=obj, day=day)
    return _LEADS[language].format(obj=obj, day=day)


__all__ = ["asked_errand"]
