"""Figures with their units, and a split's number of parts, as content two sentences share
(followup/drafting/measured.py)."""
from followup.drafting.measured import figures


def test_a_figure_and_its_unit_are_shared_however_spaced():
    assert figures("can the hull take a 60 hp outboard") & figures("the hull is rated up to 60hp")
    assert figures("Leistung 1,5 kW") == {"1.5kw"}
    assert not figures("can the hull take a 60 hp outboard") & figures("rated up to 50 hp")


def test_a_number_of_parts_is_shared_with_a_split_that_makes_up_the_whole():
    for asked in ("ask if payment can be in 3 parts", "zahlbar in drei Raten?", "payer en trois fois",
                  "¿podemos pagar en 3 cuotas?"):
        assert "parts:3" in figures(asked), asked
    assert "parts:3" in figures("Payment 30/40/30 ok")
    assert not figures("delivery on 12/03")  # a day, not a split
    assert not figures("EUR 500 for the lot")  # a word after a figure that is no unit
