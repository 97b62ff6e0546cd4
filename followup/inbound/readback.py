"""A folder's first sync, read newest first: the recent window (drafts come from it), then the older history.

Each part keeps a cursor (the lowest UID stored) with its count in the same short transaction as the batch, so
a killed process resumes below the cursor: nothing read twice, nothing missed.
"""
from __future__ import annotations

import time
from concurrent.futures import Executor
from datetime import timedelta
from typing import Callable

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup import timing
from followup.clock import utcnow
from followup.db import write_session
from followup.inbound.parse_pool import Parsing, Reading, fetch
from followup.inbound.progress import FolderResult, Progress, SyncResult
from followup.inbound.store import Context, store_batch
from followup.models import MailboxFolder

# A first sync stores this many of the INBOX's newest messages on their own first, so drafts can start at once.
FIRST_DRAFTS_BATCH = 100
# ...found among this many of the highest UIDs below the cursor, with a SEARCH that costs the server little.
FIRST_DRAFTS_SCAN = 1000


def start_read_back(session_factory, client, state: MailboxFolder, uidvalidity: int, uidnext: int, modseq,
                     result: FolderResult, settings) -> None:
    """A folder's first sync: record what is there now, to be read newest first (recent window, then history).

    New mail (UIDs from UIDNEXT on) flows through the ordinary incremental sync meanwhile; the read-back covers
    exactly the UIDs below UIDNEXT at this SELECT, split by INTERNALDATE at the start of the recent window.
    """
    if not uidnext:  # a server that does not say UIDNEXT: one above the highest UID there is
        uidnext = max(client.search(["ALL"]) or [0]) + 1 if result.server_messages else 1
    since = utcnow() - timedelta(days=settings.sync.recent_days)
    with write_session(session_factory) as session:
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


class FolderMoved(Exception):
    """The folder's UIDVALIDITY changed under a read-back: the incremental sync reads it all again."""


def read_back(session_factory, client, ctx: Context, state_id: int, phase: str, settings, pool: Executor | None,
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
    reading = Reading(phase, ctx.default_timezone, ctx.own)
    # FETCH and parse in large batches (the pool pays only for those); store the history in small transactions
    # that give way to a rep's clicks (history_batch_size), each with its cursor.
    size = max(1, settings.sync.batch_size)
    write = max(1, settings.sync.history_batch_size) if phase == "history" else size
    cursor_field = "recent_uid" if phase == "recent" else "history_uid"
    pending: tuple[list[int], Parsing] | None = None

    def store(batch: list[int], job: Parsing) -> None:
        """Store a parsed batch (UIDs newest first) in transactions of `write` messages, each with its cursor."""
        nonlocal done
        parsed = dict(zip((f.uid for f in job.fetched), zip(job.fetched, job.result())))
        for start in range(0, len(batch), write):
            chunk = batch[start:start + write]
            items = [parsed[uid] for uid in chunk if uid in parsed]  # a UID expunged meanwhile is simply absent
            done = write_chunk(session_factory, ctx, state_id, name, uidvalidity, phase, chunk, items, result)
            if progress:
                progress(f"{name} ({'recent' if phase == 'recent' else 'history'})", done, max(total, done))

    def read(batch: list[int]) -> Parsing:
        """FETCH a batch and start parsing it; what was fetched whole before a failure is stored first."""
        nonlocal pending
        try:
            fetched = fetch(client, batch)
        except Exception:
            if pending is not None:
                store(*pending)  # fetched whole before the line died: keep it
                pending = None
            raise
        return Parsing(fetched, pool, settings.sync.parse_workers, settings.sync.max_message_bytes, reading)

    try:
        if cursor > 1 and first_read is not None and phase == "recent":
            # The newest few first, found among the top UIDs (a SEARCH of the whole folder costs seconds on a large
            # one), so their drafts wait neither for that SEARCH nor for the rest of the window.
            top = max(1, cursor - FIRST_DRAFTS_SCAN)
            head = sorted((u for u in client.search(["UID", f"{top}:{cursor - 1}", "SINCE", since.date()])
                           if top <= u < cursor), reverse=True)[:FIRST_DRAFTS_BATCH]
            if head:
                store(head, read(head))
                cursor = min(head)
                first_read()
        uids: list[int] = []
        if cursor > 1:
            found = client.search(["UID", f"1:{cursor - 1}", "SINCE" if phase == "recent" else "BEFORE", since.date()])
            uids = sorted((u for u in found if u < cursor), reverse=True)
        for batch in (uids[i:i + size] for i in range(0, len(uids), size)):
            job = read(batch)
            if pending is not None:
                store(*pending)
            pending = (batch, job)
        if pending is not None:
            store(*pending)
    except FolderMoved:
        return False
    with write_session(session_factory) as session:
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


def _advance(cursor_field: str) -> sa.Update:
    """UPDATE of a folder's read-back cursor and count, only while its UIDVALIDITY is the one read; the new count."""
    folders = MailboxFolder.__table__
    return (sa.update(folders).where(folders.c.id == sa.bindparam("folder"),
                                     folders.c.uidvalidity == sa.bindparam("validity"))
            .values({cursor_field: sa.bindparam("new_cursor"),
                     "history_done": folders.c.history_done + sa.bindparam("read_count")})
            .returning(folders.c.history_done))


_ADVANCE = {field: _advance(field) for field in ("recent_uid", "history_uid")}


def write_chunk(session_factory, ctx: Context, state_id: int, name: str, uidvalidity: int, phase: str,
                chunk: list[int], items: list, result: FolderResult) -> int:
    """One short read-back transaction: items ((Fetched, parsed)) stored, cursor and count moved; the new count."""
    # FolderMoved when the folder's UIDVALIDITY changed since the read began: nothing of the chunk is kept.
    with write_session(session_factory, background=True) as session:
        locked = (time.perf_counter(), time.thread_time())  # BEGIN IMMEDIATE returned: the lock is ours
        # One statement moves the cursor and the count and finds a changed UIDVALIDITY (no row): loading and flushing
        # the folder's ORM row cost more than the batch's own inserts
        moved = session.execute(_ADVANCE["recent_uid" if phase == "recent" else "history_uid"],
                                {"folder": state_id, "validity": uidvalidity, "new_cursor": min(chunk),
                                 "read_count": len(chunk)}).first()
        if moved is None:
            raise FolderMoved()
        store_batch(session, ctx, name, uidvalidity, [f for f, _ in items], [p for _, p in items], result,
                    read_back=phase)
        session.commit()
        timing.transaction(phase, locked, len(items))
    return moved[0]


def read_back_pending(session: Session, mailbox_id: int, phase: str) -> list[tuple[int, str, str]]:
    """(folder id, name, role) of the mailbox's folders with that part of their first sync still to read."""
    column = MailboxFolder.recent_uid if phase == "recent" else MailboxFolder.history_uid
    return list(session.exec(select(MailboxFolder.id, MailboxFolder.name, MailboxFolder.role).where(
        MailboxFolder.mailbox_id == mailbox_id, col(column).is_not(None)).order_by(MailboxFolder.id)))


def read_back_all(session_factory, client, ctx: Context, phase: str, settings, pool: Executor | None,
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
        read_back(session_factory, client, ctx, folder_id, phase, settings, pool, progress, folder,
                   first_read if role == "inbox" else None)
        result.new_messages += folder.new_messages - before_new
        result.quarantined += folder.quarantined - before_quarantined
