"""Quiet periods ending in a month named alone: the rep asked not to get in touch, or to wait, until or before a month
("don't contact me until January", "please hold off until March", "Ne me contactez pas avant janvier", "no me llame
hasta enero", "bel me niet voor januari") ends on that month's first day; "until after January" on the next one's."""
from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from followup.text.dates import MONTHS, alternation, start_of_local_day
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import QUIET, Wish, english, sentence_quote
from followup.text.wish_quiet_abroad import NOT_ASKED, WRITER_REACHED

# month names of four letters or more ("mar", "mai" and "may" are words too)
_MONTH_RE = alternation(m for m in MONTHS if len(m) > 3)
# the month alone: no day number on either side, no part of it ("mid-", "end of", "early")
_MONTH_ALONE = (rf"(?P<after>(?:after|nach|apr[èe]s|despu[ée]s\s+de|dopo|depois\s+de|na)\s+)?(?P<month>{_MONTH_RE})\b"
                rf"(?:,?\s+(?P<year>20\d\d)\b)?(?!\s*\d|[-/.]\d)")
# English: contact refused or a wait asked of the rep ("please don't follow up until January", "hold off until March",
# "no calls before September"); not the writer's own plan ("we'll hold off until March")
_EN_ASKED = re.compile(
    r"(?:^\W*(?:please\s+|kindly\s+|so\s+|pls\s+)?|\b(?:please|kindly|would\s+you|could\s+you|can\s+you|ask\s+(?:that\s+)?"
    r"you(?:\s+to)?|you\s+(?:should|could|can)|(?:don'?t|do\s+not|not\s+to)\s+))"
    r"(?:(?:hold\s+off|hold\s+fire|hang\s+fire|wait|sit\s+tight)(?:\s+(?:with|on)\s+(?:\w+\s+){1,3}?)?|"
    r"(?:contact|call|ring|phone|e-?mail|chase|remind|nudge|bother|follow\s+up(?:\s+with)?|reach\s+out(?:\s+to)?|"
    r"write\s+to|get\s+in\s+touch(?:\s+with)?|send\s+(?:me\s+|us\s+)?(?:anything|any\s+\w+))"
    r"(?:\s+(?:me|us))?(?:\s+(?:about|on|regarding)\s+(?:this|it|that))?(?:\s+again)?)"
    rf"\s+(?:until|till|til|before)\s+(?:the\s+(?:start|beginning)\s+of\s+)?{_MONTH_ALONE}", re.I)
_EN_REFUSED_WORD = re.compile(rf"\bno\s+(?:more\s+)?(?:calls|e-?mails|follow[- ]?ups|reminders|contact)\s+"
                              rf"(?:until|till|before)\s+{_MONTH_ALONE}", re.I)
_EN_NOT_ASKED = re.compile(r"\?|^\W*(?:if|when|unless)\b|\b(?:he|she|they|I|we)\s+(?:asked|said|told)\b", re.I)
# The six other languages: the writer's contact refused before or until the month ("nicht vor Januar", "pas avant
# janvier", "jusqu'en janvier", "hasta enero", "fino a gennaio", "até janeiro", "tot januari", "erst im Januar")
_ABROAD_BOUND = re.compile(
    r"\b(?:nicht\s+vor|vor|bis(?:\s+(?:zum|im))?|erst\s+(?:wieder\s+)?im|pas\s+avant|avant|jusqu['\u2019]\s*(?:en|au\s+mois\s+de)|"
    r"hasta(?:\s+(?:el\s+mes\s+de))?|antes\s+de|fino\s+a|prima\s+di|at[ée](?:\s+(?:ao\s+m[êe]s\s+de))?|"
    r"niet\s+v[oó][oó]r|tot|pas\s+in)\s+" + _MONTH_ALONE, re.I)
BOUND_GAP_CHARS = 30  # the month and the contact refused in one clause ("erst im Januar liefern" reaches no one)
_HALT = re.compile(r"\b(?:nicht|kein\w*|ne|pas|no|non|n[ãa]o|niet|geen|erst|pas)\b", re.I)


def _first_day(m: re.Match[str], today: date) -> date | None:
    """The first day of the month named (of the month after it for "after"), the next one to come; None for this
    month, whose first day is past and whose next one is too far to be meant."""
    month = MONTHS.get(m.group("month").lower())
    if month is None or (month == today.month and not m.group("year")):
        return None
    year = int(m.group("year")) if m.group("year") else today.year + (month < today.month)
    month += 1 if m.group("after") else 0
    day = date(year + month // 13, (month - 1) % 12 + 1, 1)
    return day if day > today else None


def refused_until_month(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A certain quiet period to the first day of a month named alone, when the sentence asks the rep not to reach the
    writer (or to wait) until or before it; else None."""
    m = _EN_ASKED.search(sentence) or _EN_REFUSED_WORD.search(sentence)
    if m is not None and _EN_NOT_ASKED.search(sentence):
        return None
    if m is None and not english(sentence):
        m, reached = _ABROAD_BOUND.search(sentence), WRITER_REACHED.search(sentence)
        if m is None or reached is None or not _HALT.search(sentence) or NOT_ASKED.search(sentence) \
                or max(m.start(), reached.start()) - min(m.end(), reached.end()) > BOUND_GAP_CHARS:
            return None
    if m is None:
        return None
    day = _first_day(m, local.date())
    if day is None:
        return None
    return Wish(QUIET, sentence_quote(sentence, offset, text), until=start_of_local_day(day, zone))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
