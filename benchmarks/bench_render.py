"""In-process CPU of the pages reps hit most, on bench_web's data: GET /drafts (a page of the 1,000 pending drafts)
and GET /drafts/<id>, each rendered ROUNDS times through Flask's test client; medians of the thread CPU.

Run: .venv/bin/python -m benchmarks render
Env: FOLLOWUP_BENCH_RENDER_DUMP=DIR writes each page's HTML there (queue.html, show.html, queue-p2.html, ...) with
     the CSRF tokens blanked, to diff the pages of two trees rendered on the same data (the seed is deterministic
     apart from the clock: run both within the same minute or compare the diff by eye).
     FOLLOWUP_BENCH_RENDER_ROUNDS (21).
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path and not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

ROUNDS = 21
PAGES = {"queue": "/drafts", "queue-p2": "/drafts?page=2", "show": None, "snoozed": "/drafts?status=snoozed",
         "approved": "/drafts?status=approved", "all": "/drafts?status=all", "failed": "/drafts?status=failed"}


def vary(db) -> None:
    """Every branch of a queue row on a few of the drafts (so the pages of two trees can be diffed): approved (some
    in the undo window, one held by a quiet period), rejected, snoozed, sent (one kept locally), failed with a hold
    reason, not grounded, a paused customer, customer text with markup in it."""
    from sqlmodel import select

    from followup.clock import utcnow
    from followup.models import Customer, Draft, SendRecord

    now = utcnow()
    with db.session() as s:
        drafts = s.exec(select(Draft).where(Draft.status == "pending").order_by(Draft.id)).all()
        for i, d in enumerate(drafts[:120]):
            c = s.get(Customer, d.customer_id)
            kind = i % 12
            if kind == 0:
                d.status, d.approved_at, d.approved_by_id = "approved", now - timedelta(seconds=5 * (i % 3)), 1
            elif kind == 1:
                d.status, d.approved_at, d.approved_by_id = "approved", now - timedelta(hours=2), 1
                c.quiet_until = now + timedelta(days=3)
            elif kind == 2:
                d.status = "rejected"
            elif kind == 3:
                d.not_before, d.hold_reason = now + timedelta(days=2), "snoozed until 2026-12-01 09:00 America/Chicago"
            elif kind == 4:
                d.status = "sent"
                s.add(SendRecord(draft_id=d.id, team_id=d.team_id, customer_id=d.customer_id, state="sent",
                                 message_id_header=f"<kept{d.id}@x.test>", sent_at=now, mailbox_id=None))
            elif kind == 5:
                d.status, d.hold_reason = "failed", "permanent SMTP error: 550 <no such user> & 'gone'"
            elif kind == 6:
                d.grounded = False
                d.reason = 'asked "how much?" <again> & again'
            elif kind == 7:
                c.status, c.status_reason = "paused", "until January"
            elif kind == 8:
                c.name = "O'Brien <script>alert(1)</script> & Sons"
                d.subject = 'Re: "Quote" <b>bold</b> & more'
                d.body = "Dear O'Brien,\n\n<i>Prices</i> & terms: \"net 30\".\n"
            elif kind == 9:
                d.reason = None
                c.name = ""
        s.commit()


def _median(values: list[float]) -> float:
    """The middle value."""
    return sorted(values)[len(values) // 2]


def main() -> None:
    """Seed bench_web's drafts, log in, render each page ROUNDS times; print the medians of thread CPU and wall."""
    from benchmarks.bench_web import EMAIL, PASSWORD, seed

    rounds = int(os.environ.get("FOLLOWUP_BENCH_RENDER_ROUNDS", ROUNDS))
    dump = os.environ.get("FOLLOWUP_BENCH_RENDER_DUMP")
    tmp = Path(tempfile.mkdtemp(prefix="followup-bench-render-"))
    for k in [k for k in os.environ if k.startswith("FOLLOWUP_") and not k.startswith("FOLLOWUP_BENCH")]:
        del os.environ[k]
    os.environ.update(FOLLOWUP_SECRET_KEY="bench-secret", FOLLOWUP_APP_DATA_DIR=str(tmp),
                      FOLLOWUP_APP_LOG_LEVEL="WARNING", FOLLOWUP_DATABASE_URL=f"sqlite:///{tmp / 'bench.db'}")
    try:
        from app import create_app

        app = create_app(config_path=None)
        state = app.extensions["followup"]
        state.db.upgrade()
        seed(state.db, state.vault)
        vary(state.db)
        client = app.test_client()
        page = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        assert client.post("/login", data={"email": EMAIL, "password": PASSWORD, "csrf_token": token}).status_code == 302
        first = re.search(r'<tr data-id="(\d+)"', client.get("/drafts").text).group(1)
        PAGES["show"] = f"/drafts/{first}"
        figures = {}
        for name, path in PAGES.items():
            cpu, wall = [], []
            for _ in range(rounds):
                c0, w0 = time.thread_time(), time.perf_counter()
                response = client.get(path)
                cpu.append((time.thread_time() - c0) * 1000)
                wall.append((time.perf_counter() - w0) * 1000)
                assert response.status_code == 200, (path, response.status_code)
            figures[name] = (_median(cpu), _median(wall), len(response.data))
            if dump:
                Path(dump).mkdir(parents=True, exist_ok=True)
                text = re.sub(r'(name="csrf_token" value=")[^"]+', r"\1-", response.text)
                (Path(dump) / f"{name}.html").write_text(text)
        print(f"in-process render, bench_web's {1000} pending drafts, {rounds} rounds each, code from "
              f"{Path(sys.modules['followup'].__file__).parent.parent}; load average {os.getloadavg()[0]:.1f}")
        for name, (cpu, wall, size) in figures.items():
            print(f"  {name:<9} {PAGES[name]:<22} CPU median {cpu:6.1f} ms  wall median {wall:6.1f} ms  {size:>8,} bytes")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
