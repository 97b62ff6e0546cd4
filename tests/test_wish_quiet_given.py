"""Time asked of the rep in the six other languages, read as a certain quiet period (followup/text/wish_quiet_given.py)."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_base import QUIET, Wish
from followup.text.wish_quiet_given import _given_until, given_time_certain

LOCAL = datetime(2026, 11, 10, 9, 0)  # Tuesday
ZONE = ZoneInfo("America/Chicago")


def _day(sentence: str) -> date | None:
    until = _given_until(sentence, LOCAL, ZONE)
    return until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZONE).date() if until else None


@pytest.mark.parametrize("sentence, day", [
    ("Geben Sie mir bitte zwei Wochen Zeit, ich muss das intern abstimmen.", date(2026, 11, 24)),
    ("Gib mir bitte drei Wochen Bedenkzeit.", date(2026, 12, 1)),
    ("Ich brauche zehn Tage Bedenkzeit, bitte melden Sie sich vorher nicht.", date(2026, 11, 20)),
    ("Laissez-moi une semaine pour réfléchir, je reviendrai vers vous.", date(2026, 11, 17)),
    ("Laissez-moi une quinzaine de jours pour en discuter avec notre directeur.", date(2026, 11, 24)),
    ("Dame unos días para revisarlo con calma y te contesto.", date(2026, 11, 13)),
    ("Dame hasta el lunes que viene para revisarlo con el equipo.", date(2026, 11, 16)),
    ("Necesito diez días para pensarlo con calma antes de firmar nada.", date(2026, 11, 20)),
    ("Mi dia tre settimane e le faccio sapere.", date(2026, 12, 1)),
    ("Lasciami qualche giorno in più, diciamo fino a venerdì 20, che devo fare l'inventario.", date(2026, 11, 20)),
    ("Dá-me uma semana, sim.", date(2026, 11, 17)),
    ("Preciso de um mês para avaliar a proposta com calma.", date(2026, 12, 10)),
    ("Geef me twee weken de tijd om het met het team te bespreken.", date(2026, 11, 24)),
    # time needed to look at it or talk it over
    ("Ich brauche ein paar Tage, um es mit meinem Geschäftspartner zu besprechen.", date(2026, 11, 13)),
    ("Ich brauch noch eine Woche Bedenkzeit.", date(2026, 11, 17)),
    ("Ich brauche drei Wochen, um die Sponsoring-Pakete mit der Geschäftsleitung anzuschauen.", date(2026, 12, 1)),
    ("Ci serve un mese per valutare l'offerta internamente.", date(2026, 12, 10)),
])
def test_time_given_or_needed_to_think_in_each_language(sentence, day):
    assert _day(sentence) == day


@pytest.mark.parametrize("sentence", [
    "Geben Sie mir in zwei Wochen Bescheid, ob es klappt.",  # a step after the length, not the length given
    "Geben Sie mir bitte zwei Wochen Vorlauf für die Lieferung.",  # notice for a delivery
    "Dame un mes de prueba y luego decidimos.",  # a trial month
    "Necesitamos dos semanas para la entrega.",  # a lead time, no thinking
    "Laissez-moi une semaine pour réfléchir ?",  # a question
    "Si vous me laissez une semaine, je vous réponds.",  # a condition
    "denme una semana...",  # trailing off: the next sentence may correct it ("bueno, mejor diez días")
    "Give me two weeks to think it over.",  # English: read by wish_quiet's own rules
    "Ich brauche drei Wochen Urlaub, um es zu besprechen.",  # a holiday, not time to think
    "Wir brauchen zwei Wochen Lieferzeit, um es zu prüfen.",  # a lead time
])
def test_no_certain_time_given_for_look_alikes(sentence):
    assert _day(sentence) is None


def test_the_possible_quiet_period_of_that_sentence_becomes_certain():
    sentence = "Laissez-moi une semaine pour réfléchir."
    maybe = Wish(QUIET, sentence, until=None, certain=False)
    got = given_time_certain([sentence], [maybe], LOCAL, ZONE)
    assert [(w.kind, w.certain) for w in got] == [(QUIET, True)]


@pytest.mark.parametrize("sentence, day", [
    ("Necesito una semana para mirarlo bien con mi contador.", date(2026, 11, 17)),  # time to see it through
    ("Il me faut dix jours pour voir ça avec mon associé.", date(2026, 11, 20)),
    ("Ho bisogno di una settimana per guardarlo con calma.", date(2026, 11, 17)),
])
def test_time_needed_to_look_at_it_is_given(sentence, day):
    assert _day(sentence) == day


@pytest.mark.parametrize("sentence", [
    "Necesito unos días de descanso para ver a mi familia.",  # rest, and a person seen
    "Necesito dos semanas para ver a todos los clientes.",  # people seen, no look at the offer
])
def test_time_needed_for_rest_or_to_see_people_is_not_given(sentence):
    assert _day(sentence) is None


def test_time_asked_in_the_mexican_subjunctive_with_chance_de():
    assert _day("Le pido que me dé chance de un mes para revisarla con mi socio.") == date(2026, 12, 10)
    assert _day("Le pido que me dé el número de la bodega.") is None  # no length given
