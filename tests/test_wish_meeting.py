"""Quiet periods ending on the day the customer's board or committee meets (followup/text/wish_meeting.py)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_base import local_time
from followup.text.wish_meeting import dated_meeting_wait

SENT = datetime(2028, 8, 14, 7, 0)  # Monday 09:00 in Rome
ZONE = ZoneInfo("Europe/Rome")


def certain_until(before: str, sentence: str) -> str | None:
    """The local end day of the certain quiet period read in the sentence after before, as ISO, or None."""
    text = before + sentence
    wish = dated_meeting_wait(sentence, len(before), text, local_time(SENT, ZONE), ZONE)
    return None if wish is None else local_time(wish.until, ZONE).date().isoformat()


@pytest.mark.parametrize("before, sentence, day", [
    ("Our board meets on Tuesday 5 September. ", "Please hold your follow-up until the board has met.", "2028-09-05"),
    ("Wir beraten darüber in unserer Sitzung am Mittwoch, 6. September. ",
     "Bis diese Sitzung stattgefunden hat, bitten wir Sie, niemanden darauf anzusprechen.", "2028-09-06"),
    ("", "Merci de ne pas nous relancer jusqu'à la réunion du comité du 12 septembre.", "2028-09-12"),
    ("La junta se reúne el 7 de septiembre. ", "Por favor, no nos llame hasta la reunión de la junta.", "2028-09-07"),
    ("Il consiglio si riunisce il 4 settembre. ", "La prego di non sollecitarci fino alla riunione del consiglio.",
     "2028-09-04"),
    ("O conselho reúne-se a 8 de setembro. ", "Não nos contacte até à reunião do conselho, por favor.", "2028-09-08"),
    ("Het bestuur vergadert op woensdag 6 september. ", "Wilt u ons tot na de vergadering niet benaderen?",
     "2028-09-06"),
])
def test_contact_held_until_a_body_meets_on_a_named_day_is_quiet_until_that_day(before, sentence, day):
    assert certain_until(before, sentence) == day


@pytest.mark.parametrize("before, sentence", [
    ("", "Please hold off until the board has met."),  # no day named: a wait for an event
    ("Our board meets on Tuesday 5 September. ", "We cannot sign until the board has met."),  # no contact held
    ("Our board meets on Tuesday 5 September. ", "Can we talk before the board meeting?"),  # a question, not a wait
    ("The meeting is on 5 September. ", "Please send the drawings before the meeting."),  # something asked for
])
def test_no_meeting_quiet_period_without_contact_held_until_a_dated_meeting(before, sentence):
    assert certain_until(before, sentence) is None
