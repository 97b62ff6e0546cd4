"""/healthz: status for anyone, details of their own team only for a logged-in rep (issue 13.11)."""
from followup.models import Mailbox
from tests.webutil import login


def _fail(db, mailbox_id: int, error: str) -> None:
    with db.session() as s:
        box = s.get(Mailbox, mailbox_id)
        box.last_error = error
        s.add(box)
        s.commit()


def test_anonymous_gets_status_only(app, db, teams):
    _fail(db, teams[1].mailbox_id, "IMAP internal-db-host:993: login failed for rep-b")
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.json == {"database": "ok", "scheduler": {"running": False}, "ok": True}
    assert "box-" not in response.text and "internal-db-host" not in response.text


def test_a_rep_gets_details_of_their_own_team_only(app, db, teams):
    from followup.jobs import JobLog

    jobs = app.extensions.setdefault("followup.jobs", JobLog())
    jobs.record("sync", False, "mailbox box-b: IMAP internal-db-host:993: connection refused")
    _fail(db, teams[0].mailbox_id, "IMAP imap.example.test:993: login failed")
    c = app.test_client()
    assert login(c, teams[0].rep_email).status_code == 302
    body = c.get("/healthz").json
    assert [m["name"] for m in body["mailboxes"]] == ["box-a"]
    assert body["mailboxes"][0]["failing"] is True
    assert body["scheduler"]["jobs"]["sync"]["ok"] is False
    assert "box-b" not in str(body) and "internal-db-host" not in str(body)  # a job's summary spans every team
