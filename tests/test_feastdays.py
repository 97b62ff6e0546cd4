"""A promise tied to a public holiday against the draft's day (followup/drafting/feastdays.py)."""
from datetime import date, datetime

from followup.drafting.feastdays import passed_feast, without_feast
from followup.drafting.items import Item, State
from followup.drafting.promise_day import stale_promise, undated


def test_a_holiday_that_came_since_the_promise_makes_it_due_now_in_all_four_languages():
    # Labour Day is the first Monday of September in Canada (4 Sept 2028) and 1 May elsewhere: both are read
    assert passed_feast("send order confirmation after Labour Day", date(2028, 8, 29), date(2028, 9, 5))
    assert not passed_feast("send order confirmation after Labour Day", date(2028, 8, 29), date(2028, 9, 4))
    assert passed_feast("Angebot nach Pfingsten schicken", date(2028, 5, 20), date(2028, 6, 10))  # Whit Monday 5 June
    assert not passed_feast("Angebot nach Pfingsten schicken", date(2028, 5, 20), date(2028, 6, 1))
    assert passed_feast("envoyer le devis après la Toussaint", date(2028, 10, 20), date(2028, 11, 3))
    assert passed_feast("enviar la oferta después de Semana Santa", date(2028, 4, 1), date(2028, 4, 20))
    assert not passed_feast("send it after the meeting", date(2028, 8, 29), date(2028, 9, 5))


def test_the_holiday_is_cut_from_the_promise_line():
    assert without_feast("I'll send the order confirmation after Labour Day.") == "I'll send the order confirmation."
    assert without_feast("Ich schicke Ihnen das Angebot nach Pfingsten.") == "Ich schicke Ihnen das Angebot."
    assert without_feast("Je vous envoie le devis après la Toussaint.") == "Je vous envoie le devis."
    assert without_feast("Le envío la oferta después de Semana Santa.") == "Le envío la oferta."


def test_a_note_promise_after_a_past_holiday_is_stale_and_said_without_it():
    quote = "Wants written confirmation -> send order confirmation after Labour Day."
    item = Item("commitment", "I'll send the order confirmation after Labour Day.", quote, "note", 1,
                datetime(2028, 8, 29, 18), "note")
    assert stale_promise(item, State(items=(), language="en", today=date(2028, 9, 5), last={}))
    assert not stale_promise(item, State(items=(), language="en", today=date(2028, 9, 1), last={}))
    assert undated(item.text) == "I'll send the order confirmation."
