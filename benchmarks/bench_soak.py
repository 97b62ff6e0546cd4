"""Soak: `followup serve` for N minutes with a mail arriving every few seconds; memory stays flat, every message
is ingested once, and IMAP IDLE notices new mail quickly.

Setup: a private Dovecot (INBOX pre-filled with 500 real corpus messages), a SQLite database with one rep and
the mailbox, [schedule] sync_every 30s, [sync] idle on. `followup serve` runs as its own process. A thread
APPENDs one message every APPEND_EVERY seconds over one IMAP connection (40 customers asking things, so drafts
get prepared too); two reps click through the queue with a 2 s think time (benchmarks/loadgen.py), so the web
side ages as well. Every 10 s the serve process's VmRSS is read from /proc/<pid>/status. A poller reads the
database every 0.1 s for the new Message rows: IDLE latency is the time from APPEND to the row existing.
At the end: the server's INBOX count against the database's rows (each appended Message-ID exactly once).

Run: .venv/bin/python benchmarks/bench_soak.py        (20 minutes, the issue's soak)
     .venv/bin/python -m benchmarks soak              (what `make bench` runs: 3 minutes)
Env: FOLLOWUP_SOAK_MINUTES overrides both.
"""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_sync import corpora_dir, corpus_sources, unique_messages  # noqa: E402
from benchmarks.bench_web import followup_serve  # noqa: E402
from benchmarks.loadgen import LOCK_MARKERS, Mix, Rep, run_reps, summary  # noqa: E402

SOAK_MINUTES = 20.0  # the soak, when run as a script
BENCH_MINUTES = 3.0  # the `make bench` run: long enough for six scheduled syncs and a trend, short enough to wait for
PREFILL = 500
APPEND_EVERY = 3.0
CUSTOMERS = 40
REPS = 2
THINK_S = 2.0
RSS_EVERY = 10.0
WARMUP_S = 60.0  # the first sync, imports and caches fill memory once; the slope is taken after this
DB_POLL_S = 0.1
DRAIN_S = 90.0  # after the last APPEND, how long every message may take to arrive (> sync_every, the fallback)
SECRET = "bench-soak-secret"
PASSWORD = "soak bench password"
KEPT_LOG = Path(tempfile.gettempdir()) / "followup-bench-soak-serve.log"


def seed(config: Path, dovecot, imap_user: str) -> int:
    """Migrate; add the reps and the mailbox (no SMTP: sends go to the local outbox folder); the mailbox id."""
    from app import create_app
    from followup.mailboxes import add_mailbox
    from followup.users import add_user

    state = create_app(config_path=str(config)).extensions["followup"]
    state.db.upgrade()
    with state.db.session() as s:
        reps = [add_user(s, f"rep{i}@team.example", f"Rep {i}", PASSWORD) for i in range(REPS)]
        box = add_mailbox(s, state.vault, name="soak", owner=reps[0], username=imap_user,
                          password=dovecot.users[imap_user], imap_host=dovecot.host, imap_port=dovecot.imap_port,
                          imap_security="none", email_address="rep0@team.example")
        s.commit()
        box_id = box.id
    state.db.engine.dispose()
    return box_id


def new_mail(n: int) -> tuple[str, bytes]:
    """The n-th arriving message: (its Message-ID as stored, without angle brackets; raw bytes)."""
    msgid = f"soak-{n}@customer.example"
    k = n % CUSTOMERS
    raw = (f"Message-ID: <{msgid}>\r\nFrom: Customer {k} <cust{k}@customer.example>\r\nTo: rep0@team.example\r\n"
           f"Subject: Question {n}\r\nDate: {formatdate(localtime=False)}\r\nContent-Type: text/plain; charset=utf-8\r\n"
           f"\r\nHi,\r\n\r\nCould you send a quote for {n % 90 + 10} seats by Friday?\r\n\r\nCustomer {k}\r\n")
    return msgid, raw.encode()


def rss_kb(pid: int) -> int:
    """VmRSS of a process in kB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def slope_kb_per_min(samples: list[tuple[float, int]]) -> float:
    """Least-squares slope of (seconds, kB) samples in kB per minute."""
    if len(samples) < 2:
        return 0.0
    return statistics.linear_regression([t for t, _ in samples], [kb for _, kb in samples]).slope * 60


class Appender:
    """APPENDs a message every `every` seconds over one IMAP connection, remembering when each went in."""

    def __init__(self, dovecot, user: str, every: float):
        self.dovecot, self.user, self.every = dovecot, user, every
        self.appended: dict[str, float] = {}
        self.errors: list[str] = []

    def run(self, stop: threading.Event) -> None:
        """Append until stop; a dropped connection is reopened (and counted)."""
        n, client = 0, None
        while not stop.is_set():
            msgid, raw = new_mail(n)
            try:
                client = client or self.dovecot.client(self.user)
                at = time.monotonic()
                client.append("INBOX", raw)
                self.appended[msgid] = at
                n += 1
            except Exception as exc:  # reported at the end; the soak goes on
                self.errors.append(f"{type(exc).__name__}: {exc}")
                client = None
            stop.wait(self.every)
        if client is not None:
            client.logout()


class RowWatch:
    """Polls the database for new Message rows and notes when each Message-ID first appeared."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.seen: dict[str, float] = {}
        self.last_id = 0

    def poll(self) -> None:
        """Read the rows added since the last poll."""
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=30)
        try:
            rows = conn.execute("SELECT id, message_id_header FROM message WHERE id > ? ORDER BY id",
                                (self.last_id,)).fetchall()
        finally:
            conn.close()
        now = time.monotonic()
        for row_id, msgid in rows:
            self.seen.setdefault(msgid, now)
            self.last_id = max(self.last_id, row_id)

    def run(self, stop: threading.Event) -> None:
        """Poll every DB_POLL_S until stop."""
        while not stop.is_set():
            self.poll()
            stop.wait(DB_POLL_S)


def final_counts(db_path: Path, box_id: int, dovecot, user: str, appended: dict[str, float]) -> dict:
    """The server's INBOX count and the database's: rows, quarantined, duplicates, appended ones missing."""
    with dovecot.client(user) as client:
        server = int(client.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"])
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    try:
        rows = conn.execute("SELECT count(*) FROM message WHERE mailbox_id = ? AND folder = 'INBOX'", (box_id,)).fetchone()[0]
        quarantined = conn.execute("SELECT count(*) FROM quarantinedmessage WHERE mailbox_id = ? AND folder = 'INBOX'",
                                   (box_id,)).fetchone()[0]
        duplicates = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM message WHERE mailbox_id = ? AND folder = 'INBOX' "
            "GROUP BY message_id_header HAVING count(*) > 1)", (box_id,)).fetchone()[0]
        duplicate_uids = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM message WHERE mailbox_id = ? AND folder = 'INBOX' AND uid IS NOT NULL "
            "GROUP BY uidvalidity, uid HAVING count(*) > 1)", (box_id,)).fetchone()[0]
        stored = {m for (m,) in conn.execute("SELECT message_id_header FROM message WHERE message_id_header LIKE 'soak-%'")}
    finally:
        conn.close()
    return {"server": server, "rows": rows, "quarantined": quarantined, "duplicates": duplicates,
            "duplicate_uids": duplicate_uids, "missing": sorted(set(appended) - stored)}


def run(minutes: float) -> dict:
    """Set up, soak, tear down; the figures."""
    from followup_testing.servers import Dovecot, fast_tmp_root

    work = Path(tempfile.mkdtemp(prefix="fu-bench-soak-", dir=fast_tmp_root()))
    figures: dict = {"minutes": minutes, "load_avg_start": os.getloadavg()[0]}
    try:
        with Dovecot(work / "dovecot") as dovecot:
            user = dovecot.new_user("soak")
            dovecot.write_maildir(user, "INBOX", unique_messages(corpus_sources(corpora_dir()), PREFILL))
            db_path = work / "followup.db"
            config = work / "config.toml"
            config.write_text(f'[app]\ndata_dir = "{work / "data"}"\nlog_level = "INFO"\n'
                              f'[database]\nurl = "sqlite:///{db_path}"\n[policy]\nsend_window = "always"\n'
                              '[sync]\nidle = true\n[schedule]\nsync_every = "30s"\nsend_every = "30s"\n')
            env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
            env.update(FOLLOWUP_CONFIG=str(config), FOLLOWUP_SECRET_KEY=SECRET)
            os.environ.update(FOLLOWUP_SECRET_KEY=SECRET)
            box_id = seed(config, dovecot, user)
            logging.getLogger().setLevel(logging.WARNING)  # create_app set INFO in this process too

            with followup_serve(work, env) as (proc, port, log_path):
                started = time.monotonic()
                stop_mail, stop_web, stop_rows = threading.Event(), threading.Event(), threading.Event()
                appender, rows = Appender(dovecot, user, APPEND_EVERY), RowWatch(db_path)
                reps = [Rep("127.0.0.1", port, f"rep{i}@team.example", PASSWORD) for i in range(REPS)]
                threads = [threading.Thread(target=appender.run, args=(stop_mail,), daemon=True),
                           threading.Thread(target=rows.run, args=(stop_rows,), daemon=True),
                           threading.Thread(target=run_reps, args=(reps, Mix(think_s=THINK_S), stop_web, 10**9),
                                            daemon=True)]
                for thread in threads:
                    thread.start()
                samples: list[tuple[float, int]] = []
                end = started + minutes * 60
                while time.monotonic() < end and proc.poll() is None:
                    samples.append((time.monotonic() - started, rss_kb(proc.pid)))
                    time.sleep(min(RSS_EVERY, max(0.0, end - time.monotonic())))
                samples.append((time.monotonic() - started, rss_kb(proc.pid)))
                stop_mail.set()
                threads[0].join()
                drain_until = time.monotonic() + DRAIN_S
                while set(appender.appended) - set(rows.seen) and time.monotonic() < drain_until:
                    time.sleep(DB_POLL_S)
                stop_web.set()
                stop_rows.set()
                for thread in threads[1:]:
                    thread.join(timeout=120)
                rows.poll()
                figures["alive"] = proc.poll() is None
                figures.update(final_counts(db_path, box_id, dovecot, user, appender.appended))
                proc.terminate()
                proc.wait(timeout=120)
                figures["exit_code"] = proc.returncode
                figures["samples"] = samples
                figures["latencies"] = sorted(rows.seen[m] - at for m, at in appender.appended.items() if m in rows.seen)
                figures["appended"], figures["append_errors"] = len(appender.appended), appender.errors
                figures["web"] = summary([h for r in reps for h in r.hits])
                text = log_path.read_text(errors="replace")
                lines = text.splitlines()
                figures["log_locks"] = [ln for ln in lines if any(m in ln.lower() for m in LOCK_MARKERS)]
                figures["log_errors"] = [ln for ln in lines if " ERROR " in ln or "Traceback" in ln]
                figures["idle_syncs"] = sum(1 for ln in lines if "idle sync soak" in ln)
                figures["scheduled_syncs"] = sum(1 for ln in lines if "followup.jobs: sync:" in ln)
                shutil.copy(log_path, KEPT_LOG)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures["load_avg_end"] = os.getloadavg()[0]
    return figures


def main(default_minutes: float = BENCH_MINUTES) -> None:
    """Soak and print RSS, ingestion and IDLE latency; fail on a lost or duplicate message or an error."""
    minutes = float(os.environ.get("FOLLOWUP_SOAK_MINUTES", default_minutes))
    f = run(minutes)
    samples = f["samples"]
    warm = [s for s in samples if s[0] >= WARMUP_S] or samples
    middle = min(samples, key=lambda s: abs(s[0] - samples[-1][0] / 2))
    lat = f["latencies"]
    print(f"`followup serve` soaked {minutes:g} min on {os.cpu_count()} CPUs (load average {f['load_avg_start']:.1f} "
          f"at start, {f['load_avg_end']:.1f} at end): one APPEND every {APPEND_EVERY:g} s, sync_every 30s, IDLE on, "
          f"{REPS} reps clicking every {THINK_S:g} s")
    print(f"RSS of the serve process: start {samples[0][1] / 1024:.1f} MB, after warm-up ({WARMUP_S:.0f} s) "
          f"{warm[0][1] / 1024:.1f} MB, middle {middle[1] / 1024:.1f} MB, end {samples[-1][1] / 1024:.1f} MB, "
          f"max {max(kb for _, kb in samples) / 1024:.1f} MB; slope after warm-up {slope_kb_per_min(warm):+.0f} KB/min, "
          f"over the second half {slope_kb_per_min([s for s in samples if s[0] >= middle[0]]):+.0f} KB/min "
          f"({len(samples)} samples every {RSS_EVERY:g} s)")
    print(f"messages: {f['appended']} appended ({len(f['append_errors'])} APPEND errors) on top of {PREFILL}; server INBOX "
          f"{f['server']}, database INBOX rows {f['rows']} + {f['quarantined']} quarantined; lost {len(f['missing'])}, "
          f"duplicate Message-IDs {f['duplicates']}, duplicate UIDs {f['duplicate_uids']}")
    if lat:
        print(f"new mail noticed (APPEND -> Message row): median {statistics.median(lat):.2f} s, "
              f"p95 {sorted(lat)[int(0.95 * (len(lat) - 1))]:.2f} s, max {max(lat):.2f} s; {f['idle_syncs']} IDLE-triggered "
              f"syncs, {f['scheduled_syncs']} scheduled ones")
    web = f["web"]["all"]
    print(f"web: {web['requests']} requests, {web['errors']} errors, median {web['p50']:.0f} ms, p99 {web['p99']:.0f} ms")
    print(f"serve log: {len(f['log_locks'])} lock lines, {len(f['log_errors'])} ERROR/Traceback lines; "
          f"alive to the end: {f['alive']}, exit code {f['exit_code']} (log kept in {KEPT_LOG})")
    for line in (f["log_locks"] + f["log_errors"])[:10]:
        print(f"  | {line[:300]}")
    lost_or_doubled = f["missing"] or f["duplicates"] or f["duplicate_uids"] or \
        f["rows"] + f["quarantined"] != f["server"]
    if lost_or_doubled or web["errors"] or f["log_locks"] or f["log_errors"] or not f["alive"]:
        raise RuntimeError("lost or duplicate messages, web errors or server errors during the soak (see above)")


if __name__ == "__main__":
    main(SOAK_MINUTES)
