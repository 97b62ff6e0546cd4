"""Letters on someone's behalf in French, Spanish, Italian, Portuguese and Dutch (followup/text/wish_behalf_abroad.py)."""
from datetime import datetime

import pytest

from followup.text.wish_behalf import behalf_opt_out, written_for_someone
from followup.text.wish_behalf_abroad import as_the_writer_abroad, behalf_languages
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous intervenons au nom de notre cliente, Mme Brun."),
    ("fr", "Le service juridique vous informe que Mme Nathalie Brun s'oppose à toute prospection."),
    ("fr", "Mme Brun m'a demandé de vous informer de sa décision."),
    ("es", "Le escribimos en nombre de nuestra representada, la Sra. Gómez."),
    ("es", "La Sra. Gómez me ha pedido que le comunique lo siguiente."),
    ("it", "Le scriviamo per conto della nostra assistita, la dott.ssa Neri."),
    ("it", "La dottoressa Neri mi ha chiesto di comunicarLe quanto segue."),
    ("pt", "Escrevemos em nome da nossa constituinte, a Sra. Costa."),
    ("pt", "A Dra. Costa pediu-me para lhe comunicar o seguinte."),
    ("nl", "Namens mijn leidinggevende, mevrouw Bakker: zij heeft uw voorstel gelezen."),
    ("nl", "Mevrouw Bakker heeft mij gevraagd u te laten weten dat zij geen interesse heeft."),
])
def test_a_letter_for_a_person_is_seen_in_its_language(lang, text):
    assert lang in behalf_languages(text) and written_for_someone(text)


@pytest.mark.parametrize("text", [
    "Au nom de toute l'équipe, merci pour votre accueil.",  # no one written for
    "En nombre de todo el equipo, gracias por la visita.",
    "Namens het hele team: bedankt voor de demo.",
    "Per contattarci usi il numero del centralino.",
])
def test_thanks_from_a_team_is_no_letter_on_behalf(text):
    assert not behalf_languages(text)


@pytest.mark.parametrize("lang, sentence, mine", [
    ("fr", "Notre cliente ne souhaite plus être contactée.", "je ne souhaite plus être contactée."),
    ("fr", "Mme Nathalie Brun, acheteuse, s'oppose à toute prospection.", "je m'oppose à toute prospection."),
    ("fr", "Cessez toute démarche auprès d'elle et supprimez ses données.",
     "Cessez toute démarche auprès de moi et supprimez mes données."),
    ("es", "Nuestra representada no desea ser contactada.", "no deseo ser contactada."),
    ("es", "Les pedimos que no la contacten más.", "Les pedimos que no me contacten más."),
    ("it", "La nostra assistita non desidera essere contattata.", "non desidero essere contattata."),
    ("it", "Vi chiediamo di non contattarla più.", "Vi chiediamo di non contattarmi più."),
    ("pt", "A nossa constituinte não deseja ser contactada.", "não desejo ser contactada."),
    ("pt", "Pedimos que não a contactem mais.", "Pedimos que não me contactem mais."),
    ("nl", "Onze cliënt wenst niet langer benaderd te worden.", "ik wens niet langer benaderd te worden."),
    ("nl", "dat zij niet langer benaderd wil worden.", "dat ik niet langer benaderd wil worden."),
    ("nl", "Verwijder haar gegevens.", "Verwijder mijn gegevens."),
])
def test_the_person_is_read_as_the_writer(lang, sentence, mine):
    assert as_the_writer_abroad(sentence, [lang]) == mine


def test_only_the_letters_language_is_read_so():
    # a Portuguese clitic rule must not read the English article ("a contact")
    assert as_the_writer_abroad("We need a contact at your office.", ["fr"]) == "We need a contact at your office."


@pytest.mark.parametrize("frame, sentence", [
    ("Au nom de notre cliente, Mme Brun:", "Nous vous demandons de ne plus la contacter."),
    ("Au nom de notre cliente, Mme Brun:", "Notre cliente ne souhaite plus être contactée par votre société."),
    ("En nombre de nuestra representada:", "Nuestra representada no desea recibir más correos de su empresa."),
    ("Per conto della nostra assistita:", "Vi chiediamo di non contattarla più."),
    ("Em nome da nossa constituinte:", "A nossa constituinte não deseja ser contactada novamente."),
    ("Namens onze cliënt:", "Onze cliënt wil niet meer benaderd worden."),
])
def test_the_persons_refusal_is_certain(frame, sentence):
    text = f"{frame}\n{sentence}"
    wish = behalf_opt_out(sentence, len(frame) + 1, text)
    assert wish is not None and wish.certain and wish.quote == sentence


@pytest.mark.parametrize("frame, sentence", [
    ("Au nom de notre cliente:", "Notre cliente ne souhaite plus être contactée jusqu'en janvier."),  # a wait
    ("En nombre de nuestra representada:", "Nuestra representada no desea recibir más correos hasta marzo."),
    ("Au nom de notre cliente:", "Notre cliente souhaite que vous cessiez de contacter ses clients."),  # her customers
])
def test_a_wait_or_someone_elses_contacts_is_no_certain_refusal(frame, sentence):
    text = f"{frame}\n{sentence}"
    assert behalf_opt_out(sentence, len(frame) + 1, text) is None


def test_a_french_legal_letter_is_a_certain_opt_out():
    text = ("Madame, Monsieur,\nLe service juridique du groupe vous informe que Mme Nathalie Brun, acheteuse "
            "maquillage, s'oppose à toute prospection commerciale de votre part. Nous vous demandons de cesser toute "
            "démarche auprès d'elle, quel que soit le canal, et de supprimer ses données.\nCordialement")
    wishes = detect_wishes(text, SENT, "Europe/Paris")
    assert [(w.kind, w.certain) for w in wishes] == [("do_not_contact", True)]


# whom the letter is for, and the message passed on, in the other languages ("de la part de", "a nome di", "en nombre
# del Sr.", "namens" + a name; "m'a chargé de vous transmettre", "me pidió que le transmita", "mi ha chiesto di riferirle",
# "heeft mij gevraagd door te geven")
@pytest.mark.parametrize("text", [
    "Je vous écris de la part de M. Dupont, directeur.",
    "M. Dupont m'a chargé de vous transmettre sa décision.",
    "Le escribo en nombre del Sr. Pérez, gerente.",
    "El director me pidió que le transmita lo siguiente.",
    "Le scrivo a nome del dottor Rossi.",
    "Il direttore mi ha chiesto di riferirle quanto segue.",
    "Ik schrijf namens Jan Peeters, onze directeur.",
    "Onze directeur heeft mij gevraagd door te geven dat hij geen interesse heeft.",
])
def test_a_letter_for_a_person_is_seen_in_the_other_languages(text):
    assert behalf_languages(text)
