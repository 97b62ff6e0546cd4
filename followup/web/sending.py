"""What the sending side looks like to a rep: the gate's verdict, the mail as it will leave, the local outbox."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from followup.models import Customer, Draft, Mailbox, SendRecord
from followup.web import state


def policy_decision(session: Session, customer: Customer, draft: Draft | None, now: datetime | None = None):
    """The gate's verdict for this draft (or for a follow-up to this customer): what the outbox would decide."""
    from followup.outbound import gate

    settings = state().settings
    if draft is None:
        return gate.customer_verdict(session, customer, settings, now)
    return gate.verdict(session, draft, customer, settings, now)


def sending_off(session: Session, team: int) -> bool:
    """Whether no mailbox of the team has an SMTP server (approved mail then stays in the local outbox)."""
    return session.exec(select(Mailbox.id).where(Mailbox.team_id == team, Mailbox.smtp_host != "")
                        .limit(1)).first() is None


def kept_locally(session: Session, draft_ids: list[int]) -> set[int]:
    """Which of these sent drafts went to the local outbox (no SMTP server), not to the customer."""
    if not draft_ids:
        return set()
    rows = session.exec(select(SendRecord.draft_id, Mailbox.smtp_host)
                        .join(Mailbox, Mailbox.id == SendRecord.mailbox_id, isouter=True)
                        .where(col(SendRecord.draft_id).in_(draft_ids))).all()
    return {draft_id for draft_id, host in rows if not host}


def preview(session: Session, draft: Draft, customer: Customer) -> dict:
    """The draft as the outbox will send it: From (which mailbox), To, Subject, threading headers, the way out."""
    from followup.outbound.connections import sender_for  # the outbox's own choice, so the preview cannot differ

    sender = sender_for(session, draft)
    box = sender.mailbox
    return {"from": f"{sender.name} <{sender.address}>" if sender.name else sender.address,
            "mailbox": box.name if box else None, "to": f"{customer.name} <{customer.email}>" if customer.name
            else customer.email, "subject": draft.subject, "in_reply_to": draft.in_reply_to,
            "references": draft.references, "smtp": f"{box.smtp_host}:{box.smtp_port}" if sender.uses_smtp else None}
