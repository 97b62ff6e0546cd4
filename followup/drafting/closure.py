"""A closure the customer names beside a request ("from Friday our office is closed", "Las oficinas cierran jueves y
viernes", "Le cabinet est fermé de vendredi à lundi", "ab Donnerstag ist das Büro geschlossen"): the last working day
before it is when the thing asked for has to reach them, said against the draft's day ("today", "by Thursday")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from followup.drafting.days import DAY_NAMES, TODAY_WORDS, WEEKDAY_WORDS

_WD = {language: "|".join(words) for language, words in WEEKDAY_WORDS.items()}
# The weekday the closure starts on, in the customer's words.
_CLOSED = {
    "en": re.compile(rf"\b(?:from|on)\s+(?P<a>{_WD['en']}),?\s+(?:our|the)\s+(?:\w+\s+)?(?:office|offices|company|firm|"
                     rf"team|shop|store|plant)\s+(?:is|are|will\s+be)\s+closed\b|\b(?:office|offices|we)\s+(?:is|are|"
                     rf"will\s+be)\s+closed\s+(?:from|on)\s+(?P<b>{_WD['en']})\b", re.I),
    "de": re.compile(rf"\b(?:ab|von)\s+(?P<a>{_WD['de']})\s+(?:an\s+)?(?:\S+\s+){{0,6}}?(?:geschlossen|zu)\b|"
                     rf"\bgeschlossen\s+(?:ab|von)\s+(?P<b>{_WD['de']})\b", re.I),
    "fr": re.compile(rf"\bfermée?s?\s+(?:(?:à\s+partir\s+)?d[eu]\s+|dès\s+|le\s+)?(?P<a>{_WD['fr']})\b", re.I),
    "es": re.compile(rf"\b(?:cierran|cierra|cerramos|cerrad[oa]s?)\s+(?:(?:desde\s+)?el\s+|del\s+)?(?P<a>{_WD['es']})\b",
                     re.I),
}
_TOMORROW = {"en": "tomorrow", "de": "morgen", "fr": "demain", "es": "mañana"}
_BY = {"en": "by {d}", "de": "bis {d}", "fr": "d'ici {d}", "es": "antes del {d}"}
# The first day of the weekend, on which no office works.
_SATURDAY = 5


def closes_on(text: str, language: str, written: date) -> date | None:
    """The first day of a closure the text names, counted from the day it was written, or None."""
    rx = _CLOSED.get(language)
    found = list(rx.finditer(text)) if rx else []
    if not found:
        return None
    name = (found[-1].group("a") or found[-1].group("b")).lower()
    return written + timedelta(days=(WEEKDAY_WORDS[language].index(name) - written.weekday()) % 7 or 7)


def by_closure(text: str, language: str, written: date, today: date) -> str:
    """When a thing asked for is sent before a closure the text names ("today", "tomorrow", "by Thursday"), or ""
    when it names none or the closure has begun."""
    closed = closes_on(text, language, written)
    if closed is None:
        return ""
    last = closed - timedelta(days=1)
    while last.weekday() >= _SATURDAY:
        last -= timedelta(days=1)
    if last < today:
        return ""
    if last == today:
        return TODAY_WORDS[language]
    if last == today + timedelta(days=1):
        return _TOMORROW[language]
    return _BY[language].format(d=DAY_NAMES[language][last.weekday()])
