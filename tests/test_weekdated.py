"""A note's dated clause in a week or after an event verb, said as the rep's sentence in en/de/fr/es."""
from __future__ import annotations

import pytest

from followup.drafting.saying import sentences
from followup.drafting.weekdated import dated_sentence, event_sentence, week_sentence


@pytest.mark.parametrize(("clause", "language", "said"), [
    ("Livraison possible semaine du 11 septembre.", "fr", "La livraison est possible la semaine du 11 septembre."),
    ("Livraison semaine du 25 sept.", "fr", "La livraison est prévue la semaine du 25 sept."),
    ("Lieferung KW 38", "de", "Die Lieferung ist für KW 38 geplant."),
    ("Lieferung möglich in KW 38", "de", "Die Lieferung ist in KW 38 möglich."),
    ("Lieferung in der Woche vom 25.9.", "de", "Die Lieferung ist für die Woche vom 25.9. geplant."),
    ("Delivery week of 25 Sept", "en", "The delivery is planned for the week of 25 Sept."),
    ("delivery possible w/c 11 Sept", "en", "The delivery is possible in the week of 11 Sept."),
    ("Installation planned week 38", "en", "The installation is planned for week 38."),
    ("Entrega semana del 25 de septiembre", "es", "La entrega está prevista para la semana del 25 de septiembre."),
    ("entrega posible la semana del 11 de septiembre", "es", "La entrega es posible la semana del 11 de septiembre."),
])
def test_week_sentence(clause, language, said):
    assert week_sentence(clause, language) == said


@pytest.mark.parametrize(("clause", "language", "said"), [
    ("yes, hall opens for builders 22 Sept.", "en", "The hall opens for builders on 22 Sept."),
    ("Messe öffnet für Aussteller am 22.9.", "de", "Die Messe öffnet für Aussteller am 22.9."),
    ("le salon ouvre aux exposants le 22 septembre", "fr", "Le salon ouvre aux exposants le 22 septembre."),
    ("la feria abre el 22 de septiembre", "es", "La feria abre el 22 de septiembre."),
])
def test_event_sentence(clause, language, said):
    assert event_sentence(clause, language) == said


@pytest.mark.parametrize(("clause", "language"), [
    ("Joris asked if we can build earlier", "en"),  # no day
    ("he said delivery week of 5 Oct", "en"),  # the note's report, not the event
    ("Rückruf KW 38 wegen Preis", "de"),  # more than the event and its week
    ("Muster semaine du 11 septembre", "fr"),  # a noun without a known article
])
def test_not_a_dated_clause(clause, language):
    assert dated_sentence(clause, language) == ""


def test_note_terms_keep_their_week():
    said = [s for s, _ in sentences(["Livraison semaine du 25 sept."], "fr", "", 3)]
    assert said == ["La livraison est prévue la semaine du 25 sept."]
