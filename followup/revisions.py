"""Where the Alembic revisions live and which is newest, read from their file names without importing Alembic
or SQLAlchemy (followup.db checks a database against it; so does followup.inbound.unchanged)."""
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def newest_revision() -> str:
    """The newest revision id; revisions are numbered in order (0001, 0002, ...) in their file names."""
    return max(p.name.split("_")[1] for p in (MIGRATIONS / "versions").glob("*_*_*.py"))
