"""Two and three real sending processes at once, on SQLite and on PostgreSQL: limits hold and no draft goes twice.

Each process imports the app, says "ready", and starts send_due only when the test releases both together,
so their runs overlap instead of one finishing before the other has started.
"""
import email
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from followup.clock import utcnow
from followup.models import COUNTED_SEND_STATES, Draft, SendRecord
from test_outbox import fresh, seed, state

ROOT = Path(__file__).resolve().parent.parent
MAX_PER_WINDOW = 2
CUSTOMERS = 15
DRAFTS_EACH = 4
DRIVER = """
import json, sys
from app import create_app
from followup.outbound.outbox import send_due

app = create_app(config_path=sys.argv[1])
st = app.extensions["followup"]
print("ready", flush=True)
sys.stdin.readline()
with app.app_context():
    print(json.dumps(send_due(st.db, st.vault, st.settings)), flush=True)
"""


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def config_file(request, config_file):
    """At most 2 follow-ups per customer a week, no minimum gap, any hour; SQLite or PostgreSQL."""
    text = config_file.read_text()
    if request.param == "postgres":
        text = re.sub(r'(?m)^url = ".*"$', f'url = "{request.getfixturevalue("pg_url")}"', text)
    config_file.write_text(text + f'[policy]\nmax_per_window = {MAX_PER_WINDOW}\nwindow = "7d"\nmin_gap = "0s"\n'
                           'send_window = "always"\n[outbox]\nundo_window = "0s"\n')
    return config_file


def add_earlier_sends(session, world) -> None:
    """One follow-up each customer got yesterday: only one more fits the window, so two racing senders
    that both saw "one so far" would break the limit."""
    yesterday = utcnow() - timedelta(days=1)
    for customer in world["customers"]:
        earlier = Draft(team_id=customer.team_id, customer_id=customer.id, subject="Earlier", body="Earlier",
                        status="sent", sent_at=yesterday)
        session.add(earlier)
        session.flush()
        session.add(SendRecord(draft_id=earlier.id, team_id=customer.team_id, customer_id=customer.id,
                               message_id_header=f"<earlier-{customer.id}@rep.example>", state="sent",
                               sent_at=yesterday))
    session.commit()


def start_sender(config_file: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_SECRET_KEY="test-secret-key")
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(config_file)], cwd=ROOT, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    return proc


@pytest.mark.dovecot
@pytest.mark.parametrize("n_senders", [2, 3])
def test_senders_at_once_never_exceed_the_limit_nor_send_twice(app, session, config_file, smtp_server, dovecot,
                                                               imap_user, n_senders):
    world = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user,
                 customers=CUSTOMERS, drafts_each=DRAFTS_EACH)
    add_earlier_sends(session, world)
    senders = [start_sender(config_file) for _ in range(n_senders)]
    for proc in senders:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outputs = [proc.communicate(timeout=300) for proc in senders]

    assert all(proc.returncode == 0 for proc in senders), [err for _, err in outputs]
    reports = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    per_customer = Counter(m.rcpt_tos[0] for m in smtp_server.messages)
    per_message_id = Counter(email.message_from_bytes(m.data)["Message-ID"] for m in smtp_server.messages)
    sent_ids = [draft_id for report in reports for draft_id in report["sent"]]

    assert set(per_customer) == {c.email for c in world["customers"]}
    assert max(per_customer.values()) == MAX_PER_WINDOW - 1 == min(per_customer.values()), per_customer
    assert max(per_message_id.values()) == 1
    assert len(sent_ids) == len(set(sent_ids)) == CUSTOMERS * (MAX_PER_WINDOW - 1)
    fresh(session)
    records = session.exec(select(SendRecord).where(SendRecord.state.in_(COUNTED_SEND_STATES))).all()
    assert Counter(r.customer_id for r in records) == {c.id: MAX_PER_WINDOW for c in world["customers"]}
    assert {r.draft_id for r in records if r.sent_at > utcnow() - timedelta(hours=1)} == set(sent_ids)
