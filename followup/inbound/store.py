"""Storing one fetched and parsed batch: messages (or quarantine), customers, threads, bounces, then effects.

Everything runs in the caller's write transaction; customers and messages are inserted in bulk (Core inserts,
not ORM objects), threads assigned for the whole batch at once.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup import audit
from followup.clock import utcnow
from followup.db import insert_ids
from followup.exceptions import BadInput
from followup.inbound.effects import apply_effects, apply_read_back_effects
from followup.inbound.parse_pool import Fetched, Read
from followup.inbound.progress import FolderResult
from followup.models import Customer, CustomerAddress, Message, QuarantinedMessage
from followup.users import normalise_email

if TYPE_CHECKING:
    from followup.text.parsing import ParsedMessage


@dataclass(frozen=True)
class Context:
    """What storing a batch needs to know of the mailbox and the settings."""

    mailbox_id: int
    team_id: int
    own: frozenset[str]
    default_timezone: str


@dataclass
class New:
    """A new message on its way into the database: its row, what it parsed to, and its customer."""

    row: dict
    read: Read
    party: tuple[str, str] | None
    customer: Customer | None = None

    @property
    def parsed(self) -> ParsedMessage:
        """The parsed message."""
        return self.read.parsed


@functools.cache
def _statements() -> dict[str, sa.Select]:
    """The queries every stored batch runs, built once with expanding parameters."""
    # Why: building them anew (columns, IN lists, cache keys) cost more than running them in the history's
    # transactions of 10 messages.
    return dict(
        existing=select(Message.message_id_header, Message.id).where(
            Message.mailbox_id == sa.bindparam("mailbox"), Message.folder == sa.bindparam("folder"),
            col(Message.message_id_header).in_(sa.bindparam("ids", expanding=True))),
        customers=select(Customer, CustomerAddress.email).join(
            CustomerAddress, CustomerAddress.customer_id == Customer.id).where(
            CustomerAddress.team_id == sa.bindparam("team"),
            col(CustomerAddress.email).in_(sa.bindparam("emails", expanding=True))).order_by(Customer.id),
        new_customers=select(Customer).where(col(Customer.id).in_(sa.bindparam("ids", expanding=True))))


def store_batch(session: Session, ctx: Context, folder: str, uidvalidity: int, fetched: list[Fetched],
                 parsed: list[Read | str], result: FolderResult, read_back: str | None = None) -> None:
    """Store one fetched and parsed batch (messages, quarantine, customers, threads, wishes) in the session.

    read_back: None for new mail; "recent" or "history" for a first sync's mail read newest first.
    """
    from followup.inbound.threads import IN_CHUNK, Link, assign_threads

    good: list[tuple[Fetched, Read]] = []
    for item, p in zip(fetched, parsed):
        if isinstance(p, str):
            _quarantine(session, ctx, folder, uidvalidity, item, p, result)
        else:
            good.append((item, p))
    ids = sorted({message_key(r.parsed) for _, r in good})
    existing: dict[str, int] = {}
    for start in range(0, len(ids), IN_CHUNK):
        existing.update(session.execute(_statements()["existing"], {"mailbox": ctx.mailbox_id, "folder": folder,
                                                                    "ids": ids[start:start + IN_CHUNK]}).all())
    fresh: list[tuple[Fetched, Read]] = []
    moved: list[dict] = []
    taken: set[str] = set()
    for item, read in good:
        key = message_key(read.parsed)
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
    wanted = {n.party[0]: db_text(n.party[1]) for n in news if n.party}
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
    links = [Link(n.row["message_id_header"], n.row["in_reply_to"], tuple(db_text(r)[:998] for r in n.parsed.references),
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
        apply_effects(session, ctx, news)
    else:
        apply_read_back_effects(session, ctx, news, history=read_back == "history")
    result.new_messages += len(news)


def db_text(value: str | None) -> str:
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


def message_key(parsed: ParsedMessage) -> str:
    """The Message-ID as stored: the message's identity within a folder."""
    return db_text(parsed.message_id)[:998]


def _new(ctx: Context, folder: str, uidvalidity: int, item: Fetched, read: Read) -> New:
    """The row of a new message (customer and thread still to fill in) and the customer side it names."""
    p = read.parsed
    from_addr = (p.from_addr or "").lower()
    outbound = from_addr in ctx.own
    # Bulk senders, bounces and the rep's own addresses are kept, but are never anyone's customer.
    party = None if p.is_bulk or p.is_bounce else _other_party(p, ctx.own, outbound)
    row = {
        "team_id": ctx.team_id, "mailbox_id": ctx.mailbox_id, "folder": folder, "uid": item.uid,
        "uidvalidity": uidvalidity, "message_id_header": message_key(p),
        "in_reply_to": db_text(p.in_reply_to)[:998] or None,
        "references": db_text(" ".join(p.references)) or None, "thread_id": None, "customer_id": None,
        "direction": "outbound" if outbound else "inbound", "subject": db_text(p.subject),
        "from_addr": db_text(from_addr)[:320], "from_name": db_text(p.from_name)[:500],
        "to_addrs": [db_text(a).lower() for _, a in p.to if a] or None,
        "cc_addrs": [db_text(a).lower() for _, a in p.cc if a] or None,
        "sent_at": read.sent_at, "new_text": db_text(p.new_text), "quoted_text": db_text(p.quoted_text),
        "signature": db_text(p.signature),
        "attachments": [{"filename": db_text(a.filename), "content_type": db_text(a.content_type), "size": a.size}
                        for a in p.attachments] or None,
        "is_auto": bool(p.auto_submitted) and not outbound, "is_bulk": bool(p.is_bulk), "is_bounce": bool(p.is_bounce),
        "size": p.size, "created_at": utcnow(),
    }
    return New(row, read, party)


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
        for customer, email in session.execute(_statements()["customers"],
                                               {"team": team_id, "emails": emails[start:start + IN_CHUNK]}):
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
            for customer in session.execute(_statements()["new_customers"], {"ids": ids[start:start + IN_CHUNK]}).scalars():
                found[customer.email] = customer
    return {email: found.get(email) if email in found else found.get(email.strip().lower()) for email in wanted}


def _quarantine(session: Session, ctx: Context, folder: str, uidvalidity: int, item: Fetched, reason: str,
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


def _mark_bouncing(session: Session, ctx: Context, customers: dict[str, Customer | None], new: New) -> None:
    """A bounce marks each customer it names as bouncing (audited); the bounce's sender is no customer."""
    for email in new.parsed.bounced_recipients:
        customer = customers.get(email.lower())
        if customer is not None and not customer.bouncing:
            customer.bouncing = True
            session.add(customer)
            audit.record(session, "customer.bouncing", team_id=ctx.team_id, entity="customer",
                         entity_id=customer.id, email=customer.email, message_id=new.row["message_id_header"],
                         subject=new.row["subject"])
