"""One scheduler send tick over 100,000 customers with a year of send history each (issues 5 and 8).

A fresh database (SQLite file in a temp dir; PostgreSQL with --postgres or FOLLOWUP_BENCH_PG=1) gets one team,
one rep, one mailbox without an SMTP host (sends go to the local Maildir outbox), N customers, and per customer
one sent follow-up a week for W weeks (a Draft in "sent" and its SendRecord in "sent") plus a few synced
messages each way. Rows are generated inside the database (INSERT ... SELECT over a recursive CTE on SQLite,
generate_series on PostgreSQL), one transaction per ~100k rows. Then approved drafts due now are added and ONE
send_due() is timed with [policy] send_window = "always" and the default limits (2 per 7d, 48h gap):
  customers c % 10 in 0..3 were sent to < 48h ago (min gap), 4..7 twice in the last 7 days (rate limit),
  8..9 pass, and c % 50 == 9 wrote after the draft was prepared (the draft goes stale).
Three ticks, side by side: the big database with 1,000 due drafts, then with 10,000 more due drafts, and a
reference database of 1,000 customers (same history) with 1,000 due drafts. Equal per-decision times across
the first and the reference mean the tick scales with due drafts, not with table size.
Knobs: FOLLOWUP_BENCH_TICK_CUSTOMERS (100000), FOLLOWUP_BENCH_TICK_WEEKS (52), FOLLOWUP_BENCH_TICK_DUE (10000),
FOLLOWUP_BENCH_TICK_MESSAGES (4 inbound + 4 outbound per customer).
Run: .venv/bin/python benchmarks/bench_tick.py [--postgres]
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent

CUSTOMERS = int(os.environ.get("FOLLOWUP_BENCH_TICK_CUSTOMERS", 100_000))
WEEKS = int(os.environ.get("FOLLOWUP_BENCH_TICK_WEEKS", 52))
DUE = int(os.environ.get("FOLLOWUP_BENCH_TICK_DUE", 10_000))
MESSAGES = int(os.environ.get("FOLLOWUP_BENCH_TICK_MESSAGES", 4))
REFERENCE_CUSTOMERS = 1_000
REFERENCE_DUE = 1_000
ROWS_PER_TRANSACTION = 100_000
SECRET = "bench-tick-secret"
NOW = datetime(2026, 11, 23, 12, 0, 0)  # whole seconds: generated timestamps compare as SQLAlchemy writes them
SUBJECT, BODY = "Re: seats", "Hi,\n\nAs discussed: 3 seats at $40 each from March 1.\n\nDana"

# Minutes before NOW of customer c's k-th newest send (see the module docstring for the groups).
SENT_MINUTES = ("(CASE WHEN c % 10 < 4 THEN (c * 7 % 48) * 60 + k * 10080"
                " WHEN c % 10 < 8 THEN (60 + c * 7 % 24) * 60 + (CASE WHEN k = 0 THEN 0 ELSE 5040 + (k - 1) * 10080 END)"
                " ELSE (72 + c * 7 % 72) * 60 + k * 10080 END)")
# Inbound mail every ~90 days (the newest 2 days ago); customers c % 50 == 9 also wrote 30 minutes ago.
INBOUND_MINUTES = "(CASE WHEN c % 50 = 9 AND k = 0 THEN 30 ELSE (2 + 90 * k) * 1440 + c % 1440 END)"
OUTBOUND_MINUTES = "((5 + 90 * k) * 1440 + c % 1440)"


class Dialect:
    """The few SQL pieces that differ between SQLite and PostgreSQL."""

    def __init__(self, sqlite: bool):
        self.sqlite = sqlite
        self.true, self.false = ("1", "0") if sqlite else ("true", "false")

    def ago(self, minutes: str) -> str:
        """A timestamp `minutes` before :now, stored the way SQLAlchemy stores datetimes."""
        if self.sqlite:
            return f"(datetime(:now, '-' || ({minutes}) || ' minutes') || '.000000')"
        return f"(CAST(:now AS timestamp) - ({minutes}) * interval '1 minute')"

    def series(self) -> str:
        """Customers c in [:lo, :hi) crossed with k in [0, :w)."""
        if self.sqlite:
            return ("WITH RECURSIVE cs(c) AS (SELECT :lo UNION ALL SELECT c + 1 FROM cs WHERE c + 1 < :hi), "
                    "ks(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM ks WHERE k + 1 < :w) ")
        return ("WITH cs AS (SELECT generate_series(CAST(:lo AS int), CAST(:hi AS int) - 1) AS c), "
                "ks AS (SELECT generate_series(0, CAST(:w AS int) - 1) AS k) ")


def insert_sql(d: Dialect, team: int, rep: int, box: int, weeks: int, messages: int) -> dict[str, str]:
    """INSERT ... SELECT statements per table, for customers [:lo, :hi) and :w rows per customer."""
    t, f = d.true, d.false
    hist_id = f"((c - 1) * {weeks} + k + 1)"
    msg_id = f"((c - 1) * {2 * messages} + k + 1)"
    return {
        "customer": d.series() + (
            "INSERT INTO customer (id, team_id, email, name, status, bouncing, created_at) "
            f"SELECT c, {team}, 'c' || c || '@customer.example', 'Customer ' || c, 'active', {f}, {d.ago('525600')} "
            "FROM cs, ks ORDER BY c"),
        "draft": d.series() + (
            "INSERT INTO draft (id, team_id, customer_id, mailbox_id, status, subject, body, grounded, backend, "
            "sources_through, approved_by_id, approved_at, approved_hash, created_at, updated_at, sent_at) "
            f"SELECT {hist_id}, {team}, c, {box}, 'sent', 'Re: week ' || k, 'Hi, following up on our call.', {t}, "
            f"'extractive', {d.ago(SENT_MINUTES + ' + 60')}, {rep}, {d.ago(SENT_MINUTES + ' + 30')}, 'h', "
            f"{d.ago(SENT_MINUTES + ' + 60')}, {d.ago(SENT_MINUTES)}, {d.ago(SENT_MINUTES)} FROM cs, ks ORDER BY c, k"),
        "sendrecord": d.series() + (
            "INSERT INTO sendrecord (id, draft_id, team_id, customer_id, mailbox_id, message_id_header, state, "
            "attempts, claimed_by, claimed_at, sent_at, appended_at) "
            f"SELECT {hist_id}, {hist_id}, {team}, c, {box}, '<h' || {hist_id} || '@bench.example>', 'sent', 1, "
            f"'bench:1', {d.ago(SENT_MINUTES)}, {d.ago(SENT_MINUTES)}, {d.ago(SENT_MINUTES)} "
            "FROM cs, ks ORDER BY c, k"),
        "message": d.series() + (
            "INSERT INTO message (id, team_id, mailbox_id, folder, message_id_header, customer_id, direction, "
            "subject, from_addr, from_name, sent_at, new_text, quoted_text, signature, is_auto, is_bulk, "
            "is_bounce, size, created_at) "
            f"SELECT {msg_id}, {team}, {box}, CASE WHEN k < {messages} THEN 'INBOX' ELSE 'Sent' END, "
            f"'<m' || {msg_id} || '@bench.example>', c, "
            f"CASE WHEN k < {messages} THEN 'inbound' ELSE 'outbound' END, 'Re: seats', 'c' || c || '@customer.example', "
            f"'Customer', CASE WHEN k < {messages} THEN {d.ago(INBOUND_MINUTES)} "
            f"ELSE {d.ago(OUTBOUND_MINUTES.replace('k', f'(k - {messages})'))} END, "
            f"'Thanks, sounds good.', '', '', {f}, {f}, {f}, 900, {d.ago('0')} FROM cs, ks ORDER BY c, k"),
    }


def seed_base(db, vault) -> tuple[int, int, int]:
    """A rep (and its team) and one mailbox without SMTP: (team_id, rep_id, mailbox_id)."""
    from followup.mailboxes import add_mailbox
    from followup.users import add_user

    with db.session() as session:
        rep = add_user(session, "dana@rep.example", "Dana Rep", "s3cret-pass")
        box = add_mailbox(session, vault, name="main", owner=rep, username="dana", password="x",
                          imap_host="127.0.0.1", imap_port=143, imap_security="none", email_address="dana@rep.example")
        session.commit()
        return rep.team_id, rep.id, box.id


def bulk_load(url: str, sqlite: bool, ids: tuple[int, int, int], customers: int, weeks: int,
              messages: int) -> dict[str, int]:
    """Generate customers, their sent drafts and send records and their messages; the row counts."""
    d = Dialect(sqlite)
    statements = insert_sql(d, *ids, weeks, messages)
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rebuild = []
        if sqlite:
            # Durability is worthless while loading a throwaway database; WAL is restored below.
            conn.exec_driver_sql("PRAGMA journal_mode=OFF")
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            conn.exec_driver_sql("PRAGMA cache_size=-262144")
        else:
            # Generated rows are consistent by construction: skip the per-row FK triggers, and build the
            # secondary indexes once after the load (2-3x faster than maintaining them row by row).
            conn.exec_driver_sql("SET session_replication_role = replica")
            rebuild = conn.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
                "('customer', 'draft', 'sendrecord', 'message') AND indexname LIKE 'ix%%'").all()
            for name, _ in rebuild:
                conn.exec_driver_sql(f"DROP INDEX {name}")
            conn.commit()
        for table, per_customer in (("customer", 1), ("draft", weeks), ("sendrecord", weeks),
                                    ("message", 2 * messages)):
            step = max(1, ROWS_PER_TRANSACTION // per_customer)
            for lo in range(1, customers + 1, step):
                conn.execute(sa.text(statements[table]), {"lo": lo, "hi": min(lo + step, customers + 1),
                                                          "w": per_customer, "now": NOW.isoformat(" ")})
                conn.commit()
        if sqlite:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            # Flush the load now, so the timed tick does not pay for its writeback.
            fd = os.open(make_url(url).database, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)
        else:
            for _, definition in rebuild:
                conn.exec_driver_sql(definition)
            conn.exec_driver_sql("SET session_replication_role = DEFAULT")
            for table in ("customer", "draft", "sendrecord", "message"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
            conn.commit()
            # autovacuum would analyze after a load this size; do it now rather than race it.
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                  for t in ("customer", "draft", "sendrecord", "message")}
    engine.dispose()
    return counts


def add_due_drafts(db, ids: tuple[int, int, int], customer_ids: list[int]) -> None:
    """One approved draft due now (prepared an hour ago) for each of these customers."""
    from followup.approval import text_hash
    from followup.models import Draft

    team, rep, box = ids
    approved = text_hash(SUBJECT, BODY)
    rows = [{"team_id": team, "customer_id": c, "mailbox_id": box, "status": "approved", "subject": SUBJECT,
             "body": BODY, "grounded": True, "backend": "extractive", "sources_through": NOW - timedelta(hours=1),
             "approved_by_id": rep, "approved_at": NOW - timedelta(minutes=30), "approved_hash": approved,
             "created_at": NOW - timedelta(hours=1), "updated_at": NOW - timedelta(minutes=30)}
            for c in customer_ids]
    with db.engine.begin() as conn:
        conn.execute(sa.insert(Draft.__table__), rows)


def reason_kind(reason: str) -> str:
    """The rule named by a hold reason."""
    for kind in ("min gap", "rate limit", "customer wrote", "quiet", "paused", "do not contact"):
        if reason.startswith(kind):
            return kind
    return reason[:30]


def tick(db, vault, settings) -> dict:
    """Time one send_due over every due draft: seconds, counts and hold reasons."""
    from followup.outbound.outbox import send_due

    started, cpu = time.perf_counter(), time.process_time()
    report = send_due(db, vault, settings, now=NOW, worker_id="bench:tick")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    decisions = len(report["sent"]) + len(report["held"]) + len(report["failed"]) + len(report["unknown"])
    return {"seconds": seconds, "cpu": cpu, "decisions": decisions, "sent": len(report["sent"]), "held": len(report["held"]),
            "failed": len(report["failed"]) + len(report["unknown"]) + len(report["errors"]),
            "reasons": Counter(reason_kind(h["reason"]) for h in report["held"])}


def build(workdir: Path, url: str, sqlite: bool, customers: int) -> tuple:
    """Migrate, seed and bulk-load one database; (db, vault, settings, ids, counts, load seconds)."""
    from followup.config import load_settings
    from followup.db import Database
    from followup.secrets import Vault

    settings = load_settings(overrides={"app": {"data_dir": str(workdir / "data"), "log_level": "WARNING"},
                                        "database": {"url": url}, "policy": {"send_window": "always"}},
                             environ={})
    vault = Vault(SECRET)
    db = Database(url)
    db.upgrade()
    ids = seed_base(db, vault)
    db.engine.dispose()  # leaving WAL for the load needs the only connection
    started = time.perf_counter()
    counts = bulk_load(url, sqlite, ids, customers, WEEKS, MESSAGES)
    return db, vault, settings, ids, counts, time.perf_counter() - started


def show(label: str, counts: dict, load: float, result: dict, due: int) -> None:
    """One line of figures."""
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(result["reasons"].items()))
    print(f"{label:<34} {counts['customer']:>8} {counts['sendrecord']:>10} {counts['message']:>9} {load:>7.1f} "
          f"{due:>6} {result['seconds']:>8.2f} {result['decisions'] / result['seconds']:>8.0f} "
          f"{1000 * result['seconds'] / max(1, result['decisions']):>6.2f} {result['cpu']:>6.1f} "
          f"{1000 * result['cpu'] / max(1, result['decisions']):>6.2f} {result['sent']:>6} {result['held']:>6} "
          f"{result['failed']:>4}  {reasons}", flush=True)


def run(backend: str, tmp: Path, postgres=None) -> None:
    """Build the big and the reference database on one backend and time their ticks."""
    sqlite = backend == "sqlite"

    def url_for(name: str) -> str:
        return f"sqlite:///{tmp / name / 'followup.db'}" if sqlite else postgres.create_database(name)

    print(f"\n{backend}: {CUSTOMERS} customers x {WEEKS} weekly sends, {2 * MESSAGES} messages each; "
          f"[policy] 2 per 7d, gap 48h, send_window always", flush=True)
    print(f"{'tick':<34} {'customers':>8} {'sendrecords':>10} {'messages':>9} {'load s':>7} {'due':>6} "
          f"{'tick s':>8} {'dec/s':>8} {'ms/dec':>6} {'cpu s':>6} {'cpu ms':>6} {'sent':>6} {'held':>6} {'fail':>4}  holds",
          flush=True)
    rng = random.Random(5)
    db, vault, settings, ids, counts, load = build(tmp / "big", url_for("big"), sqlite, CUSTOMERS)
    first_due = min(REFERENCE_DUE, CUSTOMERS)
    chosen = rng.sample(range(1, CUSTOMERS + 1), min(CUSTOMERS, first_due + DUE))
    add_due_drafts(db, ids, chosen[:first_due])
    show(f"big db, {first_due} due", counts, load, tick(db, vault, settings), first_due)
    add_due_drafts(db, ids, chosen[first_due:])
    show(f"big db, {len(chosen) - first_due} more due", counts, 0.0, tick(db, vault, settings),
         len(chosen) - first_due)
    db.engine.dispose()
    ref_db, vault, settings, ids, counts, load = build(tmp / "ref", url_for("ref"), sqlite, REFERENCE_CUSTOMERS)
    add_due_drafts(ref_db, ids, rng.sample(range(1, REFERENCE_CUSTOMERS + 1), REFERENCE_DUE))
    show(f"reference db, {REFERENCE_DUE} due", counts, load, tick(ref_db, vault, settings), REFERENCE_DUE)
    ref_db.engine.dispose()


def main() -> None:
    """SQLite by default; PostgreSQL with --postgres or FOLLOWUP_BENCH_PG=1 (--both for both)."""
    backends = ["sqlite"]
    if "--postgres" in sys.argv or os.environ.get("FOLLOWUP_BENCH_PG") == "1":
        backends = ["postgres"]
    if "--both" in sys.argv:
        backends = ["sqlite", "postgres"]
    for backend in backends:
        with tempfile.TemporaryDirectory(prefix="bench-tick-") as tmpdir:
            tmp = Path(tmpdir)
            if backend == "sqlite":
                run(backend, tmp)
                continue
            from followup_testing.servers import Postgres

            with Postgres(tmp / "pg") as postgres:
                run(backend, tmp, postgres)


if __name__ == "__main__":
    main()
