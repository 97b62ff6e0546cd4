"""A figure that is a threshold, not a price (followup/drafting/threshold.py)."""
from followup.drafting.wellformed import sentence


def test_a_threshold_is_said_as_the_condition_it_is_in_all_four_languages():
    assert sentence("franco à partir de 250 € HT", "fr") == "Franco à partir de 250 € HT."
    assert sentence("ab 500 € frei Haus", "de") == "Ab 500 € frei Haus."
    assert sentence("portes pagados a partir de 300 €", "es") == "Portes pagados a partir de 300 €."
    assert sentence("free shipping over $300", "en") == "Free shipping over $300."


def test_a_price_stays_a_price():
    assert sentence("carnets 5,40 € HT", "fr") == "Le prix pour carnets est de 5,40 € HT."
    # a thing's starting price keeps its bound with the figure, never in the thing's name
    assert sentence("Agenda 2029 ab 7,20 €", "de") == "Der Preis für Agenda 2029 beträgt ab 7,20 €."
    assert sentence("Model X2 from $450 each", "en") == "The price for Model X2 is from $450 each."
