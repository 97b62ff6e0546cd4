"""A call note's topic cut from what it says about it ("Grande Prairie coverage - didn't have the list handy, told him
I'd check", "Lieferzeit Fräse: weiß ich nicht, ihm gesagt, ich kläre das"): the topic names the customer's question,
but the rest of its sentence only promises to find the answer out, so the topic answers nothing yet."""
from __future__ import annotations

import re

from followup.drafting.words import defers_answer

# The end of a note's sentence: a full stop, "!" or "?" before a space or the end, or a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# A word of an answer given between the topic and the promise ("GST - confirmed, coverage - told him I'd check"): the
# promise may be about another topic.
_GIVEN_TOO = re.compile(r"\b(?:confirmed|fine|ok|okay|sorted|done|bestätigt|geklärt|passt|confirmé|validé|"
                        r"confirmado|vale)\b", re.I)


def deferred_in_note(quote: str, text: str) -> bool:
    """Whether what a note's sentence says after this quote, to the sentence's end, only promises to find out."""
    at = text.find(quote)
    if at < 0 or not quote.strip():
        return False
    rest = text[at + len(quote):]
    end = _SENTENCE_END.search(rest)
    rest = rest[:end.end() if end else len(rest)]
    return defers_answer(rest) and not _GIVEN_TOO.search(rest)
