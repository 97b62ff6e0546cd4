"""prepare_drafts on a real SQLite database: who gets a draft, from which sources, threaded how, and never twice."""
import json
from datetime import datetime, timedelta

from sqlmodel import select

from followup.customers import apply_wish, get_or_create_customer
from followup.drafting.grounding import ground
from followup.drafting.prepare import STALE_REASON, prepare_drafts
from followup.drafting.profile import RepProfile, grounding_texts
from followup.drafting.sentences import Source
from followup.drafts import mark_stale
from followup.models import AuditEvent, Customer, Draft, Mailbox, Message, Thread
from followup.notes import add_note
from followup.users import add_user

T0 = datetime(2026, 11, 23, 15)  # naive UTC, a Monday morning in Chicago
NOW = datetime(2026, 11, 24, 15)
SIGNATURE = "Dana Whitfield\nLoan Officer, Northbank Mortgage\n(312) 555-0147"


def make_rep(session, email="dana@northbank.example", name="Dana Whitfield", signature=SIGNATURE):
    """A rep with a mailbox, as `user add` and `mailbox add` leave them."""
    rep = add_user(session, email, name, "s3cret-pass", signature=signature)
    box = Mailbox(team_id=rep.team_id, owner_id=rep.id, name=email.split("@")[0], email_address=email,
                  username=email, password_encrypted="not-used", imap_host="127.0.0.1", imap_port=143,
                  imap_security="none")
    session.add(box)
    session.flush()
    return rep, box


def conversation(session, box, email, name, subject, messages, *, thread=None, **flags):
    """A customer and one thread of messages [(direction, text, at)], threaded by References like a real sync."""
    customer = get_or_create_customer(session, email, team_id=box.team_id, name=name)
    if thread is None:
        thread = Thread(team_id=box.team_id, customer_id=customer.id, subject=subject, subject_key=subject.lower())
        session.add(thread)
        session.flush()
    rows = list(session.exec(select(Message).where(Message.thread_id == thread.id).order_by(Message.id)))
    for direction, text, at in messages:
        ids = [m.message_id_header for m in rows]
        row = Message(team_id=box.team_id, mailbox_id=box.id, folder="INBOX" if direction == "inbound" else "Sent",
                      message_id_header=f"m{len(rows)}.{customer.id}.{thread.id}@mail.example",
                      in_reply_to=ids[-1] if ids else None, references=" ".join(f"<{i}>" for i in ids) or None,
                      thread_id=thread.id, customer_id=customer.id, direction=direction,
                      subject=("Re: " if rows else "") + subject,
                      from_addr=email if direction == "inbound" else box.email_address,
                      from_name=name if direction == "inbound" else "", sent_at=at, new_text=text, **flags)
        session.add(row)
        session.flush()
        rows.append(row)
    session.commit()
    return customer, thread, rows


def generate(app, now=NOW, **kw):
    st = app.extensions["followup"]
    return prepare_drafts(st.db, st.settings, now=now, **kw)


def drafts_of(session, customer):
    session.expire_all()
    return list(session.exec(select(Draft).where(Draft.customer_id == customer.id).order_by(Draft.id)))


MARIA_Q = ("Hi Dana,\nCan you send me the closing cost estimate for the Maple Street house? We need to close "
           "before Dec 15 because our rate lock expires.\nThanks,\nMaria")
BETH_Q = ("Do you have the Highlander XLE in Midnight Black as well? And what financing rate could we get for "
          "60 months? Our budget is $48,000 out the door.")


def test_unanswered_question_gets_a_grounded_draft_citing_the_message(app, session):
    rep, box = make_rep(session)
    maria, _, (msg,) = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                                    [("inbound", MARIA_Q, T0)])
    result = generate(app)
    assert result["skipped"] == [] and len(result["created"]) == 1
    (draft,) = drafts_of(session, maria)
    assert draft.id == result["created"][0]
    assert draft.status == "pending" and draft.hold_reason is None and draft.backend == "extractive"
    assert draft.grounded and draft.grounding["ok"] and draft.grounding["unmatched"] == []
    assert draft.reason == "unanswered question"
    assert draft.body.startswith("Hi Maria,\n") and "closing cost estimate" in draft.body and "Dec 15" in draft.body
    assert draft.body.rstrip().endswith(SIGNATURE)
    cited = [s for s in draft.sources if (s["kind"], s["id"]) == ("message", msg.id)]
    assert cited and all(s["quote"] in MARIA_Q for s in cited)
    assert draft.mailbox_id == box.id and draft.sources_through == T0
    assert session.get(Customer, maria.id).drafted_through == T0
    event = session.exec(select(AuditEvent).where(AuditEvent.kind == "draft.created")).one()
    assert event.entity_id == draft.id and event.detail["customer"] == "maria@example.com"


def test_call_note_newer_than_the_last_message_triggers_a_draft(app, session):
    rep, box = make_rep(session)
    ken, _, rows = conversation(session, box, "ken@example.com", "Ken Adams", "Seats", [
        ("inbound", "How many seats does the starter plan include?", T0),
        ("outbound", "Hi Ken, the starter plan includes 10 seats.", T0 + timedelta(hours=2))])
    first = generate(app)
    assert first == {"created": [], "skipped": [{"customer": "ken@example.com", "reason": "nothing needs a follow-up"}]}
    note = add_note(session, "ken@example.com", "Wants a quote for 40 seats. Sending the pricing sheet Friday.",
                    at=T0 + timedelta(hours=5), author_id=rep.id)
    session.commit()
    second = generate(app)
    assert len(second["created"]) == 1
    (draft,) = drafts_of(session, ken)
    assert ("note", note.id) in {(s["kind"], s["id"]) for s in draft.sources}
    assert "40 seats" in draft.body and "pricing sheet" in draft.body
    assert draft.sources_through == note.at and draft.grounded


def test_paused_do_not_contact_bouncing_and_bulk_customers_are_skipped_with_reasons(app, session):
    rep, box = make_rep(session)
    paused, _, _ = conversation(session, box, "pat@example.com", "Pat Lee", "Plans", [("inbound", "Can you call me?", T0)])
    dnc, _, _ = conversation(session, box, "dee@example.com", "Dee Fox", "Plans", [("inbound", "What is the rate?", T0)])
    bounce, _, _ = conversation(session, box, "bo@example.com", "Bo Ray", "Plans", [("inbound", "What is the fee?", T0)])
    conversation(session, box, "news@example.com", "News", "Weekly deals", [("inbound", "What's new this week?", T0)],
                 is_bulk=True)
    apply_wish(session, paused, "paused", quote="not right now")
    apply_wish(session, dnc, "do_not_contact", quote="stop emailing me")
    bounce.bouncing = True
    session.add(bounce)
    session.commit()
    result = generate(app)
    assert result["created"] == []
    reasons = {s["customer"]: s["reason"] for s in result["skipped"]}
    assert reasons["pat@example.com"].startswith("paused")
    assert reasons["dee@example.com"].startswith("do not contact")
    assert "bouncing" in reasons["bo@example.com"]
    assert reasons["news@example.com"] == "no messages or call notes to draft from"
    assert session.exec(select(Draft)).all() == []


def test_at_most_one_live_draft_and_a_rejected_draft_does_not_come_back(app, session):
    rep, box = make_rep(session)
    maria, thread, _ = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                                    [("inbound", MARIA_Q, T0)])
    (first_id,) = generate(app)["created"]
    again = generate(app)
    assert again == {"created": [], "skipped": [{"customer": "maria@example.com",
                                                 "reason": f"live draft {first_id} exists"}]}
    draft = session.get(Draft, first_id)
    draft.status = "rejected"
    session.add(draft)
    session.commit()
    after_reject = generate(app)
    assert after_reject["created"] == []
    assert after_reject["skipped"][0]["reason"].startswith("nothing new since the last draft")
    conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                 [("inbound", "Also, could you check whether the appraisal fee is refundable?", T0 + timedelta(hours=3))],
                 thread=thread)
    assert len(generate(app)["created"]) == 1
    assert [d.status for d in drafts_of(session, maria)] == ["rejected", "pending"]


def test_a_newer_customer_message_makes_the_draft_stale_and_a_fresh_one_is_prepared(app, session):
    rep, box = make_rep(session)
    maria, thread, _ = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                                    [("inbound", MARIA_Q, T0)])
    (old_id,) = generate(app)["created"]
    later = T0 + timedelta(hours=4)
    _, _, rows = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                              [("inbound", "Could you also quote a 20-year term at 6.1%?", later)], thread=thread)
    result = generate(app)
    assert len(result["created"]) == 1
    old, new = drafts_of(session, maria)
    assert (old.id, old.status, old.hold_reason) == (old_id, "stale", STALE_REASON)
    assert new.status == "pending" and new.sources_through == later
    assert ("message", rows[-1].id) in {(s["kind"], s["id"]) for s in new.sources}
    assert "6.1%" in new.body and new.grounded


def test_a_draft_made_stale_elsewhere_is_replaced(app, session):
    rep, box = make_rep(session)
    maria, _, _ = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                               [("inbound", MARIA_Q, T0)])
    (old_id,) = generate(app)["created"]
    assert mark_stale(session, maria.id, T0 + timedelta(days=1), STALE_REASON)  # as the sync does
    session.commit()
    (new_id,) = generate(app)["created"]
    assert [(d.id, d.status) for d in drafts_of(session, maria)] == [(old_id, "stale"), (new_id, "pending")]


def test_two_customers_get_different_drafts_and_neither_holds_the_others_data(app, session):
    rep, box = make_rep(session)
    maria, _, maria_rows = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                                        [("inbound", MARIA_Q.replace("expires.", "expires. Our budget is $450,000."), T0)])
    beth, _, beth_rows = conversation(session, box, "beth@example.com", "Beth Nguyen", "Highlander",
                                      [("inbound", BETH_Q, T0 + timedelta(minutes=30))])
    assert len(generate(app)["created"]) == 2
    (m,), (b,) = drafts_of(session, maria), drafts_of(session, beth)
    assert m.body != b.body
    for needle in ("Beth", "Nguyen", "Highlander", "Midnight Black", "60 months", "48,000", "beth@example.com"):
        assert needle not in m.body
    for needle in ("Maria", "Lopez", "Maple Street", "Dec 15", "450,000", "maria@example.com"):
        assert needle not in b.body
    assert "Maple Street" in m.body and "Highlander" in b.body and "60 months" in b.body
    assert {s["id"] for s in m.sources} <= {r.id for r in maria_rows}
    assert {s["id"] for s in b.sources} <= {r.id for r in beth_rows}
    assert m.grounded and b.grounded
    # the gate would catch a leak: Beth's draft does not ground in Maria's sources
    maria_sources = [Source("message", r.id, r.new_text, r.sent_at, r.direction) for r in maria_rows]
    cross = ground(b.body, maria_sources, grounding_texts(customer_name="Maria Lopez", customer_email="maria@example.com",
                                                           rep=RepProfile(rep.name, rep.email, rep.signature)))
    unmatched = " | ".join(t.text for t in cross.unmatched)
    assert "Beth" in unmatched and "Highlander" in unmatched and "$48,000" in unmatched, unmatched


def test_subject_is_re_of_the_thread_and_the_draft_is_threaded(app, session):
    rep, box = make_rep(session)
    maria, thread, rows = conversation(session, box, "maria@example.com", "Maria Lopez", "RE: Refinance options", [
        ("inbound", "Which lenders do you work with?", T0),
        ("outbound", "I work with three lenders, I'll send the list.", T0 + timedelta(hours=1)),
        ("inbound", MARIA_Q, T0 + timedelta(hours=2))])
    (draft_id,) = generate(app)["created"]
    draft = session.get(Draft, draft_id)
    assert draft.subject == "Re: Refinance options"
    assert draft.thread_id == thread.id
    assert draft.in_reply_to == f"<{rows[-1].message_id_header}>"
    assert draft.references == " ".join(f"<{r.message_id_header}>" for r in rows)


def test_customer_ids_limits_the_run(app, session):
    rep, box = make_rep(session)
    maria, _, _ = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance", [("inbound", MARIA_Q, T0)])
    conversation(session, box, "beth@example.com", "Beth Nguyen", "Highlander", [("inbound", BETH_Q, T0)])
    result = generate(app, customer_ids=[maria.id])
    assert len(result["created"]) == 1 and result["skipped"] == []
    assert session.get(Draft, result["created"][0]).customer_id == maria.id


def test_cli_drafts_generate_json_prints_the_spec_shape(cli):
    assert cli("init").returncode == 0
    assert cli("user", "add", "dana@northbank.example", "--name", "Dana Whitfield", "--password-stdin",
               input="s3cret-pass\n").returncode == 0
    added = cli("notes", "add", "ken@example.com", "--text",
                "Wants a quote for 40 seats. Sending the pricing sheet Friday.", "--at", "2026-11-20T10:00")
    assert added.returncode == 0, added.stderr
    first = cli("drafts", "generate", "--json")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert set(data) == {"created", "skipped"} and len(data["created"]) == 1 and data["skipped"] == []
    second = cli("drafts", "generate", "--json")
    assert json.loads(second.stdout) == {"created": [], "skipped": [
        {"customer": "ken@example.com", "reason": f"live draft {data['created'][0]} exists"}]}
    human = cli("drafts", "generate")
    assert human.returncode == 0
    assert human.stdout.strip() == f"skipped ken@example.com: live draft {data['created'][0]} exists"


def test_two_runs_that_read_at_the_same_time_store_one_draft(app, session):
    from followup.drafting.prepare import draft_for, gather, store

    rep, box = make_rep(session)
    maria, _, _ = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance", [("inbound", MARIA_Q, T0)])
    st = app.extensions["followup"]
    # both workers read and compose before either writes
    made = []
    for _ in range(2):
        with st.db.session() as s:
            conv = gather(s, s.get(Customer, maria.id), st.settings.policy.default_timezone)
        made.append((conv, draft_for(conv, st.settings, NOW)))
    outcomes = []
    for conv, prepared in made:
        with st.db.write_session() as s:
            outcomes.append(store(s, conv, prepared, NOW))
            s.commit()
    assert isinstance(outcomes[0], int) and outcomes[1] == f"live draft {outcomes[0]} exists"
    assert len(drafts_of(session, maria)) == 1


def test_a_message_committed_between_reading_and_storing_is_not_drafted_past(app, session):
    """Row ids need not commit in order (PostgreSQL): a message stored after the sources were read, with an older
    id or an older Date, stops the store; the next run reads it (issue 13, arrival order)."""
    from followup.drafting.prepare import draft_for, gather, store

    st = app.extensions["followup"]
    rep, box = make_rep(session)
    maria, thread, _ = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                                    [("inbound", MARIA_Q, NOW - timedelta(hours=2))])
    conv = gather(session, session.get(Customer, maria.id), "America/Chicago")
    made = draft_for(conv, st.settings, NOW)
    conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                 [("inbound", "Please stop emailing me.", NOW - timedelta(days=3))], thread=thread)
    with st.db.write_session() as s:
        outcome = store(s, conv, made, NOW)
        s.commit()
    assert outcome == "a message arrived while the draft was prepared; it is prepared again on the next run"
    assert drafts_of(session, maria) == []


def test_call_notes_from_before_the_last_counted_send_are_not_sources_again(app, session):
    from followup.models import DraftStatus, SendRecord
    rep, box = make_rep(session)
    ken, _, _ = conversation(session, box, "ken@example.com", "Ken Adams", "Seats",
                             [("inbound", "How many seats does the starter plan include?", T0)])
    old = add_note(session, "ken@example.com", "Wants the blue onboarding deck.", at=T0 + timedelta(hours=1),
                   author_id=rep.id)
    sent = Draft(team_id=box.team_id, customer_id=ken.id, mailbox_id=box.id, status=DraftStatus.SENT,
                 subject="Re: Seats", body="Hi Ken")
    claimed = Draft(team_id=box.team_id, customer_id=ken.id, mailbox_id=box.id, status=DraftStatus.SENDING,
                    subject="Re: Seats", body="Hi Ken")
    session.add_all([sent, claimed])
    session.flush()
    # a counted send, then one whose SMTP transaction never started (not counted, whatever its time)
    session.add_all([SendRecord(draft_id=sent.id, team_id=box.team_id, customer_id=ken.id, mailbox_id=box.id,
                                message_id_header="s1@northbank.example", state="sent",
                                sent_at=T0 + timedelta(hours=2)),
                     SendRecord(draft_id=claimed.id, team_id=box.team_id, customer_id=ken.id, mailbox_id=box.id,
                                message_id_header="s2@northbank.example", state="claimed",
                                sent_at=T0 + timedelta(hours=4))])
    new = add_note(session, "ken@example.com", "Wants a quote for 40 seats. Sending the pricing sheet Friday.",
                   at=T0 + timedelta(hours=3), author_id=rep.id)
    session.commit()
    result = generate(app)
    assert len(result["created"]) == 1
    draft = drafts_of(session, ken)[-1]
    cited = {(s["kind"], s["id"]) for s in draft.sources}
    assert ("note", new.id) in cited and ("note", old.id) not in cited
