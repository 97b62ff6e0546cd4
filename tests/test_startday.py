"""The customer's wanted start day said back (followup/drafting/startday.py)."""
from datetime import date, datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source
from followup.drafting.startday import _wished

TZ = "Europe/Berlin"
OFFER_DAY = datetime(2029, 1, 15, 9)
REPLY_DAY = datetime(2029, 1, 16, 10)
NOW = datetime(2029, 1, 17, 9)
REP = RepProfile("Hannah Petrie", "hannah@liftcare.example", "Hannah Petrie\nLiftcare")


def draft(sources, name="Ross Tane"):
    state = build_state(sources, TZ, NOW, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Lift maintenance", rep=REP).body


def test_a_wanted_start_day_is_read_in_every_language():
    assert _wished("so we'd want you from 1 February.", REPLY_DAY, TZ) == (date(2029, 2, 1), "1 February")
    assert _wished("Wir bräuchten Sie ab dem 1. März.", REPLY_DAY, TZ) == (date(2029, 3, 1), "1. März")
    assert _wished("Wir möchten am 1. März starten.", REPLY_DAY, TZ) == (date(2029, 3, 1), "1. März")
    assert _wished("nous souhaitons démarrer le 3 juin", REPLY_DAY, TZ) == (date(2029, 6, 3), "3 juin")
    assert _wished("queremos empezar el 2 de mayo", REPLY_DAY, TZ) == (date(2029, 5, 2), "2 de mayo")
    assert _wished("We would like to start 1.1.2030 if possible.", REPLY_DAY, TZ) == (date(2030, 1, 1), "1.1.2030")


def test_a_day_that_is_no_start_or_not_wanted_is_not_read():
    assert _wished("We need 20 chairs from Hall B, delivered on 3 March.", REPLY_DAY, TZ) is None
    assert _wished("We can't start on 1 February.", REPLY_DAY, TZ) is None
    assert _wished("Can you start on 1 February?", REPLY_DAY, TZ) is None


OFFER = "Hi Ross,\n\nComprehensive maintenance for your three lifts comes to NZD 6,950 a year.\n\nHannah"
WISH = ("Hi Hannah,\n\nAll good, let's go with it. Our current contract runs out 31 January so we'd want you from "
        "1 February.\n\nRoss")


def test_the_wanted_start_is_said_back():
    said = draft([Source("message", 1, OFFER, OFFER_DAY, "outbound"), Source("message", 2, WISH, REPLY_DAY, "inbound")])
    assert "You'd like to start on 1 February" in said  # no label before it (confirming.py)


def test_a_start_agreed_later_on_another_day_supersedes_the_wish():
    later = "Hi Ross,\n\nAs agreed on the phone, the start is on 8 February.\n\nHannah"
    said = draft([Source("message", 1, OFFER, OFFER_DAY, "outbound"), Source("message", 2, WISH, REPLY_DAY, "inbound"),
                  Source("message", 3, later, REPLY_DAY.replace(hour=15), "outbound")])
    assert "you'd like to start on 1 February" not in said


def test_a_wanted_start_already_past_is_not_said():
    wish = WISH.replace("from 1 February", "from 16 January")
    said = draft([Source("message", 1, OFFER, OFFER_DAY, "outbound"), Source("message", 2, wish, REPLY_DAY, "inbound")])
    assert "16 January" not in said
