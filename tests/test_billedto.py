"""Tests for the name a customer gives for their invoice or contract, confirmed in the rep's voice."""
from followup.drafting.billedto import billed_line, billed_to
from followup.drafting.sendback import own_action


def test_english_forms_keep_the_name_exactly():
    assert billed_to("Please invoice Salamanca Rise Hospitality Pty Ltd.", "en") == \
        "I'll make the invoice out to Salamanca Rise Hospitality Pty Ltd."
    assert billed_to("Invoice to Tasca do Rui, Lda. please.", "en") == "I'll make the invoice out to Tasca do Rui, Lda."
    assert billed_to("The contract please to Fondazione Museo Moto Emiliana.", "en") == \
        "I'll make the contract out to Fondazione Museo Moto Emiliana."
    assert billed_to("Please make the invoice out to Two Rivers Brewing LLC, not the taproom.", "en") == \
        "I'll make the invoice out to Two Rivers Brewing LLC."


def test_german_french_spanish_portuguese():
    assert billed_to("Vertrag bitte auf die Aasee Freizeit GmbH.", "de") == \
        "Den Vertrag stellen wir auf die Aasee Freizeit GmbH aus."
    assert billed_to("Bitte die Rechnung an die Brändli Holzbau AG, nicht an mich privat.", "de") == \
        "Die Rechnung stellen wir auf die Brändli Holzbau AG aus."
    assert billed_to("Facture à la SARL Brasserie du Tanneur.", "fr") == \
        "Je mets la facture au nom de la SARL Brasserie du Tanneur."
    assert billed_to("Mi padre quiere la primera factura a nombre de Son Verd Turisme Rural SL.", "es") == \
        "La primera factura irá a nombre de Son Verd Turisme Rural SL."
    assert billed_to("El contrato a nombre de Parque Ecológico La Quebrada S.A.S.", "es") == \
        "El contrato irá a nombre de Parque Ecológico La Quebrada S.A.S."
    assert billed_to("A fatura em nome de Quinta do Vale, Lda.", "pt") == "A fatura vai em nome de Quinta do Vale, Lda."


def test_a_person_a_department_or_a_longer_sentence_is_no_such_name():
    assert billed_to("Can you send the contract to Mere in our accounts team?", "en") == ""
    assert billed_to("Den Vertrag bitte direkt an die Marktleitung.", "de") == ""
    assert billed_to("Envoyer le contrat à Mme Bouhier.", "fr") == ""
    assert billed_to("Necesito la factura a nombre de Cerámicas Techera S.R.L. y el instructivo para cargar.", "es") == ""


def test_the_line_is_the_reps_own_action():
    line = billed_to("Facture à la SARL Brasserie du Tanneur.", "fr")
    assert billed_line(line) and own_action(line)
    assert own_action(billed_to("El contrato a nombre de Parque Ecológico La Quebrada S.A.S.", "es"))
