"""Lookups, team checks and view-model builders shared by the blueprints; the views stay thin."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit

from flask import abort, render_template
from flask_login import current_user
from sqlmodel import Session, col, func, select

from followup.clock import local_text, to_local, to_utc, utcnow
from followup.models import (COUNTED_SEND_STATES, CallNote, Customer, Draft, LoginAttempt, Mailbox, Message,
                             SendRecord, User, Wish)
from followup.web import db_session, state

CHART_WEEKS = 12
CHART_LABEL_EVERY = 4  # weeks between date labels under the chart
TIMELINE_LIMIT = 200
DEFAULT_NEXT = "/drafts"


# ---------------------------------------------------------------- who is asking


def rep() -> User:
    """The logged-in rep's row in this request's session."""
    user = db_session().get(User, int(current_user.get_id()))
    if user is None:
        abort(404)
    return user


def team_id() -> int:
    """The logged-in rep's team."""
    return current_user.team_id


def rep_timezone() -> str:
    """The zone the rep reads times in: theirs, else the policy default."""
    return getattr(current_user, "timezone", None) or state().settings.policy.default_timezone


def team_draft_or_404(draft_id: int) -> tuple[Draft, Customer]:
    """The draft and its customer when the draft belongs to the rep's team; 404 otherwise."""
    session = db_session()
    draft = session.get(Draft, draft_id)
    if draft is None or draft.team_id != team_id():
        abort(404)
    return draft, session.get(Customer, draft.customer_id)


def team_customer_or_404(customer_id: int) -> Customer:
    """The customer when it belongs to the rep's team; 404 otherwise."""
    customer = db_session().get(Customer, customer_id)
    if customer is None or customer.team_id != team_id():
        abort(404)
    return customer


def team_mailbox_or_404(mailbox_id: int) -> Mailbox:
    """The mailbox when it belongs to the rep's team; 404 otherwise."""
    mailbox = db_session().get(Mailbox, mailbox_id)
    if mailbox is None or mailbox.team_id != team_id():
        abort(404)
    return mailbox


def team_has_mailbox(session: Session, team: int) -> bool:
    """Whether the team has connected any mailbox yet."""
    return session.exec(select(Mailbox.id).where(Mailbox.team_id == team).limit(1)).first() is not None


def safe_next(target: str | None, default: str = DEFAULT_NEXT) -> str:
    """A same-site relative path to go to after login, or the default for anything else (open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    if any(ord(c) < 32 or ord(c) == 127 for c in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


# ---------------------------------------------------------------- login rate limit


def failed_logins(session: Session, email: str, remote_addr: str, *, window: timedelta,
                  now: datetime | None = None) -> tuple[int, int]:
    """Failed logins in the window: (for this account, from this client address)."""
    since = (now or utcnow()) - window
    failed = select(func.count()).select_from(LoginAttempt).where(LoginAttempt.ok == False,  # noqa: E712
                                                                   LoginAttempt.at > since)
    by_email = session.exec(failed.where(LoginAttempt.email == email)).one()
    by_client = session.exec(failed.where(LoginAttempt.remote_addr == (remote_addr or "")[:64])).one()
    return by_email, by_client


def record_login(session: Session, email: str, remote_addr: str, ok: bool) -> None:
    """Store one login try (committed by the caller)."""
    session.add(LoginAttempt(email=email[:320], remote_addr=(remote_addr or "")[:64], ok=ok))


# ---------------------------------------------------------------- forms


def parse_local_datetime(value: str, tz: str, what: str) -> datetime:
    """A form's date or datetime-local value in the given zone, as naive UTC; BadInput when unreadable."""
    from followup.exceptions import BadInput

    try:
        parsed = datetime.fromisoformat((value or "").strip())
    except ValueError:
        raise BadInput(f"{what}: {value!r} is not a date like 2026-11-24 or 2026-11-24T15:30") from None
    try:
        return to_utc(parsed, tz)
    except OverflowError:  # 9999-12-31T23:59 in a zone west of UTC is past the last date Python knows
        raise BadInput(f"{what}: {value!r} is out of range") from None


def parse_optional_int(value: str, what: str, minimum: int = 0) -> int | None:
    """An optional whole number from a form field; BadInput when it is not one."""
    from followup.exceptions import BadInput

    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < minimum:
        raise BadInput(f"{what}: {value!r} is not a whole number of at least {minimum}")
    return int(value)


# ---------------------------------------------------------------- policy state


def policy_decision(session: Session, customer: Customer, draft: Draft | None, now: datetime | None = None):
    """The gate's verdict for this draft (or for a follow-up to this customer): what the outbox would decide."""
    from followup.outbound import gate

    settings = state().settings
    if draft is None:
        return gate.customer_verdict(session, customer, settings, now)
    return gate.verdict(session, draft, customer, settings, now)


# ---------------------------------------------------------------- sending: preview and local outbox


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
    from followup.outbound.outbox import _sender  # the outbox's own choice of mailbox and From, so the preview cannot differ

    sender = _sender(session, draft)
    box = sender.mailbox
    return {"from": f"{sender.name} <{sender.address}>" if sender.name else sender.address,
            "mailbox": box.name if box else None, "to": f"{customer.name} <{customer.email}>" if customer.name
            else customer.email, "subject": draft.subject, "in_reply_to": draft.in_reply_to,
            "references": draft.references, "smtp": f"{box.smtp_host}:{box.smtp_port}" if sender.uses_smtp else None}


# ---------------------------------------------------------------- queue rows

OPENING_CHARS = 160  # of a draft's body shown under its subject in the queue
LATER_TODAY = timedelta(hours=3)
LAST_LATER_TODAY_HOUR = 19  # "later today" is not offered after this local hour
MORNING = time(9, 0)


def when_text(verdict, tz: str, now: datetime) -> str:
    """'now', '14:05 · min gap', 'Mon 09:00 · send window', 'Nov 30 · quiet period' or just the reason's label."""
    if verdict is None:
        return ""
    if verdict.ok:
        return "now"
    if verdict.next_slot is None:
        return verdict.label
    at, today = to_local(verdict.next_slot, tz), to_local(now, tz)
    if verdict.label == "undo window":
        text = f"{at:%H:%M:%S}"
    elif at.date() == today.date():
        text = f"{at:%H:%M}"
    elif at - today < timedelta(days=6):
        text = f"{at:%a %H:%M}"
    else:
        text = f"{at:%b} {at.day}"
    return f"{text} · {verdict.label}"


def opening_lines(body: str) -> str:
    """The first words of a draft after its greeting, for the queue."""
    lines = [line.strip() for line in (body or "").splitlines() if line.strip()]
    if len(lines) > 1 and len(lines[0]) < 40 and lines[0].endswith(","):
        lines = lines[1:]
    text = " ".join(lines)
    return text if len(text) <= OPENING_CHARS else text[:OPENING_CHARS].rsplit(" ", 1)[0] + "…"


def snooze_presets(tz: str, now: datetime) -> list[tuple[str, str]]:
    """(label, datetime-local value in the rep's zone): later today, tomorrow 9:00, Monday 9:00, next week."""
    local = to_local(now, tz).replace(tzinfo=None, second=0, microsecond=0)
    presets = []
    later = (local + LATER_TODAY).replace(minute=0) + timedelta(hours=1)
    if later.date() == local.date() and later.hour <= LAST_LATER_TODAY_HOUR:
        presets.append((f"Later today {later:%H:%M}", later))
    tomorrow = datetime.combine(local.date() + timedelta(days=1), MORNING)
    presets.append(("Tomorrow 9:00", tomorrow))
    monday = datetime.combine(local.date() + timedelta(days=7 - local.weekday()), MORNING)
    if monday != tomorrow:
        presets.append(("Monday 9:00", monday))
    presets.append((f"Next week ({local + timedelta(days=7):%a} 9:00)",
                    datetime.combine(local.date() + timedelta(days=7), MORNING)))
    return [(label, f"{at:%Y-%m-%dT%H:%M}") for label, at in presets]


# ---------------------------------------------------------------- sources and highlighting


def _find(text: str, quote: str) -> tuple[int, int] | None:
    """Where the quote sits in the text, exactly or with any run of whitespace matching any other."""
    quote = (quote or "").strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def highlight(text: str, quotes: list[str]) -> tuple[list[tuple[str, bool]], list[str]]:
    """Split text into (segment, is_quote) pieces marking each quote; also return the quotes not found."""
    spans, missing = [], []
    for quote in quotes:
        span = _find(text, quote)
        if span is None:
            missing.append(quote)
        else:
            spans.append(span)
    pieces, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces, missing


@dataclass
class SourceView:
    """One message or call note a draft cites, with its quotes marked."""

    kind: str
    id: int
    title: str
    at: datetime | None
    pieces: list
    missing: list
    direction: str


def source_views(session: Session, draft: Draft) -> list[SourceView]:
    """The draft's sources, one per message or note, each with all its quotes highlighted."""
    grouped: dict[tuple[str, int], list[str]] = {}
    for src in draft.sources or []:
        grouped.setdefault((src.get("kind"), src.get("id")), []).append(src.get("quote") or "")
    views = []
    for (kind, sid), quotes in grouped.items():
        row = session.get(Message if kind == "message" else CallNote, sid) if isinstance(sid, int) else None
        if row is None or row.team_id != draft.team_id:
            views.append(SourceView(kind, sid, f"{kind} {sid} (no longer available)", None, [], quotes, ""))
            continue
        if kind == "message":
            who = row.from_name or row.from_addr
            title = f"{'From' if row.direction == 'inbound' else 'Sent by'} {who}: {row.subject}"
            text, at, direction = row.new_text, row.sent_at, row.direction
        else:
            title, text, at, direction = "Call note", row.text, row.at, "note"
        pieces, missing = highlight(text, quotes)
        views.append(SourceView(kind, sid, title, at, pieces, missing, direction))
    return views


def live_grounding(session: Session, draft: Draft, customer: Customer) -> dict:
    """The grounding report of the draft's current text against all of this customer's sources and the profile.

    Computed on view, so a rep's edit is checked as soon as it is saved.
    """
    from followup.drafting.profile import RepProfile, grounding_texts
    from followup.drafting.sentences import Source
    from followup.drafting.grounding import ground

    sources = [Source("message", m.id, m.new_text, m.sent_at or m.created_at, m.direction)
               for m in session.exec(select(Message).where(Message.customer_id == customer.id))]
    sources += [Source("note", n.id, n.text, n.at, "note")
                for n in session.exec(select(CallNote).where(CallNote.customer_id == customer.id))]
    owner = session.get(User, draft.approved_by_id) if draft.approved_by_id else None
    if owner is None and draft.mailbox_id:
        box = session.get(Mailbox, draft.mailbox_id)
        owner = session.get(User, box.owner_id) if box else None
    owner = owner or rep()
    profile = RepProfile(name=owner.name, email=owner.email, signature=owner.signature, sign_off=owner.sign_off or "")
    texts = grounding_texts(customer_name=customer.name, customer_email=customer.email, rep=profile)
    tz = (draft.state or {}).get("timezone") or customer.timezone or state().settings.policy.default_timezone
    return ground(draft.body, sources, texts, written_at=draft.created_at, tz=tz).as_dict()


# ---------------------------------------------------------------- customer timeline and chart


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
    for at, header in session.exec(select(SendRecord.sent_at, SendRecord.message_id_header).where(
            SendRecord.customer_id == customer.id, col(SendRecord.state).in_(COUNTED_SEND_STATES),
            SendRecord.sent_at >= start)):
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


# ---------------------------------------------------------------- template filters and error pages


def register_filters(app) -> None:
    """Jinja filters: times in the rep's zone."""

    @app.template_filter("local")
    def local(value: datetime | None, tz: str | None = None) -> str:
        """A naive UTC time in the given zone (default: the rep's)."""
        return local_text(value, tz or rep_timezone())

    @app.template_filter("reason")
    def reason(text: str | None, until: datetime | None = None) -> str:
        """A hold reason as this rep reads it (a snooze in the rep's zone, whoever snoozed it)."""
        return reason_text(text, until, rep_timezone())


def reason_text(text: str | None, until: datetime | None, tz: str) -> str:
    """The hold reason, with a snooze's time re-read in the given zone (it was stored in the snoozer's)."""
    if text and text.startswith("snoozed until") and until is not None:
        return f"snoozed until {local_text(until, tz)}"
    return text or ""


def register_errors(app) -> None:
    """Plain error pages; the CSRF refusal is a 400 that says what happened."""
    from flask_wtf.csrf import CSRFError

    def page(code: int, title: str, text: str):
        return render_template("error.html", code=code, title=title, text=text), code

    @app.errorhandler(CSRFError)
    def csrf_error(exc):
        return page(400, "Form expired", f"The form could not be accepted ({exc.description}). Reload the page "
                    "and try again.")

    @app.errorhandler(404)
    def not_found(_exc):
        return page(404, "Not found", "There is nothing here, or it belongs to another team.")

    @app.errorhandler(413)
    def too_large(_exc):
        limit = state().settings.web.max_request_bytes
        return page(413, "Too large", f"The request is larger than this server takes ({limit} bytes).")

    @app.errorhandler(405)
    def not_allowed(_exc):
        return page(405, "Not allowed", "That page does not take this kind of request.")
