"""A hold said beside a quiet period with its end: the hold is that quiet period, not a pause without end ("I can't look
at new contracts now. Please hold off until the end of the month", "don't bother calling until the end of the month.
I'll take a look once things settle"), unless the hold itself says it has no end ("shelved indefinitely") or the deal
went to another supplier."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import PAUSED, QUIET, Wish
from followup.text.wish_elsewhere import went_elsewhere
from followup.text.wish_hold import NO_END

_SENTENCE_END = re.compile(r"[.!?\n]")
# the words of an end in time a pause's message may hold: only then may a quiet period read elsewhere outrank it
END_WORDS = re.compile(r"\b(?:until|till|til|before|bis|vor|jusqu|avant|hasta|antes|fino|prima|at[ée]|tot|voor)\b",
                       re.I)
# (not "hold off for now", nor a far season, which is a pause: "we'll hold off until the new fiscal year")
UNTIL_EVENT = re.compile(r"\b(?:until|till)\s+(?!now\b|further\s+notice\b|(?:the\s+)?(?:new|next)\s+(?:\w+\s+)?(?:year|quarter|"
                         r"season|spring|summer|autumn|fall|winter)\b)", re.I)
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,40}")


def ends_on_event(wish: Wish, text: str) -> bool:
    """Whether a pause's own words run on into "until <some event>", an end of its own, not a pause without one."""
    at = (text or "").find(wish.quote) if wish.quote else -1
    rest = _SENTENCE_REST.match(text, at + len(wish.quote)).group() if at >= 0 else ""
    return bool(UNTIL_EVENT.match(rest.lstrip()))


def _sentence_of(quote: str, text: str) -> str:
    """The sentence of the text a wish's quote stands in (the quote itself when it is not found)."""
    at = text.find(quote) if quote else -1
    if at < 0:
        return quote
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at + len(quote))
    return text[start: end.start() if end else len(text)]


def held_for_its_end(wishes: list[Wish], text: str) -> list[Wish]:
    """The wishes without a certain pause when a certain quiet period with its end is read in the same message and the
    pause's sentence neither says the hold has no end nor that the deal went elsewhere."""
    if not any(w.kind == QUIET and w.certain and w.until for w in wishes):
        return wishes
    return [w for w in wishes if not (w.kind == PAUSED and w.certain and not NO_END.search(sentence := _sentence_of(
        w.quote, text)) and not went_elsewhere(sentence))]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
