"""A promise's day against the draft's day (followup/drafting/promise_day.py)."""
from datetime import date, datetime

from followup.drafting.items import Item, State
from followup.drafting.promise_day import stale_promise, undated, unrelative


def promise(quote: str, at: datetime, due: datetime | None = None) -> Item:
    return Item("commitment", quote, quote, "message", 1, at, "outbound", due=due)


def state(today: date) -> State:
    return State(items=(), language="en", today=today, last={})


def test_a_relative_week_said_in_an_earlier_week_is_dropped_and_kept_on_its_own_day():
    item = promise("I'll ask our carpenter and forward the quote this week.", datetime(2026, 12, 8, 9))
    assert unrelative(item.text, item, state(date(2026, 12, 15))) == "I'll ask our carpenter and forward the quote."
    assert unrelative(item.text, item, state(date(2026, 12, 8))) == item.text
    fr = promise("Je vous envoie la liste cette semaine.", datetime(2026, 12, 8, 9))
    assert unrelative(fr.text, fr, state(date(2026, 12, 15))) == "Je vous envoie la liste."


def test_a_promise_whose_day_has_passed_is_said_without_it():
    item = promise("I'll send the study by Friday 4 December.", datetime(2026, 11, 30, 9), datetime(2026, 12, 4, 17))
    assert stale_promise(item, state(date(2026, 12, 7)))
    assert undated(item.text) == "I'll send the study."
    assert not stale_promise(item, state(date(2026, 12, 3)))
