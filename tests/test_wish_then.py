"""Ends said before the wait that points back at them (followup/text/wish_then.py)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_then import end_said_before

CHICAGO = ZoneInfo("America/Chicago")
LOCAL = datetime(2026, 11, 10, 9, 0, tzinfo=CHICAGO)  # Tuesday 09:00


def local_day(until: datetime) -> str:
    """The Chicago calendar day of a naive UTC instant."""
    return until.replace(tzinfo=ZoneInfo("UTC")).astimezone(CHICAGO).date().isoformat()


@pytest.mark.parametrize("sentence,day", [
    ("I'm going to take the week to walk through it with the co-owners, so please hold any follow-ups till then.",
     "2026-11-17"),
    ("We'll take the next fortnight to test it; no chasing until then.", "2026-11-24"),
    ("Je prends la semaine pour en parler avec mon associé, ne me relancez pas d'ici là.", "2026-11-17"),
    ("Ich nehme mir die kommende Woche, um das durchzugehen. Bitte haken Sie bis dahin nicht nach.", "2026-11-17"),
    ("Me tomo la semana para revisarlo; no me llames hasta entonces.", "2026-11-17"),
    ("Mi prendo la settimana per valutarlo, non sollecitatemi fino ad allora.", "2026-11-17"),
    ("Ik neem de week om het door te nemen, graag niet navragen tot dan.", "2026-11-17"),
])
def test_a_unit_taken_with_the_is_one_such_length(sentence, day):
    """'take the week ... hold till then' had no end (blind batch 57): 'the week' taken is a week."""
    until = end_said_before("", sentence, LOCAL, CHICAGO)
    assert until is not None and local_day(until) == day


@pytest.mark.parametrize("sentence", [
    "Je prends la semaine prochaine en congé, ne me relancez pas d'ici là.",  # a day named, no length
    "We'll take the week of the 16th off, so hold off until then.",
])
def test_a_named_week_is_no_length_taken(sentence):
    until = end_said_before("", sentence, LOCAL, CHICAGO)
    assert until is None or local_day(until) != "2026-11-17"


@pytest.mark.parametrize("sentence,awaited", [
    ("I'll come back to you once they've signed it off, so no need to keep checking in.", True),
    ("We'll be in touch once the board has approved the budget.", True),
    ("No need to chase until the members have voted on it.", True),
    ("I'll reach out when we're in a position to go ahead.", False),  # a vague condition: a pause
    ("I'll be in touch if and when that changes.", False),
])
def test_a_decision_of_the_customers_side_is_awaited(sentence, awaited):
    from followup.text.wish_then import decision_awaited
    assert decision_awaited(sentence) is awaited


def test_that_date_points_at_a_day_named_far_up_never_at_a_length():
    before = ("Our board meets on Thursday 3 December. " + "I have read the proposal in detail. " * 10
              + "Can the retention period be shortened to 90 days? ")
    sentence = "Nothing will move before that meeting, so please don't follow up before that date."
    assert local_day(end_said_before(before, sentence, LOCAL, CHICAGO)) == "2026-12-03"


@pytest.mark.parametrize("quote, promised", [
    ("Kindly wait for my communication.", True),
    ("Please wait for our go-ahead.", True),
    ("Please wait until the 12th.", False),
])
def test_waiting_for_the_customers_own_word_is_a_promised_return(quote, promised):
    from followup.text.wish_then import promised_return

    assert promised_return(quote) is promised


def test_until_then_points_back_at_a_feast_named_before():
    before = "No decision this side of St Andrew's Day. "
    assert local_day(end_said_before(before, "Leave it till then.", LOCAL, CHICAGO)) == "2026-11-30"


def test_a_feast_named_before_a_noun_is_no_end_pointed_at():
    before = "Can you give me till the 18th? Swamped with the christmas bake orders. "
    assert local_day(end_said_before(before, "Don't chase before then.", LOCAL, CHICAGO)) == "2026-11-18"
