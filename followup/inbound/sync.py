"""Mailbox sync: fetch new mail over IMAP incrementally, store it, and apply what customers said.

Per folder: STATUS first (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ), so a folder with no change costs one round trip
and no FETCH. New UIDs are fetched in batches, parsed (in a process pool for large batches; the next batch is
fetched while the pool parses), and stored one transaction per batch. A message that cannot be parsed is
quarantined with its raw bytes: new + quarantined always accounts for every message the server holds.
"""
from __future__ import annotations

import hashlib
import imaplib
import importlib
import logging
import multiprocessing
import os
import signal
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from typing import TYPE_CHECKING

import sqlalchemy as sa
from imapclient.exceptions import IMAPClientError
from sqlmodel import Session, col, select

from followup import audit
from followup.clock import utcnow
from followup.db import insert_ids
from followup.exceptions import BadInput, FollowupError, MailboxError, ParseError
from followup.mail.oauth import login_for
from followup.mail.imap import connect, describe_error, fetch_bodies, find_folders, logout_quietly
from followup.mailboxes import own_addresses
from followup.models import Customer, CustomerAddress, Draft, Mailbox, MailboxFolder, Message, QuarantinedMessage
from followup.users import normalise_email

if TYPE_CHECKING:
    from followup.text.parsing import ParsedMessage

# The parser, the wish reader and threading are imported where first needed: a sync that finds nothing new
# (the common case, every few minutes) should not pay ~0.25 s to import them.

log = logging.getLogger(__name__)

# A batch smaller than this is parsed in-process: shipping it to workers costs more than it saves.
POOL_MIN_BATCH = 64
# A first sync stores this many of the INBOX's newest messages on their own first, so drafts can start at once.
FIRST_DRAFTS_BATCH = 100
MAX_CLOCK_SKEW = timedelta(days=1)  # a Date header this far after INTERNALDATE is not believed
STALE_QUOTE_CHARS = 80  # how much of the customer's new message a stale draft's reason quotes
FETCH_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE", b"RFC822.SIZE"]
Progress = Callable[[str, int, int], None]  # (folder, done, total)


@dataclass
class FolderResult:
    """What one folder's sync did."""

    name: str
    role: str
    new_messages: int = 0
    quarantined: int = 0
    found_again: int = 0  # already stored (same Message-ID in the folder): UID updated, not stored twice
    server_messages: int = 0
    unchanged: bool = False
    resynced: bool = False

    def as_dict(self) -> dict:
        """The folder as the sync JSON shows it."""
        return {"role": self.role, "new_messages": self.new_messages, "quarantined": self.quarantined,
                "found_again": self.found_again, "server_messages": self.server_messages,
                "unchanged": self.unchanged, "resynced": self.resynced}


@dataclass
class SyncResult:
    """What one mailbox's sync did; error is one line when it failed."""

    name: str
    new_messages: int = 0
    quarantined: int = 0
    folders: dict[str, FolderResult] = field(default_factory=dict)
    error: str | None = None
    read_recent: bool = False  # a folder's first-sync recent window was read (not shown in the JSON)

    def as_dict(self) -> dict:
        """The mailbox entry of the sync JSON."""
        return {"name": self.name, "new_messages": self.new_messages, "quarantined": self.quarantined,
                "folders": {name: f.as_dict() for name, f in self.folders.items()}, "error": self.error}


@dataclass(frozen=True)
class _Context:
    """What storing a batch needs to know of the mailbox and the settings."""

    mailbox_id: int
    team_id: int
    own: frozenset[str]
    default_timezone: str


@dataclass(frozen=True)
class _Fetched:
    uid: int
    raw: bytes
    internaldate: datetime | None


@dataclass(frozen=True)
class _Read:
    """A parsed message and when it was sent (its Date, else the server's INTERNALDATE)."""

    parsed: ParsedMessage
    sent_at: datetime


def _parse_one(raw: bytes, internaldate: datetime | None, max_bytes: int) -> _Read | str:
    """The parsed message, or the reason it cannot be parsed (a string); runs in pool workers too."""
    from followup.text.parsing import parse_message

    try:
        parsed = parse_message(raw, max_bytes=max_bytes)
    except ParseError as exc:
        return str(exc) or "unparseable message"
    sent_at = _naive_utc(parsed.date)
    if sent_at is None or (internaldate is not None and sent_at > internaldate + MAX_CLOCK_SKEW):
        # A Date after the server received the message is a broken clock (spam likes 2099): it would make
        # every real message look older than the customer's "last" one.
        sent_at = internaldate or sent_at or utcnow()
    return _Read(parsed, sent_at)


def _parse_many(items: list[tuple[bytes, datetime | None]], max_bytes: int) -> list[_Read | str]:
    """_parse_one over a list (one pool task per slice, so pickling overhead is per slice, not per message)."""
    return [_parse_one(raw, internaldate, max_bytes) for raw, internaldate in items]


class _Parsing:
    """A batch being parsed, in the pool or already done in-process."""

    def __init__(self, fetched: list[_Fetched], pool: Executor | None, workers: int, max_bytes: int):
        self.fetched = fetched
        self._max_bytes = max_bytes
        items = [(f.raw, f.internaldate) for f in fetched]
        if pool is not None and len(items) >= POOL_MIN_BATCH:
            size = -(-len(items) // (workers * 2))
            self._slices = [items[i:i + size] for i in range(0, len(items), size)]
            self._futures = [pool.submit(_parse_many, part, max_bytes) for part in self._slices]
            self._done = None
        else:
            self._slices, self._futures, self._done = [], [], _parse_many(items, max_bytes)

    def result(self) -> list[_Read | str]:
        """The parsed messages (or reasons) in fetch order."""
        if self._done is None:
            self._done = []
            for part, future in zip(self._slices, self._futures):
                try:
                    self._done += future.result()
                except Exception:  # a worker died (memory, a signal): parse that slice here rather than fail the sync
                    log.warning("parse worker failed; parsing %d messages in-process", len(part), exc_info=True)
                    self._done += _parse_many(part, self._max_bytes)
        return self._done


def _naive_utc(value: datetime | None) -> datetime | None:
    """An aware datetime as naive UTC; a naive one is taken as UTC already."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def _fetch(client, uids: list[int]) -> list[_Fetched]:
    """FETCH bodies and dates of these UIDs; a UID expunged meanwhile is simply absent."""
    fast = fetch_bodies(client, uids)
    if fast is not None:
        return [_Fetched(uid, raw, internaldate) for uid, raw, internaldate in fast]
    data = client.fetch(uids, FETCH_ITEMS)
    fetched = []
    for uid in sorted(data):
        item = data[uid]
        raw = item.get(b"BODY[]")
        if raw is None:
            continue
        fetched.append(_Fetched(uid, bytes(raw), _naive_utc(item.get(b"INTERNALDATE"))))
    return fetched


def _other_party(parsed: ParsedMessage, own: frozenset[str], outbound: bool) -> tuple[str, str] | None:
    """(email, name) of the customer side of a message, or None when there is none."""
    if not outbound:
        return (parsed.from_addr.lower(), parsed.from_name) if parsed.from_addr else None
    for name, addr in (*parsed.to, *parsed.cc):
        if addr and addr.lower() not in own:
            return addr.lower(), name
    return None


def _customers(session: Session, team_id: int, wanted: dict[str, str]) -> dict[str, Customer | None]:
    """The customers with these addresses ({email: display name}), new ones created in bulk; None for a bad address."""
    from followup.inbound.threads import IN_CHUNK

    found: dict[str, Customer | None] = {}
    valid: dict[str, str] = {}
    for email, name in wanted.items():
        try:
            valid[normalise_email(email, "customer email")] = name
        except BadInput:  # an address no one can write to is not a customer
            found[email] = None
    emails = sorted(valid)
    for start in range(0, len(emails), IN_CHUNK):
        for customer, email in session.exec(
                select(Customer, CustomerAddress.email).join(CustomerAddress, CustomerAddress.customer_id == Customer.id)
                .where(CustomerAddress.team_id == team_id, col(CustomerAddress.email).in_(emails[start:start + IN_CHUNK]))
                .order_by(Customer.id)):
            found.setdefault(email, customer)
            if not customer.name and (valid.get(email) or "").strip():
                customer.name = valid[email].strip()[:200]  # a name learnt later, as get_or_create_customer does
                session.add(customer)
    missing = [e for e in emails if e not in found]
    if missing:
        # Core inserts: building thousands of validated ORM objects costs more than the whole FETCH.
        now = utcnow()
        table = Customer.__table__
        ids = insert_ids(session, table, [
            {"team_id": team_id, "email": e, "name": (valid[e] or "").strip()[:200], "status": "active",
             "bouncing": False, "created_at": now} for e in missing])
        session.execute(sa.insert(CustomerAddress.__table__),
                        [{"team_id": team_id, "customer_id": cid, "email": e} for cid, e in zip(ids, missing)])
        for start in range(0, len(ids), IN_CHUNK):
            for customer in session.exec(select(Customer).where(col(Customer.id).in_(ids[start:start + IN_CHUNK]))):
                found[customer.email] = customer
    return {email: found.get(email) if email in found else found.get(email.strip().lower()) for email in wanted}


def _stale_reason(sent_at: datetime, text: str) -> str:
    """Why a draft went stale: when the customer wrote, and the start of what they wrote."""
    words = " ".join((text or "").split())
    if len(words) > STALE_QUOTE_CHARS:
        words = words[:STALE_QUOTE_CHARS].rstrip() + "…"
    return f'customer wrote on {sent_at:%Y-%m-%d}: "{words}"'


@dataclass
class _New:
    """A new message on its way into the database: its row, what it parsed to, and its customer."""

    row: dict
    read: _Read
    party: tuple[str, str] | None
    customer: Customer | None = None

    @property
    def parsed(self) -> ParsedMessage:
        """The parsed message."""
        return self.read.parsed


def _store_batch(session: Session, ctx: _Context, folder: str, uidvalidity: int, fetched: list[_Fetched],
                 parsed: list[_Read | str], result: FolderResult, read_back: str | None = None) -> None:
    """Store one fetched and parsed batch (messages, quarantine, customers, threads, wishes) in the session.

    read_back: None for new mail; "recent" or "history" for a first sync's mail read newest first.
    """
    from followup.inbound.threads import IN_CHUNK, Link, assign_threads

    good: list[tuple[_Fetched, _Read]] = []
    for item, p in zip(fetched, parsed):
        if isinstance(p, str):
            _quarantine(session, ctx, folder, uidvalidity, item, p, result)
        else:
            good.append((item, p))
    ids = sorted({_message_key(r.parsed) for _, r in good})
    existing: dict[str, int] = {}
    for start in range(0, len(ids), IN_CHUNK):
        existing.update(session.exec(select(Message.message_id_header, Message.id).where(
            Message.mailbox_id == ctx.mailbox_id, Message.folder == folder,
            col(Message.message_id_header).in_(ids[start:start + IN_CHUNK]))).all())
    fresh: list[tuple[_Fetched, _Read]] = []
    moved: list[dict] = []
    taken: set[str] = set()
    for item, read in good:
        key = _message_key(read.parsed)
        if key in existing:
            # The same message again (a UIDVALIDITY change, or a copy): one row, pointing at its newest UID.
            moved.append({"mid": existing[key], "uid": item.uid, "uidvalidity": uidvalidity})
        elif key not in taken:
            taken.add(key)
            fresh.append((item, read))
            continue
        result.found_again += 1
    if moved:
        table = Message.__table__
        session.execute(sa.update(table).where(table.c.id == sa.bindparam("mid"))
                        .values(uid=sa.bindparam("uid"), uidvalidity=sa.bindparam("uidvalidity")), moved)
    news = [_new(ctx, folder, uidvalidity, item, read) for item, read in fresh]
    wanted = {n.party[0]: _text(n.party[1]) for n in news if n.party}
    for n in news:
        if n.parsed.is_bounce and n.row["direction"] == "inbound":
            for email in n.parsed.bounced_recipients:
                if email.lower() not in ctx.own:
                    wanted.setdefault(email.lower(), "")
    customers = _customers(session, ctx.team_id, wanted) if wanted else {}
    for n in news:
        n.customer = customers.get(n.party[0]) if n.party else None
        n.row["customer_id"] = n.customer.id if n.customer else None
    if not news:
        return
    links = [Link(n.row["message_id_header"], n.row["in_reply_to"], tuple(_text(r)[:998] for r in n.parsed.references),
                  n.row["subject"], n.row["customer_id"], n.row["sent_at"]) for n in news]
    for n, thread_id in zip(news, assign_threads(session, ctx.team_id, links)):
        n.row["thread_id"] = thread_id
    table = Message.__table__
    for n, message_id in zip(news, insert_ids(session, table, [n.row for n in news])):
        n.row["id"] = message_id
    for n in news:
        if n.parsed.is_bounce and n.row["direction"] == "inbound":
            _mark_bouncing(session, ctx, customers, n)
    if read_back is None:
        _apply_effects(session, ctx, news)
    else:
        _apply_read_back_effects(session, ctx, news, history=read_back == "history")
    result.new_messages += len(news)


def _text(value: str | None) -> str:
    """Text any database stores: no NUL (PostgreSQL refuses it), no lone surrogate (not encodable)."""
    if not value:
        return ""
    if "\x00" in value:
        value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


def _message_key(parsed: ParsedMessage) -> str:
    """The Message-ID as stored: the message's identity within a folder."""
    return _text(parsed.message_id)[:998]


def _new(ctx: _Context, folder: str, uidvalidity: int, item: _Fetched, read: _Read) -> _New:
    """The row of a new message (customer and thread still to fill in) and the customer side it names."""
    p = read.parsed
    from_addr = (p.from_addr or "").lower()
    outbound = from_addr in ctx.own
    # Bulk senders, bounces and the rep's own addresses are kept, but are never anyone's customer.
    party = None if p.is_bulk or p.is_bounce else _other_party(p, ctx.own, outbound)
    row = {
        "team_id": ctx.team_id, "mailbox_id": ctx.mailbox_id, "folder": folder, "uid": item.uid,
        "uidvalidity": uidvalidity, "message_id_header": _message_key(p),
        "in_reply_to": _text(p.in_reply_to)[:998] or None,
        "references": _text(" ".join(p.references)) or None, "thread_id": None, "customer_id": None,
        "direction": "outbound" if outbound else "inbound", "subject": _text(p.subject),
        "from_addr": _text(from_addr)[:320], "from_name": _text(p.from_name)[:500],
        "to_addrs": [_text(a).lower() for _, a in p.to if a] or None,
        "cc_addrs": [_text(a).lower() for _, a in p.cc if a] or None,
        "sent_at": read.sent_at, "new_text": _text(p.new_text), "quoted_text": _text(p.quoted_text),
        "signature": _text(p.signature),
        "attachments": [{"filename": _text(a.filename), "content_type": _text(a.content_type), "size": a.size}
                        for a in p.attachments] or None,
        "is_auto": bool(p.auto_submitted) and not outbound, "is_bulk": bool(p.is_bulk), "is_bounce": bool(p.is_bounce),
        "size": p.size, "created_at": utcnow(),
    }
    return _New(row, read, party)


def _quarantine(session: Session, ctx: _Context, folder: str, uidvalidity: int, item: _Fetched, reason: str,
                result: FolderResult) -> None:
    """Keep a message that cannot be parsed, with its reason and raw bytes (once, also across a UIDVALIDITY change)."""
    digest = hashlib.sha256(item.raw).digest()
    # Quarantine is rare and small, so comparing bytes with the folder's older-UIDVALIDITY rows costs little.
    for old in session.exec(select(QuarantinedMessage).where(QuarantinedMessage.mailbox_id == ctx.mailbox_id,
                                                             QuarantinedMessage.folder == folder,
                                                             QuarantinedMessage.uidvalidity != uidvalidity)):
        if hashlib.sha256(old.raw).digest() == digest:
            old.uid, old.uidvalidity = item.uid, uidvalidity
            session.add(old)
            result.found_again += 1
            return
    session.add(QuarantinedMessage(mailbox_id=ctx.mailbox_id, folder=folder, uid=item.uid, uidvalidity=uidvalidity,
                                   reason=reason[:2000], raw=item.raw))
    result.quarantined += 1


def _mark_bouncing(session: Session, ctx: _Context, customers: dict[str, Customer | None], new: _New) -> None:
    """A bounce marks each customer it names as bouncing (audited); the bounce's sender is no customer."""
    for email in new.parsed.bounced_recipients:
        customer = customers.get(email.lower())
        if customer is not None and not customer.bouncing:
            customer.bouncing = True
            session.add(customer)
            audit.record(session, "customer.bouncing", team_id=ctx.team_id, entity="customer",
                         entity_id=customer.id, email=customer.email, message_id=new.row["message_id_header"],
                         subject=new.row["subject"])


def _stored_before(session: Session, news: list[_New]) -> set[tuple[int, str]]:
    """(customer id, Message-ID) of these messages already stored before this batch (a copy in another folder)."""
    from followup.inbound.threads import IN_CHUNK

    new_ids = {n.row["id"] for n in news}
    wanted = {(n.customer.id, n.row["message_id_header"]) for n in news}
    mids = sorted({mid for _, mid in wanted})
    found: set[tuple[int, str]] = set()
    for start in range(0, len(mids), IN_CHUNK):
        for customer_id, mid, row_id in session.exec(select(Message.customer_id, Message.message_id_header, Message.id)
                                                     .where(col(Message.message_id_header).in_(mids[start:start + IN_CHUNK]),
                                                            Message.team_id == news[0].row["team_id"])):
            if row_id not in new_ids and (customer_id, mid) in wanted:
                found.add((customer_id, mid))
    return found


def _paused_since(session: Session, customer: Customer) -> datetime | None:
    """When the customer's newest active pause was said (its message's date, else when it was set)."""
    from followup.models import Wish

    since = None
    for wish, said in session.exec(select(Wish, Message.sent_at).outerjoin(Message, Message.id == Wish.message_id)
                                   .where(Wish.customer_id == customer.id, Wish.kind == "paused",
                                          col(Wish.undone_at).is_(None))):
        at = said or wish.created_at.replace(microsecond=0)  # Date headers have whole seconds
        since = at if since is None or at > since else since
    return since


def _apply_effects(session: Session, ctx: _Context, news: list[_New]) -> None:
    """What new messages mean for their customers, oldest first: last contact, pause lifted, wishes, stale drafts.

    Arrival order, not the Date header, decides what is news (SPEC invariant 4; a Date is the sender's claim):
    every message never stored before is read for wishes and makes the customer's live drafts stale, however
    old its Date; only un-pausing looks at dates, so a pause is never lifted by a message dated before it.
    A copy of a stored message (the same Message-ID in another folder) is no news.
    """
    from followup.customers import apply_detected, apply_wish, resume
    from followup.drafts import LIVE_STATUSES, mark_all_stale
    from followup.inbound.threads import IN_CHUNK
    from followup.text.wishes import detect_auto_reply, detect_wishes

    with_customer = [n for n in news if n.customer is not None]
    if not with_customer:
        return
    ids = sorted({n.customer.id for n in with_customer})
    live: set[int] = set()
    for start in range(0, len(ids), IN_CHUNK):
        # PostgreSQL: the customer rows locked in id order, so a draft being stored for one of them (prepare.store
        # holds the same lock) is either committed and seen below, or stored after this batch and re-checked there.
        session.exec(select(Customer.id).where(col(Customer.id).in_(ids[start:start + IN_CHUNK]))
                     .order_by(Customer.id).with_for_update()).all()
        live |= set(session.exec(select(Draft.customer_id).where(col(Draft.customer_id).in_(ids[start:start + IN_CHUNK]),
                                                                 col(Draft.status).in_(LIVE_STATUSES))).all())
    copies = _stored_before(session, [n for n in with_customer if n.row["direction"] == "inbound"])
    now = utcnow()
    auto_ids = []
    for n in sorted(with_customer, key=lambda n: (n.row["sent_at"], n.row["id"])):
        customer, row, p = n.customer, n.row, n.parsed
        sent_at = row["sent_at"]
        if row["direction"] == "outbound":
            if customer.last_outbound_at is None or sent_at > customer.last_outbound_at:
                customer.last_outbound_at = sent_at
                session.add(customer)
            continue
        key = (customer.id, row["message_id_header"])
        if key in copies:
            continue  # the same message again (another folder, or twice in this batch): read once
        copies.add(key)
        tz = customer.timezone or ctx.default_timezone
        auto = detect_auto_reply(auto_submitted=p.auto_submitted, subject=p.subject, text=p.new_text or p.text,
                                 sent_at=sent_at, tz=tz)
        if auto.is_auto:
            # Not a reply: it neither answers nor resets anything; a stated return date is a quiet period.
            auto_ids.append(row["id"])
            if auto.return_at and auto.return_at > now:
                apply_wish(session, customer, "quiet", quote=auto.quote or p.subject, until=auto.return_at,
                           message_id=row["id"])
            continue
        if customer.last_inbound_at is None or sent_at > customer.last_inbound_at:
            customer.last_inbound_at = sent_at
            session.add(customer)
        if customer.status == "paused":
            since = _paused_since(session, customer)
            if since is None or sent_at >= since:  # not older than the pause: the customer writes again
                resume(session, customer, kinds=("paused",))
        for wish in detect_wishes(p.new_text, sent_at, tz):
            if wish.kind == "quiet" and (wish.until is None or wish.until <= now):
                continue  # a quiet period that is already over changes nothing
            apply_detected(session, customer, wish, message_id=row["id"])  # uncertain: a possible wish
        if customer.id in live:
            # Stored in this transaction, so no live draft can have been prepared from it.
            mark_all_stale(session, customer.id, reason=_stale_reason(sent_at, p.new_text))
    if auto_ids:
        table = Message.__table__
        session.execute(sa.update(table).where(table.c.id.in_(auto_ids)).values(is_auto=True))


def _apply_read_back_effects(session: Session, ctx: _Context, news: list[_New], *, history: bool) -> None:
    """What a first sync's mail, read newest first, means for its customers.

    Unlike new mail, a message older than what is known of its customer still counts: an opt-out holds at once
    whenever it was said; a pause holds only when no later customer message lifted it; a quiet period or an
    automatic reply's return date only while it lasts. The older history (history=True) is read for opt-outs and
    pauses alone, and a message from it never makes a draft stale (it is older than any draft's sources).
    """
    from followup.customers import apply_detected, apply_wish, resume
    from followup.drafts import LIVE_STATUSES, mark_stale
    from followup.inbound.threads import IN_CHUNK
    from followup.text.wishes import DNC, PAUSED, detect_auto_reply, detect_stops, detect_wishes

    with_customer = [n for n in news if n.customer is not None]
    if not with_customer:
        return
    ids = sorted({n.customer.id for n in with_customer})
    live: set[int] = set()
    for start in range(0, len(ids), IN_CHUNK):
        live |= set(session.exec(select(Draft.customer_id).where(col(Draft.customer_id).in_(ids[start:start + IN_CHUNK]),
                                                                 col(Draft.status).in_(LIVE_STATUSES))).all())
    now = utcnow()
    auto_ids = []
    for n in sorted(with_customer, key=lambda n: n.row["sent_at"], reverse=True):
        customer, row, p = n.customer, n.row, n.parsed
        sent_at = row["sent_at"]
        if row["direction"] == "outbound":
            if customer.last_outbound_at is None or sent_at > customer.last_outbound_at:
                customer.last_outbound_at = sent_at
                session.add(customer)
            continue
        tz = customer.timezone or ctx.default_timezone
        if history:
            auto = None
            if p.auto_submitted:  # the header alone: an old automatic reply's return date is long past
                auto_ids.append(row["id"])
                continue
        else:
            auto = detect_auto_reply(auto_submitted=p.auto_submitted, subject=p.subject, text=p.new_text or p.text,
                                     sent_at=sent_at, tz=tz)
        if auto is not None and auto.is_auto:
            auto_ids.append(row["id"])
            if auto.return_at and auto.return_at > now:
                apply_wish(session, customer, "quiet", quote=auto.quote or p.subject, until=auto.return_at,
                           message_id=row["id"])
            continue
        newest = customer.last_inbound_at is None or sent_at >= customer.last_inbound_at
        if customer.last_inbound_at is None or sent_at > customer.last_inbound_at:
            customer.last_inbound_at = sent_at
            session.add(customer)
            if customer.status == "paused":
                resume(session, customer, kinds=("paused",))
            if not history and customer.id in live:
                mark_stale(session, customer.id, newer_than=sent_at, reason=_stale_reason(sent_at, p.new_text))
        found = detect_stops(p.new_text, sent_at, tz) if history else detect_wishes(p.new_text, sent_at, tz)
        for wish in found:
            if wish.kind == "quiet" and (wish.until is None or wish.until <= now):
                continue  # a quiet period that is already over changes nothing
            if wish.kind == PAUSED and not newest:
                continue  # the customer wrote again since: that lifted the pause
            apply_detected(session, customer, wish, message_id=row["id"])  # uncertain: a possible wish
            if wish.certain and wish.kind in (DNC, PAUSED) and customer.id in live:
                _hold_live(session, customer.id, f'{wish.kind.replace("_", " ")}: "{wish.quote}" '
                                                 f"({sent_at:%Y-%m-%d}, found in older mail)")
    if auto_ids:
        table = Message.__table__
        session.execute(sa.update(table).where(table.c.id.in_(auto_ids)).values(is_auto=True))


def _hold_live(session: Session, customer_id: int, reason: str) -> None:
    """Say at once on the customer's live drafts why they are held (the send gate holds them on the status)."""
    from followup.drafts import LIVE_STATUSES

    for draft in session.exec(select(Draft).where(Draft.customer_id == customer_id,
                                                  col(Draft.status).in_(LIVE_STATUSES))):
        draft.hold_reason, draft.updated_at = reason, utcnow()
        session.add(draft)
        audit.record(session, "draft.held", team_id=draft.team_id, entity="draft", entity_id=draft.id, reason=reason)


def _writing(session_factory: Callable[[], Session]) -> Session:
    """A session whose transaction takes the SQLite write lock at BEGIN.

    Why: a deferred read-then-write transaction whose snapshot another writer (a send, a web POST) has moved
    past fails at its first write with "database is locked" at once, without waiting for busy_timeout.
    """
    session = session_factory()
    try:
        session.connection(execution_options={"sqlite_immediate": True})
    except Exception:
        session.close()
        raise
    return session


def _folder_state(session: Session, mailbox_id: int, name: str, role: str) -> MailboxFolder:
    """The folder's stored sync state, created when new."""
    state = session.exec(select(MailboxFolder).where(MailboxFolder.mailbox_id == mailbox_id,
                                                     MailboxFolder.name == name)).first()
    if state is None:
        state = MailboxFolder(mailbox_id=mailbox_id, name=name, role=role)
        session.add(state)
        session.flush()
    return state


def _sync_folder(session_factory, client, ctx: _Context, name: str, role: str, state: MailboxFolder, status: dict,
                 settings, pool: Executor | None, progress: Progress | None) -> FolderResult:
    """Fetch and store the folder's new messages; the whole folder again when its UIDVALIDITY changed."""
    result = FolderResult(name=name, role=role, server_messages=int(status.get(b"MESSAGES", 0)))
    selected = client.select_folder(name, readonly=True)
    uidvalidity = int(selected[b"UIDVALIDITY"])
    uidnext = int(selected.get(b"UIDNEXT", 0))
    modseq = selected.get(b"HIGHESTMODSEQ")
    result.server_messages = int(selected.get(b"EXISTS", result.server_messages))
    resync = state.uidvalidity is not None and state.uidvalidity != uidvalidity
    result.resynced = resync
    if state.uidvalidity is None and settings.sync.recent_days > 0:
        _start_read_back(session_factory, client, state, uidvalidity, uidnext, modseq, result, settings)
        return result
    last = 0 if resync or state.uidvalidity is None else state.last_uid
    uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last) if result.server_messages else []
    batch_size = max(1, settings.sync.batch_size)
    batches = [uids[i:i + batch_size] for i in range(0, len(uids), batch_size)]
    done = 0
    pending: _Parsing | None = None

    def store(job: _Parsing) -> None:
        """Store a parsed batch in its own transaction, with the folder's new last UID."""
        nonlocal done
        parsed = job.result()
        with session_factory() as session:
            # SQLite: take the write lock at BEGIN, so a concurrent writer waits instead of failing mid-batch.
            session.connection(execution_options={"sqlite_immediate": True})
            _store_batch(session, ctx, name, uidvalidity, job.fetched, parsed, result)
            row = session.get(MailboxFolder, state.id)
            row.uidvalidity, row.last_uid = uidvalidity, max([row.last_uid, *(f.uid for f in job.fetched)])
            session.add(row)
            session.commit()
        done += len(job.fetched)
        if progress:
            progress(name, done, len(uids))

    if resync:
        # From here on the stored state belongs to the new UIDVALIDITY; rows found again get their new UIDs.
        with _writing(session_factory) as session:
            row = session.get(MailboxFolder, state.id)
            row.uidvalidity, row.last_uid, row.highestmodseq = uidvalidity, 0, None
            row.recent_uid = row.history_uid = None  # the whole folder is read again below
            session.add(row)
            session.commit()
    for batch in batches:
        try:
            fetched = _fetch(client, batch)
        except Exception:
            if pending is not None:
                # Fetched whole before the line died: keep it, or a line that always dies within two batches
                # would never let the sync move on.
                store(pending)
            raise
        job = _Parsing(fetched, pool, settings.sync.parse_workers, settings.sync.max_message_bytes)
        if pending is not None:
            store(pending)
        pending = job
    if pending is not None:
        store(pending)
    with _writing(session_factory) as session:
        row = session.get(MailboxFolder, state.id)
        # Every UID below UIDNEXT at SELECT time was seen by the SEARCH that followed: none can appear later.
        row.uidvalidity = uidvalidity
        row.last_uid = max(row.last_uid, uidnext - 1, 0)
        row.highestmodseq = int(modseq) if modseq is not None else None
        row.message_count = result.server_messages
        row.synced_at = utcnow()
        session.add(row)
        session.commit()
    return result


def _start_read_back(session_factory, client, state: MailboxFolder, uidvalidity: int, uidnext: int, modseq,
                     result: FolderResult, settings) -> None:
    """A folder's first sync: record what is there now, to be read newest first (recent window, then history).

    New mail (UIDs from UIDNEXT on) flows through the ordinary incremental sync meanwhile; the read-back covers
    exactly the UIDs below UIDNEXT at this SELECT, split by INTERNALDATE at the start of the recent window.
    """
    if not uidnext:  # a server that does not say UIDNEXT: one above the highest UID there is
        uidnext = max(client.search(["ALL"]) or [0]) + 1 if result.server_messages else 1
    since = utcnow() - timedelta(days=settings.sync.recent_days)
    with _writing(session_factory) as session:
        row = session.get(MailboxFolder, state.id)
        row.uidvalidity, row.last_uid = uidvalidity, max(uidnext - 1, 0)
        row.highestmodseq = int(modseq) if modseq is not None else None
        row.message_count = result.server_messages
        row.history_since = since.replace(hour=0, minute=0, second=0, microsecond=0)
        row.recent_uid = row.history_uid = uidnext
        row.history_total, row.history_done = result.server_messages, 0
        row.synced_at = utcnow()
        session.add(row)
        session.commit()


class _FolderMoved(Exception):
    """The folder's UIDVALIDITY changed under a read-back: the incremental sync reads it all again."""


def _read_back(session_factory, client, ctx: _Context, state_id: int, phase: str, settings, pool: Executor | None,
               progress: Progress | None, result: FolderResult, first_read: Callable[[], None] | None = None) -> bool:
    """Read one part of a first sync newest first: the recent window ("recent") or the older history ("history").

    Each batch is stored with the part's cursor (the lowest UID read) and the count read, in one short
    transaction, so a killed process resumes below the cursor: nothing read twice, nothing missed.
    True when the part is complete.
    """
    with session_factory() as session:
        row = session.get(MailboxFolder, state_id)
        name, since = row.name, row.history_since
        cursor = row.recent_uid if phase == "recent" else row.history_uid
        known_validity, total, done = row.uidvalidity, row.history_total, row.history_done
    if cursor is None or since is None:
        return True
    selected = client.select_folder(name, readonly=True)
    uidvalidity = int(selected[b"UIDVALIDITY"])
    if uidvalidity != known_validity:
        return False  # the next incremental sync sees the change and reads the whole folder again
    uids: list[int] = []
    if cursor > 1:
        found = client.search(["UID", f"1:{cursor - 1}", "SINCE" if phase == "recent" else "BEFORE", since.date()])
        uids = sorted((u for u in found if u < cursor), reverse=True)
    size = max(1, settings.sync.batch_size if phase == "recent" else settings.sync.history_batch_size)
    # With first_read, the newest few are stored on their own first, so their drafts need not wait for the rest.
    head = min(size, FIRST_DRAFTS_BATCH) if first_read is not None else 0
    batches = ([uids[:head]] if head else []) + [uids[i:i + size] for i in range(head, len(uids), size)]
    cursor_field = "recent_uid" if phase == "recent" else "history_uid"
    pending: tuple[list[int], _Parsing] | None = None

    def store(batch: list[int], job: _Parsing) -> None:
        """Store a parsed batch with the part's new cursor in one transaction."""
        nonlocal done
        parsed = job.result()
        with _writing(session_factory) as session:
            row = session.get(MailboxFolder, state_id)
            if row.uidvalidity != uidvalidity:
                raise _FolderMoved()
            _store_batch(session, ctx, name, uidvalidity, job.fetched, parsed, result, read_back=phase)
            setattr(row, cursor_field, min(batch))
            row.history_done += len(batch)
            done = row.history_done
            session.add(row)
            session.commit()
        if progress:
            progress(f"{name} ({'recent' if phase == 'recent' else 'history'})", done, max(total, done))

    try:
        for batch in batches:
            try:
                fetched = _fetch(client, batch)
            except Exception:
                if pending is not None:
                    store(*pending)  # fetched whole before the line died: keep it
                raise
            job = _Parsing(fetched, pool, settings.sync.parse_workers, settings.sync.max_message_bytes)
            if pending is not None:
                store(*pending)
            pending = (batch, job)
            if first_read is not None:
                store(*pending)
                pending = None
                first_read()
                first_read = None
        if pending is not None:
            store(*pending)
    except _FolderMoved:
        return False
    with _writing(session_factory) as session:
        row = session.get(MailboxFolder, state_id)
        if row.uidvalidity != uidvalidity:
            return False
        setattr(row, cursor_field, None)
        if phase == "recent" and row.history_done >= row.history_total:
            row.history_uid = None  # the recent window held every message there was: no older history to wait for
        if phase == "history" or row.history_uid is None:
            row.history_done = max(row.history_done, row.history_total)
        session.add(row)
        session.commit()
    return True


def read_back_pending(session: Session, mailbox_id: int, phase: str) -> list[tuple[int, str, str]]:
    """(folder id, name, role) of the mailbox's folders with that part of their first sync still to read."""
    column = MailboxFolder.recent_uid if phase == "recent" else MailboxFolder.history_uid
    return list(session.exec(select(MailboxFolder.id, MailboxFolder.name, MailboxFolder.role).where(
        MailboxFolder.mailbox_id == mailbox_id, col(column).is_not(None)).order_by(MailboxFolder.id)))


def _unchanged(state: MailboxFolder, status: dict) -> bool:
    """Whether STATUS shows no new message since the last sync (same UIDVALIDITY; same MODSEQ or no new UID)."""
    if state.uidvalidity is None or int(status[b"UIDVALIDITY"]) != state.uidvalidity:
        return False
    modseq = status.get(b"HIGHESTMODSEQ")
    if modseq is not None and state.highestmodseq is not None and int(modseq) == state.highestmodseq:
        return True
    return int(status.get(b"UIDNEXT", 0)) - 1 <= state.last_uid


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent: int) -> None:
    """Pool worker start-up: ask Linux to SIGKILL this worker when its parent dies.

    Why: a forked worker holds the parent's database and IMAP sockets; orphaned by a SIGKILLed sync it would
    keep the dead sync's transaction open (PostgreSQL row locks held, drafts skipped by every sender) forever.
    """
    try:
        import ctypes

        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: nothing to ask for
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


class _LazyPool(Executor):
    """A process pool started at the first task, so a sync with nothing to parse never forks or imports the parser."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn, /, *args, **kwargs):
        """Start the pool when needed, then hand it the task."""
        if self._pool is None:
            # Imported before the fork, so every worker starts with the parser loaded.
            importlib.import_module("followup.text.parsing")
            # fork: workers start in milliseconds; they never touch the database or the IMAP connection.
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_die_with_parent, initargs=(os.getpid(),))
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the workers, if any were started."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
            self._pool = None


def _pool(settings) -> Executor | None:
    """A (lazily started) process pool for parsing, or None when one worker is asked for."""
    workers = settings.sync.parse_workers
    return _LazyPool(workers) if workers >= 2 else None


def _known_folders(session_factory, mailbox_id: int, extra) -> dict[str, str] | None:
    """The folders of the last sync ({role: name}) when they cover INBOX, Sent and every extra folder, else None.

    Why: a LIST makes Dovecot drop its cached folder status, so the STATUS after it opens the whole folder
    (~0.5-1 s at 20,000 messages); without LIST a no-change sync stays at a few milliseconds.
    """
    with session_factory() as session:
        rows = session.exec(select(MailboxFolder.role, MailboxFolder.name).where(
            MailboxFolder.mailbox_id == mailbox_id, col(MailboxFolder.uidvalidity).is_not(None))).all()
    known = {name if role == "other" else role: name for role, name in rows}
    if "inbox" not in known or "sent" not in known or any(name not in known.values() for name in extra):
        return None
    return {key: name for key, name in known.items() if key in ("inbox", "sent") or name in extra}


def _find_folders_apart(mailbox: Mailbox, password: str, settings, extra) -> dict[str, str]:
    """find_folders in a session of its own.

    Why: in a session that has sent LIST, Dovecot re-reads a maildir folder from disk when it is next opened
    (~0.5 s at 20,000 messages, for STATUS and again for SELECT); another login costs a few milliseconds.
    """
    lister = connect(mailbox, password, timeout=settings.sync.timeout.total_seconds())
    try:
        return find_folders(lister, extra)
    finally:
        logout_quietly(lister)


def _statuses(client, folders: dict[str, str], items: list[bytes]) -> dict[str, dict] | None:
    """STATUS of each folder, INBOX first; None when one of them no longer exists on the server.

    Why INBOX first: Dovecot re-reads a large INBOX from disk when it is opened after another folder in the same
    session (~0.5 s at 20,000 messages), but not the other way round.
    """
    statuses = {}
    for name in sorted(folders.values(), key=lambda n: n.upper() != "INBOX"):
        try:
            statuses[name] = client.folder_status(name, items)
        except IMAPClientError:  # NO: the folder was renamed or deleted since the last sync
            return None
    return statuses


def _read_back_all(session_factory, client, ctx: _Context, phase: str, settings, pool: Executor | None,
                   progress: Progress | None, result: SyncResult, first_read: Callable[[], None] | None = None) -> None:
    """Read that part of every folder's first sync still to read, Sent first, counting into the result."""
    with session_factory() as session:
        pending = read_back_pending(session, ctx.mailbox_id, phase)
    for folder_id, name, role in sorted(pending, key=lambda f: {"sent": 0, "inbox": 1}.get(f[2], 2)):
        folder = result.folders.get(name)
        if folder is None or folder.unchanged:
            folder = result.folders[name] = FolderResult(name=name, role=role,
                                                         server_messages=folder.server_messages if folder else 0)
        before_new, before_quarantined = folder.new_messages, folder.quarantined
        result.read_recent = result.read_recent or phase == "recent"
        # The INBOX's newest mail is what drafts answer: only its first batch is worth preparing drafts early.
        _read_back(session_factory, client, ctx, folder_id, phase, settings, pool, progress, folder,
                   first_read if role == "inbox" else None)
        result.new_messages += folder.new_messages - before_new
        result.quarantined += folder.quarantined - before_quarantined


def sync_mailbox(session_factory: Callable[[], Session], mailbox_id: int, vault, settings, *,
                 progress: Progress | None = None, pool: Executor | None = None, history: bool = True,
                 first_read: Callable[[], None] | None = None) -> SyncResult:
    """Sync one mailbox's INBOX, Sent and extra folders; a failure is recorded on the mailbox and in the result.

    A folder's first sync reads its recent window at once; history=False leaves the older history for
    read_history (a background job under serve/worker). first_read() runs once the INBOX's newest few
    messages of a first sync are stored (the CLI prepares their drafts there).
    """
    def work(client, mailbox: Mailbox, password: str, ctx: _Context, pool: Executor | None, result: SyncResult):
        extra = (*(mailbox.extra_folders or ()), *settings.sync.extra_folders)
        items = [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"]
        if client.has_capability("CONDSTORE"):
            items.append(b"HIGHESTMODSEQ")
        folders = _known_folders(session_factory, mailbox.id, extra)
        statuses = _statuses(client, folders, items) if folders else None
        if statuses is None:  # first sync, a new extra folder, or a stored folder renamed or gone
            folders = _find_folders_apart(mailbox, password, settings, extra)
        # Sent first: customers we wrote to exist before their replies and bounces are read.
        order = sorted(folders.items(), key=lambda kv: {"sent": 0, "inbox": 1}.get(kv[0], 2))
        with _writing(session_factory) as session:
            states = {name: _folder_state(session, mailbox.id, name, role if role in ("inbox", "sent") else "other")
                      for role, name in order}
            session.commit()
        if statuses is None:
            # A folder never synced is SELECTed whatever STATUS says; each open of a large one costs the server.
            statuses = {name: client.folder_status(name, items) for name in folders.values()
                        if states[name].uidvalidity is not None}
        for role, name in order:
            status = statuses.get(name, {})
            folder_role = role if role in ("inbox", "sent") else "other"
            if status and _unchanged(states[name], status):
                result.folders[name] = FolderResult(name=name, role=folder_role, unchanged=True,
                                                    server_messages=int(status.get(b"MESSAGES", 0)))
                continue
            folder = _sync_folder(session_factory, client, ctx, name, folder_role, states[name], status,
                                  settings, pool, progress)
            result.folders[name] = folder
            result.new_messages += folder.new_messages
            result.quarantined += folder.quarantined
        if any(state.recent_uid is not None or state.uidvalidity is None for state in states.values()):
            for phase in ("recent", "history") if history else ("recent",):
                _read_back_all(session_factory, client, ctx, phase, settings, pool, progress, result,
                               first_read if phase == "recent" else None)

    return _with_mailbox(session_factory, mailbox_id, vault, settings, pool, work)


def read_history(session_factory: Callable[[], Session], mailbox_id: int, vault, settings, *,
                 progress: Progress | None = None, pool: Executor | None = None) -> SyncResult:
    """Read what is left of the mailbox's first-sync older history.

    Only once every recent window is read: that is the sync's work (under the sync lease), and drafts come first.
    """
    def work(client, mailbox: Mailbox, password: str, ctx: _Context, pool: Executor | None, result: SyncResult):
        with session_factory() as session:
            if read_back_pending(session, ctx.mailbox_id, "recent"):
                return
        _read_back_all(session_factory, client, ctx, "history", settings, pool, progress, result)

    return _with_mailbox(session_factory, mailbox_id, vault, settings, pool, work)


def _with_mailbox(session_factory, mailbox_id: int, vault, settings, pool: Executor | None, work) -> SyncResult:
    """Log in to the mailbox, run work(client, mailbox, password, ctx, pool, result), record the outcome."""
    with session_factory() as session:
        mailbox = session.get(Mailbox, mailbox_id)
        if mailbox is None:
            raise BadInput(f"no mailbox with id {mailbox_id}")
        session.expunge(mailbox)
    result = SyncResult(name=mailbox.name)
    ctx = _Context(mailbox_id=mailbox.id, team_id=mailbox.team_id, own=frozenset(own_addresses(mailbox)),
                   default_timezone=settings.policy.default_timezone)
    own_pool = _pool(settings) if pool is None else None
    try:
        password = login_for(mailbox, vault, settings, session_factory)
        client = connect(mailbox, password, timeout=settings.sync.timeout.total_seconds())
        try:
            work(client, mailbox, password, ctx, pool or own_pool, result)
        finally:
            logout_quietly(client)
    except FollowupError as exc:
        result.error = str(exc)
    except (OSError, imaplib.IMAP4.error, IMAPClientError) as exc:
        where = f"mailbox {mailbox.name}: IMAP {mailbox.imap_host}:{mailbox.imap_port}"
        why = describe_error(exc, mailbox.imap_security, mailbox.imap_port, settings.sync.timeout.total_seconds())
        result.error = str(MailboxError(f"{where}: connection lost during sync: {why}"))
    finally:
        if own_pool is not None:
            own_pool.shutdown()
    _record_outcome(session_factory, mailbox.id, result)
    return result


def _record_outcome(session_factory, mailbox_id: int, result: SyncResult) -> None:
    """Store last_sync_at, or last_error with its time, on the mailbox."""
    with _writing(session_factory) as session:
        mailbox = session.get(Mailbox, mailbox_id)
        now = utcnow()
        if result.error:
            mailbox.last_error, mailbox.last_error_at = result.error, now
        else:
            mailbox.last_sync_at, mailbox.last_error = now, None
        session.add(mailbox)
        session.commit()


def sync_lease(mailbox_id: int) -> str:
    """The lease name of one mailbox's sync (by id: names repeat across teams)."""
    return f"sync:{mailbox_id}"


def history_lease(mailbox_id: int) -> str:
    """The lease name of one mailbox's history read (apart from its sync's, so new mail keeps flowing)."""
    return f"history:{mailbox_id}"


def sync_all(db, vault, settings, name: str | None = None, progress: Progress | None = None, *,
             mailbox_id: int | None = None, team_id: int | None = None, history: bool = True,
             after_recent: Callable[[], None] | None = None) -> dict:
    """Sync every mailbox (or the one named, or with this id): the SPEC's JSON, one failed mailbox not stopping
    the others. Names are unique per team only: a name in several teams needs ``team_id``.

    A folder's first sync reads its recent window first; after_recent() runs once the INBOX's newest few are
    stored and again after every recent window (the CLI prepares drafts there), then, with history, the older
    history of every mailbox that has some left.
    """
    from followup.mailboxes import get_mailbox

    from followup.leases import Held

    with db.session() as session:
        if mailbox_id is not None:
            box = session.get(Mailbox, mailbox_id)
            boxes = [(box.id, box.name)] if box is not None else []
        elif name:
            boxes = [(get_mailbox(session, name, team_id).id, name)]
        else:
            boxes = list(session.exec(select(Mailbox.id, Mailbox.name).order_by(Mailbox.id)))
    results = []
    pool = _pool(settings)
    try:
        for mailbox_id, box_name in boxes:
            # The same lease the scheduler's sync job takes (a holder that already has it, has it again).
            with Held(db, sync_lease(mailbox_id), settings.schedule.lock_ttl) as held:
                if not held.acquired:
                    results.append(SyncResult(name=box_name, error=f"mailbox {box_name}: another worker is "
                                                                   "syncing it right now; try again in a moment"))
                    continue
                results.append(_guarded(db, mailbox_id, box_name, lambda mid: sync_mailbox(
                    db.session, mid, vault, settings, progress=progress, pool=pool, history=False,
                    first_read=after_recent)))
        if after_recent is not None and any(r.read_recent for r in results):
            after_recent()
        if history:
            for (mailbox_id, box_name), result in zip(boxes, results):
                if result.error or not history_pending(db, mailbox_id):
                    continue
                with Held(db, history_lease(mailbox_id), settings.schedule.lock_ttl) as held:
                    if not held.acquired:  # a serve/worker process is reading it in the background
                        continue
                    _merge(result, _guarded(db, mailbox_id, box_name, lambda mid: read_history(
                        db.session, mid, vault, settings, progress=progress, pool=pool)))
    finally:
        if pool is not None:
            pool.shutdown()
    return {"new_messages": sum(r.new_messages for r in results),
            "quarantined": sum(r.quarantined for r in results),
            "mailboxes": [r.as_dict() for r in results]}


def _guarded(db, mailbox_id: int, box_name: str, run: Callable[[int], SyncResult]) -> SyncResult:
    """run(mailbox_id), a bug in it recorded on the mailbox and logged in full rather than stopping the others."""
    try:
        return run(mailbox_id)
    except Exception as exc:
        log.exception("sync of mailbox %s failed", box_name)
        failed = SyncResult(name=box_name, error=f"unexpected {type(exc).__name__}: {exc}")
        _record_outcome(db.session, mailbox_id, failed)
        return failed


def _merge(into: SyncResult, more: SyncResult) -> None:
    """Add a later run's counts (the history read) to a mailbox's result."""
    into.new_messages += more.new_messages
    into.quarantined += more.quarantined
    into.error = into.error or more.error
    for name, folder in more.folders.items():
        mine = into.folders.setdefault(name, FolderResult(name=name, role=folder.role,
                                                          server_messages=folder.server_messages))
        mine.new_messages += folder.new_messages
        mine.quarantined += folder.quarantined
        mine.found_again += folder.found_again
        mine.unchanged = mine.unchanged and not folder.new_messages and not folder.quarantined


def history_pending(db, mailbox_id: int) -> bool:
    """Whether the mailbox still has first-sync older history to read."""
    with db.session() as session:
        return bool(read_back_pending(session, mailbox_id, "history"))


def read_all_history(db, vault, settings, progress: Progress | None = None) -> dict:
    """Read the pending history of every mailbox not being read elsewhere: {"mailboxes", "new_messages", "done"}."""
    from followup.leases import Held

    with db.session() as session:
        boxes = list(session.exec(select(Mailbox.id, Mailbox.name).order_by(Mailbox.id)))
    results = []
    for mailbox_id, box_name in boxes:
        if not history_pending(db, mailbox_id):
            continue
        with Held(db, history_lease(mailbox_id), settings.schedule.lock_ttl) as held:
            if not held.acquired:
                continue
            results.append(_guarded(db, mailbox_id, box_name, lambda mid: read_history(
                db.session, mid, vault, settings, progress=progress)))
    return {"mailboxes": [r.as_dict() for r in results], "new_messages": sum(r.new_messages for r in results),
            "done": not any(history_pending(db, mid) for mid, _ in boxes)}


def terminal_progress(stream) -> Progress:
    """A progress callback drawing one self-overwriting line per folder on a terminal stream."""
    def show(folder: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        stream.write(f"\r{folder[:30]:<30} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show
