"""A colleague's changed role is no pause of the customer's (followup.text.wish_pause, guard "role_moved")."""
from datetime import datetime

import pytest

from followup.text.wishes import detect_wishes

TUE = datetime(2031, 3, 11, 15, 0)


def _kinds(text: str) -> set[tuple[str, bool]]:
    """(kind, certain) of every wish read."""
    return {(w.kind, w.certain) for w in detect_wishes(text, TUE, "Europe/London")}


@pytest.mark.parametrize("text", [
    "Please drop Tom Reilly from the cc, he's transferred to the Leeds depot and won't be dealing with our orders now.",
    "Leave Priya off the invoices from here on: she has retired and isn't handling accounts at the moment.",
])
def test_colleague_moved_is_no_pause(text):
    assert ("paused", True) not in _kinds(text)


def test_customer_pause_still_read():
    assert ("paused", True) in _kinds("She and I talked it over and we're not buying right now.")
