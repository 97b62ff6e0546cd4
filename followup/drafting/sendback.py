"""A customer asking the rep to send something, the one place that decides it: bidden ("Envoie-moi le contrat.",
"Favor enviar la orden de compra.", "Den Vertrag bitte per Post."), asked ("Pourriez-vous m'envoyer le devis ?"), or
asked by a day or for a person the customer names ("Could you send the contract today or tomorrow?", "Können Sie ihr
den Vertrag bis Mittwoch schicken?", "¿Nos los envía esta semana?" after "necesitamos la factura ..."). Answered in
the draft by the rep saying they send it ("Je vous envoie le contrat.", "I'll send you the contract today.", "Ich
schicke Frau Lena Krüger den Vertrag bis Mittwoch."), never handed back as an answer slot. The thing asked for is the
customer's own words; only the lead is the rep's. What needs the rep's decision (a price, a yes) is no such request."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from followup.drafting.billedto import billed_line
from followup.drafting.closure import by_closure
from followup.drafting.conditions import condition_line
from followup.drafting.days import TODAY_WORDS, WEEKDAY_WORDS
from followup.drafting.items import Item
from followup.drafting.ownwords import ours
from followup.drafting.reading import LEAK
from followup.drafting.sentfacts import facts_asked as facts_asked  # state.py takes it from here
from followup.text.replies import ADDRESS, ADDRESS_RE

# The thing asked for is cut before a reason or a second clause ("..., unser Steuerberater will das Original").
_CUT = re.compile(r"\s*(?:[,;:(]|\s[-–—]\s|\b(?:weil|denn|da|damit|parce que|car|pour que|afin que|porque|ya que|"
                  r"para que)\b).*$", re.I)

# A short name in brackets after the thing ("le certificat d'analyse (CoA) avec chaque lot", "the safety data sheet
# (SDS) and ..."): the thing's own abbreviation, dropped rather than cut at like a reason in brackets.
_GLOSS = re.compile(r"\s*\((?-i:[A-Z][A-Za-z]{0,3}[A-Z])\)(?=\s)")

# An object this long is a sentence of its own, not a thing to send.
MAX_OBJECT_WORDS = 8
# Two or three things joined by "and", each with its article ("la guía de tallas y la ficha de producto de las dos
# zapatillas"): a list of things to send, each counted on its own.
_JOINED = re.compile(r"\s+(?:and|und|et|y|e)\s+(?=(?:the|a|an|your|der|die|das|den|le|la|les|l['’]|el|los|las|un|"
                     r"una|une|ein|eine|einen)\s)", re.I)
MAX_JOINED = 3

# The informal imperative, to one person or to several ("Mándanos el contrato", "Envíame la factura", "Pasadme el
# presupuesto"; "Schick mir das Angebot", "Schickt uns die Daten"): the same request as the formal one.
_ES_TU = r"env[ií]a|m[aá]nda|p[aá]sa|env[ií]ad|mandad|pasad|rem[ií]te"
_DE_DU = r"(?:schick|schicke|schickt|send|sende|sendet|mail|mailt)"
# "Envoie-moi le contrat", "Merci de m'envoyer le devis", "Favor enviar la orden", "Schicken Sie mir bitte das Angebot"
_ASKS = {
    "en": re.compile(r"^(?:and |also |so )?(?:(?:please|kindly)\s+(?:also\s+)?(?:send|e-?mail|forward)(?:\s+(?:me|us))?|"
                     r"send\s+(?:me|us))\s+(?:over\s+)?(?P<obj>.+)$", re.I),
    "fr": re.compile(r"^(?:et |aussi |alors |donc )?(?:(?:envoie|envoyez|transmettez|transmets|faites-moi parvenir|"
                     r"fais-moi parvenir|adressez)[- ](?:moi|nous)|merci (?:de (?:bien vouloir )?(?:m'|nous )?|d['’])"
                     r"(?:envoyer|transmettre|faire parvenir|adresser)|je vous remercie (?:de (?:m'|nous )?|d['’])"
                     r"(?:envoyer|transmettre))\s+(?P<obj>.+)$", re.I),
    "es": re.compile(r"^(?:y |también |entonces )?(?:(?:por )?favor,?\s+(?:de\s+)?(?:enviar|mandar|remitir|env[ií]e|mande|"
                     r"env[ií]en|manden)(?:me|nos)?|(?:por )?(?:favor,?\s+)?(?:env[ií]e|m[aá]nde|rem[ií]ta|env[ií]en|"
                     r"m[aá]nden|" + _ES_TU + r")(?:me|nos)(?:\s+por favor)?|le agradecer[ií]a (?:que )?(?:me |nos )?"
                     r"(?:env[ií]e|enviara|mande))\s+(?P<obj>.+)$", re.I),
    "de": re.compile(r"^(?:und |auch |also )?(?:(?:schicken|senden|übermitteln|mailen)\s+Sie\s+(?:(?:mir|uns)\s+)?"
                     r"(?:bitte\s+)?(?:noch\s+)?(?:auch\s+)?|(?:bitte\s+)?" + _DE_DU + r"\s+(?:mir|uns)\s+"
                     r"(?:bitte\s+)?(?:noch\s+)?(?:auch\s+)?|bitte\s+(?:schicken|senden|übermitteln)\s+Sie\s+"
                     r"(?:(?:mir|uns)\s+)?(?:noch\s+)?)(?P<obj>.+?)(?:\s+(?:zu|zukommen))?$", re.I),
}
# "Den Vertrag bitte per Post", "Bitte den Vertrag zusenden": the thing, "bitte" before or after it, and how it is to
# come (the infinitive bids as the imperative does)
_DE_THING_FIRST = re.compile(r"^(?:und |auch )?(?P<pre>bitte\s+)?(?P<obj>(?:den|die|das|eine[nm]?|ein)\s+[^,]{2,60}?)"
                             r"\s+(?(pre)|bitte\s+)(?P<how>per (?:post|e-?mail|mail|fax)|zusenden|schicken|senden|"
                             r"zuschicken|übermitteln)\b", re.I)

# The same ask as a question ("Pouvez-vous m'envoyer le contrat ?", "¿Nos mandas la propuesta final?", "Können Sie
# uns das Datenblatt schicken?"): said back as a slot it would ask the customer; the rep's answer is to send it.
_ASKED = {
    "en": re.compile(r"^(?:and |also )?(?:can|could|would|will) you (?:please |kindly )?(?:also )?(?:send|e-?mail|forward) "
                     r"(?:(?:me|us) )?(?:over )?(?P<obj>.+?)(?: over)?(?: please)?\s*\?$", re.I),
    "fr": re.compile(r"^(?:et |aussi |alors )?(?:(?:pouvez|pourriez)-vous|peux-tu|pourrais-tu|tu peux|vous pouvez) "
                     r"(?:me |nous |m')(?:envoyer|transmettre|faire parvenir|adresser)\s+(?P<obj>.+?)\s*\?$", re.I),
    "es": re.compile(r"^¿?(?:y |también )?(?:(?:me|nos) (?:(?:puede|pueden|podéis|podría|podrían|podríais|puedes|podés|"
                     r"podrías) )?(?:mand[aá]s|env[ií]as|env[ií]a|manda|mandan|env[ií]an|mand[aá]is|envi[aá]is|pas[aá]s|"
                     r"mandar|enviar|pasar)|(?:puede|pueden|podéis|podría|podrían|podríais|puedes|podés|podrías) "
                     r"(?:mandar|enviar|pasar)(?:me|nos))\s+(?P<obj>.+?)\s*\?$", re.I),
    "de": re.compile(r"^(?:und |auch )?(?:(?:können|könnten) Sie|(?:kannst|könntest) du|(?:könnt|könntet) ihr) "
                     r"(?:mir|uns) (?:bitte |noch |auch )*"
                     r"(?P<obj>.+?) (?:schicken|senden|zusenden|zuschicken|mailen|zukommen lassen)\s*\?$", re.I),
}
# An object that only points back ("les", "lo", "es"): what it stands for is in another sentence, so no promise.
_POINTER = re.compile(r"^(?:les?|la|lo|los|las|es|sie|ihn|das|ça|cela|eso|esto|mir|uns|me|us|nous|moi|nos)$|"
                      r"^(?:it|them|this|that|these|those)\b", re.I)
# A request that closes a longer sentence ("Wir nehmen das Angebot an, bitte schicken Sie uns die Auftragsbestätigung",
# "... so the rig can stop at 120 m, please send the revised invoice"): the clause after the comma is the request.
_TAIL = re.compile(r"(?:[,;]|\s[-–—])\s+(?:and\s+|und\s+|et\s+|y\s+)?(?=(?:please|kindly|bitte|merci de|"
                   r"(?:por\s+)?favor|schicken Sie|senden Sie|envoyez|env[ií]e(?:me|nos)|m[aá]nde(?:me|nos))\b)", re.I)
# A thing sent to someone else ("an unsere Buchhaltung", "à mon associé"): forward.py says it with the person.
_TO_OTHER = re.compile(r"\b(?:an|à|a|to)\s+(?:unser\w*|mein\w*|notre|nos|mon|ma|mes|mi|mis|nuestr\w+|our|my)\b", re.I)
# An English purpose after the thing ("the proforma so our finance can pay", "... for our vendor setup"): the
# customer's reason, cut off like the reasons _CUT ends at in the other languages.
_EN_PURPOSE = re.compile(r"\s+(?:as\s+soon\s+as\s+possible|asap|(?:so(?:\s+that)?|because|as|since)\s+"
                         r"(?:our|my|we|I|they|the|it)\b|for\s+(?:our|my)\b).*$", re.I)
# Asked in English, the thing is named with its article; "your" is the rep's, first-person words are the customer's.
_EN_THING = re.compile(r"^(?:the|a|an|your|any|some|final|revised|updated|new|signed)\b", re.I)
_EN_OWN = re.compile(r"\b(?:our|my|we|I|us|me|so|because|as)\b")
# Who reads it, named by their address ("to our AP at ap@frontrange.example", "to accounts@lodge.example").
_TO_READER = re.compile(r"\s+to\s+(?:(?:our|my|your|the)\s+[\w -]{1,30}?\s+(?:at|on)\s+)?" + ADDRESS)
# A colleague of the customer's the thing goes to, by name, with their team ("to Mere in our accounts team"): the
# customer's "our" is theirs, said "your", and the lead names no "you".
_TO_NAMED = re.compile(r"\s+to\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?:in|from|on|at)\s+(?:our|my)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
                       r"\s+(?:team|department|dept|office))?$", re.I)
# Where the English lead names no "you": the thing goes to an address the customer gave.
_TO_ADDRESS = re.compile(r"\bto\s+\S+@\S+")

# Details the rep has to write out, not a document to send ("los datos para la transferencia", "les noms des
# techniciens"): asked for, they stay a slot the rep fills in.
_DETAILS = re.compile(r"^(?:(?:los|las|el|la|les|le|des|die|den|das|unsere?|ihre?|vos|sus?|tus?)\s+)?(?:datos|dato|"
                      r"informaci[oó]n|n[uú]meros?|nombres?|données|informations?|coordonnées|noms?|num[eé]ros?|daten|"
                      r"angaben|informationen|namen|nummern?|kontodaten|bankdaten)\b", re.I)

# The rep's lead, per language: what the draft says for the request.
LEADS = {"fr": "Je vous envoie", "es": "Le envío", "de": "Ich schicke Ihnen"}
# The same leads in the informal register (register.py turns them so).
_INFORMAL_LEADS = ("Je t'envoie", "Te envío", "Ich schicke dir")
# The German lead to a person the customer named ("Ich schicke Frau Lena Krüger den Vertrag", _dated_request below).
_NAMED_LEADS = ("Ich schicke Frau", "Ich schicke Herrn")


# Asked by a day: an object this long is a sentence of its own (a list the customer named before is longer).
MAX_DATED_OBJECT_WORDS = 10
MAX_NAMED_WORDS = 16

_TOMORROW = {"en": "tomorrow", "de": "morgen", "fr": "demain", "es": "mañana"}
# The customer's day words at the end of the request: a day named, a bound and a weekday, or this week.
_DAY = {
    "en": r"(?P<day>today(?:\s+or\s+tomorrow)?|tomorrow|this\s+week|(?:by|before|on)\s+(?P<wd>\w+day))",
    "de": r"(?P<day>heute(?:\s+oder\s+morgen)?|morgen|(?:noch\s+)?diese\s+Woche|(?:bis|vor|am)\s+(?P<wd>\w+tag|Mittwoch))",
    "fr": r"(?P<day>aujourd['’]hui(?:\s+ou\s+demain)?|demain|cette\s+semaine|(?:avant|d['’]ici|pour)\s+(?P<wd>\w+di))",
    "es": r"(?P<day>hoy(?:\s+o\s+mañana)?|mañana(?!\s+por)|esta\s+semana|(?:antes\s+del|para\s+el|el)\s+(?P<wd>\w+es|"
          r"sábado|domingo)(?:\s+\d{1,2})?)",
}
# The request itself, the day words somewhere after the verb or the thing.
_DATED_ASK = {
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
_DATED_LEADS = {"en": "I'll send {to}{obj} {day}.", "de": "Ich schicke {to} {obj} {day}.", "fr": "Je vous envoie {obj} {day}.",
          "es": "Le envío {day} {obj}."}


def _day(m: re.Match[str], language: str, written: date, today: date, closing: str = "") -> str:
    """The customer's day words said against the draft's day: the first asked day not past (today or tomorrow),
    their bound and weekday kept while it is ahead, this week kept within that week (or the last day before a
    closure they name, `closing`); a day now past is today."""
    words = m.group("day")
    low = words.lower()
    wd = (m.group("wd") or "").lower()
    if wd in WEEKDAY_WORDS[language]:
        day = written + timedelta(days=(WEEKDAY_WORDS[language].index(wd) - written.weekday()) % 7)
        return words if day > today else TODAY_WORDS[language]
    if re.search(r"semai?n|week|woche", low):
        if closing:
            return closing  # "¿Nos los envía esta semana? Las oficinas cierran jueves": by the day before
        return words if today.isocalendar()[:2] == written.isocalendar()[:2] else TODAY_WORDS[language]
    asked = [written] if low.startswith(TODAY_WORDS[language][:3]) else []
    asked += [written + timedelta(days=1)] if re.search(_TOMORROW[language], low) else []
    ahead = [d for d in asked if d >= today]
    if ahead and ahead[0] > today:
        return _TOMORROW[language]
    return TODAY_WORDS[language]


def _dated_request(sentence: str, language: str, written: date, today: date, before: str = "",
                   closing: str = "") -> str:
    """The rep's promise for a request to send something by a day the customer names, with the person it goes to
    ("I'll send you the contract today."), or "" when the sentence is no such request or its parts cannot be read;
    `before`: the customer's text before the sentence, for whom "ihr" and what "los" stand for."""
    rx = _DATED_ASK.get(language)
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
    elif len(obj.split()) > MAX_DATED_OBJECT_WORDS or _OWN_CLAUSE.search(obj):
        return ""  # "the proforma ... before our meeting on Saturday": the day is the meeting's, not the errand's
    day = _day(m, language, written, today, closing)
    if language == "de":
        if to in ("ihr", "ihm"):
            named = [t for t in _TITLED.finditer(before) if (t.group("t") == "Frau") == (to == "ihr")]
            if not named:
                return ""
            who = f"{'Frau' if to == 'ihr' else 'Herrn'} {named[-1].group('n')}"
        else:
            who = "Ihnen"
        obj = obj[0].lower() + obj[1:]
        return _DATED_LEADS["de"].format(to=who, obj=obj, day=day)
    if language == "en":
        obj = re.sub(r"^(?:a|an|your)\s+", "the ", obj, flags=re.I)
        return _DATED_LEADS["en"].format(to="you ", obj=obj, day=day)
    return _DATED_LEADS[language].format(obj=obj, day=day)


class Sending(NamedTuple):
    """The rep's line for a request to send something; dated: its day and addressee already said as of the draft."""

    text: str = ""
    dated: bool = False


def sent_request(sentence: str, language: str, written: date | None = None, today: date | None = None,
                 before: str = "", after: str = "") -> Sending:
    """The rep's answer to a request to send something, asked or bidden ("Je vous envoie le contrat."), with the day
    and addressee asked said as of today when `written` (the request's day) and `today` are given; empty when it is
    none. `before`, `after`: the customer's text around the sentence, for whom "ihr" and what "los" stand for and a
    closure they name, before which the thing is sent ("I'll send you the contract today.")."""
    if written is None or today is None:
        return Sending(_plain_request(sentence, language))
    closing = by_closure(f"{before} {sentence} {after}", language, written, today) if language in _DATED_LEADS else ""
    dated = _dated_request(sentence, language, written, today, before, closing)
    if dated:
        return Sending(dated, True)
    plain = _plain_request(sentence, language)
    if plain and closing:
        # "Le envío hoy la factura", "Je vous envoie le contrat aujourd'hui."
        said = plain.replace(LEADS["es"], f"{LEADS['es']} {closing}", 1) if language == "es" else \
            f"{plain[:-1]} {closing}."
        return Sending(said, True)
    return Sending(plain)


def _plain_request(sentence: str, language: str) -> str:
    """The rep's line for a request to send something with no day or person asked, or "" when it is none."""
    s = sentence.strip().rstrip(" .!")
    if language not in _ASKS:
        return ""
    m = _ASKED[language].match(s) if "?" in s else _ASKS[language].match(s)
    tail = None if m or "?" in s else ([t for t in _TAIL.finditer(s)] or [None])[-1]
    if tail is not None:
        m = _ASKS[language].match(s[tail.end():])  # ", bitte schicken Sie uns die Auftragsbestätigung"
    if (m or "?" in s) and (not m or _POINTER.match(m.group("obj")) or _DETAILS.match(m.group("obj"))):
        return ""
    obj = m.group("obj") if m else ""
    if not m and language == "de":
        first = _DE_THING_FIRST.match(s)
        if first:
            how = first.group("how")
            obj = first.group("obj") + (f" {how}" if how.lower().startswith("per ") else "")
    obj = _CUT.sub("", re.sub(_COURTESY_TAIL, "", _GLOSS.sub("", obj), flags=re.I)).strip().rstrip(" .")
    obj = _TO_WRITER.sub("", obj)  # "den Vertrag an mich": the lead's "Ihnen" already says to whom
    # "... to our AP at ap@frontrange.example": a reader the address names is no one forward.py has to name
    reader = _TO_READER.search(obj) if language == "en" else None
    if not obj or _POINTER.match(obj) or _too_long(obj[:reader.start()] if reader else obj) \
            or not re.search(r"[^\W\d_]{3,}", obj) or (_TO_OTHER.search(obj) and not reader):
        return ""
    if language == "en":
        obj = _EN_PURPOSE.sub("", obj)
        reader = reader or _TO_NAMED.search(obj)
        if not _EN_THING.match(obj) or _EN_OWN.search(obj[:reader.start()] if reader else obj):
            return ""
        # "the order confirmation and your W-9": the customer's "your" is the rep's own thing, their "our" theirs
        obj = ours(re.sub(r"^your\b", "the", obj, flags=re.I), language)
        return f"I'll send {'' if _TO_ADDRESS.search(obj) or reader else 'you '}{obj}."
    obj = ours(obj, language)  # "votre RIB" asked for is the rep's own: "notre RIB"
    if language == "de" and re.match(r"(?:Den|Die|Das|Einen|Eine|Ein)\b", obj):
        obj = obj[0].lower() + obj[1:]  # "Ich schicke Ihnen den Vertrag": the article is lower-cased mid-sentence
    return f"{LEADS[language]} {obj}."


# What closes a request after the thing: "please" in each language, and English "over" ("send the contract over").
_COURTESY_TAIL = r"(?:\s+over)?(?:\s+(?:s'il vous plaît|svp|por favor|bitte|please))?$"
# The writer themself as the thing's addressee, after it: "an mich", "to me", "à moi", "a mí" (and "us").
_TO_WRITER = re.compile(r"\s+(?:an (?:mich|uns)|to (?:me|us)|à (?:moi|nous)|a (?:mí|nosotros|nosotras))$", re.I)


def _too_long(obj: str) -> bool:
    """Whether a thing asked for is a sentence of its own rather than one to three things joined by "and"."""
    parts = _JOINED.split(obj)
    return len(parts) > MAX_JOINED or any(len(part.split()) > MAX_OBJECT_WORDS for part in parts)


def own_action(text: str) -> bool:
    """Whether an item's text is what the rep does for the customer ("I'll ...", "Je vous envoie ...")."""
    return text.startswith("I'll ") or billed_line(text) or condition_line(text) or any(text.startswith(lead + " ")
                                           for lead in (*LEADS.values(), *_INFORMAL_LEADS, *_NAMED_LEADS))




def kept_addressed(guarded: list[Item], before: list[Item]) -> list[Item]:
    """The guarded items with the rep's line for a thing the customer asks to be sent to an address they give ("Please
    send the invoice to accounts@lodge.example." -> "I'll send the invoice to accounts@lodge.example.") said again:
    that address is theirs to give, not a signature leaking; a quote with any other leak stays cut."""
    said = {(i.source_kind, i.source_id, i.quote): i.text for i in before
            if i.direction == "inbound" and i.kind == "request" and own_action(i.text) and _TO_READER.search(i.text)}
    out = []
    for item in guarded:
        text = said.get((item.source_kind, item.source_id, item.quote), "")
        sent_to = ADDRESS_RE.search(text)
        if sent_to and not item.text and item.internal and item.status == "open" \
                and not LEAK.search(item.quote.replace(sent_to.group(0), "")):
            item = replace(item, text=text, internal=False)
        out.append(item)
    return out
