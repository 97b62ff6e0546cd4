"""Send records: each step of a send as its own short transaction, and the reconciling of sends a dead
process left in flight (found in Sent -> sent; accepted but not filed -> APPEND now; else unknown).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, select

from followup import audit, leases
from followup.clock import utcnow
from followup.config import Settings
from followup.mail import imap, smtp
from followup.models import Draft, DraftStatus, Mailbox, SendRecord
from followup.outbound.connections import IMAP_ERRORS, Connections, Sender

log = logging.getLogger(__name__)

IN_FLIGHT = ("smtp_started", "smtp_accepted", "appended")


@dataclass
class Report:
    """What one run did, as `followup send --json` prints it."""

    sent: list = field(default_factory=list)
    held: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    unknown: list = field(default_factory=list)
    unfiled: list = field(default_factory=list)  # delivered, but the APPEND to Sent failed (reconcile retries)
    errors: list = field(default_factory=list)  # a mailbox's server could not be reached: nothing was tried

    def as_dict(self) -> dict:
        """The SPEC's JSON document plus the extra lists."""
        return {"sent": self.sent, "held": self.held, "failed": self.failed, "unknown": self.unknown,
                "unfiled": self.unfiled, "errors": self.errors}

@dataclass(frozen=True)
class Claim:
    """A draft claimed for sending: its record, recipient and the exact bytes to send."""

    draft_id: int
    team_id: int
    record_id: int
    message_id: str
    mail_from: str
    rcpt_to: str
    raw: bytes
    sent_at: datetime


def settle(db, record_id: int, *, state: str, draft_status: str | None = None, now: datetime,
            error: str | None = None, hold_reason: str | None = None, not_before: datetime | None = None,
            audit_kind: str | None = None, **detail) -> None:
    """Move a send record (and its draft) to a new state in one transaction, with an audit event."""
    with db.write_session() as session:
        record = session.get(SendRecord, record_id)
        draft = session.get(Draft, record.draft_id)
        record.state, record.last_error = state, error
        if state == "sent":
            record.appended_at = record.appended_at or (now if detail.get("filed") else None)
        if state == "claimed":
            record.next_attempt_at = not_before
        if draft_status:
            draft.status, draft.updated_at = draft_status, now
            if draft_status == DraftStatus.SENT:
                draft.sent_at = draft.sent_at or record.sent_at
            if draft_status == DraftStatus.FAILED:
                draft.error = error
            if draft_status in (DraftStatus.APPROVED, DraftStatus.UNKNOWN):
                draft.hold_reason, draft.not_before = hold_reason, not_before
            session.add(draft)
        session.add(record)
        if audit_kind:
            audit.record(session, audit_kind, team_id=draft.team_id, entity="draft", entity_id=draft.id,
                         message_id=record.message_id_header, state=state, error=error, **detail)
        session.commit()


def accepted(db, c: Claim, now: datetime, local: bool) -> None:
    """The server (or the local outbox) took the message: record smtp_accepted and the draft as sent."""
    with db.write_session() as session:
        session.execute(sa.update(SendRecord).where(SendRecord.id == c.record_id).values(state="smtp_accepted"))
        session.execute(sa.update(Draft).where(Draft.id == c.draft_id).values(status=DraftStatus.SENT, sent_at=c.sent_at,
                                                                              updated_at=now))
        audit.record(session, "draft.sent", team_id=c.team_id, entity="draft", entity_id=c.draft_id,
                     message_id=c.message_id, to=c.rcpt_to, local=local)
        session.commit()


def filed(db, c: Claim, now: datetime, filed: bool) -> None:
    """The send is complete (and filed in Sent, unless it went to the local outbox)."""
    with db.write_session() as session:
        session.execute(sa.update(SendRecord).where(SendRecord.id == c.record_id)
                        .values(state="sent", appended_at=now if filed else None))
        session.commit()


def file_in_sent(db, conns: Connections, sender: Sender, record_id: int, draft_id: int, raw: bytes,
                  when: datetime, report: Report) -> bool:
    """APPEND the sent bytes to the mailbox's Sent folder with \\Seen; False (reported) when that fails."""
    try:
        client, folder = conns.imap(sender.mailbox)
        imap.append_sent(client, folder, raw, when)
        return True
    except IMAP_ERRORS as exc:
        conns.drop_imap(sender.mailbox.id)
        with db.write_session() as session:
            record = session.get(SendRecord, record_id)
            record.last_error = f"not filed in Sent yet: {exc}"
            session.add(record)
            session.commit()
        report.unfiled.append({"id": draft_id, "error": str(exc)})
        return False


def _take_over(db, record: SendRecord, worker_id: str, now: datetime) -> bool:
    """Claim a stuck record for reconciling, unless another reconciler got there first."""
    with db.write_session() as session:
        taken = session.execute(sa.update(SendRecord).where(
            SendRecord.id == record.id, SendRecord.state == record.state,
            SendRecord.claimed_by == record.claimed_by).values(claimed_by=worker_id, claimed_at=now)).rowcount
        session.commit()
    return taken == 1


def reconcile_in_flight(db, conns: Connections, settings: Settings, now: datetime, worker_id: str, report: Report,
               team_id: int | None = None) -> None:
    """Settle every send (of the team, when given) left in flight by a dead process or longer than claim_timeout."""
    cutoff = now - settings.outbox.claim_timeout
    query = select(SendRecord).where(col(SendRecord.state).in_(IN_FLIGHT))
    if team_id is not None:
        query = query.where(SendRecord.team_id == team_id)
    with db.session() as session:
        stuck = [r for r in session.exec(query)
                 if (r.claimed_at is not None and r.claimed_at < cutoff) or leases.holder_gone(r.claimed_by)]
        mailboxes = {r.mailbox_id: session.get(Mailbox, r.mailbox_id) for r in stuck if r.mailbox_id}
    for record in stuck:
        if not _take_over(db, record, worker_id, now):
            continue
        mailbox = mailboxes.get(record.mailbox_id)
        try:
            if mailbox is not None and mailbox.smtp_host:
                client, folder = conns.imap(mailbox)
                found = imap.find_message_id(client, folder, record.message_id_header)
            else:
                found = smtp.find_local(settings.data_path, record.message_id_header)
        except IMAP_ERRORS as exc:
            if mailbox is not None:
                conns.drop_imap(mailbox.id)
            report.unfiled.append({"id": record.draft_id, "error": f"cannot reconcile yet: {exc}"})
            continue
        if found:
            settle(db, record.id, state="sent", draft_status=DraftStatus.SENT, now=now, filed=True,
                    audit_kind="draft.reconciled", outcome="found in Sent")
            report.sent.append(record.draft_id)
        elif record.state in ("smtp_accepted", "appended"):
            # The server accepted the DATA before the crash: file it now, with the very bytes sent.
            if mailbox is not None and mailbox.smtp_host and not file_in_sent(
                    db, conns, Sender(mailbox, "", mailbox.email_address), record.id, record.draft_id, record.raw,
                    record.sent_at, report):
                continue
            settle(db, record.id, state="sent", draft_status=DraftStatus.SENT, now=now,
                    filed=bool(mailbox and mailbox.smtp_host), audit_kind="draft.reconciled",
                    outcome="accepted before the interruption")
            report.sent.append(record.draft_id)
        else:
            reason = ("outcome unknown: sending was interrupted before the server confirmed it, and it is not in "
                      "Sent; check with the customer, then approve it again to send it anyway")
            settle(db, record.id, state="unknown", draft_status=DraftStatus.UNKNOWN, now=now, error=reason,
                    hold_reason=reason, audit_kind="draft.unknown")
            report.unknown.append({"id": record.draft_id, "reason": reason})


def reconcile(db, vault, settings: Settings, *, now: datetime | None = None, worker_id: str | None = None) -> dict:
    """Settle interrupted sends (Sent folder first, never a blind resend); {"sent", "unknown", "unfiled"}."""
    report = Report()
    conns = Connections(vault, settings, db)
    try:
        reconcile_in_flight(db, conns, settings, now or utcnow(), worker_id or leases.holder_id(), report)
    finally:
        conns.close()
    return {"sent": report.sent, "unknown": report.unknown, "unfiled": report.unfiled}
