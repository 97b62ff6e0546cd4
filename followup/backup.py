"""Backups: a consistent copy of the database while followup keeps running."""
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from followup.db import PRIVATE_FILE_MODE
from followup.exceptions import BadInput, RuntimeFailure


def backup_database(db, path: Path) -> str:
    """Copy the database to ``path`` (SQLite online backup, or pg_dump), mode 0600; return a one-line summary."""
    path = Path(path)
    if path.exists():
        raise BadInput(f"{path}: already exists; choose a new file")
    if not path.parent.is_dir():
        raise BadInput(f"{path.parent}: no such folder")
    try:  # created owner-only before anything is written to it: a backup holds customer mail
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        raise BadInput(f"{path}: already exists; choose a new file") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot create: {exc.strerror}") from None
    try:
        return _copy(db, path)
    except BaseException:
        path.unlink(missing_ok=True)  # no half-written backup left to be mistaken for a good one
        raise


def _copy(db, path: Path) -> str:
    """Write the backup into the (empty, private) file at ``path``."""
    if db.is_sqlite:
        source = sqlite3.connect(db.url.database)
        target = sqlite3.connect(path)
        try:
            # The online backup API copies a consistent snapshot even while other processes write.
            source.backup(target)
        finally:
            target.close()
            source.close()
        return f"backup written to {path} ({path.stat().st_size} bytes); restore: stop followup, copy it over {db.url.database}"
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise RuntimeFailure("pg_dump not found: install the PostgreSQL client (apt-get install postgresql-client)")
    url = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run([pg_dump, "--format=custom", f"--file={path}", f"--dbname={url}"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        why = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else result.returncode
        raise RuntimeFailure(f"pg_dump failed: {why}")
    return f"backup written to {path} (pg_dump custom format); restore: pg_restore --clean --dbname=<url> {path}"
