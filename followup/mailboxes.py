"""Mailboxes: IMAP + SMTP accounts of the reps, their passwords kept encrypted."""
from sqlmodel import Session, select

from followup import audit
from followup.exceptions import BadInput, NotFound
from followup.models import Mailbox, User
from followup.users import normalise_email

SECURITY_MODES = ("ssl", "starttls", "none")


def validate_endpoint(kind: str, host: str, port: int, security: str) -> None:
    """Raise BadInput for an empty host, a port out of range or an unknown security mode."""
    if not host or any(c.isspace() for c in host):
        raise BadInput(f"--{kind}-host: {host!r} is not a host name")
    if not 0 < int(port) < 65536:
        raise BadInput(f"--{kind}-port: {port} is not a port (1-65535)")
    if security not in SECURITY_MODES:
        raise BadInput(f"--{kind}-security: {security!r} is not one of {', '.join(SECURITY_MODES)}")


def add_mailbox(session: Session, vault, *, name: str, owner: User, username: str, password: str,
                imap_host: str, imap_port: int, imap_security: str, smtp_host: str = "", smtp_port: int = 0,
                smtp_security: str = "none", email_address: str | None = None, aliases: tuple[str, ...] = (),
                extra_folders: tuple[str, ...] = ()) -> Mailbox:
    """Store a new mailbox for a rep, its password encrypted with the vault."""
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise BadInput(f"mailbox name: {name!r} must be 1 to 100 characters")
    if session.exec(select(Mailbox).where(Mailbox.name == name)).first():
        raise BadInput(f"mailbox {name} already exists")
    validate_endpoint("imap", imap_host, imap_port, imap_security)
    if smtp_host:
        validate_endpoint("smtp", smtp_host, smtp_port, smtp_security)
    if not password:
        raise BadInput("password: empty")
    address = normalise_email(email_address or (username if "@" in username else owner.email), "mailbox address")
    mailbox = Mailbox(team_id=owner.team_id, owner_id=owner.id, name=name, email_address=address,
                      aliases=[normalise_email(a, "--alias") for a in aliases] or None, username=username,
                      password_encrypted=vault.encrypt(password), imap_host=imap_host, imap_port=int(imap_port),
                      imap_security=imap_security, smtp_host=smtp_host or "", smtp_port=int(smtp_port or 0),
                      smtp_security=smtp_security if smtp_host else "none", extra_folders=list(extra_folders) or None)
    session.add(mailbox)
    session.flush()
    audit.record(session, "mailbox.added", team_id=owner.team_id, entity="mailbox", entity_id=mailbox.id,
                 actor=owner.email, name=name, imap=f"{imap_host}:{imap_port}", smtp=f"{smtp_host}:{smtp_port}")
    return mailbox


def get_mailbox(session: Session, name: str, team_id: int | None = None) -> Mailbox:
    """The mailbox with this name, or NotFound."""
    mailbox = session.exec(select(Mailbox).where(Mailbox.name == name)).first()
    if mailbox is None or (team_id is not None and mailbox.team_id != team_id):
        raise NotFound(f"no mailbox {name}")
    return mailbox


def own_addresses(mailbox: Mailbox) -> set[str]:
    """The rep's own addresses for this mailbox (never customers)."""
    return {mailbox.email_address.lower(), *(a.lower() for a in mailbox.aliases or [])}
