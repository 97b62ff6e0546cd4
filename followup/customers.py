"""Customers: lookup by any of their addresses, wishes (quiet, pause, opt-out, preferences) and their undoing."""
from datetime import datetime

from sqlmodel import Session, col, select

from followup import audit
from followup.clock import iso, utcnow
from followup.exceptions import BadInput, NotFound
from followup.models import COUNTED_SEND_STATES, Customer, CustomerAddress, SendRecord, Wish
from followup.users import default_team, normalise_email

STATUS_WISHES = {"paused": "paused", "do_not_contact": "do_not_contact"}
RECENT_SENDS_SHOWN = 20


def find_customer(session: Session, email: str, team_id: int | None = None) -> Customer | None:
    """The customer one of whose addresses this is (in the team, when given), or None."""
    query = select(Customer).join(CustomerAddress, CustomerAddress.customer_id == Customer.id).where(
        CustomerAddress.email == email.strip().lower())
    if team_id is not None:
        query = query.where(CustomerAddress.team_id == team_id)
    return session.exec(query.order_by(Customer.id)).first()


def get_customer(session: Session, email: str, team_id: int | None = None) -> Customer:
    """The customer with this address, or NotFound naming it."""
    email = normalise_email(email, "customer email")
    customer = find_customer(session, email, team_id)
    if customer is None:
        raise NotFound(f"no customer {email}")
    return customer


def get_or_create_customer(session: Session, email: str, *, team_id: int | None = None, name: str = "") -> Customer:
    """The customer with this address, created (with the address) when new."""
    email = normalise_email(email, "customer email")
    team_id = team_id or default_team(session).id
    customer = find_customer(session, email, team_id)
    if customer is None:
        customer = Customer(team_id=team_id, email=email, name=name.strip())
        session.add(customer)
        session.flush()
        session.add(CustomerAddress(team_id=team_id, customer_id=customer.id, email=email))
        session.flush()
    elif name and not customer.name:
        customer.name = name.strip()
    return customer


def active_wishes(session: Session, customer: Customer) -> list[Wish]:
    """Wishes not undone, oldest first."""
    return list(session.exec(select(Wish).where(Wish.customer_id == customer.id, col(Wish.undone_at).is_(None))
                             .order_by(Wish.created_at, Wish.id)))


def refresh_state(session: Session, customer: Customer, now: datetime | None = None) -> None:
    """Recompute status, quiet period and preferences from the customer's active wishes."""
    now = now or utcnow()
    wishes = active_wishes(session, customer)
    status, reason = "active", None
    for wish in wishes:
        if wish.kind == "do_not_contact" or (wish.kind == "paused" and status != "do_not_contact"):
            status, reason = STATUS_WISHES[wish.kind], wish.quote
    quiet = [w for w in wishes if w.kind == "quiet" and w.until and w.until > now]
    latest = max(quiet, key=lambda w: w.until, default=None)
    customer.status, customer.status_reason = status, reason
    customer.quiet_until = latest.until if latest else None
    customer.quiet_reason = latest.quote if latest else None
    prefs: dict[str, Wish] = {}
    for wish in wishes:
        if wish.kind == "preference" and wish.value:
            prefs[wish.value.split(":", 1)[0]] = wish  # a newer preference of the same kind replaces the older
    customer.preferences = [{"value": w.value, "quote": w.quote} for w in prefs.values()] or None
    session.add(customer)


def apply_wish(session: Session, customer: Customer, kind: str, *, quote: str = "", until: datetime | None = None,
               value: str | None = None, message_id: int | None = None, actor_id: int | None = None,
               actor: str = "system") -> Wish:
    """Record a wish with the words that caused it, apply it to the customer at once, and audit it."""
    if kind not in ("quiet", "paused", "do_not_contact", "preference"):
        raise BadInput(f"unknown wish {kind!r}")
    wish = Wish(customer_id=customer.id, kind=kind, quote=quote, until=until, value=value, message_id=message_id,
                set_by_id=actor_id)
    session.add(wish)
    session.flush()
    refresh_state(session, customer)
    audit.record(session, "wish.applied", team_id=customer.team_id, entity="customer", entity_id=customer.id,
                 actor_id=actor_id, actor=actor, wish=kind, value=value, until=iso(until), quote=quote)
    return wish


def set_quiet(session: Session, customer: Customer, until: datetime, *, reason: str = "",
              actor_id: int | None = None, actor: str = "system", now: datetime | None = None) -> Wish:
    """Hold every follow-up to this customer until ``until`` (naive UTC), which must lie in the future."""
    now = now or utcnow()
    if until <= now:
        raise BadInput(f"quiet period ends before it begins ({iso(until)} is not after now)")
    return apply_wish(session, customer, "quiet", quote=reason or "set by a rep", until=until, actor_id=actor_id,
                      actor=actor)


def resume(session: Session, customer: Customer, *, actor_id: int | None = None, actor: str = "system",
           kinds: tuple[str, ...] = ("quiet", "paused", "do_not_contact")) -> int:
    """Undo the customer's quiet periods, pause and opt-out (set by mistake or lifted); return how many."""
    now = utcnow()
    undone = 0
    for wish in active_wishes(session, customer):
        if wish.kind in kinds:
            wish.undone_at, wish.undone_by_id = now, actor_id
            session.add(wish)
            undone += 1
    session.flush()
    refresh_state(session, customer, now)
    audit.record(session, "customer.resumed", team_id=customer.team_id, entity="customer", entity_id=customer.id,
                 actor_id=actor_id, actor=actor, undone=undone, kinds=list(kinds))
    return undone


def recent_sends(session: Session, customer: Customer, limit: int = RECENT_SENDS_SHOWN) -> list[SendRecord]:
    """The customer's latest sends that may have reached them, newest first."""
    return list(session.exec(
        select(SendRecord).where(SendRecord.customer_id == customer.id, col(SendRecord.state).in_(COUNTED_SEND_STATES))
        .order_by(col(SendRecord.sent_at).desc()).limit(limit)))


def summary(session: Session, customer: Customer, default_timezone: str) -> dict:
    """The customer as the CLI's --json and the UI show it."""
    wishes = active_wishes(session, customer)
    return {
        "id": customer.id,
        "email": customer.email,
        "name": customer.name,
        "timezone": customer.timezone or default_timezone,
        "status": customer.status,
        "status_reason": customer.status_reason,
        "quiet_until": iso(customer.quiet_until) if customer.quiet_until and customer.quiet_until > utcnow() else None,
        "quiet_reason": customer.quiet_reason,
        "preferences": [p["value"] for p in customer.preferences or []],
        "bouncing": customer.bouncing,
        "wishes": [{"id": w.id, "kind": w.kind, "value": w.value, "until": iso(w.until), "quote": w.quote,
                    "at": iso(w.created_at)} for w in wishes],
        "recent_sends": [{"draft_id": s.draft_id, "at": iso(s.sent_at), "state": s.state,
                          "message_id": s.message_id_header} for s in recent_sends(session, customer)],
    }
