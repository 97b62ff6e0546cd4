"""The rep's own email quoted under a customer's reply, read as the rep's outbound email of its day when their Sent
mail holds no copy of it: its promise to find something out stays open until kept, and a weeks-old one is the answer
the rep owes now (owed.py, owedfigure.checked); its offer too when QUOTED_TERMS is on. The rules that read an
outbound email decide. Only a quoted email whose header names the rep (followup.text.forwarded.replied_header) and
gives its date (followup.text.sent_date) counts: what the customer quotes of someone else stays out, and a promise
with no day of its own cannot be dated. Its items carry the negative id of the customer's email it was quoted in."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Sequence

from followup.drafting.sentences import Source, split_sentences
from followup.drafting.stillchecking import promises_to_check
from followup.text.sent_date import sent_at

# Whether the quoted email's offer (its priced lines, lead times) is read too, or only its promises to find something
# out. Off: read whole, the offer lines of quoted emails in heldout32, 40 and 46 came back as piles of old and unchosen
# figures (the recap reads an outbound offer's lines poorly), a must-not more in three batches (session 57).
QUOTED_TERMS = False

# Share of a quoted email's words an outbound email of the thread holds for it to be that email, synced already.
HELD_SHARE = 0.6
# An outbound email sent this close to the quoted one's header time is the same email (mailers round the time).
SAME_SEND = timedelta(minutes=2)


def _words(text: str) -> set[str]:
    """A text's words of three letters or more, lower case."""
    return set(re.findall(r"[^\W\d_]{3,}", text.lower()))


def _held(body: str, at, outbound: Sequence[Source]) -> bool:
    """Whether one of the outbound emails is the quoted one: sent at its time, or holding most of its words."""
    words = _words(body)
    return any(abs(o.at - at) <= SAME_SEND or words and len(words & _words(o.text)) >= HELD_SHARE * len(words)
               for o in outbound)


def quoted_id(source_id: int) -> int:
    """The id the rep's email quoted in a customer's email of this id is read under (negative: no stored email)."""
    return -abs(source_id)


def with_quoted_replies(sources: Sequence[Source], tz: str) -> list[Source]:
    """The sources with, for each customer's email quoting the rep's own earlier email that no outbound source holds,
    that email as an outbound source at the time its header gives (the oldest quote of it kept)."""
    out = list(sources)
    outbound = [s for s in sources if s.direction == "outbound"]
    for src in sorted(sources, key=lambda s: s.at):
        if src.direction != "inbound" or not src.replied or not src.replied_head:
            continue
        at = sent_at(src.replied_head, tz)
        if at is None or at >= src.at or _held(src.replied, at, outbound):
            continue
        # a promise read alone has its mailer's line wraps undone ("once I\nsee the rota"): one sentence, one line
        text = src.replied if QUOTED_TERMS else "\n\n".join(
            " ".join(src.replied[a:b].split()) for a, b in split_sentences(src.replied)
            if promises_to_check(src.replied[a:b]))
        if not text:
            continue
        quoted = replace(src, id=quoted_id(src.id), text=text, at=at, direction="outbound", replied="",
                         replied_head="")
        outbound.append(quoted)
        out.append(quoted)
    return out


__all__ = ["quoted_id", "with_quoted_replies"]
