"""A note's agreed way of paying said as the rep's sentence (followup.drafting.paysplit)."""
import pytest

from followup.drafting.paysplit import payment_sentence, payment_words
from followup.drafting.saying import sentence


@pytest.mark.parametrize("clause, language, said", [
    ("payment 30/40/30 ok", "en", "Payment in three parts, 30/40/30, is fine."),
    ("Zahlung 50/50 passt", "de", "Die Zahlung in zwei Teilen, 50/50, passt."),
    ("paiement 30/70 ok", "fr", "Le paiement en deux fois, 30/70, nous convient."),
    ("pago 40/60 ok", "es", "El pago en dos partes, 40/60, está bien."),
])
def test_an_approved_split(clause, language, said):
    assert sentence(clause, language) == said


@pytest.mark.parametrize("clause, language, said", [
    ("Zahlung in 2 Raten (1.8. und 1.12.)", "de", "Die Zahlung erfolgt in zwei Raten, am 1.8. und 1.12."),
    ("Zahlung in 2 Raten", "de", "Die Zahlung erfolgt in zwei Raten."),
    ("paiement en 3 fois sans frais ok", "fr", "Le paiement se fait en trois fois sans frais."),
    ("pago en 3 cuotas", "es", "El pago se hace en tres cuotas."),
    ("payment in 2 instalments", "en", "Payment is in two instalments."),
])
def test_instalments(clause, language, said):
    assert sentence(clause, language) == said


@pytest.mark.parametrize("clause, language, said", [
    ("50% on order, 50% on installation", "en", "Payment is 50% on order and 50% on installation."),
    ("50% al inicio y 50% al terminar", "es", "El pago es 50% al inicio y 50% al terminar."),
    ("30 % à la commande, 70 % à la livraison", "fr", "Le paiement se fait à 30 % à la commande et 70 % à la livraison."),
    ("30 % bei Bestellung, 70 % nach Montage", "de", "Die Zahlung erfolgt zu 30 % bei Bestellung und 70 % nach Montage."),
])
def test_shares_by_stage(clause, language, said):
    assert sentence(clause, language) == said


@pytest.mark.parametrize("clause, language", [
    ("iain wants payment terms 30/60/10", "en"),  # asked, not agreed
    ("payment 30/40 ok", "en"),  # not the whole
    ("50% on order", "en"),  # one share is no plan
    ("Zahlung in 3 Raten (1.8. und 1.12.)", "de"),  # two days for three instalments
])
def test_not_an_agreed_plan(clause, language):
    assert payment_sentence(clause, language) == ""


def test_the_framing_words_are_listed():
    assert "three" in payment_words("en").split() and "erfolgt" in payment_words("de").split()
