"""A customer's "not going ahead for now" in English (followup/text/wish_for_now.py) and its look-alikes."""
from datetime import datetime

import pytest

from followup.text.wish_for_now import not_now_english
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago


@pytest.mark.parametrize("sentence", [
    "For the moment we don't go forward with the new conveyor.",
    "At this moment we do not go forward with the project because of the renovation.",
    "We are not going forward with the pension scheme at this moment.",
    "For now we will not take the new product line.",
    "Thank you, but for now we not continue with this.",
    "We've decided to stay as we are for now.",
    "The board has decided to hold off on replacing the phones for the time being.",
    "The owners have decided to freeze all new supplier accounts for the time being.",
    "Management has decided to keep the matter in pending for the time being.",
    "We've decided to leave the maintenance contract as it is for the time being.",
    "Not for us at the mo, thanks.",
    "For the moment, nothing from our side.",
    "The partners decided to stick with our current payroll bureau for the time being.",
    "We have decided to keep our existing alarm contract for now, the notice period is long.",
])
def test_not_going_ahead_for_now_is_a_pause(sentence):
    assert not_now_english(sentence)
    assert [(w.kind, w.certain) for w in detect_wishes(sentence, SENT, "America/Chicago")] == [("paused", True)]


@pytest.mark.parametrize("sentence", [
    "For the time being we use the old system, which works fine.",  # no refusal
    "For now we will not take the delivery, the warehouse is full.",  # goods held
    "We don't proceed with the payment for now until the invoice is corrected.",
    "If the price stays, for now we won't go ahead.",  # a condition
    "Are you not going ahead for now?",
    "For now we won't go ahead until you send the drawings.",  # the rep's step awaited
    "We decided to continue with our existing lease until the renewal in May.",  # a wait with its end
])
def test_look_alikes_are_not_a_pause(sentence):
    assert not not_now_english(sentence)
