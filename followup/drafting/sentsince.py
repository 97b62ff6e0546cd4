"""A call note's promise to send ("Send revised terms Friday", "Proposition lundi", "Angebot Do schicken") kept by
the rep's next email: sent by the promised day (or within a week when none is named) and answered by the customer
since without a word that anything is missing. The draft then never sends it again "right away"."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.owed import missing
from followup.drafting.sentences import Source

# How long after the note an email still keeps a promise that names no day; a named day keeps one day's grace.
KEPT_WITHIN_DAYS = 7
GRACE_DAYS = 1
# A promise to send, in the note's words or as restated ("I'll send", "Ich schicke", "Je vous envoie", "Le envío").
# (French verbs only: "envoi groupé par mail" is a service, not a promise)
_SEND = re.compile(r"\b(?:send|email|forward|schick\w*|sende|zusenden|envoie|enverr\w*|envoyer|envi\w*|envía|"
                   r"transmet\w*|mand\w*)\b", re.I)
# A yes that answers the customer's question ("oui, envoi groupé en janvier", "sí, lo mando con la cotización"):
# said as the answer, never taken for a promise the next email kept.
_YES = re.compile(r"\b(?:yes|oui|sí|ja)\b", re.I)


def _promise_to_send(item: Item) -> bool:
    """Whether an open item is a call note's promise to send something."""
    return item.kind == "commitment" and item.direction == "note" and item.status == "open" and not item.internal \
        and bool(_SEND.search(item.quote) or _SEND.search(item.text)) and not _YES.search(item.quote)


def kept_sends(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The items with each call note's promise to send marked kept by the rep's first email after the note, where
    that email went in time and the customer has answered since without saying something did not come."""
    if missing(ordered, cleaned) is not None:
        return list(items)  # "we never got the terms": owed.py says it goes again
    mails = [s for s in ordered if s.kind == "message" and s.direction == "outbound"]
    inbound = [s.at for s in ordered if s.kind == "message" and s.direction == "inbound"]
    out = []
    for item in items:
        if _promise_to_send(item):
            nxt = next((m for m in mails if m.at > item.at), None)
            last = (item.due + timedelta(days=GRACE_DAYS)) if item.due else item.at + timedelta(days=KEPT_WITHIN_DAYS)
            if nxt is not None and nxt.at <= last and any(at > nxt.at for at in inbound):
                item = replace(item, status="kept", by=f"{nxt.kind}:{nxt.id}")
        out.append(item)
    return out
