"""A real `followup send` process killed with SIGKILL at every point of a send: never two deliveries for one draft.

The sender kills itself at named points (FOLLOWUP_TEST_CRASH_AT, read by followup/outbound/outbox.py), or the test
kills it from outside right after the SMTP server has received a given message. Then a new `followup send`
reconciles: the Sent folder (real Dovecot) decides, and an unknown outcome is reported, never resent.
"""
import email
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from followup.models import Draft, SendRecord
from test_outbox import fresh, seed, sent_folder, state

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


@pytest.fixture
def config_file(config_file):
    """Sends allowed at any hour, no minimum gap and no undo window, so one run may send to many customers."""
    config_file.write_text(config_file.read_text() + '[policy]\nsend_window = "always"\nmin_gap = "0s"\n'
                           '[outbox]\nundo_window = "0s"\n')
    return config_file


def message_ids(server) -> list[str]:
    return [email.message_from_bytes(m.data)["Message-ID"] for m in server.messages]


def deliveries_per_draft(session, server) -> dict[int, int]:
    """How many messages the SMTP server received for each draft (by Message-ID of its send record)."""
    by_mid = {r.message_id_header: r.draft_id for r in session.exec(select(SendRecord))}
    counts: dict[int, int] = {}
    for mid in message_ids(server):
        counts[by_mid[mid]] = counts.get(by_mid[mid], 0) + 1
    return counts


# point -> (delivered for sure, draft status after reconcile, filed in Sent)
POINTS = {
    "after_claim": (0, "unknown", 0),
    "after_data_sent": (None, "unknown", 0),  # the server may or may not have taken the data
    "after_smtp": (1, "unknown", 0),
    "after_accepted": (1, "sent", 1),
    "after_append": (1, "sent", 1),
    "after_sent": (1, "sent", 1),
}


@pytest.mark.parametrize("point", list(POINTS))
def test_killed_at_each_point_then_reconciled(app, session, cli, smtp_server, dovecot, imap_user, point):
    draft = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user)["drafts"][0]
    delivered, status, filed = POINTS[point]

    crashed = cli("send", "--json", extra_env={"FOLLOWUP_TEST_CRASH_AT": point})
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    if delivered:
        smtp_server.wait_for(delivered)

    after = cli("send", "--json")
    again = cli("send", "--json")

    assert after.returncode == 0 and again.returncode == 0, after.stderr + again.stderr
    report = json.loads(after.stdout)
    fresh(session)
    assert session.get(Draft, draft.id).status == status
    if status == "unknown":
        assert [u["id"] for u in report["unknown"]] == [draft.id] and "outcome unknown" in report["unknown"][0]["reason"]
    else:
        assert report["sent"] == ([] if point == "after_sent" else [draft.id])
    assert json.loads(again.stdout) == {"sent": [], "held": [], "failed": [], "unknown": [], "unfiled": [], "errors": []}
    assert len(smtp_server.messages) <= 1 and (delivered is None or len(smtp_server.messages) == delivered)
    assert len(sent_folder(dovecot, imap_user)) == filed
    record = session.exec(select(SendRecord).where(SendRecord.draft_id == draft.id)).one()
    assert record.state == ("unknown" if status == "unknown" else "sent")


def test_an_unknown_send_goes_again_only_on_the_reps_word(app, session, cli, smtp_server, dovecot, imap_user):
    draft = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user)["drafts"][0]
    assert cli("send", extra_env={"FOLLOWUP_TEST_CRASH_AT": "after_smtp"}).returncode == -signal.SIGKILL
    smtp_server.wait_for(1)
    assert cli("send").returncode == 0 and cli("send").returncode == 0
    assert len(smtp_server.messages) == 1

    approved = cli("drafts", "approve", str(draft.id))
    resent = json.loads(cli("send", "--json").stdout)

    assert approved.returncode == 0 and "new draft" in approved.stdout
    fresh(session)
    [new_id] = resent["sent"]
    assert new_id != draft.id and session.get(Draft, draft.id).status == "failed"
    assert len(smtp_server.messages) == 2 and len(set(message_ids(smtp_server))) == 2


def _sender_env(config_file: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_CONFIG=str(config_file), FOLLOWUP_SECRET_KEY="test-secret-key")
    return env


def test_killed_from_outside_at_random_moments_never_delivers_twice(app, session, config_file, smtp_server, dovecot,
                                                                       imap_user):
    drafts = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user, customers=12)["drafts"]
    exe = Path(sys.executable).with_name("followup")
    rng = random.Random(6)
    kills = 0
    for _ in range(len(drafts)):
        fresh(session)
        waiting = len(session.exec(select(Draft).where(Draft.status == "approved")).all())
        if not waiting:
            break
        target = len(smtp_server.messages) + rng.randint(1, min(3, waiting))
        proc = subprocess.Popen([str(exe), "send"], env=_sender_env(config_file), cwd=config_file.parent,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            # Kill as soon as the server has the target message: the sender is then somewhere in its next steps.
            smtp_server.wait_for(target, timeout=30)
            proc.kill()
            kills += 1
        except TimeoutError:
            pass  # the run finished before the target (a draft settled by reconciling): nothing to kill
        proc.wait(timeout=60)
    final = subprocess.run([str(exe), "send", "--json"], env=_sender_env(config_file), cwd=config_file.parent,
                           capture_output=True, text=True, timeout=120)

    assert final.returncode == 0, final.stderr
    fresh(session)
    statuses = {d.id: session.get(Draft, d.id).status for d in drafts}
    counts = deliveries_per_draft(session, smtp_server)
    assert kills >= 3
    assert max(counts.values()) == 1, counts
    assert set(statuses.values()) <= {"sent", "unknown"}
    assert sum(1 for s in statuses.values() if s == "unknown") <= kills
    assert all(counts.get(i) == 1 for i, s in statuses.items() if s == "sent")
    filed = [email.message_from_bytes(raw)["Message-ID"] for raw, _ in sent_folder(dovecot, imap_user)]
    assert len(filed) == len(set(filed)) == sum(1 for s in statuses.values() if s == "sent")
