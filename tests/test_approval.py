"""Approval of the exact text: who, when, which hash; edits, rejections, snoozes and their audit trail."""
from datetime import timedelta

import pytest
from sqlmodel import select

from followup.approval import acting_rep, approve, edit, is_approved_text, reject, snooze, text_hash
from followup.clock import utcnow
from followup.customers import get_or_create_customer
from followup.exceptions import BadInput, InvalidTransition, NotFound
from followup.models import AuditEvent, Draft, Team
from followup.users import add_user

BODY = "Hi Ann,\n\nThe 3 seats at $40 each start March 1.\n\nDana"


@pytest.fixture
def rep(session):
    user = add_user(session, "dana@rep.example", "Dana Rep", "s3cret-pass")
    session.commit()
    return user


def make_draft(session, rep, *, status="pending", grounded=True, grounding=None) -> Draft:
    customer = get_or_create_customer(session, "ann@customer.example", team_id=rep.team_id)
    draft = Draft(team_id=rep.team_id, customer_id=customer.id, subject="Re: Seats", body=BODY, status=status,
                  grounded=grounded, grounding=grounding if grounding is not None else {"ok": grounded})
    session.add(draft)
    session.commit()
    return draft


def events(session, draft) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).where(AuditEvent.entity == "draft", AuditEvent.entity_id == draft.id)
                             .order_by(AuditEvent.id)))


def test_text_hash_is_sha256_of_subject_blank_line_body():
    assert text_hash("S", "B") == "f6c4448ed02b66de44c7c75abfaac28684736929c9a784c2c98bb3df9ff0cc70"  # sha256(b"S\n\nB")
    assert text_hash("S", "B") != text_hash("S", "B ") != text_hash("S\n", "B")


def test_approve_records_who_when_and_the_exact_text(session, rep):
    draft = make_draft(session, rep)
    before = utcnow()

    approve(session, draft, rep)
    session.commit()

    assert draft.status == "approved" and draft.approved_by_id == rep.id and draft.approved_at >= before
    assert draft.approved_hash == text_hash("Re: Seats", BODY) and is_approved_text(draft)
    [event] = events(session, draft)
    assert event.kind == "draft.approved" and event.actor == rep.email and event.detail["hash"] == draft.approved_hash


def test_approving_an_edited_text_approves_that_text(session, rep):
    draft = make_draft(session, rep)
    approve(session, draft, rep, body="Hi Ann, three seats from March 1. Dana")
    assert draft.body == "Hi Ann, three seats from March 1. Dana"
    assert draft.approved_hash == text_hash("Re: Seats", "Hi Ann, three seats from March 1. Dana")
    assert draft.grounding["edited_by"] == rep.email and events(session, draft)[-1].detail["edited"] is True


@pytest.mark.parametrize("status", ["stale", "rejected", "sent", "sending", "failed"])
def test_approve_refuses_drafts_that_may_not_go(session, rep, status):
    draft = make_draft(session, rep, status=status)
    with pytest.raises(InvalidTransition) as caught:
        approve(session, draft, rep)
    assert str(caught.value).startswith(f"draft {draft.id} is {status}:") and "\n" not in str(caught.value)
    assert draft.approved_hash is None


def test_an_ungrounded_draft_is_approved_only_in_the_reps_own_words(session, rep):
    draft = make_draft(session, rep, grounded=False, grounding={"ok": False, "unmatched": ["$45"]})
    with pytest.raises(InvalidTransition, match=r"grounding report is not ok \(unsupported: \$45\)"):
        approve(session, draft, rep)
    edit(session, draft, rep, subject=draft.subject, body=BODY.replace("$40", "$45"))
    approve(session, draft, rep)
    assert draft.status == "approved" and draft.approved_hash == text_hash(draft.subject, draft.body)


def test_editing_an_approved_draft_returns_it_to_pending(session, rep):
    draft = make_draft(session, rep)
    approve(session, draft, rep)
    edit(session, draft, rep, subject="Re: Seats (updated)", body=BODY + "\nP.S.")
    assert draft.status == "pending" and draft.approved_hash is None and draft.approved_by_id is None
    assert not is_approved_text(draft)
    assert [e.kind for e in events(session, draft)] == ["draft.approved", "draft.edited"]


def test_edit_refuses_a_bad_subject_or_an_empty_body(session, rep):
    draft = make_draft(session, rep)
    with pytest.raises(BadInput):
        edit(session, draft, rep, subject="two\nlines", body=BODY)
    with pytest.raises(BadInput):
        edit(session, draft, rep, subject="Re: Seats", body="  \n")


def test_reject_and_snooze(session, rep):
    rejected, snoozed = make_draft(session, rep), make_draft(session, rep)
    reject(session, rejected, rep)
    until = utcnow() + timedelta(days=2)
    snooze(session, snoozed, rep, until)
    assert rejected.status == "rejected"
    assert snoozed.not_before == until and snoozed.hold_reason.startswith("snoozed until ")
    with pytest.raises(BadInput):
        snooze(session, snoozed, rep, utcnow() - timedelta(minutes=1))
    with pytest.raises(InvalidTransition):
        approve(session, rejected, rep)
    assert events(session, rejected)[-1].kind == "draft.rejected" and events(session, snoozed)[-1].kind == "draft.snoozed"


def test_approving_an_unknown_send_is_a_new_attempt_once(session, rep):
    draft = make_draft(session, rep, status="unknown")

    again = approve(session, draft, rep)
    session.commit()

    assert again.id != draft.id and again.status == "approved" and again.body == draft.body
    assert draft.status == "failed" and f"as draft {again.id}" in draft.error
    with pytest.raises(InvalidTransition):
        approve(session, draft, rep)


def test_reps_act_only_on_their_own_team(session, rep):
    other_team = Team(name="other")
    session.add(other_team)
    session.flush()
    outsider = add_user(session, "eve@other.example", "Eve", "s3cret-pass", team_id=other_team.id)
    draft = make_draft(session, rep)
    with pytest.raises(NotFound):
        approve(session, draft, outsider)


def test_acting_rep_defaults_to_the_only_rep(session, rep):
    assert acting_rep(session, None).id == rep.id
    add_user(session, "sam@rep.example", "Sam", "s3cret-pass")
    with pytest.raises(BadInput, match="several reps"):
        acting_rep(session, None)
    assert acting_rep(session, "SAM@rep.example").email == "sam@rep.example"
