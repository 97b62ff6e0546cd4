"""Customers: list and search, timeline with quotes, contacts chart, quiet period, resume, limit overrides, notes."""
import re
from datetime import timedelta

from sqlmodel import select

from followup.clock import utcnow
from followup.customers import apply_wish
from followup.models import CallNote, Customer, Draft, Message, SendRecord, Wish
from tests.webutil import post


def _customer(db, customer_id) -> Customer:
    with db.session() as s:
        return s.get(Customer, customer_id)


def test_list_shows_the_teams_customers_and_searches(client, teams):
    page = client.get("/customers").text
    assert "Dana Demo" in page and "customer-a@example.test" in page
    assert "Dana Demo" in client.get("/customers?q=DANA").text
    assert "Dana Demo" not in client.get("/customers?q=nobody").text


def test_timeline_has_messages_notes_sends_and_wishes_with_quotes(db, client, teams):
    side = teams[0]
    with db.session() as s:
        customer = s.get(Customer, side.customer_id)
        sent = Draft(team_id=side.team_id, customer_id=side.customer_id, subject="Re: earlier", body="Earlier note",
                     status="sent")
        s.add(sent)
        s.flush()
        s.add(SendRecord(draft_id=sent.id, team_id=side.team_id, customer_id=side.customer_id,
                         message_id_header="<s1@example.test>", state="sent", sent_at=utcnow() - timedelta(days=3),
                         claimed_at=utcnow() - timedelta(days=3)))
        apply_wish(s, customer, "preference", value="time:afternoon", quote="call me later in the day")
        s.commit()
    page = client.get(f"/customers/{side.customer_id}").text
    assert "Could you send the revised quote for 25 seats?" in page
    assert f"Wants to {side.pilot}." in page
    assert "Follow-up sent: Re: earlier" in page
    assert "call me later in the day" in page and "Preference time:afternoon" in page
    order = [page.index(s) for s in ("Wants to start the pilot", "Could you send the revised", "Follow-up sent")]
    assert order == sorted(order)  # newest first: note (1 day), message (2 days), send (3 days)


def test_contacts_chart_counts_our_mail_and_theirs_per_week(db, client, teams):
    side = teams[0]
    with db.session() as s:
        for i, direction in enumerate(("outbound", "outbound", "inbound")):
            s.add(Message(team_id=side.team_id, mailbox_id=side.mailbox_id, folder="x", customer_id=side.customer_id,
                          message_id_header=f"<c{i}@example.test>", direction=direction, sent_at=utcnow()))
        s.get(Message, side.inbound_id).sent_at = utcnow()  # this week too, whatever the weekday
        s.commit()
    page = client.get(f"/customers/{side.customer_id}").text
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert 'role="img"' in svg and "we wrote 2, they wrote 2" in svg
    assert len(re.findall(r"<rect ", svg)) == 24  # 12 weeks, two bars each
    titles = re.findall(r"<title>([^<]+)</title>", svg)
    assert titles[-2].endswith("we wrote 2") and titles[-1].endswith("they wrote 2")
    tallest = max(int(h) for h in re.findall(r'height="(\d+)"', svg.split("</line>")[-1]))
    assert tallest == 100


def test_set_quiet_period_by_days_and_resume(db, client, teams):
    side = teams[0]
    response = post(client, f"/customers/{side.customer_id}/quiet", {"days": "3", "reason": "asked for a week"})
    assert response.headers["Location"] == f"/customers/{side.customer_id}"
    customer = _customer(db, side.customer_id)
    assert timedelta(days=2, hours=23) < customer.quiet_until - utcnow() <= timedelta(days=3)
    page = client.get(f"/customers/{side.customer_id}").text
    assert "asked for a week" in page and "Held until" in page
    draft_page = client.get(f"/drafts/{side.draft_id}").text
    assert "because quiet period until" in draft_page
    post(client, f"/customers/{side.customer_id}/resume")
    customer = _customer(db, side.customer_id)
    assert customer.quiet_until is None and customer.status == "active"
    with db.session() as s:
        assert all(w.undone_at for w in s.exec(select(Wish).where(Wish.customer_id == side.customer_id)))


def test_set_quiet_period_until_a_date_and_refuse_bad_input(db, client, teams):
    side = teams[0]
    url = f"/customers/{side.customer_id}/quiet"
    date = (utcnow() + timedelta(days=10)).date().isoformat()
    post(client, url, {"until": date})
    assert _customer(db, side.customer_id).quiet_until.date().isoformat() == date  # midnight Chicago = 06:00 UTC
    for bad in ({}, {"days": "2", "until": date}, {"days": "zero"}, {"until": "2001-01-01"}, {"days": "9999"}):
        response = post(client, url, bad, follow_redirects=True)
        assert "Cannot set a quiet period" in response.text, bad
    assert _customer(db, side.customer_id).quiet_until.date().isoformat() == date


def test_paused_customer_can_be_resumed(db, client, teams):
    side = teams[0]
    with db.session() as s:
        apply_wish(s, s.get(Customer, side.customer_id), "paused", quote="maybe next year")
        s.commit()
    page = client.get(f"/customers/{side.customer_id}").text
    assert "paused" in page and "maybe next year" in page and "Resume" in page
    assert "paused (customer said: maybe next year)" in client.get(f"/drafts/{side.draft_id}").text
    post(client, f"/customers/{side.customer_id}/resume")
    assert _customer(db, side.customer_id).status == "active"


def test_limit_overrides_are_saved_validated_and_cleared(db, client, teams):
    side = teams[0]
    url = f"/customers/{side.customer_id}/limits"
    post(client, url, {"max_per_window": "1", "window": "3d", "min_gap": "24h", "send_window": "mon-fri 10:00-16:00"})
    c = _customer(db, side.customer_id)
    assert (c.max_per_window, c.window_seconds, c.min_gap_seconds, c.send_window) == (1, 3 * 86400, 86400,
                                                                                       "Mon-Fri 10:00-16:00")
    page = client.get(f"/customers/{side.customer_id}").text
    assert 'name="window" value="3d"' in page and 'name="min_gap" value="1d"' in page
    for bad in ({"max_per_window": "0"}, {"window": "soon"}, {"send_window": "weekends"}):
        response = post(client, url, bad, follow_redirects=True)
        assert "Cannot save limits" in response.text, bad
    assert _customer(db, side.customer_id).max_per_window == 1
    post(client, url, {"max_per_window": "", "window": "", "min_gap": "", "send_window": ""})
    c = _customer(db, side.customer_id)
    assert (c.max_per_window, c.window_seconds, c.min_gap_seconds, c.send_window) == (None, None, None, None)


def test_a_limit_override_holds_the_draft(db, client, teams):
    side = teams[0]
    with db.session() as s:
        s.add(SendRecord(draft_id=side.draft_id, team_id=side.team_id, customer_id=side.customer_id,
                         message_id_header="<s2@example.test>", state="sent", sent_at=utcnow() - timedelta(hours=1)))
        s.commit()
    post(client, f"/customers/{side.customer_id}/limits", {"min_gap": "90d", "send_window": "always"})
    assert "because min gap: next slot" in client.get(f"/customers/{side.customer_id}").text


def test_new_note_offers_the_teams_customers_and_saves(db, client, teams):
    form = client.get("/notes/new?customer=customer-a@example.test").text
    assert '<datalist id="customer-list">' in form and 'list="customer-list"' in form
    assert '<option value="Dana Demo &lt;customer-a@example.test&gt;"></option>' in form
    assert "customer-b@example.test" not in form
    assert 'value="customer-a@example.test"' in form
    response = post(client, "/notes/new", {"customer": "Dana Demo <customer-a@example.test>",
                                           "text": "Asked for the SOC 2 report.", "at": ""}, page="/notes/new")
    assert response.headers["Location"] == f"/customers/{teams[0].customer_id}"
    with db.session() as s:
        note = s.exec(select(CallNote).where(CallNote.text == "Asked for the SOC 2 report.")).one()
    assert note.customer_id == teams[0].customer_id and note.author_id == teams[0].rep_id


def test_new_note_for_a_new_customer_creates_it_in_the_team(db, client, teams):
    post(client, "/notes/new", {"customer": "fresh@example.test", "text": "First call.", "at": "2026-01-05T14:30"},
         page="/notes/new")
    with db.session() as s:
        customer = s.exec(select(Customer).where(Customer.email == "fresh@example.test")).one()
        note = s.exec(select(CallNote).where(CallNote.customer_id == customer.id)).one()
    assert customer.team_id == teams[0].team_id
    assert note.at.isoformat() == "2026-01-05T20:30:00"  # 14:30 in America/Chicago


def test_new_note_refuses_bad_input_and_keeps_what_was_typed(client, teams):
    for data, message in (({"customer": "not-an-address", "text": "hello"}, "is not an email address"),
                          ({"customer": "x@example.test", "text": "  "}, "the text is empty"),
                          ({"customer": "x@example.test", "text": "hi", "at": "2999-01-01T10:00"}, "in the future")):
        response = post(client, "/notes/new", data, page="/notes/new")
        assert response.status_code == 400 and message in response.text
    assert ">hi</textarea>" in response.text


# ---------------------------------------------------------------- possible wishes: held until the rep answers


def _possible(db, side, kind="paused", quote="I'm not sure we want to go ahead right now"):
    """Record a possible wish for the side's customer and return its id."""
    from followup.customers import record_possible

    with db.session() as s:
        possible = record_possible(s, s.get(Customer, side.customer_id), kind, quote=quote)
        s.commit()
        return possible.id


def test_possible_wish_holds_the_draft_and_confirm_applies_it_with_its_quote(db, client, teams):
    side = teams[0]
    wish_id = _possible(db, side)
    page = client.get(f"/customers/{side.customer_id}").text
    assert "Did Dana Demo ask for a pause?" in page and "go ahead right now" in page
    assert f'name="wish_id" value="{wish_id}"' in page and ">Confirm</button>" in page and ">Dismiss</button>" in page
    draft_page = client.get(f"/drafts/{side.draft_id}").text
    assert "Did Dana Demo ask for a pause?" in draft_page and "possible pause: confirm or dismiss" in draft_page
    with db.session() as s:
        assert s.get(Draft, side.draft_id).hold_reason.startswith("possible pause: confirm or dismiss")
        assert s.get(Customer, side.customer_id).status == "active"  # a maybe changes nothing yet

    no_token = client.post(f"/customers/{side.customer_id}/possible/confirm", data={"wish_id": wish_id})
    assert no_token.status_code == 400
    done = post(client, f"/customers/{side.customer_id}/possible/confirm", {"wish_id": wish_id,
                "draft_id": side.draft_id}, page=f"/customers/{side.customer_id}")
    assert done.status_code == 302 and done.headers["Location"].endswith(f"/drafts/{side.draft_id}")
    customer = _customer(db, side.customer_id)
    assert customer.status == "paused" and customer.status_reason == "I'm not sure we want to go ahead right now"
    assert customer.possible_wish is None
    with db.session() as s:
        assert s.get(Draft, side.draft_id).hold_reason is None  # the pause itself holds it now, via the gate
    page = client.get(f"/customers/{side.customer_id}").text
    assert "Did Dana Demo ask" not in page and "paused" in page


def test_dismissing_a_possible_wish_is_audited_and_changes_nothing(db, client, teams):
    from followup.models import AuditEvent, PossibleWish

    side = teams[0]
    wish_id = _possible(db, side, "do_not_contact", "please take me off the distribution for this")
    bad = post(client, f"/customers/{side.customer_id}/possible/dismiss", {"wish_id": "999999"},
               page=f"/customers/{side.customer_id}", follow_redirects=True)
    assert "Cannot dismiss: no possible wish 999999" in bad.text
    done = post(client, f"/customers/{side.customer_id}/possible/dismiss", {"wish_id": wish_id},
                page=f"/customers/{side.customer_id}", follow_redirects=True)
    assert "Dismissed: possible do_not_contact." in done.text
    customer = _customer(db, side.customer_id)
    assert customer.status == "active" and customer.possible_wish is None
    with db.session() as s:
        assert s.get(PossibleWish, wish_id).resolution == "dismissed"
        event = s.exec(select(AuditEvent).where(AuditEvent.kind == "wish.dismissed")).one()
        assert event.detail["quote"] == "please take me off the distribution for this"
        assert s.get(Draft, side.draft_id).hold_reason is None


def test_another_team_cannot_answer_a_possible_wish(db, client, teams):
    other = teams[1]
    wish_id = _possible(db, other)
    response = post(client, f"/customers/{other.customer_id}/possible/confirm", {"wish_id": wish_id},
                    page=f"/customers/{teams[0].customer_id}")
    assert response.status_code == 404
    assert _customer(db, other.customer_id).status == "active"


def test_preferences_are_shown_with_their_quotes(db, client, teams):
    side = teams[0]
    with db.session() as s:
        apply_wish(s, s.get(Customer, side.customer_id), "preference", value="time:afternoon",
                   quote="afternoons suit me much better")
        s.commit()
    page = client.get(f"/customers/{side.customer_id}").text
    assert "time:afternoon" in page and "afternoons suit me much better" in page and "moves the send window" in page

def test_lifting_an_opt_out_asks_for_confirmation_and_a_reason_and_is_audited(db, client, teams):
    from followup.models import AuditEvent

    side = teams[0]
    with db.session() as s:
        apply_wish(s, s.get(Customer, side.customer_id), "do_not_contact", quote="stop emailing me")
        s.commit()
    page = client.get(f"/customers/{side.customer_id}").text
    assert 'name="confirm"' in page and 'name="reason"' in page
    for missing in ({}, {"confirm": "yes"}, {"reason": "asked again"}):
        refused = post(client, f"/customers/{side.customer_id}/resume", missing, follow_redirects=True)
        assert "Cannot lift the opt-out" in refused.text, missing
        assert _customer(db, side.customer_id).status == "do_not_contact"
    post(client, f"/customers/{side.customer_id}/resume", {"confirm": "yes", "reason": "called and asked for the quote"})
    assert _customer(db, side.customer_id).status == "active"
    with db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.kind == "customer.resumed")).one()
    assert "called and asked for the quote" in str(event.detail)


def test_badge_says_quiet_during_a_quiet_period(db, client, teams):
    side = teams[0]
    post(client, f"/customers/{side.customer_id}/quiet", {"days": "3"})
    page = client.get(f"/customers/{side.customer_id}").text
    assert '<span class="status paused">quiet until' in page


def test_new_note_takes_a_customer_by_name(db, client, teams):
    response = post(client, "/notes/new", {"customer": "dana demo", "text": "Called about the pilot."},
                    page="/notes/new")
    assert response.headers["Location"] == f"/customers/{teams[0].customer_id}"
    refused = post(client, "/notes/new", {"customer": "Ollie Other", "text": "x"}, page="/notes/new")
    assert refused.status_code == 400 and "no customer is named" in refused.text  # team B's customer is not ours

def test_limits_out_of_their_bounds_are_a_form_error_naming_the_value(db, client, teams):
    """Issue 13 finding 3: a 0s window or a 3000000d gap saved here stopped every send; now the form refuses them."""
    side = teams[0]
    url = f"/customers/{side.customer_id}/limits"
    for field, value, named in (("window", "0s", "window 0s is out of range"),
                                ("min_gap", "3000000d", "'3000000d' is too long"),
                                ("window", "99999999999d", "'99999999999d' is too long"),
                                ("max_per_window", "100000", "max per window 100000 is out of range")):
        response = post(client, url, {field: value}, follow_redirects=True)
        assert response.status_code == 200 and "Cannot save limits" in response.text, value
        assert named in response.text.replace("&#39;", "'"), response.text
    c = _customer(db, side.customer_id)
    assert (c.max_per_window, c.window_seconds, c.min_gap_seconds) == (None, None, None)


def test_limits_stored_out_of_bounds_are_shown_not_a_500(db, client, teams):
    """A 0s window saved before the form bounded it: the pages say why nothing can be sent to the customer."""
    side = teams[0]
    with db.session() as s:
        s.get(Customer, side.customer_id).window_seconds = 0
        s.commit()
    for url in (f"/drafts/{side.draft_id}", f"/customers/{side.customer_id}"):
        page = client.get(url)
        assert page.status_code == 200 and "window must be longer than zero (got 0s)" in page.text, url
