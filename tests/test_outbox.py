"""The outbox against a real SMTP server (aiosmtpd) and a real Dovecot: exactly the approved text, once, threaded, in Sent."""
import dataclasses
import email
import json
from datetime import datetime, timedelta
from email.policy import default as DEFAULT_POLICY

import pytest
from sqlmodel import select

from followup.approval import approve, edit, reject, text_hash
from followup.clock import utcnow
from followup.customers import get_or_create_customer, set_quiet
from followup.exceptions import InvalidTransition
from followup.mailboxes import add_mailbox
from followup.models import AuditEvent, Draft, Message, SendRecord
from followup.outbound.outbox import send_due
from followup.users import add_user
from followup_testing.servers import DEFAULT_IMAP_PASSWORD, SmtpServer, free_port

REP_EMAIL = "dana@rep.example"
BODY = "Hi Ann,\n\nAs promised on Tuesday: the 3 seats at $40 each, starting March 1.\n\nDana"


@pytest.fixture
def config_file(config_file):
    """The suite's config with sends allowed at any hour and quick retries."""
    config_file.write_text(config_file.read_text() + '[policy]\nsend_window = "always"\n'
                           '[outbox]\nretry_backoff = "1m"\nmax_attempts = 3\n')
    return config_file


def seed(session, vault, *, smtp=None, dovecot=None, imap_user=None, customers=1, drafts_each=1,
         approve_them=True, name="main", rep_email=REP_EMAIL, smtp_security="none"):
    """A rep, a mailbox (SMTP at `smtp`, else the local outbox; IMAP at `dovecot`), customers who wrote, drafts.

    Returns {"rep", "mailbox", "customers": [...], "drafts": [...], "inbound": {customer_id: Message-ID}}.
    """
    rep = add_user(session, rep_email, "Dana Rep", "s3cret-pass")
    box = add_mailbox(session, vault, name=name, owner=rep, username=imap_user or "dana",
                      password=DEFAULT_IMAP_PASSWORD, imap_host="127.0.0.1",
                      imap_port=dovecot.imap_port if dovecot else 1, imap_security="none",
                      smtp_host="127.0.0.1" if smtp else "", smtp_port=smtp.port if smtp else 0,
                      smtp_security=smtp_security, email_address=rep_email)
    wrote = utcnow() - timedelta(days=1)
    made = {"rep": rep, "mailbox": box, "customers": [], "drafts": [], "inbound": {}}
    for c in range(customers):
        customer = get_or_create_customer(session, f"ann{c}@customer.example", name=f"Ann Number{c}")
        mid = f"<question-{c}@customer.example>"
        session.add(Message(team_id=rep.team_id, mailbox_id=box.id, folder="INBOX", message_id_header=mid,
                            customer_id=customer.id, direction="inbound", subject="Seats", sent_at=wrote,
                            from_addr=customer.email))
        made["customers"].append(customer)
        made["inbound"][customer.id] = mid
        for d in range(drafts_each):
            draft = Draft(team_id=rep.team_id, customer_id=customer.id, mailbox_id=box.id,
                          subject=f"Re: Seats #{c}-{d}", body=BODY, in_reply_to=mid,
                          references=f"<root-{c}@customer.example> {mid}", grounded=True, grounding={"ok": True},
                          sources_through=wrote)
            session.add(draft)
            session.flush()
            if approve_them:
                approve(session, draft, rep)
            made["drafts"].append(draft)
    session.commit()
    return made


def fresh(session) -> None:
    """See what the sender committed in its own sessions: end our snapshot and forget loaded rows."""
    session.rollback()
    session.expire_all()


def state(app):
    return app.extensions["followup"]


def run(app, **kw):
    st = state(app)
    return send_due(st.db, st.vault, kw.pop("settings", st.settings), **kw)


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=DEFAULT_POLICY)


def body_of(msg) -> str:
    """The decoded text body as the rep wrote it (wire CRLFs back to newlines, the final newline dropped)."""
    return msg.get_content().replace("\r\n", "\n").rstrip("\n")


def sent_folder(dovecot, user) -> list[tuple[bytes, tuple]]:
    """(raw, flags) of every message in the user's Sent folder."""
    with dovecot.client(user) as conn:
        conn.select_folder("Sent", readonly=True)
        uids = conn.search(["ALL"])
        fetched = conn.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
    return [(f[b"BODY[]"], f[b"FLAGS"]) for f in fetched.values()]


@pytest.mark.dovecot
def test_approved_draft_goes_out_once_threaded_and_is_filed_in_sent(app, session, smtp_server, dovecot, imap_user):
    world = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user)
    draft = world["drafts"][0]

    result = run(app)

    assert result["sent"] == [draft.id] and result["failed"] == [] and result["held"] == []
    [received] = smtp_server.messages
    msg = parse(received.data)
    assert received.rcpt_tos == ("ann0@customer.example",) and received.mail_from == REP_EMAIL
    assert msg["From"] == f"Dana Rep <{REP_EMAIL}>" and msg["To"] == "Ann Number0 <ann0@customer.example>"
    assert msg["Subject"] == "Re: Seats #0-0"
    assert body_of(msg) == BODY
    assert msg["In-Reply-To"] == "<question-0@customer.example>"
    assert msg["References"] == "<root-0@customer.example> <question-0@customer.example>"
    fresh(session)
    record = session.exec(select(SendRecord).where(SendRecord.draft_id == draft.id)).one()
    assert msg["Message-ID"] == record.message_id_header and record.state == "sent" and record.appended_at
    assert session.get(Draft, draft.id).status == "sent"
    [(filed, flags)] = sent_folder(dovecot, imap_user)
    assert filed == record.raw and b"\\Seen" in flags
    assert parse(filed)["Message-ID"] == record.message_id_header

    again = run(app)
    assert again["sent"] == [] and len(smtp_server.messages) == 1 and len(sent_folder(dovecot, imap_user)) == 1
    kinds = [e.kind for e in session.exec(select(AuditEvent).where(AuditEvent.entity_id == draft.id,
                                                                   AuditEvent.entity == "draft"))]
    assert kinds.count("draft.approved") == 1 and kinds.count("draft.sent") == 1


def test_nothing_is_sent_for_pending_rejected_stale_or_edited_drafts(app, session, smtp_server):
    world = seed(session, state(app).vault, smtp=smtp_server, customers=4, approve_them=False)
    rep = world["rep"]
    pending, rejected, stale, edited = world["drafts"]
    reject(session, rejected, rep)
    stale.status = "stale"
    approve(session, edited, rep)
    edit(session, edited, rep, subject=edited.subject, body=BODY + "\nP.S. one more thing")
    session.commit()

    result = run(app)

    assert result["sent"] == [] and smtp_server.messages == []
    fresh(session)
    assert [session.get(Draft, d.id).status for d in world["drafts"]] == ["pending", "rejected", "stale", "pending"]
    assert session.exec(select(SendRecord)).all() == []


def test_text_changed_behind_the_approval_is_not_sent(app, session, smtp_server):
    draft = seed(session, state(app).vault, smtp=smtp_server)["drafts"][0]
    draft.body = BODY.replace("$40", "$30")  # not through edit(): the hash no longer matches
    session.add(draft)
    session.commit()

    result = run(app)

    assert result["sent"] == [] and smtp_server.messages == []
    assert result["held"][0]["id"] == draft.id and "approve it again" in result["held"][0]["reason"]
    fresh(session)
    assert session.get(Draft, draft.id).status == "pending"


def test_a_newer_customer_message_makes_the_draft_stale(app, session, smtp_server):
    world = seed(session, state(app).vault, smtp=smtp_server)
    draft, customer = world["drafts"][0], world["customers"][0]
    session.add(Message(team_id=customer.team_id, mailbox_id=world["mailbox"].id, folder="INBOX",
                        message_id_header="<later@customer.example>", customer_id=customer.id,
                        direction="inbound", subject="Re: Seats", sent_at=utcnow() - timedelta(minutes=5)))
    session.commit()

    result = run(app)

    assert smtp_server.messages == [] and result["sent"] == []
    assert "customer wrote after this draft was prepared" in result["held"][0]["reason"]
    fresh(session)
    assert session.get(Draft, draft.id).status == "stale"


def test_an_automatic_reply_does_not_make_the_draft_stale(app, session, smtp_server):
    world = seed(session, state(app).vault, smtp=smtp_server)
    customer = world["customers"][0]
    session.add(Message(team_id=customer.team_id, mailbox_id=world["mailbox"].id, folder="INBOX",
                        message_id_header="<ooo@customer.example>", customer_id=customer.id, direction="inbound",
                        subject="Out of office", sent_at=utcnow() - timedelta(minutes=5), is_auto=True))
    session.commit()

    assert run(app)["sent"] == [world["drafts"][0].id]


def test_min_gap_holds_and_says_when(app, session, smtp_server):
    world = seed(session, state(app).vault, smtp=smtp_server, drafts_each=2)
    first, second = world["drafts"]

    result = run(app)

    assert result["sent"] == [first.id] and len(smtp_server.messages) == 1
    [held] = result["held"]
    assert held["id"] == second.id and held["reason"].startswith("min gap: next slot ")
    fresh(session)
    later = session.get(Draft, second.id)
    assert later.status == "approved" and later.hold_reason == held["reason"]
    assert later.not_before is not None and later.not_before >= session.get(Draft, first.id).sent_at + timedelta(hours=48)
    assert run(app)["sent"] == []  # held until its slot: not even considered before
    assert run(app, now=later.not_before + timedelta(seconds=1))["sent"] == [second.id]


def test_quiet_period_holds(app, session, smtp_server):
    world = seed(session, state(app).vault, smtp=smtp_server)
    set_quiet(session, world["customers"][0], utcnow() + timedelta(days=3), reason="I need a few days")
    session.commit()

    result = run(app)

    assert smtp_server.messages == [] and result["held"][0]["reason"].startswith("quiet period until ")


def test_send_window_holds_until_it_opens(app, session, smtp_server):
    world = seed(session, state(app).vault, smtp=smtp_server)
    settings = state(app).settings
    office_hours = dataclasses.replace(settings, policy=dataclasses.replace(settings.policy,
                                                                            send_window="Mon-Fri 09:00-17:00"))
    saturday_noon_chicago = datetime(2026, 11, 28, 18, 0)

    result = run(app, settings=office_hours, now=saturday_noon_chicago)

    assert smtp_server.messages == []
    assert result["held"][0]["reason"] == ("outside send window Mon-Fri 09:00-17:00 America/Chicago; "
                                           "next slot 2026-11-30 09:00 America/Chicago")
    fresh(session)
    assert session.get(Draft, world["drafts"][0].id).not_before == datetime(2026, 11, 30, 15, 0)


def test_a_4xx_is_retried_with_backoff_then_sent(app, session, smtp_server):
    draft = seed(session, state(app).vault, smtp=smtp_server)["drafts"][0]
    smtp_server.fail_next(1, 451, "4.3.0 try again later")
    start = utcnow()

    first = run(app, now=start)

    assert first["sent"] == [] and "451 4.3.0 try again later" in first["held"][0]["reason"]
    fresh(session)
    waiting = session.get(Draft, draft.id)
    assert waiting.status == "approved" and waiting.not_before == start + timedelta(minutes=1)
    assert run(app, now=start + timedelta(seconds=30))["sent"] == []  # backoff not over
    assert run(app, now=start + timedelta(minutes=2))["sent"] == [draft.id]
    assert len(smtp_server.messages) == 1
    fresh(session)
    assert session.exec(select(SendRecord).where(SendRecord.draft_id == draft.id)).one().attempts == 2


def test_temporary_errors_give_up_after_max_attempts(app, session, smtp_server):
    draft = seed(session, state(app).vault, smtp=smtp_server)["drafts"][0]
    smtp_server.fail_next(3, 421, "4.7.0 too busy", stage="mail")
    start = utcnow()
    results = [run(app, now=start + timedelta(hours=h)) for h in range(3)]

    assert results[2]["failed"][0]["error"].startswith("gave up after 3 attempts")
    assert smtp_server.messages == []
    fresh(session)
    assert session.get(Draft, draft.id).status == "failed"


def test_a_5xx_fails_the_draft_with_the_server_text(app, session, smtp_server):
    draft = seed(session, state(app).vault, smtp=smtp_server)["drafts"][0]
    smtp_server.fail_next(1, 550, "5.1.1 <ann0@customer.example>: mailbox unavailable", stage="rcpt")

    result = run(app)

    [failed] = result["failed"]
    assert failed["id"] == draft.id and "550 5.1.1 <ann0@customer.example>: mailbox unavailable" in failed["error"]
    fresh(session)
    stored = session.get(Draft, draft.id)
    assert stored.status == "failed" and "mailbox unavailable" in stored.error
    assert run(app)["sent"] == [] and smtp_server.messages == []


def test_without_an_smtp_server_mail_goes_to_the_local_outbox(app, session):
    draft = seed(session, state(app).vault)["drafts"][0]

    result = run(app)

    assert result["sent"] == [draft.id]
    files = list((state(app).settings.data_path / "outbox" / "new").iterdir())
    [only] = files
    msg = parse(only.read_bytes())
    assert msg["To"] == "Ann Number0 <ann0@customer.example>" and body_of(msg) == BODY
    assert run(app)["sent"] == [] and len(list((state(app).settings.data_path / "outbox" / "new").iterdir())) == 1


def test_an_unreachable_smtp_server_claims_nothing(app, session):
    dead = SmtpServer()
    dead.port = free_port()  # nothing listens there
    draft = seed(session, state(app).vault, smtp=dead)["drafts"][0]

    result = run(app)

    assert result["sent"] == [] and "connection refused" in result["errors"][0]["error"]
    assert "connection refused" in result["held"][0]["reason"]
    fresh(session)
    assert session.get(Draft, draft.id).status == "approved" and session.exec(select(SendRecord)).all() == []


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_and_auth_are_used_when_configured(app, session, tmp_path, monkeypatch, security):
    mode = "ssl" if security == "ssl" else "plain"
    with SmtpServer(tls_dir=tmp_path / "tls", mode=mode, user="dana", password=DEFAULT_IMAP_PASSWORD) as server:
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_path))  # trust the test server's own certificate
        seed(session, state(app).vault, smtp=server, smtp_security=security)
        result = run(app)
        [received] = server.messages
    assert len(result["sent"]) == 1 and received.auth_user == "dana"


@pytest.mark.dovecot
def test_cli_approve_edited_body_then_send_json(app, session, smtp_server, dovecot, imap_user, cli, tmp_path):
    draft = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user,
                 approve_them=False)["drafts"][0]
    edited = tmp_path / "body.txt"
    edited.write_text("Hi Ann,\n\nThree seats at $40 each from March 1, as discussed.\n\nDana\n")

    approved = cli("drafts", "approve", str(draft.id), "--body-file", str(edited))
    sent = cli("send", "--json")

    assert approved.returncode == 0, approved.stderr
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["sent"] == [draft.id]
    [received] = smtp_server.messages
    assert body_of(parse(received.data)) == edited.read_text().rstrip()
    fresh(session)
    stored = session.get(Draft, draft.id)
    assert stored.approved_hash == text_hash(stored.subject, edited.read_text().rstrip())
    assert json.loads(cli("send", "--json").stdout)["sent"] == []


def test_cli_reject_and_the_acting_rep(app, session, cli):
    world = seed(session, state(app).vault, approve_them=False, customers=2)
    add_user(session, "sam@rep.example", "Sam Rep", "s3cret-pass")
    session.commit()
    first, second = world["drafts"]

    ambiguous = cli("drafts", "reject", str(first.id))
    rejected = cli("drafts", "reject", str(first.id), "--as", REP_EMAIL)
    stale_approve = cli("drafts", "approve", str(first.id), "--as", REP_EMAIL)
    missing = cli("drafts", "approve", "9999", "--as", REP_EMAIL)

    assert ambiguous.returncode == 2 and "several reps" in ambiguous.stderr
    assert rejected.returncode == 0, rejected.stderr
    assert stale_approve.returncode == 2 and stale_approve.stderr.strip().startswith(f"error: draft {first.id} is rejected")
    assert len(stale_approve.stderr.strip().splitlines()) == 1
    assert missing.returncode == 2 and "no draft 9999" in missing.stderr
    fresh(session)
    assert session.get(Draft, first.id).status == "rejected" and session.get(Draft, second.id).status == "pending"


def test_cli_send_exits_1_when_the_smtp_server_is_unreachable(app, session, cli):
    dead = SmtpServer()
    dead.port = free_port()
    seed(session, state(app).vault, smtp=dead)

    result = cli("send", "--json")

    assert result.returncode == 1
    assert json.loads(result.stdout)["sent"] == [] and "connection refused" in result.stderr


def test_an_approval_from_a_copy_loaded_before_the_send_is_refused(app, session, smtp_server):
    world = seed(session, state(app).vault, smtp=smtp_server)
    draft = world["drafts"][0]  # loaded here while still approved; the sender then sends it in its own session
    assert run(app)["sent"] == [draft.id]

    with pytest.raises(InvalidTransition, match=f"draft {draft.id} is sent"):
        approve(session, draft, world["rep"], body="Something else entirely")
    assert len(smtp_server.messages) == 1


@pytest.mark.dovecot
def test_a_send_not_filed_in_sent_is_filed_by_a_later_reconcile(app, session, smtp_server, dovecot, imap_user):
    world = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user)
    box, draft = world["mailbox"], world["drafts"][0]
    box.imap_port = free_port()  # IMAP down while sending
    session.add(box)
    session.commit()

    first = run(app)

    assert first["sent"] == [draft.id] and first["unfiled"][0]["id"] == draft.id and len(smtp_server.messages) == 1
    fresh(session)
    assert session.exec(select(SendRecord)).one().state == "smtp_accepted"
    box = session.get(type(box), box.id)
    box.imap_port = dovecot.imap_port
    session.add(box)
    session.commit()
    # Our own claim is not taken over until outbox.claim_timeout has passed.
    assert run(app)["sent"] == [] and sent_folder(dovecot, imap_user) == []
    later = run(app, now=utcnow() + state(app).settings.outbox.claim_timeout + timedelta(minutes=1))

    assert later["sent"] == [draft.id] and len(smtp_server.messages) == 1
    fresh(session)
    record = session.exec(select(SendRecord)).one()
    [(filed, _flags)] = sent_folder(dovecot, imap_user)
    assert record.state == "sent" and filed == record.raw


@pytest.mark.dovecot
def test_reconcile_settles_old_claims_of_other_hosts_by_the_sent_folder(app, session, smtp_server, dovecot, imap_user):
    world = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user, customers=3)
    found, missing, recent = world["drafts"]
    long_ago, just_now = utcnow() - timedelta(hours=1), utcnow() - timedelta(minutes=1)
    for draft, claimed_at in ((found, long_ago), (missing, long_ago), (recent, just_now)):
        mid = f"<crashed-{draft.id}@rep.example>"
        raw = f"Message-ID: {mid}\r\nSubject: {draft.subject}\r\n\r\nbody\r\n".encode()
        session.add(SendRecord(draft_id=draft.id, team_id=draft.team_id, customer_id=draft.customer_id,
                               mailbox_id=world["mailbox"].id, message_id_header=mid, state="smtp_started",
                               claimed_by="another-host:4242", claimed_at=claimed_at, sent_at=claimed_at, raw=raw))
        draft.status = "sending"
        session.add(draft)
        if draft is found:
            dovecot.append(imap_user, "Sent", raw, flags=[b"\\Seen"])
    session.commit()

    result = run(app)

    assert result["sent"] == [found.id] and [u["id"] for u in result["unknown"]] == [missing.id]
    assert smtp_server.messages == []  # settling never sends
    fresh(session)
    assert [session.get(Draft, d.id).status for d in (found, missing, recent)] == ["sent", "unknown", "sending"]
    assert "approve it again" in session.get(Draft, missing.id).hold_reason


def test_an_untrusted_certificate_is_refused_and_nothing_is_claimed(app, session, tmp_path):
    with SmtpServer(tls_dir=tmp_path / "tls") as server:
        draft = seed(session, state(app).vault, smtp=server, smtp_security="starttls")["drafts"][0]
        result = run(app)
        assert server.messages == []
    assert result["sent"] == [] and "certificate not trusted" in result["errors"][0]["error"]
    fresh(session)
    assert session.get(Draft, draft.id).status == "approved" and session.exec(select(SendRecord)).all() == []


# ---------------------------------------------------------------- issue 13: poison drafts, arrival order


def team_with_drafts(session, vault, label: str, smtp, dovecot, count: int) -> list[Draft]:
    """A team with its own rep and mailbox (SMTP at `smtp`, IMAP on Dovecot) and `count` approved drafts."""
    from followup.models import Team

    team = Team(name=f"team-{label}")
    session.add(team)
    session.flush()
    rep = add_user(session, f"rep-{label}@rep.example", f"Rep {label.upper()}", "s3cret-pass", team_id=team.id)
    box = add_mailbox(session, vault, name=f"box-{label}", owner=rep, username=dovecot.new_user(label),
                      password=DEFAULT_IMAP_PASSWORD, imap_host="127.0.0.1", imap_port=dovecot.imap_port,
                      imap_security="none", smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_security="none",
                      email_address=rep.email)
    wrote = utcnow() - timedelta(days=1)
    drafts = []
    for n in range(count):
        customer = get_or_create_customer(session, f"c{n}-{label}@customer.example", team_id=team.id, name=f"C {n}")
        mid = f"<q{n}-{label}@customer.example>"
        session.add(Message(team_id=team.id, mailbox_id=box.id, folder="INBOX", message_id_header=mid,
                            customer_id=customer.id, direction="inbound", subject="Seats", sent_at=wrote,
                            from_addr=customer.email))
        draft = Draft(team_id=team.id, customer_id=customer.id, mailbox_id=box.id, subject=f"Re: Seats {label}{n}",
                      body=BODY, in_reply_to=mid, grounded=True, grounding={"ok": True}, sources_through=wrote)
        session.add(draft)
        session.flush()
        approve(session, draft, rep)
        drafts.append(draft)
    session.commit()
    return drafts


POISONS = {
    "non-ASCII local part": (lambda c: setattr(c, "email", "jörg@customer.example"), "non-ASCII local part"),
    "window of 0s": (lambda c: setattr(c, "window_seconds", 0), "window must be longer than zero (got 0s)"),
    "gap of 3000000d": (lambda c: setattr(c, "min_gap_seconds", 3_000_000 * 86400), "min gap 3000000d is out of range"),
    "unreadable send window": (lambda c: setattr(c, "send_window", "whenever"), "bad send window"),
}


@pytest.mark.dovecot
# PostgreSQL's INTEGER column cannot hold a 3000000d gap at all (and the limits form refuses it): SQLite only.
@pytest.mark.parametrize("poison", [pytest.param(name, marks=pytest.mark.sqlite_only) if name == "gap of 3000000d"
                                    else name for name in sorted(POISONS)])
def test_one_poison_draft_among_twenty_across_two_teams_fails_alone(app, session, smtp_server, dovecot, poison):
    """Issue 13 finding 3: the poison draft is failed with its reason, shown and audited; all 20 others go out."""
    from followup.models import Customer

    vault = state(app).vault
    drafts = team_with_drafts(session, vault, "a", smtp_server, dovecot, 11)
    drafts += team_with_drafts(session, vault, "b", smtp_server, dovecot, 10)
    bad = drafts[4]
    spoil, reason = POISONS[poison]
    customer = session.get(Customer, bad.customer_id)
    spoil(customer)
    session.add(customer)
    session.commit()

    result = run(app)

    good = [d.id for d in drafts if d.id != bad.id]
    assert sorted(result["sent"]) == good and len(smtp_server.messages) == 20
    assert [f["id"] for f in result["failed"]] == [bad.id] and reason in result["failed"][0]["error"]
    fresh(session)
    failed = session.get(Draft, bad.id)
    assert failed.status == "failed" and reason in failed.error
    assert session.exec(select(AuditEvent).where(AuditEvent.kind == "draft.failed",
                                                 AuditEvent.entity_id == bad.id)).one().detail["error"] == failed.error
    assert run(app)["sent"] == [] and len(smtp_server.messages) == 20  # and it stays set aside


@pytest.mark.dovecot
def test_a_display_name_with_an_encoded_crlf_goes_out_cleaned(app, session, smtp_server, dovecot):
    """The customer's name as decoded once from a hostile From: no header of it reaches the wire."""
    from followup.models import Customer

    [draft] = team_with_drafts(session, state(app).vault, "a", smtp_server, dovecot, 1)
    customer = session.get(Customer, draft.customer_id)
    customer.name = "Ann =?utf-8?q?=0D=0ABcc:=20victim@evil.example?=\r\nX-Injected: yes"
    session.add(customer)
    session.commit()

    result = run(app)

    assert result["sent"] == [draft.id]
    [received] = smtp_server.messages
    msg = parse(received.data)
    assert sorted(k.lower() for k in msg.keys()) == sorted(
        ["from", "to", "subject", "date", "message-id", "in-reply-to", "references", "mime-version",
         "content-type", "content-transfer-encoding"])
    # Controls gone, the rest kept as text (Python's phrase parser puts a space between adjacent encoded words).
    shown = msg["To"].addresses[0].display_name
    assert shown.replace(" ", "") == "Ann=?utf-8?q?=0D=0ABcc:=20victim@evil.example?=X-Injected:yes"
    assert received.rcpt_tos == ("c0-a@customer.example",)


@pytest.mark.dovecot
def test_a_customer_message_stored_after_the_draft_holds_it_whatever_its_date(app, session, smtp_server, dovecot,
                                                                             imap_user):
    """The gate compares arrival (row order), not Date: a message dated before the draft's sources but stored
    after them (a sync racing the send) makes the draft stale instead of letting it go."""
    world = seed(session, state(app).vault, smtp=smtp_server, dovecot=dovecot, imap_user=imap_user)
    draft, customer = world["drafts"][0], world["customers"][0]
    seen = session.exec(select(Message.id).where(Message.customer_id == customer.id)).one()
    draft.seen_message_id = seen
    session.add(draft)
    session.add(Message(team_id=draft.team_id, mailbox_id=world["mailbox"].id, folder="INBOX",
                        message_id_header="<late@customer.example>", customer_id=customer.id, direction="inbound",
                        subject="Re: Seats", sent_at=draft.sources_through - timedelta(days=3),
                        from_addr=customer.email, new_text="Actually, we went with someone else."))
    session.commit()

    result = run(app)

    assert result["sent"] == [] and smtp_server.messages == []
    fresh(session)
    assert session.get(Draft, draft.id).status == "stale"
