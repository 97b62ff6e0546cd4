"""What the customer already has on record: the draft says what is new since the rep last wrote, not the thread again.

Blind readers marked most drafts "rewrite" because they pasted back the offer the customer had already answered and
the call the rep had already followed up. Once the customer (or a call) has spoken after the rep's newest email, that
email's figures and the notes before it are on record: the draft answers what came since, and `drafts explain`
still shows the whole state."""
from __future__ import annotations

from datetime import date, datetime

from followup.drafting.items import Item, State
from followup.drafting.noted import dated_day


def since_rep(state: State) -> datetime | None:
    """When the rep last emailed, if the customer wrote or a call took place since; None while the rep's email waits."""
    wrote = max((i.at for i in state.items if i.direction == "outbound"), default=None)
    if wrote is None or state.back or not any(i.at > wrote and i.direction in ("inbound", "note") for i in state.items):
        return None
    return wrote


def news(items: list[Item], since: datetime | None, today: date) -> list[Item]:
    """The items not yet followed up: a call note older than the rep's newest email was answered by it, save a day
    it names that is still ahead ("they reopen on 18 December")."""
    if since is None:
        return items
    return [i for i in items if i.direction != "note" or i.at > since or (dated_day(i.text or i.quote, today) or today)
            > today]
