"""A customer's sentence whose thing is only a pronoun for the sentence before is no point to note back."""
from __future__ import annotations

import pytest

from followup.drafting.backref import refers_back


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
