"""One part of the business refused for now while the rest goes on (followup/text/wish_scoped.py): no pause."""
from datetime import datetime

import pytest

from followup.text.wish_scoped import scope_of
from followup.text.wishes import detect_stops, detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
TZ = "America/Chicago"


def _stops(text):
    """The certain pauses, quiet periods and opt-outs read in a message."""
    return [(w.kind, w.certain) for w in detect_wishes(text, SENT, TZ) if w.kind in ("paused", "quiet", "do_not_contact")]


@pytest.mark.parametrize("text", [
    "Hi Tom,\nPlease go ahead with the 20 chairs and the two desks. The standing desk is not for now, maybe later.\nAna",
    "Thanks for the quote. We'll take the printer and the toner. The scanner is not for now, maybe next year.\nRaj",
    "Order confirmed for the Leeds site. The Bristol site is on hold for now; I'll let you know.\nKim",
    "We'd like the blue jackets in sizes M and L. Not the caps for now, maybe later in the year.\nJo",
    "Paul's request for a second laptop is on hold for now. The monitors for the others are approved, please order them.",
    "We will proceed with the kitchen units. The patio we'll leave for now, perhaps next spring. Could you send the dates?",
    "Thanks. The training add-on: not now, maybe later. Everything else in the quote is fine, please confirm the order.",
    "We are not interested in the extended warranty at this time. Please go ahead with the 3 forklifts as quoted.",
    "We order the 3 grinders and 10 kg of the house blend. For the coffee machine it is not for now, maybe later.",
    "The coffee machine - we like it, but it is not for now, maybe later. Please ship the grinders this week.",
    "Please send 200 of the blue mugs and 100 of the red. The green ones not for now, maybe later.",
    "Our CFO is out until the 30th, so any orders over $5k will have to wait until she's back. Everything below that "
    "we can order now.",
])
def test_one_part_refused_while_the_rest_goes_on_is_no_pause(text):
    assert _stops(text) == []
    assert [w.kind for w in detect_stops(text, SENT, TZ)] == []


@pytest.mark.parametrize("text", [
    "Thanks for the quote. It's not for now, maybe later next year.",
    "Hi Sam, we've decided to hold off on the purchase for now. Please send the invoice for the samples.",
    "The whole project is on hold for now. Please send me the final invoice.",
    "We've put the project on hold for now. Please go ahead with the 4 benches already ordered.",
    "We've decided to leave the maintenance contract as it is for the time being. Please send the invoice.",
    "The standing desk is not for now, maybe later.",  # nothing else goes on: the whole of what was offered
    # the customer's side decided about the deal: the whole relation put aside, whatever else the message asks
    "Management has decided to put the new lockers on hold for now. Please go ahead with the 4 benches already ordered.",
    # what a wait waits for is no part refused
    "Please hold off until the sale of the warehouse has gone through. We'd like the shelving quote kept open.",
])
def test_the_whole_deal_refused_still_pauses(text):
    assert any(kind in ("paused", "quiet") and certain for kind, certain in _stops(text))


def test_the_scope_is_read_from_the_clause_before_when_the_refusal_names_nothing():
    own = "We'll take the oven. The dishwasher, we leave it for now. Please send the invoice."
    assert scope_of("for now", own)
    assert not scope_of("for now", "The dishwasher, we leave it for now.")


def test_a_wait_for_an_event_while_the_deal_cannot_proceed_stays_a_quiet_period():
    text = ("We cannot proceed with the evaluation yet because the audit date is still open. "
            "Kindly wait for the audit to be finished before contacting us again.")
    wishes = detect_wishes(text, SENT, "Europe/London")
    assert [w.kind for w in wishes if w.certain] == ["quiet"]


@pytest.mark.parametrize("text", [
    # a counted part of the order left out while the order is confirmed
    "We're confirming the order for 24 classrooms. Three rooms at the annex are closing, so they won't get screens "
    "this year.",
    "I can confirm 40 licences. Two of the branches won't need them for now.",
    "Please go ahead with the 12 vans. Four vans for the north depot won't be needed this year.",
    "We approve the purchase. 5 of the laptops are not needed at the moment.",
])
def test_a_counted_part_left_out_of_a_confirmed_order_is_no_pause(text):
    assert _stops(text) == []


@pytest.mark.parametrize("text", [
    "Four rooms at the annex won't get screens this year.",  # nothing else goes on
    "We're not going ahead this year. Two weeks ago we confirmed the budget.",  # a time counted, no part
    "We confirm the order for 20 chairs. We won't need anything else this year.",  # no part named
    "We're going with another supplier. Three rooms won't get anything from you this year.",  # no choice of ours
])
def test_a_count_without_an_order_going_on_still_pauses(text):
    assert any(kind == "paused" and certain for kind, certain in _stops(text))


def test_a_part_left_out_beside_a_choice_made_now_is_no_certain_pause():
    text = "We're going with the smaller boiler. Six flats in block C won't get the new radiators this round."
    assert ("paused", True) not in _stops(text)
    assert ("paused", True) in _stops("Six flats in block C won't get the new radiators this round.")
