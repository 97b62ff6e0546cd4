"""A rival supplier's figure the customer holds against the rep's offer: a point of theirs, never the term in force."""
from __future__ import annotations

import re

from followup.drafting.items import Item

# A customer's figure from a rival supplier ("Our competitor offer is 14% discount", "Der Mitbewerber bietet 8 %", "la
# concurrence propose 9 %", "la competencia nos da un 10 %"): what they hold against the rep's term, never the term now
# in force in its place.
_RIVAL = re.compile(r"\b(?:competitors?|competition|competing|(?:another|other) (?:supplier|vendor|dealer)s?|"
                    r"konkurren\w*|wettbewerber\w*|mitbewerber\w*|concurren(?:t|ts|te|tes|ce)|"
                    r"competencia|competidor(?:es|as?)?)\b", re.I)


def rival_said(sentence: str, direction: str) -> bool:
    """Whether a customer's sentence gives a rival supplier's figure (a rep's own mention may well be their new term)."""
    return direction == "inbound" and bool(_RIVAL.search(sentence))


def rival_figure(item: Item) -> bool:
    """Whether a customer's term is a rival supplier's figure, which replaces no term of the rep's."""
    return rival_said(item.quote, item.direction)
