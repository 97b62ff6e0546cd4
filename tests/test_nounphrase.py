"""A said-back point that only names a thing is told apart from one that says something of it, in en/de/fr/es."""
import pytest

from followup.drafting.nounphrase import thing_only


@pytest.mark.parametrize("text, language", [
    ("4 groups", "en"),
    ("die Unterlagen als PDF", "de"),
    ("die neuen Teile", "de"),
    ("l'historique des cumuls", "fr"),
    ("le contrat signé", "fr"),
    ("su opinión de cumplimiento del SAT y su registro REPSE", "es"),
    ("4 grupos", "es"),
    ("el contrato en borrador", "es"),
])
def test_a_thing_alone_is_told(text, language):
    assert thing_only(text, language)


@pytest.mark.parametrize("text, language", [
    ("your fiscal year starts July 1", "en"),
    ("your fleet insurance renew on 15 September", "en"),
    ("the engagement letter", "en"),
    ("the board meets on 4 June", "en"),
    ("your CFO will sign it", "en"),
    ("Sie nehmen 20.000 Stück", "de"),
    ("die Teile kommen am Montag", "de"),
    ("les textes arriveront le 6 juin", "fr"),
    ("la entrega llega el lunes", "es"),
    ("los grupos focales de Trujillo se caen", "es"),
    ("necesitan 4 grupos", "es"),
    ("¿el contrato en borrador?", "es"),
])
def test_a_point_that_says_something_or_may_is_no_thing(text, language):
    assert not thing_only(text, language)
