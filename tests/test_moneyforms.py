"""Whether a figure is money in the forms it is written in, and a sum worth saying (followup/drafting/moneyforms.py)."""
import pytest

from followup.drafting.moneyforms import MONEY_RE, is_sum
from followup.drafting.wellformed import price_sentence


@pytest.mark.parametrize("text, money", [
    ("S/ 2,400", "S/ 2,400"),
    ("R$ 1.250,00", "R$ 1.250,00"),
    ("CHF 1'200.– pro Monat", "CHF 1'200.–"),  # a dash for no cents
    ("2.400,- € netto", "2.400,- €"),
    ("1.500,– € im Jahr", "1.500,– €"),
    ("rund 1,2 Mio. € Umsatz", "1,2 Mio. €"),  # the size word's dot, a currency after it
    ("USD 3.5k", "USD 3.5k"),
    ("£1.2m", "£1.2m"),
    ("Fr. 450 im Monat", "Fr. 450"),
    ("4 500 kr per month", "4 500 kr"),
    ("Deckung 1 Mio EUR", "1 Mio EUR"),
])
def test_money_in_local_forms_is_found_whole(text, money):
    assert MONEY_RE.search(text).group(0) == money


@pytest.mark.parametrize("text", ["am Fr. 12.5. um 9 Uhr", "Fr. 12.05.", "120 m2"])
def test_a_friday_or_a_measure_is_no_money(text):
    assert MONEY_RE.search(text) is None


def test_a_sizes_dot_at_a_sentence_end_is_the_full_stop():
    assert MONEY_RE.search("Das Budget liegt bei EUR 2 Mio.").group(0) == "EUR 2 Mio"


@pytest.mark.parametrize("money, sum_", [("ZAR 6.8m", True), ("USD 3.5k", True), ("1 Mio EUR", True),
                                         ("$5", False), ("£45", True)])
def test_a_short_figure_with_a_size_word_is_a_sum(money, sum_):
    assert is_sum(money) is sum_


@pytest.mark.parametrize("clause, language, said", [
    ("ballpark ZAR 6.8m", "en", "The price for the ballpark is ZAR 6.8m."),
    ("service USD 3.5k per year", "en", "The price for the service is USD 3.5k per year."),
    ("Wartung 2.400,- € pro Jahr", "de", "Der Preis für Wartung beträgt 2.400,- € pro Jahr."),
    ("Reinigung Fr. 450.– pro Monat", "de", "Der Preis für Reinigung beträgt Fr. 450.– pro Monat."),
])
def test_a_price_in_a_local_form_is_said_as_written(clause, language, said):
    assert price_sentence(clause, language) == said
