"""A promise's day against the draft's day: a relative day word said on an earlier day is dropped, a promise whose
day has passed is still owed but said without its day."""
from __future__ import annotations

import re
from datetime import date, timedelta

from followup.drafting.feastdays import passed_feast, without_feast
from followup.drafting.items import Item, State
from followup.drafting.past import named_days
from followup.text.dates import FOREIGN_WEEKDAYS, MONTHS, WEEKDAYS, alternation, next_weekday, short_weekdays

# A day said relative to its email ("tomorrow", "nächste Woche", "demain"): wrong once that day has passed.
_RELATIVE_DAY = re.compile(r"\s*\b(?:(?i:tomorrow|(?:later )?this week|next week|la semaine prochaine|cette semaine|"
                           r"la semana que viene|la próxima semana|esta semana|nächste woche|kommende woche|"
                           r"diese woche|demain)|morgen|(?<!la )mañana)\b(?!-)")


def unrelative(line: str, item: Item, state: State) -> str:
    """The line without a relative day word when it was said on an earlier day than the draft's."""
    if item.at.date() >= state.today or not _RELATIVE_DAY.search(item.quote):
        return line  # a day the state restated against the draft's day ("tomorrow" for a note's "by Thursday")
    return re.sub(r"\s+([?.,;!])", r"\1", _RELATIVE_DAY.sub("", line))


# A same-day promise ("today", "dans la journée"): it named the day its email was sent.
_SAME_DAY = re.compile(r"\b(?:today|later today|by end of day|by eod|this afternoon|dans la journée|aujourd'hui|"
                       r"ce soir|heute|im laufe des tages|noch heute|hoy|en el día|esta tarde|en la jornada)\b", re.I)


def stale_promise(item: Item, state: State) -> bool:
    """Whether it is the rep's promise (emailed or in a note) whose day has passed: restating its day would be wrong."""
    if item.direction not in ("outbound", "note") or item.kind != "commitment":
        return False
    if item.due is not None and item.due.date() < state.today:
        return True
    said = _said_day(item.quote, item.at.date()) if item.due is None else None
    if said is not None and said < state.today:
        return True
    if passed_feast(item.quote, item.at.date(), state.today):
        return True  # "send order confirmation after Labour Day", and Labour Day has come: due now
    return bool(_SAME_DAY.search(item.quote)) and item.at.date() < state.today


# A German, French or Spanish promise's day, which the English due reader leaves unread ("d'ici mardi", "bis Freitag,
# 11. Dezember", "el jueves", "morgen").
_FOREIGN_DAY = re.compile(r"\b(?:bis|am|d'ici|avant|pour|el|antes del|para el|hasta el)\s+(?P<w>" + "|".join(
    sorted(FOREIGN_WEEKDAYS, key=len, reverse=True)) + r")\b|(?P<t>\b(?:morgen|demain)\b|(?<!la )\bmañana\b)", re.I)


# A promise's week ("this week", "cette semaine", "bis nächste Woche", "la semana que viene"), read when no day is.
_WEEK = re.compile(r"\b(?:this week|cette semaine|diese woche|esta semana)\b|\b(?P<next>next week|la semaine prochaine|"
                   r"nächste(?:n)? woche|kommende(?:n)? woche|la semana que viene|la próxima semana)\b", re.I)


def _said_day(quote: str, said_on: date) -> date | None:
    """The day a foreign promise names, resolved against the day it was said, or None."""
    dated = named_days(quote, said_on)
    if dated:
        return max(dated)
    week = _WEEK.search(quote)
    if week:  # "this week" ends on its Sunday, "next week" a week later
        return said_on + timedelta(days=6 - said_on.weekday() + (7 if week.group("next") else 0))
    m = _FOREIGN_DAY.search(quote)
    if m is None:  # a note's cut day ("Angebot bis Fr. schicken", "devis avant ven.")
        cut = short_weekdays(quote)
        return next_weekday(said_on, cut[0][2]) if cut else None
    if m.group("t"):
        return said_on + timedelta(days=1)
    return next_weekday(said_on, FOREIGN_WEEKDAYS[m.group("w").lower()])


_MONTH_WORDS = alternation(MONTHS)  # "25 seats" is no day
_DAY_WORDS = alternation({*WEEKDAYS, *FOREIGN_WEEKDAYS, "today", "tomorrow", "demain", "morgen", "mañana", "heute", "hoy"})
# A promise's day: from its lead word ("by", "bis", "avant", "antes del") or the day word to the sentence's end.
DAY_TAIL = re.compile(rf"\s+(?:(?:by|on|before|until|bis|am|avant|d'ici|pour|le|para|antes del?|el|hasta)\s+)?"
                      rf"(?:(?:{_DAY_WORDS})\b|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:{_MONTH_WORDS})\b).*$", re.I)


def undated(line: str) -> str:
    """A promise without its passed day ("I'll send the study by Friday 4 December." -> "I'll send the study.")."""
    out = DAY_TAIL.sub("", _SAME_DAY.sub("", without_feast(line))).rstrip(" ,;.")
    out = re.sub(r"\s{2,}", " ", out)
    return out + "." if len(out.split()) >= 4 else ""
