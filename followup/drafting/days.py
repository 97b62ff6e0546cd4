"""Days in a draft: a source's relative day resolved against its own date, restated against the day the draft is
written ("on Thursday", "morgen", "bis Freitag"), or dropped once past; en/de/fr/es."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.drafting.memo import memo
from followup.text.dates import (
    EN_MONTHS,
    EN_SEPTEMBER_SLIP,
    FOREIGN_WEEKDAYS,
    MONTHS,
    WEEKDAYS,
    alternation,
    next_weekday,
    short_weekdays,
)
from followup.text.holidays import FIXED, MOVABLE

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


_REL_DATE = re.compile(
    r"\b(?:by |on |before |until |this |first thing )?(?:(?P<next>next )?(?P<wd>mon(?:day)?|tue(?:s|sday)?|"
    r"wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?|(?P<rel>today|tonight|"
    r"tomorrow|tmrw|yesterday|eod|end of (?:the )?day|end of (?:the |next )?week|next week|this week))"
    r"(?:\s+(?:morning|afternoon|evening))?", re.I)


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


# A day number right after a weekday ("Thursday 14th", "jeudi 15/10", "Donnerstag (19.11.)", "el jueves 16").
_DAY_NUMBER_AFTER = re.compile(r",?\s*\(?(?:the\s+|le\s+|den\s+)?\d{1,2}(?:st|nd|rd|th|er|\.|/|\b)")


# A month-name date right after a weekday ("Tuesday December 8", "Tue, Dec 8th"): the date says which Tuesday.
_MONTH_DATE_AFTER = re.compile(rf",?\s*(?:the\s+)?{_MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.I)


# Weekdays joined into a list ("Tue + Thu", "Mon/Wed", "Tuesday and Thursday"): a schedule, never restated.
_WEEKDAY_LIST_AFTER = re.compile(rf"\.?\s*(?:\+|&|/|,|and|und|et|y)\s*{_WD}\b", re.I)
_WEEKDAY_LIST_BEFORE = re.compile(rf"\b{_WD}\.?\s*(?:\+|&|/|,|and|und|et|y)\s*$", re.I)
# A weekday of any week: "Thu or Fri morning, any week from 5 June", "donnerstags, jede Woche", "n'importe quelle
# semaine", "cualquier semana": a slot that recurs, no one day to restate.
_ANY_WEEK = re.compile(r"[^.;!?]{0,40}?\b(?:(?:any|every|each) week|jede(?:r|n)? woche|n'importe quelle semaine|"
                       r"chaque semaine|toutes les semaines|cualquier semana|todas las semanas|cada semana)\b", re.I)


# Holiday names that hold a weekday ("Good Friday", "Easter Monday", "Vendredi saint", "lundi de Pâques", "Viernes
# Santo"): the weekday is part of the name, never a day to restate ("from Good Friday" is not "from Good on Friday").
_WEEKDAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                           r"vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b")
_HOLIDAY_NAMES = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(
    (re.escape(name).replace(r"\ ", r"\s+") for names in (*MOVABLE.values(), *FIXED.values()) for name in names
     if _WEEKDAY_WORD.search(name)), key=len, reverse=True)) + r")(?![\w-])", re.I)


def _in_holiday_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a holiday's name."""
    return any(h.start() <= start and end <= h.end() for h in _HOLIDAY_NAMES.finditer(text))


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


@memo
def restate_dates(text: str, at: datetime, tz: str, today: date, language: str = "en") -> str:
    """Relative day words resolved against their source's time and restated against today; past ones dropped."""
    def sub(m: re.Match[str]) -> str:
        """One relative day phrase, restated or dropped."""
        word = m.group(0)
        if m.group("wd") and m.group("wd")[0].islower() and m.group("wd").lower() in ("sat", "sun", "wed", "mon"):
            return word
        if m.group("wd") and _in_holiday_name(text, m.start("wd"), m.end("wd")):
            return word
        if m.group("wd") and (_DAY_NUMBER_AFTER.match(text, m.end()) or _MONTH_DATE_AFTER.match(text, m.end())):
            # "Thursday 14th", "Fri Oct 2": the date written with it says which day; a note's "Fri" is spelled out
            short = m.group("wd")
            full = DAY_NAMES["en"][WEEKDAYS[short.lower()]] if language == "en" else short
            return word.replace(short, full if short[0].isupper() and len(short) <= 4 else short)
        if m.group("wd") and _ANY_WEEK.match(text, m.end()):  # "Thu or Fri morning, any week from 5 June"
            short = m.group("wd")
            return word.replace(short, DAY_NAMES["en"][WEEKDAYS[short.lower()]]) if short[0].isupper() else word
        if m.group("wd") and (_WEEKDAY_LIST_AFTER.match(text, m.end()) or _WEEKDAY_LIST_BEFORE.search(text, 0, m.start())):
            return word  # "Tue + Thu 7pm", "Mondays and Wednesdays": a weekly schedule, not one day
        if re.fullmatch(r"(?:end of (?:the |next )?week|next week|this week)", (m.group("rel") or "").lower()):
            due = resolve_due(word, at, tz)
            return word if due is None or local_day(due, tz) >= today else ""
        if (m.group("rel") or "").lower() == "yesterday":
            day = local_day(at, tz) - timedelta(days=1)
        elif m.group("wd") and not m.group("next") and _PAST_CLAUSE.search(text[:m.start("wd")]):
            # "the trustees approved it at their meeting on Friday", written on Monday: the Friday before, said "last
            # Friday" within the week, else gone
            day = local_day(at, tz) - timedelta(days=(local_day(at, tz).weekday() - WEEKDAYS[
                m.group("wd").lower()]) % 7 or 7)
            tail = m.group(0)[m.end("wd") - m.start():]  # " morning"
            return f" last {DAY_NAMES['en'][day.weekday()]}{tail}" if 0 < (today - day).days < 7 else _GONE
        else:
            due = resolve_due(word, at, tz)
            if due is None:
                return word
            day = local_day(due, tz)
        if language == "en" and re.search(r"\b(?:a|an|any|every)\s*$", text[:m.start()], re.I):
            return word  # "on a Saturday": any Saturday, no day to resolve
        said = say_day(day, today, language)
        if said and language == "en" and re.search(r"\b(?:the|this|that|your|our|my)\s*$", text[:m.start()], re.I):
            if m.group("wd") and not said.startswith("on "):  # "our Thursday route" said on a Thursday: never "our
                said = DAY_NAMES["en"][day.weekday()]  # today route", the weekday names the thing as it did
            said = re.sub(r"^on ", "", said)  # "the Thursday delivery": the day names the thing, no "on" before it
        return (" " + said) if said and day >= today else _GONE
    out = _unhung(re.sub(rf"{_GONE}\s+night\b", _GONE, _REL_DATE.sub(sub, text))) if language == "en" else text
    out = re.sub(r"\b(for|by|until|before|after|from)\s+on\b", r"\1", out) if language == "en" else out
    # "over on Friday's boat" with Friday past: the boat is still "the boat", never "over 's boat"
    out = re.sub(r"(?:(?<=\s)|^)['’]s\b", "the", out) if language == "en" else out
    if language in _FOREIGN_WEEK_END:
        out = _FOREIGN_WEEK_END[language].sub(lambda m: _week_end_said(m.group(0), at, tz, today), out)
    if language in _FOREIGN_DAYS:  # a note's "bis Fr." is restated as its "bis Freitag" would be
        out = _unhung(_restate_foreign(spelled_days(out, language), at, tz, today, language))
    out = _dated_today(out, today, language)  # "by Wednesday 6 Apr" on Wednesday 6 April: "today"
    out = _TODAY_BY.sub(lambda m: m.group("day"), out)  # "bis heute" when the promised day is today: "heute"
    out = re.sub(r"\s+([.,;!?])", r"\1", re.sub(r"\s{2,}", " ", out))
    return out.strip(" ,")


# Where a past day was dropped: the word that tied it to its noun goes with it ("notre visite de mercredi," ->
# "notre visite,", "con su confirmación del lunes," -> "con su confirmación,", "our visit of Tuesday" -> "our visit").
_GONE = "\x00"
_HUNG = re.compile(r"(?:\s*\b(?:of|from|since|de|du|depuis|del|desde|vom|von|seit)\s*|\s*\bd['’]\s*)?\x00")


def _unhung(text: str) -> str:
    """The text with each dropped day's tying word gone too ("de", "del", "vom", "of")."""
    return _HUNG.sub("", text)


# "By the end of the week" in German, French and Spanish, with the word that makes it a deadline.
_FOREIGN_WEEK_END = {
    "de": re.compile(r"\b(?:bis\s+)?(?:(?:zum\s+)?ende\s+der\s+woche|zum\s+wochenende|diese\s+woche\s+noch)\b", re.I),
    "fr": re.compile(r"(?:\bd'ici\s+(?:la\s+)?|\bavant\s+(?:la\s+)?|\b)fin\s+de\s+(?:la\s+)?semaine\b", re.I),
    "es": re.compile(r"\b(?:antes\s+del|para\s+el|a)\s+(?:fin(?:al)?(?:es)?\s+de\s+(?:la\s+)?semana)\b", re.I),
}


def _week_end_said(phrase: str, at: datetime, tz: str, today: date) -> str:
    """A foreign "by the end of the week" kept while that week's end is to come, dropped once it has passed."""
    due = resolve_due("end of week", at, tz)
    return phrase if due is None or local_day(due, tz) >= today else ""


# A deadline restated as today reads as "until today" in every language: the day alone says it.
_TODAY_BY = re.compile(r"\b(?:by|until|bis|d'ici|jusqu'à|hasta|para)\s+(?P<day>today|heute|aujourd'hui|hoy)\b", re.I)


# A weekday written with its date, and the word before it ("by Wed 6 Apr", "am Mittwoch, 6. April", "le mercredi 6
# avril", "el miércoles 6 de abril", "Wednesday, April 6").
_WEEKDAY_DATED = re.compile(
    rf"(?:\b(?:by|on|until|before|bis(?: zum)?|am|d'ici|avant|pour|le|hasta|para|el|antes del)\s+)?"
    rf"\b(?P<wd>{alternation({*WEEKDAYS, *FOREIGN_WEEKDAYS})})\b\.?,?\s+(?:the\s+|le\s+|den\s+|el\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?(?:\s+(?:of\s+|de\s+)?(?P<m>{alternation(MONTHS)})\b(?:\.(?=\s+[a-zäöüéèáíóú]))?)?"
    rf"|(?P<m2>{alternation(MONTHS)})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?!\d|[.:/]\d)", re.I)


def _dated_today(text: str, today: date, language: str) -> str:
    """Text with a weekday and date that name the draft's own day said as "today" in its language."""
    def sub(m: re.Match[str]) -> str:
        """The dated weekday, or the language's "today" when it is the draft's day."""
        wd = m.group("wd").lower()
        month = (m.group("m") or m.group("m2") or "").lower()
        same = (WEEKDAYS.get(wd, FOREIGN_WEEKDAYS.get(wd)) == today.weekday()
                and int(m.group("d") or m.group("d2")) == today.day and (not month or MONTHS.get(month) == today.month))
        return (" " if m.group(0)[:1].isspace() else "") + say_day(today, today, language) if same else m.group(0)
    return _WEEKDAY_DATED.sub(sub, text)


# Relative day words of the other languages framing is written in: (offset in days, weekday or None).
_FOREIGN_DAYS = {
    "de": {"heute": (0, None), "morgen": (1, None), "übermorgen": (2, None), "gestern": (-1, None),
           "montag": (None, 0), "dienstag": (None, 1), "mittwoch": (None, 2), "donnerstag": (None, 3),
           "freitag": (None, 4), "samstag": (None, 5), "sonntag": (None, 6)},
    "fr": {"aujourd'hui": (0, None), "demain": (1, None), "après-demain": (2, None), "hier": (-1, None),
           "lundi": (None, 0), "mardi": (None, 1), "mercredi": (None, 2), "jeudi": (None, 3), "vendredi": (None, 4),
           "samedi": (None, 5), "dimanche": (None, 6)},
    "es": {"hoy": (0, None), "mañana": (1, None), "pasado mañana": (2, None), "ayer": (-1, None),
           "lunes": (None, 0), "martes": (None, 1), "miércoles": (None, 2), "jueves": (None, 3),
           "viernes": (None, 4), "sábado": (None, 5), "domingo": (None, 6)},
}


_FOREIGN_LEAD = {"de": r"(?:(?P<by>bis|vor)\s+|(?:am|ab|nächsten|nächste|kommenden)\s+)?",
                 "fr": r"(?:(?P<by>d'ici|avant|jusqu'à)\s+|(?:dès|le|ce)\s+)?",
                 "es": r"(?:(?P<by>antes del?|hasta el|para el)\s+|(?:el|este)\s+)?"}


# Lead words that place a weekday against the day it was written ("kommenden Donnerstag").
_RELATIVE_LEAD = re.compile(r"^(?:nächsten|nächste|kommenden)\s+", re.I)


# "bis Freitag" stays "bis Freitag" (not "am Freitag"): the lead word is kept, the day's own article dropped.
_BY_FORM = {"de": "bis", "fr": "d'ici", "es": "antes del"}


_FOREIGN_NEXT = re.compile(r"\s+(?:nächste[rn]?\s+woche|prochain|de la semaine prochaine|próximo|que viene)\b", re.I)


def _restate_foreign(text: str, at: datetime, tz: str, today: date, language: str) -> str:
    """German, French or Spanish relative day words restated against today, or dropped once past."""
    table = _FOREIGN_DAYS[language]
    words = "|".join(sorted((re.escape(w) for w in table), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-]){_FOREIGN_LEAD[language]}(?P<w>{words})(?![\w-])"
                         r"(?P<part>\s+(?:früh|vormittag|nachmittag|matin|après-midi|soir|por la mañana|"
                         r"por la tarde))?(?P<next>\s+(?:nächste[rn]?\s+woche|prochain|de la semaine prochaine|"
                         r"próximo|que viene))?", re.I)
    said_on = local_day(at, tz)

    def sub(m: re.Match[str]) -> str:
        """One phrase, restated or dropped."""
        word = m.group("w").lower()
        if _in_holiday_name(text, m.start("w"), m.end("w")):
            return m.group(0)
        if table[word][1] is not None and _DAY_NUMBER_AFTER.match(text, m.end()):
            # "jeudi 15/10", "Donnerstag (19.11.)": the date written with it decides; "kommenden" was the sender's
            # week, not the reader's
            return _RELATIVE_LEAD.sub("", m.group(0))
        if table[word][1] is not None and _ANY_WEEK.match(text, m.end()):
            return m.group(0)  # "jeudi ou vendredi matin, n'importe quelle semaine": a slot that recurs
        if language == "es" and word == "mañana" and re.match(r"por la", text[max(0, m.start() - 7):m.start()]):
            return m.group(0)
        if table[word][1] is not None and language == "fr" and re.match(r"le\s", m.group(0), re.I) \
                and not m.group("next"):
            return m.group(0)  # "une livraison le samedi": every Saturday, a schedule, not one day to restate
        offset, weekday = table[word]
        if weekday is None:
            day = said_on + timedelta(days=offset)
        else:
            day = next_weekday(said_on, weekday, said_next=bool(m.group("next")))
        if day < today:
            return _GONE
        said = say_day(day, today, language)
        if said and m.group("by"):
            bare = re.sub(r"^(?:am|el)\s+", "", said)
            lead = _BY_FORM[language] if bare != said or language != "es" else "antes de"
            return f" {lead} {bare}"
        return " " + (said or m.group(0).strip())
    return pattern.sub(sub, text)


_TIME_WORDS = re.compile(
    rf"\s*(?:,\s*)?\b(?:by |on |before |until |at |this |next |end of |eod |first thing )*(?:{DATE_RE.pattern})"
    r"(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
    r"|\s*\b(?:this|tomorrow) (?:morning|afternoon|evening)\b|\s*\bby (?:eod|cob|close of business)\b"
    r"|\s*\blater (?:today|this week)\b|\s*\bfirst thing\b", re.I)


def drop_dates(text: str) -> str:
    """The text without its date phrases ("I'll send the quote Thu" -> "I'll send the quote")."""
    out = _TIME_WORDS.sub("", text)
    return re.sub(r"\s{2,}", " ", out).strip(" ,")
