"""A note's discount with its rate and the day it runs until, said whole (followup/drafting/discount.py)."""
import pytest

from followup.drafting.discount import discount_sentence
from followup.drafting.saying import sentence


@pytest.mark.parametrize("clause, language, said", [
    ("Frühbucherrabatt 10 % bis Fr 14.7.", "de", "Der Frühbucherrabatt von 10 % gilt bis Fr 14.7."),
    ("Skonto 2 % bis 30.9.", "de", "Das Skonto von 2 % gilt bis 30.9."),
    ("early-bird discount 10% until 14 July", "en", "The early-bird discount of 10% applies until 14 July."),
    ("remise de réservation 5 % jusqu'au 14 juillet", "fr",
     "La remise de réservation de 5 % est valable jusqu'au 14 juillet."),
    ("descuento por pronto pago 3 % hasta el 15 de mayo", "es",
     "El descuento por pronto pago del 3 % es válido hasta el 15 de mayo."),
])
def test_a_discount_until_a_day_is_one_sentence(clause, language, said):
    assert discount_sentence(clause, language) == said
    assert sentence(clause, language) == said  # the recap's sentences say it so


@pytest.mark.parametrize("clause, language", [
    ("Rabatt 10 % ab 50 Stück", "de"),  # a threshold, not a day it runs until
    ("discount agreed", "en"),
    ("Frühbucherrabatt 10 % bis Fr 14.7.", "nl"),
])
def test_other_clauses_are_no_discount_sentence(clause, language):
    assert discount_sentence(clause, language) == ""
