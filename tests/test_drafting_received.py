"""The order or signed contract the customer's newest email attached is said back as received
(followup/drafting/received.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
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
