"""Network faults between the app and the real Dovecot / SMTP server (followup_testing/faultproxy.py in between).

Sync cut mid-FETCH then resumed: every message stored exactly once (no duplicate, no gap). A slow server
still syncs. A refused or silent server is one line of error, exit 1, and the mailbox's last error on the web
page. An SMTP connection cut after the message text went out, before the server's reply: never sent twice.
"""
from __future__ import annotations

import html
import json
import uuid
from datetime import timedelta

import pytest
from sqlmodel import func, select

from followup.clock import utcnow
from followup.inbound.sync import sync_mailbox
from followup.mailboxes import add_mailbox
from followup.models import Draft, Mailbox, Message, QuarantinedMessage, SendRecord
from followup.outbound.outbox import reconcile, send_due
from followup.users import add_user
from followup_testing.faultproxy import FaultProxy
from followup_testing.servers import DEFAULT_IMAP_PASSWORD
from test_outbox import fresh, seed, sent_folder

pytestmark = pytest.mark.dovecot

REP = "rep@example.com"
SYNC_TIMEOUT = "2s"  # how long a blackholed server is waited for (the fault under test)
BATCH = 40
# What the test SMTP sink (followup_testing/servers.py) answers to the message text and to QUIT.
FINAL_REPLY = b"250 Message accepted for delivery\r\n"
QUIT_REPLY = b"221 Bye\r\n"
MAIL_REPLY = RCPT_REPLY = b"250 OK\r\n"
DATA_REPLY = b"354 End data with <CR><LF>.<CR><LF>\r\n"


@pytest.fixture
def config_file(config_file):
    """Small sync batches (so a cut falls between commits), a short IMAP timeout, sends at any hour."""
    config_file.write_text(config_file.read_text()
                           + f'[sync]\nbatch_size = {BATCH}\nparse_workers = 1\ntimeout = "{SYNC_TIMEOUT}"\nidle = false\n'
                           + '[policy]\nsend_window = "always"\nmin_gap = "0s"\n'
                           + '[outbox]\nretry_backoff = "1m"\nmax_attempts = 3\nsmtp_timeout = "2s"\n')
    return config_file


@pytest.fixture
def st(app):
    return app.extensions["followup"]


@pytest.fixture
def imap_proxy(dovecot):
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        yield proxy


def make_messages(n: int, body_bytes: int = 3000) -> tuple[list[bytes], set[str]]:
    """n distinct plain messages from 25 customers (raw bytes, and their Message-IDs without <>)."""
    tag = uuid.uuid4().hex[:8]
    filler = b"".join(b"line %04d of what the customer wrote about the order\r\n" % i
                      for i in range(body_bytes // 50))
    raws, ids = [], set()
    for i in range(n):
        mid = f"{tag}-{i}@customer.example"
        ids.add(mid)
        raws.append(b"From: Customer %d <c%d@customer.example>\r\nTo: %s\r\nSubject: Order %d\r\n"
                    b"Date: Mon, 23 Nov 2026 10:%02d:00 +0000\r\nMessage-ID: <%s>\r\n\r\n"
                    % (i % 25, i % 25, REP.encode(), i, i % 60, mid.encode()) + filler)
    return raws, ids


def add_box(session, vault, imap_user: str, port: int, *, password: str = DEFAULT_IMAP_PASSWORD) -> Mailbox:
    """The rep and a mailbox whose IMAP server is 127.0.0.1:port (the proxy)."""
    rep = add_user(session, REP, "Rita Rep", "correct horse battery staple")
    box = add_mailbox(session, vault, name="work", owner=rep, username=imap_user, password=password,
                      imap_host="127.0.0.1", imap_port=port, imap_security="none", email_address=REP)
    session.commit()
    return box


def stored(db) -> tuple[int, int, int]:
    """(Message rows, distinct Message-IDs, quarantined rows)."""
    with db.session() as s:
        rows = s.exec(select(func.count()).select_from(Message)).one()
        distinct = s.exec(select(func.count(func.distinct(Message.message_id_header)))).one()
        quarantined = s.exec(select(func.count()).select_from(QuarantinedMessage)).one()
    return rows, distinct, quarantined


def stored_ids(db) -> set[str]:
    with db.session() as s:
        return {m.strip("<>") for m in s.exec(select(Message.message_id_header))}


def mailbox_row(db, box_id: int) -> Mailbox:
    with db.session() as s:
        row = s.get(Mailbox, box_id)
        s.expunge(row)
    return row


# ---------------------------------------------------------------- IMAP: cut, resume


@pytest.mark.parametrize("cut_at", [0.05, 0.5, 0.95], ids=["cut-early", "cut-middle", "cut-late"])
def test_sync_cut_mid_fetch_then_resumed_stores_every_message_once(db, session, st, dovecot, imap_user, imap_proxy,
                                                                    cut_at):
    raws, ids = make_messages(400)
    dovecot.write_maildir(imap_user, "INBOX", raws)
    box = add_box(session, st.vault, imap_user, imap_proxy.port)
    total = sum(len(r) for r in raws)

    imap_proxy.cut_after(int(total * cut_at), times=1)
    cut = sync_mailbox(db.session, box.id, st.vault, st.settings)
    partial = stored(db)
    failed_row = mailbox_row(db, box.id)
    resumed = sync_mailbox(db.session, box.id, st.vault, st.settings)

    assert imap_proxy.cuts == 1
    assert cut.error is not None and "\n" not in cut.error
    assert cut.error == (f"mailbox work: IMAP 127.0.0.1:{imap_proxy.port}: connection lost during sync: "
                         "the server closed the connection during FETCH")
    assert failed_row.last_error == cut.error and failed_row.last_error_at is not None
    assert partial[0] == partial[1] < len(raws)  # what the cut run stored, it stored once
    assert resumed.error is None, resumed.error
    assert partial[0] + resumed.new_messages == len(raws)
    assert stored(db) == (len(raws), len(raws), 0)
    assert stored_ids(db) == ids
    assert mailbox_row(db, box.id).last_error is None


def test_sync_cut_again_and_again_makes_progress_and_loses_nothing(db, session, st, dovecot, imap_user, imap_proxy):
    raws, ids = make_messages(600)
    dovecot.write_maildir(imap_user, "INBOX", raws[:500])
    box = add_box(session, st.vault, imap_user, imap_proxy.port)
    # Each connection dies after ~3 batches' worth of bytes; 5 cuts, then the line is clean again.
    imap_proxy.cut_after(3 * BATCH * len(raws[0]), times=5)
    outcomes = []
    for _ in range(8):
        result = sync_mailbox(db.session, box.id, st.vault, st.settings)
        outcomes.append(result.error is None)
        if result.error is None:
            break
    dovecot.write_maildir(imap_user, "INBOX", raws[500:])  # new mail after the faults
    last = sync_mailbox(db.session, box.id, st.vault, st.settings)

    assert imap_proxy.cuts == 5 and outcomes[-1] is True and outcomes.count(False) == 5, outcomes
    assert last.error is None and last.new_messages == 100
    assert stored(db) == (len(raws), len(raws), 0)
    assert stored_ids(db) == ids


def test_a_line_that_dies_before_two_batches_arrive_still_makes_progress(db, session, st, dovecot, imap_user,
                                                                        imap_proxy):
    raws, ids = make_messages(4 * BATCH)
    dovecot.write_maildir(imap_user, "INBOX", raws)
    box = add_box(session, st.vault, imap_user, imap_proxy.port)
    # Every connection dies 1.5 batches into the FETCHes: the batch fetched whole must still be stored.
    imap_proxy.cut_after(int(1.5 * BATCH * len(raws[0])), times=3)
    progress = []
    for _ in range(3):
        result = sync_mailbox(db.session, box.id, st.vault, st.settings)
        progress.append((result.error is None, stored(db)[0]))
    last = sync_mailbox(db.session, box.id, st.vault, st.settings)

    assert imap_proxy.cuts == 3
    assert progress == [(False, BATCH), (False, 2 * BATCH), (False, 3 * BATCH)], progress
    assert last.error is None and last.new_messages == BATCH
    assert stored(db) == (len(raws), len(raws), 0) and stored_ids(db) == ids


def test_a_slow_server_within_the_timeout_still_syncs(db, session, st, dovecot, imap_user, imap_proxy):
    raws, ids = make_messages(60)
    dovecot.write_maildir(imap_user, "INBOX", raws)
    box = add_box(session, st.vault, imap_user, imap_proxy.port)
    imap_proxy.delay(25)

    result = sync_mailbox(db.session, box.id, st.vault, st.settings)

    assert imap_proxy.delayed_chunks >= 10
    assert result.error is None and result.new_messages == len(raws)
    assert stored(db) == (len(raws), len(raws), 0) and stored_ids(db) == ids


# ---------------------------------------------------------------- IMAP: refused, silent: one line, exit 1, on the page


def _refused(proxy):
    proxy.refuse(listen=False)
    return "connection refused (nothing listens on that port)"


def _hung_up(proxy):
    proxy.refuse(listen=True)
    return "the server closed the connection without answering"


def _blackholed(proxy):
    proxy.blackhole()
    return f"no answer within {SYNC_TIMEOUT[:-1]}s (timed out)"


@pytest.mark.parametrize("fault", [_refused, _hung_up, _blackholed], ids=["refused", "hung-up", "blackholed"])
def test_unreachable_server_is_one_line_exit_1_and_the_mailbox_error(db, session, st, cli, dovecot, imap_user,
                                                                      imap_proxy, fault):
    box = add_box(session, st.vault, imap_user, imap_proxy.port)
    words = fault(imap_proxy)
    expected = f"mailbox work: IMAP 127.0.0.1:{imap_proxy.port}: {words}"

    result = cli("sync")

    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stderr == f"error: {expected}\n"
    assert result.stdout == f"work: 0 new, 0 quarantined (failed: {expected})\n"
    row = mailbox_row(db, box.id)
    assert row.last_error == expected and row.last_error_at is not None and row.last_sync_at is None
    assert imap_proxy.refused + imap_proxy.blackholed >= (0 if fault is _refused else 1)


def test_the_mailbox_page_shows_the_last_error(db, client, teams, st, dovecot, imap_user, imap_proxy):
    with db.session() as s:
        box = s.get(Mailbox, teams[0].mailbox_id)
        box.imap_host, box.imap_port, box.imap_security = "127.0.0.1", imap_proxy.port, "none"
        box.username, box.password_encrypted = imap_user, st.vault.encrypt(DEFAULT_IMAP_PASSWORD)
        s.add(box)
        s.commit()
        box_id, name = box.id, box.name
    imap_proxy.refuse(listen=False)

    failed = sync_mailbox(db.session, box_id, st.vault, st.settings)
    page_failing = client.get("/mailboxes").text
    imap_proxy.pass_through()
    healed = sync_mailbox(db.session, box_id, st.vault, st.settings)
    page_healed = client.get("/mailboxes").text

    expected = f"mailbox {name}: IMAP 127.0.0.1:{imap_proxy.port}: connection refused (nothing listens on that port)"
    assert failed.error == expected
    assert html.escape(expected, quote=False) in page_failing
    assert healed.error is None and expected not in page_healed


# ---------------------------------------------------------------- SMTP: cut after the text, before the reply


@pytest.fixture
def smtp_proxy(smtp_server):
    with FaultProxy(smtp_server.host, smtp_server.port) as proxy:
        yield proxy


def _deliveries(smtp_server, session) -> dict[int, int]:
    """How many times the SMTP server received each draft (by its send record's Message-ID)."""
    import email

    by_mid = {r.message_id_header: r.draft_id for r in session.exec(select(SendRecord))}
    counts: dict[int, int] = {}
    for m in smtp_server.messages:
        draft_id = by_mid[email.message_from_bytes(m.data)["Message-ID"]]
        counts[draft_id] = counts.get(draft_id, 0) + 1
    return counts


def _measure_then_approve(session, db, st, world, smtp_proxy, smtp_server) -> int:
    """Send the first draft cleanly (measuring what the server says before its final reply), approve the second."""
    from followup.approval import approve

    first, second = world["drafts"]
    approve(session, session.get(Draft, first.id), world["rep"])
    session.commit()
    clean = send_due(db, st.vault, st.settings)
    assert clean["sent"] == [first.id] and len(smtp_server.messages) == 1
    fresh(session)
    approve(session, session.get(Draft, second.id), world["rep"])
    session.commit()
    return smtp_proxy.bytes_down - len(FINAL_REPLY) - len(QUIT_REPLY)


@pytest.mark.parametrize("reply_bytes, outcome", [(1, "unknown"), (2, "unknown"), (3, "sent")],
                         ids=["reply-cut-after-2", "reply-cut-after-25", "reply-cut-after-250"])
def test_smtp_cut_after_data_before_the_reply_is_never_sent_twice(app, db, session, st, smtp_server, smtp_proxy,
                                                                   dovecot, imap_user, reply_bytes, outcome):
    world = seed(session, st.vault, smtp=smtp_proxy, dovecot=dovecot, imap_user=imap_user, customers=2,
                 approve_them=False)
    first, second = world["drafts"]
    before_final = _measure_then_approve(session, db, st, world, smtp_proxy, smtp_server)

    # The line dies once reply_bytes of the server's final reply ("250 Message accepted") reached the client.
    smtp_proxy.cut_after(before_final + reply_bytes, times=1)
    cut = send_due(db, st.vault, st.settings)
    later = utcnow() + timedelta(minutes=10)  # past any retry time: a retried draft would go out again here
    runs = [send_due(db, st.vault, st.settings), reconcile(db, st.vault, st.settings),
            send_due(db, st.vault, st.settings, now=later), reconcile(db, st.vault, st.settings, now=later)]

    assert smtp_proxy.cuts == 1
    if outcome == "unknown":  # the client cannot tell: it must not retry, and says so
        assert [u["id"] for u in cut["unknown"]] == [second.id] and cut["sent"] == [], cut
        assert "no answer after the message was sent" in cut["unknown"][0]["reason"]
    else:  # a whole "250" was heard: accepted
        assert cut["sent"] == [second.id] and cut["unknown"] == [], cut
    assert all(r["sent"] == [] and r["unknown"] == [] and r.get("held", []) == [] for r in runs), runs
    fresh(session)
    assert session.get(Draft, second.id).status == outcome
    assert _deliveries(smtp_server, session) == {first.id: 1, second.id: 1}  # the server did take it, once
    assert len(sent_folder(dovecot, imap_user)) == (1 if outcome == "unknown" else 2)


def test_smtp_cut_before_the_text_is_retried_and_sent_once(app, db, session, st, smtp_server, smtp_proxy, dovecot,
                                                           imap_user):
    world = seed(session, st.vault, smtp=smtp_proxy, dovecot=dovecot, imap_user=imap_user, customers=2,
                 approve_them=False)
    first, second = world["drafts"]
    before_final = _measure_then_approve(session, db, st, world, smtp_proxy, smtp_server)
    before_mail_reply = before_final - len(MAIL_REPLY) - len(RCPT_REPLY) - len(DATA_REPLY)

    smtp_proxy.cut_after(before_mail_reply + 1, times=1)  # MAIL FROM's reply cut: no text has gone out
    cut = send_due(db, st.vault, st.settings)
    early = send_due(db, st.vault, st.settings)  # before the retry time: held, not sent
    later = send_due(db, st.vault, st.settings, now=utcnow() + timedelta(minutes=2))
    after = [send_due(db, st.vault, st.settings, now=utcnow() + timedelta(minutes=3)),
             reconcile(db, st.vault, st.settings)]

    assert smtp_proxy.cuts == 1
    assert cut["sent"] == [] and cut["unknown"] == [] and [h["id"] for h in cut["held"]] == [second.id]
    assert "temporary SMTP error (attempt 1 of 3)" in cut["held"][0]["reason"]
    assert early["sent"] == [] and later["sent"] == [second.id]
    assert all(r["sent"] == [] for r in after)
    fresh(session)
    assert session.get(Draft, second.id).status == "sent"
    assert _deliveries(smtp_server, session) == {first.id: 1, second.id: 1}
    assert len(sent_folder(dovecot, imap_user)) == 2


def test_smtp_server_silent_or_refusing_is_one_line_exit_1_then_sent_once(app, db, session, st, cli, smtp_server,
                                                                          smtp_proxy, dovecot, imap_user):
    [draft] = seed(session, st.vault, smtp=smtp_proxy, dovecot=dovecot, imap_user=imap_user)["drafts"]
    where = f"mailbox main: SMTP 127.0.0.1:{smtp_proxy.port}"

    smtp_proxy.blackhole()
    silent = cli("send")
    smtp_proxy.refuse(listen=False)
    refused = cli("send")
    smtp_proxy.pass_through()
    healed = cli("send", "--json")
    again = cli("send", "--json")

    assert (silent.returncode, silent.stderr) == (1, f"error: {where}: no answer within 2s (timed out)\n")
    assert (refused.returncode, refused.stderr) == (
        1, f"error: {where}: connection refused (nothing listens on that port)\n")
    assert smtp_proxy.blackholed >= 1
    assert healed.returncode == 0 and json.loads(healed.stdout)["sent"] == [draft.id], healed.stdout
    assert again.returncode == 0 and json.loads(again.stdout)["sent"] == []
    fresh(session)
    assert session.get(Draft, draft.id).status == "sent"
    assert _deliveries(smtp_server, session) == {draft.id: 1}
