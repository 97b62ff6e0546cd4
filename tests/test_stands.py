"""An older offer's terms still in force after a later price or count (followup/drafting/stands.py)."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Africa/Abidjan"
MON = datetime(2027, 8, 30, 9)
REP = RepProfile("Ibrahim Diallo", "ibrahim@solarsec.example", "Ibrahim Diallo\nSolarSec")


def draft(sources, now, name="Kouassi Yao"):
    state = build_state(sources, TZ, now, customer_name=name)
    return state, compose_state(state, customer_name=name, thread_subject="Séchoirs", rep=REP).body


DRYERS = [
    Source("message", 1, "Bonjour M. Yao,\n\nComme convenu : 40 séchoirs solaires à 385 000 FCFA l'unité, soit "
           "15 400 000 FCFA, livraison à San-Pédro avant la mi-octobre.\n\nCordialement,\nIbrahim",
           MON, "outbound"),
    Source("message", 2, "Bonjour M. Diallo,\n\nLe conseil a validé, mais pour 50 séchoirs. Quel est le prix ?\n\n"
           "Kouassi", MON.replace(day=31), "inbound"),
    Source("message", 3, "Bonjour M. Yao,\n\nPour 50 séchoirs, le prix passe à 370 000 FCFA l'unité, soit "
           "18 500 000 FCFA.\n\nCordialement,\nIbrahim", datetime(2027, 9, 1, 9), "outbound"),
]


def test_the_delivery_of_an_offer_replaced_by_a_new_count_and_price_still_stands():
    state, body = draft(DRYERS, datetime(2027, 9, 3, 9))
    assert [i.text for i in state.open("standing")] == ["livraison à San-Pédro avant la mi-octobre"]
    assert "18 500 000 FCFA" in body and "mi-octobre" in body
    assert "15 400 000" not in body and "40 séchoirs" not in body  # what the new figures replaced is not said


def test_a_term_the_customer_later_changes_does_not_stand():
    changed = DRYERS[:2] + [
        Source("message", 4, "Bonjour M. Diallo,\n\nEt sans livraison à San-Pédro, nous viendrons chercher les "
               "séchoirs.\n\nKouassi", MON.replace(day=31, hour=12), "inbound"), DRYERS[2]]
    state, body = draft(changed, datetime(2027, 9, 3, 9))
    assert not state.open("standing") and "San-Pédro" not in body


def test_a_term_the_newer_offer_says_again_is_not_said_twice():
    again = DRYERS[:2] + [Source("message", 3, "Bonjour M. Yao,\n\nPour 50 séchoirs, le prix passe à 370 000 FCFA "
                                 "l'unité, livraison à San-Pédro avant la mi-octobre.\n\nCordialement,\nIbrahim",
                                 datetime(2027, 9, 1, 9), "outbound")]
    state, _ = draft(again, datetime(2027, 9, 3, 9))
    assert not state.open("standing")
