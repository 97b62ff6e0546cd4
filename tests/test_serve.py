"""`followup serve` and `followup worker`: real processes, /healthz, graceful stop on SIGTERM."""
import http.client
import json
import re
import select
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from followup_testing.servers import free_port


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
        assert body == {"database": "ok", "scheduler": {"running": True}, "ok": True}  # anonymous: status only
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert "followup stopped" in proc.stderr.read()
    finally:
        proc.kill()


def test_serve_can_leave_the_jobs_to_a_worker(cli, config_file):
    """[schedule] jobs_in_web = false: serve answers without a scheduler of its own (the jobs are a worker's)."""
    config_file.write_text(config_file.read_text() + "\n[schedule]\njobs_in_web = false\n")
    assert cli("init").returncode == 0
    port = free_port()
    proc = start(config_file, "serve", "--port", str(port))
    try:
        assert "jobs left to `followup worker`" in wait_for_line(proc, "followup serving on")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            body = json.loads(response.read())
        assert response.status == 200 and body["scheduler"] == {"running": False}
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
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


def test_worker_stops_when_the_signal_lands_in_another_thread(cli, config_file):
    """The kernel may hand a process's SIGINT to any of its threads: the worker stops all the same (it hung in
    its wait when a scheduler thread took the signal)."""
    import ctypes
    import os

    assert cli("init").returncode == 0
    proc = start(config_file, "worker")
    try:
        wait_for_line(proc, "worker running")
        others = [int(tid) for tid in os.listdir(f"/proc/{proc.pid}/task") if int(tid) != proc.pid]
        assert others, "the worker runs its scheduler in threads"
        assert ctypes.CDLL(None, use_errno=True).tgkill(proc.pid, others[0], signal.SIGINT) == 0
        assert proc.wait(timeout=30) == 0
        assert "followup stopped" in proc.stderr.read()
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
    assert oct(target.stat().st_mode & 0o777) == "0o600"  # it holds customer mail
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
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM) in MB, from /proc."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


def _post_huge(port: int, size: int, *, chunked: bool) -> bytes:
    """POST ``size`` bytes to /login anonymously, stopping once the server answers; the status line."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    with sock:
        framing = b"Transfer-Encoding: chunked" if chunked else b"Content-Length: %d" % size
        sock.sendall(b"POST /login HTTP/1.1\r\nHost: localhost\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\n" + framing + b"\r\n\r\n")
        chunk, sent = b"a" * (1 << 20), 0
        while sent < size and not select.select([sock], [], [], 0)[0]:
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
            except OSError:  # the server refused the rest and closed: its answer is already on the way
                break
            sent += len(chunk)
        return sock.recv(4096).split(b"\r\n", 1)[0]


def test_a_huge_anonymous_post_is_refused_with_413_without_growing_memory(cli, config_file):
    """Issue 13.6: a 50 MB body to /login is refused before it is read; the server's peak RSS barely moves."""
    assert cli("init").returncode == 0
    port = free_port()
    proc = start(config_file, "serve", "--port", str(port))
    try:
        wait_for_line(proc, "followup serving on")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=10):
            pass  # the login page is warm: what follows is the body's cost only
        before = _peak_rss_mb(proc.pid)
        declared = _post_huge(port, 50 * 1024 * 1024, chunked=False)
        streamed = _post_huge(port, 50 * 1024 * 1024, chunked=True)
        growth = _peak_rss_mb(proc.pid) - before
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            still_up = response.status
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert declared.startswith(b"HTTP/1.1 413") and streamed.startswith(b"HTTP/1.1 413"), (declared, streamed)
    assert growth < 20, f"peak RSS grew {growth:.1f} MB"
    assert still_up == 200


def _get_login(port: int, source: str, headers: dict) -> http.client.HTTPResponse:
    """GET /login from a chosen loopback source address (127.0.0.x all reach a server on 127.0.0.1)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    conn.request("GET", "/login", headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


def test_session_cookie_is_secure_behind_a_trusted_proxy_only(cli, config_file):
    """Issue 13.8, through waitress: X-Forwarded-Proto counts from [web] trusted_proxies, from no one else."""
    config_file.write_text(config_file.read_text() + '[web]\ntrusted_proxies = ["127.0.0.2"]\n')
    assert cli("init").returncode == 0
    port = free_port()
    proc = start(config_file, "serve", "--port", str(port))
    try:
        wait_for_line(proc, "followup serving on")
        https = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.9"}
        via_proxy = _get_login(port, "127.0.0.2", https).getheader("Set-Cookie")
        direct = _get_login(port, "127.0.0.1", https).getheader("Set-Cookie")
        plain = _get_login(port, "127.0.0.2", {}).getheader("Set-Cookie")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert "followup_session=" in via_proxy and "; Secure" in via_proxy
    assert "followup_session=" in direct and "Secure" not in direct
    assert "followup_session=" in plain and "Secure" not in plain
