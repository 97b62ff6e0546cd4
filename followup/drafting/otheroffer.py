"""An alternative priced in another email of the rep's than the one the customer takes: "1 Gbps, €690/month on 36
months" in the first offer, "500 Mbps is €470/month on 36 months" in the next, then "we take the 1 Gbps line at
€690". The other way of the same thing (priced per the same unit, named with a word in common) is not said again;
unpicked.py reads the options of one email. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.unpicked import _CHOOSE
from followup.drafting.words import content

# A sum and what it is per after it, to the clause's end: "€690/month on 36 months", "19,90 € pro Monat".
_PRICED = re.compile(r"(?P<sum>(?:[$€£¥]|\b[A-Z]{3}\s?)\s?\d[\d.,']*|\d[\d.,']*\s?(?:[€$£¥]|[A-Z]{3}\b))"
                     r"(?P<unit>[^,;.()]*)")


def _total(found: str) -> str:
    """A sum as compared: spaces and a trailing comma or stop left out ("€690," -> "€690")."""
    return re.sub(r"\s", "", found).rstrip(".,'")


def _sums_units(text: str) -> list[tuple[str, str, str]]:
    """(sum, unit, words before it in its sentence) of each priced clause of a text."""
    out = []
    for a, b in split_sentences(text):
        sentence = text[a:b]
        for m in _PRICED.finditer(sentence):
            unit = " ".join(m.group("unit").lower().split()).rstrip(" .")
            out.append((_total(m.group("sum")), unit, sentence[:m.start()]))
    return out


def other_offers(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's open lines pricing another way of the thing the customer's newest choice took by its price."""
    theirs = [s for s in ordered if s.direction == "inbound"]
    if not theirs:
        return list(items)
    newest = theirs[-1]
    text = cleaned.get((newest.kind, newest.id), "")
    chosen = {_total(m.group("sum")) for a, b in split_sentences(text)
              if _CHOOSE.search(text[a:b]) and "?" not in text[a:b] for m in _PRICED.finditer(text[a:b])}
    if not chosen:
        return list(items)
    # the chosen sum's unit and words, as the rep's email before the choice priced it
    taken = [(unit, content(before)) for src in ordered if src.direction == "outbound" and src.at < newest.at
             for total, unit, before in _sums_units(cleaned.get((src.kind, src.id), "")) if total in chosen and unit]
    if not taken:
        return list(items)
    out = []
    for item in items:
        priced = _sums_units(item.quote) if item.status == "open" and item.direction == "outbound" \
            and item.at < newest.at else []
        other = priced and all(total not in chosen for total, _, _ in priced) and any(
            unit == u and (content(before) & words) for _, unit, before in priced for u, words in taken)
        out.append(replace(item, status="superseded", by=f"{newest.kind}:{newest.id}") if other else item)
    return out


__all__ = ["other_offers"]
