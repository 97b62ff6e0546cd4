"""Week numbers read as dates: "KW 34", "week 34", "wk 34", "weeks 9 to 12", "semaine 34", "S34", "semana 34" are the
days of that ISO week of their source's year (or of the next year, for a week said well after it has passed in the
source's own year: "delivery week 3" in November), so a passed week is stale like a passed day and a moved week is
moved like a day. en/de/fr/es."""
from __future__ import annotations

import re
from datetime import date, timedelta

# A week number said this many days before its source is next year's: "week 3" said in November.
WEEK_LOOKBACK_DAYS = 183

# The most weeks one span may cover ("weeks 9 to 12"); a longer "span" is two numbers of something else.
MAX_SPAN_WEEKS = 12

_WORD = r"(?:calendar\s+weeks?|weeks?|wks?\.?|kw|kalenderwoche|woche|semaines?|semanas?)"
# "week 34", "KW 8", "weeks 9 to 12", "KW 6-7", "semaine 34", "semanas 9 a 12"; "S34" written with a capital S.
_WEEK_NO = re.compile(rf"\b{_WORD}\s?(?P<a>\d{{1,2}})(?![\d.,:/]\d)(?:\s*(?:to|-|–|bis|à|au|a|al)\s*"
                      rf"(?:{_WORD}\s?)?(?P<b>\d{{1,2}})(?![\d.,:/]\d))?\b(?!\s*(?:%|[.,]\d))", re.I)
_S_WEEK = re.compile(r"\bS(?P<a>\d{2})\b(?![.,:/]\d)")


def _week(year: int, number: int) -> date | None:
    """The Monday of an ISO week, None when the year has no such week."""
    try:
        return date.fromisocalendar(year, number, 1)
    except ValueError:
        return None


def week_spans(text: str, said_on: date) -> list[tuple[frozenset[date], int]]:
    """The days each week number (or span of weeks) of a text covers, read against the day it was said, each with
    where it is written."""
    out = []
    found = [(m.start(), int(m.group("a")), int(m.group("b") or m.group("a"))) for m in _WEEK_NO.finditer(text or "")]
    found += [(m.start(), int(m.group("a")), int(m.group("a"))) for m in _S_WEEK.finditer(text or "")]
    for at, first, last in found:
        if not 1 <= first <= last <= first + MAX_SPAN_WEEKS - 1:
            continue
        monday = _week(said_on.year, first)
        if monday is not None and monday + timedelta(days=6) < said_on - timedelta(days=WEEK_LOOKBACK_DAYS):
            monday = _week(said_on.year + 1, first)
        if monday is None:
            continue
        end = _week(monday.isocalendar()[0], last)
        if end is None:
            continue
        out.append((frozenset(monday + timedelta(days=n) for n in range((end - monday).days + 7)), at))
    return out


def week_ends(text: str, said_on: date) -> list[date]:
    """The last day of every week a text names by number."""
    return [max(days) for days, _ in week_spans(text, said_on)]
