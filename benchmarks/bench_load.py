"""Load: 20 reps clicking through the approval queue of a real `followup serve` while it syncs 20,000 messages
and sends 500 approved drafts. Counts error responses and lock errors (both must be 0), reports latency.

Setup: a private Dovecot whose INBOX holds 20,000 real corpus messages (written straight into the maildir), an
aiosmtpd sink, a SQLite database with 20 reps in one team, one mailbox (that Dovecot user, that sink), 1,000
pending drafts and 500 approved ones. `followup serve` runs as its own process; its scheduler starts the first
sync and a send run at once. The reps (benchmarks/loadgen.py: one thread, one keep-alive connection and one
session cookie each, no think time, so this is the worst case, not a typical day) log in through the form
and loop: GET /drafts, GET /drafts/<id>, GET /customers/<id>, and 15% approve / 10% snooze with the CSRF token.
The load runs until the sync job and the first send run have both finished, at most MAX_SECONDS (on a
2-CPU machine the 20,000-message sync takes ~3-4 minutes under this load, so the bound covers all of it).

Run: .venv/bin/python -m benchmarks load
Env: FOLLOWUP_BENCH_LOAD_MESSAGES (20000), FOLLOWUP_BENCH_LOAD_SECONDS (300), FOLLOWUP_BENCH_LOAD_THINK (0 s),
     FOLLOWUP_BENCH_LOAD_REPS (20; 0 gives the same sync and send with no web load, for comparison),
     FOLLOWUP_BENCH_LOAD_HISTORY (1: the mailbox dated over three years, read recent first),
     FOLLOWUP_BENCH_LOAD_WORKER (1: the jobs in a `followup worker` beside a web-only serve),
     FOLLOWUP_BENCH_LOAD_HISTORY_BATCH (`[sync] history_batch_size` of the served config; unset: the default),
     FOLLOWUP_BENCH_LOAD_THREADS (`[web] threads` of the served config, 8),
     FOLLOWUP_BENCH_LOAD_PAGE_SIZE (`[web] queue_page_size` of the served config; unset: the default),
     FOLLOWUP_BENCH_LOAD_TIMING (1: serve with `[app] timing_log` on; prints where approve's and snooze's time went
     while the history was read, and how long the history's write transactions held the lock),
     FOLLOWUP_BENCH_LOAD_DB (postgres: the database on a private PostgreSQL from followup_testing instead of SQLite),
     FOLLOWUP_BENCH_LOAD_WEB (1: how many `followup serve` processes, each on its own port; the reps are spread
     over them in turn, as a load balancer would. Without WORKER each runs the scheduler and the leases decide).
"""
from __future__ import annotations

import email
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack, nullcontext
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_sync import corpora_dir, corpus_sources, dated_mailbox, unique_messages  # noqa: E402
from benchmarks.bench_web import followup_serve  # noqa: E402
from benchmarks.loadgen import LOCK_MARKERS, Mix, Rep, percentile, run_reps, summary  # noqa: E402

REPS = 20
MESSAGES = 20_000
PENDING = 1000
APPROVED = 500
MAX_SECONDS = 300.0
MAX_REQUESTS_EACH = 3000
SERVER_THREADS = 8
SYNC_WAIT_SECONDS = 900.0  # after the load stops, how long the first sync and send runs may still take
POLL_SECONDS = 0.5
SECRET = "bench-load-secret"
PASSWORD = "load bench password"
KEPT_LOG = Path(tempfile.gettempdir()) / "followup-bench-load-serve.log"  # the last run's serve log, for a look
SYNC_LINE = re.compile(r"followup\.jobs: sync: (.*)")
SEND_LINE = re.compile(r"followup\.jobs: send: (.*)")
# FOLLOWUP_BENCH_LOAD_HISTORY=1: the mailbox's dates spread over three years, so the first sync reads its recent
# window in the sync job and the older history in the history job; the load lasts until the history is read.
HISTORY_LINE = re.compile(r"followup\.jobs: history: ([1-9]\d* mailboxes: .*history complete.*)")


def seed(config: Path, dovecot, imap_user: str, smtp) -> int:
    """Migrate; add REPS reps in one team, the mailbox, PENDING pending and APPROVED approved drafts; the mailbox id."""
    from app import create_app
    from followup.approval import text_hash
    from followup.clock import utcnow
    from followup.mailboxes import add_mailbox
    from followup.models import Customer, CustomerAddress, Draft, Message, Thread
    from followup.users import add_user

    state = create_app(config_path=str(config)).extensions["followup"]
    state.db.upgrade()
    now = utcnow()
    with state.db.session() as s:
        reps = [add_user(s, f"rep{i}@team.example", f"Rep {i}", PASSWORD) for i in range(REPS)]  # always all 20
        team = reps[0].team_id
        assert all(r.team_id == team for r in reps)
        box = add_mailbox(s, state.vault, name="load", owner=reps[0], username=imap_user,
                          password=dovecot.users[imap_user], imap_host=dovecot.host, imap_port=dovecot.imap_port,
                          imap_security="none", smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none",
                          email_address="rep0@team.example")
        for i in range(PENDING + APPROVED):
            address = f"buyer{i}@customer.example"
            c = Customer(team_id=team, email=address, name=f"Buyer {i}", last_inbound_at=now)
            s.add(c)
            s.flush()
            s.add(CustomerAddress(team_id=team, customer_id=c.id, email=address))
            t = Thread(team_id=team, customer_id=c.id, subject=f"Seats {i}", subject_key=f"seats {i}")
            s.add(t)
            s.flush()
            m = Message(team_id=team, mailbox_id=box.id, folder="INBOX", message_id_header=f"<seed-{i}@customer.example>",
                        thread_id=t.id, customer_id=c.id, direction="inbound", subject=t.subject, from_addr=address,
                        sent_at=now - timedelta(hours=i % 200), new_text=f"What would {i + 5} seats cost?")
            s.add(m)
            s.flush()
            subject, body = f"Re: Seats {i}", f"Hi,\n\nYou asked what {i + 5} seats cost: ${(i + 5) * 40}.\n"
            common = dict(team_id=team, customer_id=c.id, mailbox_id=box.id, thread_id=t.id, subject=subject,
                          body=body, reason="unanswered question", grounded=True, sources_through=m.sent_at,
                          sources=[{"kind": "message", "id": m.id, "quote": m.new_text}],
                          grounding={"ok": True, "tokens": [], "unmatched": []})
            if i < PENDING:
                s.add(Draft(**common))
            else:
                s.add(Draft(**common, status="approved", approved_by_id=reps[i % REPS].id, approved_at=now,
                            approved_hash=text_hash(subject, body)))
        s.commit()
        box_id = box.id
    state.db.engine.dispose()
    return box_id


STORED_SQL = ("SELECT (SELECT count(*) FROM message WHERE mailbox_id = {p} AND folder = 'INBOX' AND uid IS NOT NULL)"
              " + (SELECT count(*) FROM quarantinedmessage WHERE mailbox_id = {p} AND folder = 'INBOX')")


def count_stored(db_url: str, box_id: int) -> int:
    """The mailbox's INBOX messages stored or quarantined so far, read from the side (SQLite read-only, or PostgreSQL)."""
    if db_url.startswith("sqlite:///"):
        with sqlite3.connect(f"file:{db_url.removeprefix('sqlite:///')}?mode=ro", uri=True, timeout=30) as conn:
            stored = conn.execute(STORED_SQL.format(p="?"), (box_id,) * 2).fetchone()[0]
        conn.close()
        return stored
    import psycopg

    with psycopg.connect(db_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        return conn.execute(STORED_SQL.format(p="%s"), (box_id,) * 2).fetchone()[0]


class Watch:
    """Follows the serve logs and the database from the side: when the first sync and send runs finished."""

    def __init__(self, log_paths: list[Path], db_url: str, box_id: int, expected: int):
        self.log_paths, self.db_url, self.box_id, self.expected = log_paths, db_url, box_id, expected
        self.sync_line = self.send_line = self.history_line = None
        self.sync_done_at = self.send_done_at = self.all_stored_at = self.history_done_at = None
        self.stored = 0

    def poll(self, now: float) -> None:
        """Read the log and count the synced rows once."""
        text = "".join(p.read_text(errors="replace") for p in self.log_paths)
        if self.sync_line is None and (m := SYNC_LINE.search(text)):
            self.sync_line, self.sync_done_at = m.group(1), now
        if self.send_line is None and (m := SEND_LINE.search(text)):
            self.send_line, self.send_done_at = m.group(1), now
        if self.history_line is None and (m := HISTORY_LINE.search(text)):
            self.history_line, self.history_done_at = m.group(1), now
        if self.all_stored_at is None:
            self.stored = count_stored(self.db_url, self.box_id)
            if self.stored >= self.expected:
                self.all_stored_at = now

    def follow(self, stop: threading.Event, started: float) -> None:
        """Poll until stop; times are seconds since started."""
        while not stop.is_set():
            self.poll(time.monotonic() - started)
            stop.wait(POLL_SECONDS)


def log_problems(text: str) -> dict:
    """Lock errors, tracebacks and ERROR lines in the serve log."""
    lines = text.splitlines()
    return {"locks": [ln for ln in lines if any(m in ln.lower() for m in LOCK_MARKERS)],
            "errors": [ln for ln in lines if " ERROR " in ln or "Traceback" in ln],
            "queue_warnings": sum(1 for ln in lines if "waitress.queue" in ln)}


def run(messages: int, max_seconds: float, think_s: float, rep_count: int = REPS, dated: bool = False) -> dict:
    """Set everything up, run serve under load, tear down; the figures."""
    from followup_testing.servers import Dovecot, Postgres, SmtpServer, fast_tmp_root

    work = Path(tempfile.mkdtemp(prefix="fu-bench-load-", dir=fast_tmp_root()))
    figures: dict = {"load_avg_start": os.getloadavg()[0]}
    worker = None
    try:
        with Dovecot(work / "dovecot") as dovecot, SmtpServer() as smtp, \
                (Postgres(work / "postgres") if POSTGRES else nullcontext()) as postgres:
            imap_user = dovecot.new_user("load")
            if dated:
                for raw, at in dated_mailbox(messages, corpora_dir())[0]:
                    dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=at)
            else:
                dovecot.write_maildir(imap_user, "INBOX", unique_messages(corpus_sources(corpora_dir()), messages))
            with dovecot.client(imap_user) as client:  # Dovecot indexes a new maildir on first SELECT; not ours to time
                client.select_folder("INBOX", readonly=True)
            db_url = postgres.create_database() if POSTGRES else f"sqlite:///{work / 'followup.db'}"
            config = work / "config.toml"
            config.write_text(f'[app]\ndata_dir = "{work / "data"}"\nlog_level = "INFO"\n'
                              f'[database]\nurl = "{db_url}"\n[web]\nthreads = {THREADS}\n'
                              '[policy]\nsend_window = "always"\n'
                              '[schedule]\nsync_every = "30m"\nsend_every = "1m"\n'
                              + ('jobs_in_web = false\n' if WORKER else ''))
            if PAGE_SIZE:
                config.write_text(config.read_text().replace("[web]\n", f"[web]\nqueue_page_size = {int(PAGE_SIZE)}\n"))
            if HISTORY_BATCH:
                config.write_text(config.read_text() + f"[sync]\nhistory_batch_size = {int(HISTORY_BATCH)}\n")
            if TIMING:
                config.write_text(config.read_text().replace('log_level = "INFO"\n',
                                                             'log_level = "INFO"\ntiming_log = true\n'))
            env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
            env.update(FOLLOWUP_CONFIG=str(config), FOLLOWUP_SECRET_KEY=SECRET)
            os.environ.update(FOLLOWUP_SECRET_KEY=SECRET)
            box_id = seed(config, dovecot, imap_user, smtp)
            logging.getLogger().setLevel(logging.WARNING)  # create_app set INFO here; the sink logs every command

            started = time.monotonic()
            with ExitStack() as servers:
                # each serve in a folder of its own (its log is <folder>/serve.log); the first one is work itself
                webs = []
                for n in range(WEB):
                    folder = work if n == 0 else work / f"web{n}"
                    folder.mkdir(exist_ok=True)
                    webs.append(servers.enter_context(followup_serve(folder, env)))
                log_paths = [w[2] for w in webs]
                figures["ready_s"] = time.monotonic() - started
                if WORKER:  # the jobs in a process of their own, with a log of its own the watch reads too (sharing
                    # serve's file, serve's writes at its own offset overwrote the worker's lines before the watch saw them)
                    log_paths.append(work / "worker.log")
                    with open(log_paths[-1], "wb") as log_file:
                        worker = subprocess.Popen([str(Path(sys.executable).with_name("followup")), "worker"],
                                                  env=env, cwd=work, stdout=log_file, stderr=subprocess.STDOUT)
                watch = Watch(log_paths, db_url, box_id, messages)
                stop_watch = threading.Event()
                watcher = threading.Thread(target=watch.follow, args=(stop_watch, started), daemon=True)
                watcher.start()

                # rep i talks to serve i mod WEB for the whole run, as a load balancer with sticky sessions would
                reps = [Rep("127.0.0.1", webs[i % WEB][1], f"rep{i}@team.example", PASSWORD) for i in range(rep_count)]
                stop_load = threading.Event()

                def bound() -> None:
                    """Stop the reps once the sync job and the first send run are done, or at max_seconds."""
                    deadline = time.monotonic() + max_seconds
                    while time.monotonic() < deadline and not (watch.sync_line and watch.send_line
                                                               and (watch.history_line or not dated)):
                        stop_load.wait(POLL_SECONDS)
                    stop_load.set()

                load_started = time.monotonic()
                threading.Thread(target=bound, daemon=True).start()
                run_reps(reps, Mix(think_s=think_s), stop_load, MAX_REQUESTS_EACH)
                figures["load_s"] = time.monotonic() - load_started
                figures["load_started_s"] = load_started - started
                deadline = time.monotonic() + SYNC_WAIT_SECONDS
                while (watch.sync_line is None or watch.send_line is None) and time.monotonic() < deadline \
                        and all(w[0].poll() is None for w in webs):
                    time.sleep(POLL_SECONDS)
                stop_watch.set()
                watcher.join()
                watch.poll(time.monotonic() - started)
                figures["load_avg_end"] = os.getloadavg()[0]
                hits = [h for r in reps for h in r.hits]
                figures["summary"] = summary(hits)
                sync_end = watch.sync_done_at or float("inf")
                figures["during_sync"] = sum(1 for h in hits if h.at - started < sync_end)
                history_end = watch.history_done_at or float("inf")
                in_history = [h for h in hits if sync_end <= h.at - started < history_end]
                figures["during_history"] = summary(in_history) if in_history else {}
                figures["during_history_drafts_p50"] = percentile(
                    [h.ms for h in in_history if h.kind == "GET /drafts"], 50)
                figures.update(history_line=watch.history_line, history_done_s=watch.history_done_at)
                logs = "".join(p.read_text(errors="replace") for p in log_paths)
                figures["timing"] = timing_split(logs, started + sync_end, started + history_end)
                figures.update(sync_line=watch.sync_line, send_line=watch.send_line, stored=watch.stored,
                               all_stored_s=watch.all_stored_at, sync_done_s=watch.sync_done_at,
                               send_done_s=watch.send_done_at)
                for web_proc, _, _ in webs:
                    web_proc.terminate()
                figures["exit_code"] = max(web_proc.wait(timeout=120) for web_proc, _, _ in webs)
                if worker is not None:
                    worker.terminate()
                    figures["exit_code"] = max(figures["exit_code"], worker.wait(timeout=120))
                ids = Counter(email.message_from_bytes(m.data)["Message-ID"] for m in smtp.messages)
                figures["delivered"], figures["double"] = len(smtp.messages), sum(c - 1 for c in ids.values())
                logs = "".join(p.read_text(errors="replace") for p in log_paths)
                figures["log"] = log_problems(logs)
                KEPT_LOG.write_text(logs)
                figures["approved_by_reps"] = sum(1 for h in hits if h.kind == "POST approve" and h.status == 302)
    finally:
        if worker is not None and worker.poll() is None:
            worker.kill()
            worker.wait()
        shutil.rmtree(work, ignore_errors=True)
    return figures


TIMING_REQUEST = re.compile(r"followup\.timing: request (\S+ \S+) at=([\d.]+) (.*)")
TIMING_TRANSACTION = re.compile(r"followup\.timing: transaction history at=([\d.]+) held=([\d.]+)(?: cpu=([\d.]+))? rows=(\d+)")
TIMED_KINDS = {"POST drafts.decide": "approve", "POST drafts.approve": "approve (queue)", "POST drafts.snooze": "snooze",
               "GET drafts.show": "GET /drafts/<id>"}


def _pct(values: list[float], q: float) -> float:
    """The q-quantile (nearest rank) of the values; nan when none."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timing_split(text: str, start: float, end: float) -> dict:
    """From a timing_log serve log: each timed request in [start, end) split into its parts, and the history's
    write transactions (how long each held the lock, rows written)."""
    requests: dict[str, list[dict]] = {}
    for m in TIMING_REQUEST.finditer(text):
        kind = TIMED_KINDS.get(m.group(1))
        if kind and start <= float(m.group(2)) < end:
            requests.setdefault(kind, []).append({k: float(v) for k, v in
                                                  (f.split("=") for f in m.group(3).split())})
    held = [(float(m.group(2)), int(m.group(4)), float(m.group(3) or "nan"))
            for m in TIMING_TRANSACTION.finditer(text)]
    return {"requests": requests, "held": held}


def print_timing(t: dict) -> None:
    """Where approve's and snooze's time went while the history was read; the history's lock holds."""
    for kind, rows in t["requests"].items():
        walls = [r["wall"] for r in rows]
        names = sorted({k for r in rows for k in r} - {"wall", "cpu", "off_cpu"})
        print(f"  server time of {kind} while the history was read ({len(rows)}): wall p50 {_pct(walls, .5):.0f} "
              f"p99 {_pct(walls, .99):.0f} ms; mean ms: " + ", ".join(
                  f"{k} {sum(r.get(k, 0) for r in rows) / len(rows):.1f}" for k in ["cpu", "off_cpu", *names]))
        for r in sorted(rows, key=lambda r: -r["wall"])[:3]:
            print("    slowest: " + " ".join(f"{k}={v:.0f}" for k, v in r.items()))
    if t["held"]:
        held, cpu = [h[0] for h in t["held"]], [h[2] for h in t["held"]]
        print(f"  history write transactions: {len(held)}, lock held p50 {_pct(held, .5):.0f} ms, p99 "
              f"{_pct(held, .99):.0f} ms, max {max(held):.0f} ms (thread CPU in them p50 {_pct(cpu, .5):.0f}, p99 "
              f"{_pct(cpu, .99):.0f} ms); rows each at most {max(h[1] for h in t['held'])}")


# FOLLOWUP_BENCH_LOAD_HISTORY_BATCH=N: the served config's [sync] history_batch_size (to compare transaction sizes)
HISTORY_BATCH = os.environ.get("FOLLOWUP_BENCH_LOAD_HISTORY_BATCH", "")
# FOLLOWUP_BENCH_LOAD_PAGE_SIZE=N: the served config's [web] queue_page_size (the queue page's share of the CPU)
PAGE_SIZE = os.environ.get("FOLLOWUP_BENCH_LOAD_PAGE_SIZE", "")
# FOLLOWUP_BENCH_LOAD_THREADS=N: the served config's [web] threads (to compare pool sizes)
THREADS = int(os.environ.get("FOLLOWUP_BENCH_LOAD_THREADS", SERVER_THREADS))
# FOLLOWUP_BENCH_LOAD_TIMING=1: serve with [app] timing_log on, the split printed
TIMING = os.environ.get("FOLLOWUP_BENCH_LOAD_TIMING", "") not in ("", "0")
# FOLLOWUP_BENCH_LOAD_WORKER=1: serve with [schedule] jobs_in_web = false and a `followup worker` running the jobs
WORKER = os.environ.get("FOLLOWUP_BENCH_LOAD_WORKER", "") not in ("", "0")
# FOLLOWUP_BENCH_LOAD_DB=postgres: the database on a private PostgreSQL (followup_testing's, as the tests' --db=postgres)
POSTGRES = os.environ.get("FOLLOWUP_BENCH_LOAD_DB", "sqlite") == "postgres"
# FOLLOWUP_BENCH_LOAD_WEB=N: N `followup serve` processes on N ports, the reps spread over them
WEB = max(1, int(os.environ.get("FOLLOWUP_BENCH_LOAD_WEB", 1)))


def main() -> None:
    """Run the load and print the figures; fail when there were error responses or lock errors."""
    messages = int(os.environ.get("FOLLOWUP_BENCH_LOAD_MESSAGES", MESSAGES))
    max_seconds = float(os.environ.get("FOLLOWUP_BENCH_LOAD_SECONDS", MAX_SECONDS))
    think_s = float(os.environ.get("FOLLOWUP_BENCH_LOAD_THINK", 0))
    rep_count = int(os.environ.get("FOLLOWUP_BENCH_LOAD_REPS", REPS))
    dated = os.environ.get("FOLLOWUP_BENCH_LOAD_HISTORY", "") not in ("", "0")
    f = run(messages, max_seconds, think_s, rep_count, dated)
    s = f["summary"]
    print(f"{rep_count} reps (no think time)" if not think_s else f"{rep_count} reps ({think_s:.1f} s think time)",
          f"against {WEB} `followup serve` process{'es' if WEB > 1 else ''}"
          + (" + `followup worker`" if WORKER else "")
          + f" ({'PostgreSQL' if POSTGRES else 'SQLite'}, waitress {THREADS} threads"
          + (f", queue page of {PAGE_SIZE}" if PAGE_SIZE else "") + f") on {os.cpu_count()} CPUs; "
          f"load average {f['load_avg_start']:.1f} at start, {f['load_avg_end']:.1f} at end")
    print(f"first sync of {messages} messages: all stored {f['all_stored_s'] - f['ready_s']:.1f} s after the server "
          f"was ready" if f["all_stored_s"] else f"first sync: only {f['stored']} of {messages} stored")
    print(f"  sync job (with draft preparation) done at {f['sync_done_s'] or float('nan'):.1f} s: {f['sync_line']}")
    print(f"  first send run done at {f['send_done_s'] or float('nan'):.1f} s: {f['send_line']}")
    print(f"  SMTP sink: {f['delivered']} delivered, {f['double']} double ({APPROVED} approved at start; "
          f"{f['approved_by_reps']} more approved by the reps go out at the next send runs, every minute)")
    if s["all"]["requests"]:
        print(f"load: {s['all']['requests']} requests in {f['load_s']:.1f} s "
              f"({s['all']['requests'] / f['load_s']:.0f}/s), {f['during_sync']} of them while the sync job ran")
        print(f"  {'kind':<20} {'requests':>8} {'errors':>6} {'5xx':>4} {'locked':>6} {'p50 ms':>8} {'p95 ms':>8} "
              f"{'p99 ms':>8} {'max ms':>8}")
        for kind, k in s.items():
            print(f"  {kind:<20} {k['requests']:>8} {k['errors']:>6} {k['status_5xx']:>4} {k['locked']:>6} "
                  f"{k['p50']:>8.0f} {k['p95']:>8.0f} {k['p99']:>8.0f} {k['max']:>8.0f}")
        if dated:
            h = f["during_history"]
            print(f"  history job done at {f['history_done_s'] or float('nan'):.1f} s: {f['history_line']}")
            print(f"  while the history was read: GET /drafts p50 {f['during_history_drafts_p50']:.0f} ms")
            # The same window's page views as the reference: on a saturated machine every request is slow, and what
            # the history costs a click is how much slower than a page view a write waits.
            ref = h.get("GET /drafts/<id>")
            for kind in ("POST approve", "POST snooze"):
                if kind in h:
                    print(f"  while the history was read: {kind} {h[kind]['requests']} requests, p99 "
                          f"{h[kind]['p99']:.0f} ms (goal < 300 ms)"
                          + (f"; {h[kind]['p99'] / max(ref['p99'], 1):.2f}x the p99 of GET /drafts/<id> "
                             f"({ref['p99']:.0f} ms) in the same window" if ref else ""))
            if TIMING:
                print_timing(f["timing"])
    else:
        print("no web load (FOLLOWUP_BENCH_LOAD_REPS=0): the sync and send figures above are the baseline")
    log = f["log"]
    print(f"serve log: {len(log['locks'])} lock lines, {len(log['errors'])} ERROR/Traceback lines, "
          f"{log['queue_warnings']} waitress queue-depth warnings; exit code {f['exit_code']} (log kept in {KEPT_LOG})")
    for line in (log["locks"] + log["errors"])[:10]:
        print(f"  | {line[:300]}")
    bad = s["all"]["errors"] or s["all"]["locked"] or log["locks"] or log["errors"] or f["double"]
    if bad:
        raise RuntimeError("error responses, lock errors, log errors or double sends under load (see above)")


if __name__ == "__main__":
    main()
