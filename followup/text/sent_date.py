"""When a quoted email was sent, read from its header line as mailers write it: an attribution ("On Thu, 21 Dec 2034
at 10:14, X wrote:", "Am 19.12.2034 um 11:20 schrieb X:", "Le 2034-12-20 14:05, X a écrit :", "El mar, 19 dic 2034 a
las 12:10, X escribió:") or a header block's date field ("Sent: Friday, December 22, 2034 5:14:03 PM", "Gesendet:
Mittwoch, 20. Dezember 2034 16:12", "Envoyé : mercredi 20 décembre 2034 14:05", "Enviado el: martes, 19 de diciembre
de 2034 12:10"). A date that reads two ways ("03/04/2034") is no date: None."""
from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

from followup.text.dates import MONTH_CUTS, MONTH_NAMES, MONTH_SPELLINGS, alternation

# Month names and their cuts in the four languages drafts are written in.
_MONTHS = {name: n for lang in ("en", "de", "fr", "es")
           for name, n in (*MONTH_NAMES[lang].items(), *MONTH_SPELLINGS.get(lang, {}).items(),
                           *MONTH_CUTS[lang].items())}
_MONTH = rf"(?P<month>{alternation(_MONTHS)})\.?"
_YEAR = r"(?P<year>\d{4})"
# "20 December 2034", "20. Dezember 2034", "19 de diciembre de 2034", "21 Dec 2034", "20 déc. 2034"
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})\.?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?{_YEAR}\b", re.I)
# "December 22, 2034", "Dec 22 2034"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+{_YEAR}\b", re.I)
# "2034-12-20"
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
# "19.12.2034", "19/12/2034", "12/19/2034"
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b")
# The time after the date: "11:02", "5:14:03 PM", "à 14:05", "a las 12:10", "um 11:20"
_TIME = re.compile(r"\b(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?\s*(?P<half>[AP]\.?M\.?)?", re.I)
MONTHS_IN_YEAR = 12


def _day(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the first date in a header line, None when there is none or it reads two ways."""
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        m = pattern.search(text)
        if m:
            return int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"])
    m = _ISO.search(text)
    if m:
        return int(m["year"]), int(m["month"]), int(m["day"])
    m = _NUMERIC.search(text)
    if not m:
        return None
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." or a > MONTHS_IN_YEAR:
        return int(m["year"]), b, a  # "19.12.2034", "19/12/2034": the day first, as every dotted date is written
    if b > MONTHS_IN_YEAR:
        return int(m["year"]), a, b  # "12/19/2034": the month first
    return None  # "03/04/2034": March or April


def _time(text: str) -> time:
    """The clock time a header line gives after its date; midnight when none."""
    m = _TIME.search(text)
    if not m:
        return time(0, 0)
    hour, minute = int(m["hour"]), int(m["minute"])
    half = (m["half"] or "").lower().replace(".", "")
    if half == "pm" and hour < MONTHS_IN_YEAR:
        hour += MONTHS_IN_YEAR
    elif half == "am" and hour == MONTHS_IN_YEAR:
        hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else time(0, 0)


def sent_at(header: str, tz: str) -> datetime | None:
    """The moment (naive UTC) a quoted email's header line says it was sent, read in the zone tz; None if it gives
    no date that reads one way."""
    day = _day(header)
    if day is None:
        return None
    try:
        local = datetime.combine(datetime(*day).date(), _time(header[_date_end(header):]), ZoneInfo(tz or "UTC"))
    except ValueError:
        return None
    return local.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


def _date_end(header: str) -> int:
    """Where the header's date ends: its time is read after it (the year is never a clock)."""
    ends = [m.end() for p in (_DAY_MONTH, _MONTH_DAY, _ISO, _NUMERIC) if (m := p.search(header))]
    return min(ends) if ends else 0


__all__ = ["sent_at"]
