"""The writer refusing to contact the rep is at most a possible opt-out (followup/text/wish_declined.py)."""
from datetime import datetime

import pytest

from followup.text.wish_declined import declined_to_contact
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 3, 4, 9, 0)


def _opt_outs(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every opt-out read in text."""
    return [(w.kind, w.certain) for w in detect_wishes(text, SENT, "Europe/Berlin") if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "Ihre Hotline war dreimal besetzt, ich will Sie nicht mehr anrufen.",
    "Deshalb möchte ich Sie nicht mehr anrufen müssen.",
    "Uw lijn is altijd bezet, dus wil ik u niet meer bellen.",
    "Wij willen jullie niet meer bellen voor elke kleine vraag.",
    "Je ne veux plus vous appeler pour chaque commande.",
    "No quiero llamarle más por cada pedido.",
    "Non voglio più chiamarla per ogni ordine.",
    "Não quero mais ligar para você por cada pedido.",
    "I don't want to call you every week about the same order.",
])
def test_the_writer_refusing_to_call_the_rep_is_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Ich will Sie nicht mehr anrufen, und rufen Sie mich bitte auch nicht mehr an.",
    "Ich möchte Sie bitten, mich nicht mehr anzurufen.",
    "Ik wil u vragen mij niet meer te bellen.",
    "Ik wil niet meer gebeld worden.",
    "No quiero que me llamen más.",
    "Bitte rufen Sie mich nicht mehr an.",
])
def test_the_writers_own_refusal_of_the_reps_contact_stays_certain(text):
    assert ("do_not_contact", True) in _opt_outs(text)


def test_where_the_sentence_goes_on():
    sentence = "Ich will Sie nicht mehr anrufen, und rufen Sie mich auch nicht an."
    assert declined_to_contact(sentence, "nicht mehr anrufen") == sentence.index("und")
    assert declined_to_contact("Ich will Sie nicht mehr anrufen.", "nicht mehr anrufen") == 0
    assert declined_to_contact("Rufen Sie mich nicht mehr an.", "nicht mehr an") is None
