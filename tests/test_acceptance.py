"""Tests of acceptance.py."""
import pytest

from followup.drafting.acceptance import _TERM, accepts


@pytest.mark.parametrize("text, yes", [
    ("Director agrees with the price. Tanks must arrive before 6 February, is it possible?", True),
    ("Nous validons les deux générateurs. Quelle est la durée de la garantie ?", True),
    ("Dale, vamos con la parrilla.", True),
    ("Budget ist freigegeben, wir bestellen die KT-40.", True),
    ("Dough is sent today by courier, as we agreed.", False),
    ("Please tell me which vehicle you want first, we will take the side curtains off before.", False),
    ("Our administration approved a budget of EUR 8,500 maximum.", False),
    ("Do you agree with the new date?", False),
])
def test_a_go_ahead_is_read_from_the_customer_text(text, yes):
    """An approval or acceptance in a sentence that asks nothing; a recalled agreement or another approval is none."""
    from followup.drafting.acceptance import accepts

    assert accepts(text) is yes


def test_going_with_an_option_accepts_it_and_going_with_it_if_does_not():
    assert accepts("Go with 1,500 sets of hooks and straps too.")
    assert accepts("OK, let's go with the 12-unit option.")
    assert not accepts("If we go with option B, what's the lead time")
    assert not accepts("We might go with someone else.")


def test_a_go_ahead_on_a_condition_is_no_acceptance():
    """'We would go ahead if you can do US$92,000' is a counter-offer: no 'Great to hear you're going ahead.'"""
    assert not accepts("We would go ahead if you can do US$92,000 and start the install in February.")
    assert not accepts("We'll go ahead if the board signs off.")
    assert accepts("We'll go ahead with the 12-unit option.")


def test_an_order_placed_in_words_of_its_own_is_an_acceptance_in_four_languages():
    """'Wir bestellen', 'Auftrag erteilt', 'c'est accepté', 'adelante con el pedido' accept like 'we agree'."""
    from followup.drafting.acceptance import accepts
    for text in ("We agree the price.", "Please proceed.", "Wir bestellen die KT-40.", "Der Auftrag ist erteilt.",
                 "Das Angebot ist angenommen.", "C'est accepté par le conseil.", "Nous validons le devis.",
                 "Adelante con el pedido.", "Confirmamos el pedido."):
        assert accepts(text), text
    for text in ("Bevor wir bestellen, möchte er die Liste sehen.", "I want to place the order before April.",
                 "Before we order, can you confirm the size?", "Le devis n'est pas encore accepté.",
                 "Das Budget ist noch nicht freigegeben.", "La propuesta no está aprobada todavía."):
        assert not accepts(text), text


def test_a_question_in_other_words_or_a_product_approved_for_a_use_accepts_nothing():
    """"We would like to know if the heaters are approved for listed buildings" asked a question; read as an order it
    closed the question it asks."""
    assert not accepts("We would like to know if the heaters are approved for listed buildings.")
    assert not accepts("Can you check whether the board approved it.")
    assert not accepts("Wir möchten wissen, ob das Angebot freigegeben ist.")
    assert not accepts("Nous voudrions savoir si le devis est validé.")
    assert not accepts("Queremos saber si la propuesta está aprobada.")
    assert not accepts("The units are approved for outdoor use.")
    assert accepts("The board approved the purchase.")


def test_a_board_that_gave_its_agreement_accepts_the_offer():
    assert accepts("Le conseil d'administration a donné son accord : nous prenons le bureau.")
    assert not accepts("Le conseil a-t-il donné son accord ?")


@pytest.mark.parametrize("line", ["Facturado 50% al inicio y 50% a la entrega.", "Invoiced 50% upfront, 50% on delivery.",
                                  "Zahlung 30 % bei Auftrag, Rest bei Abnahme.", "Facturé 50 % à la commande."])
def test_how_an_offer_is_invoiced_is_a_term_in_force(line):
    """A payment split is a term of the offer: recapped once the customer accepted and asks something new."""
    assert _TERM.search(line)


@pytest.mark.parametrize("text, yes", [
    ("gut, wir buchen 4 Wochen zu 6.900 € und lassen selbst drucken.", True),
    ("Wir buchen die 10 Flächen ab 17. Juli.", True),
    ("OK, we'll book the 4 weeks at $6,900.", True),
    ("Parfait, nous réservons la salle pour le 21 octobre.", True),
    ("Perfecto, reservamos la nave para el 21 de octubre.", True),
    ("Gibt es einen Rabatt, wenn wir 4 Wochen buchen?", False),
    ("We book our trips through an agency.", False),
])
def test_a_booking_in_so_many_words_accepts_the_offer(text, yes):
    assert accepts(text) is yes


@pytest.mark.parametrize("text, yes", [
    ("The PO number will be 4471 once it's approved.", False),
    ("Sobald die Bestellung freigegeben ist, schicken wir sie.", False),
    ("Le bon de commande partira une fois validé par la direction.", False),
    ("La orden sale cuando esté aprobada por gerencia.", False),
    ("We go with your revised quote of 3 May.", True),
    ("We go with PA12 because of the heat.", False),  # a material chosen, not the offer taken
    ("Hallo Frau Lenz, wir machen das.", True),
    ("Wir machen das nicht.", False),
])
def test_an_approval_still_to_come_is_none_and_going_with_the_quote_is_one(text, yes):
    assert accepts(text) is yes
