"""Sends in the database: the follow-ups that count against a customer's contact limits.

A send counts from the moment its SMTP transaction started (COUNTED_SEND_STATES): it may have reached the
customer even if we never heard back. The policy gate, the draft page, the contacts chart, the customer
summary and draft preparation all read sends through these functions, so they count the same ones.
"""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup.models import COUNTED_SEND_STATES, SendRecord

RECENT_SENDS_SHOWN = 20  # sends listed in a customer's summary


def _counted(*where):
    """The conditions of a send that counts, with the caller's own."""
    return (col(SendRecord.state).in_(COUNTED_SEND_STATES), col(SendRecord.sent_at).is_not(None), *where)


def sent_since(session: Session, customer_ids: list[int], horizon: datetime) -> dict[int, list[datetime]]:
    """When each customer was sent follow-ups that may have reached them, back to the horizon."""
    sent: dict[int, list[datetime]] = {i: [] for i in customer_ids}
    for cid, at in session.exec(select(SendRecord.customer_id, SendRecord.sent_at).where(
            *_counted(col(SendRecord.customer_id).in_(customer_ids), SendRecord.sent_at >= horizon))):
        sent[cid].append(at)
    return sent


def last_sent_at(session: Session, customer_id: int) -> datetime | None:
    """When the customer was last sent a follow-up that may have reached them."""
    return session.exec(select(sa.func.max(SendRecord.sent_at)).where(*_counted(SendRecord.customer_id == customer_id))).one()


def sent_headers_since(session: Session, customer_id: int, start: datetime) -> list[tuple[datetime, str]]:
    """(sent_at, Message-ID) of the customer's counted sends since start, to match them with synced copies."""
    return list(session.exec(select(SendRecord.sent_at, SendRecord.message_id_header).where(
        *_counted(SendRecord.customer_id == customer_id, SendRecord.sent_at >= start))))


def recent_sends(session: Session, customer_id: int, limit: int = RECENT_SENDS_SHOWN) -> list[SendRecord]:
    """The customer's latest sends that may have reached them, newest first."""
    return list(session.exec(select(SendRecord).where(*_counted(SendRecord.customer_id == customer_id))
                             .order_by(col(SendRecord.sent_at).desc(), col(SendRecord.id).desc()).limit(limit)))
