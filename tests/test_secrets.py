"""The vault: its Fernet key derived with HKDF, and a database from before (SHA-256 key) that still opens."""
import base64
import email.utils
import hashlib
import json
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from cryptography.fernet import Fernet
from sqlmodel import select

from followup.clock import utcnow
from followup.config import load_settings
from followup.db import Database
from followup.exceptions import ConfigError
from followup.models import Draft, Message, User
from followup.secrets import Vault, fernet_key
from followup_testing.servers import DEFAULT_IMAP_PASSWORD, SmtpServer

SECRET = "test-secret-key"  # what the cli fixture sets as FOLLOWUP_SECRET_KEY
BEFORE_HKDF = "0011"
REFRESH_TOKEN, ACCESS_TOKEN = "refresh-token-from-before", "access-token-from-before"
REP = "dana@rep.example"


def sha256_fernet(secret: str) -> Fernet:
    """The vault's Fernet before revision 0012: keyed by a bare SHA-256 of the secret."""
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(secret.encode()).digest()))


@pytest.fixture
def config_file(request, tmp_path):
    """A config.toml whose database exists but is empty (SQLite, or PostgreSQL with --db=postgres): these tests
    migrate it to the revision before HKDF themselves."""
    url = request.getfixturevalue("pg_url") if request.config.getoption("--db") == "postgres" \
        else f"sqlite:///{tmp_path / 'followup.db'}"
    path = tmp_path / "config.toml"
    path.write_text(f'[app]\ndata_dir = "{tmp_path / "data"}"\nlog_level = "WARNING"\n[database]\nurl = "{url}"\n'
                    '[policy]\nsend_window = "always"\n')
    return path


@pytest.fixture
def old_db(config_file):
    """The config's database at revision 0011, not yet holding anything."""
    database = Database(load_settings(config_file, environ={}).database_url)
    command.upgrade(database.alembic_config(), BEFORE_HKDF)
    yield database
    database.engine.dispose()


def store_old_rows(db: Database, *, username: str, imap_port: int, smtp_port: int, secret: str = SECRET) -> None:
    """What the app of revision 0011 stored: a rep, a password mailbox 'work' and an OAuth mailbox 'm365', their
    secrets encrypted under the SHA-256 key (plain SQL on the tables as they were, not today's models)."""
    old = sha256_fernet(secret)
    tables = sa.MetaData()
    tables.reflect(db.engine, only=("team", "user", "mailbox"))
    team, user, mailbox = (tables.tables[name] for name in ("team", "user", "mailbox"))
    made = datetime(2026, 11, 1)
    common = dict(email_address=REP, imap_host="127.0.0.1", imap_security="none", created_at=made)
    with db.engine.begin() as conn:
        team_id = conn.execute(team.insert().values(name="default", created_at=made)).inserted_primary_key[0]
        rep_id = conn.execute(user.insert().values(
            team_id=team_id, email=REP, name="Dana Rep", password_hash="not-used-here", signature="Dana",
            is_active=True, session_generation=0, created_at=made)).inserted_primary_key[0]
        conn.execute(mailbox.insert().values(
            team_id=team_id, owner_id=rep_id, name="work", username=username, imap_port=imap_port,
            password_encrypted=old.encrypt(DEFAULT_IMAP_PASSWORD.encode()).decode(), smtp_host="127.0.0.1",
            smtp_port=smtp_port, smtp_security="none", auth_kind="password", oauth_public=False, **common))
        conn.execute(mailbox.insert().values(
            team_id=team_id, owner_id=rep_id, name="m365", username=username, imap_port=imap_port,
            password_encrypted=old.encrypt(b"").decode(), smtp_host="", smtp_port=0, smtp_security="none",
            auth_kind="oauth", oauth_provider="microsoft", oauth_public=False,
            oauth_refresh_encrypted=old.encrypt(REFRESH_TOKEN.encode()).decode(),
            oauth_access_encrypted=old.encrypt(ACCESS_TOKEN.encode()).decode(), **common))


def stored(db: Database) -> dict[str, dict]:
    """The mailbox rows as stored now, by name (read through the table as it is, at any revision)."""
    tables = sa.MetaData()
    tables.reflect(db.engine, only=("mailbox",))
    with db.engine.connect() as conn:
        return {row["name"]: dict(row) for row in conn.execute(sa.select(tables.tables["mailbox"])).mappings()}


def approved_draft(db: Database) -> int:
    """A customer who wrote to 'work' and an approved reply to them; returns the draft's id."""
    from followup.approval import approve
    from followup.customers import get_or_create_customer

    with db.session() as session:
        rep = session.exec(select(User).where(User.email == REP)).one()
        box_id = stored(db)["work"]["id"]
        customer = get_or_create_customer(session, "bob@customer.example", name="Bob Example")
        wrote = utcnow() - timedelta(days=1)
        mid = "<question@customer.example>"
        session.add(Message(team_id=rep.team_id, mailbox_id=box_id, folder="INBOX", message_id_header=mid,
                            customer_id=customer.id, direction="inbound", subject="Seats", sent_at=wrote,
                            from_addr=customer.email))
        draft = Draft(team_id=rep.team_id, customer_id=customer.id, mailbox_id=box_id, subject="Re: Seats",
                      body="Hi Bob,\n\nThe 3 seats at $40 each, as promised.\n\nDana", in_reply_to=mid,
                      references=mid, grounded=True, grounding={"ok": True}, sources_through=wrote)
        session.add(draft)
        session.flush()
        approve(session, draft, rep)
        session.commit()
        return draft.id


def test_the_vault_key_is_derived_with_hkdf_not_a_bare_sha256():
    """What the old derivation encrypted no longer opens; the key is not the SHA-256 of the secret."""
    vault = Vault(SECRET)
    assert vault.decrypt(vault.encrypt("pässword")) == "pässword"
    assert fernet_key(SECRET) != base64.urlsafe_b64encode(hashlib.sha256(SECRET.encode()).digest())
    assert fernet_key(SECRET) != fernet_key(SECRET + "x")
    with pytest.raises(ConfigError, match="cannot be decrypted"):
        vault.decrypt(sha256_fernet(SECRET).encrypt(b"secret").decode())


@pytest.mark.dovecot
def test_a_database_from_before_hkdf_opens_and_its_mailboxes_still_log_in(old_db, cli, dovecot, imap_user, tmp_path):
    """Revision 0012 re-encrypts every stored secret: sync and send log in to real servers with the old password."""
    with SmtpServer(tls_dir=tmp_path / "smtp-tls", user=imap_user, password=DEFAULT_IMAP_PASSWORD) as smtp:
        store_old_rows(old_db, username=imap_user, imap_port=dovecot.imap_port, smtp_port=smtp.port)
        upgraded = cli("init")
        assert upgraded.returncode == 0, upgraded.stderr
        assert "upgraded at revision" in upgraded.stdout and old_db.current_revision() == old_db.head_revision()

        boxes, vault = stored(old_db), Vault(SECRET)
        assert vault.decrypt(boxes["work"]["password_encrypted"]) == DEFAULT_IMAP_PASSWORD
        assert vault.decrypt(boxes["m365"]["oauth_refresh_encrypted"]) == REFRESH_TOKEN
        assert vault.decrypt(boxes["m365"]["oauth_access_encrypted"]) == ACCESS_TOKEN

        checked = cli("mailbox", "test", "work")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert f"ok   smtp: mailbox work: SMTP {smtp.host}:{smtp.port}: logged in as {imap_user}" in checked.stdout

        mid = email.utils.make_msgid(domain="customer.example")
        dovecot.append(imap_user, "INBOX", (f"From: Ann <ann@customer.example>\r\nTo: {imap_user}\r\n"
                                            f"Subject: Seats\r\nMessage-ID: {mid}\r\n\r\nHow many?\r\n").encode())
        synced = cli("sync", "work")
        assert synced.returncode == 0, synced.stderr
        assert synced.stdout.strip() == "work: 1 new, 0 quarantined"

        draft_id = approved_draft(old_db)
        sent = cli("send", "--json")
        assert sent.returncode == 0, sent.stderr
        assert json.loads(sent.stdout)["sent"] == [draft_id] and len(smtp.messages) == 1


def test_a_wrong_secret_stops_the_upgrade_with_one_line_and_changes_nothing(old_db, cli):
    """A shell without the app's key would otherwise leave every password unreadable after the upgrade."""
    store_old_rows(old_db, username="dana", imap_port=1, smtp_port=0)
    before = {name: box["password_encrypted"] for name, box in stored(old_db).items()}
    result = cli("init", extra_env={"FOLLOWUP_SECRET_KEY": "not-the-app-secret"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "opens none of the 4 stored mailbox secrets" in result.stderr
    assert old_db.current_revision() == BEFORE_HKDF
    assert {name: box["password_encrypted"] for name, box in stored(old_db).items()} == before


def test_alembic_run_without_followup_finds_the_secret_as_the_app_does_and_downgrade_restores(
        old_db, config_file, monkeypatch):
    """No secret handed over: the migration reads the config's secret variable; downgrading re-keys back."""
    store_old_rows(old_db, username="dana", imap_port=1, smtp_port=0)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config_file))
    monkeypatch.setenv("FOLLOWUP_SECRET_KEY", SECRET)
    old_db.upgrade()
    assert Vault(SECRET).decrypt(stored(old_db)["work"]["password_encrypted"]) == DEFAULT_IMAP_PASSWORD
    command.downgrade(old_db.alembic_config(), BEFORE_HKDF)
    box = stored(old_db)["m365"]
    assert sha256_fernet(SECRET).decrypt(box["oauth_refresh_encrypted"].encode()).decode() == REFRESH_TOKEN
