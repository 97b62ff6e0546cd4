"""What the customer decided since: a call note's word that they would confirm or decide later ("She'll confirm
cohort dates after the National Day long weekend", "meldet sich nach den Betriebsferien", "Elle confirmera les dates
à la rentrée", "Nos confirma las fechas después de las vacaciones") is settled once they wrote again on that matter;
restating it would put off what they have just said. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.words import _content

# The customer's own later word, as a note records it: they will confirm, decide, or come back on something.
_THEIR_LATER = re.compile(
    r"\b(?:(?:she|he|they)(?:'ll| will) (?:confirm|decide|let (?:me|us) know|come back|get back)|"
    r"(?:will|to) (?:confirm|decide)|"
    r"(?:meldet|melden) sich|(?:gibt|geben|sagt|sagen) (?:uns |mir )?(?:Bescheid|Rückmeldung)|"
    r"(?:bestätigt|entscheidet|entscheiden)\b|"
    r"(?:nous |me )?(?:confirmera|confirmeront|décidera|décideront|dira|reviendra|reviendront)|"
    r"(?:nos |me )?(?:confirmará|confirmarán|decidirá|decidirán|avisará|avisarán|dirá))\b", re.I)


def decided_since(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The open note points that wait for the customer's word, answered by their later email on the same matter
    (a word of the point other than the waiting itself in that email)."""
    out = []
    for item in items:
        m = _THEIR_LATER.search(item.quote) if item.status == "open" and item.direction == "note" else None
        if m is not None and item.kind not in ("question", "commitment"):
            about = _content(item.quote[:m.start()] + " " + item.quote[m.end():])
            later = next((s for s in ordered if s.direction == "inbound" and s.at > item.at
                          and about & _content(cleaned.get((s.kind, s.id), ""))), None)
            if later is not None:
                item = replace(item, status="answered", by=f"{later.kind}:{later.id}")
        out.append(item)
    return out
