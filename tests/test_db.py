"""followup.db helpers on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa
from sqlmodel import select

from followup.db import insert_ids
from followup.models import Customer, Team

NOW = datetime(2026, 11, 23, 12, 0)


def test_insert_ids_gives_each_row_its_own_id_in_order(any_db):
    """More rows than one multi-row INSERT page, after a gap in the ids: every id points at its own row."""
    table = Customer.__table__

    def rows(prefix: str, count: int) -> list[dict]:
        return [{"team_id": 1, "email": f"{prefix}{i}@customer.example", "name": f"{prefix} {i}", "status": "active",
                 "bouncing": False, "created_at": NOW} for i in range(count)]

    with any_db.write_session() as session:
        session.execute(sa.insert(Team.__table__), [{"id": 1, "name": "Team", "created_at": NOW}])
        first = insert_ids(session, table, rows("a", 3))
        session.execute(sa.delete(table).where(table.c.id == first[1]))
        assert insert_ids(session, table, []) == []
        ids = insert_ids(session, table, rows("b", 1200))
        session.commit()
    assert len(set(ids)) == 1200 and min(ids) > max(first)
    with any_db.session() as session:
        emails = dict(session.exec(select(Customer.id, Customer.email)).all())
    assert [emails[i] for i in ids] == [f"b{i}@customer.example" for i in range(1200)]
    assert [emails.get(i) for i in first] == ["a0@customer.example", None, "a2@customer.example"]


@pytest.mark.sqlite_only
def test_a_new_sqlite_database_and_its_wal_and_shm_are_owner_only(tmp_path):
    """Issue 13: the database holds customer mail, so it is 0600 whatever the umask lets through."""
    import os
    import stat

    from followup.db import Database

    old = os.umask(0o022)
    try:
        database = Database(f"sqlite:///{tmp_path / 'new.db'}")
        database.upgrade()
        with database.write_session() as session:
            session.execute(sa.insert(Team.__table__), [{"name": "Team", "created_at": NOW}])
            session.commit()
            files = [tmp_path / name for name in ("new.db", "new.db-wal", "new.db-shm")]
            assert all(f.exists() for f in files)
            assert {oct(stat.S_IMODE(f.stat().st_mode)) for f in files} == {"0o600"}
        database.engine.dispose()
    finally:
        os.umask(old)


@pytest.mark.sqlite_only
def test_an_existing_world_readable_database_is_narrowed_to_owner_only(tmp_path):
    import os
    import sqlite3
    import stat

    from followup.db import Database

    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    os.chmod(path, 0o644)
    database = Database(f"sqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # nothing touched until the database is used
    with database.session() as session:
        session.execute(sa.text("SELECT 1"))
    database.engine.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.sqlite_only
def test_a_background_writer_lets_a_waiting_write_go_first(tmp_path):
    """Issue 18: the history read commits batch after batch; a rep's write waiting for the SQLite lock gets it at
    the next batch boundary instead of losing every race to the batch after (SQLite's busy handler sleeps)."""
    import threading
    import time

    from followup.db import Database, write_session

    database = Database(f"sqlite:///{tmp_path / 'turns.db'}")
    database.upgrade()

    def write(session, name: str) -> None:
        session.execute(sa.insert(Team.__table__), [{"name": name, "created_at": NOW}])
        session.commit()

    background = write_session(database.session, background=True)  # holds the write lock from here
    rep = threading.Thread(target=lambda: write(write_session(database.session), "rep's click"))
    rep.start()
    deadline = time.monotonic() + 10
    while database.turns.waiting_count == 0 and time.monotonic() < deadline:
        time.sleep(0.001)  # until the rep's BEGIN IMMEDIATE is waiting for the lock
    assert database.turns.waiting_count == 1
    write(background, "batch 1")
    background.close()
    with write_session(database.session, background=True) as after:
        write(after, "batch 2")
    rep.join(timeout=10)
    # The order the writes took the lock is the order of their ids; a list appended to after each commit would
    # race the next writer, which may commit before the rep's thread runs again.
    with database.session() as reader:
        order = reader.execute(sa.select(Team.__table__.c.name).order_by(Team.__table__.c.id)).scalars().all()
    assert order == ["batch 1", "rep's click", "batch 2"]
    database.engine.dispose()


@pytest.mark.sqlite_only
def test_the_write_turn_ends_with_the_transaction_however_it_ends(tmp_path):
    """Issue 18: a writer of the process waits for the holder's turn to end, not in SQLite's busy handler; a turn
    left held would make every later write wait out busy_timeout, so commit, rollback and close each end it."""
    import threading

    from followup.db import Database, write_session

    database = Database(f"sqlite:///{tmp_path / 'turn.db'}")
    database.upgrade()
    me = threading.get_ident()
    ends = {"commit": lambda s: s.commit(), "rollback": lambda s: s.rollback(), "close": lambda s: s.close()}
    for how, end in ends.items():
        session = write_session(database.session)
        session.execute(sa.insert(Team.__table__), [{"name": how, "created_at": NOW}])
        assert database.turns.holder == me, how
        end(session)
        assert database.turns.holder is None, how
        session.close()
    with pytest.raises(sa.exc.IntegrityError):
        with write_session(database.session) as session:
            session.execute(sa.insert(Team.__table__), [{"id": 1, "name": "again", "created_at": NOW}])
            session.commit()
    assert database.turns.holder is None
    with database.session() as reader:  # a plain read takes no turn
        assert reader.execute(sa.select(sa.func.count()).select_from(Team.__table__)).scalar() == 1
        assert database.turns.holder is None
    database.engine.dispose()
