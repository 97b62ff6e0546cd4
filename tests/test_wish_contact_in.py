"""Contact asked again after a length of time, in the six other languages (followup/text/wish_contact_in.py)."""
from datetime import datetime

import pytest

from followup.text.wish_base import local_time, zone_of
from followup.text.wish_contact_in import _contact_in_until, contact_in_certain
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 6, 4, 7, 0)  # Wednesday 09:00 in Madrid
ZONE = zone_of("Europe/Madrid")
LOCAL = local_time(SENT, ZONE)


def _day(sentence: str) -> str | None:
    """The local day the wait read in a sentence ends, as ISO, or None."""
    until = _contact_in_until(sentence, LOCAL, ZONE)
    return None if until is None else local_time(until, ZONE).date().isoformat()


@pytest.mark.parametrize("sentence, day", [
    ("Le ruego que hable conmigo otra vez dentro de diez días, que para entonces ya tendré los números.", "2031-06-14"),
    ("Pode ligar-me daqui a duas semanas, por favor.", "2031-06-18"),
    ("Recontactez-moi dans trois semaines, merci.", "2031-06-25"),
    ("Mi ricontatti tra una settimana.", "2031-06-11"),
    ("Melden Sie sich bitte in zehn Tagen wieder.", "2031-06-14"),
    ("Neem over twee weken weer contact met mij op.", "2031-06-18"),
])
def test_contact_asked_again_after_a_length_is_a_wait_to_its_end(sentence, day):
    assert _day(sentence) == day


@pytest.mark.parametrize("sentence", [
    "Rappelez-moi, je pars en vacances dans deux semaines.",  # the length is another clause's
    "Können Sie mich in zwei Wochen anrufen?",  # a question
    "Bel me binnen twee dagen terug.",  # "within": the rep hurried, no wait
    "Llámeme cuando quiera, la entrega es dentro de dos semanas.",  # a delivery
    "Rufen Sie mich in zehn Minuten an.",  # no length of days
    "Call me again in ten days.",  # English: its own patterns
])
def test_look_alikes_are_no_wait(sentence):
    assert _day(sentence) is None


def test_the_wait_replaces_a_possible_one_read_in_that_sentence():
    text = "Hola Marta. Vuelva a llamarme dentro de diez días, por favor."
    quiet = [w for w in detect_wishes(text, SENT, "Europe/Madrid") if w.kind == "quiet"]
    assert [(w.certain, local_time(w.until, ZONE).date().isoformat()) for w in quiet] == [(True, "2031-06-14")]
    assert contact_in_certain([], [], LOCAL, ZONE) == []


@pytest.mark.parametrize("sentence, day", [
    ("Rappelle-moi à la fin de la semaine prochaine, d'ici là j'aurai les chiffres.", "2031-06-13"),
    ("Rufen Sie mich Ende nächster Woche an.", "2031-06-13"),
    ("Llámame a principios de julio, por favor.", "2031-07-01"),
    ("Bel me eind volgende week.", "2031-06-13"),
])
def test_contact_asked_at_a_part_of_a_week_or_month_is_a_wait_to_it(sentence, day):
    assert _day(sentence) == day


@pytest.mark.parametrize("sentence", [
    "Si me llamas a finales de la semana que viene, te confirmo el pedido.",  # a condition
    "Rufen Sie mich an, Ende nächster Woche bin ich verreist.",  # the part of the week is another clause's
])
def test_a_part_of_a_week_said_beside_no_request_is_no_wait(sentence):
    assert _day(sentence) is None
