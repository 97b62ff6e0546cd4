"""Asides in brackets: dropped, but for the bracket after an amount that gives another amount or what it covers."""
from followup.drafting.words import unbracketed


def test_an_aside_is_dropped_but_an_amount_in_brackets_after_a_rate_is_kept():
    assert unbracketed("Anzahlung 30% (EUR 2.940) bei Bestellung") == "Anzahlung 30% (EUR 2.940) bei Bestellung"
    assert unbracketed("total $6,200 (pump + install)") == "total $6,200 (pump + install)"
    assert unbracketed("Pumpe PX-2 (wie besprochen) geliefert") == "Pumpe PX-2 geliefert"
    assert unbracketed("Modell PX-2 (3 Stufen) im Lager") == "Modell PX-2 im Lager"
