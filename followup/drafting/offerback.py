"""A customer's list that plays the rep's offer back ("146 packshots at NZ$2,628; the lifestyle half-day at NZ$950"):
the points whose every amount and word the draft already says in the rep's own line are left out of "I've taken your points
on board: ...", which keeps only what the customer added; with none left, the line goes."""
from __future__ import annotations

import re
from typing import Callable

from followup.drafting.items import Item
from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.words import content


def _amounts(text: str) -> set[str]:
    """The money amounts of a text, their digits only ("NZ$2,628" -> "2628")."""
    return {d for m in MONEY_RE.finditer(text) if (d := re.sub(r"\D", "", m.group(0)))}


def played_back(listed: list[Item], line: list[str], recap: list[str], p: dict,
                join: Callable[[list[str], str], str]) -> tuple[list[Item], list[str], list[str]]:
    """(the listed points kept, their line, the recap with it) once the points the rep's lines say are left out."""
    if not line or line[0] not in recap:
        return listed, line, recap
    others = " ".join(r for r in recap if r != line[0])
    told, words = _amounts(others), content(others)
    # a point the rep's line says whole: its amounts and its words ("ceramics on pale grey" added to a price stays)
    kept = [i for i in listed if not (_amounts(i.text) and _amounts(i.text) <= told and content(i.text) <= words)]
    if len(kept) == len(listed):
        return listed, line, recap
    new = [p["listed"].format(x=join([i.text for i in kept], p["and"]))] if kept else []
    at = recap.index(line[0])
    return kept, new, recap[:at] + new + recap[at + 1:]
