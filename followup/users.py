"""Reps and teams."""
import re
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, func, select

from followup import audit
from followup.clock import utcnow
from followup.exceptions import BadInput, NotFound
from followup.models import LoginAttempt, Team, User

DEFAULT_TEAM = "default"
MIN_PASSWORD_LENGTH = 8
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,}$")


def normalise_email(value: str, what: str = "email") -> str:
    """Lower-case and validate an address, or raise BadInput naming it."""
    email = (value or "").strip().lower()
    if not _EMAIL.match(email):
        raise BadInput(f"{what}: {value!r} is not an email address")
    return email


def default_team(session: Session) -> Team:
    """The team new reps and CLI-made customers belong to, created on first use."""
    team = session.exec(select(Team).order_by(Team.id)).first()
    if team is None:
        team = Team(name=DEFAULT_TEAM)
        session.add(team)
        session.flush()
    return team


def check_timezone(name: str) -> None:
    """BadInput unless the name is an IANA time zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(f"time zone: {name!r} is not an IANA name like America/Chicago") from None


def add_user(session: Session, email: str, name: str, password: str, *, signature: str = "",
             team_id: int | None = None, timezone: str | None = None) -> User:
    """Create a rep with a hashed password; raise BadInput for a taken address or weak input."""
    if timezone is not None:
        check_timezone(timezone)
    email = normalise_email(email)
    name = (name or "").strip()
    if not name:
        raise BadInput("--name: a rep needs a name (it signs the follow-ups)")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput(f"password: at least {MIN_PASSWORD_LENGTH} characters")
    if session.exec(select(User).where(User.email == email)).first():
        raise BadInput(f"user {email} already exists")
    from werkzeug.security import generate_password_hash  # here: werkzeug's package import costs every command ~25 ms

    team_id = team_id or default_team(session).id
    user = User(team_id=team_id, email=email, name=name, password_hash=generate_password_hash(password),
                signature=signature or name)
    if timezone is not None:
        user.timezone = timezone
    session.add(user)
    session.flush()
    audit.record(session, "user.added", team_id=team_id, entity="user", entity_id=user.id, email=email)
    return user


def has_users(session: Session) -> bool:
    """Whether any rep exists (False on a fresh installation)."""
    return session.exec(select(User.id).limit(1)).first() is not None


def find_user(session: Session, email: str) -> User | None:
    """The rep with exactly this (already lower-cased) address, or None."""
    return session.exec(select(User).where(User.email == email)).first()


def get_user(session: Session, email: str) -> User:
    """The rep with this address, or NotFound."""
    user = session.exec(select(User).where(User.email == normalise_email(email))).first()
    if user is None:
        raise NotFound(f"no user {email.strip().lower()} (add one with 'followup user add')")
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The active rep whose password matches, else None."""
    from werkzeug.security import check_password_hash

    user = session.exec(select(User).where(User.email == (email or "").strip().lower())).first()
    if user and user.is_active and check_password_hash(user.password_hash, password):
        return user
    return None


def end_sessions(session: Session, user: User) -> None:
    """End every web session of the rep (logout, password change): sessions carry the generation they began in."""
    user.session_generation = (user.session_generation or 0) + 1
    session.add(user)


def set_password(session: Session, user: User, password: str) -> None:
    """Give the rep a new password and end every session begun with the old one."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput(f"password: at least {MIN_PASSWORD_LENGTH} characters")
    from werkzeug.security import generate_password_hash

    user.password_hash = generate_password_hash(password)
    end_sessions(session, user)
    audit.record(session, "user.password_changed", team_id=user.team_id, entity="user", entity_id=user.id,
                 email=user.email)


def get_team(session: Session, name: str) -> Team:
    """The team with this name, or NotFound naming it."""
    team = session.exec(select(Team).where(Team.name == (name or "").strip())).first()
    if team is None:
        raise NotFound(f"--team: no team {name!r}")
    return team


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


def prune_login_attempts(session: Session, older_than: datetime) -> int:
    """Forget login attempts made before ``older_than`` (they only matter within the rate-limit window)."""
    return session.execute(sa.delete(LoginAttempt).where(LoginAttempt.at < older_than)).rowcount or 0


MAX_SIGNATURE = 2000  # characters of a rep's signature block
MAX_SIGN_OFF = 100  # characters of a rep's closing line


def work_hours_text(start: str, end: str, days: list[str]) -> str | None:
    """'Mon-Fri 09:00-17:00' from a start, an end and days (None when all are empty); BadInput naming the problem."""
    from followup.outbound.policy import DAY_NAMES, SendWindow

    start, end = (start or "").strip(), (end or "").strip()
    unknown = [d for d in days or [] if d not in DAY_NAMES]
    if unknown:
        raise BadInput(f"working hours: {unknown[0]!r} is not a day like Mon")
    days = [d for d in DAY_NAMES if d in (days or [])]  # in week order, whatever order the form sent
    if not (start or end or days):
        return None
    if not (start and end and days):
        raise BadInput("working hours: give a start, an end and at least one day, or leave them all empty")
    try:
        return str(SendWindow.parse(f"{','.join(days)} {start}-{end}"))
    except ValueError as exc:
        raise BadInput("working hours: " + str(exc).split(": ", 1)[-1]) from None


def update_settings(session: Session, user: User, *, timezone: str, signature: str, sign_off: str,
                    work_hours: str | None) -> User:
    """Store a rep's own settings after checking each (BadInput naming the field; nothing stored then); audited."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from followup.outbound.policy import SendWindow

    zone = (timezone or "").strip()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(f"time zone: {zone!r} is not an IANA name like America/Chicago") from None
    signature = (signature or "").replace("\r\n", "\n").strip()
    if len(signature) > MAX_SIGNATURE:
        raise BadInput(f"signature: longer than {MAX_SIGNATURE} characters")
    sign_off = (sign_off or "").strip()
    if len(sign_off) > MAX_SIGN_OFF or "\n" in sign_off or "\r" in sign_off:
        raise BadInput(f"sign-off: one line of at most {MAX_SIGN_OFF} characters")
    if work_hours is not None:
        try:
            work_hours = str(SendWindow.parse(work_hours))
        except ValueError as exc:
            raise BadInput(f"working hours: {exc}") from None
    user.timezone, user.signature, user.sign_off, user.work_hours = zone, signature or user.name, sign_off, work_hours
    session.add(user)
    audit.record(session, "user.settings", team_id=user.team_id, entity="user", entity_id=user.id, actor_id=user.id,
                 actor=user.email, timezone=zone, sign_off=sign_off, work_hours=work_hours)
    return user
