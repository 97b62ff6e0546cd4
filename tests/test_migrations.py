"""The migration history matches the models, on SQLite and on PostgreSQL."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import followup.models  # noqa: F401
from followup.db import Database


def drift(db: Database) -> list:
    """Differences between the migrated database and SQLModel.metadata (empty means no drift)."""
    with db.engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)


def test_upgrade_to_head_on_empty_sqlite_equals_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    before, after = db.upgrade()
    assert before is None and after == db.head_revision()
    assert drift(db) == []


def test_second_upgrade_is_a_no_op(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    db.upgrade()
    assert db.upgrade() == (db.head_revision(), db.head_revision())


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_with_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_revision_files_have_descriptive_slugs():
    from followup.db import MIGRATIONS

    names = [p.stem for p in (MIGRATIONS / "versions").glob("*.py")]
    assert names and all(len(n.split("_", 2)[-1]) >= 8 for n in names), names


def test_revision_ids_are_numbered_in_order_and_the_newest_is_head(tmp_path):
    """check_current reads the newest id from file names; it must agree with Alembic's head."""
    from followup.db import newest_revision

    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    assert newest_revision() == db.head_revision()


@pytest.mark.postgres
def test_upgrade_to_head_on_empty_postgres_equals_models(pg_url):
    db = Database(pg_url)
    before, after = db.upgrade()
    assert before is None and after == db.head_revision()
    assert drift(db) == []
    db.check_current()
    db.engine.dispose()
