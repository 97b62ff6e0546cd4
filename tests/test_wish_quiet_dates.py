"""The end of a quiet period: dates tied to a wait and loose ends (followup/text/wish_quiet_dates.py)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_base import local_time
from followup.text.wish_quiet import quiet_wish
from followup.text.wish_quiet_dates import QUIET_DATE, loose_end, quiet_date

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
ZONE = ZoneInfo("America/Chicago")


def quiet_until(text: str) -> str | None:
    """The local end day of the quiet period read in text, as ISO, or None."""
    wish = quiet_wish(text, 0, text, local_time(SENT, ZONE), ZONE)
    return None if wish is None else local_time(wish.until, ZONE).date().isoformat()


def date_read(text: str) -> str | None:
    """The local end day the first date rule matching text names, as ISO, or None."""
    local = local_time(SENT, ZONE)
    for name, rx in QUIET_DATE.items():
        m = rx.search(text)
        if m and (until := quiet_date(name, m, local, ZONE)) is not None:
            return local_time(until, ZONE).date().isoformat()
    return None


def test_month_end_is_the_last_day_of_the_month():
    assert quiet_until("Leave it with me till month-end.") == "2026-11-30"


@pytest.mark.parametrize("text, day", [
    ("Would you hold off till the end of January on the leasing?", "2027-01-31"),  # a month to come: that one
    ("Please don't chase before the close of February, we're restructuring.", "2027-02-28"),
    ("Hold off until the end of November, it's audit season.", "2026-11-30"),  # the month we are in, while it lasts
    ("Can you wait till end of Dec please.", "2026-12-31"),  # "the" left out, the month shortened
])
def test_a_wait_until_the_end_of_a_month_named_ends_on_its_last_day(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text", [
    "The promotion runs until the end of January.",  # no wait asked
    "Our year closes at the end of March.",
])
def test_the_end_of_a_month_without_a_wait_is_no_quiet_period(text):
    assert date_read(text) is None and quiet_until(text) is None


@pytest.mark.parametrize("text, day", [
    ("Please wait until w/c 14 December, our auditors are in.", "2026-12-14"),  # a week named by its first day
    ("Let's talk again the week of the 30th.", "2026-11-30"),
    ("Hold off till week commencing Dec 7 please.", "2026-12-07"),
])
def test_a_wait_until_a_week_named_by_its_first_day_ends_on_that_day(text, day):
    assert quiet_until(text) == day


def test_away_the_week_of_a_day_does_not_end_on_that_day():
    assert quiet_until("We're away the week of the 16th.") != "2026-11-16"


@pytest.mark.parametrize("text, day", [
    ("let me mull this over and revert by next Thursday", "2026-11-19"),
    ("I'll think about it, probably a week", "2026-11-17"),
    ("we'll get back to you after the 20th", "2026-11-20"),
])
def test_a_loose_end_anywhere_in_the_sentence_is_read(text, day):
    found = loose_end(text, local_time(SENT, ZONE), ZONE)
    assert found is not None and local_time(found[0], ZONE).date().isoformat() == day


def test_a_sentence_without_an_end_has_no_loose_end():
    assert loose_end("I'll think about it and let you know.", local_time(SENT, ZONE), ZONE) is None


@pytest.mark.parametrize("text", [
    "There's no point you ringing me before the 20th, we're buried in year-end.",
    "No point phoning us before the 20th.",
])
def test_no_point_ringing_or_phoning_before_a_day_is_a_quiet_period(text):
    assert quiet_until(text) == "2026-11-20"


@pytest.mark.parametrize("text, day", [
    ("Please contact me only after 14th April, we are closing the books.", "2027-04-14"),  # ordinal, no "of"
    ("Kindly hold off until 3rd March.", "2027-03-03"),
    ("Leave it till the 21st of December please.", "2026-12-21"),
    ("Hold off until the 20th, thanks.", "2026-11-20"),  # no month: this one
])
def test_an_ordinal_day_takes_the_month_written_after_it(text, day):
    assert quiet_until(text) == day


def test_write_to_me_again_after_a_date_is_a_certain_wait():
    wish = quiet_wish("Please write to me again after 6 January.", 0, "Please write to me again after 6 January.",
                      local_time(SENT, ZONE), ZONE)
    assert wish is not None and wish.certain
    assert wish.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZONE).date().isoformat() == "2027-01-06"
