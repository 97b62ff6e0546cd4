"""The order or signed contract the customer's newest email attached is said back as received
(followup/drafting/received.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.received import given_number
from followup.drafting.sentences import Source

REP = RepProfile("Ben Cole", "ben@aqua.example", "Ben Cole\nAqua Supply")


def draft(reply: str, offer: str = "Quote: 40 pairs of fins at 49 each, total 1,960, delivered free.\n\nBen"):
    sources = [Source("message", 1, "Hi,\n\n" + offer, datetime(2026, 12, 1, 9), "outbound"),
               Source("message", 2, reply, datetime(2026, 12, 10, 9), "inbound")]
    state = build_state(sources, "Pacific/Fiji", datetime(2026, 12, 14, 20), customer_name="Litia Naivalu")
    return compose_state(state, customer_name="Litia Naivalu", thread_subject="Fins", rep=REP).body


@pytest.mark.parametrize("reply, said", [
    ("Bula Ben,\n\nPO 2026-118 attached for the fins as discussed. Please confirm the delivery.\n\nLitia",
     "I've received PO 2026-118."),
    # a signed document opens the draft with thanks for it (received.signed_line)
    ("Hi Ben,\n\nAttached is our signed contract. When can you deliver?\n\nLitia", "Thank you for the signed contract."),
    # signedback.py: the signed document named without an attaching word
    ("Hi Ben,\n\nHere is the signed order form. When can you deliver?\n\nLitia",
     "Thank you for the signed order form."),
])
def test_an_attached_order_is_said_back_as_received(reply, said):
    assert said in draft(reply)


def test_a_spanish_order_is_said_back_in_spanish():
    body = draft("Hola Ben:\n\nAdjunto la orden de compra para las aletas. ¿Cuándo pueden hacer la entrega en el "
                 "hotel?\n\nSaludos,\nLitia", offer="Le envío la cotización: 40 pares de aletas a 49 cada una, total "
                                                "1.960, entrega gratuita.\n\nBen")
    assert "He recibido la orden de compra." in body


def test_an_order_only_talked_about_is_no_order_received():
    body = draft("Hi Ben,\n\nWe will send the PO next week once the budget is approved. Is delivery free?\n\nLitia")
    assert "received" not in body


@pytest.mark.parametrize("text, language, doc", [
    ("Hi Ben,\n\nWe accept the quote, our PO number is 2033-77.\n\nLitia", "en", "PO 2033-77"),
    ("Purchase order: FN-4410. Deliver to the dive shop.", "en", "PO FN-4410"),
    ("Wir nehmen das Angebot an. Unsere Bestellnummer lautet KB-2201.", "de", "die Bestellung KB-2201"),
    ("Bon pour accord, notre bon de commande n° 8812-A.", "fr", "le bon de commande 8812-A"),
    ("Aceptamos el presupuesto, la orden de compra es la OC 5520.", "es", "la orden de compra OC 5520"),
])
def test_a_po_number_given_inline_is_read(text, language, doc):
    assert given_number(text, language) == doc


@pytest.mark.parametrize("text, language", [
    ("The PO number will be 2033-77 once finance signs it.", "en"),
    ("Is PO 2033-77 on your invoice?", "en"),
    ("The PO is 2 days late.", "en"),
    ("Die Bestellnummer wird KB-2201 sein, sobald der Einkauf zustimmt.", "de"),
    ("Le bon de commande n° 8812-A suivra la semaine prochaine.", "fr"),
    ("La orden de compra será la OC 5520 cuando la firme el gerente.", "es"),
])
def test_a_po_number_only_announced_or_asked_is_not_given(text, language):
    assert given_number(text, language) == ""


def test_an_order_giving_its_po_number_inline_is_said_back_as_received():
    body = draft("Hi Ben,\n\nWe confirm the order for the fins. Our PO is FN-2033-12.\n\nLitia")
    assert "I've received PO FN-2033-12" in body
    assert "your PO is" not in body  # the number is said once, by the received line


def test_a_po_number_announced_for_later_thanks_for_no_order():
    body = draft("Hi Ben,\n\nFinance need the PO raised this month. The PO number will be FN-88 once it's approved."
                 "\n\nLitia")
    assert "received" not in body and "your order" not in body
