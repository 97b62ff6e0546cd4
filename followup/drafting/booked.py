"""The customer's dates the rep booked since: "December 5 and December 7 would work, second one in Spanish", then the
rep's "December 5 and 7 at 6:30 am are booked". Blind readers marked drafts that noted the customer's proposal back to
them after the rep had already confirmed it: the proposal is settled, the rep's booking is what the draft restates.
en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences
from followup.text.dates import MONTHS, alternation

_MONTH = re.compile(rf"\b(?:{alternation(MONTHS)})\b\.?", re.I)
_DAY = re.compile(r"(?<![\d.,:/])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|\.)?(?![\d:/,]\d|\s?(?:am|pm|h\b|uhr|%))", re.I)
# The rep saying the days are taken: "are booked", "confirmed", "fest gebucht", "c'est réservé", "quedan reservados".
_BOOKED = re.compile(r"\b(?:booked|confirmed|reserved|locked in|in the diary|gebucht|bestätigt|reserviert|fest|"
                     r"eingeplant|réservée?s?|confirmée?s?|retenue?s?|bloquée?s?|reservad[oa]s?|confirmad[oa]s?|"
                     r"agendad[oa]s?|bloquead[oa]s?)\b", re.I)


def _dates(text: str) -> tuple[set[int], set[int]]:
    """The months and the day numbers a sentence names."""
    months = {MONTHS[m.group(0).lower().rstrip(".")] for m in _MONTH.finditer(text)
              if m.group(0).lower().rstrip(".") in MONTHS}
    return months, {int(re.sub(r"\D", "", m.group(0))) for m in _DAY.finditer(_MONTH.sub(" ", text))}


def _sentences(src: Source, cleaned: dict) -> list[str]:
    """A source's sentences ("Der 8. und 10. April ..." is one)."""
    text = cleaned.get((src.kind, src.id), src.text or "")
    return [text[a:b] for a, b in split_sentences(text)]


def booked_since(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The customer's proposed dates (a point naming a month and its days) settled once a later rep email books
    every one of those days in a clause of its own."""
    booked = [(s, _dates(clause)) for s in ordered if s.direction == "outbound" for sentence in _sentences(s, cleaned)
              for clause in re.split(r";|\s[-–]\s", sentence) if _BOOKED.search(clause) and "?" not in clause]
    out = []
    for item in items:
        if item.status == "open" and item.direction == "inbound" and item.kind in ("term", "constraint") \
                and "?" not in item.quote:
            months, days = _dates(item.quote)
            by = next((s for s, (m, d) in booked if s.at > item.at and months and days and months <= m and days <= d),
                      None)
            if by is not None:
                item = replace(item, status="superseded", by=f"{by.kind}:{by.id}")
        out.append(item)
    return out
