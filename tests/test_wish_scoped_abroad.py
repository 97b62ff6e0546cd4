"""wish_scoped_abroad: one item's "not now" in another language beside an order that goes ahead."""
from datetime import datetime

import pytest

from followup.text.wish_scoped_abroad import scope_of_abroad
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)


@pytest.mark.parametrize("own, quote", [
    ("Die zweite Maschine passt im Moment leider nicht. Die 30 Paletten bestellen wir wie angeboten.",
     "Die zweite Maschine passt im Moment leider nicht."),
    ("Le deuxième four, pas pour le moment. Merci de livrer les 20 plaques comme prévu.",
     "Le deuxième four, pas pour le moment."),
    ("Per quest'anno il secondo forno non se ne fa niente. Procediamo invece con l'ordine delle teglie.",
     "Per quest'anno il secondo forno non se ne fa niente."),
])
def test_one_item_refused_beside_an_order_is_scoped(own, quote):
    assert scope_of_abroad(quote, own)


@pytest.mark.parametrize("own, quote", [
    # the deal as a whole: its project or budget
    ("Das Projekt passt im Moment leider nicht. Bitte schicken Sie uns die Rechnung.",
     "Das Projekt passt im Moment leider nicht."),
    ("Per quest'anno non se ne fa niente, il budget è tagliato. Spedite pure la fattura.",
     "Per quest'anno non se ne fa niente, il budget è tagliato."),
    # nothing else sent for
    ("La segunda máquina de momento no vamos a comprarla. Ya hablaremos.",
     "La segunda máquina de momento no vamos a comprarla."),
])
def test_the_whole_deal_or_nothing_going_on_is_not_scoped(own, quote):
    assert not scope_of_abroad(quote, own)


def test_a_scoped_not_now_abroad_pauses_nobody():
    text = "Hallo,\ndie zweite Maschine passt im Moment leider nicht. Die 30 Paletten bestellen wir aber wie angeboten.\nGruß"
    assert not [w for w in detect_wishes(text, SENT, "Europe/Berlin") if w.kind == "paused" and w.certain]
