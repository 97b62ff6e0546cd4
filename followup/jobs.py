"""The scheduler's jobs: one small named function each, logging one line of outcome.

Each job opens its own sessions inside an app context. A job that must not run twice at once across
processes (every job on SQLite; all but sending on PostgreSQL, where sends are claimed row by row)
takes a lease first; a mailbox sync takes a lease per mailbox.
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone

from apscheduler.schedulers.background import BackgroundScheduler
from flask import Flask
from sqlmodel import select

from followup import leases
from followup.clock import utcnow

log = logging.getLogger("followup.jobs")


def _state(app: Flask):
    """The app's settings, database and vault."""
    return app.extensions["followup"]


class JobLog:
    """The last outcome of each job in this process, for /healthz."""

    def __init__(self):
        self.lock = threading.Lock()
        self.last: dict[str, dict] = {}

    def record(self, name: str, ok: bool, summary: str) -> None:
        """Remember a job's latest run."""
        with self.lock:
            self.last[name] = {"at": utcnow().isoformat(timespec="seconds") + "Z", "ok": ok, "summary": summary}

    def snapshot(self) -> dict[str, dict]:
        """A copy of every job's latest run."""
        with self.lock:
            return dict(self.last)


def _run(app: Flask, name: str, body, *, lease: bool = True) -> str | None:
    """Run ``body()`` under the job's lease in an app context, log and record one line of outcome."""
    st = _state(app)
    job_log: JobLog = app.extensions.setdefault("followup.jobs", JobLog())
    with app.app_context(), leases.Held(st.db, f"job:{name}", st.settings.schedule.lock_ttl) as held:
        if lease and not held.acquired:
            log.info("%s: skipped, another worker holds the job", name)
            return None
        try:
            summary = body()
        except Exception as exc:  # a failed tick must not stop the scheduler; the next tick retries
            log.error("%s: failed: %s: %s", name, type(exc).__name__, exc, exc_info=log.isEnabledFor(logging.DEBUG))
            job_log.record(name, False, f"{type(exc).__name__}: {exc}")
            return None
        log.info("%s: %s", name, summary)
        job_log.record(name, True, summary)
        return summary


def sync_mailboxes(app: Flask) -> str | None:
    """Sync every mailbox not being synced by another worker, then prepare drafts."""

    def body() -> str:
        from followup.models import Mailbox
        from followup.inbound.sync import sync_all, sync_lease

        st = _state(app)
        with st.db.session() as session:
            names = list(session.exec(select(Mailbox.id).order_by(Mailbox.id)))
        new = quarantined = skipped = failed = 0
        for mailbox_id in names:
            with leases.Held(st.db, sync_lease(mailbox_id), st.settings.schedule.lock_ttl) as held:
                if not held.acquired:
                    skipped += 1
                    continue
                # A first sync's older history is read by the load_history job, so this tick stays short.
                result = sync_all(st.db, st.vault, st.settings, mailbox_id=mailbox_id, history=False)
            new += result["new_messages"]
            quarantined += result["quarantined"]
            failed += sum(1 for m in result["mailboxes"] if m.get("error"))
        prepared = prepare_drafts(app) if new else "no new mail"
        if new:
            _wake(app, "load_history")
        return (f"{len(names)} mailboxes: {new} new, {quarantined} quarantined, {failed} failed, "
                f"{skipped} leased elsewhere; drafts: {prepared}")

    # Per-mailbox leases already keep two workers off the same mailbox.
    return _run(app, "sync", body, lease=False)


def load_history(app: Flask) -> str | None:
    """Read the older history of mailboxes whose first sync read only their recent mail; refresh drafts after."""

    def body() -> str:
        from followup.inbound.history import refresh
        from followup.inbound.sync import read_all_history

        st = _state(app)
        result = read_all_history(st.db, st.vault, st.settings)
        failed = [m["error"] for m in result["mailboxes"] if m["error"]]
        refreshed = refresh(st.db, st.settings) if result["done"] and result["mailboxes"] else None
        return (f"{len(result['mailboxes'])} mailboxes: {result['new_messages']} older messages read, "
                f"{len(failed)} failed" + (f"; {'; '.join(failed)}" if failed else "")
                + ("; history complete" if result["done"] else "; history left")
                + (f"; {len(refreshed['created'])} drafts prepared again" if refreshed else ""))

    # Each mailbox's history is read under its own lease (history:<name>), separate from its sync's lease,
    # so new mail keeps flowing while the history loads.
    return _run(app, "history", body, lease=False)


def _wake(app: Flask, job_id: str) -> None:
    """Run a scheduled job now (when this process has a scheduler with it)."""
    scheduler = app.extensions.get("followup.scheduler")
    job = scheduler.get_job(job_id) if scheduler is not None else None
    if job is not None:
        job.modify(next_run_time=datetime.now(timezone.utc))


def prepare_drafts(app: Flask) -> str:
    """Prepare drafts for customers who need a follow-up; return the outcome line."""
    from followup.drafting.prepare import prepare_drafts as prepare

    st = _state(app)
    result = prepare(st.db, st.settings)
    return f"{len(result['created'])} created, {len(result['skipped'])} skipped"


def prepare_drafts_job(app: Flask) -> str | None:
    """The scheduled form of prepare_drafts, under its lease."""
    return _run(app, "prepare", lambda: prepare_drafts(app))


def send_approved(app: Flask) -> str | None:
    """Send approved drafts whose policy gate passes."""

    def body() -> str:
        from followup.outbound.outbox import send_due

        st = _state(app)
        result = send_due(st.db, st.vault, st.settings, worker_id=leases.holder_id())
        return f"{len(result['sent'])} sent, {len(result['held'])} held, {len(result['failed'])} failed"

    # Sends are claimed draft by draft and serialised per customer, so several workers may send at once
    # on PostgreSQL; on SQLite there is one writer anyway, so one process sends.
    return _run(app, "send", body, lease=_state(app).db.is_sqlite)


def reconcile_sends(app: Flask) -> str | None:
    """Settle sends whose outcome is unknown after a crash (Sent folder first, never a blind resend)."""

    def body() -> str:
        from followup.outbound.outbox import reconcile

        st = _state(app)
        result = reconcile(st.db, st.vault, st.settings)
        return ", ".join(f"{len(v)} {k}" for k, v in result.items()) or "nothing to reconcile"

    return _run(app, "reconcile", body)


def prune_audit(app: Flask) -> str | None:
    """Delete audit events older than [schedule] audit_retention and login attempts past the rate-limit window."""

    def body() -> str:
        from followup.audit import prune
        from followup.users import prune_login_attempts

        st = _state(app)
        with st.db.write_session() as session:
            removed = prune(session, utcnow() - st.settings.schedule.audit_retention)
            attempts = prune_login_attempts(session, utcnow() - st.settings.web.login_window)
            session.commit()
        return (f"{removed} audit events older than {st.settings.schedule.audit_retention.days} days removed, "
                f"{attempts} old login attempts forgotten")

    return _run(app, "prune", body)


def build_scheduler(app: Flask) -> BackgroundScheduler:
    """A scheduler with every job at its configured interval; sync and send also run once at start."""
    sched = _state(app).settings.schedule
    scheduler = BackgroundScheduler(timezone=timezone.utc, job_defaults={"coalesce": True, "max_instances": 1})
    now = datetime.now(timezone.utc)
    for func, every, start_now in ((sync_mailboxes, sched.sync_every, True), (send_approved, sched.send_every, True),
                                   (reconcile_sends, sched.reconcile_every, True), (prune_audit, sched.prune_every, False),
                                   (load_history, sched.sync_every, True)):
        scheduler.add_job(func, "interval", args=[app], id=func.__name__, seconds=every.total_seconds(),
                          next_run_time=now if start_now else None)
    if _state(app).settings.sync.idle:
        watchers = InboxWatchers(app)
        app.extensions["followup.watchers"] = watchers
        scheduler.add_job(watchers.ensure, "interval", id="watch_inboxes", seconds=sched.sync_every.total_seconds(),
                          next_run_time=now)
    app.extensions["followup.scheduler"] = scheduler
    app.extensions.setdefault("followup.jobs", JobLog())
    return scheduler


# How long one IDLE wait lasts before checking whether the service is stopping.
IDLE_CHECK_SECONDS = 5
# Wait after a failed IDLE connection before trying again.
IDLE_RETRY_SECONDS = 60


def sync_one(app: Flask, mailbox_id: int) -> dict | None:
    """Sync one mailbox under its lease and prepare drafts when mail arrived; None when leased elsewhere."""
    from followup.inbound.sync import sync_all, sync_lease

    st = _state(app)
    with app.app_context(), leases.Held(st.db, sync_lease(mailbox_id), st.settings.schedule.lock_ttl) as held:
        if not held.acquired:
            return None
        result = sync_all(st.db, st.vault, st.settings, mailbox_id=mailbox_id, history=False)
    if result["new_messages"]:
        with app.app_context():
            prepare_drafts(app)
        _wake(app, "load_history")
    log.info("idle sync of mailbox %s: %d new, %d quarantined", mailbox_id, result["new_messages"],
             result["quarantined"])
    return result


def watch_inbox(app: Flask, mailbox_id: int, stop: threading.Event) -> None:
    """Wait on the mailbox's INBOX with IMAP IDLE and sync as soon as new mail arrives, until ``stop``."""
    from followup.mail.imap import connect, logout_quietly
    from followup.models import Mailbox
    from followup.mail.oauth import login_for

    st = _state(app)
    name = mailbox_id  # log lines and the lease name the mailbox by id: names repeat across teams
    idle_for = st.settings.sync.idle_timeout.total_seconds()
    while not stop.is_set():
        with app.app_context(), leases.Held(st.db, f"idle:{name}", st.settings.schedule.lock_ttl) as held:
            if not held.acquired:  # another worker watches this mailbox
                stop.wait(st.settings.schedule.lock_ttl.total_seconds())
                continue
            try:
                with st.db.session() as session:
                    mailbox = session.get(Mailbox, mailbox_id)
                if mailbox is None:  # deleted: nothing left to watch
                    return
                client = connect(mailbox, login_for(mailbox, st.vault, st.settings, st.db.session),
                                 timeout=st.settings.sync.timeout.total_seconds())
            except Exception as exc:  # report and retry later; the scheduled sync still runs
                log.warning("idle %s: %s", name, exc)
                stop.wait(IDLE_RETRY_SECONDS)
                continue
            try:
                if not client.has_capability("IDLE"):
                    log.info("idle %s: server has no IDLE; relying on the scheduled sync", name)
                    return
                client.select_folder("INBOX", readonly=True)
                client.idle()
                # Mail that arrived before IDLE began raises no EXISTS: catch up once, now that IDLE listens.
                sync_one(app, mailbox_id)
                started = time.monotonic()
                while not stop.is_set():
                    responses = client.idle_check(timeout=IDLE_CHECK_SECONDS)
                    if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                        client.idle_done()
                        sync_one(app, mailbox_id)
                        client.idle()
                        started = time.monotonic()
                    elif time.monotonic() - started > idle_for:  # servers drop IDLE after ~30 minutes
                        client.idle_done()
                        client.idle()
                        started = time.monotonic()
                client.idle_done()
            except Exception as exc:
                log.warning("idle %s: connection lost: %s", name, exc)
                stop.wait(IDLE_CHECK_SECONDS)
            finally:
                logout_quietly(client)


class InboxWatchers:
    """One IDLE thread per mailbox, started for new mailboxes on every sync tick, stopped on shutdown."""

    def __init__(self, app: Flask):
        self.app = app
        self.stop = threading.Event()
        self.threads: dict[int, threading.Thread] = {}

    def ensure(self) -> None:
        """Start a watcher for every mailbox that has none running."""
        from followup.models import Mailbox

        with _state(self.app).db.session() as session:
            ids = list(session.exec(select(Mailbox.id)))
        for mailbox_id in ids:
            thread = self.threads.get(mailbox_id)
            if thread is None or not thread.is_alive():
                thread = threading.Thread(target=watch_inbox, args=(self.app, mailbox_id, self.stop),
                                          name=f"idle:{mailbox_id}", daemon=True)
                self.threads[mailbox_id] = thread
                thread.start()

    def shutdown(self) -> None:
        """Ask every watcher to stop and wait for them."""
        self.stop.set()
        for thread in self.threads.values():
            thread.join(timeout=IDLE_CHECK_SECONDS * 2)
