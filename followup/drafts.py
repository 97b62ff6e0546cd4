"""Drafts in the database: lookup, listing and their JSON form."""
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup import audit
from followup.clock import iso, utcnow
from followup.db import MAX_ID
from followup.exceptions import BadInput, NotFound
from followup.models import DRAFT_STATUSES, LIVE_STATUSES, Customer, Draft, DraftStatus, Message


def get_draft(session: Session, draft_id: int, team_id: int | None = None) -> Draft:
    """The draft with this id (in the team, when given), or NotFound."""
    draft = session.get(Draft, draft_id) if 0 < draft_id <= MAX_ID else None  # a larger id overflows the column
    if draft is None or (team_id is not None and draft.team_id != team_id):
        raise NotFound(f"no draft {draft_id}")
    return draft


def list_drafts(session: Session, status: str | None = None, team_id: int | None = None,
                limit: int | None = None) -> list[tuple[Draft, Customer]]:
    """Drafts with their customers, oldest due first."""
    if status is not None and status not in DRAFT_STATUSES:
        raise BadInput(f"--status: {status!r} is not one of {', '.join(DRAFT_STATUSES)}")
    query = select(Draft, Customer).join(Customer, Customer.id == Draft.customer_id)
    if status:
        query = query.where(Draft.status == status)
    if team_id is not None:
        query = query.where(Draft.team_id == team_id)
    query = query.order_by(col(Draft.not_before).is_(None).desc(), Draft.not_before, Draft.created_at, Draft.id)
    if limit:
        query = query.limit(limit)
    return list(session.exec(query))


def _hold_reason(draft: Draft, customer: Customer) -> str | None:
    """Why the draft waits: an open possible wish of the customer first, then the draft's own reason."""
    question = customer.possible_wish if draft.status in LIVE_STATUSES else None
    if question and draft.hold_reason and draft.hold_reason != question:
        return f"{question}; {draft.hold_reason}"
    return question or draft.hold_reason


def draft_dict(draft: Draft, customer: Customer, verdict=None) -> dict:
    """A draft as `followup drafts list/show --json` prints it; a live draft's hold from its gate verdict."""
    hold, next_send = _hold_reason(draft, customer), draft.not_before
    if verdict is not None:  # followup.outbound.gate.Verdict: what the outbox would decide now
        hold, next_send = (None if verdict.ok else verdict.reason), verdict.next_slot
    return {
        "id": draft.id,
        "customer": customer.email,
        "customer_name": customer.name,
        "subject": draft.subject,
        "body": draft.body,
        "status": draft.status,
        "hold_reason": hold,
        "not_before": iso(draft.not_before),
        "next_send": iso(next_send) if verdict is not None else None,
        "reason": draft.reason,
        "sources": [{"kind": s.get("kind"), "id": s.get("id"), "quote": s.get("quote")} for s in draft.sources or []],
        "grounding": draft.grounding,
        "grounded": draft.grounded,
        "error": draft.error,
        "created_at": iso(draft.created_at),
        "approved_at": iso(draft.approved_at),
        "sent_at": iso(draft.sent_at),
    }


def live_counts(session: Session, team_id: int) -> dict[int, int]:
    """{customer id: number of live drafts} over the team's customers that have any."""
    return dict(session.exec(select(Draft.customer_id, sa.func.count()).where(
        Draft.team_id == team_id, col(Draft.status).in_(LIVE_STATUSES)).group_by(Draft.customer_id)).all())


def live_draft(session: Session, customer_id: int) -> Draft | None:
    """The customer's one live (pending or approved) draft, if any."""
    return session.exec(select(Draft).where(Draft.customer_id == customer_id, col(Draft.status).in_(LIVE_STATUSES))
                        .order_by(col(Draft.id).desc())).first()


def mark_stale(session: Session, customer_id: int, newer_than: datetime, reason: str) -> list[Draft]:
    """Make live drafts prepared from sources older than ``newer_than`` stale (SPEC invariant 4)."""
    stale = []
    for draft in session.exec(select(Draft).where(Draft.customer_id == customer_id,
                                                  col(Draft.status).in_(LIVE_STATUSES))):
        if draft.sources_through is None or draft.sources_through < newer_than:
            draft.status, draft.hold_reason, draft.updated_at = DraftStatus.STALE, reason, utcnow()
            session.add(draft)
            audit.record(session, "draft.stale", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                         reason=reason)
            stale.append(draft)
    return stale


def explain(session: Session, draft: Draft) -> dict:
    """The conversation state a draft restates, as `followup drafts explain --json` prints it."""
    from followup.drafting.composition import slots

    customer = session.get(Customer, draft.customer_id)
    data = dict(draft.state or {})
    return {"id": draft.id, "customer": customer.email if customer else None, "status": draft.status,
            "language": data.get("language", "en"), "today": data.get("today"),
            "last_interaction": data.get("last_interaction") or {}, "topic": data.get("topic", ""),
            "open": data.get("open", []), "closed": data.get("closed", []), "slots": slots(draft.body),
            "sources": [{"kind": s.get("kind"), "id": s.get("id"), "quote": s.get("quote")}
                        for s in draft.sources or []]}


def mark_all_stale(session: Session, customer_id: int, reason: str) -> list[Draft]:
    """Make every live draft of the customer stale: a message just stored was seen by none of them (invariant 4)."""
    return mark_stale(session, customer_id, datetime.max, reason)


def written_past(session: Session, drafts: list[Draft], chunk: int = 500) -> set[int]:
    """Ids of the stored drafts whose customer wrote after the draft's sources were read (arrival order, whatever the
    Date; a draft prepared before arrival order was recorded compares dates). Two queries for any number of drafts:
    the queue asks it of every row.

    Automatic replies, bounces and copies of a message the draft saw (same Message-ID, stored again from another
    folder) do not count.
    """
    ids = [d.id for d in drafts if d.id is not None]
    seen, dated = col(Draft.seen_message_id), col(Draft.sources_through)
    found: set[int] = set()
    for i in range(0, len(ids), chunk):
        later = session.exec(
            select(Draft.id, Draft.customer_id, Draft.seen_message_id, Message.message_id_header)
            .join(Message, Message.customer_id == Draft.customer_id)
            .where(col(Draft.id).in_(ids[i:i + chunk]), Message.direction == "inbound",
                   col(Message.is_auto).is_(False), col(Message.is_bounce).is_(False),
                   sa.or_(sa.and_(seen.is_not(None), Message.id > seen),
                          sa.and_(seen.is_(None), dated.is_not(None), Message.sent_at > dated)))).all()
        copies = [(customer, header) for _d, customer, seen_id, header in later
                  if seen_id is not None and header is not None]
        first = {}  # (customer, Message-ID) -> the id it was first stored under
        if copies:
            first = {(c, h): lowest for c, h, lowest in session.exec(
                select(Message.customer_id, Message.message_id_header, sa.func.min(Message.id))
                .where(col(Message.customer_id).in_({c for c, _h in copies}),
                       col(Message.message_id_header).in_({h for _c, h in copies}))
                .group_by(Message.customer_id, Message.message_id_header))}
        found.update(draft_id for draft_id, customer, seen_id, header in later
                     if seen_id is None or header is None or first.get((customer, header), seen_id + 1) > seen_id)
    return found


def customer_wrote_past(session: Session, draft: Draft) -> bool:
    """Whether the customer wrote after this stored draft's sources were read (written_past for one draft)."""
    return draft.id in written_past(session, [draft])
