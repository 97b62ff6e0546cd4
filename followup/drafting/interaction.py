"""The newest interaction a follow-up answers: the customer's email or call note, or the rep's own email after both."""
from __future__ import annotations

from datetime import date
from typing import Sequence

from followup.drafting.acceptance import accepts
from followup.drafting.booking import order_to_come
from followup.drafting.days import local_day, say_day
from followup.drafting.reading import interaction_kind, untold
from followup.drafting.sentences import Source
from followup.text.auto_reply import detect_auto_reply


def last_interaction(ordered: Sequence[Source], tz: str, today: date, language: str) -> dict:
    """The newest customer email or call note: what it was and when, restated against today; the rep's own email
    when it came after both (the follow-up then chases it). An out-of-office reply is no interaction: the rep's
    email before it is chased; an email that says yes to the offer is a person's, whatever absence it announces."""
    ordered = [s for s in ordered if not (s.direction == "inbound" and detect_auto_reply(
        auto_submitted=False, subject=s.subject, text=s.text or "", sent_at=s.at, tz=tz or "UTC").is_auto
        and not accepts(s.text) and not order_to_come(s.text))] or ordered
    if ordered and ordered[-1].direction == "outbound":
        src = ordered[-1]
        return {"kind": "email", "direction": src.direction,
                "when": say_day(local_day(src.at, tz), today, language), "source": f"{src.kind}:{src.id}"}
    for src in reversed(ordered):
        if src.direction in ("inbound", "note"):
            kind = interaction_kind(src.text) if src.direction == "note" else "email"
            if kind == "internal":
                continue  # "Checked w/ Marlon: ...": nobody at the customer was spoken to
            found = {"kind": kind, "direction": src.direction,
                     "when": say_day(local_day(src.at, tz), today, language), "source": f"{src.kind}:{src.id}"}
            if src.direction == "note" and untold(src.text):  # the opening thanks for what came before the news
                found["opening"] = last_interaction([o for o in ordered if o.at < src.at], tz, today, language)
            return found
    if ordered:
        src = ordered[-1]
        return {"kind": "email", "direction": src.direction,
                "when": say_day(local_day(src.at, tz), today, language), "source": f"{src.kind}:{src.id}"}
    return {"kind": "", "direction": "", "when": "", "source": ""}
