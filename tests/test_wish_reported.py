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


@pytest.mark.parametrize("text", [
    "De vorige eigenaar van de brouwerij heeft jullie blijkbaar gevraagd om niet meer te bellen. Ik heb de zaak "
    "overgenomen en wil wel graag een offerte voor een nieuwe vulmachine. Mag u mij bellen?",
    "The previous owner apparently asked you not to call any more. I took over the shop in November. Could you call me?",
    "Der Vorbesitzer hat Sie wohl gebeten, nicht mehr anzurufen. Ich habe den Laden übernommen. Können Sie mich anrufen?",
    "L'ancien propriétaire vous a apparemment demandé de ne plus appeler. J'ai repris l'affaire. Pouvez-vous m'appeler ?",
    "Il precedente titolare vi ha chiesto di non chiamare più. Ho rilevato il negozio. Può chiamarmi?",
    "O antigo dono pediu-vos para não ligarem mais. Eu fiquei com a loja. Pode ligar-me?",
])
def test_someone_elses_past_request_withdrawn_by_a_call_invited_is_no_opt_out(text):
    assert _opt_outs(text) == []


@pytest.mark.parametrize("text", [
    "De vorige eigenaar heeft jullie gevraagd om niet meer te bellen.",
    "Der Vorbesitzer hat Sie gebeten, nicht mehr anzurufen.",
])
def test_someone_elses_past_request_alone_is_only_asked(text):
    assert _opt_outs(text) == [("do_not_contact", False)]


@pytest.mark.parametrize("text", [
    "We have asked you several times to stop calling.",
    "Ik heb jullie gevraagd om niet meer te bellen.",
    "We hebben jullie al gevraagd om niet meer te bellen.",
    "Wir haben Sie gebeten, uns nicht mehr anzurufen.",
    "Nous vous avons déjà demandé de ne plus nous appeler.",
])
def test_the_writers_own_past_request_stays_certain(text):
    assert _opt_outs(text) == [("do_not_contact", True)]


def test_the_writers_own_present_request_is_no_report():
    """"le solicito" (I request) is no "le solicitó" (she requested): blind batch 64's Habeas Data opt-out stays certain."""
    sentence = ("En ejercicio de mis derechos de Habeas Data le solicito la supresión de mis datos personales de sus "
                "bases de datos y le pido que ni usted ni otros asesores vuelvan a comunicarse conmigo por ningún medio.")
    assert not reported_opt_out(sentence, "vuelvan a comunicarse conmigo")
    assert reported_opt_out("El antiguo dueño les pidió que no llamaran más.", "no llamaran más")
