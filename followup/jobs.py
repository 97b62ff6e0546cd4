"""The scheduler's jobs: one small named function each, logging one line of outcome.

Each job opens its own sessions inside an app context. A job that must not run twice at once across
processes (every job on SQLite; all but sending on PostgreSQL, where sends are claimed row by row)
takes a lease first; a mailbox sync takes a lease per mailbox.
"""
from __future__ import annotations

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
        from followup.models import Mailbox
        from followup.sync import sync_all

        st = _state(app)
        with st.db.session() as session:
            names = list(session.exec(select(Mailbox.name).order_by(Mailbox.id)))
        new = quarantined = skipped = failed = 0
        for name in names:
            with leases.Held(st.db, f"sync:{name}", st.settings.schedule.lock_ttl) as held:
                if not held.acquired:
                    skipped += 1
                    continue
                result = sync_all(st.db, st.vault, st.settings, name=name)
            new += result["new_messages"]
            quarantined += result["quarantined"]
            failed += sum(1 for m in result["mailboxes"] if m.get("error"))
        prepared = prepare_drafts(app) if new else "no new mail"
        return (f"{len(names)} mailboxes: {new} new, {quarantined} quarantined, {failed} failed, "
                f"{skipped} leased elsewhere; drafts: {prepared}")

    # Per-mailbox leases already keep two workers off the same mailbox.
    return _run(app, "sync", body, lease=False)


def prepare_drafts(app: Flask) -> str:
    """Prepare drafts for customers who need a follow-up; return the outcome line."""
    from followup.prepare import prepare_drafts as prepare

    st = _state(app)
    result = prepare(st.db, st.settings)
    return f"{len(result['created'])} created, {len(result['skipped'])} skipped"


def prepare_drafts_job(app: Flask) -> str | None:
    """The scheduled form of prepare_drafts, under its lease."""
    return _run(app, "prepare", lambda: prepare_drafts(app))


def send_approved(app: Flask) -> str | None:
    """Send approved drafts whose policy gate passes."""

    def body() -> str:
        from followup.outbox import send_due

        st = _state(app)
        result = send_due(st.db, st.vault, st.settings, worker_id=leases.holder_id())
        return f"{len(result['sent'])} sent, {len(result['held'])} held, {len(result['failed'])} failed"

    # Sends are claimed draft by draft and serialised per customer, so several workers may send at once
    # on PostgreSQL; on SQLite there is one writer anyway, so one process sends.
    return _run(app, "send", body, lease=_state(app).db.is_sqlite)


def reconcile_sends(app: Flask) -> str | None:
    """Settle sends whose outcome is unknown after a crash (Sent folder first, never a blind resend)."""

    def body() -> str:
        from followup.outbox import reconcile

        st = _state(app)
        result = reconcile(st.db, st.vault, st.settings)
        return ", ".join(f"{len(v)} {k}" for k, v in result.items()) or "nothing to reconcile"

    return _run(app, "reconcile", body)


def prune_audit(app: Flask) -> str | None:
    """Delete audit events older than [schedule] audit_retention."""

    def body() -> str:
        from followup.audit import prune

        st = _state(app)
        with st.db.write_session() as session:
            removed = prune(session, utcnow() - st.settings.schedule.audit_retention)
            session.commit()
        return f"{removed} audit events older than {st.settings.schedule.audit_retention.days} days removed"

    return _run(app, "prune", body)


def build_scheduler(app: Flask) -> BackgroundScheduler:
    """A scheduler with every job at its configured interval; sync and send also run once at start."""
    sched = _state(app).settings.schedule
    scheduler = BackgroundScheduler(timezone=timezone.utc, job_defaults={"coalesce": True, "max_instances": 1})
    now = datetime.now(timezone.utc)
    for func, every, start_now in ((sync_mailboxes, sched.sync_every, True), (send_approved, sched.send_every, True),
                                   (reconcile_sends, sched.reconcile_every, True), (prune_audit, sched.prune_every, False)):
        scheduler.add_job(func, "interval", args=[app], id=func.__name__, seconds=every.total_seconds(),
                          next_run_time=now if start_now else None)
    app.extensions["followup.scheduler"] = scheduler
    app.extensions.setdefault("followup.jobs", JobLog())
    return scheduler
