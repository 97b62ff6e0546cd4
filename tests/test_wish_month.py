"""Quiet periods ending in a month named alone (followup/text/wish_month.py)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_base import local_time
from followup.text.wish_month import refused_until_month

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
ZONE = ZoneInfo("America/Chicago")


def certain_until(text: str) -> str | None:
    """The local first day of the certain quiet period read in text, as ISO, or None."""
    wish = refused_until_month(text, 0, text, local_time(SENT, ZONE), ZONE)
    return None if wish is None else local_time(wish.until, ZONE).date().isoformat()


@pytest.mark.parametrize("text, day", [
    ("Don't contact me until January.", "2027-01-01"),
    ("Please hold off until March, we are closing the year.", "2027-03-01"),
    ("Please wait until January before following up.", "2027-01-01"),
    ("Please hold off until after January.", "2027-02-01"),  # after the month: the next one's first day
    ("No calls before February, please.", "2027-02-01"),
    ("Please do not send anything before January 2027.", "2027-01-01"),
    ("Bitte melden Sie sich nicht vor Januar.", "2027-01-01"),
    ("Bitte rufen Sie mich erst im Februar wieder an.", "2027-02-01"),
    ("Merci de ne pas me relancer avant janvier.", "2027-01-01"),
    ("Por favor, no me llame hasta enero.", "2027-01-01"),
    ("Non mi contatti prima di gennaio.", "2027-01-01"),
    ("Não me contacte até janeiro.", "2027-01-01"),
    ("Bel me niet voor januari.", "2027-01-01"),
])
def test_contact_refused_until_a_month_is_quiet_until_its_first_day(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text", [
    "Don't call me before January 5.",  # a day of the month: read by the date rules
    "Please hold off until November.",  # this month: its first day is past
    "Can you hold off until January?",  # a question
    "We will not decide anything until January.",  # no request to the rep
    "Please send the invoice before January.",  # something asked for, not contact refused
    "If you don't hear from me, don't call before January.",  # a condition
    "Wir können erst im Januar liefern.",  # no one reached
])
def test_no_month_quiet_period_without_contact_refused_until_a_month_alone(text):
    assert certain_until(text) is None
