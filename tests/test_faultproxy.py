"""Each FaultProxy mode, proven against the real Dovecot (imapclient) and the real SMTP sink (smtplib)."""
from __future__ import annotations

import imaplib
import smtplib
import socket

import imapclient
import pytest

from followup_testing.faultproxy import FaultProxy
from followup_testing.servers import DEFAULT_IMAP_PASSWORD

BIG_MESSAGE = (b"From: a@example.com\r\nTo: rep@example.com\r\nSubject: big\r\n\r\n"
               + b"".join(b"line %06d of a long body\r\n" % i for i in range(20_000)))  # ~520 kB
CLIENT_TIMEOUT = 10.0
BLACKHOLE_TIMEOUT = 0.5  # how long the client waits for a greeting that never comes (the fault under test)


@pytest.fixture
def imap_proxy(dovecot):
    """A FaultProxy in front of the session's Dovecot plain IMAP port."""
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        yield proxy


@pytest.fixture
def smtp_proxy(smtp_server):
    """A FaultProxy in front of this test's SMTP sink."""
    with FaultProxy(smtp_server.host, smtp_server.port) as proxy:
        yield proxy


def _imap(proxy: FaultProxy, user: str, timeout: float = CLIENT_TIMEOUT) -> imapclient.IMAPClient:
    """A logged-in client connected through the proxy."""
    conn = imapclient.IMAPClient(proxy.host, port=proxy.port, ssl=False, timeout=timeout)
    conn.login(user, DEFAULT_IMAP_PASSWORD)
    return conn


@pytest.mark.dovecot
def test_imap_pass_through(dovecot, imap_user, imap_proxy):
    uid = dovecot.append(imap_user, "INBOX", BIG_MESSAGE)
    with _imap(imap_proxy, imap_user) as conn:
        conn.select_folder("INBOX")
        body = conn.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    assert body == BIG_MESSAGE
    assert imap_proxy.connections == 1 and imap_proxy.cuts == 0
    assert imap_proxy.bytes_down > len(BIG_MESSAGE) and imap_proxy.bytes_up > 0


@pytest.mark.dovecot
def test_imap_cut_mid_fetch_raises_then_a_new_connection_gets_everything(dovecot, imap_user, imap_proxy):
    uid = dovecot.append(imap_user, "INBOX", BIG_MESSAGE)
    conn = _imap(imap_proxy, imap_user)
    conn.select_folder("INBOX")
    before = imap_proxy.bytes_down
    imap_proxy.cut_after(100_000, times=1)
    with pytest.raises((imaplib.IMAP4.abort, OSError)):
        conn.fetch([uid], ["BODY.PEEK[]"])
    assert imap_proxy.cuts == 1
    assert imap_proxy.bytes_down - before == 100_000  # cut exactly there: mid-response
    assert imap_proxy.mode == "pass"  # times=1: the proxy healed itself
    with _imap(imap_proxy, imap_user) as again:
        again.select_folder("INBOX")
        assert again.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"] == BIG_MESSAGE
    assert imap_proxy.connections == 2


@pytest.mark.dovecot
def test_imap_refused_by_accept_and_close(imap_user, imap_proxy):
    imap_proxy.refuse()
    with pytest.raises((imaplib.IMAP4.abort, OSError)):
        _imap(imap_proxy, imap_user)
    assert imap_proxy.refused == 1 and imap_proxy.connections == 0
    imap_proxy.pass_through()
    with _imap(imap_proxy, imap_user) as conn:
        assert conn.noop()
    assert imap_proxy.connections == 1


@pytest.mark.dovecot
def test_imap_refused_by_not_listening_then_listening_again_on_the_same_port(imap_user, imap_proxy):
    port = imap_proxy.port
    imap_proxy.refuse(listen=False)
    with pytest.raises(ConnectionRefusedError):
        _imap(imap_proxy, imap_user)
    imap_proxy.pass_through()
    assert imap_proxy.port == port
    with _imap(imap_proxy, imap_user) as conn:
        assert conn.noop()


@pytest.mark.dovecot
def test_imap_blackhole_never_greets(imap_user, imap_proxy):
    imap_proxy.blackhole()
    with pytest.raises((socket.timeout, TimeoutError)):
        _imap(imap_proxy, imap_user, timeout=BLACKHOLE_TIMEOUT)
    assert imap_proxy.blackholed == 1 and imap_proxy.bytes_down == 0


@pytest.mark.dovecot
def test_imap_delay_holds_every_chunk(imap_user, imap_proxy):
    imap_proxy.delay(20)
    with _imap(imap_proxy, imap_user) as conn:
        conn.noop()
        conn.noop()
        # every chunk is counted before it is forwarded, so all that was answered is counted by now:
        # the greeting, then LOGIN and two NOOPs, each a command up and a reply down
        assert imap_proxy.delayed_chunks >= 7


@pytest.mark.dovecot
def test_imap_blackhole_on_an_open_connection_swallows_the_command(imap_user, imap_proxy):
    conn = _imap(imap_proxy, imap_user, timeout=BLACKHOLE_TIMEOUT)
    imap_proxy.blackhole()
    with pytest.raises((socket.timeout, TimeoutError, imaplib.IMAP4.abort)):
        conn.noop()
    assert imap_proxy.wait_until(lambda p: p.swallowed_chunks >= 1)


def test_smtp_pass_through(smtp_server, smtp_proxy):
    with smtplib.SMTP(smtp_proxy.host, smtp_proxy.port, timeout=CLIENT_TIMEOUT) as client:
        client.sendmail("rep@example.com", ["customer@example.com"], b"Subject: hi\r\n\r\nhello\r\n")
    received = smtp_server.wait_for(1)
    assert [m.rcpt_tos for m in received] == [("customer@example.com",)]
    assert smtp_proxy.connections == 1 and smtp_proxy.bytes_up > 0 and smtp_proxy.bytes_down > 0


def test_smtp_cut_mid_response_raises_and_nothing_is_sent(smtp_server, smtp_proxy):
    smtp_proxy.cut_after(40)  # inside the EHLO reply (the greeting alone is shorter)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        with smtplib.SMTP(smtp_proxy.host, smtp_proxy.port, timeout=CLIENT_TIMEOUT) as client:
            client.sendmail("rep@example.com", ["customer@example.com"], b"Subject: hi\r\n\r\nhello\r\n")
    assert smtp_proxy.cuts == 1 and smtp_proxy.bytes_down == 40
    assert smtp_server.messages == []


def test_smtp_refused(smtp_proxy):
    smtp_proxy.refuse()
    with pytest.raises(smtplib.SMTPServerDisconnected):
        smtplib.SMTP(smtp_proxy.host, smtp_proxy.port, timeout=CLIENT_TIMEOUT)
    smtp_proxy.refuse(listen=False)
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP(smtp_proxy.host, smtp_proxy.port, timeout=CLIENT_TIMEOUT)
    assert smtp_proxy.refused == 1


def test_smtp_delay_holds_every_chunk(smtp_server, smtp_proxy):
    smtp_proxy.delay(10)
    with smtplib.SMTP(smtp_proxy.host, smtp_proxy.port, timeout=CLIENT_TIMEOUT) as client:
        client.sendmail("rep@example.com", ["customer@example.com"], b"Subject: hi\r\n\r\nhello\r\n")
    assert len(smtp_server.wait_for(1)) == 1
    assert smtp_proxy.delayed_chunks >= 10  # greeting, EHLO, MAIL, RCPT, DATA, body, QUIT: each way
