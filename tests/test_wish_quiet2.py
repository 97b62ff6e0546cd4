"""A stretch said before "in the meantime", an undated wait after a length asked, a day of a month that is no hour."""
from datetime import datetime

from followup.text.wish_net_time import possible_time
from followup.text.wish_prefs import preferences
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 3, 4, 9, 0)  # Tuesday 09:00 UTC
TZ = "Europe/London"


def _quiet(text):
    return [(w.until.date().isoformat(), w.certain) for w in detect_wishes(text, SENT, TZ) if w.kind == "quiet"]


def test_no_need_to_chase_in_the_meantime_is_the_stretch_said_before():
    text = "We're short-staffed, so it'll be a fortnight before I get to it. No need to chase me in the meantime."
    wishes = detect_wishes(text, SENT, TZ)
    assert [(w.kind, w.certain) for w in wishes] == [("quiet", True)]
    assert wishes[0].until.date().isoformat() == "2031-03-18"


def test_meantime_welcoming_contact_is_no_quiet_period():
    text = "It'll be two weeks before we decide. In the meantime, don't hesitate to call me with questions."
    assert not any(w.kind == "quiet" and w.certain for w in detect_wishes(text, SENT, TZ))


def test_undated_wait_after_a_length_asked_keeps_the_length():
    text = "Leave it with me for ten days, please. I'll get back to you once my partner has seen it."
    assert _quiet(text) == [("2031-03-14", True)]


def test_undated_wait_alone_still_read():
    assert _quiet("I'll get back to you once my partner has seen it.")


def test_a_number_before_a_month_is_a_day_not_an_hour():
    for said in ("Please don't call me before 9 July.", "Please call after 3 August.", "Ring before 9 May, thanks."):
        assert possible_time(said) is None
        assert preferences(said, 0, said) == []


def test_an_hour_still_read():
    assert possible_time("Please call me before 10, I am out after.") == "time:morning"
    assert possible_time("Calling after 2 may be best.") == "time:afternoon"
    said = "Please ring before 9am."
    assert [w.preference for w in preferences(said, 0, said)] == ["time:morning"]
