"""A third party's wish reported, and the writer's side promising not to call, are not the writer's opt-out
(followup.text.wish_reported)."""
from datetime import datetime

import pytest

from followup.text.wish_reported import promised_not_to_contact, reported_opt_out, still_wanted
from followup.text.wishes import detect_wishes

MADRID = "Europe/Madrid"
FRI = datetime(2029, 12, 7, 8, 0)


def _opt_outs(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every opt-out read in text."""
    return [(w.kind, w.certain) for w in detect_wishes(text, FRI, MADRID) if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "die Stickerei Bösch hat mir gesagt, dass sie von Ihnen nichts mehr hören will und Sie dort nicht mehr anrufen "
    "sollen. Das ist deren Sache. Wir selber brauchen aber 300 Arbeitsjacken. Schicken Sie mir bitte ein Angebot.",
    "Acme told me they don't want to hear from you anymore. We need 300 jackets though, send me an offer.",
    "La boulangerie Martin m'a dit qu'ils ne veulent plus être appelés. Envoyez-moi un devis pour nous.",
    "Carpintería López me dijo que no quieren que los llamen más. Mándeme un presupuesto.",
])
def test_a_reported_wish_with_an_offer_asked_is_no_opt_out(text):
    assert _opt_outs(text) == []


@pytest.mark.parametrize("text", [
    "die Stickerei Bösch hat mir gesagt, dass sie von Ihnen nichts mehr hören will und Sie dort nicht mehr anrufen "
    "sollen.",
    "Acme told me they don't want to hear from you anymore.",
])
def test_a_reported_wish_alone_is_at_most_possible(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Unsere Mitarbeiter werden Sie nicht mehr kontaktieren.",
    "Our staff will not contact you again.",
    "Onze medewerkers zullen u niet meer benaderen.",
])
def test_the_writers_side_promising_not_to_contact_is_no_opt_out(text):
    assert _opt_outs(text) == []


@pytest.mark.parametrize("text", [
    "Wir werden Sie nicht mehr anrufen, bitte rufen Sie uns auch nicht mehr an.",
    "I told you that I don't want to hear from you anymore.",
    "Ich werde Sie bitten, mich nicht mehr anzurufen.",
    "Please don't call me anymore.",
    "Bitte rufen Sie mich nicht mehr an.",
])
def test_the_writers_own_opt_out_stays_certain(text):
    assert ("do_not_contact", True) in _opt_outs(text)


def test_helpers():
    assert reported_opt_out("Acme told me they don't want to hear from you.", "don't want to hear from you")
    assert not reported_opt_out("My boss told me we don't want to hear from you.", "don't want to hear from you")
    assert not reported_opt_out("I don't want to hear from you.", "don't want to hear from you")
    assert promised_not_to_contact("Wir werden Sie nicht mehr anrufen.", "nicht mehr anrufen")
    assert still_wanted("Schicken Sie mir bitte ein Angebot.") and not still_wanted("Danke.")
