"""An older offer's terms still in force after a later price or count (followup/drafting/stands.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source
from followup.drafting.stands import _changed

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


KIT = [
    Source("message", 1, "Hello Joost,\n\nFor 3 weeks: 6 desiccant units, 10 air movers and remote monitoring, "
           "EUR 5,880 delivered.\n\nLiam", MON, "outbound"),
    Source("message", 2, "Hello Liam,\n\nThe insurer approved only 2 weeks. Please adjust the offer.\n\nJoost",
           MON.replace(day=31), "inbound"),
    Source("message", 3, "Hello Joost,\n\nFor 2 weeks the same kit is EUR 4,150 delivered.\n\nLiam",
           datetime(2027, 9, 1, 9), "outbound"),
]


def test_a_newer_offer_for_the_same_kit_keeps_what_the_older_one_counted_and_not_what_it_changed():
    state, body = draft(KIT, datetime(2027, 9, 3, 9), name="Joost van Dijk")
    assert [i.text for i in state.open("standing")] == ["6 desiccant units", "10 air movers and remote monitoring"]
    assert "EUR 4,150" in body and "6 desiccant units" in body
    assert "3 weeks" not in body and "5,880" not in body


def test_another_figure_of_the_same_unit_for_another_thing_changes_nothing():
    hosting = [
        Source("message", 1, "Howard,\n\nFor 30 seats at $95 per seat per month, with 500 GB hosting included.\n\n"
               "Nina", MON, "outbound"),
        Source("message", 2, "Nina,\n\nWe only need 18 seats. Does the price change?\n\nHoward", MON.replace(day=31),
               "inbound"),
        Source("message", 3, "Howard,\n\nAt 18 seats the price is $105 per seat per month. Migration of one matter up "
               "to 300 GB is included at no charge.\n\nNina", datetime(2027, 9, 1, 9), "outbound"),
    ]
    state, body = draft(hosting, datetime(2027, 9, 3, 9), name="Howard Feld")
    assert [i.text for i in state.open("standing")] == ["with 500 GB hosting included"]
    assert "$105" in body and "500 GB hosting" in body and "$95" not in body


def test_a_standing_clause_is_said_with_a_verb_without_its_own_lead_word():
    """'My earlier offer still includes a 3-year warranty.', not '..., with a 3-year warranty.' (a reader took it for a cut
    sentence)."""
    sources = [Source("message", 1, "Hi Marko,\n\nFor your 3 kilns: KC-4 controller EUR 3,280 each, with a 3-year "
                      "warranty.\n\nBest,\nAna", MON, "outbound"),
               Source("message", 2, "Hi Ana,\n\nWe have 4 kilns after all. Same price?\n\nMarko", MON.replace(day=31),
                      "inbound"),
               Source("message", 3, "Hi Marko,\n\nFor 4 kilns the KC-4 is EUR 3,100 each.\n\nBest,\nAna",
                      datetime(2027, 9, 1, 9), "outbound")]
    state, body = draft(sources, datetime(2027, 9, 3, 9), name="Marko Novak")
    assert [i.text for i in state.open("standing")] == ["with a 3-year warranty"]
    assert "My earlier offer still includes a 3-year warranty." in body


def test_a_delivery_place_that_a_later_leg_starts_from_does_not_stand():
    """"livraison à San-Pédro" once the rep prices "le transport de San-Pédro à Soubré": San-Pédro is a stop now."""
    onward = DRYERS + [Source("message", 4, "Bonjour M. Yao,\n\nLe transport par camion de San-Pédro à Soubré "
                              "coûte 250 000 FCFA de plus.\n\nCordialement,\nIbrahim", datetime(2027, 9, 2, 9),
                              "outbound")]
    state, _ = draft(onward, datetime(2027, 9, 3, 9))
    assert not [i for i in state.items if i.kind == "standing" and "San-Pédro" in i.text]
    state, _ = draft(DRYERS, datetime(2027, 9, 3, 9))
    assert [i for i in state.items if i.kind == "standing" and "San-Pédro" in i.text]


def test_a_grant_the_older_offer_qualified_for_still_stands():
    heaters = [
        Source("message", 1, "Bonjour M. Yao,\n\n5 chauffe-eau solaires de 200 L, 15 750 € TTC pose comprise, "
               "éligibles à la prime EDF.\n\nCordialement,\nIbrahim", MON, "outbound"),
        Source("message", 2, "Bonjour,\n\nNous voulons 300 L pour les 2 grands gîtes. Quel est le nouveau prix ?\n\n"
               "Kouassi", MON.replace(day=31), "inbound"),
    ]
    state, body = draft(heaters, datetime(2027, 9, 1, 9))
    assert [i.text for i in state.open("standing")] == ["éligibles à la prime EDF"]
    assert "15 750" not in body


@pytest.mark.parametrize("clause, later", [
    ("in our Tai Seng training rooms", "Could you run it on-site at our Tuas warehouse instead?"),
    ("in unseren Schulungsräumen", "Ginge das auch bei uns vor Ort im Werk?"),
    ("dans nos locaux de Lyon", "Pourriez-vous plutôt venir chez nous, à Villeurbanne ?"),
    ("en nuestras oficinas de Madrid", "¿Se puede hacer en nuestra sede de Alcobendas?"),
])
def test_where_the_offer_took_place_is_changed_by_a_later_move_to_the_customers_site(clause, later):
    assert _changed(clause, [later])


def test_where_the_offer_took_place_stands_when_nothing_later_moves_it():
    assert not _changed("in our Tai Seng training rooms", ["Cohort 1 from Tuesday 5 October is fine."])


def test_nothing_stands_of_an_offer_a_later_note_replaced_by_an_alternative():
    sources = [
        Source("message", 1, "Bonjour M. Yao,\n\n40 séchoirs SD-2 à 385 000 FCFA l'unité, maintenance incluse. "
               "Livraison en 10 semaines.\n\nCordialement,\nIbrahim", MON, "outbound"),
        Source("note", 2, "Appel M. Yao. 10 semaines trop long. Alternative : 40 séchoirs SD-3 en stock, 410 000 FCFA "
               "l'unité. Il prend les SD-3.", MON.replace(day=31), "note"),
    ]
    state, body = draft(sources, datetime(2027, 9, 3, 9))
    assert not state.open("standing") and "maintenance incluse" not in body


@pytest.mark.parametrize("clause", ["lead time is 3-4 weeks from PO", "die Lieferzeit beträgt 4 Wochen",
                                    "le délai est de 3 semaines", "el plazo de entrega son 3 semanas"])
def test_a_clause_with_its_own_verb_is_no_term_to_say_after_still_includes(clause):
    from followup.drafting.stands import _NOT_A_TERM
    assert _NOT_A_TERM.search(clause)
    assert not _NOT_A_TERM.search("delivery to the plant in 4 weeks")


def test_what_the_older_offer_left_out_is_never_said_as_still_included():
    left_out = [Source("message", 1, "Bonjour M. Yao,\n\nComme convenu : 40 séchoirs solaires à 385 000 FCFA "
                       "l'unité, soit 15 400 000 FCFA, hors installation sur site.\n\nCordialement,\nIbrahim",
                       MON, "outbound"), *DRYERS[1:]]
    state, body = draft(left_out, datetime(2027, 9, 3, 9))
    assert not [i for i in state.open("standing") if "installation" in i.text]
    assert "hors installation" not in body
