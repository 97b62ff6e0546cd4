"""The day back an out-of-office notice names from a whole week away: a holiday's week ("tutta la settimana di
Ferragosto ... il lunedì successivo") or numbered weeks ("shutdown in weeks 27 and 28 ... first working day after"),
in English, German, French, Spanish, Italian, Portuguese and Dutch."""
from __future__ import annotations

import re
from datetime import date, timedelta

from followup.text.dates import FOREIGN_WEEKDAYS, MORE_WEEKDAYS, WEEKDAY_NAMES, alternation
from followup.text.day_words import next_working
from followup.text.holidays import HOLIDAY_RE, next_holiday
from followup.text.prefilter import prefilter_patterns

_WEEK = r"(?:week|woche|semaine|semana|settimana)"
# the week of a holiday: "Ferragosto week", "la settimana di Ferragosto", "la semaine du 15 août" is a date, not this;
# "Pfingstwoche", "Paasweek": the word joined to the name
_HOLIDAY_WEEK = re.compile(
    rf"\b(?:(?P<h1>{HOLIDAY_RE})[\s\-]*{_WEEK}|{_WEEK}\s+(?:(?:of|di|de|du|del|da|do|von|vor|nach|um|van|rond|"
    rf"the|la|le|el|il|der|dem|den|het|a)\s+|l['’]){{0,3}}(?P<h2>{HOLIDAY_RE}))\b", re.I)
# numbered weeks, the last one named ending the time away: "weeks 27 and 28", "KW 31-33", "semaines 32 et 33"
_NUMBERED_WEEKS = re.compile(
    r"\b(?:weeks?|kw|kalenderwochen?|wochen?|semaines?|semanas?|settimane?|weken)\s+(?:n(?:o|r|º|°)\.?\s*)?"
    r"(?P<first>[1-5]?\d)(?:\s*(?:-|–|and|und|et|y|e|en|to|bis|à|a|al|tot|,)\s*(?P<last>[1-5]?\d))?\b", re.I)
_WEEKDAYS = {**{w: i for i, w in enumerate(WEEKDAY_NAMES)}, **FOREIGN_WEEKDAYS, **MORE_WEEKDAYS}
_WEEKDAY_RE = alternation(_WEEKDAYS)
# after the week: "the Monday after", "il lunedì successivo", "le lundi suivant", "el lunes siguiente", "na segunda-feira
# seguinte", "am Montag danach", "de maandag erna"; or "the first working day after"
_WEEKDAY_AFTER = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_RE})\s+(?:after|following|successivo|seguente|suivant|d'apr[èe]s|siguiente|posterior|"
    r"seguinte|danach|darauf|erna|daarna|daaropvolgende)\b", re.I)
_WORKING_AFTER = re.compile(
    r"\b(?:(?:first|next)\s+(?:working|business|work)\s+day|ersten?\s+(?:arbeitstag|werktag)|premier\s+jour\s+ouvr[ée]|"
    r"primer\s+d[ií]a\s+(?:h[áa]bil|laborable)|primo\s+giorno\s+lavorativo|primeiro\s+dia\s+[úu]til|eerste\s+werkdag)\b",
    re.I)
WEEK_CHARS = 200  # how far after the week's name its day back may be said


def _week_end(text: str, today: date, zone: str) -> tuple[date, int, str] | None:
    """The Sunday ending the week named (a holiday's, or the last numbered one), where it is said, and its quote."""
    m = _HOLIDAY_WEEK.search(text)
    if m:
        holiday = next_holiday(m.group("h1") or m.group("h2"), today - timedelta(days=6), zone)  # its week may have begun
        if holiday is not None:
            return holiday + timedelta(days=6 - holiday.weekday()), m.end(), m.group()
    m = _NUMBERED_WEEKS.search(text)
    if m:
        week = int(m.group("last") or m.group("first"))
        for year in (today.year, today.year + 1):
            try:
                end = date.fromisocalendar(year, week, 7)
            except ValueError:
                continue
            if end >= today:
                return end, m.end(), m.group()
    return None


def day_back_after_week(text: str, today: date, zone: str = "") -> tuple[date, str] | None:
    """The day back said as a weekday or the first working day after a week away (zone: the IANA name), with its quote."""
    found = _week_end(text, today, zone)
    if found is None:
        return None
    end, at, quote = found
    after = text[at:at + WEEK_CHARS]
    m = _WEEKDAY_AFTER.search(after)
    if m:
        weekday = _WEEKDAYS[m.group("wd").lower()]
        return end + timedelta(days=(weekday - end.weekday()) % 7 or 7), f"{quote} ... {m.group()}"
    m = _WORKING_AFTER.search(after)
    if m:
        return next_working(end), f"{quote} ... {m.group()}"
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
