"""Restating a source's dates and weekdays as the draft's own: said from the draft's day, in its language, none gone by."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from followup.drafting.days import _MON, _PAST_CLAUSE, _WD, DAY_NAMES, local_day, resolve_due, say_day, spelled_days
from followup.drafting.meetdetail import cut_date_at
from followup.drafting.memo import memo
from followup.text.dates import (
    FOREIGN_WEEKDAYS,
    MONTHS,
    WEEKDAYS,
    alternation,
    next_weekday,
)
from followup.text.holidays import FIXED, MOVABLE

_REL_DATE = re.compile(
    r"\b(?:by |on |before |until |this |first thing )?(?:(?P<next>next )?(?P<wd>mon(?:day)?|tue(?:s|sday)?|"
    r"wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?|(?P<rel>today|tonight|"
    r"tomorrow|tmrw|yesterday|eod|end of (?:the )?day|end of (?:the |next )?week|next week|this week))"
    r"(?:\s+(?:morning|afternoon|evening))?", re.I)


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
            if cut_date_at(text, m.start("wd")):
                return word  # "Thu 18 Jan": a date the note cuts whole stays as written (meetdetail.py)
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
