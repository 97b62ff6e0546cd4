"""Scheduled jobs: leases keep them single across processes; each logs one outcome line."""
import logging
import os
import subprocess
import sys
import threading
from datetime import timedelta

import pytest
from sqlmodel import select

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
                                                    "load_history", "watch_inboxes"}
    assert scheduler.get_job("send_approved").trigger.interval == timedelta(minutes=1)
    assert scheduler.get_job("sync_mailboxes").trigger.interval == timedelta(minutes=5)


def test_scheduler_imports_what_its_threads_need_before_they_start(config_file, tmp_path):
    """Building the scheduler imports every module a job thread would import on first use (no import race later)."""
    code = ("import sys; from app import create_app; from followup import jobs; "
            "app = create_app({'TESTING': True}, config_path=sys.argv[1]); "
            "before = {m for m in jobs.JOB_MODULES if m in sys.modules}; jobs.build_scheduler(app); "
            "print(sorted(before)); print(sorted(m for m in jobs.JOB_MODULES if m not in sys.modules))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")} | {"FOLLOWUP_SECRET_KEY": "k"}
    out = subprocess.run([sys.executable, "-c", code, str(config_file)], capture_output=True, text=True, env=env,
                         check=True).stdout.splitlines()
    assert "followup.mail.imap" not in out[0]  # the app's start alone does not import it: the scheduler must
    assert out[1] == "[]"


@pytest.mark.dovecot
def test_idle_watcher_syncs_new_mail_as_it_arrives(app, db, session, dovecot, imap_user, monkeypatch):
    """With IMAP IDLE, a message appended to INBOX is synced by the watcher, not by the next scheduled tick."""
    from email.message import EmailMessage

    from followup.mailboxes import add_mailbox
    from followup.models import Message
    from followup.users import add_user
    from followup_testing.servers import DEFAULT_IMAP_PASSWORD

    rep = add_user(session, "rita@example.com", "Rita Rep", "correct horse battery")
    box = add_mailbox(session, app.extensions["followup"].vault, name="work", owner=rep, username=imap_user,
                      password=DEFAULT_IMAP_PASSWORD, imap_host=dovecot.host, imap_port=dovecot.imap_port,
                      imap_security="none", email_address="rita@example.com")
    session.commit()
    synced = []
    done = [threading.Event(), threading.Event()]
    real_sync_one = jobs.sync_one

    def counting_sync_one(flask_app, name):
        result = real_sync_one(flask_app, name)
        synced.append(result)
        done[min(len(synced), 2) - 1].set()
        return result

    monkeypatch.setattr(jobs, "sync_one", counting_sync_one)
    stop = threading.Event()
    watcher = threading.Thread(target=jobs.watch_inbox, args=(app, box.id, stop), daemon=True)
    watcher.start()
    try:
        assert done[0].wait(30), "the watcher never reached IDLE"
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "Cleo Customer <cleo@customer.example>", "rita@example.com", "Rates"
        msg["Message-ID"] = "<idle-test@customer.example>"
        msg.set_content("Could you send the rate sheet?")
        dovecot.append(imap_user, "INBOX", msg.as_bytes())
        assert done[1].wait(30), "new mail was not noticed through IDLE"
    finally:
        stop.set()
        watcher.join(timeout=30)
    assert synced[1]["new_messages"] == 1
    assert session.exec(select(Message.subject).where(Message.message_id_header.contains("idle-test"))).all() == ["Rates"]


@pytest.mark.dovecot
def test_the_sync_job_reads_the_recent_window_and_the_history_job_the_rest(app, db, session, dovecot, imap_user,
                                                                           caplog):
    from followup.mailboxes import add_mailbox
    from followup.models import Customer, MailboxFolder, Message
    from followup.users import add_user
    from followup_testing.servers import DEFAULT_IMAP_PASSWORD
    from test_sync import mail

    st = app.extensions["followup"]
    rep = add_user(session, "rep@example.com", "Rita Rep", "correct horse battery staple")
    add_mailbox(session, st.vault, name="work", owner=rep, username=imap_user, password=DEFAULT_IMAP_PASSWORD,
                imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_security="none",
                email_address="rep@example.com")
    session.commit()
    old = utcnow() - timedelta(days=400)
    stop, _ = mail("Sam <sam@customer.example>", "rep@example.com", "Re: offer", "Please stop emailing me.", when=old)
    dovecot.write_maildir(imap_user, "INBOX", [stop], internaldate=old)
    ask, _ = mail("Sam <sam@customer.example>", "rep@example.com", "Seats", "Could you send the quote for 12 seats?")
    dovecot.write_maildir(imap_user, "INBOX", [ask])
    caplog.set_level(logging.INFO, logger="followup.jobs")

    jobs.sync_mailboxes(app)
    with db.session() as s:
        assert s.exec(select(Message)).all() and len(s.exec(select(Message)).all()) == 1
        assert s.exec(select(MailboxFolder.history_uid).where(MailboxFolder.role == "inbox")).one() is not None
    summary = jobs.load_history(app)

    assert summary.startswith("1 mailboxes: 1 older messages read, 0 failed; history complete")
    assert "history: 1 mailboxes" in caplog.text
    with db.session() as s:
        assert s.exec(select(Customer.status).where(Customer.email == "sam@customer.example")).one() == "do_not_contact"
