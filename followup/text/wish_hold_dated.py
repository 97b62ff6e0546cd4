"""A hold or wait read as a pause that says when it ends: then it is a quiet period, not a pause. Read by wishes."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.dates import start_of_local_day
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import A_FEW_DAYS, QUIET, Wish
from followup.text.wish_event import event_quiet_wish
from followup.text.wish_pause_dated import UNTIL_EVENT
from followup.text.wish_quiet import loose_end
from followup.text.wish_then import decision_awaited
from followup.text.wish_when import held_until, length_days

# a hold or wait read as a pause ("everything is on hold until the audit is done", "no need to chase"), as against a
# refusal or a vendor chosen: with a day stated in the same sentence ("after the 3rd I'll have my head back"), an end
# said before ("... before then") or an event it waits for ("hold off until the auditors have signed off") it is a
# quiet period
_ON_DAY = re.compile(r"\s*on\b", re.I)
_HOLD_LIKE = re.compile(r"\bhold\b|\bwait|\bfro(?:zen|ze)\b|\bfreez|\bnot\s+(?:right\s+)?now\b|\bfor\s+now\b|\blater\b|"
                        r"\bpaus|\bchas|\bcheck\w*\s+in\b|\bpark(?:ed|ing)?\b", re.I)  # ("please park it with me till then")
_UNTIL_THEN = re.compile(r"\b(?:before|until|till)\s+then\b", re.I)


_FOR_LENGTH = re.compile(r"\b(?:for|in)\s+(?:the\s+)?(?:next|coming|following)\s+", re.I)


def dated_hold(paused: Wish, sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """The quiet period a hold read as a pause becomes when its sentence states when it ends (None otherwise); an end
    said before ("then") is set by detect_wishes from the sentences above (a few days until then)."""
    if not _HOLD_LIKE.search(paused.quote):
        return None
    end = loose_end(sentence, local, zone)
    if end is not None and not _ON_DAY.match(end[1].group()):  # "the budget got frozen on Friday" dates what happened
        return Wish(QUIET, paused.quote, until=end[0])
    if _UNTIL_THEN.search(sentence):
        return Wish(QUIET, paused.quote, until=start_of_local_day(local.date() + timedelta(days=A_FEW_DAYS), zone))
    held = held_until(sentence, local, zone)  # "a spending freeze till December"
    if held is not None:
        return Wish(QUIET, paused.quote, until=held)
    days = length_days(sentence) if _FOR_LENGTH.search(sentence) else None  # "hold off for the next two weeks or so"
    if days:
        return Wish(QUIET, paused.quote, until=start_of_local_day(local.date() + timedelta(days=days), zone))
    # ("I'll come back to you once they've signed it off, so no need to keep checking in": a decision awaited)
    waits = UNTIL_EVENT.search(sentence) or decision_awaited(sentence)
    return event_quiet_wish(sentence, offset, text, local) if waits else None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
