"""A promise tied to a public holiday ("send order confirmation after Labour Day", "nach Pfingsten", "après la
Toussaint", "después de Semana Santa") read against the draft's day: once the holiday has come since the promise was
made, the promise is due now and is said without it. en/de/fr/es."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable


def _easter(year: int) -> date:
    """Easter Sunday of a year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - b // 4 - g + 15) % 30
    v = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    m = (a + 11 * h + 22 * v) // 451
    return date(year, (h + v - 7 * m + 114) // 31, (h + v - 7 * m + 114) % 31 + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th weekday (0 = Monday) of a month; n = -1 the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# Each holiday's name in the four languages and the days it may fall on in a year (a name kept on two days in
# different countries, like Labour Day on 1 May and on the first Monday of September, has both).
_FEASTS: list[tuple[str, Callable[[int], list[date]]]] = [
    (r"labou?r day|fête du travail|fete du travail|tag der arbeit|día del trabajo|dia del trabajo|día del trabajador|"
     r"primero de mayo|1er mai|premier mai|erster mai",
     lambda y: [date(y, 5, 1), _nth_weekday(y, 9, 0, 1)]),
    (r"memorial day", lambda y: [_nth_weekday(y, 5, 0, -1)]),
    (r"thanksgiving", lambda y: [_nth_weekday(y, 11, 3, 4), _nth_weekday(y, 10, 0, 2)]),
    (r"independence day|fourth of july|4th of july|july 4(?:th)?", lambda y: [date(y, 7, 4)]),
    (r"easter|ostern|pâques|paques|semana santa", lambda y: [_easter(y) - timedelta(days=2), _easter(y) + timedelta(days=1)]),
    (r"whitsun|pentecost|pfingsten|pentecôte|pentecote|pentecostés", lambda y: [_easter(y) + timedelta(days=50)]),
    (r"ascension|himmelfahrt|ascensión", lambda y: [_easter(y) + timedelta(days=39)]),
    (r"assomption|15 août|mariä himmelfahrt|ferragosto|asunción", lambda y: [date(y, 8, 15)]),
    (r"toussaint|all saints|allerheiligen|todos los santos", lambda y: [date(y, 11, 1)]),
    (r"christmas|xmas|weihnachten|noël|noel|navidad", lambda y: [date(y, 12, 26)]),
    (r"new year|neujahr|nouvel an|jour de l'an|año nuevo", lambda y: [date(y, 1, 1)]),
    (r"bank holiday", lambda y: [_nth_weekday(y, 5, 0, 1), _nth_weekday(y, 5, 0, -1), _nth_weekday(y, 8, 0, -1)]),
]
_AFTER = r"(?:after|once|past|nach|après|apres|después de|despues de|pasad[oa]s?|tras)"
_THE = r"(?:the\s+|dem\s+|der\s+|la\s+|le\s+|l['’]|el\s+|del\s+)?"
_FEAST = re.compile(rf"\s*[,(]?\s*\b{_AFTER}\s+{_THE}(?P<name>" + "|".join(f"(?:{n})" for n, _ in _FEASTS)
                    + r")(?:\s+(?:weekend|wochenende|week-end|holiday|holidays|break))?\b\)?", re.I)


def _days(name: str, year: int) -> list[date]:
    """The days a holiday's name may fall on in a year."""
    for pattern, days in _FEASTS:
        if re.fullmatch(pattern, name, re.I):
            return days(year)
    return []


def passed_feast(quote: str, said_on: date, today: date) -> bool:
    """Whether a promise says it waits until after a holiday that has come since it was made (and before today)."""
    m = _FEAST.search(quote)
    if not m:
        return False
    days = [d for y in (said_on.year, said_on.year + 1) for d in _days(m.group("name"), y)]
    return any(said_on <= d < today for d in days)


def without_feast(line: str) -> str:
    """A promise's line without its "after Labour Day" ("I'll send the order confirmation after Labour Day." -> "I'll
    send the order confirmation.")."""
    return re.sub(r"\s+([?.,;!])", r"\1", _FEAST.sub("", line)).strip()
