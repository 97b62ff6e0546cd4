"""The day back a notice names as a bare weekday after the public holiday it is closed for ("closed for the
Thanksgiving holiday ... We will reopen on the following Monday", "am Tag der Deutschen Einheit geschlossen. Ab Mittwoch
sind wir wieder für Sie da"), in English, German, French, Spanish, Italian, Portuguese and Dutch.

In: a notice's text and the day it was sent. Out: the first such weekday after the holiday, where it is said and the
quote. Used by followup.text.day_words beside its other return days in words.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from followup.text.dates import FOREIGN_WEEKDAYS, MONTHS, MORE_WEEKDAYS, WEEKDAY_NAMES, alternation
from followup.text.holidays import HOLIDAY_RE, next_holiday
from followup.text.prefilter import prefilter_patterns

_WEEKDAYS = {**{w: i for i, w in enumerate(WEEKDAY_NAMES)}, **FOREIGN_WEEKDAYS, **MORE_WEEKDAYS}
_WD = alternation(_WEEKDAYS)
# the words of being back or open again ("reopen", "wieder für Sie da", "rouvrira", "reabrimos", "riapre", "heropenen")
_BACK = (r"(?:back|return\w*|reopen\w*|resum\w*|zur[üu]ck|wieder|retour|rouvr\w*|rentr\w*|reprend\w*|regres\w*|vuelv\w*|"
         r"volv\w*|reabr\w*|riapr\w*|rientr\w*|torn\w*|terug|weer|heropen\w*)")
# the little words between a back word and its weekday ("reopen on the following Monday", "de retour le lundi suivant")
_BETWEEN = r"(?:(?:on|the|le|el|il|lo|o|na|no|a|am|op|de|la)\s+)*"
_NEXT = r"(?:(?:following|next|kommenden|n[äa]chsten|prochain|pr[óo]ximo|prossimo|volgende)\s+)?"
# "from Wednesday we are back": the weekday first, after a "from" word
_FROM = r"(?:from|ab|dès|d[èe]s|[àa]\s+partir\s+d[eu]|a\s+partir\s+del?|da|dal|vanaf|van)"
# a weekday with its date after it ("Monday, September 13, 2032", "lunes 13 de septiembre") is that date, read elsewhere
_DATED = rf"(?!\s*,?\s*(?:\d|the\s+\d|(?:{alternation(MONTHS)})\.?\s+\d))"
_SAID = re.compile(
    rf"\b{_BACK}\b[^.!?\n]{{0,40}}?\b{_BETWEEN}{_NEXT}(?P<wd>{_WD})\b{_DATED}|"
    rf"\b{_FROM}\s+{_BETWEEN}(?P<wd2>{_WD})\b(?!\s*,?\s*\d)[^.!?\n]{{0,40}}?\b{_BACK}\b", re.I)
_HOLIDAY = re.compile(rf"\b(?P<h>{HOLIDAY_RE})\b", re.I)
WEEKDAY_BACK_CHARS = 160  # how far after the holiday's name its weekday back may be said


def holiday_weekdays(text: str, today: date, zone: str = "") -> list[tuple[int, date, str]]:
    """Every day back said as a weekday after a named holiday, with its position and quote."""
    found = []
    for m in _HOLIDAY.finditer(text):
        said = _SAID.search(text[m.end():m.end() + WEEKDAY_BACK_CHARS])
        holiday = next_holiday(m.group("h"), today, zone) if said else None
        if said is None or holiday is None:
            continue
        weekday = _WEEKDAYS[(said.group("wd") or said.group("wd2")).lower()]
        day = holiday + timedelta(days=(weekday - holiday.weekday()) % 7 or 7)
        found.append((m.end() + said.start(), day, f"{m.group()} ... {said.group()}"))
    return found


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
