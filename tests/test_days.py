"""Days in a draft: resolved against their own source, restated against the draft's day (followup/drafting/days.py)."""
from datetime import date, datetime

from followup.drafting.days import resolve_due
from followup.drafting.restatedays import restate_dates

TZ = "America/Chicago"


def test_relative_dates_resolve_against_the_source_time_in_its_zone():
    # 2026-11-21 03:00 UTC is still Friday evening in Chicago
    at = datetime(2026, 11, 21, 3, 0)
    assert resolve_due("I'll send it tomorrow", at, TZ) == datetime(2026, 11, 21, 23, 0)
    assert resolve_due("by end of day Friday", at, TZ) == datetime(2026, 11, 20, 23, 0)
    assert resolve_due("call on 2026-12-02 at 3:30pm", at, TZ) == datetime(2026, 12, 2, 21, 30)
    assert resolve_due("I may get to it", at, TZ) is None


def test_a_span_of_days_takes_the_month_it_ends_in():
    """'from Tuesday 2 to Thursday 4 February' said in December is 2 February, not next Tuesday (blind heldout22: the
    visit was owned as late, 'Sorry for the delay. I'll be with you from.')."""
    said = datetime(2026, 12, 17, 11)
    assert resolve_due("I'll be with you from Tuesday 2 to Thursday 4 February.", said, TZ).date() == date(2027, 2, 2)
    assert resolve_due("I can come Monday 28 to Wednesday 30 December.", said, TZ).date() == date(2026, 12, 28)
    assert resolve_due("I will call on Tuesday.", said, TZ).date() == date(2026, 12, 22)


def test_a_weekday_with_its_date_resolves_to_the_date_not_the_nearest_weekday():
    thursday = datetime(2026, 11, 26, 17)  # a Thursday in Chicago
    assert resolve_due("Thursday 10 December works for the visit", thursday, TZ).date() == date(2026, 12, 10)
    assert resolve_due("see you Friday, Dec 11 at 9am", thursday, TZ) == datetime(2026, 12, 11, 15, 0)
    assert resolve_due("I'll call Thursday", thursday, TZ).date() == date(2026, 11, 26)


def test_a_deadline_that_falls_today_is_said_as_today_not_until_today():
    monday = datetime(2026, 11, 23, 15)  # Monday in Chicago
    tuesday = date(2026, 11, 24)
    assert restate_dates("I'll send the plan by tomorrow", monday, TZ, tuesday) == "I'll send the plan today"
    assert restate_dates("Ich schicke den Plan bis morgen", monday, TZ, tuesday, "de") == "Ich schicke den Plan heute"
    assert restate_dates("Je vous envoie le plan d'ici demain", monday, TZ, tuesday, "fr") == \
        "Je vous envoie le plan aujourd'hui"


def test_a_weekday_written_before_a_month_and_day_keeps_that_date():
    # said on a Wednesday, read the next Tuesday: "Tuesday" is the date written after it, a week on, not today
    wednesday = datetime(2026, 11, 25, 15)
    tuesday = date(2026, 12, 1)
    assert restate_dates("We can start on Tuesday December 8 if you like.", wednesday, TZ, tuesday) == \
        "We can start on Tuesday December 8 if you like."
    assert restate_dates("Delivery Tue, Dec 8th.", wednesday, TZ, tuesday) == "Delivery Tuesday, Dec 8th."
    assert restate_dates("Showroom slot Fri Oct 2 at 3pm.", wednesday, TZ, date(2026, 9, 28)) == \
        "Showroom slot Friday Oct 2 at 3pm."


def test_a_weekday_told_in_the_past_is_the_one_before_its_email():
    """"approved it at their meeting on Friday", written on a Monday: last Friday, said so within the week and gone
    after it; said ahead it stays the next one."""
    from followup.drafting.days import told_past
    monday = datetime(2031, 3, 3, 15, 0)  # a Monday
    thursday = date(2031, 3, 6)
    assert restate_dates("The governors signed it off at their meeting on Friday.", monday, "Europe/London",
                         thursday) == "The governors signed it off at their meeting last Friday."
    assert restate_dates("The governors signed it off at their meeting on Friday.", monday, "Europe/London",
                         date(2031, 3, 10)).rstrip(".") == "The governors signed it off at their meeting"
    assert resolve_due("We met the caterers on Tuesday.", monday, "Europe/London").date() == date(2031, 2, 25)
    assert resolve_due("The board meets on Friday.", monday, "Europe/London").date() == date(2031, 3, 7)
    assert resolve_due("I sent the form and need it back by Friday.", monday, "Europe/London").date() == \
        date(2031, 3, 7)
    assert told_past("The panel decided on Wednesday to go ahead.")
    assert not told_past("The panel will decide on Wednesday.")


def test_relative_dates_go_calendar_dates_stay():
    from followup.drafting.days import drop_relative_dates
    assert drop_relative_dates("The fit-out must happen in our shutdown, Mar 3 to Mar 14") == \
        "The fit-out must happen in our shutdown, Mar 3 to Mar 14"
    assert drop_relative_dates("We need it by Friday, April 4") == "We need it by Friday, April 4"
    assert drop_relative_dates("Our hall is free tomorrow") == "Our hall is free"
    assert drop_relative_dates("We could meet next week") == "We could meet"
