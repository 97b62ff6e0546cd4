"""The mailbox page: connect form, sync state, last error, quarantine, and test/sync against a real Dovecot."""
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from sqlmodel import select

from followup.clock import utcnow
from followup.models import Mailbox, MailboxFolder, Message, QuarantinedMessage
from tests.servers import DEFAULT_IMAP_PASSWORD
from tests.webutil import post


def _connect(client, **fields):
    data = {"name": "work", "email_address": "", "username": "rep@example.com", "password": "pw",
            "imap_host": "imap.example.test", "imap_port": "993", "imap_security": "ssl", "smtp_host": "",
            "smtp_port": "", "smtp_security": "none", **fields}
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
    assert "Synced real: 1 new message(s), 0 quarantined." in response.text
    assert "<td>INBOX</td><td>inbox</td><td>1</td>" in response.text
    with db.session() as s:
        assert s.exec(select(Message).where(Message.mailbox_id == box.id)).one().from_addr == "casey@example.test"
    assert "Casey Customer" in client.get("/customers").text


@pytest.mark.dovecot
def test_sync_now_reports_a_failed_login(db, client, teams, dovecot, imap_user):
    _connect(client, name="wrong", username=imap_user, password="not-the-password", email_address="rep@example.com",
             imap_host=dovecot.host, imap_port=str(dovecot.imap_port), imap_security="none")
    with db.session() as s:
        box = s.exec(select(Mailbox).where(Mailbox.name == "wrong")).one()
    response = post(client, f"/mailboxes/{box.id}/sync", page="/mailboxes", follow_redirects=True)
    assert "Sync of wrong failed:" in response.text and "not-the-password" not in response.text
