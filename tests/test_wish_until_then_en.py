"""The rep's contact refused "until then" in English, after a length or a day (followup.text.wish_until_then_en)."""
from datetime import date, datetime

import pytest

from followup.text.wish_until_then_en import refused_until_then_english
from followup.text.wishes import detect_wishes

TUE = datetime(2026, 11, 10, 15, 0)
MARCH_4 = datetime(2031, 3, 4, 9, 0)  # Tuesday 09:00 UTC


@pytest.mark.parametrize("text,until", [
    ("hey need 10 days to run the numbers with my partner on the kits dont call or email till then thx", date(2026, 11, 20)),
    ("Gie us a fortnight tae get the budget sorted, and dinnae be chasing me afore then.", date(2026, 11, 24)),
    ("I need to run it past the directors, they meet on the 22nd, so don't be chasing me before that.", date(2026, 11, 22)),
    ("Our MD is travelling and he decides only on the 25th. Kindly hold on until then, no reminders please.",
     date(2026, 11, 25)),
])
def test_contact_refused_until_then_is_a_certain_quiet_period_to_the_end_said(text, until):
    quiet = [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]
    assert [(w.certain, w.until.date()) for w in quiet][-1:] == [(True, until)]


@pytest.mark.parametrize("sentence,before", [
    ("I won't call you before then.", "The samples arrive on the 20th."),  # the writer's own step
    ("I'm in surgery until 3pm, don't ring before then.", ""),  # an hour of today
    ("Can you not call before then?", "I'm away until the 20th."),  # a question
    ("Please send the invoice before then.", "I'm away until the 20th."),  # no contact refused
    ("Please don't contact any journalists about it until then.", "The release is embargoed until Thursday 19 November."),
])
def test_the_writers_own_step_an_hour_or_a_request_is_not_refused_until_then(sentence, before):
    assert not refused_until_then_english(sentence, before)


@pytest.mark.parametrize("text,until", [
    ("I won't look at anything new until we reopen on Monday 4 January. Please hold off with the proposal till then.",
     date(2027, 1, 4)),
    ("Our MD is away until Dec 3. So hold fire till then please.", date(2026, 12, 3)),
])
def test_the_rep_asked_to_hold_until_an_end_said_before_is_a_certain_quiet_period(text, until):
    quiet = [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]
    assert [(w.certain, w.until.date()) for w in quiet][-1:] == [(True, until)]


def test_a_hold_until_then_with_no_end_said_before_is_no_certain_guess():
    text = "Hold off with the quote till then, the board meets on the 20th."
    assert not [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet" and w.certain]


def test_before_this_time_points_back_at_the_length_said():
    from followup.text.wish_until_then_en import refused_until_then_english
    assert refused_until_then_english("Before this time please not call me.", "I need two weeks to decide.")
    assert not refused_until_then_english("Please don't call before this time next week.", "I need two weeks.")


def test_a_refusal_in_this_period_after_a_length_is_that_quiet_period():
    text = ("It is interesting but I must speak with the other teachers, so I ask you for one month. "
            "Please, in this period, don't send me mail and don't telephone, I will write you.")
    wishes = detect_wishes(text, TUE, "America/Chicago")
    assert [(w.kind, w.certain) for w in wishes if w.kind in ("quiet", "do_not_contact")] == [("quiet", True)]
    assert [w.until.date() for w in wishes if w.kind == "quiet"] == [date(2026, 12, 10)]


def test_during_this_time_dont_hesitate_is_no_refusal():
    assert not refused_until_then_english("During this time, please don't hesitate to call me.",
                                          "I will be in the office all week.")


def test_no_need_to_chase_in_the_meantime_is_the_stretch_said_before():
    text = "We're short-staffed, so it'll be a fortnight before I get to it. No need to chase me in the meantime."
    wishes = detect_wishes(text, MARCH_4, "Europe/London")
    assert [(w.kind, w.certain) for w in wishes] == [("quiet", True)]
    assert wishes[0].until.date().isoformat() == "2031-03-18"


def test_meantime_welcoming_contact_is_no_quiet_period():
    text = "It'll be two weeks before we decide. In the meantime, don't hesitate to call me with questions."
    assert not any(w.kind == "quiet" and w.certain for w in detect_wishes(text, MARCH_4, "Europe/London"))


def test_reminders_refused_during_the_period_said_before_are_a_quiet_period():
    text = ("Our IT team needs to check the integration and they asked for two weeks. Please kindly do not send "
            "reminders during this period, we will come back to you with the feedback.")
    found = detect_wishes(text, TUE, "America/Chicago")
    assert [(w.kind, w.certain) for w in found] == [("quiet", True)]
    assert found[0].until.date() == date(2026, 11, 24)
