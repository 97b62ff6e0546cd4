"""Who is asking and what they may see: the logged-in rep, their team, and team-checked lookups (404 otherwise)."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort
from flask_login import current_user
from sqlmodel import Session, select

from followup.models import Customer, Draft, Mailbox, User
from followup.web import db_session, state

DEFAULT_NEXT = "/drafts"


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
