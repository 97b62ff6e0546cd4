"""The database: engine with SQLite pragmas, sessions, and Alembic upgrades."""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlmodel import Session

from followup import timing
from followup.exceptions import ConfigError, RuntimeFailure
from followup.revisions import MIGRATIONS, newest_revision  # noqa: F401 (re-exported)

# Ids are INTEGER columns, 4 bytes on PostgreSQL: a larger id cannot exist, and looking it up overflows.
MAX_ID = 2**31 - 1
PRIVATE_FILE_MODE = 0o600  # the database and its backups hold customer mail: owner only
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
# How long a background writer (the history read) waits for this process's other writers to get the SQLite write
# lock before it takes its own turn anyway: it gives way, but is never starved for good.
BACKGROUND_MAX_WAIT_S = 2.0
TURN_KEY = "followup_write_turn"  # in a connection's info while its transaction holds the process's write turn


def make_private(path: Path) -> None:
    """Create the SQLite file owner-only (0600), or narrow an existing one and its -wal/-shm that we own.

    Why before the first connect: SQLite creates the file with 0644 (less the umask) and gives its -wal and -shm
    the database file's mode, so a private database file keeps the side files private too.
    """
    try:
        os.close(os.open(path, os.O_RDONLY | os.O_CREAT, PRIVATE_FILE_MODE))
        for file in (Path(path), *(Path(f"{path}{suffix}") for suffix in SQLITE_SIDE_FILES)):
            if file.exists() and file.stat().st_uid == os.getuid() and file.stat().st_mode & 0o077:
                os.chmod(file, PRIVATE_FILE_MODE)
    except OSError:  # not ours, or the folder is unusable: the connect reports what is wrong
        pass


def _sqlite_pragmas(busy_timeout_ms: int):
    """Return a connect hook that turns on WAL, foreign keys and a busy timeout."""

    def on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not pysqlite, issue BEGIN, so BEGIN IMMEDIATE can serialise writers.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return on_connect


class WriterTurns:
    """This process's turn at the SQLite write lock: one writer of the process at a time, a rep's write first.

    Why: SQLite's busy handler polls with growing sleeps (up to 100 ms each), so a writer waiting for the lock
    sleeps on after it is free, while a writer that commits and at once begins again (the history read's batches)
    wins it over and over; p99 clicks took seconds. Within the process a writer instead waits on a condition and is
    woken the moment the holder commits or rolls back; the busy handler is left only for other processes.
    """

    def __init__(self):
        self._cond = threading.Condition()
        self._waiting = 0
        self._holder: int | None = None

    @property
    def waiting_count(self) -> int:
        """How many writers of this process wait for the lock right now."""
        with self._cond:
            return self._waiting

    @property
    def holder(self) -> int | None:
        """The thread id of the writer whose turn it is, None when no write transaction of the process is open."""
        with self._cond:
            return self._holder

    def take(self, *, background: bool, max_wait_s: float, busy_timeout_s: float) -> bool:
        """Wait for this process's write turn and take it; False when this thread has it already, or when none came
        within busy_timeout_s (SQLite's own busy handler then decides). A background writer also lets any waiting
        writer go first, for at most max_wait_s, so it is never starved for good."""
        me = threading.get_ident()
        with self._cond:
            if self._holder == me:
                return False
            if background:
                self._cond.wait_for(lambda: self._waiting == 0 and self._holder is None, timeout=max_wait_s)
                got = self._cond.wait_for(lambda: self._holder is None, timeout=busy_timeout_s)
            else:
                self._waiting += 1
                try:
                    got = self._cond.wait_for(lambda: self._holder is None, timeout=busy_timeout_s)
                finally:
                    self._waiting -= 1
            if got:
                self._holder = me
            return got

    def give_back(self) -> None:
        """End the holder's turn and wake the writers waiting for it."""
        with self._cond:
            self._holder = None
            self._cond.notify_all()


def write_session(session_factory: Callable[[], Session], *, every_transaction: bool = False,
                  background: bool = False) -> Session:
    """A new session (the caller closes it) whose transaction takes the SQLite write lock at BEGIN.

    Why: a deferred read-then-write transaction whose snapshot another writer (a send, a web POST, a sync batch)
    has moved past fails at its first write with "database is locked" at once, without waiting for busy_timeout
    (SQLITE_BUSY_SNAPSHOT under WAL). every_transaction: every later transaction of the session too (a web
    request), not only the first. background: a long job's short batches that give way to this process's other
    writers. Plain BEGIN on PostgreSQL, which needs neither.
    """
    options = {"sqlite_immediate": True, **({"sqlite_background": True} if background else {})}
    session = session_factory()
    try:
        if every_transaction:
            session.bind = session.get_bind().execution_options(**options)
        else:
            session.connection(execution_options=options)
    except Exception:
        session.close()
        raise
    return session


class Database:
    """One engine per process; sessions are opened per request or per job."""

    # Set by create_app: returns the vault's secret, which a migration that re-encrypts stored secrets asks for.
    vault_secret: Callable[[], str] | None = None

    def __init__(self, url: str, *, busy_timeout_s: float = 30.0, echo: bool = False):
        try:
            self.url = make_url(url)
        except sa.exc.ArgumentError:
            raise ConfigError(f"[database] url: {url!r} is not a database URL") from None
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.turns = WriterTurns()
        kwargs: dict = {"echo": echo, "future": True}
        if self.is_sqlite:
            if self.url.database and self.url.database != ":memory:":
                folder = Path(self.url.database).parent
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
                    why = f"{blocking} is a file, not a folder" if blocking else f"cannot create {folder}: " \
                        f"{exc.strerror or exc}"
                    raise ConfigError(f"[database] url: {why}") from None
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": busy_timeout_s}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine = sa.create_engine(self.url, **kwargs)
        except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
            raise ConfigError(f"[database] url: cannot use {self.url.render_as_string()}: {exc}") from None
        if self.is_sqlite:
            if self.url.database and self.url.database != ":memory:":
                path = Path(self.url.database)
                # Before each new connection, not here: building the app touches no file until it needs one.
                event.listen(self.engine, "do_connect", lambda *_: make_private(path))
            event.listen(self.engine, "connect", _sqlite_pragmas(int(busy_timeout_s * 1000)))

            @event.listens_for(self.engine, "begin")
            def _begin(conn):
                # Writers take the lock up front so two processes never deadlock on upgrade.
                options = conn.get_execution_options()
                if not options.get("sqlite_immediate"):
                    conn.exec_driver_sql("BEGIN")
                    return
                with timing.part("lock_wait"):
                    took = self.turns.take(background=bool(options.get("sqlite_background")),
                                           max_wait_s=BACKGROUND_MAX_WAIT_S, busy_timeout_s=busy_timeout_s)
                    try:
                        conn.exec_driver_sql("BEGIN IMMEDIATE")
                    except BaseException:
                        if took:
                            self.turns.give_back()
                        raise
                if took:
                    conn.info[TURN_KEY] = True

            def _end(conn, *_args):
                # Fired as the transaction ends (commit or rollback): the next writer of the process may begin.
                if conn.info.pop(TURN_KEY, False):
                    self.turns.give_back()

            event.listen(self.engine, "commit", _end)
            event.listen(self.engine, "rollback", _end)
            # A connection returned to the pool with its transaction never ended (an invalidated one): its turn too.
            event.listen(self.engine, "checkin", lambda _dbapi, record: record.info.pop(TURN_KEY, False)
                         and self.turns.give_back())

    def session(self) -> Session:
        """A new session; the caller closes it (use ``with``)."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session whose (first) transaction takes the SQLite write lock at BEGIN (plain BEGIN elsewhere)."""
        with write_session(self.session) as session:
            yield session

    def alembic_config(self):
        """An Alembic Config pointing at migrations/ and this database."""
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["engine"] = self.engine
        cfg.attributes["secret"] = self.vault_secret
        return cfg

    def current_revision(self) -> str | None:
        """The Alembic revision the database is at, or None for an empty database."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str:
        """The newest revision in migrations/."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def upgrade(self) -> tuple[str | None, str]:
        """Upgrade to the newest revision; return (before, after)."""
        from alembic import command

        try:
            before = self.current_revision()
            command.upgrade(self.alembic_config(), "head")
            return before, self.current_revision()
        except sa.exc.DatabaseError as exc:
            self._refuse_foreign_file(exc)
            raise RuntimeFailure(f"database {self.url.render_as_string()}: {exc.orig}") from None

    def _refuse_foreign_file(self, exc: sa.exc.DatabaseError) -> None:
        """Raise ConfigError when the SQLite file the config names is some other kind of file."""
        if self.is_sqlite and "file is not a database" in str(exc.orig):
            raise ConfigError(f"[database] url: {self.url.database} is not a SQLite database") from None

    def check_current(self) -> None:
        """Raise RuntimeFailure when the database is not created or not upgraded to the newest revision.

        Reads alembic_version directly: importing Alembic costs more than the commands it guards.
        """
        try:
            with self.engine.connect() as conn:
                current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except sa.exc.ProgrammingError:  # PostgreSQL: relation does not exist
            current = None
        except sa.exc.DatabaseError as exc:  # SQLite: OperationalError "no such table", or not a database at all
            self._refuse_foreign_file(exc)
            if "alembic_version" not in str(exc.orig) and "no such table" not in str(exc.orig):
                raise RuntimeFailure(f"database {self.url.render_as_string()}: {exc.orig}") from None
            current = None
        if current != newest_revision():
            raise RuntimeFailure(
                f"database {self.url.render_as_string()} is "
                f"{'not created' if current is None else 'out of date'}: run 'followup init'"
            )


_BULK: dict[str, tuple] = {}


def _bulk_statements(table: sa.Table) -> tuple:
    """(SELECT the largest id, INSERT) of a table, built once per table."""
    # Why: building them per call cost more than running them in the history's transactions of 10 messages.
    found = _BULK.get(table.name)
    if found is None or found[2] is not table:
        found = _BULK[table.name] = (sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0)), sa.insert(table), table)
    return found[:2]


def insert_ids(session: Session, table: sa.Table, rows: list[dict]) -> list[int]:
    """Insert rows into table (integer primary key "id"); their new ids, in the order of rows.

    Why not INSERT ... RETURNING with sort_by_parameter_order everywhere: on SQLite SQLAlchemy can only keep the
    order by sending one INSERT per row (~40,000 statements on a 20,000-message sync). SQLite gives each new row
    the largest rowid plus one, so inside the caller's write transaction the ids are one contiguous run after
    the largest id. A run of any other length would mean another writer got in: refused, so the caller's
    transaction rolls back rather than store rows under the wrong ids.
    """
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite":
        return list(session.execute(sa.insert(table).returning(table.c.id, sort_by_parameter_order=True),
                                    rows).scalars())
    largest, insert = _bulk_statements(table)
    before = session.execute(largest).scalar_one()
    session.execute(insert, rows)
    after = session.execute(largest).scalar_one()
    if after - before == len(rows):
        return list(range(before + 1, after + 1))
    raise RuntimeFailure(f"{table.name}: ids of a bulk insert are not contiguous; another writer inserted at once")

