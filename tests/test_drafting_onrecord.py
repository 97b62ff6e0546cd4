"""What the customer already has on record: a call the rep's newest email followed up is not restated."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.onrecord import since_rep
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Tom Reyes", "tom@haulpro.example", "Tom Reyes\nHaulPro")
NOTE = Source("note", 1, "Spoke with Ana. She wants weekly pickups at the two depots.",
              datetime(2026, 11, 20, 15), "note")
OFFER = Source("message", 2, "Hi Ana,\n\nAs promised, weekly pickups for both depots: $1,150 per month, 12-month "
                             "term.\n\nTom", datetime(2026, 11, 23, 9), "outbound")
REPLY = Source("message", 3, "Hi Tom,\n\nLooks good. Can we start on January 4?\n\nAna", datetime(2026, 11, 26, 9),
               "inbound")


def draft(sources):
    state = build_state(sources, "America/Chicago", datetime(2026, 11, 30, 15), customer_name="Ana Ruiz")
    return state, compose_state(state, customer_name="Ana Ruiz", thread_subject="Pickups", rep=REP).body


def test_a_call_the_reps_email_followed_up_is_not_restated_once_the_customer_replied():
    state, body = draft([NOTE, OFFER, REPLY])
    assert since_rep(state) == OFFER.at
    whole = compose_state(state, customer_name="Ana Ruiz", thread_subject="Pickups", rep=REP, whole=True).body
    assert "You'd like weekly pickups at the two depots" in whole  # no label before it (confirming.py)
    assert "pickups at the two depots" not in body
    assert "$1,150" in body  # the offer in force is still the rep's to confirm
    assert "January 4" in body


def test_a_call_after_the_reps_email_is_restated():
    later = Source("note", 3, "Spoke with Ana. She wants to start on January 4. She asked whether we can invoice in "
                              "EUR.", datetime(2026, 11, 27, 16), "note")
    state, body = draft([NOTE, OFFER, later])
    assert since_rep(state) == OFFER.at
    assert "You'd like to start on January 4" in body and "pickups at the two depots" not in body


def test_while_the_reps_email_waits_for_an_answer_nothing_is_on_record():
    state, _ = draft([NOTE, OFFER])
    assert since_rep(state) is None
