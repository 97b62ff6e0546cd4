"""Scheduled jobs: leases keep them single across processes; each logs one outcome line."""
import logging
from datetime import timedelta

from followup import audit, jobs, leases
from followup.clock import utcnow
from followup.models import AuditEvent


def test_a_job_held_by_another_worker_is_skipped(app, db, caplog):
    assert leases.acquire(db, "job:prune", "another-host:1", timedelta(minutes=5))
    with caplog.at_level(logging.INFO, logger="followup.jobs"):
        assert jobs.prune_audit(app) is None
    assert "prune: skipped, another worker holds the job" in caplog.text


def test_prune_removes_only_old_audit_events(app, db, session, caplog):
    audit.record(session, "old", team_id=None)
    audit.record(session, "new", team_id=None)
    session.commit()
    old = session.exec(AuditEvent.__table__.select().where(AuditEvent.kind == "old")).first()
    session.execute(AuditEvent.__table__.update().where(AuditEvent.id == old.id)
                    .values(created_at=utcnow() - timedelta(days=400)))
    session.commit()
    with caplog.at_level(logging.INFO, logger="followup.jobs"):
        summary = jobs.prune_audit(app)
    assert summary.startswith("1 audit events older than 365 days removed")
    assert [e.kind for e in session.exec(AuditEvent.__table__.select())] == ["new"]
    assert "prune: 1 audit events" in caplog.text
    assert app.extensions["followup.jobs"].snapshot()["prune"]["ok"] is True


def test_a_failing_job_is_logged_and_recorded_not_raised(app, monkeypatch, caplog):
    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(audit, "prune", boom)
    with caplog.at_level(logging.INFO, logger="followup.jobs"):
        assert jobs.prune_audit(app) is None
    assert "prune: failed: RuntimeError: disk on fire" in caplog.text
    assert app.extensions["followup.jobs"].snapshot()["prune"] == {
        **app.extensions["followup.jobs"].snapshot()["prune"], "ok": False}


def test_scheduler_has_one_named_job_per_duty(app):
    scheduler = jobs.build_scheduler(app)
    assert {j.id for j in scheduler.get_jobs()} == {"sync_mailboxes", "send_approved", "reconcile_sends", "prune_audit",
                                                    "watch_inboxes"}
    assert scheduler.get_job("send_approved").trigger.interval == timedelta(minutes=1)
    assert scheduler.get_job("sync_mailboxes").trigger.interval == timedelta(minutes=5)
