"""Offers that count a thing the customer later counted anew (followup/drafting/recount.py)."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.recount import counts
from followup.drafting.sentences import Source

TZ = "Europe/Brussels"


def test_counts_are_things_not_time_or_money():
    assert counts("12 coffee machines for 36 months at 40 € per machine") == {"coffe": {"12"}}
    assert counts("Livraison de 6 palettes en 3 semaines") == {"palet": {"6"}}


def test_an_offer_for_a_count_the_customer_changed_is_not_restated():
    sources = [Source("message", 1, "Bonjour,\n\nPour vos bureaux : 6 distributeurs de café, 2 400 € HT par an.\n\nLéa",
                      datetime(2026, 11, 20, 9), "outbound"),
               Source("message", 2, "Bonjour Léa,\n\nFinalement il nous faut 7 distributeurs. Pouvez-vous adapter "
                      "l'offre ?\n\nPaul", datetime(2026, 11, 25, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Paul Martin")
    offer = next(i for i in state.items if i.source_id == 1)
    assert offer.status == "superseded" and offer.by == "message:2"


def test_a_question_about_another_count_or_a_split_of_the_same_count_changes_nothing():
    sources = [Source("message", 1, "Hi Tom,\n\nFor 10 crates the price is EUR 8.20 per bottle.\n\nAnna",
                      datetime(2026, 11, 20, 9), "outbound"),
               Source("message", 2, "Hi Anna,\n\nWe take the 10 crates: 6 crates to the shop and 4 to the bar. "
                      "Could we add 20 crates in spring?\n\nTom", datetime(2026, 11, 25, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Tom Baker")
    offer = next(i for i in state.items if i.source_id == 1)
    assert offer.status == "open"
