"""A customer's timeline (messages, notes, sends, wishes) and the weekly contacts chart as SVG geometry."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from followup import sends
from followup.clock import local_text, utcnow
from followup.models import CallNote, Customer, Draft, Message, SendRecord, User, Wish
from followup.web.access import rep_timezone

CHART_WEEKS = 12
CHART_LABEL_EVERY = 4  # weeks between date labels under the chart
TIMELINE_LIMIT = 200


@dataclass
class Event:
    """One line of a customer's timeline."""

    at: datetime
    kind: str  # inbound | outbound | note | send | wish
    title: str
    text: str
    detail: str = ""


def timeline(session: Session, customer: Customer, limit: int = TIMELINE_LIMIT) -> list[Event]:
    """Messages, call notes, sends and wishes of one customer, newest first."""
    events: list[Event] = []
    for m in session.exec(select(Message).where(Message.customer_id == customer.id)
                          .order_by(col(Message.sent_at).desc()).limit(limit)):
        who = m.from_name or m.from_addr
        flags = ", ".join(f for f, on in (("automatic reply", m.is_auto), ("bounce", m.is_bounce)) if on)
        events.append(Event(m.sent_at or m.created_at, m.direction, f"{who}: {m.subject}", m.new_text, flags))
    for n in session.exec(select(CallNote).where(CallNote.customer_id == customer.id)
                          .order_by(col(CallNote.at).desc()).limit(limit)):
        author = session.get(User, n.author_id) if n.author_id else None
        events.append(Event(n.at, "note", f"Call note{' by ' + author.name if author else ''}", n.text))
    for s, d in session.exec(select(SendRecord, Draft).join(Draft, Draft.id == SendRecord.draft_id)
                             .where(SendRecord.customer_id == customer.id)
                             .order_by(col(SendRecord.claimed_at).desc()).limit(limit)):
        events.append(Event(s.sent_at or s.claimed_at or d.updated_at, "send", f"Follow-up sent: {d.subject}",
                            d.body, f"state {s.state}"))
    for w in session.exec(select(Wish).where(Wish.customer_id == customer.id)
                          .order_by(col(Wish.created_at).desc()).limit(limit)):
        what = {"quiet": "Quiet period", "paused": "Paused", "do_not_contact": "Do not contact",
                "preference": f"Preference {w.value or ''}"}.get(w.kind, w.kind)
        until = f" until {local_text(w.until, customer.timezone or rep_timezone())}" if w.until else ""
        undone = f"lifted {w.undone_at:%Y-%m-%d %H:%M} UTC" if w.undone_at else ""
        events.append(Event(w.created_at, "wish", f"{what}{until}", w.quote, undone))
    events.sort(key=lambda e: e.at or datetime.min, reverse=True)
    return events[:limit]


@dataclass
class ChartBar:
    """One bar of the contacts chart, in SVG user units."""

    x: int
    y: int
    height: int
    count: int
    css: str
    label: str


def contact_chart(session: Session, customer: Customer, now: datetime | None = None,
                  weeks: int = CHART_WEEKS) -> dict:
    """Weekly counts of our contacts (sent mail and sends) and theirs (their mail) as SVG bar geometry."""
    now = now or utcnow()
    start = (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0) \
        - timedelta(weeks=weeks - 1)
    ours, theirs = [0] * weeks, [0] * weeks
    seen_ids: set[str] = set()

    def bucket(at: datetime | None) -> int | None:
        """The week index of a time, or None outside the chart."""
        if at is None or at < start:
            return None
        index = (at - start).days // 7
        return index if index < weeks else None

    for at, direction, auto, header in session.exec(
            select(Message.sent_at, Message.direction, Message.is_auto, Message.message_id_header)
            .where(Message.customer_id == customer.id, Message.sent_at >= start)):
        i = bucket(at)
        if i is None or (direction == "inbound" and auto):
            continue
        if direction == "outbound":
            seen_ids.add(header)
            ours[i] += 1
        else:
            theirs[i] += 1
    for at, header in sends.sent_headers_since(session, customer.id, start):
        i = bucket(at)
        if i is not None and header not in seen_ids:  # a send already synced back from Sent counts once
            ours[i] += 1
    top = max(ours + theirs + [1])
    height, bar, gap = 100, 10, 8
    bars = []
    for i in range(weeks):
        week = start + timedelta(weeks=i)
        x = i * (2 * bar + gap)
        for offset, counts, css, who in ((0, ours, "ours", "we wrote"), (bar, theirs, "theirs", "they wrote")):
            h = round(counts[i] * height / top)
            bars.append(ChartBar(x + offset, height - h, h, counts[i], css,
                                 f"week of {week:%b %d}: {who} {counts[i]}"))
    labels = [(i * (2 * bar + gap), f"{start + timedelta(weeks=i):%b %d}") for i in range(0, weeks, CHART_LABEL_EVERY)]
    return {"bars": bars, "labels": labels, "width": weeks * (2 * bar + gap), "height": height, "top": top,
            "first": f"{start:%b %d}", "total_ours": sum(ours), "total_theirs": sum(theirs)}
