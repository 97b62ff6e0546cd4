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


def test_a_price_per_thing_stays_in_force_and_is_said_with_the_newest_count():
    sources = [Source("message", 1, "Bonjour,\n\nPour vos bureaux : 6 distributeurs raccordés, 35 € HT par distributeur "
                      "et par mois, contrat 24 mois.\n\nLéa", datetime(2026, 11, 20, 9), "outbound"),
               Source("note", 2, "Paul au téléphone : il veut 8 distributeurs au lieu de 6.", datetime(2026, 11, 23, 9),
                      "note"),
               Source("message", 3, "Bonjour Léa,\n\nFinalement ce sera 7 distributeurs et non 8.\n\nPaul",
                      datetime(2026, 11, 25, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Paul Martin")
    offer = next(i for i in state.items if i.source_id == 1)
    assert offer.status == "open"
    assert "7 distributeurs" in offer.quote and "35 €" in offer.quote and "24 mois" in offer.quote


def test_a_total_or_a_count_of_how_many_fewer_still_puts_the_offer_out_of_force():
    total = [Source("message", 1, "Hi Tom,\n\n10 crates at EUR 80 per crate, EUR 800 in all.\n\nAnna",
                    datetime(2026, 11, 20, 9), "outbound"),
             Source("message", 2, "Hi Anna,\n\nWe need 12 crates after all.\n\nTom", datetime(2026, 11, 25, 9), "inbound")]
    fewer = [Source("message", 1, "Hi Tom,\n\n10 crates at EUR 80 per crate.\n\nAnna", datetime(2026, 11, 20, 9),
                    "outbound"),
             Source("message", 2, "Hi Anna,\n\nTake 2 crates off, we need fewer.\n\nTom", datetime(2026, 11, 25, 9),
                    "inbound")]
    for sources in (total, fewer):
        state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Tom Baker")
        offer = next(i for i in state.items if i.source_id == 1)
        assert offer.status == "superseded", sources[1].text
