"""The outbox: approved drafts go out exactly once, within the customer's limits, and are filed in Sent.

One send, step by step (each step a short transaction, so a crash anywhere can be reconciled):
1. claim, in one transaction serialising sends per customer (SQLite: BEGIN IMMEDIATE; PostgreSQL: the
   draft row FOR UPDATE SKIP LOCKED, then the customer row FOR UPDATE): re-check the approval hash and
   the policy gate, then store the send record (fresh Message-ID and the exact bytes) in state
   smtp_started with sent_at = now, so it counts for the limits from that moment; draft -> sending;
2. SMTP transaction (or the local Maildir outbox when the mailbox has no SMTP server);
3. smtp_accepted, draft -> sent;
4. APPEND the same bytes to the Sent folder with \\Seen; record -> sent.
reconcile() settles records left in smtp_started / smtp_accepted / appended by a dead process: found in
Sent (or the local outbox) -> sent; accepted but not filed -> APPEND now; started but not found ->
"unknown", shown to the rep and never resent without the rep's new approval (see followup.approval).
SMTP errors (followup.mail.smtp): 4xx or a connection lost before the text was sent -> the record goes back to
"claimed" (not counted) and the draft waits outbox.retry_backoff * 2^(attempt-1), up to outbox.max_attempts;
5xx -> draft failed with the server's words; no final reply after the text was sent -> unknown.
"""
from __future__ import annotations

import logging
import os
import signal
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup import audit, leases
from followup.approval import is_approved_text
from followup.clock import iso, utcnow
from followup.config import Settings
from followup.drafts import mark_stale
from followup.exceptions import MailboxError, SendFailed, UnsafeMessage
from followup.mail import smtp
from followup.models import Customer, Draft, DraftStatus, SendRecord
from followup.outbound import gate
from followup.outbound.connections import Connections, Sender, sender_for
from followup.outbound.records import (
    Claim,
    Report,
    accepted,
    file_in_sent,
    filed,
    reconcile,
    reconcile_in_flight,
    settle,
)

log = logging.getLogger(__name__)
__all__ = ["send_due", "reconcile", "claim_next", "deliver"]

# Fault injection for tests/test_send_crash.py: the process SIGKILLs itself at the named point of a send.
CRASH_ENV = "FOLLOWUP_TEST_CRASH_AT"
CRASH_POINTS = ("after_claim", "after_data_sent", "after_smtp", "after_accepted", "after_append", "after_sent")


def _crash_point(name: str) -> None:
    """Kill this process with SIGKILL when FOLLOWUP_TEST_CRASH_AT names this point (tests only)."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _hold(session: Session, draft: Draft, reason: str, until: datetime | None) -> None:
    """Keep an approved draft back, saying why and until when (audited when that changes)."""
    if draft.hold_reason != reason or draft.not_before != until:
        draft.hold_reason, draft.not_before, draft.updated_at = reason, until, utcnow()
        session.add(draft)
        audit.record(session, "draft.held", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                     reason=reason, until=iso(until))


@dataclass(frozen=True)
class Step:
    """One turn of the send loop: the next due draft, and the claim when it may go now."""

    draft_id: int
    sender: Sender | None  # None for a draft set aside as failed before its sender was known
    claim: Claim | None = None
    connect_first: bool = False  # its mailbox's SMTP session is not open yet: open it, then try this draft again


def claim_next(db, after_id: int, conns: Connections, senders: dict, settings: Settings, now: datetime,
               worker_id: str, report: Report, team_id: int | None = None) -> Step | None:
    """Take the next due approved draft after ``after_id`` that no other worker holds, gate it, and claim it.

    One transaction serialising the customer's sends: SQLite BEGIN IMMEDIATE; PostgreSQL the draft row
    FOR UPDATE SKIP LOCKED (workers never wait for each other's drafts), then the customer row FOR UPDATE.
    None when no due draft is left (of the team, when given). A draft that cannot be judged or built (a limit
    out of range, an address that cannot be written) is marked failed with its reason, and the loop goes on.
    """
    with db.write_session() as session:
        query = select(Draft).where(Draft.status == DraftStatus.APPROVED, Draft.id > after_id,
                                    sa.or_(col(Draft.not_before).is_(None), Draft.not_before <= now))
        if team_id is not None:
            query = query.where(Draft.team_id == team_id)
        draft = session.exec(query.order_by(Draft.id).limit(1).with_for_update(skip_locked=True)).first()
        if draft is None:
            return None
        draft_id = draft.id
        try:
            return _gate_and_claim(session, draft, conns, senders, settings, now, worker_id, report)
        except (sa.exc.OperationalError, sa.exc.InterfaceError):
            raise  # the database, not the draft (a deadlock, a lock timeout, a lost connection): the next run retries
        except Exception as exc:  # one poison draft must not stop the outbox for every team (invariant 7)
            log.exception("draft %s cannot be sent", draft_id)
            session.rollback()
            if isinstance(exc, UnsafeMessage):
                why = str(exc)
            elif isinstance(exc, (ValueError, OverflowError)):  # a limit, window or zone stored out of range
                why = f"the customer's limits cannot be applied: {exc}"
            else:
                why = f"cannot be judged or built: {type(exc).__name__}: {exc}"
    _fail_poison(db, draft_id, f"not sent: {why}", now, report)
    return Step(draft_id, None)


def _fail_poison(db, draft_id: int, reason: str, now: datetime, report: Report) -> None:
    """Mark a draft that cannot be sent as failed with its reason, audited; its rep sees it on the draft."""
    with db.write_session() as session:
        draft = session.get(Draft, draft_id)
        if draft is None or draft.status != DraftStatus.APPROVED:
            return  # another worker settled it meanwhile
        draft.status, draft.error, draft.updated_at = DraftStatus.FAILED, reason, now
        session.add(draft)
        audit.record(session, "draft.failed", team_id=draft.team_id, entity="draft", entity_id=draft.id, error=reason)
        session.commit()
    report.failed.append({"id": draft_id, "error": reason})


def _gate_and_claim(session: Session, draft: Draft, conns: Connections, senders: dict, settings: Settings,
                    now: datetime, worker_id: str, report: Report) -> Step:
    """claim_next for one locked draft: its sender, the approval check, the policy gate, then the claim."""
    key = (draft.mailbox_id, draft.approved_by_id, draft.team_id)
    if key not in senders:
        senders[key] = sender_for(session, draft)
    sender = senders[key]
    if sender.uses_smtp and not conns.has_smtp(sender.mailbox.id):
        broken = conns.smtp_error(sender.mailbox.id)
        if broken is None:
            return Step(draft.id, sender, connect_first=True)  # never hold a lock over a network connect
        report.held.append({"id": draft.id, "reason": f"not sent: {broken}", "next_slot": None})
        return Step(draft.id, sender)
    customer = session.exec(select(Customer).where(Customer.id == draft.customer_id).with_for_update()).one()
    if not is_approved_text(draft):
        # Invariant 1: the text changed without a new approval (or was never approved): back to the rep.
        draft.status, draft.approved_hash, draft.updated_at = DraftStatus.PENDING, None, utcnow()
        draft.hold_reason = "the text differs from what was approved: approve it again"
        session.add(draft)
        audit.record(session, "draft.unapproved", team_id=draft.team_id, entity="draft", entity_id=draft.id)
        session.commit()
        report.held.append({"id": draft.id, "reason": draft.hold_reason})
        return Step(draft.id, sender)
    # strict: a customer setting that cannot be read fails the draft with its reason (the pages show it as a hold)
    decision = gate.verdict(session, draft, customer, settings, now, strict=True)
    if not decision.ok:
        if decision.stale:
            mark_stale(session, customer.id, datetime.max, decision.reason)
        else:
            _hold(session, draft, decision.reason, decision.next_slot)
        session.commit()
        report.held.append({"id": draft.id, "reason": decision.reason, "next_slot": iso(decision.next_slot)})
        return Step(draft.id, sender)
    record = session.exec(select(SendRecord).where(SendRecord.draft_id == draft.id)).first()
    if record is not None and record.state != "claimed":
        log.error("draft %s is approved but its send record is %s; not sending", draft.id, record.state)
        return Step(draft.id, sender)
    message_id = smtp.new_message_id(sender.address)
    raw = smtp.build_message(smtp.Outgoing(
        from_name=sender.name, from_addr=sender.address, to_name=customer.name, to_addr=customer.email,
        subject=draft.subject, body=draft.body, message_id=message_id, date=now,
        in_reply_to=draft.in_reply_to, references=draft.references))
    record = record or SendRecord(draft_id=draft.id, team_id=draft.team_id, customer_id=customer.id,
                                  message_id_header=message_id)
    # A retry after a 4xx gets new bytes and a new Message-ID: the server accepted nothing before.
    record.mailbox_id, record.message_id_header, record.raw = sender.key, message_id, raw
    record.state, record.attempts = "smtp_started", record.attempts + 1
    record.claimed_by, record.claimed_at, record.sent_at = worker_id, now, now
    record.next_attempt_at = None
    draft.status, draft.hold_reason, draft.updated_at = DraftStatus.SENDING, None, now
    session.add_all([record, draft])
    session.commit()
    return Step(draft.id, sender, Claim(draft.id, draft.team_id, record.id, message_id, sender.address,
                                        customer.email, raw, now))


def _on_failure(db, settings: Settings, c: Claim, exc: SendFailed, report: Report, now: datetime) -> None:
    """Record a refused or interrupted SMTP transaction: retry later, fail the draft, or mark it unknown."""
    message = str(exc)
    if exc.kind == "unknown":
        reason = f"outcome unknown: {message}; approve it again to send it anyway"
        settle(db, c.record_id, state="unknown", draft_status=DraftStatus.UNKNOWN, now=now, error=message,
                hold_reason=reason, audit_kind="draft.unknown")
        report.unknown.append({"id": c.draft_id, "reason": reason})
        return
    with db.session() as session:
        attempts = session.get(SendRecord, c.record_id).attempts
    if exc.kind == "temporary" and attempts < settings.outbox.max_attempts:
        retry_at = now + settings.outbox.retry_backoff * (2 ** (attempts - 1))
        reason = (f"temporary SMTP error (attempt {attempts} of {settings.outbox.max_attempts}), "
                  f"retry after {iso(retry_at)}: {message}")
        settle(db, c.record_id, state="claimed", draft_status=DraftStatus.APPROVED, now=now, error=message,
                hold_reason=reason, not_before=retry_at, audit_kind="draft.retry")
        report.held.append({"id": c.draft_id, "reason": reason, "next_slot": iso(retry_at)})
        return
    if exc.kind == "temporary":
        message = f"gave up after {attempts} attempts: {message}"
    settle(db, c.record_id, state="failed", draft_status=DraftStatus.FAILED, now=now, error=message, audit_kind="draft.failed")
    report.failed.append({"id": c.draft_id, "error": message})


def deliver(db, conns: Connections, settings: Settings, sender: Sender, c: Claim, report: Report,
            now: datetime) -> None:
    """SMTP (or the local outbox), then smtp_accepted, then APPEND to Sent, then sent."""
    if sender.uses_smtp:
        try:
            conn = conns.smtp(sender.mailbox)
            smtp.send(conn, c.mail_from, c.rcpt_to, c.raw, label=f"mailbox {sender.mailbox.name}",
                      on_data_sent=lambda: _crash_point("after_data_sent"))
        except MailboxError as exc:
            # The session died between the claim and the send: nothing was transmitted.
            exc = SendFailed("temporary", str(exc))
            _on_failure(db, settings, c, exc, report, now)
            return
        except SendFailed as exc:
            if exc.kind != "permanent":
                conns.drop_smtp(sender.mailbox.id)
            _on_failure(db, settings, c, exc, report, now)
            return
    else:
        _crash_point("after_data_sent")
        smtp.write_local(settings.data_path, c.raw)
    _crash_point("after_smtp")
    accepted(db, c, now, local=not sender.uses_smtp)
    _crash_point("after_accepted")
    report.sent.append(c.draft_id)
    if sender.uses_smtp and not file_in_sent(db, conns, sender, c.record_id, c.draft_id, c.raw, c.sent_at, report):
        return
    _crash_point("after_append")
    filed(db, c, now, filed=sender.uses_smtp)
    _crash_point("after_sent")


def send_due(db, vault, settings: Settings, *, now: datetime | None = None, worker_id: str | None = None,
             team_id: int | None = None) -> dict:
    """Reconcile interrupted sends, then send every approved draft whose gate passes (of one team, when given)."""
    worker_id = worker_id or leases.holder_id()
    report = Report()
    conns = Connections(vault, settings, db)
    senders: dict[tuple, Sender] = {}
    try:
        reconcile_in_flight(db, conns, settings, now or utcnow(), worker_id, report, team_id)
        last_id = 0
        while step := claim_next(db, last_id, conns, senders, settings, now or utcnow(), worker_id, report,
                                 team_id):
            if step.connect_first:
                try:
                    conns.smtp(step.sender.mailbox)  # then the same draft again; on failure its mailbox is skipped
                except MailboxError:
                    pass
                continue
            last_id = step.draft_id
            if step.claim is not None:
                _crash_point("after_claim")
                deliver(db, conns, settings, step.sender, step.claim, report, now or utcnow())
    finally:
        conns.close()
    report.errors = [{"mailbox_id": key[1], "server": key[0], "error": error} for key, error in conns.broken.items()]
    return report.as_dict()
