"""Storing the older history alone: the bench's dated mailbox, parsed once, stored as readback.read_back stores it
(transactions of `[sync] history_batch_size`, each with the folder's cursor), timed and profiled apart from IMAP.

With --dump FILE every stored table (messages, threads, customers, wishes, ...) is written row by row (clock columns
left out), so two checkouts can be compared: run it with PYTHONPATH at each, then --compare A B prints the rows
that differ. With --wishes one message in seven is a customer's labelled wish sentence (opt-outs, pauses, ...), so wishes, holds
and statuses are stored too.
Run: .venv/bin/python benchmarks/bench_history_store.py [--messages N] [--wishes] [--dump FILE] [--profile FILE]
"""
from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sync import corpora_dir, dated_mailbox  # noqa: E402

# Columns set from the wall clock when a row is written: they differ between any two runs.
CLOCK_COLUMNS = {"created_at", "updated_at", "synced_at", "history_since", "last_sync_at", "at", "occurred_at"}
FIXED_NOW = (int(time.time()) // 86400) * 86400  # the dated mailbox's "now": midnight UTC today
TABLES = ("customer", "customeraddress", "thread", "message", "wish", "draft", "auditevent", "quarantinedmessage",
          "mailboxfolder")


def _arg(name: str, default=None):
    """The value after --name on the command line, else default."""
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def parse_all(count: int):
    """(uid, Fetched, parsed) of the dated mailbox, newest first, read as the history is (opt-outs beside parsing)."""
    from followup.inbound.parse_pool import Fetched, Reading, parse_one

    # The same arrival times in every run (the start of today), so two runs' tables can be compared row by row.
    real_time = time.time
    time.time = lambda: FIXED_NOW or real_time()
    try:
        dated, _ = dated_mailbox(count, corpora_dir())
    finally:
        time.time = real_time
    if "--wishes" in sys.argv:  # every WISH_EVERY-th message a labelled wish sentence instead, so wishes are stored
        sentences = labelled_sentences()
        for i in range(0, len(dated), WISH_EVERY):
            n = i // WISH_EVERY
            dated[i] = (wish_mail(n, sentences[n % len(sentences)], dated[i][1]), dated[i][1])
    reading = Reading("history", "America/Chicago", frozenset({"rep@example.com"}))
    out = []
    for uid, (raw, at) in enumerate(dated, start=1):
        fetched = Fetched(uid, raw, datetime.utcfromtimestamp(at))
        out.append((uid, fetched, parse_one(raw, fetched.internaldate, 25 * 1024 * 1024, reading)))
    return list(reversed(out))


WISH_EVERY = 7  # --wishes: one message in this many is a labelled wish sentence (benchmarks/data/wishes_labelled.tsv)
LABELLED = Path(__file__).resolve().parent / "data" / "wishes_labelled.tsv"


def labelled_sentences() -> list[str]:
    """The labelled wish sentences (opt-outs, pauses, quiet periods and none), in file order."""
    return [line.split("\t")[1] for line in LABELLED.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


def wish_mail(n: int, sentence: str, at: float) -> bytes:
    """A customer's plain reply holding one sentence, dated at its arrival (customers cycle over 40 addresses)."""
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(at))
    return (f"From: Sam {n % 40} <sam{n % 40}@customer.example>\r\nTo: rep@example.com\r\nSubject: Re: quote\r\n"
            f"Message-ID: <wish-{n}@customer.example>\r\nDate: {date}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"\r\nHi Rita,\r\n\r\n{sentence}\r\n\r\nRegards,\r\nSam\r\n").encode("utf-8")


def store_all(state, mailbox_id: int, items, write: int) -> tuple[float, float, int]:
    """Store the items newest first in transactions of `write` messages: (wall s, CPU s, transactions)."""
    from followup.db import write_session
    from followup.inbound.progress import FolderResult
    from followup.inbound.store import Context, store_batch
    from followup.mailboxes import own_addresses
    from followup.models import Mailbox, MailboxFolder

    write_chunk = getattr(importlib.import_module("followup.inbound.readback"), "write_chunk", None)

    with state.db.session() as session:
        mailbox = session.get(Mailbox, mailbox_id)
        ctx = Context(mailbox_id=mailbox.id, team_id=mailbox.team_id, own=frozenset(own_addresses(mailbox)),
                      default_timezone=state.settings.policy.default_timezone)
        folder = MailboxFolder(mailbox_id=mailbox_id, name="INBOX", role="inbox", uidvalidity=1,
                               history_uid=len(items) + 1, history_total=len(items), history_done=0)
        session.add(folder)
        session.commit()
        folder_id = folder.id
    result = FolderResult(name="INBOX", role="inbox")
    wall, cpu, transactions = time.perf_counter(), time.process_time(), 0
    for start in range(0, len(items), write):
        chunk = items[start:start + write]
        if write_chunk is not None:  # the code's own transaction (readback.write_chunk), where it has one
            write_chunk(state.db.session, ctx, folder_id, "INBOX", 1, "history", [uid for uid, _, _ in chunk],
                        [(f, p) for _, f, p in chunk], result)
            transactions += 1
            continue
        with write_session(state.db.session, background=True) as session:  # the older code's, as readback wrote it
            row = session.get(MailboxFolder, folder_id)
            store_batch(session, ctx, "INBOX", 1, [f for _, f, _ in chunk], [p for _, _, p in chunk], result,
                        read_back="history")
            row.history_uid = min(uid for uid, _, _ in chunk)
            row.history_done += len(chunk)
            session.add(row)
            session.commit()
        transactions += 1
    return time.perf_counter() - wall, time.process_time() - cpu, transactions


def dump(state) -> dict:
    """Every row of the stored tables, ordered by id, clock columns left out."""
    import sqlalchemy as sa

    out = {}
    with state.db.engine.connect() as conn:
        for name in TABLES:
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            keep = [c for c in table.c if c.name not in CLOCK_COLUMNS]
            out[name] = [[str(v) if v is not None else None for v in row]
                         for row in conn.execute(sa.select(*keep).order_by(*table.primary_key.columns))]
            out[name].insert(0, [c.name for c in keep])
    return out


def compare(a_path: str, b_path: str) -> int:
    """Print the tables whose rows differ between two dumps; the number of differing rows."""
    a, b = json.loads(Path(a_path).read_text()), json.loads(Path(b_path).read_text())
    differing = 0
    for name in sorted(set(a) | set(b)):
        rows_a, rows_b = a.get(name, []), b.get(name, [])
        bad = sum(x != y for x, y in zip(rows_a, rows_b)) + abs(len(rows_a) - len(rows_b))
        differing += bad
        print(f"{name:<22} {len(rows_a) - 1:7d} vs {len(rows_b) - 1:7d} rows, {bad} differ")
    return differing


def main() -> None:
    """Parse, store, time; optionally dump the tables or profile the storing."""
    if "--compare" in sys.argv:
        i = sys.argv.index("--compare")
        sys.exit(1 if compare(sys.argv[i + 1], sys.argv[i + 2]) else 0)
    from followup.mailboxes import add_mailbox
    from followup.users import add_user

    count = int(_arg("--messages", 5000))
    work = Path(tempfile.mkdtemp(prefix="fu-store-"))
    try:
        config = work / "config.toml"
        config.write_text(f'[app]\ndata_dir = "{work / "data"}"\nlog_level = "WARNING"\n'
                          f'[database]\nurl = "sqlite:///{work / "followup.db"}"\n')
        os.environ["FOLLOWUP_SECRET_KEY"] = "bench-secret"
        from app import create_app

        state = create_app(None, config_path=str(config)).extensions["followup"]
        state.db.upgrade()
        with state.db.session() as session:
            rep = add_user(session, "rep@example.com", "Rita Rep", "correct horse battery staple")
            box = add_mailbox(session, state.vault, name="bench", owner=rep, username="bench", password="x",
                              imap_host="127.0.0.1", imap_port=1143, imap_security="none",
                              email_address="rep@example.com")
            session.commit()
            mailbox_id = box.id
        load = os.getloadavg()[0]
        items = parse_all(count)
        write = state.settings.sync.history_batch_size
        profiler = None
        if _arg("--profile"):
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        statements: dict[str, int] = {}
        if "--statements" in sys.argv:
            import sqlalchemy as sa

            @sa.event.listens_for(state.db.engine, "before_cursor_execute")
            def _count(conn, cursor, statement, parameters, context, executemany):
                """Count each statement by its first words."""
                key = " ".join(statement.split()[:4])[:60]
                statements[key] = statements.get(key, 0) + 1
        wall, cpu, transactions = store_all(state, mailbox_id, items, write)
        for key, n in sorted(statements.items(), key=lambda kv: -kv[1]):
            print(f"{n:7d}  {key}")
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(_arg("--profile"))
        print(json.dumps({"messages": count, "load": round(load, 2), "store_wall_s": round(wall, 2),
                          "store_cpu_s": round(cpu, 2), "transactions": transactions, "batch": write,
                          "code": sys.modules["followup"].__file__}))
        if _arg("--dump"):
            Path(_arg("--dump")).write_text(json.dumps(dump(state)))
        state.db.engine.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
