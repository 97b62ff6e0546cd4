"""The queries of the policy gate, the send queue and threading use indexes, on SQLite and on PostgreSQL.

Each check runs the code's own query (the function itself where it can be called alone, else the same
SQLAlchemy expression, with the function named), captures the SQL and parameters the driver received, and asks
the database for that statement's plan: SQLite EXPLAIN QUERY PLAN without statistics (the app never runs
ANALYZE), PostgreSQL EXPLAIN (FORMAT JSON) after ANALYZE on tables big enough that a scan costs more.
A dropped index, or a query rewritten so it cannot use one, fails here. Timings live in benchmarks/bench_tick.py.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import col, select

from followup.approval import text_hash
from followup.config import load_settings
from followup.drafts import live_draft, mark_stale
from followup.inbound.threads import Link, load_index
from followup.models import Customer, Draft, Mailbox, Message, SendRecord, Team, Thread, User
from followup.outbound.gate import sent_since
from followup.outbound.outbox import send_due
from followup.secrets import Vault

NOW = datetime(2026, 11, 23, 12, 0, 0)
CUSTOMERS = 1000
SENDS_EACH = 20  # weekly, the newest 1..7 days ago
MESSAGES_EACH = 6  # half inbound, half outbound
OLD_THREADS_EACH = 10
DUE = 40  # customers 1..DUE have an approved draft due now; the next DUE a pending one
SUBJECT, BODY = "Re: seats", "Hi,\n\nThe 3 seats at $40 each from March 1.\n\nDana"
BIG_TABLES = ("customer", "draft", "sendrecord", "message", "thread")
INDEX_NODES = ("Index Scan", "Index Only Scan", "Bitmap Index Scan")


def _sent_at(c: int, k: int) -> datetime:
    """When customer c was sent its k-th newest follow-up."""
    return NOW - timedelta(hours=24 + c % 144, weeks=k)


def seed(database) -> None:
    """One team, rep and local-outbox mailbox; CUSTOMERS customers with a sent history, messages and drafts."""
    draft_rows, send_rows, message_rows, thread_rows = [], [], [], []
    for c in range(1, CUSTOMERS + 1):
        thread_rows.append({"id": c, "team_id": 1, "customer_id": c, "subject": f"Quote {c}",
                            "subject_key": f"quote {c}", "root_message_id": f"m{(c - 1) * MESSAGES_EACH + 1}@test.example",
                            "last_message_at": NOW - timedelta(days=3)})
        # Older conversations with the same customer: a team's thread table outgrows its customer table.
        thread_rows += [{"id": CUSTOMERS + (c - 1) * OLD_THREADS_EACH + k + 1, "team_id": 1, "customer_id": c,
                         "subject": f"Order {k}", "subject_key": f"order {k}", "root_message_id": f"o{c}.{k}@test.example",
                         "last_message_at": NOW - timedelta(days=400 + k)} for k in range(OLD_THREADS_EACH)]
        for k in range(SENDS_EACH):
            n = (c - 1) * SENDS_EACH + k + 1
            draft_rows.append({"id": n, "team_id": 1, "customer_id": c, "mailbox_id": 1, "status": "sent",
                               "subject": f"Re: week {k}", "body": "Following up.", "grounded": True,
                               "backend": "extractive", "sources_through": None, "approved_by_id": 1, "approved_hash": "h",
                               "created_at": _sent_at(c, k), "updated_at": _sent_at(c, k), "sent_at": _sent_at(c, k)})
            send_rows.append({"id": n, "draft_id": n, "team_id": 1, "customer_id": c, "mailbox_id": 1,
                              "message_id_header": f"<h{n}@test.example>", "state": "sent", "attempts": 1,
                              "claimed_at": _sent_at(c, k), "sent_at": _sent_at(c, k)})
        for k in range(MESSAGES_EACH):
            n = (c - 1) * MESSAGES_EACH + k + 1
            message_rows.append({"id": n, "team_id": 1, "mailbox_id": 1, "folder": "INBOX" if k % 2 else "Sent",
                                 "message_id_header": f"<m{n}@test.example>", "customer_id": c, "thread_id": c,
                                 "direction": "inbound" if k % 2 else "outbound", "subject": "Re: seats",
                                 "sent_at": NOW - timedelta(days=3 + 30 * k, minutes=c), "new_text": "Thanks.",
                                 "quoted_text": "", "signature": "", "from_addr": f"c{c}@customer.example",
                                 "from_name": "", "is_auto": False, "is_bulk": False, "is_bounce": False,
                                 "size": 900, "created_at": NOW})
    next_id = CUSTOMERS * SENDS_EACH + 1
    for c in range(1, 2 * DUE + 1):
        approved = c <= DUE
        draft_rows.append({"id": next_id + c, "team_id": 1, "customer_id": c, "mailbox_id": 1,
                           "status": "approved" if approved else "pending", "subject": SUBJECT, "body": BODY,
                           "grounded": True, "backend": "extractive", "sources_through": NOW - timedelta(hours=1),
                           "approved_by_id": 1 if approved else None,
                           "approved_hash": text_hash(SUBJECT, BODY) if approved else None,
                           "created_at": NOW - timedelta(hours=1), "updated_at": NOW - timedelta(hours=1), "sent_at": None})
    with database.engine.begin() as conn:
        conn.execute(sa.insert(Team.__table__), [{"id": 1, "name": "Team", "created_at": NOW}])
        conn.execute(sa.insert(User.__table__), [{"id": 1, "team_id": 1, "email": "dana@rep.example", "name": "Dana",
                                                  "password_hash": "x", "signature": "", "is_active": True,
                                                  "created_at": NOW}])
        conn.execute(sa.insert(Mailbox.__table__), [{
            "id": 1, "team_id": 1, "owner_id": 1, "name": "main", "email_address": "dana@rep.example",
            "username": "dana", "password_encrypted": "unused", "imap_host": "127.0.0.1", "imap_port": 143,
            "imap_security": "none", "smtp_host": "", "smtp_port": 0, "smtp_security": "none", "created_at": NOW}])
        conn.execute(sa.insert(Customer.__table__), [
            {"id": c, "team_id": 1, "email": f"c{c}@customer.example", "name": f"Customer {c}", "status": "active",
             "bouncing": False, "created_at": NOW} for c in range(1, CUSTOMERS + 1)])
        conn.execute(sa.insert(Thread.__table__), thread_rows)
        conn.execute(sa.insert(Draft.__table__), draft_rows)
        conn.execute(sa.insert(SendRecord.__table__), send_rows)
        conn.execute(sa.insert(Message.__table__), message_rows)
        if not database.is_sqlite:
            for table in ("team", "user", "mailbox", "customer", "thread", "draft", "sendrecord", "message"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                     f"(SELECT max(id) FROM \"{table}\"))")
    if not database.is_sqlite:
        # autovacuum analyzes freshly loaded tables; do it now instead of racing it.
        with database.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()


@pytest.fixture
def seeded(any_db):
    """The migrated database (SQLite, then PostgreSQL) with the rows above."""
    seed(any_db)
    return any_db


@contextmanager
def captured(database):
    """Collect (statement, parameters) of every statement the engine sends while the block runs."""
    seen: list[tuple[str, object]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        if not executemany:
            seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", before)


def plan(database, statement: str, parameters) -> list[str]:
    """The plan of one captured statement as short lines: 'SEARCH t USING INDEX ix (...)' / 'Index Scan ix on t'."""
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        if database.is_sqlite:
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            return [row[3] for row in cursor.fetchall()]
        cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
        document = cursor.fetchone()[0]
        root = (json.loads(document) if isinstance(document, str) else document)[0]["Plan"]
        lines, stack = [], [root]
        while stack:
            node = stack.pop()
            lines.append(f"{node['Node Type']} {node.get('Index Name', '')} on {node.get('Relation Name', '')}")
            stack.extend(node.get("Plans", []))
        return lines
    finally:
        raw.rollback()
        raw.close()


def uses_index(database, lines: list[str], table: str, index: str) -> bool:
    """Whether the plan reads `table` through `index` (a search, not a walk over the whole index)."""
    if database.is_sqlite:
        return any(line.startswith(f"SEARCH {table} USING ") and f"INDEX {index} " in line + " " for line in lines)
    return any(line.split(f" {index} on ")[0] in INDEX_NODES for line in lines if f" {index} on " in line)


def full_scans(database, lines: list[str]) -> list[str]:
    """Plan lines that read a whole big table (or a whole index of one)."""
    if database.is_sqlite:
        return [line for line in lines if line.split(" ")[0] == "SCAN" and line.split(" ")[1] in BIG_TABLES]
    return [line for line in lines if line.startswith("Seq Scan") and line.rsplit(" on ", 1)[1] in BIG_TABLES]


def only_plan(database, seen) -> list[str]:
    """The plan of the single SELECT captured (the block must run exactly one)."""
    selects = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1, selects
    return plan(database, *selects[0])


def test_send_history_of_a_customer_uses_customer_sent_at_index(seeded):
    """followup.outbound.gate.sent_since: SendRecord by customer_id, counted states, sent_at >= horizon."""
    with seeded.session() as session, captured(seeded) as seen:
        history = sent_since(session, [7], NOW - timedelta(days=7))[7]
    assert history == [_sent_at(7, 0)]  # 7d window, 48h gap: only the newest send is inside the horizon
    lines = only_plan(seeded, seen)
    assert uses_index(seeded, lines, "sendrecord", "ix_sendrecord_customer_id_sent_at"), lines
    assert not full_scans(seeded, lines), lines


def test_due_approved_drafts_are_found_through_a_status_index_without_a_sort(seeded):
    """followup.outbound.outbox.claim_next: the next approved draft due now after a cursor, locked, skipping locked ones."""
    query = (select(Draft).where(Draft.status == "approved", Draft.id > 0,
                                 sa.or_(col(Draft.not_before).is_(None), Draft.not_before <= NOW))
             .order_by(Draft.id).limit(1).with_for_update(skip_locked=True))
    with seeded.session() as session, captured(seeded) as seen:
        draft = session.exec(query).first()
    assert draft.status == "approved" and draft.customer_id == 1
    lines = only_plan(seeded, seen)
    status_led = [ix.name for ix in Draft.__table__.indexes if next(iter(ix.columns)).name == "status"]
    assert any(uses_index(seeded, lines, "draft", name) for name in status_led), lines
    assert not full_scans(seeded, lines), lines
    # Sorting the matches means every claim re-reads all approved drafts, held ones too: quadratic per tick.
    assert not [line for line in lines if "TEMP B-TREE" in line or line.startswith("Sort ")], lines


def test_live_drafts_of_a_customer_use_customer_status_index(seeded):
    """followup.drafts.live_draft and mark_stale: a customer's pending or approved drafts."""
    with seeded.session() as session, captured(seeded) as seen:
        live = live_draft(session, DUE + 3)
    assert live.status == "pending"
    lines = only_plan(seeded, seen)
    assert uses_index(seeded, lines, "draft", "ix_draft_customer_id_status"), lines
    with seeded.session() as session, captured(seeded) as seen:
        stale = [d.id for d in mark_stale(session, DUE + 3, NOW, "customer wrote")]
        session.rollback()
    assert stale == [live.id]
    lines = only_plan(seeded, seen)
    assert uses_index(seeded, lines, "draft", "ix_draft_customer_id_status"), lines


def test_a_whole_send_tick_never_scans_a_big_table(seeded, tmp_path):
    """Every SELECT, UPDATE and DELETE followup.outbound.outbox.send_due runs over the due drafts reads by index."""
    settings = load_settings(environ={}, overrides={"app": {"data_dir": str(tmp_path / "data")},
                                                    "policy": {"send_window": "always"}})
    with captured(seeded) as seen:
        report = send_due(seeded, Vault("test-key"), settings, now=NOW, worker_id="test:1")
    # History 1..6 days old with a 48h gap: some customers pass, the rest are held by the min gap.
    assert report["sent"] and report["held"] and len(report["sent"]) + len(report["held"]) == DUE
    statements = {s: p for s, p in seen if s.lstrip().split(" ")[0].upper() in ("SELECT", "UPDATE", "DELETE")}
    assert len(statements) >= 5
    scans = {s: full_scans(seeded, plan(seeded, s, p)) for s, p in statements.items()}
    assert not {s: lines for s, lines in scans.items() if lines}


def test_threading_a_batch_finds_known_messages_roots_and_subjects_by_index(seeded):
    """followup.inbound.threads.load_index: messages by Message-ID, threads by root Message-ID and by (subject, customer).

    The root lookup once scanned every thread of the team for every synced batch: quadratic in the mailbox.
    """
    links = [Link("new1@test.example", "<m8@test.example>", ("<m7@test.example>",), "Re: Quote 2", 2, NOW),
             Link("new2@test.example", None, ("m13@test.example",), "Quote 3", 3, NOW),
             Link("new3@test.example", None, (), "Re: Quote 4", 4, NOW)]
    with seeded.session() as session, captured(seeded) as seen:
        index = load_index(session, 1, links)
    assert index.by_message["<m8@test.example>"].id == 2
    assert index.by_root["m13@test.example"].id == 3
    assert index.by_subject[("quote 4", 4)].thread.id == 4
    selects = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
    thread_selects = [(s, p) for s, p in selects if "FROM thread" in s]
    assert len(selects) >= 3 and len(thread_selects) >= 2
    scans = {s: full_scans(seeded, plan(seeded, s, p)) for s, p in selects}
    assert not {s: lines for s, lines in scans.items() if lines}


def test_written_past_reads_the_page_customers_by_index(seeded):
    """followup.drafts.written_past: the gate's arrival-order check for a page of drafts reads customers' rows by index.

    It once ran one query per queue row (two thirds of the queue page's time)."""
    from followup.drafts import written_past

    with seeded.session() as session:
        drafts = [session.get(Draft, (c - 1) * SENDS_EACH + 1) for c in (5, 6, 7)]
        for draft in drafts:  # each has read all but its customer's newest message
            draft.seen_message_id = session.exec(select(sa.func.max(Message.id))
                                                 .where(Message.customer_id == draft.customer_id)).one() - 1
        session.commit()
        with captured(seeded) as seen:
            assert written_past(session, drafts) == {d.id for d in drafts}
    selects = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2  # the later messages, then the copy check: whatever the number of drafts
    scans = {s: full_scans(seeded, plan(seeded, s, p)) for s, p in selects}
    assert not {s: lines for s, lines in scans.items() if lines}
