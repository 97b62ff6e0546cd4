"""A hold said beside a quiet period with its end (followup/text/wish_pause_dated.py)."""
from datetime import datetime

import pytest

from followup.text.wish_base import PAUSED, QUIET, Wish
from followup.text.wish_pause_dated import ends_on_event, held_for_its_end
from followup.text.wishes import detect_stops, detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
TZ = "America/Chicago"


def _kinds(text: str) -> set[tuple[str, bool]]:
    """(kind, certain) of every wish read in the text."""
    return {(w.kind, w.certain) for w in detect_wishes(text, SENT, TZ)}


@pytest.mark.parametrize("text", [
    "We're deep in the audit and I can't look at any new cleaning service quotes now. Please hold off until the end "
    "of the month and we can talk then.",
    "Don't bother ringing about the van leases until the 20th. I'll get to it once things settle down.",
])
def test_a_hold_beside_a_quiet_period_with_its_end_is_that_quiet_period(text):
    kinds = _kinds(text)
    assert (QUIET, True) in kinds and (PAUSED, True) not in kinds
    assert not [w for w in detect_stops(text, SENT, TZ) if w.kind == PAUSED]  # the history reader reads it alike


def test_a_hold_said_to_have_no_end_stays_a_pause_beside_a_dated_wait():
    text = "The fleet project is shelved indefinitely. On the service contract, please don't call until the 20th."
    assert {(PAUSED, True), (QUIET, True)} <= _kinds(text)


def test_a_deal_gone_elsewhere_stays_a_pause_beside_a_dated_wait():
    wishes = [Wish(PAUSED, "we went with another supplier"), Wish(QUIET, "don't call until the 20th", until=SENT)]
    text = "For the vans we went with another supplier. Please don't call until the 20th about the rest."
    assert held_for_its_end(wishes, text) == wishes


def test_a_pause_with_no_dated_quiet_period_beside_it_stands():
    wishes = [Wish(PAUSED, "on hold for now")]
    assert held_for_its_end(wishes, "We're putting it on hold for now.") == wishes


def test_a_pause_running_on_into_until_an_event_ends_on_it():
    text = "Everything is on hold until the auditors have signed off."
    assert ends_on_event(Wish(PAUSED, "Everything is on hold"), text)
    assert not ends_on_event(Wish(PAUSED, "Everything is on hold"), "Everything is on hold until further notice.")
