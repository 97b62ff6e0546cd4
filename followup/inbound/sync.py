"""Mailbox sync: log in, sync every folder (followup.inbound.folders), read a first sync's recent mail and then
its older history (followup.inbound.readback), and record the outcome on the mailbox.

The sync lease of a mailbox is taken in one place, sync_boxes, whoever asks (the CLI, the page, the
scheduler's job and the IDLE watchers in followup.jobs); the history is read under a lease of its own, so new
mail keeps flowing while it loads.
"""
from __future__ import annotations

import imaplib
import logging
from concurrent.futures import Executor
from typing import Callable

from imapclient.exceptions import IMAPClientError
from sqlmodel import Session, select

from followup.clock import utcnow
from followup.db import write_session
from followup.exceptions import BadInput, FollowupError, MailboxError
from followup.inbound.folders import (
    find_folders_apart,
    folder_state,
    folder_statuses,
    known_folders,
    sync_folder,
    unchanged,
)
from followup.inbound.parse_pool import make_pool
from followup.inbound.progress import FolderResult, Progress, SyncResult, merge, terminal_progress  # noqa: F401
from followup.inbound.readback import read_back_all, read_back_pending
from followup.inbound.store import Context
from followup.mail.imap import connect, describe_error, logout_quietly
from followup.mail.oauth import login_for
from followup.mailboxes import own_addresses
from followup.models import Mailbox

log = logging.getLogger(__name__)


def sync_mailbox(session_factory: Callable[[], Session], mailbox_id: int, vault, settings, *,
                 progress: Progress | None = None, pool: Executor | None = None, history: bool = True,
                 first_read: Callable[[], None] | None = None) -> SyncResult:
    """Sync one mailbox's INBOX, Sent and extra folders; a failure is recorded on the mailbox and in the result.

    A folder's first sync reads its recent window at once; history=False leaves the older history for
    read_history (a background job under serve/worker). first_read() runs once the INBOX's newest few
    messages of a first sync are stored (the CLI prepares their drafts there).
    """
    def work(client, mailbox: Mailbox, password: str, ctx: Context, pool: Executor | None, result: SyncResult):
        extra = (*(mailbox.extra_folders or ()), *settings.sync.extra_folders)
        items = [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"]
        if client.has_capability("CONDSTORE"):
            items.append(b"HIGHESTMODSEQ")
        folders = known_folders(session_factory, mailbox.id, extra)
        statuses = folder_statuses(client, folders, items) if folders else None
        if statuses is None:  # first sync, a new extra folder, or a stored folder renamed or gone
            folders = find_folders_apart(mailbox, password, settings, extra)
        # Sent first: customers we wrote to exist before their replies and bounces are read.
        order = sorted(folders.items(), key=lambda kv: {"sent": 0, "inbox": 1}.get(kv[0], 2))
        with write_session(session_factory) as session:
            states = {name: folder_state(session, mailbox.id, name, role if role in ("inbox", "sent") else "other")
                      for role, name in order}
            session.commit()
        if statuses is None:
            # A folder never synced is SELECTed whatever STATUS says; each open of a large one costs the server.
            statuses = {name: client.folder_status(name, items) for name in folders.values()
                        if states[name].uidvalidity is not None}
        for role, name in order:
            status = statuses.get(name, {})
            folder_role = role if role in ("inbox", "sent") else "other"
            if status and unchanged(states[name], status):
                result.folders[name] = FolderResult(name=name, role=folder_role, unchanged=True,
                                                    server_messages=int(status.get(b"MESSAGES", 0)))
                continue
            folder = sync_folder(session_factory, client, ctx, name, folder_role, states[name], status,
                                  settings, pool, progress)
            result.folders[name] = folder
            result.new_messages += folder.new_messages
            result.quarantined += folder.quarantined
        if any(state.recent_uid is not None or state.uidvalidity is None for state in states.values()):
            for phase in ("recent", "history") if history else ("recent",):
                read_back_all(session_factory, client, ctx, phase, settings, pool, progress, result,
                               first_read if phase == "recent" else None)

    return _with_mailbox(session_factory, mailbox_id, vault, settings, pool, work)


def read_history(session_factory: Callable[[], Session], mailbox_id: int, vault, settings, *,
                 progress: Progress | None = None, pool: Executor | None = None) -> SyncResult:
    """Read what is left of the mailbox's first-sync older history.

    Only once every recent window is read: that is the sync's work (under the sync lease), and drafts come first.
    """
    def work(client, mailbox: Mailbox, password: str, ctx: Context, pool: Executor | None, result: SyncResult):
        with session_factory() as session:
            if read_back_pending(session, ctx.mailbox_id, "recent"):
                return
        read_back_all(session_factory, client, ctx, "history", settings, pool, progress, result)

    return _with_mailbox(session_factory, mailbox_id, vault, settings, pool, work)


def _with_mailbox(session_factory, mailbox_id: int, vault, settings, pool: Executor | None, work) -> SyncResult:
    """Log in to the mailbox, run work(client, mailbox, password, ctx, pool, result), record the outcome."""
    with session_factory() as session:
        mailbox = session.get(Mailbox, mailbox_id)
        if mailbox is None:
            raise BadInput(f"no mailbox with id {mailbox_id}")
        session.expunge(mailbox)
    result = SyncResult(name=mailbox.name)
    ctx = Context(mailbox_id=mailbox.id, team_id=mailbox.team_id, own=frozenset(own_addresses(mailbox)),
                   default_timezone=settings.policy.default_timezone)
    own_pool = make_pool(settings) if pool is None else None
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
    with write_session(session_factory) as session:
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
    the others. Names are unique per team only: a name in several teams needs ``team_id``."""
    from followup.mailboxes import get_mailbox

    with db.session() as session:
        if mailbox_id is not None:
            box = session.get(Mailbox, mailbox_id)
            boxes = [(box.id, box.name)] if box is not None else []
        elif name:
            boxes = [(get_mailbox(session, name, team_id).id, name)]
        else:
            boxes = list(session.exec(select(Mailbox.id, Mailbox.name).order_by(Mailbox.id)))
    return summary(sync_boxes(db, vault, settings, boxes, progress=progress, history=history,
                              after_recent=after_recent))


def sync_boxes(db, vault, settings, boxes: list[tuple[int, str]], *, progress: Progress | None = None,
               history: bool = True, after_recent: Callable[[], None] | None = None) -> list[SyncResult]:
    """Sync these (id, name) mailboxes, each under its sync lease: the one place that takes it, for the CLI, the
    page's "Sync now", the scheduler's job and the IDLE watchers alike.

    A folder's first sync reads its recent window first; after_recent() runs once the INBOX's newest few are
    stored and again after every recent window (the CLI prepares drafts there), then, with history, the older
    history of every mailbox that has some left (the scheduler leaves that to its own history job).
    """
    from followup.leases import Held

    results = []
    pool = make_pool(settings)
    try:
        for mailbox_id, box_name in boxes:
            with Held(db, sync_lease(mailbox_id), settings.schedule.lock_ttl) as held:
                results.append(sync_held(db, vault, settings, mailbox_id, box_name, progress=progress, pool=pool,
                                         first_read=after_recent) if held.acquired else leased_elsewhere(box_name))
        if after_recent is not None and any(r.read_recent for r in results):
            after_recent()
        if history:
            for (mailbox_id, box_name), result in zip(boxes, results):
                if result.error or not history_pending(db, mailbox_id):
                    continue
                with Held(db, history_lease(mailbox_id), settings.schedule.lock_ttl) as held:
                    if not held.acquired:  # a serve/worker process is reading it in the background
                        continue
                    merge(result, _guarded(db, mailbox_id, box_name, lambda mid: read_history(
                        db.session, mid, vault, settings, progress=progress, pool=pool)))
    finally:
        if pool is not None:
            pool.shutdown()
    return results


def sync_held(db, vault, settings, mailbox_id: int, box_name: str, *, progress: Progress | None = None,
              pool: Executor | None = None, first_read: Callable[[], None] | None = None) -> SyncResult:
    """Sync one mailbox whose sync lease the caller holds, its older history left for read_history; a bug in it is
    recorded on the mailbox rather than raised."""
    return _guarded(db, mailbox_id, box_name, lambda mid: sync_mailbox(
        db.session, mid, vault, settings, progress=progress, pool=pool, history=False, first_read=first_read))


def leased_elsewhere(box_name: str) -> SyncResult:
    """The result of a mailbox another worker is syncing right now."""
    return SyncResult(name=box_name, error=f"mailbox {box_name}: another worker is syncing it right now; "
                                           "try again in a moment", leased_elsewhere=True)


def summary(results: list[SyncResult]) -> dict:
    """The sync JSON of these mailboxes' results."""
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
