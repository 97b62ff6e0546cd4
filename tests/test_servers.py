"""Smoke tests proving the real test servers in followup_testing/servers.py work as the suite expects."""
import smtplib
import ssl
from datetime import datetime, timezone

import imapclient
import psycopg
import pytest
import sqlalchemy

from followup_testing.servers import Dovecot, Postgres, SmtpServer, maildir_name

RAW = b"From: a@example.com\r\nTo: b@example.com\r\nSubject: hello\r\nMessage-ID: <m1@example.com>\r\n\r\nbody\r\n"


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory):
    with Dovecot(tmp_path_factory.mktemp("dovecot")) as server:
        yield server


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    with Postgres(tmp_path_factory.mktemp("postgres")) as server:
        yield server


@pytest.mark.dovecot
@pytest.mark.parametrize("mode", ["plain", "starttls", "ssl"])
def test_dovecot_login_lists_special_use_and_condstore(dovecot, mode):
    user = dovecot.new_user()
    with dovecot.client(user, ssl_mode=mode) as conn:
        capabilities = conn.capabilities()
        folders = {name: flags for flags, _sep, name in conn.list_folders()}
    assert b"CONDSTORE" in capabilities and b"QRESYNC" in capabilities
    assert b"\\Sent" in folders["Sent"]
    assert b"\\Drafts" in folders["Drafts"] and b"\\Trash" in folders["Trash"]


@pytest.mark.dovecot
def test_dovecot_plain_port_offers_starttls_and_cert_is_really_checked(dovecot):
    conn = imapclient.IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False)
    assert b"STARTTLS" in conn.capabilities()
    # The system trust store does not know our self-signed cert, so verification must fail.
    with pytest.raises(ssl.SSLCertVerificationError):
        conn.starttls(ssl.create_default_context())


@pytest.mark.dovecot
def test_dovecot_append_then_fetch(dovecot):
    user = dovecot.new_user()
    uid = dovecot.append(user, "Sent", RAW, flags=[b"\\Seen"])
    with dovecot.client(user) as conn:
        conn.select_folder("Sent", readonly=True)
        fetched = conn.fetch([uid], ["BODY.PEEK[]", "FLAGS", "MODSEQ"])[uid]
    assert fetched[b"BODY[]"] == RAW
    assert b"\\Seen" in fetched[b"FLAGS"]
    assert fetched[b"MODSEQ"][0] > 0


@pytest.mark.dovecot
def test_dovecot_write_maildir_keeps_order_flags_and_date(dovecot):
    user = dovecot.new_user()
    when = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
    raws = [RAW.replace(b"hello", b"msg %d" % i) for i in range(50)]
    dovecot.write_maildir(user, "INBOX", raws[:25])
    dovecot.write_maildir(user, "INBOX", raws[25:], flags=["\\Seen", "\\Answered"], internaldate=when)
    with dovecot.client(user) as conn:
        conn.select_folder("INBOX", readonly=True)
        uids = conn.search()
        fetched = conn.fetch(uids, ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"])
    assert [fetched[uid][b"BODY[]"] for uid in uids] == raws
    last = fetched[uids[-1]]
    assert {b"\\Seen", b"\\Answered"} <= set(last[b"FLAGS"])
    assert b"\\Seen" not in fetched[uids[0]][b"FLAGS"]
    assert last[b"INTERNALDATE"].astimezone(timezone.utc).replace(tzinfo=None) == when.replace(tzinfo=None)


@pytest.mark.dovecot
def _dovecot_name_hash(name: str) -> int:
    """Dovecot's maildir_filename_base_hash (src/lib-storage/index/maildir): the name up to ':' (ELF hash)."""
    h = 0
    for ch in name.split(":", 1)[0]:
        h = ((h << 4) + ord(ch)) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
            h ^= g
    return h


def test_maildir_names_spread_over_dovecots_file_name_hash():
    """A large test folder costs Dovecot one name comparison a look-up, as a real delivery's names do (names that
    ended alike shared ~10,000 hash values at 100,000 messages: a FETCH of 100 bodies took 133 s)."""
    from collections import Counter

    names = [maildir_name(1_764_000_000, n) for n in range(1, 100_001)]
    buckets = Counter(_dovecot_name_hash(name) for name in names)
    assert len(set(names)) == len(names)
    assert max(buckets.values()) <= 8 and sum(v * v for v in buckets.values()) / len(names) < 1.1


def test_dovecot_write_maildir_while_client_connected_is_seen_on_noop(dovecot):
    user = dovecot.new_user()
    with dovecot.client(user) as conn:
        conn.select_folder("INBOX")
        dovecot.write_maildir(user, "INBOX", [RAW])
        conn.noop()
        assert len(conn.search()) == 1


@pytest.mark.dovecot
def test_dovecot_uidvalidity_can_change(dovecot):
    user = dovecot.new_user()
    dovecot.write_maildir(user, "Sent", [RAW, RAW])
    before = dovecot.uidvalidity(user, "Sent")
    dovecot.set_uidvalidity(user, "Sent", before + 1000)
    assert dovecot.uidvalidity(user, "Sent") == before + 1000
    dovecot.renumber(user, "Sent")
    after = dovecot.uidvalidity(user, "Sent")
    assert after != before + 1000
    with dovecot.client(user) as conn:
        assert conn.select_folder("Sent")[b"EXISTS"] == 2


@pytest.mark.dovecot
def test_dovecot_add_user_while_running_and_wrong_password_fails(dovecot):
    dovecot.add_user("late-user", "pw1")
    with dovecot.client("late-user") as conn:
        assert conn.folder_exists("INBOX")
    conn = imapclient.IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False)
    with pytest.raises(imapclient.exceptions.LoginError):
        conn.login("late-user", "wrong")


def test_smtp_without_auth_receives():
    with SmtpServer() as server:
        with smtplib.SMTP(server.host, server.port) as client:
            client.sendmail("rep@example.com", ["a@example.com", "b@example.com"], RAW)
        [message] = server.wait_for(1, timeout=5)
    assert message.mail_from == "rep@example.com"
    assert message.rcpt_tos == ("a@example.com", "b@example.com")
    assert message.data == RAW
    assert message.auth_user is None


@pytest.mark.parametrize("starttls", [False, True])
def test_smtp_with_auth_plain_port(tmp_path, starttls):
    with SmtpServer(tls_dir=tmp_path, user="rep", password="pw") as server:
        with smtplib.SMTP(server.host, server.port) as client:
            if starttls:
                client.starttls(context=server.client_ssl_context())
            with pytest.raises(smtplib.SMTPSenderRefused):
                client.sendmail("rep@example.com", ["a@example.com"], RAW)
            client.login("rep", "pw")
            client.sendmail("rep@example.com", ["a@example.com"], RAW)
        [message] = server.wait_for(1, timeout=5)
    assert message.auth_user == "rep"


def test_smtp_wrong_password_is_refused():
    with SmtpServer(user="rep", password="pw") as server:
        with smtplib.SMTP(server.host, server.port) as client:
            with pytest.raises(smtplib.SMTPAuthenticationError):
                client.login("rep", "nope")
    assert server.messages == []


def test_smtp_implicit_tls_and_injected_faults(tmp_path):
    with SmtpServer(tls_dir=tmp_path, mode="ssl") as server:
        server.fail_next(2, 451, "Try later")
        server.fail_next(1, 550, "No such user", stage="rcpt")
        with smtplib.SMTP_SSL(server.host, server.port, context=server.client_ssl_context()) as client:
            with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
                client.sendmail("rep@example.com", ["x@example.com"], RAW)
            assert refused.value.recipients["x@example.com"][0] == 550
            for _ in range(2):
                with pytest.raises(smtplib.SMTPDataError) as temporary:
                    client.sendmail("rep@example.com", ["a@example.com"], RAW)
                assert temporary.value.smtp_code == 451
            client.sendmail("rep@example.com", ["a@example.com"], RAW)
        assert len(server.wait_for(1, timeout=5)) == 1
        with pytest.raises(TimeoutError):
            server.wait_for(2, timeout=0.2)


@pytest.mark.postgres
def test_postgres_select_one_in_fresh_databases(postgres):
    first, second = postgres.create_database(), postgres.create_database()
    assert first != second
    with psycopg.connect(first.replace("postgresql+psycopg", "postgresql")) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        conn.execute("CREATE TABLE only_here (id int)")
    engine = sqlalchemy.create_engine(second)
    with engine.connect() as conn:
        assert conn.execute(sqlalchemy.text("SELECT 1")).scalar() == 1
        tables = conn.execute(sqlalchemy.text("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'"))
        assert tables.scalar() == 0
    engine.dispose()


@pytest.mark.dovecot
def test_dovecot_restart_keeps_mail_and_ports(tmp_path):
    with Dovecot(tmp_path, users={"kim": "pw"}) as server:
        uid = server.append("kim", "INBOX", RAW)
        port = server.imap_port
        server.restart()
        assert server.imap_port == port
        with server.client("kim") as conn:
            conn.select_folder("INBOX", readonly=True)
            assert conn.search() == [uid]


def test_oauth_server_speaks_rfc_6749_7009_7662_and_8628(oauth_server):
    """Device code pending then granted, refresh rotation, revocation, introspection behind Basic auth."""
    import requests

    url, auth = oauth_server.url, (oauth_server.RESOURCE_ID, oauth_server.RESOURCE_SECRET)
    client = {"client_id": oauth_server.client_id}
    device = requests.post(f"{url}/device_authorization", data={**client, "scope": "mail"}, timeout=10).json()
    grant = {**client, "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
             "device_code": device["device_code"]}
    assert requests.post(f"{url}/token", data=grant, timeout=10).json()["error"] == "authorization_pending"
    oauth_server.approve_device(device["user_code"], "dev@mail.example")
    tokens = requests.post(f"{url}/token", data=grant, timeout=10).json()
    assert requests.post(f"{url}/introspect", data={"token": tokens["access_token"]}, timeout=10).status_code == 401
    active = requests.post(f"{url}/introspect", data={"token": tokens["access_token"]}, auth=auth, timeout=10).json()
    assert active["active"] is True and active["username"] == "dev@mail.example"
    renewed = requests.post(f"{url}/token", data={**client, "grant_type": "refresh_token",
                                                  "refresh_token": tokens["refresh_token"]}, timeout=10).json()
    spent = requests.post(f"{url}/token", data={**client, "grant_type": "refresh_token",
                                                "refresh_token": tokens["refresh_token"]}, timeout=10).json()
    assert "access_token" in renewed and spent["error"] == "invalid_grant"
    assert requests.post(f"{url}/revoke", data={**client, "token": renewed["refresh_token"]}, timeout=10).ok
    revoked = requests.post(f"{url}/introspect", data={"token": renewed["access_token"]}, auth=auth, timeout=10).json()
    assert revoked == {"active": False}


@pytest.mark.dovecot
def test_oauth_dovecot_checks_bearer_tokens_by_introspection(oauth_server, oauth_dovecot):
    """Dovecot's oauth2 passdb accepts an active token of the account and refuses another account's or a revoked one."""
    import imaplib

    user, other = oauth_dovecot.add_user("a@mail.example"), oauth_dovecot.add_user("b@mail.example")

    def login(name, token):
        conn = imaplib.IMAP4("127.0.0.1", oauth_dovecot.imap_port)
        answers = iter([f"user={name}\x01auth=Bearer {token}\x01\x01".encode()])
        try:
            return conn.authenticate("XOAUTH2", lambda _: next(answers, b""))[0]
        except imaplib.IMAP4.error:
            return "NO"
        finally:
            conn.shutdown()

    token = oauth_server.issue(user)["access_token"]
    assert login(user, token) == "OK"
    assert login(other, token) == "NO"
    oauth_server.revoke_grants(user)
    assert login(user, token) == "NO"
