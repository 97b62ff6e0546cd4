"""A mailbox's older history, read after its recent mail: is it still loading, how far along, and what waits for it.

While any mailbox of a team still has first-sync mail to read, a customer's older messages (an opt-out, a pause)
may not be known yet: drafts prepared meanwhile say so, sends wait for it unless a rep overrides, and drafts
prepared while it loaded are prepared again once it is read.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup import audit
from followup.clock import utcnow
from followup.models import Draft, DraftStatus, Mailbox, MailboxFolder, Message, User

LOADING_NOTE = "history still loading: older mail of this mailbox is still being read"
SEND_HOLD = ("history still loading: waits until the older mail is read (an opt-out or pause may be in it); "
             "a rep may send without waiting")
REFRESHED = "history loaded: prepared again from the whole history"


def _pending():
    """The condition of a folder with first-sync mail still to read."""
    return sa.or_(col(MailboxFolder.recent_uid).is_not(None), col(MailboxFolder.history_uid).is_not(None))


def loading(session: Session, team_id: int) -> bool:
    """Whether any mailbox of the team still has older mail to read."""
    return session.exec(select(MailboxFolder.id).join(Mailbox, Mailbox.id == MailboxFolder.mailbox_id)
                        .where(Mailbox.team_id == team_id, _pending()).limit(1)).first() is not None


def override(session: Session, draft: Draft, user: User) -> Draft:
    """A rep's explicit choice to send this draft without waiting for the history (audited)."""
    draft.history_override, draft.updated_at = True, utcnow()
    if draft.hold_reason == SEND_HOLD:
        draft.hold_reason = None
    session.add(draft)
    audit.record(session, "draft.history_override", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email)
    return draft


def progress(session: Session, mailbox_id: int) -> dict | None:
    """{"done", "total", "percent"} of the mailbox's history read while some is left, else None."""
    rows = session.exec(select(MailboxFolder.history_done, MailboxFolder.history_total).where(
        MailboxFolder.mailbox_id == mailbox_id, _pending())).all()
    if not rows:
        return None
    done, total = sum(r[0] for r in rows), sum(r[1] for r in rows)
    total = max(total, done)
    return {"done": done, "total": total, "percent": 100 * done // total if total else 0}


def describe(p: dict | None) -> str:
    """'history: 35% (7,000 of 20,000)', or '' when nothing is loading."""
    if p is None:
        return ""
    return f"history: {p['percent']}% ({p['done']:,} of {p['total']:,})"


def newest_message_id(session: Session) -> int:
    """The id of the newest stored message (0 when none): a mark for customers_stored_since."""
    return session.exec(select(sa.func.coalesce(sa.func.max(Message.id), 0))).one()


def customers_stored_since(session: Session, message_id: int) -> list[int]:
    """Ids of the customers with a message stored after the message with this id (by arrival, whatever its Date)."""
    return sorted(session.exec(select(Message.customer_id).where(Message.id > message_id,
                                                                 col(Message.customer_id).is_not(None)).distinct()))


def refresh(db, settings) -> dict:
    """Once no history is loading: pending drafts prepared meanwhile are prepared again when the history brought their
    customer a message the draft did not read (a customer with no older mail keeps the draft it has); approved ones
    keep their approval (the gate applies what the history said). The prepare JSON of the fresh drafts."""
    from followup.drafting.prepare import prepare_drafts
    from followup.drafts import mark_stale

    customers: list[int] = []
    with db.write_session() as session:
        teams = set(session.exec(select(Draft.team_id).where(Draft.history_loading == True)).all())  # noqa: E712
        for team_id in teams:
            if loading(session, team_id):
                continue
            drafts = list(session.exec(select(Draft).where(Draft.team_id == team_id,
                                                           Draft.history_loading == True)))  # noqa: E712
            touched = _read_past(session, [d for d in drafts if d.status == DraftStatus.PENDING])
            for draft in drafts:
                draft.history_loading = False
                if draft.hold_reason == LOADING_NOTE:
                    draft.hold_reason = None
                session.add(draft)
                if draft.status == DraftStatus.PENDING and draft.id in touched:
                    mark_stale(session, draft.customer_id, utcnow(), REFRESHED)
                    customers.append(draft.customer_id)
        session.commit()
    if not customers:
        return {"created": [], "skipped": []}
    return prepare_drafts(db, settings, customer_ids=sorted(set(customers)))


def _read_past(session: Session, drafts: list[Draft], chunk: int = 500) -> set[int]:
    """Ids of these drafts whose customer has a message (either way) stored after the draft read its sources: older
    mail the history brought (an earlier part of the thread, what the rep said before) that the draft never saw."""
    seen = col(Draft.seen_message_id)
    ids = [d.id for d in drafts]
    found = {d.id for d in drafts if d.seen_message_id is None}  # prepared before arrival order was kept: redraft
    for i in range(0, len(ids), chunk):
        found.update(session.exec(select(Draft.id).join(Message, Message.customer_id == Draft.customer_id).where(
            col(Draft.id).in_(ids[i:i + chunk]), seen.is_not(None), Message.id > seen).distinct()).all())
    return found
