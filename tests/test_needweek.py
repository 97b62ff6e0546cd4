"""Tests for followup.drafting.needweek: a calendar week or a weekend the customer sets for the rep's work."""
from datetime import datetime, timedelta

from followup.drafting.items import Item
from followup.drafting.needby import needed_by, needed_slots
from followup.drafting.needweek import week_named, week_question
from followup.drafting.sentences import Source

AT = datetime(2031, 5, 5, 9)


def _slots(quote, language="en", sources=()):
    said = Item(kind="request", text="", quote=quote, source_kind="message", source_id=1, at=AT, direction="inbound")
    return [q for q, _ in needed_slots(needed_by([said], list(sources), {}, language), language)]


def test_a_week_number_for_the_work_is_asked_as_said():
    assert week_question("The delivery please in calendar week 23, not sooner", "en")[0] == \
        "can the delivery take place in calendar week 23"
    assert week_question("Commissioning: CW 24", "en")[0] == "can the commissioning take place in CW 24"


def test_a_weekend_or_a_week_of_a_day_is_asked_with_its_dates():
    assert week_question("The fitting has to be done over the weekend of 14-15 June while we are shut", "en")[0] == \
        "can the fitting take place over the weekend of 14-15 June"
    assert week_question("We'd like the assembly in the week of June 9", "en")[0] == \
        "can the assembly take place in the week of June 9"


def test_german_french_and_spanish_weeks_are_asked_in_their_language():
    assert week_question("Die Inbetriebnahme bitte erst in KW 23", "de")[0] == "klappt die Inbetriebnahme in KW 23"
    assert week_question("Der Aufbau muss am Wochenende 14./15. Juni stattfinden", "de")[0] == \
        "klappt der Aufbau am Wochenende 14./15. Juni"
    assert week_question("La livraison doit se faire la semaine 23", "fr")[0] == \
        "la livraison peut-elle avoir lieu la semaine 23"
    assert week_question("Nous voulons l'installation pendant le week-end des 14 et 15 juin", "fr")[0] == \
        "l'installation peut-elle avoir lieu pendant le week-end des 14 et 15 juin"
    assert week_question("El montaje tiene que ser en la semana 23", "es")[0] == \
        "¿se puede hacer el montaje en la semana 23"
    assert week_question("La entrega, el fin de semana del 14 y 15 de junio", "es")[0] == \
        "¿se puede hacer la entrega el fin de semana del 14 y 15 de junio"


def test_a_bound_a_past_week_or_an_agreement_is_no_week_set():
    assert week_question("Delivery before week 23 would be ideal", "en") is None
    assert week_question("The delivery arrived in week 19", "en") is None
    assert week_question("Delivery in week 23 is fine for us", "en") is None
    assert week_question("Die Lieferung ab KW 23", "de") is None
    assert week_question("Our stocktake is in week 23", "en") is None  # no work of the rep's named


def test_the_week_becomes_a_slot_with_its_reason():
    assert _slots("The install has to happen over the weekend of June 14-15 when the mill is stopped.") == [
        "[[answer: can the install take place over the weekend of June 14-15? (the mill is stopped)]]"]


def test_a_week_the_rep_named_or_the_customer_asks_about_is_not_asked_again():
    rep = Source(kind="message", id=2, at=AT - timedelta(days=2), direction="outbound",
                 text="Installation in week 23 works on our side.")
    assert _slots("Installation please in week 23.", sources=[rep]) == []
    unsure = Source(kind="note", id=3, at=AT - timedelta(days=2), direction="note", text="Week 23 install tbc.")
    assert _slots("Installation please in week 23.", sources=[unsure]) == [
        "[[answer: can the installation take place in week 23?]]"]
    assert week_named("can the installation take place in week 23", "can you do week 23?", [], {})


def test_a_delivery_split_over_two_weeks_is_not_asked_as_one():
    assert week_question("Livraison en deux fois : 8 t la semaine du 6 juin et 8 t la semaine du 20 juin", "fr") is None
    assert week_question("Lieferung in KW 23 und KW 25, je zur Hälfte", "de") is None


def test_a_german_week_keeps_its_article():
    assert week_question("Montage bitte in der Woche ab Montag, 9. Juni, da steht die Fertigung", "de")[0] == \
        "klappt die Montage in der Woche ab Montag, 9. Juni"


def test_a_week_named_in_the_reason_after_a_colon_leaves_the_week_asked():
    assert week_question("Delivery in week 23 please: in week 22 our yard is closed", "en")[0] == \
        "can the delivery take place in week 23"
