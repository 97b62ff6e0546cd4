"""A request to be told something is the question it asks."""
import pytest

from followup.drafting.tellme import told_question


@pytest.mark.parametrize("sentence, language, asked", [
    ("Please tell which dates are possible in September.", "en", "Which dates are possible in September?"),
    ("Please let me know when you can deliver.", "en", "When can you deliver?"),
    ("Please confirm that the installation can be done in December.", "en", "Can the installation be done in December?"),
    ("Bitte bestätigen Sie uns, ob die Lieferung am Montag möglich ist.", "de", "Ist die Lieferung am Montag möglich?"),
    ("Geben Sie mir bitte Bescheid, welche Termine im September möglich sind.", "de",
     "Welche Termine sind im September möglich?"),
    ("Merci de me dire s'il y a une remise.", "fr", "Il y a une remise?"),
    ("Y confirmadme que la instalación se puede hacer en la parada de Navidad.", "es",
     "¿La instalación se puede hacer en la parada de Navidad?"),
])
def test_a_request_to_be_told_is_asked_as_its_question(sentence, language, asked):
    assert told_question(sentence, language) == asked


def test_a_request_to_be_told_after_another_request_in_the_sentence_is_asked():
    sentence = ("Merci d'établir une facture unique au nom de la Fondation, et de nous confirmer si un paiement à "
                "30 jours est possible.")
    assert told_question(sentence, "fr") == "Un paiement à 30 jours est possible?"


@pytest.mark.parametrize("sentence, language, asked", [
    ("Please confirm the print size for the back wall.", "en", "The print size for the back wall?"),
    ("Merci de nous indiquer le format des fichiers pour le stand.", "fr", "Le format des fichiers pour le stand?"),
])
def test_a_measure_only_the_rep_can_give_is_asked(sentence, language, asked):
    assert told_question(sentence, language) == asked


@pytest.mark.parametrize("sentence, language", [
    ("Please send the contract.", "en"),
    ("Please confirm the order.", "en"),
    ("Can you tell me whether it fits?", "en"),  # a question already
    ("Bitte schicken Sie uns das Angebot.", "de"),
    ("Merci de votre retour.", "fr"),
    ("Mándanos el contrato, por favor.", "es"),
])
def test_a_request_for_a_thing_or_a_deed_is_no_question(sentence, language):
    assert told_question(sentence, language) == ""


@pytest.mark.parametrize("sentence, language, asked", [
    ("Kindly also confirm the payment terms, we usually pay 30 days after invoice.", "en",
     "The payment terms: we usually pay 30 days after invoice?"),
    ("Bitte bestätigen Sie uns die Zahlungsbedingungen, wir zahlen üblicherweise 30 Tage nach Rechnungseingang.", "de",
     "Die Zahlungsbedingungen: wir zahlen üblicherweise 30 Tage nach Rechnungseingang?"),
    ("Merci de nous confirmer les conditions de paiement, nous payons à 30 jours.", "fr",
     "Les conditions de paiement: nous payons à 30 jours?"),
    ("Confírmenos las condiciones de pago, normalmente pagamos a 30 días.", "es",
     "¿Las condiciones de pago: normalmente pagamos a 30 días?"),
    ("Please confirm the payment terms.", "en", ""),  # no terms of theirs to accept: nothing asked here
])
def test_the_customers_own_payment_terms_asked_to_be_confirmed_are_asked(sentence, language, asked):
    assert told_question(sentence, language) == asked



@pytest.mark.parametrize("sentence, language, asked", [
    ("Merci aussi de nous communiquer les noms des monteurs pour le registre.", "fr",
     "Les noms des monteurs pour le registre?"),
    ("Please also send us the names of the drivers for the gate list.", "en", "The names of the drivers for the gate list?"),
    ("Our security desk needs the names of the fitters by Monday.", "en", "The names of the fitters by Monday?"),
    ("Bitte nennen Sie uns die Namen der Elektriker.", "de", "Die Namen der Elektriker?"),
    ("Indíquenos los nombres de los instaladores.", "es", "¿Los nombres de los instaladores?"),
    ("Please send us the brochure.", "en", ""),  # a document to send, no one to name: the rep promises it
])
def test_a_request_for_peoples_names_is_asked_as_a_slot(sentence, language, asked):
    assert told_question(sentence, language) == asked
