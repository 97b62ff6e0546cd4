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


def test_a_foreign_promises_weekday_or_date_is_read_against_the_day_it_was_said():
    de = promise("Das schriftliche Angebot schicke ich Ihnen bis Freitag, 11. Dezember.", datetime(2026, 12, 9, 9))
    assert stale_promise(de, state(date(2026, 12, 15))) and not stale_promise(de, state(date(2026, 12, 10)))
    fr = promise("Le contrat de maintenance vous sera chiffré d'ici mardi.", datetime(2026, 12, 11, 9))
    assert stale_promise(fr, state(date(2026, 12, 16))) and not stale_promise(fr, state(date(2026, 12, 15)))
    es = promise("Te mando el contrato el jueves.", datetime(2026, 12, 15, 9))
    assert stale_promise(es, state(date(2026, 12, 18))) and not stale_promise(es, state(date(2026, 12, 17)))
    assert not stale_promise(promise("Je vous envoie le devis.", datetime(2026, 12, 1, 9)), state(date(2026, 12, 20)))


def test_a_promise_for_this_week_or_next_is_late_once_that_week_is_over():
    fr = promise("Je vous envoie le contrat cette semaine.", datetime(2026, 12, 9, 9))  # a Wednesday
    assert not stale_promise(fr, state(date(2026, 12, 13))) and stale_promise(fr, state(date(2026, 12, 14)))
    en = promise("I'll send the pedestal offer next week.", datetime(2026, 12, 9, 9))
    assert not stale_promise(en, state(date(2026, 12, 16))) and stale_promise(en, state(date(2026, 12, 21)))


def test_a_notes_cut_weekday_dates_its_promise():
    """"Angebot bis Fr. schicken" in Monday's note is owed without its day once that Friday has passed."""
    de = Item("commitment", "Angebot bis Fr. schicken.", "Angebot bis Fr. schicken.", "note", 1,
              datetime(2026, 12, 7, 14), "note")
    assert stale_promise(de, state(date(2026, 12, 14))) and not stale_promise(de, state(date(2026, 12, 10)))
    es = Item("commitment", "Enviar cotización hasta el jue.", "Enviar cotización hasta el jue.", "note", 1,
              datetime(2026, 12, 7, 14), "note")
    assert stale_promise(es, state(date(2026, 12, 11))) and not stale_promise(es, state(date(2026, 12, 10)))
