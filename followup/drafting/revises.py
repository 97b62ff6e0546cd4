"""Whether a sentence says a figure was revised: "new total", "revised price", "now £480", but not "new" naming a
thing ("else new probes $310 each", "two new member farms"): that prices another thing, the older figure stands.
English only: an adjective after its noun ("un cliente nuevo") cannot be told from a figure's "nuevo" this way."""
from __future__ import annotations

import re

from followup.drafting.reading import REVISION, TERM_NOUN

# "new" before a word: the adjective of that word.
_NEW_BEFORE = re.compile(r"\bnew\s+(?P<word>[^\W\d_]+)", re.I)


def revises(sentence: str) -> bool:
    """Whether a revision word of the sentence speaks of a figure, not of a new thing the sentence prices."""
    for m in REVISION.finditer(sentence):
        new = _NEW_BEFORE.match(sentence, m.start())
        if new is None or TERM_NOUN.fullmatch(new.group("word")):
            return True  # "revised", "now", "new total", "new price"
    return False
