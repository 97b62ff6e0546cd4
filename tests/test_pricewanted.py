"""Tests for followup.drafting.pricewanted."""
from followup.drafting.pricewanted import price_wanted


def test_a_request_for_a_price_names_the_thing_priced_in_each_language():
    assert price_wanted("And please send new price for the 8 meters.", "en") == "new price for the 8 meters"
    assert price_wanted("Please tell also the price for oil tank removal.", "en") == "the price for oil tank removal"
    assert price_wanted("Bitte nennen Sie uns den Preis für die drei Heizkörper.", "de") == \
        "den Preis für die drei Heizkörper"
    assert price_wanted("Merci de nous envoyer le nouveau prix pour 8 compteurs.", "fr") == \
        "le nouveau prix pour 8 compteurs"
    assert price_wanted("Envíenos el precio de la opción 2.", "es") == "el precio de la opción 2"


def test_a_request_for_a_document_is_no_price():
    assert price_wanted("Please send the contract.", "en") == ""
    assert price_wanted("Schicken Sie mir bitte die Unterlagen.", "de") == ""


def test_a_quote_to_send_is_a_document_not_a_price():
    assert price_wanted("Please send the revised quote in the band's name.", "en") == ""


def test_a_price_asked_for_on_someones_behalf():
    assert price_wanted("Our chairman asks a price for the second marquee.", "en") == "the price for the second marquee"
    assert price_wanted("We'd like a price for weekend cover", "en") == "the price for weekend cover"
    assert price_wanted("We need a cost centre on the invoice.", "en") == ""
    assert price_wanted("I need the price list by Friday.", "en") == ""
