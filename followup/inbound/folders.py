"""The folder loop of a sync: which folders, whether they changed (STATUS), and the incremental FETCH of new UIDs.

Per folder: STATUS first (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ), so a folder with no change costs one round trip
and no FETCH. New UIDs are fetched in batches, parsed (in the pool for large batches; the next batch is fetched
while the pool parses), and stored one transaction per batch. A message that cannot be parsed is quarantined
with its raw bytes: new + quarantined always accounts for every message the server holds.
"""
from __future__ import annotations

from concurrent.futures import Executor

from imapclient.exceptions import IMAPClientError
from sqlmodel import Session, col, select

from followup.clock import utcnow
from followup.db import write_session
from followup.inbound.parse_pool import Parsing, Reading, fetch
from followup.inbound.progress import FolderResult, Progress
from followup.inbound.readback import start_read_back
from followup.inbound.store import Context, store_batch
from followup.inbound.unchanged import unchanged_status as unchanged  # noqa: F401 (sync reads it here)
from followup.mail.imap import connect, find_folders, logout_quietly
from followup.models import Mailbox, MailboxFolder


def folder_state(session: Session, mailbox_id: int, name: str, role: str) -> MailboxFolder:
    """The folder's stored sync state, created when new."""
    state = session.exec(select(MailboxFolder).where(MailboxFolder.mailbox_id == mailbox_id,
                                                     MailboxFolder.name == name)).first()
    if state is None:
        state = MailboxFolder(mailbox_id=mailbox_id, name=name, role=role)
        session.add(state)
        session.flush()
    return state


def sync_folder(session_factory, client, ctx: Context, name: str, role: str, state: MailboxFolder, status: dict,
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
        start_read_back(session_factory, client, state, uidvalidity, uidnext, modseq, result, settings)
        return result
    last = 0 if resync or state.uidvalidity is None else state.last_uid
    uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last) if result.server_messages else []
    batch_size = max(1, settings.sync.batch_size)
    reading = Reading("new", ctx.default_timezone, ctx.own)
    batches = [uids[i:i + batch_size] for i in range(0, len(uids), batch_size)]
    done = 0
    pending: Parsing | None = None

    def store(job: Parsing) -> None:
        """Store a parsed batch in its own transaction, with the folder's new last UID."""
        nonlocal done
        parsed = job.result()
        with write_session(session_factory, background=True) as session:
            store_batch(session, ctx, name, uidvalidity, job.fetched, parsed, result)
            row = session.get(MailboxFolder, state.id)
            row.uidvalidity, row.last_uid = uidvalidity, max([row.last_uid, *(f.uid for f in job.fetched)])
            session.add(row)
            session.commit()
        done += len(job.fetched)
        if progress:
            progress(name, done, len(uids))

    if resync:
        # From here on the stored state belongs to the new UIDVALIDITY; rows found again get their new UIDs.
        with write_session(session_factory) as session:
            row = session.get(MailboxFolder, state.id)
            row.uidvalidity, row.last_uid, row.highestmodseq = uidvalidity, 0, None
            row.recent_uid = row.history_uid = None  # the whole folder is read again below
            session.add(row)
            session.commit()
    for batch in batches:
        try:
            fetched = fetch(client, batch)
        except Exception:
            if pending is not None:
                # Fetched whole before the line died: keep it, or a line that always dies within two batches
                # would never let the sync move on.
                store(pending)
            raise
        job = Parsing(fetched, pool, settings.sync.parse_workers, settings.sync.max_message_bytes, reading)
        if pending is not None:
            store(pending)
        pending = job
    if pending is not None:
        store(pending)
    with write_session(session_factory) as session:
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


def known_folders(session_factory, mailbox_id: int, extra) -> dict[str, str] | None:
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


def find_folders_apart(mailbox: Mailbox, password: str, settings, extra) -> dict[str, str]:
    """find_folders in a session of its own.

    Why: in a session that has sent LIST, Dovecot re-reads a maildir folder from disk when it is next opened
    (~0.5 s at 20,000 messages, for STATUS and again for SELECT); another login costs a few milliseconds.
    """
    lister = connect(mailbox, password, timeout=settings.sync.timeout.total_seconds())
    try:
        return find_folders(lister, extra)
    finally:
        logout_quietly(lister)


def folder_statuses(client, folders: dict[str, str], items: list[bytes]) -> dict[str, dict] | None:
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
