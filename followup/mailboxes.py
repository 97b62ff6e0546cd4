"""Mailboxes: IMAP + SMTP accounts of the reps, their passwords kept encrypted."""
import ipaddress
import socket

from sqlmodel import Session, col, func, select

from followup import audit
from followup.exceptions import BadInput, NotFound
from followup.models import Draft, Mailbox, MailboxFolder, Message, QuarantinedMessage, SendRecord, Team, User
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
    if session.exec(select(Mailbox).where(Mailbox.name == name, Mailbox.team_id == owner.team_id)).first():
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
    """The mailbox with this name (in the team, when given), NotFound, or BadInput when several teams have one."""
    query = select(Mailbox).where(Mailbox.name == name)
    if team_id is not None:
        query = query.where(Mailbox.team_id == team_id)
    found = list(session.exec(query.order_by(Mailbox.id).limit(10)))
    if not found:
        raise NotFound(f"no mailbox {name}")
    if len(found) > 1:
        teams = ", ".join(t.name for t in session.exec(select(Team).where(col(Team.id).in_([m.team_id for m in found]))
                                                       .order_by(Team.name)))
        raise BadInput(f"mailbox {name} is in several teams ({teams}): give --team")
    return found[0]


def edit_mailbox(session: Session, vault, mailbox: Mailbox, *, username: str, imap_host: str, imap_port: int,
                 imap_security: str, smtp_host: str = "", smtp_port: int = 0, smtp_security: str = "none",
                 password: str = "", actor_id: int | None = None, actor: str = "system") -> Mailbox:
    """Change a mailbox's servers or login (an empty password keeps the stored one); audited."""
    if not username:
        raise BadInput("username: empty")
    mailbox.username, mailbox.imap_host, mailbox.imap_port = username, imap_host, int(imap_port)
    mailbox.imap_security, mailbox.smtp_host = imap_security, smtp_host
    mailbox.smtp_port = int(smtp_port or 0) if smtp_host else 0
    mailbox.smtp_security = smtp_security if smtp_host else "none"
    if password:
        mailbox.password_encrypted = vault.encrypt(password)
    session.add(mailbox)
    audit.record(session, "mailbox.edited", team_id=mailbox.team_id, entity="mailbox", entity_id=mailbox.id,
                 actor_id=actor_id, actor=actor, imap=f"{mailbox.imap_host}:{mailbox.imap_port}",
                 smtp=f"{mailbox.smtp_host}:{mailbox.smtp_port}")
    return mailbox


def delete_mailbox(session: Session, mailbox: Mailbox, *, actor_id: int | None = None, actor: str = "system") -> None:
    """Remove a mailbox that never brought in mail (a failed set-up), audited; BadInput for one with history."""
    used = session.exec(select(func.count()).select_from(Message).where(Message.mailbox_id == mailbox.id)).one() + \
        session.exec(select(func.count()).select_from(SendRecord).where(SendRecord.mailbox_id == mailbox.id)).one()
    if used:
        raise BadInput(f"it has {used} message(s) and send(s) on record; edit it instead")
    for row in session.exec(select(MailboxFolder).where(MailboxFolder.mailbox_id == mailbox.id)):
        session.delete(row)
    for row in session.exec(select(QuarantinedMessage).where(QuarantinedMessage.mailbox_id == mailbox.id)):
        session.delete(row)
    for draft in session.exec(select(Draft).where(Draft.mailbox_id == mailbox.id)):
        draft.mailbox_id = None
        session.add(draft)
    session.flush()
    audit.record(session, "mailbox.deleted", team_id=mailbox.team_id, entity="mailbox", entity_id=mailbox.id,
                 actor_id=actor_id, actor=actor, name=mailbox.name)
    session.delete(mailbox)


def team_overview(session: Session, team_id: int, quarantine_shown: int) -> dict:
    """The team's mailboxes by name, with their folders, latest quarantined messages (no bodies) and owners."""
    boxes = list(session.exec(select(Mailbox).where(Mailbox.team_id == team_id).order_by(Mailbox.name)))
    ids = [b.id for b in boxes]
    folders: dict[int, list] = {}
    quarantine: dict[int, list] = {}
    for f in session.exec(select(MailboxFolder).where(col(MailboxFolder.mailbox_id).in_(ids))
                          .order_by(MailboxFolder.name)):
        folders.setdefault(f.mailbox_id, []).append(f)
    for row in session.exec(select(QuarantinedMessage.id, QuarantinedMessage.mailbox_id, QuarantinedMessage.folder,
                                   QuarantinedMessage.uid, QuarantinedMessage.reason, QuarantinedMessage.created_at,
                                   func.length(QuarantinedMessage.raw))
                            .where(col(QuarantinedMessage.mailbox_id).in_(ids))
                            .order_by(col(QuarantinedMessage.created_at).desc())
                            .limit(quarantine_shown * max(len(ids), 1))):
        quarantine.setdefault(row[1], []).append(row)
    owners = {u.id: u for u in session.exec(select(User).where(User.team_id == team_id))}
    return {"boxes": boxes, "folders": folders, "quarantine": quarantine, "owners": owners}


# ---------------------------------------------------------------- where the web form may connect


def _host_allowed(host: str, patterns: tuple[str, ...]) -> bool:
    """Whether a host name matches one of the admin's names ("mail.example.com" or "*.example.com")."""
    host = host.lower().rstrip(".")
    for pattern in patterns:
        pattern = pattern.lower().rstrip(".")
        if host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:])):
            return True
    return False


def _private(address: str) -> bool:
    """Whether an IP address is loopback, private, link-local, reserved or otherwise not a public server."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def check_destination(kind: str, host: str, port: int, *, private_hosts: bool, hosts: tuple[str, ...],
                      ports: tuple[int, ...], resolve: bool) -> None:
    """Raise BadInput when the web form may not connect to host:port ([web] mailbox_* settings).

    The web form is no port scanner: only the admin's ports, only the admin's hosts (when listed), and no
    loopback or private address unless allowed. With ``resolve`` the name is looked up and every address it
    has must pass (a name that does not resolve passes: connecting will say "unknown host").
    """
    what = f"{kind.upper()} {host}:{port}"
    if ports and int(port) not in ports:
        raise BadInput(f"{what}: port {port} is not one the administrator allows "
                       f"({', '.join(map(str, ports))}; [web] mailbox_ports)")
    if hosts and not _host_allowed(host, hosts):
        raise BadInput(f"{what}: {host} is not a host the administrator allows ([web] mailbox_hosts)")
    if private_hosts:
        return
    try:
        addresses = {host} if ipaddress.ip_address(host.strip("[]")) else set()
    except ValueError:
        addresses = set()
        if host.lower().rstrip(".") == "localhost" or host.lower().endswith(".localhost"):
            addresses = {"127.0.0.1"}
        elif resolve:
            try:
                addresses = {info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
            except (OSError, UnicodeError):
                addresses = set()
    if any(_private(a.strip("[]")) for a in addresses):
        raise BadInput(f"{what}: a loopback or private address; the web form connects only to public mail "
                       "servers ([web] mailbox_private_hosts)")


def check_mailbox_destinations(mailbox: Mailbox, web_settings, *, resolve: bool) -> None:
    """Check the IMAP and (if any) SMTP server of a mailbox against the web form's rules."""
    rules = dict(private_hosts=web_settings.mailbox_private_hosts, hosts=web_settings.mailbox_hosts,
                 ports=web_settings.mailbox_ports, resolve=resolve)
    check_destination("imap", mailbox.imap_host, mailbox.imap_port, **rules)
    if mailbox.smtp_host:
        check_destination("smtp", mailbox.smtp_host, mailbox.smtp_port, **rules)


def own_addresses(mailbox: Mailbox) -> set[str]:
    """The rep's own addresses for this mailbox (never customers)."""
    return {mailbox.email_address.lower(), *(a.lower() for a in mailbox.aliases or [])}
