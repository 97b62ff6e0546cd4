"""`followup serve` and `followup worker`: real processes, /healthz, graceful stop on SIGTERM."""
import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.servers import free_port


def start(config_file, *args):
    """Start the real console script with the test config; returns the process."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_CONFIG=str(config_file), FOLLOWUP_SECRET_KEY="test-secret-key")
    exe = Path(sys.executable).with_name("followup")
    return subprocess.Popen([str(exe), *args], env=env, cwd=config_file.parent, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for_line(proc, needle: str) -> str:
    """Read stderr until a line containing needle (bounded by the process's own output)."""
    for line in proc.stderr:
        if needle in line:
            return line
    raise AssertionError(f"process ended without printing {needle!r}")


def test_serve_answers_healthz_and_stops_on_sigterm(cli, config_file):
    assert cli("init").returncode == 0
    port = free_port()
    proc = start(config_file, "serve", "--port", str(port))
    try:
        wait_for_line(proc, "followup serving on")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            body = json.loads(response.read())
        assert response.status == 200
        assert body["database"] == "ok" and body["scheduler"]["running"] is True
        assert body["mailboxes"] == []
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert "followup stopped" in proc.stderr.read()
    finally:
        proc.kill()


def test_worker_runs_without_web_and_stops_on_sigint(cli, config_file):
    assert cli("init").returncode == 0
    proc = start(config_file, "worker")
    try:
        wait_for_line(proc, "worker running")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()


@pytest.mark.sqlite_only  # with --db=postgres the database starts migrated
def test_serve_refuses_a_database_not_created(cli, config_file):
    result = cli("serve", "--port", str(free_port()))
    assert result.returncode == 1
    assert "run 'followup init'" in result.stderr


@pytest.mark.sqlite_only
def test_backup_is_a_consistent_sqlite_copy(cli, config_file, tmp_path):
    import sqlite3

    cli("init")
    cli("customer", "quiet", "ann@customer.example", "--days", "2")
    target = tmp_path / "backup.db"
    result = cli("backup", str(target))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT email FROM customer").fetchall() == [("ann@customer.example",)]
    again = cli("backup", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr


@pytest.mark.postgres
def test_backup_on_postgres_uses_pg_dump(cli, config_file, pg_url, tmp_path):
    config_file.write_text(f'[app]\ndata_dir = "{tmp_path / "data"}"\n[database]\nurl = "{pg_url}"\n')
    assert cli("init").returncode == 0
    target = tmp_path / "pg.dump"
    result = cli("backup", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:5] == b"PGDMP"
