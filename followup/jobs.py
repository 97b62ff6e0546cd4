"""The scheduler's jobs: one small named function each, logging one line of outcome.

Each job opens its own sessions inside an app context. A job that must not run twice at once across
processes (every job on SQLite; all but sending on PostgreSQL, where sends are claimed row by row)
takes a lease first; a mailbox sync takes a lease per mailbox (in followup.inbound.sync.sync_boxes).
"""
from __future__ import annotations

import importlib
import logging
import threading
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
        from followup.inbound.sync import sync_boxes
        from followup.models import Mailbox

        st = _state(app)
        with st.db.session() as session:
            boxes = list(session.exec(select(Mailbox.id, Mailbox.name).order_by(Mailbox.id)))
        # A first sync's older history is read by the load_history job, so this tick stays short.
        results = sync_boxes(st.db, st.vault, st.settings, boxes, history=False)
        new = sum(r.new_messages for r in results)
        skipped = sum(r.leased_elsewhere for r in results)
        failed = sum(1 for r in results if r.error and not r.leased_elsewhere)
        prepared = prepare_drafts(app) if new else "no new mail"
        if new:
            wake_job(app, "load_history")
        return (f"{len(boxes)} mailboxes: {new} new, {sum(r.quarantined for r in results)} quarantined, "
                f"{failed} failed, {skipped} leased elsewhere; drafts: {prepared}")

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


def wake_job(app: Flask, job_id: str) -> None:
    """Run a scheduled job now (when this process has a running scheduler with it).

    From a thread of its own: APScheduler's shutdown holds its job-store lock while it waits for running jobs,
    so a job asking for another job at that moment would wait for its own end (serve never stopped).
    """
    from apscheduler.schedulers.base import STATE_RUNNING

    scheduler = app.extensions.get("followup.scheduler")
    if scheduler is None or scheduler.state != STATE_RUNNING:
        return

    def wake() -> None:
        job = scheduler.get_job(job_id)
        if job is not None:
            job.modify(next_run_time=datetime.now(timezone.utc))

    threading.Thread(target=wake, name=f"wake:{job_id}", daemon=True).start()


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


# The modules the jobs' threads import on first use. Imported by the thread that builds the scheduler, before any job
# thread starts: two threads importing the same circle of modules at once can fail with Python's _DeadlockError (seen
# under load: the IDLE watcher and the first sync importing imapclient together, the mailbox then left unwatched).
JOB_MODULES = ("followup.inbound.sync", "followup.inbound.history", "followup.inbound.idle", "followup.mail.imap",
               "followup.mail.oauth", "followup.drafting.prepare", "followup.outbound.outbox", "followup.audit",
               "followup.users", "followup.models")


def build_scheduler(app: Flask) -> BackgroundScheduler:
    """A scheduler with every job at its configured interval; sync and send also run once at start."""
    sched = _state(app).settings.schedule
    for module in JOB_MODULES:
        importlib.import_module(module)
    scheduler = BackgroundScheduler(timezone=timezone.utc, job_defaults={"coalesce": True, "max_instances": 1})
    now = datetime.now(timezone.utc)
    for func, every, start_now in ((sync_mailboxes, sched.sync_every, True), (send_approved, sched.send_every, True),
                                   (reconcile_sends, sched.reconcile_every, True), (prune_audit, sched.prune_every, False),
                                   (load_history, sched.sync_every, True)):
        scheduler.add_job(func, "interval", args=[app], id=func.__name__, seconds=every.total_seconds(),
                          next_run_time=now if start_now else None)
    if _state(app).settings.sync.idle:
        from followup.inbound.idle import InboxWatchers

        watchers = InboxWatchers(_state(app).db, lambda mailbox_id, stop: watch_inbox(app, mailbox_id, stop))
        app.extensions["followup.watchers"] = watchers
        scheduler.add_job(watchers.ensure, "interval", id="watch_inboxes", seconds=sched.sync_every.total_seconds(),
                          next_run_time=now)
    app.extensions["followup.scheduler"] = scheduler
    app.extensions.setdefault("followup.jobs", JobLog())
    return scheduler


def sync_one(app: Flask, mailbox_id: int) -> dict | None:
    """Sync one mailbox and prepare drafts when mail arrived; None when it is gone or leased elsewhere."""
    from followup.inbound.sync import summary, sync_boxes
    from followup.models import Mailbox

    st = _state(app)
    with app.app_context():
        with st.db.session() as session:
            box = session.get(Mailbox, mailbox_id)
        if box is None:
            return None
        results = sync_boxes(st.db, st.vault, st.settings, [(mailbox_id, box.name)], history=False)
    if results[0].leased_elsewhere:
        return None
    result = summary(results)
    if result["new_messages"]:
        with app.app_context():
            prepare_drafts(app)
        wake_job(app, "load_history")
    log.info("idle sync of mailbox %s: %d new, %d quarantined", mailbox_id, result["new_messages"],
             result["quarantined"])
    return result


def watch_inbox(app: Flask, mailbox_id: int, stop: threading.Event) -> None:
    """The mailbox's IDLE watcher (followup.inbound.idle), syncing it with sync_one as mail arrives, until ``stop``."""
    from followup.inbound.idle import watch_inbox as watch

    st = _state(app)
    # sync_one looked up at each call, so a test's stand-in for it is used.
    watch(st.db, st.vault, st.settings, mailbox_id, stop, lambda: sync_one(app, mailbox_id))
