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


def test_a_discount_with_the_bound_of_a_higher_rate_is_said_as_the_reps_term_in_all_four_languages():
    assert sentence("Descuento librero 35 %, 40 % a partir de 50 ejemplares", "es") == \
        "El descuento librero es del 35 %, 40 % a partir de 50 ejemplares."
    assert sentence("remise 5 % à partir de 100 pièces", "fr") == "La remise est de 5 % à partir de 100 pièces."
    assert sentence("Händlerrabatt 10 %, 15 % ab 200 Stück", "de") == "Der Händlerrabatt beträgt 10 %, 15 % ab 200 Stück."
    assert sentence("trade discount 30%, 35% from 100 copies", "en") == "The trade discount is 30%, 35% from 100 copies."
