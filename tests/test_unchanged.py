"""The no-change `followup sync` without the ORM (followup/inbound/unchanged.py), run as the real command against the
real Dovecot and the test database (SQLite, or PostgreSQL with --db=postgres).

Which path a run took is read from the process itself, not from its speed: a probe wrapped around the console
script's entry point writes down whether SQLAlchemy was imported when the process exits.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from followup.clock import utcnow
from followup.config import documented_keys, load_settings
from followup.exceptions import ConfigError
from followup.inbound.sync import sync_mailbox
from followup.inbound.unchanged import KEYS, _check
from followup.mailboxes import add_mailbox, edit_mailbox
from followup.models import Mailbox, MailboxFolder
from followup.users import add_user
from followup_testing.servers import DEFAULT_IMAP_PASSWORD
from tests.test_sync import mail

REP = "rep@example.com"
PROBE = ("import atexit, os, sys\n"
         "atexit.register(lambda: open(os.environ['UNCHANGED_PROBE'], 'w').write(' '.join(\n"
         "    name for name in ('sqlalchemy', 'sqlmodel', 'pydantic', 'imapclient') if name in sys.modules)))\n"
         "from followup.cli import main\n"
         "sys.exit(main())\n")  # as the console script calls it
# The full path for the same run: a [policy] key (at its default) is one the quick path leaves to it.
FULL = {"FOLLOWUP_POLICY_MAX_PER_WINDOW": "2"}


@pytest.fixture
def run(config_file, tmp_path):
    """Run `followup ARGS` as the console script would: (CompletedProcess, whether SQLAlchemy was imported).

    A run without SQLAlchemy (the quick path) must have imported none of SQLModel, pydantic and imapclient either.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_") or k == "FOLLOWUP_CORPORA"}
    env.update(FOLLOWUP_CONFIG=str(config_file), FOLLOWUP_SECRET_KEY="test-secret-key",
               FOLLOWUP_OUTBOX_UNDO_WINDOW="0s", UNCHANGED_PROBE=str(tmp_path / "probe"))

    def go(*args: str, extra_env: dict | None = None) -> tuple[subprocess.CompletedProcess, bool]:
        probe = tmp_path / "probe"
        probe.unlink(missing_ok=True)
        done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                              env={**env, **(extra_env or {})}, cwd=config_file.parent)
        imported = probe.read_text().split()
        assert imported == [] or "sqlalchemy" in imported, f"the quick path imported {imported}"
        return done, "sqlalchemy" in imported

    return go


@pytest.fixture
def mailbox(session, app, dovecot, imap_user):
    """The rep's mailbox on the test Dovecot (plain IMAP), never synced."""
    vault = app.extensions["followup"].vault
    rep = add_user(session, REP, "Rita Rep", "correct horse battery staple")
    box = add_mailbox(session, vault, name="work", owner=rep, username=imap_user, password=DEFAULT_IMAP_PASSWORD,
                      imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_security="none", email_address=REP)
    session.commit()
    return box


def synced(run, dovecot, imap_user, count: int = 3) -> dict:
    """Write count customer messages to INBOX and sync them (the full path: nothing was synced); the JSON."""
    dovecot.write_maildir(imap_user, "INBOX", [mail(f"C{i} <c{i}@customer.example>", REP, f"Order {i}",
                                                    f"Could you send the quote for {i} units?")[0]
                                               for i in range(count)])
    done, orm = run("sync", "--json")
    assert done.returncode == 0, done.stderr
    assert orm, "a mailbox never synced is the full path's"
    return json.loads(done.stdout)


def last_sync(session, mailbox) -> datetime:
    """The mailbox's stored last_sync_at, read afresh."""
    session.rollback()
    session.expire_all()
    return session.get(Mailbox, mailbox.id).last_sync_at


def test_a_no_change_resync_skips_the_orm_and_prints_what_the_full_sync_prints(run, session, mailbox, dovecot,
                                                                               imap_user):
    assert synced(run, dovecot, imap_user)["new_messages"] == 3
    for args in (["sync", "--json"], ["sync", "work", "--json"], ["sync"], ["sync", "work"]):
        before = last_sync(session, mailbox)
        quick, orm = run(*args)
        assert not orm, f"{args}: the no-change sync imported SQLAlchemy"
        assert quick.returncode == 0 and quick.stderr == ""
        after_quick = last_sync(session, mailbox)
        assert after_quick > before  # recorded as the full sync records it
        full, orm = run(*args, extra_env=FULL)
        assert orm and full.returncode == 0 and full.stderr == ""
        assert quick.stdout == full.stdout, args
        assert last_sync(session, mailbox) > after_quick
    assert quick.stdout == "work: 0 new, 0 quarantined\n"
    data = json.loads(run("sync", "--json")[0].stdout)
    assert data["mailboxes"][0]["folders"]["INBOX"] == {
        "role": "inbox", "new_messages": 0, "quarantined": 0, "found_again": 0, "server_messages": 3,
        "unchanged": True, "resynced": False}


def test_new_mail_takes_the_full_path_and_is_stored(run, mailbox, dovecot, imap_user):
    synced(run, dovecot, imap_user)
    raw, _ = mail("Dora <dora@customer.example>", REP, "Re: Order 1", "We decided: 40 units.")
    dovecot.write_maildir(imap_user, "INBOX", [raw])
    done, orm = run("sync", "--json")
    assert orm and done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["new_messages"] == 1
    again, orm = run("sync", "--json")
    assert not orm and json.loads(again.stdout)["new_messages"] == 0


def test_history_not_finished_takes_the_full_path_which_reads_it(run, app, session, mailbox, dovecot, imap_user):
    state = app.extensions["followup"]
    old = utcnow() - timedelta(days=200)
    for i in range(2):
        raw, _ = mail(f"Old {i} <old{i}@customer.example>", REP, f"Last year {i}", "Any news?", when=old)
        dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=old.replace(tzinfo=timezone.utc))
    raw, _ = mail("New <new@customer.example>", REP, "This week", "Could you call me?")
    dovecot.write_maildir(imap_user, "INBOX", [raw])
    # As serve/worker do: the recent window now, the older history left for a background job.
    recent = sync_mailbox(state.db.session, mailbox.id, state.vault, state.settings, history=False)
    assert recent.error is None and recent.new_messages == 1
    done, orm = run("sync", "--json")
    assert orm and done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["new_messages"] == 2  # the history, read by the full path
    session.rollback()
    assert all(f.history_uid is None for f in session.exec(select(MailboxFolder)))
    again, orm = run("sync", "--json")
    assert not orm and json.loads(again.stdout)["new_messages"] == 0


def test_a_folder_never_synced_takes_the_full_path(run, config_file, mailbox, dovecot, imap_user):
    synced(run, dovecot, imap_user)
    raw, _ = mail("Abe <abe@customer.example>", REP, "Filed", "Please send the invoice again.")
    dovecot.write_maildir(imap_user, "Archive", [raw])
    config_file.write_text(config_file.read_text() + '[sync]\nextra_folders = ["Archive"]\n')
    done, orm = run("sync", "--json")
    assert orm and done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["new_messages"] == 1 and data["mailboxes"][0]["folders"]["Archive"]["role"] == "other"
    again, orm = run("sync", "--json")
    assert not orm and again.returncode == 0
    assert json.loads(again.stdout) == json.loads(run("sync", "--json", extra_env=FULL)[0].stdout)


def test_a_changed_uidvalidity_takes_the_full_path_which_reads_the_folder_again(run, mailbox, dovecot, imap_user):
    synced(run, dovecot, imap_user)
    dovecot.set_uidvalidity(imap_user, "INBOX", dovecot.uidvalidity(imap_user, "INBOX") + 1000)
    done, orm = run("sync", "--json")
    assert orm and done.returncode == 0, done.stderr
    inbox = json.loads(done.stdout)["mailboxes"][0]["folders"]["INBOX"]
    assert inbox["resynced"] and inbox["found_again"] == 3 and inbox["new_messages"] == 0
    assert not run("sync", "--json")[1]


def test_a_wrong_password_takes_the_full_path_which_reports_and_records_it(run, app, session, mailbox, dovecot,
                                                                           imap_user):
    synced(run, dovecot, imap_user)
    edit_mailbox(session, app.extensions["followup"].vault, session.get(Mailbox, mailbox.id), username=imap_user,
                 imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_security="none", password="not-it")
    session.commit()
    done, orm = run("sync", "work")
    assert orm and done.returncode == 1
    assert "wrong username or password" in done.stderr and done.stderr.count("\n") == 1
    assert done.stdout.startswith("work: 0 new, 0 quarantined (failed: ")
    session.rollback()
    session.expire_all()
    assert "wrong username or password" in session.get(Mailbox, mailbox.id).last_error
    assert run("sync", "work")[1], "a mailbox with an error is the full path's to clear"


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_a_tls_mailbox_takes_the_quick_path_only_with_a_trusted_certificate(security, run, app, session, mailbox,
                                                                            dovecot, imap_user):
    synced(run, dovecot, imap_user)
    port = dovecot.imaps_port if security == "ssl" else dovecot.imap_port
    edit_mailbox(session, app.extensions["followup"].vault, session.get(Mailbox, mailbox.id), username=imap_user,
                 imap_host=dovecot.host, imap_port=port, imap_security=security)
    session.commit()
    trusted = {"SSL_CERT_FILE": str(dovecot.cert_path)}
    quick, orm = run("sync", "--json", extra_env=trusted)
    assert not orm and quick.returncode == 0, quick.stderr
    full, orm = run("sync", "--json", extra_env={**trusted, **FULL})
    assert orm and quick.stdout == full.stdout
    untrusted, orm = run("sync")
    assert orm and untrusted.returncode == 1 and "certificate not trusted" in untrusted.stderr


def test_a_bad_value_of_a_key_the_quick_path_reads_is_reported_as_the_full_path_reports_it(run, mailbox, dovecot,
                                                                                          imap_user):
    synced(run, dovecot, imap_user)
    done, orm = run("sync", extra_env={"FOLLOWUP_SYNC_TIMEOUT": "0s"})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "error: [sync] timeout: must be longer than 0s\n"


@pytest.mark.parametrize("value", [-1, 0, 1, 80, 1024, 70000, True, "", "x", "30s", "0s", "1h30m", "4000d", "info",
                                   "DEBUG", "extractive", [], ["a"], [1]])
def test_the_quick_path_accepts_no_value_the_settings_refuse(value, tmp_path):
    """Every key the quick path reads is a real setting, and what it accepts followup.config accepts too."""
    known = documented_keys()
    for section, keys in KEYS.items():
        for key, kind in keys.items():
            assert key in known[section], f"[{section}] {key}"
            try:
                _check(kind, value, False)
            except Exception:
                continue  # refused here: the full path decides
            path = tmp_path / "config.toml"
            path.write_text(f"[{section}]\n{key} = {json.dumps(value)}\n")
            try:
                load_settings(path, environ={})
            except ConfigError as exc:
                pytest.fail(f"[{section}] {key} = {value!r}: accepted by the quick path, refused by the settings: {exc}")


def test_the_probe_sees_a_command_that_reads_the_database_import_the_orm(run, app):
    done, orm = run("drafts", "list", "--json")
    assert done.returncode == 0 and json.loads(done.stdout) == []
    assert orm, "the probe cannot tell the paths apart"
