"""Tests of spelledout.py."""
import pytest

from followup.drafting.spelledout import spelled


@pytest.mark.parametrize("text, language, written", [
    ("£43,900 + VAT incl. delivery, approx. 3 weeks w/ our crew", "en",
     "£43,900 plus VAT including delivery, about 3 weeks with our crew"),
    ("stands + a wool press, $385/bldg on a 36-mo term", "en",
     "stands and a wool press, $385 per building on a 36-month term"),
    ("18.900 € netto inkl. Montage, ca. 5 Wochen", "de", "18.900 € netto inklusive Montage, etwa 5 Wochen"),
    ("Q 14.600 aprox. p/ 2 bodegas", "es", "Q 14.600 aproximadamente para 2 bodegas"),
])
def test_note_shorthand_is_written_out_and_a_currency_letter_is_left_alone(text, language, written):
    assert spelled(text, language) == written


def test_a_plus_before_a_product_code_joins_things_not_a_price():
    # "FFP2" is a product code, not a currency before an amount: the note's "+" between two things is "and"
    assert spelled("hearing protection + FFP2 dust masks", "en") == "hearing protection and FFP2 dust masks"
    assert spelled("Schutzbrille + FFP3-Masken", "de") == "Schutzbrille und FFP3-Masken"
    assert spelled("EUR 500 + EUR 200", "en") == "EUR 500 plus EUR 200"
    assert spelled("licence + EUR1200 setup", "en") == "licence plus EUR1200 setup"
