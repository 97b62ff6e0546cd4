"""followup.drafting.recheck: the server's check of a draft's text as it stands, against every source and the profile."""
from followup.drafting.recheck import unverified
from followup.models import Customer, Draft, User


def test_unverified_lists_what_no_source_or_profile_holds_and_writes_nothing(session, teams):
    draft = session.get(Draft, teams[0].draft_id)
    customer = session.get(Customer, teams[0].customer_id)
    rep = session.get(User, teams[0].rep_id)
    rep.sign_off = "Warm regards from Lisbon,"
    body = ("Hi Dana,\n\nThe quote for 25 seats stays within your $12,000 budget; the add-on is $9,999.\n\n"
            "Warm regards from Lisbon,\nRep A\n")
    found = unverified(session, draft, customer, body, default_timezone="UTC", viewer=rep)
    assert found == ["$9,999"]  # 25 seats and $12,000 are in Dana's message; the sign-off is the rep's own words
    assert session.get(Draft, teams[0].draft_id).body != body and draft not in session.new  # only a probe was judged
    rep.sign_off = ""
    assert unverified(session, draft, customer, body, default_timezone="UTC", viewer=rep) == ["$9,999", "Lisbon"]
