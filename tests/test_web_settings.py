"""The rep's settings page: time zone and signature, validated, audited, used by the other pages."""
from datetime import timedelta

from sqlmodel import select

from followup.clock import utcnow
from followup.models import AuditEvent, Draft, User
from tests.webutil import post


def test_settings_save_the_time_zone_and_signature_and_refuse_a_bad_zone(db, client, teams):
    page = client.get("/settings").text
    assert 'name="timezone"' in page and 'name="signature"' in page
    refused = post(client, "/settings", {"timezone": "Mars/Olympus", "signature": "x"}, page="/settings",
                   follow_redirects=True)
    assert refused.status_code == 400 and "is not an IANA name" in refused.text
    with db.session() as s:
        assert s.get(User, teams[0].rep_id).timezone is None
    post(client, "/settings", {"timezone": "Europe/Berlin", "signature": "Best,\r\nRep A\r\nACME"}, page="/settings")
    with db.session() as s:
        me = s.get(User, teams[0].rep_id)
        assert (me.timezone, me.signature) == ("Europe/Berlin", "Best,\nRep A\nACME")
        assert s.exec(select(AuditEvent).where(AuditEvent.kind == "user.settings")).one().actor_id == me.id
    assert "Europe/Berlin" in client.get(f"/drafts/{teams[0].draft_id}").text  # snooze presets in the new zone


def test_sign_off_and_working_hours_are_saved_validated_and_nothing_typed_is_lost(db, client, teams):
    page = client.get("/settings").text
    assert 'name="sign_off"' in page and 'name="work_start"' in page and 'name="work_days"' in page
    typed = {"timezone": "Europe/Paris", "signature": "Rep A\nACME", "sign_off": "Cordialement,",
             "work_start": "17:00", "work_end": "09:00", "work_days": ["Mon", "Tue"]}
    refused = post(client, "/settings", typed, page="/settings")
    assert refused.status_code == 400 and "working hours: the start time must be before the end time" in refused.text
    # the form comes back with what the rep typed
    assert 'value="Cordialement,"' in refused.text and 'value="17:00"' in refused.text
    assert 'value="Mon" checked' in refused.text and 'value="Wed" checked' not in refused.text
    half = post(client, "/settings", {**typed, "work_end": "", "work_days": []}, page="/settings")
    assert half.status_code == 400 and "give a start, an end and at least one day" in half.text
    long = post(client, "/settings", {**typed, "sign_off": "x" * 101, "work_end": "18:00"}, page="/settings")
    assert long.status_code == 400 and "sign-off" in long.text.lower()
    with db.session() as s:
        me = s.get(User, teams[0].rep_id)
        assert (me.timezone, me.sign_off, me.work_hours) == (None, "", None)  # nothing stored by a refused form

    saved = post(client, "/settings", {**typed, "work_start": "08:30", "work_end": "16:00",
                                       "work_days": ["Fri", "Mon", "Tue", "Wed", "Thu"]}, page="/settings")
    assert saved.status_code == 302
    with db.session() as s:
        me = s.get(User, teams[0].rep_id)
        assert (me.timezone, me.sign_off, me.work_hours) == ("Europe/Paris", "Cordialement,", "Mon-Fri 08:30-16:00")
    again = client.get("/settings").text  # shown back as stored
    assert 'value="08:30"' in again and 'value="Fri" checked' in again and 'value="Sat" checked' not in again


def test_new_drafts_close_with_the_reps_sign_off(app, db, client, teams):
    from followup.customers import get_or_create_customer
    from followup.drafting.prepare import prepare_team
    from followup.models import Message

    post(client, "/settings", {"timezone": "Europe/Paris", "signature": "Rep A\nACME", "sign_off": "Cordialement,"},
         page="/settings")
    with db.session() as s:
        kim = get_or_create_customer(s, "kim@buyer.example", team_id=teams[0].team_id, name="Kim Buyer")
        s.add(Message(team_id=teams[0].team_id, mailbox_id=teams[0].mailbox_id, folder="INBOX", uid=9, uidvalidity=1,
                      message_id_header="<kim-1@buyer.example>", customer_id=kim.id, direction="inbound",
                      subject="Licences", from_addr=kim.email, from_name="Kim Buyer",
                      sent_at=utcnow() - timedelta(hours=3),
                      new_text="Hi,\n\nCould you send the price for 40 licences by Monday?\n\nKim"))
        s.commit()
    st = app.extensions["followup"]
    (created,) = prepare_team(st.db, st.settings, teams[0].team_id)["created"]
    with db.session() as s:
        body = s.get(Draft, created).body
    assert "\n\nCordialement,\nRep A\nACME" in body and "Best," not in body
