"""The rep's settings page: time zone and signature, validated, audited, used by the other pages."""
from followup.models import AuditEvent, User
from sqlmodel import select

from tests.webutil import post


def test_settings_save_the_time_zone_and_signature_and_refuse_a_bad_zone(db, client, teams):
    page = client.get("/settings").text
    assert 'name="timezone"' in page and 'name="signature"' in page
    refused = post(client, "/settings", {"timezone": "Mars/Olympus", "signature": "x"}, page="/settings",
                   follow_redirects=True)
    assert "is not an IANA name" in refused.text
    with db.session() as s:
        assert s.get(User, teams[0].rep_id).timezone is None
    post(client, "/settings", {"timezone": "Europe/Berlin", "signature": "Best,\r\nRep A\r\nACME"}, page="/settings")
    with db.session() as s:
        me = s.get(User, teams[0].rep_id)
        assert (me.timezone, me.signature) == ("Europe/Berlin", "Best,\nRep A\nACME")
        assert s.exec(select(AuditEvent).where(AuditEvent.kind == "user.settings")).one().actor_id == me.id
    assert "Europe/Berlin" in client.get(f"/drafts/{teams[0].draft_id}").text  # snooze presets in the new zone
