"""The rep's minimum order once an order or a choice above it is on record (followup/drafting/minimum.py)."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.minimum import minimum_met
from followup.drafting.sentences import Source


def term(text: str, quote: str) -> Item:
    return Item("term", text, quote, "message", 1, datetime(2028, 8, 28, 8), "outbound")


def later(text: str, direction: str = "inbound", kind: str = "message") -> tuple[Source, dict]:
    src = Source(kind=kind, id=2, at=datetime(2028, 9, 4, 18), direction=direction, text=text)
    return src, {(kind, 2): text}


def test_a_minimum_count_met_by_the_order_is_not_said_again():
    src, cleaned = later("ya tengo el pedido:\n- 10 bicis de 16\"\n- 14 bicis de 20\"")
    out = minimum_met([term("pedido mínimo 12 unidades", "Pedido mínimo 12 unidades.")], [src], cleaned)
    assert out[0].status == "kept"
    src, cleaned = later("Wir bestellen 8 Kartons.")
    out = minimum_met([term("Mindestbestellmenge 12 Kartons", "Mindestbestellmenge 12 Kartons.")], [src], cleaned)
    assert out[0].status == "open"  # 8 is below the minimum: still a condition to meet


def test_a_minimum_amount_met_by_a_choice_is_cut_and_the_other_terms_stay():
    src, cleaned = later("Choisit 4 modèles bottines + 2 mocassins, env. 2 800 € HT.", "note", "note")
    item = term("minimum de commande 1 500 € HT, paiement à 60 jours",
                "Minimum de commande 1 500 € HT, paiement à 60 jours.")
    out = minimum_met([item], [src], cleaned)
    assert (out[0].status, out[0].text, out[0].quote) == ("open", "paiement à 60 jours", "paiement à 60 jours.")
    src, cleaned = later("We'd like to order 40 units at $9.50, so $380.")
    out = minimum_met([term("minimum order $500", "Minimum order $500.")], [src], cleaned)
    assert out[0].status == "open"  # $380 is below it
