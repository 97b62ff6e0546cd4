"""A closure the customer names: the last working day before it, said against the draft's day (closure.py)."""
from datetime import date

import pytest

from followup.drafting.closure import by_closure, closes_on

TUE, WED = date(2028, 4, 11), date(2028, 4, 12)


@pytest.mark.parametrize("language, text, first", [
    ("en", "From Friday our office is closed until Tuesday because of Easter.", date(2028, 4, 14)),
    ("de", "Ab Donnerstag ist die Kanzlei über Ostern geschlossen.", date(2028, 4, 13)),
    ("fr", "Le cabinet est fermé de vendredi à lundi pour Pâques.", date(2028, 4, 14)),
    ("es", "Las oficinas cierran jueves y viernes.", date(2028, 4, 13)),
])
def test_the_first_day_of_the_closure_is_read_in_four_languages(language, text, first):
    assert closes_on(text, language, TUE) == first


def test_the_last_working_day_before_it_is_said_against_today():
    assert by_closure("Las oficinas cierran jueves y viernes.", "es", TUE, WED) == "hoy"
    assert by_closure("From Friday our office is closed.", "en", TUE, WED) == "tomorrow"
    assert by_closure("From Friday our office is closed.", "en", date(2028, 4, 10), date(2028, 4, 10)) == "by Thursday"
    assert by_closure("Ab Montag ist unser Büro geschlossen.", "de", TUE, date(2028, 4, 14)) == "heute"  # Friday


def test_no_closure_or_one_begun_says_nothing():
    assert by_closure("Our office is open all week.", "en", TUE, WED) == ""
    assert by_closure("Las oficinas cierran jueves y viernes.", "es", TUE, date(2028, 4, 14)) == ""
