"""Threads: a message joins the thread of a message it references (In-Reply-To, References), else by subject.

The subject fallback is for clients that drop In-Reply-To/References: a reply ("Re:", "AW:", ...) joins the
newest thread of the same customer with the same normalised subject, if that thread moved within a bounded time.
The logic lives in ThreadIndex (pure, in memory) so it can be scored against a real archive; assign_threads
feeds it from the database, a batch at a time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup.db import insert_ids
from followup.models import Message, Thread

SUBJECT_WINDOW = timedelta(days=60)  # a reply by subject alone joins a thread that moved this recently
SUBJECT_KEY_CHARS = 255  # Thread.subject_key column width
IN_CHUNK = 500  # ids per SQL IN (...) list, well under every database's parameter limit

# Reply and forward prefixes in the languages mail clients write them ("Re:", "Fwd:", "AW:", "SV:", "TR:", ...),
# with an optional counter ("Re[2]:") and list tags ("[fedora-devel]") in between.
_PREFIX_RE = re.compile(r"^\s*(?:(?:re|fwd?|fw|aw|sv|vs|tr|wg|antw|odp|rif|r)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*"
                        r"|\[[^\]]{0,60}\]\s*)", re.I)
_REPLY_RE = re.compile(r"^\s*(?:\[[^\]]{0,60}\]\s*)*(?:re|fwd?|fw|aw|sv|vs|tr|wg|antw|odp|rif|r)\s*(?:\[\d+\]|\(\d+\))?"
                       r"\s*[:：]", re.I)


def subject_key(subject: str) -> str:
    """The subject without reply/forward prefixes and list tags, case-folded, whitespace collapsed."""
    text = subject or ""
    while True:
        stripped = _PREFIX_RE.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return " ".join(text.split()).casefold()[:SUBJECT_KEY_CHARS]


def is_reply_subject(subject: str) -> bool:
    """Whether the subject says reply or forward ("Re:", "AW:", "Fwd:", ...)."""
    return bool(_REPLY_RE.match(subject or ""))


@dataclass(frozen=True)
class Link:
    """What threading needs of one message."""

    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    customer_id: Any | None
    sent_at: datetime | None


@dataclass
class _SubjectEntry:
    thread: Any
    last_at: datetime | None
    last_message_id: str | None


class ThreadIndex:
    """What is known of a team's threads: message ids, thread roots and subjects, each to a thread key."""

    def __init__(self, window: timedelta = SUBJECT_WINDOW):
        self.window = window
        self.by_message: dict[str, Any] = {}
        self.by_root: dict[str, Any] = {}
        self.by_subject: dict[tuple[str, Any], _SubjectEntry] = {}
        self.first_message: dict[int, str] = {}  # id(thread) -> its first message seen, the parent of root-joiners

    def find(self, link: Link) -> tuple[Any | None, str | None]:
        """(thread key, parent message id) for a message, or (None, None) when it starts a thread."""
        for ref in (link.in_reply_to, *reversed(link.references)):
            if ref and ref in self.by_message:
                return self.by_message[ref], ref
        # A reply synced before the message it answers created a thread rooted at that message's id.
        for ref in (link.message_id, *link.references):
            if ref in self.by_root:
                thread = self.by_root[ref]
                return thread, None if ref == link.message_id else self.first_message.get(id(thread))
        key = subject_key(link.subject)
        if key and link.customer_id is not None and is_reply_subject(link.subject):
            entry = self.by_subject.get((key, link.customer_id))
            if entry and (entry.last_at is None or link.sent_at is None
                          or abs(link.sent_at - entry.last_at) <= self.window):
                # Which message it answers is unknown; like list archives, hang it under the thread's first message.
                return entry.thread, self.first_message.get(id(entry.thread), entry.last_message_id)
        return None, None

    def add(self, link: Link, thread: Any, root: str | None = None) -> None:
        """Record that the message belongs to the thread (root: the id the thread is rooted at, when new)."""
        self.by_message[link.message_id] = thread
        self.first_message.setdefault(id(thread), link.message_id)
        if root:
            self.by_root.setdefault(root, thread)
        self.note_subject(subject_key(link.subject), link.customer_id, thread, link.sent_at, link.message_id)

    def note_subject(self, key: str, customer_id: Any | None, thread: Any, at: datetime | None,
                     message_id: str | None) -> None:
        """Keep the newest thread per (subject key, customer) for the subject fallback."""
        if not key or customer_id is None:
            return
        entry = self.by_subject.get((key, customer_id))
        if entry is None or entry.last_at is None or (at is not None and at >= entry.last_at):
            self.by_subject[(key, customer_id)] = _SubjectEntry(thread, at, message_id)

    def link(self, link: Link, new_thread) -> tuple[Any, str | None]:
        """Find or start the message's thread (new_thread() makes a key) and record it; (thread, parent id)."""
        thread, parent = self.find(link)
        root = None
        if thread is None:
            thread = new_thread()
            # Rooted at the oldest referenced id, so the thread's earlier messages join it when they arrive.
            root = link.references[0] if link.references else (link.in_reply_to or link.message_id)
        self.add(link, thread, root)
        return thread, parent


def parent_pairs(links: Iterable[Link], window: timedelta = SUBJECT_WINDOW) -> list[tuple[str, str]]:
    """(parent id, child id) for every message that joined a thread through a known message, in order."""
    index = ThreadIndex(window)
    pairs = []
    for link in links:
        _, parent = index.link(link, object)
        if parent:
            pairs.append((parent, link.message_id))
    return pairs


def _chunks(items: list, size: int = IN_CHUNK):
    """Consecutive slices of at most size items."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass(eq=False)
class ThreadRow:
    """A thread as assignment sees it: stored (id set) or new; dirty when its row must be updated."""

    id: int | None
    customer_id: int | None
    last_message_at: datetime | None
    subject: str = ""
    subject_key: str = ""
    root_message_id: str | None = None
    dirty: bool = False


_STATEMENTS: dict[str, Any] = {}


def _statements() -> dict[str, Any]:
    """load_index's queries, built once with expanding parameters (building them per batch cost more than running
    them: a subquery's columns are collected anew each time)."""
    if not _STATEMENTS:
        columns = (Thread.id, Thread.customer_id, Thread.last_message_at, Thread.root_message_id, Thread.subject_key)
        team, ids = sa.bindparam("team"), sa.bindparam("ids", expanding=True)
        ranked = select(*columns, sa.func.row_number().over(
            partition_by=(Thread.subject_key, Thread.customer_id),
            order_by=(sa.nulls_last(sa.desc(Thread.last_message_at)), sa.desc(Thread.id))).label("rank")).where(
            Thread.team_id == team, col(Thread.subject_key).in_(sa.bindparam("keys", expanding=True)),
            col(Thread.customer_id).in_(sa.bindparam("customers", expanding=True))).subquery()
        _STATEMENTS.update(
            messages=select(Message.message_id_header, Message.thread_id).where(
                Message.team_id == team, col(Message.message_id_header).in_(ids), col(Message.thread_id).is_not(None)),
            roots=select(*columns).where(Thread.team_id == team, col(Thread.root_message_id).in_(ids)),
            newest=select(*(ranked.c[c.key] for c in columns)).where(ranked.c.rank == 1),
            by_id=select(*columns).where(col(Thread.id).in_(ids)))
    return _STATEMENTS


def load_index(session: Session, team_id: int, links: list[Link], window: timedelta = SUBJECT_WINDOW) -> ThreadIndex:
    """A ThreadIndex holding what the database knows that these messages could join (a few queries per chunk)."""
    index = ThreadIndex(window)
    ids = sorted({i for link in links for i in (link.message_id, link.in_reply_to, *link.references) if i})
    # find() consults subjects only for a customer's reply ("Re: ...") that references nothing known.
    keys = sorted({subject_key(link.subject) for link in links
                   if link.customer_id is not None and is_reply_subject(link.subject)} - {""})
    rows: dict[int, ThreadRow] = {}
    query = _statements()

    def remember(found) -> list[ThreadRow]:
        out = []
        for tid, customer_id, last_at, root, key in found:
            row = rows.setdefault(tid, ThreadRow(tid, customer_id, last_at, subject_key=key, root_message_id=root))
            out.append(row)
        return out

    found_messages: list[tuple[str, int]] = []
    for chunk in _chunks(ids):
        found_messages += session.execute(query["messages"], {"team": team_id, "ids": chunk}).all()
        for row in remember(session.execute(query["roots"], {"team": team_id, "ids": chunk})):
            index.by_root.setdefault(row.root_message_id, row)
    # Only these customers' threads: the subject fallback never crosses customers, and a common subject
    # ("Quote", "Meeting") would otherwise load every thread of the team that ever had it.
    # Of those, only the newest per (subject, customer): the only one the fallback can join.
    customers = sorted({link.customer_id for link in links if link.customer_id is not None})
    for chunk in _chunks(keys):
        for customer_chunk in _chunks(customers):
            for row in remember(session.execute(query["newest"], {"team": team_id, "keys": chunk,
                                                                  "customers": customer_chunk})):
                index.note_subject(row.subject_key, row.customer_id, row, row.last_message_at, None)
    for chunk in _chunks(sorted({tid for _, tid in found_messages} - set(rows))):
        remember(session.execute(query["by_id"], {"ids": chunk}))
    for message_id, thread_id in found_messages:
        index.by_message.setdefault(message_id, rows[thread_id])
    return index


def assign_threads(session: Session, team_id: int, links: list[Link], window: timedelta = SUBJECT_WINDOW) -> list[int]:
    """The thread id of each message, in order: joined by reference or subject, else a new thread (inserted)."""
    index = load_index(session, team_id, links, window)
    result: list[ThreadRow] = []
    created: list[ThreadRow] = []
    for link in links:
        def new_thread(link=link) -> ThreadRow:
            row = ThreadRow(None, link.customer_id, None, subject=link.subject or "", subject_key=subject_key(link.subject),
                            root_message_id=(link.references[0] if link.references
                                             else link.in_reply_to or link.message_id)[:998])
            created.append(row)
            return row

        row, _ = index.link(link, new_thread)
        if link.sent_at and (row.last_message_at is None or link.sent_at > row.last_message_at):
            row.last_message_at, row.dirty = link.sent_at, True
        if row.customer_id is None and link.customer_id is not None:
            row.customer_id, row.dirty = link.customer_id, True
        result.append(row)
    table = Thread.__table__
    if created:
        inserted = insert_ids(session, table, [
            {"team_id": team_id, "customer_id": r.customer_id, "subject": r.subject, "subject_key": r.subject_key,
             "root_message_id": r.root_message_id, "last_message_at": r.last_message_at} for r in created])
        for row, tid in zip(created, inserted):
            row.id, row.dirty = tid, False
    changed = [r for r in {id(r): r for r in result}.values() if r.dirty]
    if changed:
        session.execute(sa.update(table).where(table.c.id == sa.bindparam("tid")).values(
            last_message_at=sa.bindparam("at"), customer_id=sa.bindparam("cid")),
            [{"tid": r.id, "at": r.last_message_at, "cid": r.customer_id} for r in changed])
        for row in changed:
            row.dirty = False
    return [r.id for r in result]
