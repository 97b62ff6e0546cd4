"""Outbox throughput on PostgreSQL: sends per second with 1, 2 and 4 worker processes, and no double sends.

Each round: a fresh database with N approved drafts for N customers, a real SMTP server (aiosmtpd) and a real
Dovecot for the Sent APPEND; W worker processes import the app, wait at a barrier, then run send_due at once.
Every send is the full path: gate + claim transaction, SMTP, smtp_accepted, APPEND, sent.
Run: .venv/bin/python benchmarks/bench_send.py   (FOLLOWUP_BENCH_SEND_N=5000 for more drafts)
"""
from __future__ import annotations

import email
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from followup_testing.servers import DEFAULT_IMAP_PASSWORD, Dovecot, Postgres, SmtpServer

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_N = 2000
WORKER_COUNTS = (1, 2, 4)
SECRET = "bench-secret-key"
DRIVER = """
import json, sys
from app import create_app
from followup.outbound.outbox import send_due

app = create_app(config_path=sys.argv[1])
st = app.extensions["followup"]
print("ready", flush=True)
sys.stdin.readline()
with app.app_context():
    result = send_due(st.db, st.vault, st.settings)
print(json.dumps({k: len(v) for k, v in result.items()}), flush=True)
"""


def seed(config: Path, n: int, smtp: SmtpServer, dovecot: Dovecot, imap_user: str) -> None:
    """Migrate the database and add a rep, a mailbox and N customers with one approved draft each."""
    from app import create_app
    from followup.approval import text_hash
    from followup.clock import utcnow
    from followup.mailboxes import add_mailbox
    from followup.models import Customer, Draft
    from followup.users import add_user

    app = create_app(config_path=str(config))
    st = app.extensions["followup"]
    st.db.upgrade()
    now = utcnow()
    with st.db.session() as session:
        rep = add_user(session, "dana@rep.example", "Dana Rep", "s3cret-pass")
        box = add_mailbox(session, st.vault, name="main", owner=rep, username=imap_user,
                          password=DEFAULT_IMAP_PASSWORD, imap_host=dovecot.host, imap_port=dovecot.imap_port,
                          imap_security="none", smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none",
                          email_address="dana@rep.example")
        customers = [Customer(team_id=rep.team_id, email=f"c{i}@customer.example", name=f"Customer {i}")
                     for i in range(n)]
        session.add_all(customers)
        session.flush()
        body = "Hi,\n\nAs discussed: 3 seats at $40 each from March 1.\n\nDana"
        session.add_all([Draft(team_id=rep.team_id, customer_id=c.id, mailbox_id=box.id, subject=f"Re: seats {i}",
                               body=body, status="approved", grounded=True, approved_by_id=rep.id, approved_at=now,
                               approved_hash=text_hash(f"Re: seats {i}", body)) for i, c in enumerate(customers)])
        session.commit()
    st.db.engine.dispose()


def run_round(workers: int, n: int, postgres: Postgres, dovecot: Dovecot, tmp: Path) -> dict:
    """Seed a fresh database, release `workers` senders at once, and measure until all have finished."""
    with SmtpServer() as smtp:
        imap_user = dovecot.new_user("bench")
        config = tmp / f"config-{workers}.toml"
        config.write_text(f'[app]\ndata_dir = "{tmp / f"data-{workers}"}"\nlog_level = "WARNING"\n'
                          f'[database]\nurl = "{postgres.create_database()}"\n'
                          '[policy]\nsend_window = "always"\n[outbox]\nbatch_size = 200\nundo_window = "0s"\n')
        seed(config, n, smtp, dovecot, imap_user)
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
        env["FOLLOWUP_SECRET_KEY"] = SECRET
        procs = [subprocess.Popen([sys.executable, "-c", DRIVER, str(config)], cwd=ROOT, env=env, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE) for _ in range(workers)]
        for proc in procs:
            if proc.stdout.readline().strip() != "ready":
                raise RuntimeError("a sender did not start")
        started = time.perf_counter()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        outputs = [proc.communicate(timeout=1800)[0] for proc in procs]
        elapsed = time.perf_counter() - started
        if any(proc.returncode for proc in procs):
            raise RuntimeError(f"a sender failed: {outputs}")
        ids = Counter(email.message_from_bytes(m.data)["Message-ID"] for m in smtp.messages)
        rcpts = Counter(m.rcpt_tos[0] for m in smtp.messages)
        with dovecot.client(imap_user) as conn:
            filed = conn.folder_status("Sent", [b"MESSAGES"])[b"MESSAGES"]
    return {"workers": workers, "elapsed": elapsed, "delivered": len(smtp.messages), "filed": filed,
            "double": sum(c - 1 for c in ids.values() if c > 1) + sum(c - 1 for c in rcpts.values() if c > 1),
            "split": [o.strip().splitlines()[-1] for o in outputs]}


def main() -> None:
    """Print sends per second for 1, 2 and 4 workers."""
    n = int(os.environ.get("FOLLOWUP_BENCH_SEND_N", DEFAULT_N))
    os.environ["FOLLOWUP_SECRET_KEY"] = SECRET  # the seeding app here and the senders share the vault key
    print(f"{n} approved drafts for {n} customers; PostgreSQL, aiosmtpd, Dovecot APPEND; send_due per worker")
    print(f"{'workers':>7} {'seconds':>8} {'sends/s':>8} {'delivered':>9} {'in Sent':>8} {'double':>6}")
    with tempfile.TemporaryDirectory(prefix="bench-send-") as tmpdir:
        tmp = Path(tmpdir)
        with Postgres(tmp / "pg") as postgres, Dovecot(tmp / "dovecot") as dovecot:
            for workers in WORKER_COUNTS:
                r = run_round(workers, n, postgres, dovecot, tmp)
                print(f"{r['workers']:>7} {r['elapsed']:>8.1f} {n / r['elapsed']:>8.0f} {r['delivered']:>9} "
                      f"{r['filed']:>8} {r['double']:>6}", flush=True)
                if r["double"] or r["delivered"] != n:
                    raise RuntimeError(f"expected {n} single deliveries, got {r}")


if __name__ == "__main__":
    main()
