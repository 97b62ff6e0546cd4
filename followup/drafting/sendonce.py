"""A thing to send said once: the customer's newer request for what the rep already promised to send ("Envoyer offre
révisée + fiche technique", then "Merci de m'envoyer l'offre écrite et la fiche technique") is the one the draft says."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sendback import own_action

# The words that name the thing: long enough to be no article, preposition or lead ("envoie", "schicke").
_WORD = re.compile(r"[^\W\d_]{5,}")
_LEAD_WORDS = {"envoie", "envío", "schicke", "ihnen", "send", "vous"}


def _thing(text: str) -> set[str]:
    """The words of a sending line that name what is sent."""
    return {w.lower() for w in _WORD.findall(text)} - _LEAD_WORDS


def sent_once(items: Sequence[Item]) -> list[Item]:
    """Items with a rep's older open promise to send a thing superseded by the customer's newer request for it (two
    of its words named again, or its only one), unless that promise names a day still ahead."""
    asked = [i for i in items if i.kind == "request" and i.status == "open" and i.direction == "inbound"
             and own_action(i.text)]
    out = []
    for item in items:
        if item.kind == "commitment" and item.status == "open" and not item.when and own_action(item.text):
            thing = _thing(item.text)
            later = [r for r in asked if r.at > item.at and len(thing & _thing(r.text)) >= min(2, len(thing))]
            if thing and later:
                item = replace(item, status="superseded", by=f"{later[0].source_kind}:{later[0].source_id}")
        out.append(item)
    return out
