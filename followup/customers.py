"""Customers: lookup by any of their addresses, wishes (quiet, pause, opt-out, preferences) and their undoing."""
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, or_, select

from followup import audit, sends
from followup.clock import iso, utcnow
from followup.db import MAX_ID
from followup.exceptions import BadInput, NotFound
from followup.models import LIVE_STATUSES, Customer, CustomerAddress, Draft, PossibleWish, SendRecord, Team, Wish
from followup.outbound.policy import SendWindow, check_limits
from followup.sends import RECENT_SENDS_SHOWN
from followup.users import default_team, normalise_email

STATUS_WISHES = {"paused": "paused", "do_not_contact": "do_not_contact"}
MAX_QUIET_DAYS = 366  # a longer hold is a pause (until the customer writes again), not a quiet period


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


def resolve_customer(session: Session, email: str, team_id: int | None = None, *, create: bool = False) -> Customer:
    """The customer a command names: in ``team_id`` when given, else in whichever one team has the address.

    An address several teams know is refused (BadInput naming the teams) rather than guessed. With ``create``, a
    new address is created in the given team, or in the only team there is; with several teams and none given
    it is refused, so no duplicate is ever made in the default team.
    """
    email = normalise_email(email, "customer email")
    if team_id is not None:
        found = find_customer(session, email, team_id)
        if found is None and not create:
            raise NotFound(f"no customer {email} in that team")
        return found or get_or_create_customer(session, email, team_id=team_id)
    teams = list(session.exec(select(CustomerAddress.team_id).where(CustomerAddress.email == email).distinct()))
    if len(teams) > 1:
        names = ", ".join(session.exec(select(Team.name).where(col(Team.id).in_(teams)).order_by(Team.name)))
        raise BadInput(f"customer {email} is in several teams ({names}): give --team")
    if teams:
        return find_customer(session, email, teams[0])
    if not create:
        raise NotFound(f"no customer {email}")
    if len(list(session.exec(select(Team.id).limit(2)))) > 1:
        raise BadInput(f"no customer {email} yet and there are several teams: give --team")
    return get_or_create_customer(session, email)


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
    customer.possible_wish = possible_question(open_possible_wishes(session, customer))
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
    """Hold every follow-up to this customer until ``until`` (naive UTC), in the future and within MAX_QUIET_DAYS."""
    now = now or utcnow()
    if until <= now:
        raise BadInput(f"quiet period ends before it begins ({iso(until)} is not after now)")
    if until > now + timedelta(days=MAX_QUIET_DAYS):
        raise BadInput(f"quiet period: {iso(until)} is more than {MAX_QUIET_DAYS} days ahead")
    return apply_wish(session, customer, "quiet", quote=reason or "set by a rep", until=until, actor_id=actor_id,
                      actor=actor)


def resume(session: Session, customer: Customer, *, actor_id: int | None = None, actor: str = "system",
           kinds: tuple[str, ...] = ("quiet", "paused", "do_not_contact"), reason: str | None = None) -> int:
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
                 actor_id=actor_id, actor=actor, undone=undone, kinds=list(kinds), reason=reason or None)
    return undone


def set_limits(session: Session, customer: Customer, *, max_per_window: int | None, window_seconds: int | None,
               min_gap_seconds: int | None, send_window: str | None, actor_id: int | None = None,
               actor: str = "system") -> None:
    """Set or clear (None) the customer's own contact limits, within the bounds the outbox applies (audited).

    BadInput names a value out of bounds, so a limit saved here never stops a send (invariant 7).
    """
    try:
        check_limits(max_per_window, *(None if v is None else timedelta(seconds=v)
                                       for v in (window_seconds, min_gap_seconds)))
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    if send_window:
        try:
            send_window = str(SendWindow.parse(send_window))
        except ValueError as exc:
            raise BadInput(f"send window: {exc}") from None
    customer.max_per_window, customer.window_seconds = max_per_window, window_seconds
    customer.min_gap_seconds, customer.send_window = min_gap_seconds, send_window or None
    session.add(customer)
    audit.record(session, "customer.limits", team_id=customer.team_id, entity="customer", entity_id=customer.id,
                 actor_id=actor_id, actor=actor, max_per_window=max_per_window, window_seconds=window_seconds,
                 min_gap_seconds=min_gap_seconds, send_window=send_window or None)


def team_customers(session: Session, team_id: int, text: str = "", limit: int | None = None) -> list[Customer]:
    """The team's customers, most recently in touch first; with text, those whose name or address holds it."""
    query = select(Customer).where(Customer.team_id == team_id)
    if text:
        like = f"%{text.lower()}%"
        query = query.where(or_(func.lower(Customer.email).like(like), func.lower(Customer.name).like(like)))
    query = query.order_by(func.coalesce(Customer.last_inbound_at, Customer.last_outbound_at, Customer.created_at)
                           .desc())
    return list(session.exec(query.limit(limit) if limit else query))


def customer_choices(session: Session, team_id: int, limit: int) -> list[tuple[str, str]]:
    """(email, name) of the team's customers by name, for a picker."""
    return list(session.exec(select(Customer.email, Customer.name).where(Customer.team_id == team_id)
                             .order_by(Customer.name, Customer.email).limit(limit)).all())


def typed_customer_email(session: Session, team_id: int, typed: str) -> str:
    """The address of a customer typed as 'Dana Demo <dana@...>', an address, or the name of one team customer."""
    typed = typed.strip()
    if "@" in typed:
        return typed.rsplit("<", 1)[-1].rstrip(">").strip()
    if not typed:
        raise BadInput("customer: type a name or an address")
    found = session.exec(select(Customer.email).where(
        Customer.team_id == team_id, func.lower(Customer.name) == typed.lower()).limit(2)).all()
    if not found:
        raise BadInput(f"customer: {typed!r} is not an email address, and no customer is named so; "
                       "type their address to add a new one")
    if len(found) > 1:
        raise BadInput(f"customer: several customers are named {typed!r}; pick one from the suggestions")
    return found[0]


# ---------------------------------------------------------------- possible wishes
POSSIBLE_NAMES = {"quiet": "quiet period", "paused": "pause", "do_not_contact": "opt-out", "preference": "preference"}


def open_possible_wishes(session: Session, customer: Customer) -> list[PossibleWish]:
    """Possible wishes neither confirmed nor dismissed, oldest first."""
    if customer.id is None:
        return []
    return list(session.exec(select(PossibleWish).where(PossibleWish.customer_id == customer.id,
                                                        col(PossibleWish.resolved_at).is_(None))
                             .order_by(PossibleWish.created_at, PossibleWish.id)))


def possible_wish_dicts(session: Session, customer: Customer) -> list[dict]:
    """Open possible wishes as `customer show --json` prints them."""
    return [{"id": p.id, "kind": p.kind, "quote": p.quote, "value": p.value, "until": iso(p.until),
             "at": iso(p.created_at)} for p in open_possible_wishes(session, customer)]


def possible_question(possible: list[PossibleWish]) -> str | None:
    """The hold reason open possible wishes give ("possible pause: confirm or dismiss (\"quote\")"), or None."""
    if not possible:
        return None
    # the gravest first: an opt-out outranks a pause, a pause a quiet period
    order = ("do_not_contact", "paused", "quiet", "preference")
    first = min(possible, key=lambda p: (order.index(p.kind) if p.kind in order else len(order), p.id or 0))
    more = f" (+{len(possible) - 1} more)" if len(possible) > 1 else ""
    return f'possible {POSSIBLE_NAMES.get(first.kind, first.kind)}: confirm or dismiss ("{first.quote}"){more}'


def _hold_live_drafts(session: Session, customer: Customer, before: str | None) -> None:
    """Show the possible-wish question on the customer's live drafts (and clear the old one when it changed)."""
    now = customer.possible_wish
    if now == before:
        return
    for draft in session.exec(select(Draft).where(Draft.customer_id == customer.id, col(Draft.status).in_(LIVE_STATUSES))):
        if draft.hold_reason is None or (before is not None and draft.hold_reason == before) \
                or draft.hold_reason.startswith("possible "):
            draft.hold_reason = now
            session.add(draft)


def record_possible(session: Session, customer: Customer, kind: str, *, quote: str, until: datetime | None = None,
                    value: str | None = None, message_id: int | None = None) -> PossibleWish:
    """Keep a wish the customer may have stated for the rep to confirm or dismiss; their drafts are held meanwhile."""
    if kind not in POSSIBLE_NAMES:
        raise BadInput(f"unknown wish {kind!r}")
    before = customer.possible_wish
    possible = PossibleWish(customer_id=customer.id, kind=kind, quote=quote, until=until, value=value,
                            message_id=message_id)
    session.add(possible)
    session.flush()
    refresh_state(session, customer)
    _hold_live_drafts(session, customer, before)
    audit.record(session, "wish.possible", team_id=customer.team_id, entity="customer", entity_id=customer.id,
                 wish=kind, value=value, until=iso(until), quote=quote, possible_id=possible.id)
    return possible


def apply_detected(session: Session, customer: Customer, wish, *, message_id: int | None = None):
    """Apply a wish read from a message (followup.text.wishes.Wish): at once when certain, else as a possible wish."""
    if getattr(wish, "certain", True):
        return apply_wish(session, customer, wish.kind, quote=wish.quote, until=wish.until, value=wish.preference,
                          message_id=message_id)
    return record_possible(session, customer, wish.kind, quote=wish.quote, until=wish.until, value=wish.preference,
                           message_id=message_id)


def _open_possible(session: Session, customer: Customer, wish_id: str | int) -> PossibleWish:
    """The customer's open possible wish with this id, or NotFound naming it."""
    try:
        number = int(str(wish_id).strip())
    except ValueError:
        raise BadInput(f"wish id {wish_id!r} is not a number") from None
    possible = session.get(PossibleWish, number) if 0 < number <= MAX_ID else None  # larger overflows the column
    if possible is None or possible.customer_id != customer.id:
        raise NotFound(f"no possible wish {number} for {customer.email}")
    if possible.resolved_at is not None:
        raise BadInput(f"possible wish {number} was already {possible.resolution}")
    return possible


def _resolve_possible(session: Session, customer: Customer, wish_id: str | int, resolution: str,
                      actor_id: int | None) -> tuple[PossibleWish, str | None]:
    """Mark the customer's open possible wish resolved; (it, the customer's open question before)."""
    possible = _open_possible(session, customer, wish_id)
    before = customer.possible_wish
    possible.resolved_at, possible.resolution, possible.resolved_by_id = utcnow(), resolution, actor_id
    session.add(possible)
    session.flush()
    return possible, before


def confirm_possible(session: Session, customer: Customer, wish_id: str | int, *, actor_id: int | None = None,
                     actor: str = "system") -> Wish:
    """Apply a possible wish with its quote, as if it had been read for certain; the held drafts follow the wish."""
    possible, before = _resolve_possible(session, customer, wish_id, "confirmed", actor_id)
    wish = apply_wish(session, customer, possible.kind, quote=possible.quote, until=possible.until,
                      value=possible.value, message_id=possible.message_id, actor_id=actor_id, actor=actor)
    possible.wish_id = wish.id
    _hold_live_drafts(session, customer, before)
    audit.record(session, "wish.confirmed", team_id=customer.team_id, entity="customer", entity_id=customer.id,
                 actor_id=actor_id, actor=actor, wish=possible.kind, quote=possible.quote, possible_id=possible.id)
    return wish


def dismiss_possible(session: Session, customer: Customer, wish_id: str | int, *, actor_id: int | None = None,
                     actor: str = "system") -> PossibleWish:
    """Drop a possible wish (audited with its quote): the customer's state is unchanged and their drafts go on."""
    possible, before = _resolve_possible(session, customer, wish_id, "dismissed", actor_id)
    refresh_state(session, customer)
    _hold_live_drafts(session, customer, before)
    audit.record(session, "wish.dismissed", team_id=customer.team_id, entity="customer", entity_id=customer.id,
                 actor_id=actor_id, actor=actor, wish=possible.kind, quote=possible.quote, possible_id=possible.id)
    return possible


def recent_sends(session: Session, customer: Customer, limit: int = RECENT_SENDS_SHOWN) -> list[SendRecord]:
    """The customer's latest sends that may have reached them, newest first."""
    return sends.recent_sends(session, customer.id, limit)


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
        "possible_wishes": possible_wish_dicts(session, customer),
        "preference_quotes": [{"value": p["value"], "quote": p["quote"]} for p in customer.preferences or []],
    }
