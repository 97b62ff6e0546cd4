"""The rep's offer in words, not figures (followup/drafting/features.py): said after the figures it goes with."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.features import feature
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Europe/Amsterdam"
MON = datetime(2026, 11, 30, 9)
WED = datetime(2026, 12, 2, 9)
REP = RepProfile("Sarah Whitmore", "sarah@rackguard.example", "Sarah Whitmore\nRackGuard")


def draft(sources, now=WED, name="Joost de Vries"):
    state = build_state(sources, TZ, now, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Racking inspection", rep=REP).body


OFFER = [
    Source("message", 1, "Hello Sarah,\n\nWe want two inspections a year now. What is the price?\n\nJoost", MON, "inbound"),
    Source("message", 2, "Hi Joost,\n\nFor two inspections a year we can do EUR 2,480 per inspection, so EUR 4,960 per "
           "year. Reports can be in English and Dutch, no extra charge. Happy to help with anything else.\n\n"
           "Kind regards,\nSarah", MON.replace(hour=15), "outbound"),
]


def test_what_the_offer_includes_in_words_is_said_after_its_figures():
    body = draft(OFFER)
    assert "EUR 2,480" in body and "English and Dutch, no extra charge" in body
    assert body.index("EUR 2,480") < body.index("Dutch")
    assert "Happy to help" not in body  # the rep's courtesy is no part of the offer


def test_a_feature_is_a_plain_statement_of_the_offer_in_any_language():
    assert feature("Lead time remains three weeks from order.")
    assert feature("Incluimos una pasarela de goma para los técnicos de las antenas.")
    assert feature("Schulung der Bediener (ein Tag): im Preis enthalten.")
    assert feature("Nos rapports sont conformes au format du canton de Vaud.")


def test_courtesy_promises_questions_figures_and_stale_days_are_no_feature():
    assert not feature("Thanks again for showing me round the warehouse.")
    assert not feature("Freundliche Grüße, Stefanie Huber")
    assert not feature("I'll send the rack protector quote next week.")
    assert not feature("Does that work for your insurer?")
    assert not feature("For 120 bikes we propose our TM-2 tracker at UGX 185,000 per unit.")  # the figure rules' part
    assert not feature("Te dejo muestras de lona en el local el jueves.")
    assert not feature("Je passe le voir demain pour le chiffrer.")
    assert not feature("Comme convenu au téléphone :")


def test_features_are_the_first_thing_left_out_when_the_draft_is_too_long():
    state = build_state(OFFER, TZ, WED, customer_name="Joost de Vries")
    short = compose_state(state, customer_name="Joost de Vries", thread_subject="Racking", rep=REP, max_words=40).body
    assert "EUR 2,480" in short and "Dutch" not in short


def test_a_condition_of_the_offer_in_words_is_said_and_a_parenthesis_naming_months_is_kept():
    sources = [OFFER[0], Source("message", 2, "Hi Joost,\n\nFor two inspections a year (March and September) we can "
                                "do EUR 2,480 per inspection. We'd need access to the racking before 7am.\n\nSarah",
                                MON.replace(hour=15), "outbound")]
    body = draft(sources)
    assert "(March and September)" in body
    assert "access to the racking before 7am" in body


def test_a_features_parenthesis_is_part_of_what_it_includes():
    sources = [OFFER[0], Source("message", 2, "Hi Joost,\n\nFor two inspections a year we can do EUR 2,480 per "
                                "inspection. The annual load test (uprights included) is part of the contract.\n\n"
                                "Sarah", MON.replace(hour=15), "outbound")]
    assert "(uprights included)" in draft(sources)


def test_a_standing_clause_loses_its_own_included_where_the_lead_says_it():
    """'My earlier offer still includes 500 GB hosting.', never '... includes 500 GB hosting included.'"""
    from followup.drafting.features import _INCLUDED_TAIL
    assert _INCLUDED_TAIL.sub("", "500 GB hosting included") == "500 GB hosting"
    assert _INCLUDED_TAIL.sub("", "Auf- und Abbau inklusive") == "Auf- und Abbau inklusive"


def test_a_standing_term_inside_the_lead_loses_its_line_capital_but_not_a_name():
    """'My earlier offer still includes delivery to Constantia', never '... includes Delivery to Constantia'."""
    from followup.drafting.features import _inside
    state = build_state([Source("message", 1, "Hi Sarah,\n\nCan our driver Pieter collect the racks on Friday?\n\n"
                                "Joost", MON, "inbound")], TZ, WED, customer_name="Joost de Vries")
    assert _inside("Delivery to Constantia in 10 working days", state) == "delivery to Constantia in 10 working days"
    assert _inside("Options for delivery", state) == "options for delivery"
    assert _inside("Pieter delivers on site", state) == "Pieter delivers on site"
    assert _inside("USB-C cables", state) == "USB-C cables"


def test_the_reps_own_doing_or_needs_at_the_time_are_no_feature():
    # what the rep was doing, regretted or needed when they wrote is no part of the offer to say again
    assert not feature("The wiring plans I'm going over with our site foreman.")
    assert not feature("You were right, and I should have told you about the crane fee.")
    assert not feature("Para las bombas necesito el número de serie de la placa.")
    assert not feature("Ich kläre die Lieferzeit für die Ersatzteile mit dem Werk.")
    assert not feature("Les escribo del área técnica sobre la conexión eléctrica.")
    # the offer said by the firm, or the rep offering something, still is
    assert feature("We can mount the panels on the north wall as well.")
    assert feature("I can include a second training session on site.")


def test_a_wish_for_the_customers_time_off_is_no_feature():
    """"Have a good half-term." belongs to the day its email went: never said again as part of the offer."""
    from followup.drafting.features import feature
    for wish in ("Have a good Easter break with the family.", "Enjoy the long weekend in the mountains.",
                 "Schöne Ferien und gute Erholung!", "Bonnes vacances à toute l'équipe.",
                 "Buen fin de semana para todo el equipo."):
        assert not feature(wish), wish
    assert feature("Delivery includes setting up every desk in the rooms.")
