"""Shared fixtures: a real temporary SQLite database per test, the corpora folder, and real servers."""
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser):
    """--db=postgres runs every test that uses the app's database on a real PostgreSQL instead of SQLite."""
    parser.addoption("--db", choices=("sqlite", "postgres"), default="sqlite",
                     help="database behind the app fixtures (make test runs both)")


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    """The shared email corpora, read in place from $FOLLOWUP_CORPORA (default ../shared/corpora).

    Skips (saying so) only where the folder is absent, as in a user's clone; CI always has it.
    """
    path = Path(os.environ.get("FOLLOWUP_CORPORA", ROOT.parent / "shared" / "corpora"))
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"corpora folder {path} is missing; CI must have it")
        pytest.skip(f"corpora folder {path} is absent (set FOLLOWUP_CORPORA); corpus tests not run")
    return path


@pytest.fixture
def config_file(request, tmp_path) -> Path:
    """A config.toml in a temp dir with a data folder there and a fresh database: a SQLite file beside it,
    or with --db=postgres a new database on the session's PostgreSQL."""
    if request.config.getoption("--db") == "postgres":
        url = request.getfixturevalue("pg_migrated_url")
    else:
        url = f"sqlite:///{tmp_path / 'followup.db'}"
    path = tmp_path / "config.toml"
    path.write_text(f'[app]\ndata_dir = "{tmp_path / "data"}"\nlog_level = "WARNING"\n[database]\nurl = "{url}"\n')
    return path


@pytest.fixture
def allow_local_mail_servers(config_file) -> None:
    """Let the web form connect to the test servers (127.0.0.1, random ports), which it refuses by default.

    Request it from an autouse fixture of the module, so the config is written before `app` reads it.
    """
    config_file.write_text(config_file.read_text() + "[web]\nmailbox_private_hosts = true\nmailbox_ports = []\n")


@pytest.fixture
def app(config_file, monkeypatch):
    """The Flask app on a fresh SQLite database, migrated to the newest revision."""
    from app import create_app

    for name in [n for n in os.environ if n.startswith("FOLLOWUP_") and n not in ("FOLLOWUP_CORPORA", "FOLLOWUP_DEBUG")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("FOLLOWUP_SECRET_KEY", "test-secret-key")
    if "undo_window" not in config_file.read_text():  # approved mail leaves at once unless a test sets the window
        monkeypatch.setenv("FOLLOWUP_OUTBOX_UNDO_WINDOW", "0s")
    flask_app = create_app({"TESTING": True}, config_path=str(config_file))
    flask_app.extensions["followup"].db.upgrade()
    with flask_app.app_context():
        yield flask_app
    flask_app.extensions["followup"].db.engine.dispose()


@pytest.fixture
def db(app):
    """The app's Database (engine, sessions, migrations)."""
    return app.extensions["followup"].db


@pytest.fixture
def session(db):
    """A session on the test database, closed after the test."""
    with db.session() as s:
        yield s


@pytest.fixture
def cli(config_file, monkeypatch):
    """Run the real `followup` console script in a subprocess: cli("init", input="...") -> CompletedProcess."""
    import subprocess
    import sys

    exe = Path(sys.executable).with_name("followup")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_") or k == "FOLLOWUP_CORPORA"}
    env.update(FOLLOWUP_CONFIG=str(config_file), FOLLOWUP_SECRET_KEY="test-secret-key")
    if "undo_window" not in config_file.read_text():  # approved mail leaves at once unless a test sets the window
        env["FOLLOWUP_OUTBOX_UNDO_WINDOW"] = "0s"

    def run(*args: str, input: str | None = None, extra_env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(exe), *args], input=input, capture_output=True, text=True, timeout=120,
                              env={**env, **(extra_env or {})}, cwd=config_file.parent)

    return run


# ---------------------------------------------------------------- real servers (followup_testing/servers.py)


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory):
    """A private Dovecot IMAP server for the whole session (plain+STARTTLS port and an imaps port)."""
    from followup_testing.servers import Dovecot

    with Dovecot(tmp_path_factory.mktemp("dovecot")) as server:
        yield server


@pytest.fixture
def imap_user(dovecot) -> str:
    """A fresh, empty IMAP account on the session's Dovecot (password followup_testing.servers.DEFAULT_IMAP_PASSWORD)."""
    return dovecot.new_user("rep")


@pytest.fixture
def smtp_server(tmp_path):
    """A real SMTP server (aiosmtpd) on 127.0.0.1 for one test, keeping what it receives in memory."""
    from followup_testing.servers import SmtpServer

    with SmtpServer(tls_dir=tmp_path / "smtp-tls") as server:
        yield server


@pytest.fixture(scope="session")
def postgres(tmp_path_factory):
    """A private PostgreSQL cluster for the whole session (initdb + pg_ctl in a temp dir)."""
    from followup_testing.servers import Postgres

    with Postgres(tmp_path_factory.mktemp("postgres")) as server:
        yield server


@pytest.fixture
def pg_url(postgres) -> str:
    """The SQLAlchemy URL of a fresh, empty PostgreSQL database for one test."""
    return postgres.create_database()


@pytest.fixture(scope="session")
def pg_template(postgres) -> str:
    """A PostgreSQL database migrated to the newest revision once, the template of pg_migrated_url."""
    from followup.db import Database

    database = Database(postgres.create_database("followup_template"))
    database.upgrade()
    database.engine.dispose()  # CREATE DATABASE ... TEMPLATE needs the template without connections
    return "followup_template"


@pytest.fixture
def pg_migrated_url(postgres, pg_template) -> str:
    """A fresh PostgreSQL database already at the newest revision (a copy of the template: fast)."""
    import uuid

    import psycopg
    from psycopg import sql

    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres.admin_conninfo, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(pg_template)))
    return postgres.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """A migrated Database on SQLite and, as a second run of the same test, on PostgreSQL."""
    from followup.db import Database

    url = f"sqlite:///{tmp_path / 'any.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = Database(url)
    database.upgrade()
    yield database
    database.engine.dispose()


# ---------------------------------------------------------------- web


@pytest.fixture
def vault(app):
    """The app's Fernet vault (mailbox passwords at rest)."""
    return app.extensions["followup"].vault


@pytest.fixture
def teams(session, vault):
    """Team A (the one logged in by `client`) and team B (another team, never visible to A)."""
    from tests.webutil import make_team

    a = make_team(session, vault, "a")
    b = make_team(session, vault, "b", customer_name="Ollie Other")
    session.commit()
    return a, b


@pytest.fixture
def client(app, teams):
    """A Flask test client logged in, through the real form, as team A's rep."""
    from tests.webutil import login

    c = app.test_client()
    response = login(c, teams[0].rep_email)
    assert response.status_code == 302, response.text
    return c


# ---------------------------------------------------------------- OAuth 2.0 (followup_testing/servers.py OAuthServer)


@pytest.fixture(scope="session")
def oauth_server():
    """A real OAuth 2.0 authorization server (code + PKCE, refresh, device code, revocation, introspection)."""
    from followup_testing.servers import OAuthServer

    with OAuthServer() as server:
        yield server


@pytest.fixture(scope="session")
def oauth_dovecot(tmp_path_factory, oauth_server):
    """A private Dovecot whose XOAUTH2/OAUTHBEARER logins its oauth2 passdb checks at oauth_server."""
    from followup_testing.servers import OAuthDovecot

    with OAuthDovecot(tmp_path_factory.mktemp("oauth-dovecot"), oauth_server) as server:
        yield server


@pytest.fixture
def oauth_smtp(tmp_path, oauth_server):
    """An SMTP server accepting only AUTH XOAUTH2/OAUTHBEARER with a token oauth_server says is active."""
    from followup_testing.servers import OAuthSmtpServer

    with OAuthSmtpServer(oauth_server, tls_dir=tmp_path / "smtp-tls") as server:
        yield server
