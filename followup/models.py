"""The data model for the whole spec (SQLModel). Every datetime column holds naive UTC.

Alembic migrations under migrations/ are tested to match this metadata exactly.
"""

from datetime import datetime
from typing import Any, Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from followup.clock import utcnow
from followup.statuses import DRAFT_STATUSES as DRAFT_STATUSES
from followup.statuses import LIVE_STATUSES as LIVE_STATUSES
from followup.statuses import DraftStatus as DraftStatus

# Names of constraints and indexes are deterministic so Alembic and PostgreSQL agree.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Each model's pydantic validator and serializer are built when first used (model_dump, a validated copy), not at
# import: rows are loaded and created without them, and building them for every class cost each command ~10 ms.
SQLModel.model_config["defer_build"] = True

CUSTOMER_STATUSES = ("active", "paused", "do_not_contact")


# claimed -> smtp_started -> smtp_accepted -> appended -> sent | failed | unknown
SEND_STATES = ("claimed", "smtp_started", "smtp_accepted", "appended", "sent", "failed", "unknown")
# A send in any of these states may have reached the customer, so the policy gate counts it.
COUNTED_SEND_STATES = ("smtp_started", "smtp_accepted", "appended", "sent", "unknown")


def _json(**kw: Any) -> Any:
    """A JSON column (TEXT on SQLite, JSON on PostgreSQL)."""
    return Field(default=None, sa_type=sa.JSON, **kw)


class Team(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)


class User(SQLModel, table=True):
    """A rep. Reps see only their team's customers, drafts and mailboxes."""

    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    email: str = Field(max_length=320, unique=True)
    name: str = Field(max_length=200)
    password_hash: str = Field(max_length=500)
    signature: str = Field(default="", sa_type=sa.Text)
    timezone: Optional[str] = Field(default=None, max_length=64)
    sign_off: str = Field(default="", max_length=100, sa_column_kwargs={"server_default": ""})  # "": learned from Sent
    # "Mon-Fri 09:00-17:00" on the rep's own clock (followup.outbound.policy.SendWindow); None: any time
    work_hours: Optional[str] = Field(default=None, max_length=64)
    is_active: bool = Field(default=True)
    # bumped by logout and a password change: every session issued under an older value is refused
    session_generation: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)


class Mailbox(SQLModel, table=True):
    """An IMAP + SMTP account owned by a rep; its password is encrypted at rest (Fernet). Names are per team."""

    __table_args__ = (sa.UniqueConstraint("team_id", "name"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    owner_id: int = Field(foreign_key="user.id", index=True)
    name: str = Field(max_length=100)
    email_address: str = Field(max_length=320)
    aliases: Optional[list] = _json()
    username: str = Field(max_length=320)
    password_encrypted: str = Field(sa_type=sa.Text)
    imap_host: str = Field(max_length=255)
    imap_port: int
    imap_security: str = Field(max_length=10)
    smtp_host: str = Field(default="", max_length=255)
    smtp_port: int = Field(default=0)
    smtp_security: str = Field(default="none", max_length=10)
    extra_folders: Optional[list] = _json()
    last_sync_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    last_error: Optional[str] = Field(default=None, sa_type=sa.Text)
    last_error_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)
    # OAuth 2.0 (followup/mail/oauth.py): auth_kind "oauth" logs in with a bearer token instead of the password.
    auth_kind: str = Field(default="password", max_length=10, sa_column_kwargs={"server_default": "password"})
    oauth_provider: Optional[str] = Field(default=None, max_length=40)
    oauth_refresh_encrypted: Optional[str] = Field(default=None, sa_type=sa.Text)
    oauth_access_encrypted: Optional[str] = Field(default=None, sa_type=sa.Text)
    oauth_access_expires_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    # Signed in without the client secret (a public-client flow): refreshed without it too.
    oauth_public: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    # Set when the provider refused the grant (revoked, expired): syncs and sends wait until it is reconnected.
    reconnect_reason: Optional[str] = Field(default=None, sa_type=sa.Text)


class MailboxFolder(SQLModel, table=True):
    """Sync state of one IMAP folder: UIDVALIDITY, the last UID seen and HIGHESTMODSEQ."""

    __table_args__ = (sa.UniqueConstraint("mailbox_id", "name"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    mailbox_id: int = Field(foreign_key="mailbox.id", index=True)
    name: str = Field(max_length=500)
    role: str = Field(default="other", max_length=10)  # inbox | sent | other
    uidvalidity: Optional[int] = Field(default=None, sa_type=sa.BigInteger)
    last_uid: int = Field(default=0, sa_type=sa.BigInteger)
    highestmodseq: Optional[int] = Field(default=None, sa_type=sa.BigInteger)
    message_count: int = Field(default=0)
    synced_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    # First sync, recent mail first: UIDs below recent_uid received since history_since are still to read, then
    # UIDs below history_uid received before it; a cursor of None means that part is done (or never started).
    history_since: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    recent_uid: Optional[int] = Field(default=None, sa_type=sa.BigInteger)
    history_uid: Optional[int] = Field(default=None, sa_type=sa.BigInteger)
    history_total: int = Field(default=0)
    history_done: int = Field(default=0)


class Customer(SQLModel, table=True):
    """The other party of a conversation, with its status, quiet period and policy overrides."""

    __table_args__ = (
        sa.UniqueConstraint("team_id", "email"),
        sa.Index("ix_customer_team_id_status", "team_id", "status"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    email: str = Field(max_length=320)
    name: str = Field(default="", max_length=200)
    timezone: Optional[str] = Field(default=None, max_length=64)
    status: str = Field(default="active", max_length=20)
    status_reason: Optional[str] = Field(default=None, sa_type=sa.Text)
    quiet_until: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    quiet_reason: Optional[str] = Field(default=None, sa_type=sa.Text)
    preferences: Optional[list] = _json()
    # the question a possible wish asks the rep ("possible pause: confirm or dismiss"); drafts are held while set
    possible_wish: Optional[str] = Field(default=None, sa_type=sa.Text)
    bouncing: bool = Field(default=False)
    max_per_window: Optional[int] = None
    window_seconds: Optional[int] = None
    min_gap_seconds: Optional[int] = None
    send_window: Optional[str] = Field(default=None, max_length=100)
    last_inbound_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    last_outbound_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    drafted_through: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)


class CustomerAddress(SQLModel, table=True):
    """Another address of the same customer (every address, the primary one included)."""

    __table_args__ = (sa.UniqueConstraint("team_id", "email"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    customer_id: int = Field(foreign_key="customer.id", index=True)
    email: str = Field(max_length=320)


class Wish(SQLModel, table=True):
    """A customer wish read from their own words (or set by a rep), with the quote; undone_at when lifted."""

    __table_args__ = (sa.Index("ix_wish_customer_id_undone_at", "customer_id", "undone_at"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    kind: str = Field(max_length=20)  # quiet | paused | do_not_contact | preference
    value: Optional[str] = Field(default=None, max_length=200)
    until: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    quote: str = Field(default="", sa_type=sa.Text)
    message_id: Optional[int] = Field(default=None, foreign_key="message.id")
    set_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)
    undone_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    undone_by_id: Optional[int] = Field(default=None, foreign_key="user.id")


class PossibleWish(SQLModel, table=True):
    """A wish the customer may have stated (uncertain reading): held for the rep to confirm or dismiss."""

    __table_args__ = (sa.Index("ix_possiblewish_customer_id_resolved_at", "customer_id", "resolved_at"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    kind: str = Field(max_length=20)  # quiet | paused | do_not_contact | preference
    value: Optional[str] = Field(default=None, max_length=200)
    until: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    quote: str = Field(default="", sa_type=sa.Text)
    message_id: Optional[int] = Field(default=None, foreign_key="message.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)
    resolved_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    resolution: Optional[str] = Field(default=None, max_length=20)  # confirmed | dismissed
    resolved_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
    wish_id: Optional[int] = Field(default=None, foreign_key="wish.id")  # the wish a confirmation applied


class Thread(SQLModel, table=True):
    """A conversation, by Message-ID / In-Reply-To / References, or by subject for broken clients."""

    __table_args__ = (sa.Index("ix_thread_team_id_subject_key", "team_id", "subject_key"),
                      sa.Index("ix_thread_team_id_root_message_id", "team_id", "root_message_id"))
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    customer_id: Optional[int] = Field(default=None, foreign_key="customer.id", index=True)
    subject: str = Field(default="", sa_type=sa.Text)
    subject_key: str = Field(default="", max_length=255)
    root_message_id: Optional[str] = Field(default=None, max_length=998)
    last_message_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)


class Message(SQLModel, table=True):
    """One email seen in a synced folder: threading headers, direction and the text split into new/quoted."""

    __table_args__ = (
        sa.UniqueConstraint("mailbox_id", "folder", "message_id_header"),
        sa.Index("ix_message_mailbox_id_folder_uid", "mailbox_id", "folder", "uid"),
        sa.Index("ix_message_customer_id_sent_at", "customer_id", "sent_at"),
        sa.Index("ix_message_team_id_message_id_header", "team_id", "message_id_header"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    mailbox_id: int = Field(foreign_key="mailbox.id")
    folder: str = Field(max_length=500)
    uid: Optional[int] = Field(default=None, sa_type=sa.BigInteger)
    uidvalidity: Optional[int] = Field(default=None, sa_type=sa.BigInteger)
    message_id_header: str = Field(max_length=998)
    in_reply_to: Optional[str] = Field(default=None, max_length=998)
    references: Optional[str] = Field(default=None, sa_type=sa.Text)
    thread_id: Optional[int] = Field(default=None, foreign_key="thread.id", index=True)
    customer_id: Optional[int] = Field(default=None, foreign_key="customer.id")
    direction: str = Field(max_length=10)  # inbound | outbound
    subject: str = Field(default="", sa_type=sa.Text)
    from_addr: str = Field(default="", max_length=320)
    from_name: str = Field(default="", max_length=500)
    to_addrs: Optional[list] = _json()
    cc_addrs: Optional[list] = _json()
    sent_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    new_text: str = Field(default="", sa_type=sa.Text)
    quoted_text: str = Field(default="", sa_type=sa.Text)
    signature: str = Field(default="", sa_type=sa.Text)
    attachments: Optional[list] = _json()
    is_auto: bool = Field(default=False)
    is_bulk: bool = Field(default=False)
    is_bounce: bool = Field(default=False)
    size: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)


class QuarantinedMessage(SQLModel, table=True):
    """A message that could not be parsed: its reason and raw bytes, kept and shown to the rep."""

    __table_args__ = (sa.UniqueConstraint("mailbox_id", "folder", "uidvalidity", "uid"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    mailbox_id: int = Field(foreign_key="mailbox.id", index=True)
    folder: str = Field(max_length=500)
    uid: int = Field(sa_type=sa.BigInteger)
    uidvalidity: int = Field(sa_type=sa.BigInteger)
    reason: str = Field(sa_type=sa.Text)
    raw: bytes = Field(sa_type=sa.LargeBinary)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)


class CallNote(SQLModel, table=True):
    """A rep's note of a call with a customer; a source for drafts like a message."""

    __table_args__ = (sa.Index("ix_callnote_customer_id_at", "customer_id", "at"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    customer_id: int = Field(foreign_key="customer.id")
    author_id: Optional[int] = Field(default=None, foreign_key="user.id")
    text: str = Field(sa_type=sa.Text)
    at: datetime = Field(sa_type=sa.DateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)


class Draft(SQLModel, table=True):
    """A proposed follow-up with its sources, grounding report and approval state."""

    __table_args__ = (
        sa.Index("ix_draft_status_not_before", "status", "not_before"),
        sa.Index("ix_draft_status_id", "status", "id"),  # outbox.claim_next: next approved draft after a cursor
        sa.Index("ix_draft_customer_id_status", "customer_id", "status"),
        sa.Index("ix_draft_team_id_status", "team_id", "status"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id")
    customer_id: int = Field(foreign_key="customer.id")
    mailbox_id: Optional[int] = Field(default=None, foreign_key="mailbox.id")
    thread_id: Optional[int] = Field(default=None, foreign_key="thread.id")
    status: str = Field(default=DraftStatus.PENDING.value, max_length=20)
    subject: str = Field(sa_type=sa.Text)
    body: str = Field(sa_type=sa.Text)
    in_reply_to: Optional[str] = Field(default=None, max_length=998)
    references: Optional[str] = Field(default=None, sa_type=sa.Text)
    reason: Optional[str] = Field(default=None, sa_type=sa.Text)  # why a follow-up is needed
    sources: Optional[list] = _json()  # [{"kind", "id", "quote"}]
    grounding: Optional[dict] = _json()
    state: Optional[dict] = _json()  # the conversation state the draft restates (followup.drafting.conversation)
    grounded: bool = Field(default=False)
    backend: str = Field(default="extractive", max_length=20)
    sources_through: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)  # newest source the draft was prepared from
    # Arrival order (SPEC invariant 4): the newest message row of the customer when the sources were read.
    seen_message_id: Optional[int] = None
    hold_reason: Optional[str] = Field(default=None, sa_type=sa.Text)
    history_loading: bool = Field(default=False)  # prepared before the team's older mail was all read
    history_override: bool = Field(default=False)  # a rep chose to send without waiting for that history
    not_before: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)  # snoozed or held until
    approved_by_id: Optional[int] = Field(default=None, foreign_key="user.id")
    approved_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    approved_hash: Optional[str] = Field(default=None, max_length=64)
    error: Optional[str] = Field(default=None, sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)
    sent_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)


class SendRecord(SQLModel, table=True):
    """The outbox row of one send: its Message-ID is stored before SMTP, so a crash can be reconciled."""

    __table_args__ = (
        sa.Index("ix_sendrecord_customer_id_sent_at", "customer_id", "sent_at"),
        sa.Index("ix_sendrecord_state_claimed_at", "state", "claimed_at"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", unique=True)
    team_id: int = Field(foreign_key="team.id")
    customer_id: int = Field(foreign_key="customer.id")
    mailbox_id: Optional[int] = Field(default=None, foreign_key="mailbox.id")
    message_id_header: str = Field(max_length=998, unique=True)
    state: str = Field(default="claimed", max_length=20)
    attempts: int = Field(default=0)
    claimed_by: Optional[str] = Field(default=None, max_length=200)
    claimed_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    next_attempt_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    # when the SMTP transaction started: counted by the policy gate
    sent_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    appended_at: Optional[datetime] = Field(default=None, sa_type=sa.DateTime)
    last_error: Optional[str] = Field(default=None, sa_type=sa.Text)
    raw: Optional[bytes] = Field(default=None, sa_type=sa.LargeBinary)


class AuditEvent(SQLModel, table=True):
    """Who did what when: approvals, edits, holds, sends, failures, wishes applied."""

    __table_args__ = (sa.Index("ix_auditevent_team_id_created_at", "team_id", "created_at"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")
    actor_id: Optional[int] = Field(default=None, foreign_key="user.id")
    actor: str = Field(default="system", max_length=320)
    kind: str = Field(max_length=50)
    entity: str = Field(default="", max_length=50)
    entity_id: Optional[int] = None
    detail: Optional[dict] = _json()
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime, index=True)


class Lease(SQLModel, table=True):
    """A named lock with expiry: scheduler jobs and mailbox syncs run on one worker at a time."""

    name: str = Field(primary_key=True, max_length=200)
    holder: str = Field(max_length=200)
    expires_at: datetime = Field(sa_type=sa.DateTime)


class LoginAttempt(SQLModel, table=True):
    """A login try, for rate limiting by address and by client."""

    __table_args__ = (sa.Index("ix_loginattempt_email_at", "email", "at"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(max_length=320)
    remote_addr: str = Field(default="", max_length=64)
    ok: bool = Field(default=False)
    at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime)
