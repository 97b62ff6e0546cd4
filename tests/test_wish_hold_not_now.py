"""A decision not to go ahead in the six other languages (followup/text/wish_hold_not_now.py)."""
import pytest

from followup.text.wish_hold import held_for_now_abroad
from followup.text.wish_hold_not_now import not_going_ahead


@pytest.mark.parametrize("sentence", [
    "Per il momento non procediamo, grazie.",
    "Por ahora no vamos a seguir adelante.",
    "Decidimos no avanzar por ahora; quizá el año que viene lo retomemos.",
    "Nous ne donnerons pas suite pour le moment.",
    "Nous avons décidé de ne rien engager pour le moment.",
    "Decidimos não avançar com nada por agora.",
    "Por enquanto não vamos seguir com a compra.",
    "Wir haben uns entschieden, das Projekt vorerst nicht weiterzuverfolgen.",
    "We hebben besloten dit voorlopig niet door te zetten.",
    "We hebben besloten er voorlopig niets mee te doen.",
])
def test_not_going_ahead_for_now_is_a_certain_pause_abroad(sentence):
    assert not_going_ahead(sentence)
    assert held_for_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "Per ora non procediamo con il pagamento finché non arriva la fattura.",  # a payment held, not the buying
    "De momento no avanzamos con el envío hasta recibir su confirmación.",  # a delivery
    "Si por ahora no avanzamos, te aviso.",  # a condition
    "Per il momento non procediamo?",  # a question
])
def test_a_payment_delivery_condition_or_question_is_no_pause(sentence):
    assert not not_going_ahead(sentence)


def test_not_going_ahead_without_for_now_is_no_certain_pause():
    assert not held_for_now_abroad("Nous ne donnerons pas suite.")  # no "for now": it may be for good
