"""What stored messages mean for their customers: last contact, wishes (opt-out, pause, quiet), stale drafts.

New mail is read in arrival order; a first sync's mail, read newest first, by what is already known of each
customer; the older history for opt-outs and pauses alone.
"""
from __future__ import annotations

import functools
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup import audit
from followup.clock import utcnow
from followup.models import Customer, Draft, Message

if TYPE_CHECKING:
    from followup.inbound.parse_pool import Read
    from followup.inbound.store import Context, New


STALE_QUOTE_CHARS = 80  # how much of the customer's new message a stale draft's reason quotes


def stale_reason(sent_at: datetime, text: str) -> str:
    """Why a draft went stale: when the customer wrote, and the start of what they wrote."""
    words = " ".join((text or "").split())
    if len(words) > STALE_QUOTE_CHARS:
        words = words[:STALE_QUOTE_CHARS].rstrip() + "…"
    return f'customer wrote on {sent_at:%Y-%m-%d}: "{words}"'


def _wishes(read: Read, tz: str, text: str, sent_at: datetime, *, stops_only: bool) -> list | tuple:
    """The wishes read beside the parser when they were read in the customer's zone, else read now."""
    from followup.text.wishes import detect_stops, detect_wishes

    if read.wishes is not None and read.tz == tz:
        return read.wishes
    return detect_stops(text, sent_at, tz) if stops_only else detect_wishes(text, sent_at, tz)


def history_wishes(n: New, tz: str, newest: bool) -> list | tuple:
    """What an older message can still change: its opt-outs (read beside the parser), and a pause only when it is the
    customer's newest message so far (a later message lifted any older pause), read now: one message per customer."""
    from followup.text.replies import spoken_text
    from followup.text.wishes import detect_opt_outs, detect_stops

    if not newest and n.read.wishes is not None and n.read.tz is None:
        return n.read.wishes
    p = n.parsed
    spoken = spoken_text(p.new_text, p.quoted_text, p.signature)
    return detect_stops(spoken, n.row["sent_at"], tz) if newest else detect_opt_outs(spoken)


def _stored_before(session: Session, news: list[New]) -> set[tuple[int, str]]:
    """(customer id, Message-ID) of these messages already stored before this batch (a copy in another folder)."""
    from followup.inbound.threads import IN_CHUNK

    new_ids = {n.row["id"] for n in news}
    wanted = {(n.customer.id, n.row["message_id_header"]) for n in news}
    mids = sorted({mid for _, mid in wanted})
    found: set[tuple[int, str]] = set()
    for start in range(0, len(mids), IN_CHUNK):
        for customer_id, mid, row_id in session.exec(select(Message.customer_id, Message.message_id_header, Message.id)
                                                     .where(col(Message.message_id_header).in_(mids[start:start + IN_CHUNK]),
                                                            Message.team_id == news[0].row["team_id"])):
            if row_id not in new_ids and (customer_id, mid) in wanted:
                found.add((customer_id, mid))
    return found


def _paused_since(session: Session, customer: Customer) -> datetime | None:
    """When the customer's newest active pause was said (its message's date, else when it was set)."""
    from followup.models import Wish

    since = None
    for wish, said in session.exec(select(Wish, Message.sent_at).outerjoin(Message, Message.id == Wish.message_id)
                                   .where(Wish.customer_id == customer.id, Wish.kind == "paused",
                                          col(Wish.undone_at).is_(None))):
        at = said or wish.created_at.replace(microsecond=0)  # Date headers have whole seconds
        since = at if since is None or at > since else since
    return since


def apply_effects(session: Session, ctx: Context, news: list[New]) -> None:
    """What new messages mean for their customers, oldest first: last contact, pause lifted, wishes, stale drafts.

    Arrival order, not the Date header, decides what is news (SPEC invariant 4; a Date is the sender's claim):
    every message never stored before is read for wishes and makes the customer's live drafts stale, however
    old its Date; only un-pausing looks at dates, so a pause is never lifted by a message dated before it.
    A copy of a stored message (the same Message-ID in another folder) is no news.
    """
    from followup.customers import apply_detected, apply_wish, resume
    from followup.drafts import LIVE_STATUSES, mark_all_stale
    from followup.inbound.threads import IN_CHUNK
    from followup.text.wishes import detect_auto_reply

    with_customer = [n for n in news if n.customer is not None]
    if not with_customer:
        return
    ids = sorted({n.customer.id for n in with_customer})
    live: set[int] = set()
    for start in range(0, len(ids), IN_CHUNK):
        # PostgreSQL: the customer rows locked in id order, so a draft being stored for one of them (prepare.store
        # holds the same lock) is either committed and seen below, or stored after this batch and re-checked there.
        session.exec(select(Customer.id).where(col(Customer.id).in_(ids[start:start + IN_CHUNK]))
                     .order_by(Customer.id).with_for_update()).all()
        live |= set(session.exec(select(Draft.customer_id).where(col(Draft.customer_id).in_(ids[start:start + IN_CHUNK]),
                                                                 col(Draft.status).in_(LIVE_STATUSES))).all())
    copies = _stored_before(session, [n for n in with_customer if n.row["direction"] == "inbound"])
    now = utcnow()
    auto_ids = []
    for n in sorted(with_customer, key=lambda n: (n.row["sent_at"], n.row["id"])):
        customer, row, p = n.customer, n.row, n.parsed
        sent_at = row["sent_at"]
        if row["direction"] == "outbound":
            _note_outbound(session, customer, sent_at)
            continue
        key = (customer.id, row["message_id_header"])
        if key in copies:
            continue  # the same message again (another folder, or twice in this batch): read once
        copies.add(key)
        tz = customer.timezone or ctx.default_timezone
        auto = n.read.auto if n.read.tz == tz and n.read.auto is not None else detect_auto_reply(
            auto_submitted=p.auto_submitted, subject=p.subject, text=p.new_text or p.text, sent_at=sent_at, tz=tz,
            signature=p.signature if p.new_text else "")
        if auto.is_auto:
            # Not a reply: it neither answers nor resets anything; a stated return date is a quiet period.
            auto_ids.append(row["id"])
            if auto.return_at and auto.return_at > now:
                apply_wish(session, customer, "quiet", quote=auto.quote or p.subject, until=auto.return_at,
                           message_id=row["id"])
            continue
        if customer.last_inbound_at is None or sent_at > customer.last_inbound_at:
            customer.last_inbound_at = sent_at
            session.add(customer)
        if customer.status == "paused":
            since = _paused_since(session, customer)
            if since is None or sent_at >= since:  # not older than the pause: the customer writes again
                resume(session, customer, kinds=("paused",))
        for wish in _wishes(n.read, tz, p.new_text, sent_at, stops_only=False):
            if wish.kind == "quiet" and (wish.until is None or wish.until <= now):
                continue  # a quiet period that is already over changes nothing
            apply_detected(session, customer, wish, message_id=row["id"])  # uncertain: a possible wish
        if customer.id in live:
            # Stored in this transaction, so no live draft can have been prepared from it.
            mark_all_stale(session, customer.id, reason=stale_reason(sent_at, p.new_text))
    if auto_ids:
        table = Message.__table__
        session.execute(sa.update(table).where(table.c.id.in_(auto_ids)).values(is_auto=True))


@functools.cache
def _live_query():
    """Customers (of an expanding "ids") with a live draft: built once, run in each of the history's transactions."""
    from followup.drafts import LIVE_STATUSES

    return select(Draft.customer_id).where(col(Draft.customer_id).in_(sa.bindparam("ids", expanding=True)),
                                           col(Draft.status).in_(LIVE_STATUSES))


def apply_read_back_effects(session: Session, ctx: Context, news: list[New], *, history: bool) -> None:
    """What a first sync's mail, read newest first, means for its customers.

    Unlike new mail, a message older than what is known of its customer still counts: an opt-out holds at once
    whenever it was said; a pause holds only when no later customer message lifted it; a quiet period or an
    automatic reply's return date only while it lasts. The older history (history=True) is read for opt-outs and
    pauses alone, and a message from it never makes a draft stale (it is older than any draft's sources).
    """
    from followup.customers import apply_detected, apply_wish, resume
    from followup.drafts import mark_stale
    from followup.inbound.threads import IN_CHUNK
    from followup.text.wishes import DNC, PAUSED, detect_auto_reply

    with_customer = [n for n in news if n.customer is not None]
    if not with_customer:
        return
    ids = sorted({n.customer.id for n in with_customer})
    live: set[int] = set()
    for start in range(0, len(ids), IN_CHUNK):
        live |= set(session.execute(_live_query(), {"ids": ids[start:start + IN_CHUNK]}).scalars())
    now = utcnow()
    auto_ids = []
    for n in sorted(with_customer, key=lambda n: n.row["sent_at"], reverse=True):
        customer, row, p = n.customer, n.row, n.parsed
        sent_at = row["sent_at"]
        if row["direction"] == "outbound":
            _note_outbound(session, customer, sent_at)
            continue
        tz = customer.timezone or ctx.default_timezone
        if history:
            auto = None
            if p.auto_submitted:  # the header alone: an old automatic reply's return date is long past
                auto_ids.append(row["id"])
                continue
        else:
            auto = n.read.auto if n.read.tz == tz and n.read.auto is not None else detect_auto_reply(
                auto_submitted=p.auto_submitted, subject=p.subject, text=p.new_text or p.text, sent_at=sent_at, tz=tz,
                signature=p.signature if p.new_text else "")
        if auto is not None and auto.is_auto:
            auto_ids.append(row["id"])
            if auto.return_at and auto.return_at > now:
                apply_wish(session, customer, "quiet", quote=auto.quote or p.subject, until=auto.return_at,
                           message_id=row["id"])
            continue
        newest = customer.last_inbound_at is None or sent_at >= customer.last_inbound_at
        if customer.last_inbound_at is None or sent_at > customer.last_inbound_at:
            customer.last_inbound_at = sent_at
            session.add(customer)
            if customer.status == "paused":
                resume(session, customer, kinds=("paused",))
            if not history and customer.id in live:
                mark_stale(session, customer.id, newer_than=sent_at, reason=stale_reason(sent_at, p.new_text))
        found = history_wishes(n, tz, newest) if history else _wishes(n.read, tz, p.new_text, sent_at, stops_only=False)
        for wish in found:
            if wish.kind == "quiet" and (wish.until is None or wish.until <= now):
                continue  # a quiet period that is already over changes nothing
            if wish.kind == PAUSED and not newest:
                continue  # the customer wrote again since: that lifted the pause
            apply_detected(session, customer, wish, message_id=row["id"])  # uncertain: a possible wish
            if wish.certain and wish.kind in (DNC, PAUSED) and customer.id in live:
                hold_live(session, customer.id, f'{wish.kind.replace("_", " ")}: "{wish.quote}" '
                                                 f"({sent_at:%Y-%m-%d}, found in older mail)")
    if auto_ids:
        table = Message.__table__
        session.execute(sa.update(table).where(table.c.id.in_(auto_ids)).values(is_auto=True))


def hold_live(session: Session, customer_id: int, reason: str) -> None:
    """Say at once on the customer's live drafts why they are held (the send gate holds them on the status)."""
    from followup.drafts import LIVE_STATUSES

    for draft in session.exec(select(Draft).where(Draft.customer_id == customer_id,
                                                  col(Draft.status).in_(LIVE_STATUSES))):
        draft.hold_reason, draft.updated_at = reason, utcnow()
        session.add(draft)
        audit.record(session, "draft.held", team_id=draft.team_id, entity="draft", entity_id=draft.id, reason=reason)


def _note_outbound(session: Session, customer: Customer, sent_at: datetime) -> None:
    """Keep the customer's newest outbound time (read in any order: recent window or history)."""
    if customer.last_outbound_at is None or sent_at > customer.last_outbound_at:
        customer.last_outbound_at = sent_at
        session.add(customer)
