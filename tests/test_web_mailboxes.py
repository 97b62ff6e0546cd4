"""The mailbox page: connect form, sync state, last error, quarantine, and test/sync against a real Dovecot."""
import socket
import threading
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from sqlmodel import select

from followup.clock import utcnow
from followup.models import Mailbox, MailboxFolder, Message, QuarantinedMessage
from followup_testing.servers import DEFAULT_IMAP_PASSWORD
from tests.webutil import post


@pytest.fixture(autouse=True)
def local_servers_allowed(allow_local_mail_servers):
    """The test servers listen on 127.0.0.1 at random ports: allow what the web form refuses by default."""


class BannerServer:
    """A TCP server on 127.0.0.1 that greets like an internal SSH server and counts connections."""

    BANNER = b"SSH-2.0-OpenSSH_9.2p1 internal-db-host\r\n"

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.sendall(self.BANNER)
                conn.settimeout(5)
                try:
                    conn.recv(1024)
                except OSError:
                    pass

    def close(self):
        self.sock.close()


@pytest.fixture
def banner_server():
    """A fake SSH-like service on 127.0.0.1 (what a port scan through "Test connection" would find)."""
    server = BannerServer()
    yield server
    server.close()


def _connect(client, **fields):
    data = {"name": "work", "email_address": "", "username": "rep@example.com", "password": "pw",
            "imap_host": "imap.example.test", "imap_port": "993", "imap_security": "ssl", "smtp_host": "",
            "smtp_port": "", "smtp_security": "none", "save_anyway": "1", **fields}
    return post(client, "/mailboxes", data, page="/mailboxes")


def test_connect_stores_a_mailbox_for_the_rep(db, client, teams):
    response = _connect(client, email_address="Rep-A@Example.com", smtp_host="smtp.example.test", smtp_port="587",
                        smtp_security="starttls")
    assert response.headers["Location"] == "/mailboxes"
    with db.session() as s:
        box = s.exec(select(Mailbox).where(Mailbox.name == "work")).one()
    assert (box.team_id, box.owner_id, box.email_address) == (teams[0].team_id, teams[0].rep_id, "rep-a@example.com")
    assert (box.imap_host, box.imap_port, box.smtp_port, box.smtp_security) == ("imap.example.test", 993, 587,
                                                                                "starttls")
    page = client.get("/mailboxes").text
    assert "Mailbox work connected" in page and "smtp.example.test:587 (starttls)" in page


@pytest.mark.parametrize("fields, message", [
    ({"name": ""}, "mailbox name"),
    ({"imap_port": "imap"}, "IMAP port"),
    ({"imap_port": "70000"}, "is not a port"),
    ({"imap_security": "tls9"}, "is not one of ssl, starttls, none"),
    ({"imap_host": "bad host"}, "is not a host name"),
    ({"password": ""}, "password: empty"),
    ({"name": "box-a"}, "already exists"),
])
def test_connect_refuses_bad_input_and_keeps_the_form(db, client, teams, fields, message):
    response = _connect(client, **fields)
    assert response.status_code == 400 and "Cannot connect the mailbox" in response.text and message in response.text
    assert 'value="rep@example.com"' in response.text  # what was typed comes back, the password never does
    with db.session() as s:
        assert len(s.exec(select(Mailbox)).all()) == 2


def test_page_shows_sync_state_last_error_and_quarantine(db, client, teams):
    side = teams[0]
    with db.session() as s:
        box = s.get(Mailbox, side.mailbox_id)
        box.last_error, box.last_error_at, box.last_sync_at = "IMAP login failed: <bad> password", utcnow(), utcnow()
        s.add(box)
        s.add(MailboxFolder(mailbox_id=box.id, name="INBOX", role="inbox", uidvalidity=42, last_uid=17,
                            message_count=12, synced_at=utcnow()))
        s.add(QuarantinedMessage(mailbox_id=box.id, folder="INBOX", uid=9, uidvalidity=42,
                                 reason="undecodable charset x-<unknown>", raw=b"\xff" * 30))
        s.commit()
    page = client.get("/mailboxes").text
    assert "IMAP login failed: &lt;bad&gt; password" in page
    assert "<td>INBOX</td><td>inbox</td><td>12</td><td>17</td><td>42</td>" in page
    assert "undecodable charset x-&lt;unknown&gt;" in page and "30 bytes" in page
    assert "Quarantined messages (1)" in page
    assert "imap-secret-a" not in page


def _raw(sender: str, to: str, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Message-ID"] = make_msgid(domain="test.example")
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.mark.dovecot
def test_test_connection_says_what_works_and_what_failed(db, client, teams, dovecot, imap_user, smtp_server):
    _connect(client, name="real", username=imap_user, password=DEFAULT_IMAP_PASSWORD, email_address="rep@example.com",
             imap_host=dovecot.host, imap_port=str(dovecot.imap_port), imap_security="none",
             smtp_host=smtp_server.host, smtp_port=str(smtp_server.port), smtp_security="none")
    _connect(client, name="wrong", username=imap_user, password="not-the-password", email_address="rep@example.com",
             imap_host=dovecot.host, imap_port=str(dovecot.imap_port), imap_security="none")
    with db.session() as s:
        ids = {b.name: b.id for b in s.exec(select(Mailbox))}
    good = post(client, f"/mailboxes/{ids['real']}/test", page="/mailboxes")
    assert good.status_code == 200
    assert '<li class="ok"><strong>imap</strong>: ok' in good.text
    assert '<li class="ok"><strong>smtp</strong>: ok' in good.text or "<strong>smtp</strong>" in good.text
    bad = post(client, f"/mailboxes/{ids['wrong']}/test", page="/mailboxes")
    assert '<li class="bad"><strong>imap</strong>: failed' in bad.text
    assert "not-the-password" not in bad.text


@pytest.mark.dovecot
def test_sync_now_fetches_new_mail(db, client, teams, dovecot, imap_user):
    _connect(client, name="real", username=imap_user, password=DEFAULT_IMAP_PASSWORD, email_address="rep@example.com",
             imap_host=dovecot.host, imap_port=str(dovecot.imap_port), imap_security="none")
    dovecot.append(imap_user, "INBOX", _raw("Casey Customer <casey@example.test>", "rep@example.com",
                                            "Pricing", "Could you send the price list for 10 seats?"))
    with db.session() as s:
        box = s.exec(select(Mailbox).where(Mailbox.name == "real")).one()
    response = post(client, f"/mailboxes/{box.id}/sync", page="/mailboxes", follow_redirects=True)
    assert "Synced real: 1 new message(s), 0 quarantined. 1 draft(s) prepared" in response.text
    assert "<td>INBOX</td><td>inbox</td><td>1</td>" in response.text
    with db.session() as s:
        assert s.exec(select(Message).where(Message.mailbox_id == box.id)).one().from_addr == "casey@example.test"
    assert "Casey Customer" in client.get("/customers").text
    assert "Casey Customer" in client.get("/drafts").text  # the queue is not empty after syncing
    # a later sync (not the first) prepares the drafts of its new mail as well
    dovecot.append(imap_user, "INBOX", _raw("Robin Buyer <robin@example.test>", "rep@example.com",
                                            "Licences", "Could you send the quote for 40 licences?"))
    again = post(client, f"/mailboxes/{box.id}/sync", page="/mailboxes", follow_redirects=True)
    assert "Synced real: 1 new message(s), 0 quarantined. 1 draft(s) prepared" in again.text
    assert "Robin Buyer" in client.get("/drafts").text


@pytest.mark.dovecot
def test_sync_now_reports_a_failed_login(db, client, teams, dovecot, imap_user):
    _connect(client, name="wrong", username=imap_user, password="not-the-password", email_address="rep@example.com",
             imap_host=dovecot.host, imap_port=str(dovecot.imap_port), imap_security="none")
    with db.session() as s:
        box = s.exec(select(Mailbox).where(Mailbox.name == "wrong")).one()
    response = post(client, f"/mailboxes/{box.id}/sync", page="/mailboxes", follow_redirects=True)
    assert "Sync of wrong failed:" in response.text and "not-the-password" not in response.text


def test_test_connection_never_echoes_a_foreign_service_banner(db, client, teams, banner_server):
    """Issue 13.7: a non-IMAP/SMTP peer is named as such; its bytes are never shown."""
    _connect(client, name="probe", imap_host="127.0.0.1", imap_port=str(banner_server.port), imap_security="none",
             smtp_host="127.0.0.1", smtp_port=str(banner_server.port), smtp_security="none")
    with db.session() as s:
        box = s.exec(select(Mailbox).where(Mailbox.name == "probe")).one()
    page = post(client, f"/mailboxes/{box.id}/test", page="/mailboxes").text
    assert "not an IMAP server (it did not greet with an IMAP response)" in page
    assert "not an SMTP server (it did not greet with an SMTP reply)" in page
    assert "SSH" not in page and "OpenSSH" not in page and "internal-db-host" not in page


def _strict_client(config_file, teams):
    """A client of an app with the web form's default destination rules, logged in as team A's rep."""
    from app import create_app
    from tests.webutil import login

    strict = create_app({"TESTING": True, "web": {"mailbox_private_hosts": False,
                                                  "mailbox_ports": [25, 143, 465, 587, 993, 2525]}},
                        config_path=str(config_file))
    c = strict.test_client()
    assert login(c, teams[0].rep_email).status_code == 302
    return c


@pytest.mark.parametrize("fields, message", [
    ({"imap_host": "127.0.0.1"}, "IMAP 127.0.0.1:993: a loopback or private address"),
    ({"imap_host": "localhost"}, "IMAP localhost:993: a loopback or private address"),
    ({"imap_host": "10.20.30.40"}, "IMAP 10.20.30.40:993: a loopback or private address"),
    ({"imap_host": "169.254.169.254"}, "a loopback or private address"),
    ({"imap_host": "::1"}, "a loopback or private address"),
    ({"imap_port": "22"}, "IMAP imap.example.test:22: port 22 is not one the administrator allows"),
    ({"smtp_host": "192.168.0.5", "smtp_port": "587", "smtp_security": "starttls"},
     "SMTP 192.168.0.5:587: a loopback or private address"),
])
def test_the_web_form_refuses_private_hosts_and_other_ports_by_default(db, config_file, teams, fields, message):
    response = _connect(_strict_client(config_file, teams), **fields)
    assert response.status_code == 400 and message in response.text
    with db.session() as s:
        assert len(s.exec(select(Mailbox)).all()) == 2


def test_test_connection_refuses_a_private_host_without_connecting_but_the_cli_may(db, config_file, teams, cli,
                                                                                  banner_server):
    with db.session() as s:  # a mailbox the admin set up on the command line, on an internal host
        box = s.get(Mailbox, teams[0].mailbox_id)
        box.imap_host, box.imap_port, box.imap_security = "127.0.0.1", 993, "none"
        s.add(box)
        s.commit()
    c = _strict_client(config_file, teams)
    page = post(c, f"/mailboxes/{teams[0].mailbox_id}/test", page="/mailboxes").text
    assert "IMAP 127.0.0.1:993: a loopback or private address" in page
    synced = post(c, f"/mailboxes/{teams[0].mailbox_id}/sync", page="/mailboxes", follow_redirects=True).text
    assert "a loopback or private address" in synced
    assert banner_server.connections == 0
    with db.session() as s:
        box = s.get(Mailbox, teams[0].mailbox_id)
        box.imap_port = banner_server.port
        s.add(box)
        s.commit()
    result = cli("mailbox", "test", "box-a")  # the command line is the admin's: no such restriction
    assert "not an IMAP server" in result.stdout and "SSH" not in result.stdout + result.stderr
    assert banner_server.connections == 1


def test_mailbox_names_are_unique_per_team_not_across_teams(db, client, teams):
    response = _connect(client, name="box-b")  # team B's mailbox name, in team A
    assert response.status_code == 302
    assert _connect(client, name="box-b").status_code == 400  # twice in one team: refused
    with db.session() as s:
        assert sorted(b.team_id for b in s.exec(select(Mailbox).where(Mailbox.name == "box-b"))) == \
            sorted([teams[0].team_id, teams[1].team_id])


def test_connect_tests_first_and_saves_nothing_when_the_test_fails(db, client, teams):
    from followup_testing.servers import free_port

    closed = free_port()
    response = _connect(client, name="closed", imap_host="127.0.0.1", imap_port=str(closed), imap_security="none",
                        save_anyway="")
    assert response.status_code == 400 and "Not saved: the connection test failed" in response.text
    assert '<li class="bad"><strong>imap</strong>: failed' in response.text and 'name="save_anyway"' in response.text
    with db.session() as s:
        assert s.exec(select(Mailbox).where(Mailbox.name == "closed")).first() is None


def test_a_mailbox_is_edited_and_one_without_mail_deleted(db, client, teams):
    _connect(client, name="typo", imap_host="imap.exmaple.test")
    with db.session() as s:
        box = s.exec(select(Mailbox).where(Mailbox.name == "typo")).one()
    post(client, f"/mailboxes/{box.id}/edit", {"username": "rep@example.com", "imap_host": "imap.example.test",
                                              "imap_port": "143", "imap_security": "starttls", "smtp_host": "",
                                              "smtp_port": "", "smtp_security": "none"}, page="/mailboxes")
    with db.session() as s:
        edited = s.get(Mailbox, box.id)
        assert (edited.imap_host, edited.imap_port, edited.imap_security) == ("imap.example.test", 143, "starttls")
        assert edited.password_encrypted == box.password_encrypted  # an empty password field keeps the stored one
    post(client, f"/mailboxes/{box.id}/delete", {}, page="/mailboxes")
    refused = post(client, f"/mailboxes/{teams[0].mailbox_id}/delete", {}, page="/mailboxes", follow_redirects=True)
    assert "Cannot delete box-a" in refused.text  # it brought in mail: kept
    with db.session() as s:
        assert s.get(Mailbox, box.id) is None and s.get(Mailbox, teams[0].mailbox_id) is not None
    assert post(client, f"/mailboxes/{teams[1].mailbox_id}/delete", {}, page="/mailboxes").status_code == 404
