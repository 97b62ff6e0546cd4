"""Mail sessions of one outbox run and the mailbox each draft goes out through.

Connections opens SMTP and IMAP sessions per mailbox on first use and remembers a server that could not
be reached, so the rest of its drafts are not tried in that run. sender_for picks the mailbox and From.
"""
from __future__ import annotations

from dataclasses import dataclass

from imapclient.exceptions import IMAPClientError
from sqlmodel import Session, select

from followup.config import Settings
from followup.exceptions import MailboxError
from followup.mail import imap, smtp
from followup.mail.oauth import login_for
from followup.models import Draft, Mailbox, User

IMAP_ERRORS = (MailboxError, IMAPClientError, OSError)


@dataclass(frozen=True)
class Sender:
    """The mailbox a draft goes out through and the rep it goes out from (None: the local outbox only)."""

    mailbox: Mailbox | None
    name: str
    address: str

    @property
    def key(self) -> int | None:
        """The mailbox id stored on the send record (None for the local outbox without a mailbox)."""
        return self.mailbox.id if self.mailbox else None

    @property
    def uses_smtp(self) -> bool:
        """Whether mail goes to an SMTP server (else to the local Maildir outbox)."""
        return bool(self.mailbox and self.mailbox.smtp_host)


class Connections:
    """SMTP and IMAP sessions per mailbox, opened on first use, reused for the run, closed at its end.

    A mailbox whose server could not be reached is remembered for the run, so its drafts are not tried.
    """

    def __init__(self, vault, settings: Settings, db=None):
        self.vault, self.settings = vault, settings
        self.db = db  # OAuth mailboxes store refreshed tokens through it
        self._smtp: dict[int, object] = {}
        self._imap: dict[int, tuple] = {}
        self.broken: dict[tuple[str, int], str] = {}

    def _password(self, mailbox: Mailbox):
        """The mailbox password, decrypted for this login only (an OAuthLogin for an OAuth mailbox)."""
        return login_for(mailbox, self.vault, self.settings, self.db.session if self.db is not None else None)

    def smtp(self, mailbox: Mailbox):
        """A live SMTP session for the mailbox, or MailboxError."""
        if ("smtp", mailbox.id) in self.broken:
            raise MailboxError(self.broken[("smtp", mailbox.id)])
        conn = self._smtp.get(mailbox.id)
        if conn is not None and smtp.is_alive(conn):
            return conn
        self.drop_smtp(mailbox.id)
        secret = self._password(mailbox)
        endpoint = smtp.endpoint_for(mailbox, secret, self.settings.outbox.smtp_timeout.total_seconds())
        try:
            conn = smtp.connect(endpoint)
        except MailboxError as exc:
            self.broken[("smtp", mailbox.id)] = str(exc)
            raise
        self._smtp[mailbox.id] = conn
        return conn

    def has_smtp(self, mailbox_id: int) -> bool:
        """Whether a session to this mailbox's SMTP server is open."""
        return mailbox_id in self._smtp

    def smtp_error(self, mailbox_id: int) -> str | None:
        """Why this mailbox's SMTP server could not be reached in this run, if it could not."""
        return self.broken.get(("smtp", mailbox_id))

    def drop_smtp(self, mailbox_id: int) -> None:
        """Forget (and quit) a session that failed mid-way."""
        conn = self._smtp.pop(mailbox_id, None)
        if conn is not None:
            smtp.close(conn)

    def imap(self, mailbox: Mailbox) -> tuple:
        """(client, Sent folder name) for the mailbox, or MailboxError."""
        if ("imap", mailbox.id) in self.broken:
            raise MailboxError(self.broken[("imap", mailbox.id)])
        if mailbox.id not in self._imap:
            try:
                client = imap.connect(mailbox, self._password(mailbox),
                                      timeout=self.settings.sync.timeout.total_seconds())
                sent = imap.find_folders(client, mailbox.extra_folders or ()).get("sent")
                if sent is None:
                    imap.logout_quietly(client)
                    raise MailboxError(f"mailbox {mailbox.name}: IMAP has no Sent folder to file sent mail in")
            except IMAP_ERRORS as exc:
                self.broken[("imap", mailbox.id)] = str(exc)
                raise MailboxError(str(exc)) from None
            self._imap[mailbox.id] = (client, sent)
        return self._imap[mailbox.id]

    def drop_imap(self, mailbox_id: int) -> None:
        """Forget (and log out) a session that failed mid-way."""
        entry = self._imap.pop(mailbox_id, None)
        if entry is not None:
            imap.logout_quietly(entry[0])

    def close(self) -> None:
        """Close every session."""
        for key in list(self._smtp):
            self.drop_smtp(key)
        for key in list(self._imap):
            self.drop_imap(key)


def sender_for(session: Session, draft: Draft) -> Sender:
    """The draft's mailbox (else the approver's, else the team's first) and its owner as the From."""
    mailbox = session.get(Mailbox, draft.mailbox_id) if draft.mailbox_id else None
    if mailbox is None and draft.approved_by_id:
        mailbox = session.exec(select(Mailbox).where(Mailbox.owner_id == draft.approved_by_id)
                               .order_by(Mailbox.id)).first()
    if mailbox is None:
        mailbox = session.exec(select(Mailbox).where(Mailbox.team_id == draft.team_id).order_by(Mailbox.id)).first()
    if mailbox is not None:
        owner = session.get(User, mailbox.owner_id)
        return Sender(mailbox, owner.name if owner else "", mailbox.email_address)
    rep = session.get(User, draft.approved_by_id) if draft.approved_by_id else None
    return Sender(None, rep.name if rep else "", rep.email if rep else "followup@localhost")
