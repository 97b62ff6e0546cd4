"""Days in a draft: a source's relative day resolved against its own date, restated against the day the draft is
written ("on Thursday", "morgen", "bis Freitag"), or dropped once past (restatedays.py); en/de/fr/es."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.text.dates import (
    EN_MONTHS,
    EN_SEPTEMBER_SLIP,
    WEEKDAYS,
    alternation,
    next_weekday,
    short_weekdays,
)

# A due date given without a time of day means "during business hours of that day".
DEFAULT_DUE_TIME = time(17, 0)


# Day and month names as written in mail come from followup.text.dates (shared with grounding and wishes).
_WD = r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"


# English months, and the slip "sepember" this reader always took.
_MON = "(?:" + alternation([*EN_MONTHS, EN_SEPTEMBER_SLIP]) + ")"


# A day as English writes it: ISO, month and day, day and month, a day word, a weekday; named groups say which.
DATE_RE = re.compile(
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?P<mon>{_MON})\.?\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<mday2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MON})\b"
    rf"|\b(?P<rel>today|tonight|tomorrow|tmrw|eod|end of (?:the )?day|end of (?:the )?week|next week)\b"
    rf"|\b(?P<next>next\s+)?(?P<wd>{_WD})\b\.?",
    re.I)


_TIME_RE = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])\.?m\b\.?|\b(?P<h24>[01]?\d|"
                      r"2[0-3]):(?P<m24>\d{2})\b", re.I)


def _time_of_day(sentence: str) -> time | None:
    """The first clock time named in sentence, if any."""
    m = _TIME_RE.search(sentence)
    if not m:
        return None
    if m.group("h24"):
        return time(int(m.group("h24")), int(m.group("m24")))
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return time(hour, int(m.group("m") or 0))


# How far after a weekday and its bare day the month of the span's end may stand ("Tuesday 2 to Thursday 4 February").
SPAN_REACH = 30


def resolve_due(sentence: str, at: datetime, tz: str, due_time: time = DEFAULT_DUE_TIME) -> datetime | None:
    """Resolve the first date named in sentence (relative to at, naive UTC) to a naive-UTC due time."""
    zone = ZoneInfo(tz)
    local = at.replace(tzinfo=timezone.utc).astimezone(zone)
    today = local.date()
    day: date | None = None
    for m in DATE_RE.finditer(sentence):
        if m.group("iso"):
            try:
                day = date.fromisoformat(m.group("iso"))
            except ValueError:
                continue
        elif m.group("mon") or m.group("mon2"):
            if (m.group("mon") or m.group("mon2")) in ("may", "mar"):  # the verb "may", the word "mar"
                continue
            month = EN_MONTHS[(m.group("mon") or m.group("mon2")).lower().rstrip(".")]
            mday = int(m.group("mday") or m.group("mday2"))
            try:
                day = date(today.year, month, mday)
            except ValueError:
                continue
            if day < today - timedelta(days=31):  # "Jan 5" said in December means next year
                day = day.replace(year=today.year + 1)
        elif m.group("rel"):
            rel = m.group("rel").lower()
            if rel in ("tomorrow", "tmrw"):
                day = today + timedelta(days=1)
            elif rel == "next week":
                day = today + timedelta(days=7 - today.weekday())
            elif "week" in rel:
                day = today + timedelta(days=(4 - today.weekday()) % 7)
            else:
                day = today
            # "end of day tomorrow": a later, more specific word wins over "end of day"
            later = DATE_RE.search(sentence, m.end())
            if later and later.group("rel") and later.group("rel").lower() in ("tomorrow", "tmrw"):
                day = today + timedelta(days=1)
            elif later and later.group("wd"):
                continue
        elif m.group("wd"):
            # "may"/"sat"/"sun" as ordinary words: only a capitalised day name counts
            if m.group("wd")[0].islower() and m.group("wd").lower() in ("sat", "sun", "wed", "mon"):
                continue
            dated = DATE_RE.search(sentence, m.end())
            if dated and (dated.group("iso") or dated.group("mon") or dated.group("mon2")) and \
                    dated.start() - m.end() <= 4:
                continue  # "Thursday 10 December": the date says which Thursday
            ranged = re.match(r"\s+(\d{1,2})\s*(?:to|till|until|-|–)\s", sentence[m.end():])
            end = next((d for d in DATE_RE.finditer(sentence, m.end(), m.end() + SPAN_REACH)
                        if d.group("mon") or d.group("mon2")), None) if ranged else None
            if end is not None:
                # "from Tuesday 2 to Thursday 4 February": the first day takes the month the span ends in
                month = EN_MONTHS[(end.group("mon") or end.group("mon2")).lower().rstrip(".")]
                try:
                    day = date(today.year + (month < today.month), month, int(ranged.group(1)))
                except ValueError:
                    day = None
                if day is not None:
                    break
            day = next_weekday(today, WEEKDAYS[m.group("wd").lower()], said_next=bool(m.group("next")),
                               today_counts=True)
            if not m.group("next") and _PAST_CLAUSE.search(sentence[:m.start()]):
                day -= timedelta(days=7)  # "approved it at their meeting on Friday": the Friday before, gone
        if day is not None:
            break
    if day is None:
        return None
    clock = _time_of_day(sentence) or due_time
    return datetime.combine(day, clock, tzinfo=zone).astimezone(timezone.utc).replace(tzinfo=None)


# Relative dates up to this many days ahead are restated with the day's name ("on Thursday").
WEEKDAY_HORIZON_DAYS = 6


def local_day(at: datetime, tz: str) -> date:
    """The calendar day of a naive-UTC time in zone tz."""
    return at.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz)).date()


# The weekday names per drafting language, Monday first.
DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
# The same lowercased, to read a customer's own day words back ("call me Thursday", "bis Mittwoch"); "today" as said.
WEEKDAY_WORDS = {language: [name.lower() for name in names] for language, names in DAY_NAMES.items()}
TODAY_WORDS = {"en": "today", "de": "heute", "fr": "aujourd'hui", "es": "hoy"}


_RELATIVE = {
    "en": {"today": "today", "tomorrow": "tomorrow", "yesterday": "yesterday",
           "on": "on {day}", "last": "on {day}", "next": "on {day} next week"},
    "de": {"today": "heute", "tomorrow": "morgen", "yesterday": "gestern",
           "on": "am {day}", "last": "am {day}", "next": "am {day} nächster Woche"},
    "fr": {"today": "aujourd'hui", "tomorrow": "demain", "yesterday": "hier",
           "on": "{day}", "last": "{day}", "next": "{day} de la semaine prochaine"},
    "es": {"today": "hoy", "tomorrow": "mañana", "yesterday": "ayer",
           "on": "el {day}", "last": "el {day}", "next": "el {day} de la semana que viene"},
}


def say_day(day: date, today: date, language: str = "en") -> str:
    """A day restated against today ("today", "tomorrow", "on Thursday", "yesterday"), or "" when too far."""
    words = _RELATIVE.get(language, _RELATIVE["en"])
    names = DAY_NAMES.get(language, DAY_NAMES["en"])
    delta = (day - today).days
    if delta == 0:
        return words["today"]
    if delta == 1:
        return words["tomorrow"]
    if delta == -1:
        return words["yesterday"]
    if 1 < delta <= WEEKDAY_HORIZON_DAYS or -WEEKDAY_HORIZON_DAYS <= delta < -1:
        return words["on" if delta > 0 else "last"].format(day=names[day.weekday()])
    if WEEKDAY_HORIZON_DAYS < delta <= WEEKDAY_HORIZON_DAYS + 7:
        return words["next"].format(day=names[day.weekday()])  # "on Tuesday next week"
    return ""


# A clause told in the past before a weekday ("approved ... on Friday", "we met on Tuesday"): the weekday is the last
# one before the email, never the next (not "is scheduled", "will be confirmed", "had to be ... by Friday").
_PAST_CLAUSE = re.compile(
    r"(?:^|[,;:.!?]\s)(?![^,;:.!?]*\b(?:will|'ll|shall|going to|need|needs|can|must)\b)[^,;:.!?]*?"
    r"\b(?:i|we|they|he|she|you|it|(?:the|our|their|your|my|his|her)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s+"
    r"(?:also\s+|just\s+|finally\s+|already\s+)?(?!(?:promised|agreed|offered|planned|asked|scheduled|arranged|"
    r"booked|proposed|suggested|wanted|needed|expected|hoped)\b)(?:was|were|had|did|met|went|came|spoke|sent|told|"
    r"said|gave|made|took|saw|got|wrote|rang|held|left|paid|bought|brought|heard|"
    r"[^\W\d_]{2,}[^e\W]ed)\b(?:[^,;:.!?]*\bon|(?<=\bmet)|(?<=\bspoke))\s*$", re.I)  # "we met Thursday night"


def told_past(sentence: str) -> bool:
    """Whether a sentence tells of a weekday already gone ("the board approved it on Friday")."""
    m = DATE_RE.search(sentence)
    return bool(m and m.group("wd") and not m.group("next") and _PAST_CLAUSE.search(sentence[:m.start()]))


# What follows a sentence's end: nothing, a line break, or a word with a capital.
_SENTENCE_AFTER = re.compile(r"\s*(?:$|\n)|\s+(?:[¿¡]|[A-ZÄÖÜÉÀ][a-zäöüßéèàáíóúñ'’])")


def spelled_days(text: str, language: str) -> str:
    """A note's bare weekdays cut short, as text/dates reads them, said in full in the language ("bis Fr." ->
    "bis Freitag", "avant ven." -> "avant vendredi"); a cut's dot kept as the full stop where a sentence ends."""
    names = DAY_NAMES.get(language)
    if not names:
        return text
    out, last = [], 0
    for start, end, number in short_weekdays(text, language):
        dot = "." if text[end - 1] == "." and _SENTENCE_AFTER.match(text, end) else ""
        out += [text[last:start], names[number], dot]
        last = end
    return "".join(out) + text[last:]


_TIME_WORDS = re.compile(
    rf"\s*(?:,\s*)?\b(?:by |on |before |until |at |this |next |end of |eod |first thing )*(?:{DATE_RE.pattern})"
    r"(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
    r"|\s*\b(?:this|tomorrow) (?:morning|afternoon|evening)\b|\s*\bby (?:eod|cob|close of business)\b"
    r"|\s*\blater (?:today|this week)\b|\s*\bfirst thing\b", re.I)


def drop_dates(text: str) -> str:
    """The text without its date phrases ("I'll send the quote Thu" -> "I'll send the quote")."""
    out = _TIME_WORDS.sub("", text)
    return re.sub(r"\s{2,}", " ", out).strip(" ,")


# A calendar date inside a date phrase ("Feb 19", "18 June", "2035-03-02"): it names its day whenever it is read.
_CALENDAR = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}}|\b{_MON}\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}\b",
                       re.I)
# What follows a weekday that is the date it goes with ("Thu 15 Feb", "Friday, March 1").
_DATE_AFTER = re.compile(rf"\s*,?\s*(?:\d{{1,2}}\b|{_MON}\b)", re.I)


def drop_relative_dates(text: str) -> str:
    """The text without its relative date phrases ("tomorrow", "on Tuesday", "this afternoon"), which read wrong on
    another day; a calendar date ("during our closure, Feb 19 to Mar 2") is kept whole, with its weekday."""
    def cut(m: re.Match) -> str:
        dated = _CALENDAR.search(m.group()) or _DATE_AFTER.match(text, m.end())
        return m.group() if dated else ""
    out = _TIME_WORDS.sub(cut, text)
    return re.sub(r"\s{2,}", " ", out).strip(" ,")
