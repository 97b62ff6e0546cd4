"""What the customer decided since: a call note's word that they would confirm or decide later ("She'll confirm
cohort dates after the National Day long weekend", "meldet sich nach den Betriebsferien", "Elle confirmera les dates
à la rentrée", "Nos confirma las fechas después de las vacaciones") is settled once they wrote again on that matter;
restating it would put off what they have just said. So is the rep's word to propose dates ("Je vous proposerai des
dates") once the customer's later email names the days themselves. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import DAY_MENTION
from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.words import content

# The customer's own later word, as a note records it: they will confirm, decide, or come back on something.
_THEIR_LATER = re.compile(
    r"\b(?:(?:she|he|they)(?:'ll| will) (?:confirm|decide|let (?:me|us) know|come back|get back)|"
    r"(?:will|to) (?:confirm|decide)|"
    r"(?:meldet|melden) sich|(?:gibt|geben|sagt|sagen) (?:uns |mir )?(?:Bescheid|Rückmeldung)|"
    r"(?:bestätigt|entscheidet|entscheiden)\b|"
    r"(?:nous |me )?(?:confirmera|confirmeront|décidera|décideront|dira|reviendra|reviendront)|"
    r"(?:nos |me )?(?:confirmará|confirmarán|decidirá|decidirán|avisará|avisarán|dirá))\b", re.I)


# The rep offering to propose days ("I'll suggest some dates", "Ich schlage Ihnen Termine vor", "vous proposerai des
# dates", "le propondré fechas"): a verb of proposing and a word for days, in the same sentence.
_PROPOSE = re.compile(r"\b(?:propos\w*|suggest\w*|vorschlag\w*|vorschlagen|schlage\w*|propon\w*|propondr\w*|"
                      r"sugier\w*|sugerir\w*)\b", re.I)
_DAYS = re.compile(r"\b(?:dates?|times?|slots?|days?|termine?|terminvorschläge|créneaux|jours?|fechas?|horarios?|"
                   r"días?)\b", re.I)


def _days_named(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The customer's later email that names the days the rep offered to propose, as "kind:id", or ""."""
    if item.status != "open" or item.direction == "inbound" or item.kind == "question" \
            or not (_PROPOSE.search(item.quote) and _DAYS.search(item.quote)):
        return ""
    later = next((s for s in ordered if s.direction == "inbound" and s.at > item.at
                  and DAY_MENTION.search(cleaned.get((s.kind, s.id), ""))
                  and _DAYS.search(cleaned.get((s.kind, s.id), ""))), None)
    return f"{later.kind}:{later.id}" if later is not None else ""


def decided_since(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The open note points that wait for the customer's word, answered by their later email on the same matter
    (a word of the point other than the waiting itself in that email); the rep's offer to propose days, superseded by
    their email naming them."""
    out = []
    for item in items:
        m = _THEIR_LATER.search(item.quote) if item.status == "open" and item.direction == "note" else None
        if m is not None and item.kind not in ("question", "commitment"):
            about = content(item.quote[:m.start()] + " " + item.quote[m.end():])
            later = next((s for s in ordered if s.direction == "inbound" and s.at > item.at
                          and about & content(cleaned.get((s.kind, s.id), ""))), None)
            if later is not None:
                item = replace(item, status="answered", by=f"{later.kind}:{later.id}")
        elif by := _days_named(item, ordered, cleaned):
            item = replace(item, status="superseded", by=by)  # they named the days: nothing left to propose
        out.append(item)
    return out
