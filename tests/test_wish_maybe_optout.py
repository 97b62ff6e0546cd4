"""Possible opt-outs the rules did not read with certainty (followup/text/wish_maybe_optout.py)."""
from datetime import datetime

import pytest

from followup.text.wish_maybe_optout import _WEAK_NOT_ME, _weak_opt_out
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


@pytest.mark.parametrize("text", [
    "Bitte streichen Sie Herrn Albers aus der Mailingliste für Rechnungen, er ist nicht mehr bei uns.",
    "Please remove Mrs Dlamini from the distribution list for delivery notes, she retired last week.",
    "Merci de retirer Mme Garnier de la liste des destinataires, elle a quitté la société.",
])
def test_a_titled_third_person_taken_off_a_list_is_not_the_customers_opt_out(text):
    assert _WEAK_NOT_ME.search(text)
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


@pytest.mark.parametrize("text", [
    "Please take me off the distribution for these mailings.",
    "Bitte nehmen Sie mich aus dem Verteiler, ich möchte nichts mehr bekommen.",
])
def test_the_customer_taking_themselves_off_a_list_is_still_read(text):
    assert not _WEAK_NOT_ME.search(text)
    assert _weak_opt_out(text) or any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


def test_taken_off_a_copy_line_is_not_a_possible_opt_out():
    assert not _weak_opt_out("Could you please take me off the cc for the weekly stock reports?")
