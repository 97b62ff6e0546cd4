"""Possible quiet periods read by a grammar (followup/text/wish_later.py): a request for time x a day or a length."""
from datetime import datetime, timedelta

import pytest

from followup.text.wish_later import possible_later
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "Europe/Berlin"


@pytest.mark.parametrize("text", [
    "Deme hasta el viernes que viene, tengo que hablarlo con mi socio.",
    "Geef ons even tot volgende vrijdag, dan hebben we het besproken.",
    "Could you leave us two weeks to sort out the budget?",
    "Ten days, please.",
    "Vent til den 20., så ved vi mere.",
    "Mi ricontatti dopo il 30, ora siamo in chiusura.",
    "Proszę dać nam kilka dni na decyzję.",
    "Laissez-moi dix jours pour en parler à mon associé.",
])
def test_a_request_for_time_until_a_day_is_a_possible_quiet_period(text):
    assert possible_later(text)
    wishes = detect_wishes(text, SENT, TZ)
    assert any(w.kind == "quiet" for w in wishes)


@pytest.mark.parametrize("text", [
    "Please give us a week's warning before the engineer comes.",
    "Position 2 bitte auf 12 statt 24 Monate ändern (Wartungsvertrag).",
    "Please let us know by the 18th whether the room is free.",
    "The delivery should arrive in ten days, please wait for the driver.",
    "I will be back in the office on Monday 16 November.",
    "Llámame después de comer, por las mañanas no puedo.",
    "Ignore my earlier note asking you to give me a month.",
    "We will attend the fair on the 18th.",
])
def test_look_alikes_are_not_quiet_periods(text):
    assert not possible_later(text)


@pytest.mark.parametrize(("text", "day"), [
    ("Deme hasta el viernes que viene, tengo que hablarlo con mi socio.", "2026-11-20"),
    ("Vent til den 20., så ved vi mere.", "2026-11-20"),
    ("Mi ricontatti prima del 30 solo se è urgente, grazie, aspetti fino al 30.", "2026-11-30"),
    ("Proszę dać nam trzy tygodnie na decyzję.", "2026-12-01"),
])
def test_the_possible_quiet_period_ends_on_the_day_the_request_names(text, day):
    ends = {w.until.date().isoformat() for w in detect_wishes(text, SENT, TZ) if w.kind == "quiet" and w.until}
    local_days = {(datetime.fromisoformat(e) + timedelta(days=1)).date().isoformat() for e in ends} | ends
    assert day in local_days
