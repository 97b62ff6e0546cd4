"""What an order or signature leaves behind: the offer's validity and a priced part turned down
(followup/drafting/declined.py)."""
from datetime import datetime

import pytest

from followup.drafting.declined import declined_over, declined_parts, left_out_parts, validity_over
from followup.drafting.items import Item

OFFER, ORDER = datetime(2030, 3, 1), datetime(2030, 3, 10)


def _line(quote: str, at=OFFER, direction="outbound") -> Item:
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=1, at=at, direction=direction)


@pytest.mark.parametrize("quote", [
    "This quote is valid until 31 March.", "Prices good through the end of the month.",
    "Unser Angebot ist gültig bis 20. April.", "L'offre reste valable jusqu'au 15 mai.",
    "La cotización es válida hasta el viernes 4 de abril.",
])
def test_validity_is_over_once_signed_or_ordered(quote):
    for last in ({"signed": "the signed contract", "source": "message:2"}, {"ordered": True, "source": "message:2"}):
        assert validity_over([_line(quote)], last, ORDER)[0].status == "superseded"


def test_validity_stays_before_the_order_is_placed():
    line = _line("This quote is valid until 31 March.")
    assert validity_over([line], {"accepted": True, "source": "message:2"}, ORDER)[0].status == "open"  # a yes only
    assert validity_over([_line("Prices hold for anything ordered before May.")], {"ordered": True}, ORDER)[0] \
        .status == "open"  # the terms of further orders
    assert validity_over([_line("EUR 4,200 net, valid until 31 March.")], {"ordered": True}, ORDER)[0] \
        .status == "open"  # the price in force is in it


@pytest.mark.parametrize("text, part", [
    ("We'll take the standard plan, no installation.", {"instal"}),
    ("Wir nehmen Variante B, Kauf, kein Mietservice.", None),
    ("Training not, we do that ourselves.", {"train"}),
    ("Nous prenons la formule B, sans la formation.", None),
    ("Vamos con el plan anual, sin mantenimiento.", None),
])
def test_a_part_turned_down_is_read(text, part):
    found = declined_parts(text)
    assert len(found) == 1 and (part is None or found[0][0] == part)


@pytest.mark.parametrize("text", [
    "No problem, go ahead.", "Kein Problem, wir bestellen.", "Prices without VAT are fine.", "Not now, thanks.",
    "No rush on the delivery.", "Can we do it without the crane?", "Sin prisa, gracias.",
])
def test_no_part_is_turned_down(text):
    assert declined_parts(text) == []


def test_the_priced_line_of_the_part_turned_down_goes():
    rental = _line("Optional rental with laundry: EUR 4.60 per week and person.")
    kit = _line("Winter kit for each person: EUR 142.")
    said = declined_over([rental, kit], "We take the winter kit for 26 people, purchase, no rental.",
                         "We take the winter kit for 26 people, purchase, no rental.", {"accepted": True}, ORDER)
    assert [i.status for i in said] == ["superseded", "open"]


def test_a_line_naming_what_is_ordered_stays():
    parka = _line("Parka with hood: USD 86.")
    said = declined_over([parka], "We order the parka, no hood.", "We order the parka, no hood.", {"ordered": True}, ORDER)
    assert said[0].status == "open"


@pytest.mark.parametrize("text, part", [
    ("We'd like the mixer without the heating jacket, our product doesn't need it.", {"heat", "jacket"}),
    ("We'll leave out the spare pump and order the rest.", {"spare", "pump"}),
    ("Den Wartungsvertrag lassen wir vorerst weg.", {"wartun"}),
    ("Wir bestellen die Anlage, ohne den Zuführtrichter.", {"zuführ"}),
    ("Nous prenons le modèle C, sans la hotte aspirante.", {"hotte", "aspira"}),
    ("Queremos la línea completa, sin el etiquetador.", {"etique"}),
    ("Dejamos fuera la capacitación.", {"capaci"}),
])
def test_a_part_left_out_of_what_they_go_ahead_with_is_read(text, part):
    found = left_out_parts(text)
    assert len(found) == 1 and found[0][0] == part


@pytest.mark.parametrize("text", [
    "Without the drawings our fitter cannot start.",  # no go-ahead: a need, not a part dropped
    "Can you quote the mixer without the jacket?",  # a question asks a new price
    "We order it, without VAT.", "Wir bestellen, ohne Aufpreis bitte.", "Nous validons sans problème.",
])
def test_nothing_is_left_out(text):
    assert left_out_parts(text) == []
