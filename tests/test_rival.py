"""A rival supplier's figure the customer cites leaves the rep's own term in force."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.profile import RepProfile
from followup.drafting.rival import rival_figure, rival_said
from followup.drafting.sentences import Source

TZ = "Europe/Berlin"
MON = datetime(2026, 11, 23, 9)
WED = datetime(2026, 11, 25, 9)
REP = RepProfile("Jo Brenner", "jo@kaltwerk.example", "Jo Brenner\nKaltwerk")


def test_a_rival_figure_is_read_in_each_language_from_the_customer_only():
    assert rival_said("Our competitor offer is 9% discount.", "inbound")
    assert rival_said("Der Mitbewerber gibt uns 9 % Rabatt.", "inbound")
    assert rival_said("La concurrence nous propose 9 % de remise.", "inbound")
    assert rival_said("La competencia nos da un 9 % de descuento.", "inbound")
    assert rival_said("Another supplier quoted 9% off.", "inbound")
    assert not rival_said("Matched the competitor: 9% discount.", "note")  # the rep's own new term
    assert not rival_said("Can you give 9% discount?", "inbound")
    assert rival_figure(Item(kind="term", quote="A competitor gives 9% off.", text="", source_kind="message",
                             source_id=2, at=WED, direction="inbound"))


def test_the_reps_discount_stays_in_force_beside_a_competitors_figure():
    sources = [Source("message", 1, "Hi Ola,\n\nFor the 3 cold rooms we give 7% discount on list price for a "
                                    "one-year contract. Delivery in 10 days, free from EUR 900 order value.\n\nJo",
                      MON, "outbound"),
               Source("message", 2, "Hi Jo,\n\nthanks, prices are fine. Our competitor offer is 9% discount. Can you "
                                    "come to 9% if we sign for 2 years?\n\nOla", MON.replace(day=24), "inbound")]
    state = build_state(sources, TZ, WED, customer_name="Ola Berg")
    body = compose_state(state, customer_name="Ola Berg", thread_subject="Cold rooms", rep=REP).body
    assert "7% discount" in body
    assert "[[answer:" in body and "9%" in body
