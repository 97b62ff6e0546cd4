"""A named day given with its date beside it is read by the date (followup.text.wish_named_day)."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_named_day import named_day_dropped
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 3, 4, 9, 0)
ZONE = "Europe/Vienna"


def _quiet_until(text: str) -> list[tuple[date, bool]]:
    """(local end day, certain) of every quiet period detect_wishes reads in text."""
    return [(w.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(ZONE)).date(), w.certain)
            for w in detect_wishes(text, SENT, ZONE) if w.kind == "quiet"]


@pytest.mark.parametrize("text, day", [
    ("We're tied up with the stocktake, so please contact me only after Founders Day, 14th March.", date(2031, 3, 14)),
    ("Kindly contact me after Harvest Day, April 14, when the season is over.", date(2031, 4, 14)),
])
def test_a_named_day_with_its_date_is_a_quiet_period_to_that_date(text, day):
    assert (day, True) in _quiet_until(text)


@pytest.mark.parametrize("sentence, kept", [
    ("Bitte melden Sie sich erst nach dem Tag der Arbeit, dem 1. Mai.", "nach dem "),
    ("Rappelez-moi après la Fête du travail, le 1er mai.", "après la "),
    ("Llámeme después del Día del Trabajo, el 1 de mayo.", "después del "),
    ("Mi richiami dopo la Festa dei Lavoratori, il 1 maggio.", "dopo la "),
    ("Ligue-me depois do Dia do Trabalhador, 1 de maio.", "depois do "),
    ("Bel me pas na Bevrijdingsdag, 5 mei.", "na "),
])
def test_the_name_is_blanked_before_its_date(sentence, kept):
    dropped = named_day_dropped(sentence)
    assert len(dropped) == len(sentence)
    assert kept + " " in dropped and ("Tag" not in dropped and "Fête" not in dropped and "Día" not in dropped)


@pytest.mark.parametrize("sentence", [
    "We spoke after lunch, 3 people joined.",
    "Delivered to Harbour Road, 12 Main Street.",
    "Call me after Easter.",
])
def test_no_name_before_a_date_is_left_as_it_was(sentence):
    assert named_day_dropped(sentence) == sentence


def test_a_past_event_with_its_date_is_no_wish():
    assert _quiet_until("We delivered the racking after Founders Day, 14th April, as agreed.") == []
