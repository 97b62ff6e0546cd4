"""Opt-outs said without a halt verb on "me": the writer's details erased from the rep's files and every way in refused
at once (followup.text.wish_optout_every), and their look-alikes."""
from datetime import datetime

import pytest

from followup.text.wishes import detect_wishes

PARIS = "Europe/Paris"
FRI = datetime(2030, 11, 29, 9, 0)


def _opt_outs(text: str) -> list[bool]:
    """Whether each opt-out read in text is certain."""
    return [w.certain for w in detect_wishes(text, FRI, PARIS) if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "Je vous saurais gré d'effacer mes coordonnées de votre fichier.",
    "Bitte löschen Sie meine Daten aus Ihrer Kartei.",
    "Ich bitte Sie, meine Daten aus Ihrer Kartei zu löschen.",
    "Borren mis datos de su fichero, por favor.",
    "Cancellate i miei dati dal vostro archivio.",
    "Apaguem os meus dados do vosso ficheiro.",
    "Verwijder mijn gegevens uit uw bestand.",
    "Please delete my details from your files.",
])
def test_details_erased_from_the_reps_file_are_an_opt_out(text):
    assert _opt_outs(text) == [True]


@pytest.mark.parametrize("text", [
    "Je préfère que votre société ne me contacte plus à l'avenir, ni par téléphone ni par courriel.",
    "Bitte kontaktieren Sie mich weder telefonisch noch per E-Mail.",
    "No me contacten ni por teléfono ni por correo.",
    "Non contattatemi né per telefono né per e-mail.",
    "Don't be ringing the bakery again and don't be emailing me either.",
    "Solicito que não voltem a ligar-me, nem por telefone nem por e-mail.",
])
def test_every_way_in_refused_is_an_opt_out_not_a_channel(text):
    got = detect_wishes(text, FRI, PARIS)
    assert [(w.kind, w.certain) for w in got] == [("do_not_contact", True)]


@pytest.mark.parametrize("text", [
    "Wir haben weder per Telefon noch per Mail eine Antwort bekommen.",  # no contact asked of the rep
    "Je ne suis pas joignable ni par téléphone ni par mail.",  # away, not refusing
    "Please don't call the office and don't email me either until January.",  # a wait
    "Don't call me or text me after 6pm.",  # a time of day
])
def test_ways_in_named_without_a_refusal_for_good_are_no_certain_opt_out(text):
    assert True not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Vi prego di cancellare i nostri contatti dalle vostre liste, grazie.",
    "Les pido que borren nuestros datos de sus listas.",
    "Merci de supprimer mon adresse de vos listes.",
    "Ich bitte Sie, meine Adresse aus Ihrem Verteiler zu streichen.",
    "Podem retirar os meus dados das vossas listas, por favor.",
    "Wilt u mijn adres uit uw lijst verwijderen?",
])
def test_the_writers_details_off_the_reps_own_lists_is_a_certain_opt_out(text):
    assert _opt_outs(text) == [True]


@pytest.mark.parametrize("text", [
    "Potete togliere il mio nominativo dalla vostra lista dei partecipanti al torneo?",
    "Borren mi número de su lista de invitados a la cena, no podré ir.",
])
def test_a_list_of_the_reps_kept_for_something_else_is_no_opt_out(text):
    assert True not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Please take Seaview Rest Home off your mailing list, we don't need any more of these.",
    "Kindly remove Northgate Medical Ltd from your distribution lists.",
    "Stop ringing the front desk and don't bother emailing me either.",
    "Quit phoning the shop and don't text us again.",
])
def test_the_writers_organisation_off_the_reps_lists_and_two_ways_in_refused_are_certain(text):
    assert _opt_outs(text) == [True]


@pytest.mark.parametrize("text", [
    "Please remove Mr Obi from the mailing list, he has left.",
    "Can you take Seaview Rest Home off the delivery route for March?",
    "Don't bother calling me, I'll ring you when the invoice is paid.",
])
def test_look_alikes_of_the_organisation_off_the_list_are_no_certain_opt_out(text):
    assert True not in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Bitte nehmen Sie die Apotheke am Markt aus Ihrem Verteiler.",
    "Merci de retirer la Pharmacie du Port de votre liste de diffusion.",
    "Por favor, quiten a Farmacia Central de su lista de correo.",
    "Togliete la Farmacia San Marco dalla vostra mailing list.",
    "Retirem a Farmácia Avenida da vossa lista de contactos.",
    "Haal Apotheek De Linde uit uw mailinglijst.",
])
def test_the_writers_organisation_off_the_reps_lists_abroad_is_certain(text):
    assert _opt_outs(text) == [True]


@pytest.mark.parametrize("text", [
    "Retirez la Pharmacie du Port de votre liste de participants au salon.",
    "Nehmen Sie bitte Herrn Keller aus Ihrem Verteiler.",
])
def test_an_event_list_or_a_person_abroad_is_no_certain_opt_out(text):
    assert True not in _opt_outs(text)
