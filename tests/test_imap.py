"""IMAP/SMTP connections against the real Dovecot and aiosmtpd: folders, APPEND, search, and one-line errors."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from followup.exceptions import MailboxError
from followup.mail.imap import (
    append_sent,
    connect,
    fetch_bodies,
    find_folders,
    find_message_id,
    logout_quietly,
    test_mailbox,
)
from followup.mailboxes import add_mailbox
from followup.users import add_user
from followup_testing.servers import DEFAULT_IMAP_PASSWORD, SmtpServer, free_port

REP = "rep@example.com"


@pytest.fixture
def rep(session):
    user = add_user(session, REP, "Rita Rep", "correct horse battery staple")
    session.commit()
    return user


@pytest.fixture
def make_box(app, session, rep, imap_user, dovecot):
    """Store a mailbox (defaults: the test Dovecot, plain IMAP, right password); return it."""
    vault = app.extensions["followup"].vault

    def make(**overrides):
        fields = dict(name="work", owner=rep, username=imap_user, password=DEFAULT_IMAP_PASSWORD,
                      imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_security="none", email_address=REP)
        fields.update(overrides)
        box = add_mailbox(session, vault, **fields)
        session.commit()
        return box

    return make


def test_connect_ssl_starttls_and_plain_find_inbox_and_sent(make_box, dovecot, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cert_path))
    for name, port, security in (("plain", dovecot.imap_port, "none"), ("tls", dovecot.imaps_port, "ssl"),
                                 ("starttls", dovecot.imap_port, "starttls")):
        box = make_box(name=name, imap_port=port, imap_security=security)
        client = connect(box, DEFAULT_IMAP_PASSWORD, timeout=10)
        try:
            assert find_folders(client) == {"inbox": "INBOX", "sent": "Sent"}
        finally:
            logout_quietly(client)


def test_find_folders_falls_back_to_common_names_and_keeps_extra_folders(make_box, dovecot, imap_user):
    client = connect(make_box(), DEFAULT_IMAP_PASSWORD, timeout=10)
    try:
        client.create_folder("Archive")
        assert find_folders(client, ["Archive", "Missing"]) == {"inbox": "INBOX", "sent": "Sent", "Archive": "Archive"}
        # Without SPECIAL-USE flags the common names are tried: "Sent Items" is Outlook's.
        from followup.mail import imap

        listed = [(flags, sep, name) for flags, sep, name in client.list_folders()]
        unflagged = [((), sep, "Sent Items" if name == "Sent" else name) for flags, sep, name in listed]
        client.list_folders = lambda: unflagged
        assert imap.find_folders(client)["sent"] == "Sent Items"
    finally:
        logout_quietly(client)


def test_append_sent_then_find_message_id(make_box):
    client = connect(make_box(), DEFAULT_IMAP_PASSWORD, timeout=10)
    raw = (b"From: Rita Rep <rep@example.com>\r\nTo: c@customer.example\r\nSubject: Hi\r\n"
           b"Message-ID: <abc.123@followup.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nHello\r\n")
    try:
        assert not find_message_id(client, "Sent", "<abc.123@followup.example>")
        uid = append_sent(client, "Sent", raw, datetime(2026, 11, 23, 10, 0))
        assert uid == 1
        assert find_message_id(client, "Sent", "<abc.123@followup.example>")
        assert find_message_id(client, "Sent", "abc.123@followup.example")
        assert not find_message_id(client, "Sent", "other@followup.example")
        fetched = client.fetch([uid], [b"FLAGS", b"INTERNALDATE"])[uid]
        assert b"\\Seen" in fetched[b"FLAGS"]
        assert fetched[b"INTERNALDATE"].utcoffset() is not None
        internaldate = fetched[b"INTERNALDATE"]
        assert internaldate.replace(tzinfo=None) - internaldate.utcoffset() == datetime(2026, 11, 23, 10, 0)
    finally:
        logout_quietly(client)


def test_fetch_bodies_reads_what_imapclient_reads(make_box, dovecot, imap_user, corpora_dir):
    """The imaplib fast path returns the same bytes and INTERNALDATE as IMAPClient.fetch, in UID order."""
    raws = [p.read_bytes() for p in sorted((corpora_dir / "mikel-mail").rglob("*.eml"))[:40]]
    raws.append(b"Subject: empty body\r\n\r\n")
    dovecot.write_maildir(imap_user, "INBOX", raws, internaldate=datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc))
    client = connect(make_box(), DEFAULT_IMAP_PASSWORD, timeout=10)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        fast = fetch_bodies(client, list(reversed(uids)))
        slow = client.fetch(uids, [b"BODY.PEEK[]", b"INTERNALDATE"])
    finally:
        logout_quietly(client)
    assert [uid for uid, _, _ in fast] == sorted(uids) and len(fast) == len(raws)
    for uid, raw, internaldate in fast:
        assert raw == slow[uid][b"BODY[]"]
        assert internaldate == datetime(2026, 3, 4, 5, 6, 7)
    assert fast[-1][1].endswith(b"\r\n\r\n")


class _Answers:
    """Stands in for imaplib under IMAPClient: a FETCH answer of a shape Dovecot does not produce on demand."""

    def __init__(self, data):
        self.data = data

    def uid(self, command, *args):
        return "OK", self.data


@pytest.mark.parametrize("data", [
    [b'1 (UID 1 FLAGS (\\Seen))'],  # an unsolicited flag update among the answers
    [b'1 (UID 1 BODY[] NIL)'],  # no literal
    [(b'1 (INTERNALDATE "01-Jan-2026 00:00:00 +0000" BODY[] {0}', b""), b")"],  # no UID anywhere
])
def test_fetch_bodies_leaves_unknown_answers_to_imapclient(data):
    client = type("Client", (), {"_imap": _Answers(data)})()
    assert fetch_bodies(client, [1]) is None


def test_fetch_bodies_reads_items_after_the_literal():
    data = [(b'7 (BODY[] {5}', b"Hi!\r\n"), b' UID 9 INTERNALDATE " 3-Feb-2026 10:00:00 +0100")']
    client = type("Client", (), {"_imap": _Answers(data)})()
    assert fetch_bodies(client, [9]) == [(9, b"Hi!\r\n", datetime(2026, 2, 3, 9, 0))]


def test_mailbox_test_logs_in_to_imap_and_smtp(make_box, imap_user, tmp_path):
    with SmtpServer(tls_dir=tmp_path / "tls", user=imap_user, password=DEFAULT_IMAP_PASSWORD) as smtp:
        box = make_box(smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none")
        checks = test_mailbox(box, DEFAULT_IMAP_PASSWORD, timeout=10)
        assert [(c, ok) for c, ok, _ in checks] == [("imap", True), ("folders", True), ("smtp", True)]
        assert checks[2][2] == f"mailbox work: SMTP {smtp.host}:{smtp.port}: logged in as {imap_user} (none)"
        bad = test_mailbox(box, "wrong", timeout=10)
        assert [(c, ok) for c, ok, _ in bad] == [("imap", False), ("smtp", False)]
        assert bad[1][2] == (f"mailbox work: SMTP {smtp.host}:{smtp.port}: login failed for {imap_user}: wrong "
                             f"username or password (server said: 535 5.7.8 Authentication credentials invalid)")
        assert smtp.messages == []


def test_mailbox_test_cli_says_what_works(make_box, cli, dovecot, imap_user):
    make_box()
    result = cli("mailbox", "test", "work")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"ok   imap: mailbox work: IMAP {dovecot.host}:{dovecot.imap_port}: logged in as {imap_user} (none)",
        "ok   folders: INBOX: INBOX, Sent: Sent",
        "ok   smtp: no SMTP server configured: outgoing mail is written to a local folder",
    ]


def error_cases(dovecot):
    """(name, mailbox fields, extra env, the one error line) for every way a connection fails."""
    host, plain, tls = dovecot.host, dovecot.imap_port, dovecot.imaps_port
    closed = free_port()
    return [
        ("wrong-password", dict(password="not-the-password"), {},
         f"mailbox wrong-password: IMAP {host}:{plain}: login failed for {{user}}: wrong username or password "
         f"(server said: [AUTHENTICATIONFAILED] Authentication failed.)"),
        ("refused", dict(imap_port=closed), {},
         f"mailbox refused: IMAP {host}:{closed}: connection refused (nothing listens on that port)"),
        ("unknown-host", dict(imap_host="imap.no-such-host.invalid"), {},
         f"mailbox unknown-host: IMAP imap.no-such-host.invalid:{plain}: unknown host (the name does not resolve)"),
        ("tls-to-plain", dict(imap_security="ssl"), {"SSL_CERT_FILE": str(dovecot.cert_path)},
         f"mailbox tls-to-plain: IMAP {host}:{plain}: TLS handshake failed: port {plain} does not speak TLS "
         f"(try security starttls or none)"),
        ("untrusted-cert", dict(imap_port=tls, imap_security="ssl"), {},
         f"mailbox untrusted-cert: IMAP {host}:{tls}: certificate not trusted: self-signed certificate"),
    ]


def test_every_connection_failure_is_one_clear_line_with_exit_1(make_box, cli, dovecot, imap_user, monkeypatch):
    for name, fields, env, line in error_cases(dovecot):
        box = make_box(name=name, **fields)
        expected = line.replace("{user}", imap_user)
        result = cli("sync", name, "--json", extra_env=env)
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert result.stderr == f"error: {expected}\n", name
        data = json.loads(result.stdout)
        assert data["mailboxes"] == [{"name": name, "new_messages": 0, "quarantined": 0, "folders": {},
                                      "error": expected}]
        # The same line from `mailbox test` (and the web UI's "test connection"), in-process here.
        with monkeypatch.context() as patch:
            for key, value in env.items():
                patch.setenv(key, value)
            assert test_mailbox(box, box_password(fields), timeout=10)[0] == ("imap", False, expected)


def box_password(fields: dict) -> str:
    return fields.get("password", DEFAULT_IMAP_PASSWORD)


def test_mailbox_test_cli_exits_1_when_a_check_fails(make_box, cli, dovecot):
    make_box(imap_port=dovecot.imaps_port, imap_security="ssl")
    result = cli("mailbox", "test", "work")
    failure = f"mailbox work: IMAP {dovecot.host}:{dovecot.imaps_port}: certificate not trusted: self-signed certificate"
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"FAIL imap: {failure}",
        "ok   smtp: no SMTP server configured: outgoing mail is written to a local folder",
    ]
    assert result.stderr == f"error: {failure}\n"


def test_a_server_that_never_answers_times_out_with_one_line(make_box):
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the TCP connection but never sends the IMAP greeting
        port = silent.getsockname()[1]
        box = make_box(imap_port=port)
        with pytest.raises(MailboxError) as caught:
            connect(box, DEFAULT_IMAP_PASSWORD, timeout=0.3)
    assert str(caught.value) == f"mailbox work: IMAP 127.0.0.1:{port}: no answer within 0.3s (timed out)"
