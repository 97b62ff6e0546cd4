"""A rough price given for a count that a later source changed ("Roughly 22 cameras. Ballpark A$41k installed", then
"so 26 cameras all up"; "Etwa 40 Plätze. Richtpreis 9.000 €", then "jetzt 55 Plätze"): the estimate was for the old
count and is out of force with it. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item

# Words that make a price an estimate rather than an offer.
ESTIMATE = re.compile(r"(?:\b(?:ballpark|rough(?:ly)?|approx\w*|estimated?|indicative|circa|ca\.|richtpreis|grob|"
                      r"ungefähr|geschätzt|environ|estimation|estimé|à peu près|aprox\w*|estimad[oa]|orientativ[oa]|"
                      r"alrededor de)(?!\w)|~)", re.I)
# A sum of money.
# (thousands may be grouped by spaces: "9 000 €")
_SUM = re.compile(r"(?:[$€£¥]|\b[A-Z]{3}\s?)\s?\d(?:[\d.,']|\s(?=\d{3}\b))*k?|"
                  r"(?<![\d.,'])\d(?:[\d.,']|\s(?=\d{3}\b))*\s?(?:[€$£¥]|[A-Z]{3}\b)")
# A count of things: a figure and the word it counts ("22 cameras", "40 Plätze"), no sum.
_COUNT = re.compile(r"(?<![\d.,$€£¥])\b\d{1,5}\s+[^\W\d_]{3,}")
# Characters between the count's sentence and the estimate's at most: the next sentence in the same source.
NEXT_SENTENCE_GAP = 3


def old_count_estimates(items: Sequence[Item], cleaned: dict) -> list[Item]:
    """The estimates said right after a count that a later source superseded, superseded by that source."""
    out = list(items)
    for n, item in enumerate(out):
        if item.status != "open" or item.direction == "inbound" or not ESTIMATE.search(item.quote) \
                or not _SUM.search(item.quote) or _COUNT.search(_SUM.sub("", item.quote)):
            continue
        text = cleaned.get((item.source_kind, item.source_id)) or ""
        at = text.find(item.quote.strip())
        for count in items:
            if count.status != "superseded" or (count.source_kind, count.source_id) != (
                    item.source_kind, item.source_id) or not _COUNT.search(count.quote) or _SUM.search(count.quote):
                continue
            end = text.find(count.quote.strip())
            end = end + len(count.quote.strip()) if end >= 0 else -1
            if at >= 0 and end >= 0 and 0 <= at - end <= NEXT_SENTENCE_GAP and count.by:
                out[n] = replace(item, status="superseded", by=count.by)
                break
    return out


__all__ = ["ESTIMATE", "old_count_estimates"]
