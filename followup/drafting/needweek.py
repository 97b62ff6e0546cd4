"""A calendar week or a weekend the customer sets for the rep's work ("Installation please in week 10, not earlier",
"The install has to happen over the weekend of March 19-20 when the line is down", "Lieferung bitte in KW 10", "la
pose doit se faire le week-end des 19 et 20 mars", "la entrega en la semana del 7 de marzo"): read as the work (a
noun), a few words, then the week or weekend with its preposition, and asked back as whether the work can take place
then, the week said as the customer said it. en/de/fr/es; needby.py slots it like a need-by day."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.reading import UNSURE
from followup.drafting.sentences import Source
from followup.text.dates import EN_MONTHS, alternation, day_names, month_names

# How many words may stand between the work and its week: "The install has to happen over the weekend of ...".
MAX_BETWEEN = 5

_NUM = r"\d{1,2}(?:st|nd|rd|th|er)?"
_TO = r"\s*(?:-|–|/|&|and|to|und|bis|auf\s+den|et|au|y|al)\s*"


def _range(months: str, weekdays: str, of: str) -> str:
    """One day or a span of days before or after a month: "19-20 March", "March 19-20", "19./20. März", "19 et 20
    mars", "19 y 20 de marzo", "Saturday 19 and Sunday 20 March"."""
    day = rf"(?:(?:{weekdays}),?\s+)?(?:the\s+)?{_NUM}\.?"
    return rf"(?:{day}(?:{_TO}{day})?\s*{of}(?:{months})\b|(?:{months})\s+{_NUM}(?:{_TO}{_NUM})?\b)"


_RANGE = {
    "en": _range(alternation(EN_MONTHS), alternation(day_names("en")), r"(?:of\s+)?"),
    "de": _range(alternation(month_names("de")), alternation(day_names("de")), ""),
    "fr": _range(alternation(month_names("fr")), alternation(day_names("fr")), ""),
    "es": _range(alternation(month_names("es")), alternation(day_names("es")), r"de\s+"),
}
_WEEK_NO = r"(?:no\.?\s*|nr\.?\s*|n°\s*|n\.?º\s*|#)?\d{1,2}\b"
# The week or weekend itself, with the preposition it was said with when there is one.
_WHEN = {
    "en": rf"(?P<prep>in|during|over|on|for|at)?\s*(?:the\s+)?(?P<when>(?:calendar\s+)?week\s+{_WEEK_NO}|"
          rf"(?:CW|KW|wk)\s*\d{{1,2}}\b|week\s+(?:of|commencing|starting|beginning)\s+(?:the\s+)?{_RANGE['en']}|"
          rf"weekend\s+(?:of\s+)?{_RANGE['en']})",
    "de": rf"(?P<prep>in|für|am|an|über)?\s*(?P<when>(?:der\s+|die\s+|dem\s+|das\s+)?(?:KW|Kalenderwoche|Woche)\s*"
          rf"{_WEEK_NO}|Woche\s+(?:vom|ab\s+dem|ab)\s+{_RANGE['de']}|Wochenende\s+(?:vom\s+|des\s+)?{_RANGE['de']})",
    "fr": rf"(?P<prep>en|pendant|durant|dans|pour|sur)?\s*(?P<when>(?:la\s+)?semaine\s+{_WEEK_NO}|(?:la\s+)?semaine\s+"
          rf"du\s+{_RANGE['fr']}|(?:le\s+)?week-?end\s+(?:des?|du)\s+{_RANGE['fr']})",
    "es": rf"(?P<prep>en|durante|para)?\s*(?P<when>(?:la\s+)?semana\s+{_WEEK_NO}|(?:la\s+)?semana\s+del\s+"
          rf"{_RANGE['es']}|(?:el\s+)?fin\s+de\s+semana\s+(?:del?\s+)?{_RANGE['es']})",
}
# The rep's work, as a noun with its article (German and French for the question, Spanish for "hacer la ...").
_NOUNS = {
    "en": {n: "" for n in ("installation", "install", "delivery", "fitting", "commissioning", "set-up", "setup",
                          "assembly", "handover", "training", "changeover", "start-up")},
    "de": {"Lieferung": "die", "Auslieferung": "die", "Anlieferung": "die", "Montage": "die", "Installation": "die",
           "Inbetriebnahme": "die", "Schulung": "die", "Umstellung": "die", "Aufbau": "der", "Einbau": "der"},
    "fr": {"livraison": "la", "installation": "la", "pose": "la", "mise en service": "la", "formation": "la",
           "montage": "le"},
    "es": {"entrega": "la", "instalación": "la", "montaje": "el", "puesta en marcha": "la", "formación": "la"},
}
# A word before the week that makes it a bound or a past time, not the week the work is wanted in: "before week 10",
# "delivered in week 9", "ab KW 10", "avant la semaine 10", "llegó en la semana 9".
_NOT_IN = re.compile(r"\b(?:before|by|after|until|till|from|since|not|was|were|came|arrived|happened|took|vor|bis|ab|"
                     r"nach|seit|nicht|war|kam|wurde|erfolgte|avant|après|jusqu|dès|depuis|pas|était|a\s+eu|antes|"
                     r"después|hasta|desde|no|fue|llegó)\W*$", re.I)
# The customer agreeing to a week the rep proposed, not setting it: "Delivery in week 10 is fine for us".
_AGREES = re.compile(r"^[\s,]*(?:is|would be|works|suits|passt|ist\s+(?:ok|gut|in\s+Ordnung)|nous\s+convient|"
                     r"(?:est|c'est)\s+(?:bon|parfait|ok)|nos\s+viene\s+bien|está\s+bien|nos\s+sirve)\b", re.I)


def _reading(language: str) -> re.Pattern[str]:
    """The sentence shape of one language: the work, up to MAX_BETWEEN words, then its week or weekend."""
    nouns = alternation(_NOUNS[language])
    lead = r"(?:(?:the|our|die|der|das|la|le|el)\s+|l['’])"
    return re.compile(rf"(?:^|[\s,:;(])(?:{lead})?(?P<noun>{nouns})\b(?P<mid>(?:[\s,:–-]+[\w'’-]+){{0,{MAX_BETWEEN}}}?)"
                      rf"[\s,:–-]+{_WHEN[language]}(?P<rest>.*)$", re.I)


_READINGS = {language: _reading(language) for language in _NOUNS}
# The preposition a week or weekend said bare ("Installation: week 10") is asked with.
_BARE_PREP = {"en": ("in", "over"), "de": ("in", "am"), "fr": ("", ""), "es": ("en", "")}


def week_question(quote: str, language: str) -> tuple[str, str] | None:
    """The question a week or weekend the customer sets for the rep's work implies ("can the installation take place
    in week 10"), and what is said after it (for the reason), or None."""
    pattern = _READINGS.get(language)
    m = pattern.search(quote) if pattern else None
    if not m or _NOT_IN.search(m.group("mid")) or _AGREES.match(m.group("rest")) \
            or re.search(_WHEN[language], re.split(r"[:;]", m.group("rest"))[0], re.I):
        # a second week in the same clause ("11 t la semaine du 7 mars et 11 t la semaine du 21"): not one week;
        # one after a colon is the reason ("week 10, not earlier: in week 9 we have the stocktake")
        return None
    when = m.group("when")
    weekend = re.search(r"week-?end|wochenende|fin\s+de\s+semana", when, re.I) is not None
    prep = (m.group("prep") or _BARE_PREP[language][weekend]).lower()
    if language == "en" and not re.match(r"(?:calendar\s+)?week\s+\d|(?:CW|KW|wk)\b", when, re.I):
        when = f"the {when}"  # "over the weekend of March 19-20", "in the week of 7 March"; "in week 10" as said
    if language == "de" and re.match(r"Woche\b", when):
        when = f"der {when}"  # "in der Woche ab Montag, 28. Februar"
    if language in ("fr", "es") and not re.match(r"(?:l[ae]|el)\s", when, re.I):
        # "la semaine 10", never "en semaine" (on weekdays); "en la semana 10", "el fin de semana del 19"
        when = f"{'la' if not weekend else 'le' if language == 'fr' else 'el'} {when}"
    when = f"{prep} {when}".strip()
    noun = next(n for n in _NOUNS[language] if n.lower() == m.group("noun").lower())
    if language == "en":
        return f"can the {noun} take place {when}", m.group("rest")
    if language == "de":
        return f"klappt {_NOUNS['de'][noun]} {noun} {when}", m.group("rest")
    if language == "fr":
        art, pron = ("le ", "il") if _NOUNS["fr"][noun] == "le" else ("la ", "elle")
        return f"{'l' + chr(39) if noun[0] in 'aeiouéè' else art}{noun} peut-{pron} avoir lieu {when}", m.group("rest")
    return f"¿se puede hacer {_NOUNS['es'][noun]} {noun} {when}", m.group("rest")


# A week number as the question says it, for finding it asked or said again: "week 10", "KW 10", "semaine 10".
_WEEK_NUMBER = re.compile(r"\b(?:calendar\s+week|week|wk|cw|kw|kalenderwoche|woche|semaine|semana)\s*"
                          r"(?:no\.?\s*|nr\.?\s*|n°\s*|n\.?º\s*|#)?(?P<n>\d{1,2})\b", re.I)


def week_named(question: str, asked: str, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether the week number a question names is asked about by the customer or was named by the rep in an email or
    note, not as still to be settled ("week 10 works for us" from the rep, "can you do week 10?" from them)."""
    m = _WEEK_NUMBER.search(question)
    if not m:
        return False
    number = m.group("n")
    if any(w.group("n") == number for w in _WEEK_NUMBER.finditer(asked)):
        return True
    for src in ordered:
        if src.direction not in ("outbound", "note"):
            continue
        text = cleaned.get((src.kind, src.id), src.text or "")
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
            if any(w.group("n") == number for w in _WEEK_NUMBER.finditer(sentence)) and not UNSURE.search(sentence) \
                    and "?" not in sentence:
                return True
    return False


def week_booked(question: str, need: Item, items: Sequence[Item], language: str) -> bool:
    """Whether a week question's sentence is read as a booked time already ("Installation souhaitée la semaine du 29
    janvier, le matin avant 8 h" as "installation le 29 janvier à 8 h"): a booked time is no need to ask."""
    read = week_question(" ".join(need.quote.split()).rstrip(" .!"), language)
    return read is not None and read[0] == question and any(
        i.kind == "appointment" and i.status == "open" and i.quote == need.quote for i in items)
