"""A customer's sentence whose thing is only a pronoun for the sentence before is no point to note back."""
from __future__ import annotations

import pytest

from followup.drafting.backref import leans_back, refers_back


@pytest.mark.parametrize(("quote", "language"), [
    ("Las necesito para cargar el sistema.", "es"),
    ("Lo necesitamos para el sistema.", "es"),
    ("Je les veux pour la rentrée.", "fr"),
    ("Nous les utilisons en caisse.", "fr"),
    ("Wir brauchen sie für die Kasse.", "de"),
    ("I need them for the system.", "en"),
])
def test_pronoun_for_the_thing_before(quote, language):
    assert refers_back(quote, language)


@pytest.mark.parametrize(("quote", "language"), [
    ("Las necesito antes del viernes.", "es"),  # a day of its own: a deadline to keep
    ("Lo necesitamos para el 15.", "es"),
    ("La tienda abre a las 10.", "es"),  # an article and its noun
    ("La entrega es el lunes", "es"),
    ("Le prix me va.", "fr"),
    ("Wir brauchen die Muster.", "de"),
    ("I need them by Friday.", "en"),
    ("We need the samples for the system.", "en"),
])
def test_a_thing_or_a_day_of_its_own(quote, language):
    assert not refers_back(quote, language)


@pytest.mark.parametrize(("quote", "language", "leans"), [
    ("If we get the figures on those we'll go ahead.", "en", True),
    ("The works council will never agree to them.", "en", True),
    ("Nuestro jefe no lo va a firmar.", "es", True),
    ("La direction ne le signera jamais.", "fr", True),
    ("Ohne Schulung können wir es nicht einführen.", "de", True),
    ("We can talk about those details at the meeting.", "en", False),  # "those" before its noun
    ("No lo necesitamos antes del 20.", "es", False),  # a day of its own
    ("We run 30 vans now.", "en", False),
])
def test_a_sentence_that_leans_on_the_one_before(quote, language, leans):
    assert leans_back(quote, language) is leans
