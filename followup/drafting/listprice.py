"""A list price the rep went below ("List USD 4,200/unit, I indicated USD 3,780 at 10 units", "Precio de lista $612,000
+ IVA; le di $578,000", "Listenpreis 4.200 €, angeboten 3.900 €", "prix catalogue 12 400 €, accordé 11 500 €"): the
rep's own figure is the price in force, and the list price is never said to the customer again (en/de/fr/es)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import priced_amounts
from followup.drafting.items import Item

# The list price's label, then its figure with no more than a linking word between ("List USD 4,200", "list price
# is $980", "Listenpreis: 4.200 €", "prix catalogue de 12 400 €", "precio de lista $612,000").
_LIST = re.compile(
    r"\b(?:list(?:\s+price)?|RRP|MSRP|catalog(?:ue)?\s+price|listenpreis|katalogpreis|UVP|"
    r"prix\s+(?:catalogue|public|de\s+liste)|tarif\s+(?:public|catalogue)|precio\s+(?:de\s+)?(?:lista|cat[aá]logo)|PVP)"
    r"\s*(?:is|was|of|at|ist|war|von|bei|est\s+de|est|à|de|es\s+de|es|:|=)?\s*(?=[$€£¥]|[A-Z]{3}\s?\d|\d)", re.I)
# Where the list price's clause ends: a comma or semicolon before a space, a sentence's end.
_CLAUSE_END = re.compile(r"[,;]\s|\.(?:\s|$)|\s[-–—]\s|$")


def _clause(quote: str) -> tuple[int, int] | None:
    """The span of a quote's list-price clause, when it states a priced figure."""
    m = _LIST.search(quote)
    if not m:
        return None
    end = _CLAUSE_END.search(quote, m.end())
    span = (m.start(), end.start() if end else len(quote))
    return span if priced_amounts(quote[span[0]:span[1]]) else None


def _below(listed: set, text: str) -> bool:
    """Whether a text prices something lower than the list price, in the same currency."""
    return any(cur == l_cur and 0 < amount.size < l_amount.size
               for cur, _, amount in priced_amounts(text) for l_cur, _, l_amount in listed)


def below_list(items: Sequence[Item]) -> list[Item]:
    """The items with a list price out of force where the rep gives a lower figure of their own after it (in the same
    clause's sentence, the same source or a later note or email of theirs): the list clause is cut from a sentence
    that says the rep's figure too, and a sentence that says only the list price is superseded."""
    out = list(items)
    for n, item in enumerate(items):
        span = _clause(item.quote) if item.status == "open" else None
        if span is None:
            continue
        listed = priced_amounts(item.quote[span[0]:span[1]])
        rest = (item.quote[:span[0]] + item.quote[span[1]:]).strip(" ,;–—-")
        if _below(listed, item.quote[span[1]:]) and not _LIST.search(rest):
            said = rest[:1].upper() + rest[1:]
            out[n] = replace(item, quote=said, text=item.text.replace(item.quote, said) if item.text else "")
            continue
        source = (item.source_kind, item.source_id)
        later = next((o for k, o in enumerate(items) if o.direction in ("note", "outbound") and (
            o.at > item.at or (k > n and (o.source_kind, o.source_id) == source))
            and _clause(o.quote) is None and _below(listed, o.quote)), None)
        if later is not None:
            out[n] = replace(item, status="superseded", by=f"{later.source_kind}:{later.source_id}")
    return out
