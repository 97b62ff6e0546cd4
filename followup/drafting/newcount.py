"""The newest count of a thing wins wherever the draft says it: a point still open (a call note's "Aino wants 180
skillets + 120 casseroles", a request, a preference) whose count a later customer email or call note replaced ("it
is 150 casseroles, not 120", "9 lames au lieu de 8", "30 m³ statt 20 m³") or said anew as a change ("only 3 chairs
now", "finalement 7 fontaines", "doch 12 Terminals") is said with the new count, never the old one. The rep's
priced offers and the customer's own counts are settled by followup.drafting.settle (a total for the old count is
out of force); this covers every other point, whose words the recap picks its figures from. en/de/fr/es."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.recount import (
    CHANGE_CUE,
    DELTA,
    MONEY,
    count_spans,
    holds,
    per_thing,
    replaced_in,
    stated,
)
from followup.drafting.sentences import Source


def _changed_counts(item: Item, ordered: Sequence[Source], cleaned: dict) -> list[tuple[str, frozenset[str], str]]:
    """(old count, stems of the thing, newest count) for each thing of the item a later customer email or call note
    counts anew as a change, the newest such sentence deciding; one count of that thing in it, no "2 more"."""
    out = []
    for n, _, _, stems in count_spans(item.quote, False):
        if "*" in stems:
            continue
        newest: set[str] = set()
        for src in ordered:
            if src.at <= item.at or src.direction not in ("inbound", "note"):
                continue
            for sentence in stated(src, cleaned):
                if CHANGE_CUE.search(sentence) and not DELTA.search(sentence):
                    newest = {c for c, _, _, st in count_spans(sentence, False) if st & stems} or newest
        if len(newest) == 1 and n not in newest:
            out.append((n, stems, next(iter(newest))))
    return out


def _recounted(text: str, changes: list[tuple[str, frozenset[str], str]]) -> str:
    """A text with each changed count of a thing replaced by its newest."""
    for a, b, new in sorted(((a, b, new) for n, a, b, st in count_spans(text, False)
                             for old, stems, new in changes if n == old and st & stems), reverse=True):
        text = text[:a] + new + text[b:]
    return text


def newest_counts(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Every open point said with the newest count of what it counts; one whose sum depends on the count is left to
    the rules that put it out of force."""
    out = []
    for item in items:
        if item.status != "open" or item.kind == "question" or (item.kind == "term" and item.direction != "inbound") \
                or (MONEY.search(item.quote) and not per_thing(item.quote)):
            out.append(item)  # the rep's offers: settle.py says them with the new count or puts them out of force
            continue
        by, quote, olds = replaced_in(item, ordered, cleaned)
        changes = [] if by else _changed_counts(item, ordered, cleaned)
        quote = _recounted(quote, changes)
        olds |= {old for old, _, _ in changes}
        if quote == item.quote or any(holds(item.quote, n) for n in olds):
            # "un palco de 8 plazas" for a customer who is 10: the size of what was offered, not a count to replace
            out.append(item)
            continue
        text = replaced_in(replace(item, quote=item.text), ordered, cleaned)[1] if item.text and by else item.text
        out.append(replace(item, quote=quote, text=_recounted(text, changes)))
    return out
