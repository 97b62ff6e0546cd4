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


# An email's line that only holds in that email: what came attached to it, or what it asked the customer to send or
# fill in ("The test wash form is attached - please send 10 housings", "Anbei das Formular, bitte schicken Sie uns
# ...", "Ci-joint le formulaire, merci de nous renvoyer ...", "Le adjunto el formulario, envíenos ...").
_WITH_IT = re.compile(
    r"\b(?:attached|enclosed|please find|herewith|in the attachment|anbei|im Anhang|beigefügt|angehängt|in der Anlage|"
    r"ci-jointe?s?|en pièce jointe|en PJ|ci-inclus\w*|adjunt\w+|anex\w+)\b|"
    r"\b(?:please (?:send|return|fill|complete|sign|let (?:me|us) have)|could you (?:please )?(?:send|return)|"
    r"bitte (?:senden|schicken|füllen|unterschreiben|geben) Sie|schicken Sie (?:mir|uns) bitte|"
    r"merci de (?:nous |me )?(?:renvoyer|envoyer|retourner|remplir|signer)|veuillez|"
    r"envíe(?:me|nos)?|mánde(?:me|nos)|devuélva(?:me|nos)|rellene|le agradecería que)\b", re.I)


def moved_on(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The items with an email's line of what came attached or what the customer was asked to send marked kept once
    the customer has written since without saying something did not come: the draft carries no attachment, and the
    customer moved on ("thanks for the test report"); a missing one is owed.py's to send again."""
    if missing(ordered, cleaned) is not None:
        return list(items)
    inbound = [s for s in ordered if s.kind == "message" and s.direction == "inbound"]
    out = []
    for item in items:
        if item.direction == "outbound" and item.status == "open" and item.kind in ("commitment", "request") \
                and _WITH_IT.search(item.quote):
            since = next((s for s in inbound if s.at > item.at), None)
            if since is not None:
                item = replace(item, status="kept", by=f"{since.kind}:{since.id}")
        out.append(item)
    return out
