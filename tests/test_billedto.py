"""Tests for the name a customer gives for their invoice or contract, confirmed in the rep's voice."""
from followup.drafting.billedto import billed_line, billed_to, firm_form, firm_tie
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


def test_a_loose_tie_closed_by_a_legal_form_names_the_firm():
    # the paper and its tie apart, in each language; the form closes the name ("SRL" before it or "s.r.o." after)
    assert firm_tie("The order will come from Hollin Bay Traders Ltd, paper follows on Monday.", "en") == \
        ("invoice", "Hollin Bay Traders Ltd")
    assert firm_tie("The signed agreement is attached, it is on the company Vltava Tisk s.r.o.", "en") == \
        ("invoice", "Vltava Tisk s.r.o.")
    assert firm_tie("24 months contract with Nordlys Sport AS, org. nr on our website", "en") == \
        ("contract", "Nordlys Sport AS")
    assert firm_tie("wir bestellen, der Auftrag geht an die Kellerei Talblick UG (haftungsbeschränkt).", "de") == \
        ("Rechnung", "die Kellerei Talblick UG (haftungsbeschränkt)")
    assert firm_tie("Bon de commande n° KT-88 ci-joint, au nom de la SARL Verrerie de la Loue.", "fr") == \
        ("facture", "de la SARL Verrerie de la Loue")
    assert firm_tie("Facturation à SAS Moulins du Lot", "fr") == ("facture", "de SAS Moulins du Lot")
    assert firm_tie("Pedido firmado adjunto, a nombre de Textiles Andinos S.R.L., 6 meses.", "es") == \
        ("factura", "de Textiles Andinos S.R.L.")


def test_a_loose_tie_without_a_form_or_sent_elsewhere_is_no_name():
    assert firm_tie("Contract to Mere by Friday.", "en") == ("", "")
    assert firm_tie("Please send the contract to Harbour Holdings Ltd.", "en") == ("", "")
    assert firm_tie("Our order to Barlow Supplies Ltd last year came late.", "en") == ("", "")
    assert firm_tie("Der Vertrag mit der Elbtal Bau GmbH läuft aus.", "de") == ("", "")
    assert firm_tie("Y necesitamos la factura del 50% a nombre de Muebles Rivera S.L.", "es") == ("", "")
    assert firm_tie("Can the contract be with Orchard Lane Ltd?", "en") == ("", "")


def test_billed_to_says_a_loose_tie_in_the_rep_s_voice():
    assert billed_to("Contrato a nombre de Supermercados Litoral S.R.L., 12 meses.", "es") == \
        "El contrato irá a nombre de Supermercados Litoral S.R.L."
    assert billed_to("Contrat signé en PJ, au nom de Atelier Cardinal SAS.", "fr") == \
        "Je mets la facture au nom de Atelier Cardinal SAS."
    assert billed_to("Auftrag geht an die Kellerei Talblick UG (haftungsbeschränkt).", "de") == \
        "Die Rechnung stellen wir auf die Kellerei Talblick UG (haftungsbeschränkt) aus."
    assert billed_line(billed_to("Order will come from SC Carpatica Print SRL.", "en"))
    assert firm_form("s.r.o.") and firm_form("S.R.L.") and not firm_form("de")


def test_lower_case_words_inside_a_name_its_legal_form_closes():
    from followup.drafting.billedto import firm_name
    assert firm_name("Clinique vétérinaire de Dieppe ltée.") == ("Clinique vétérinaire de Dieppe ltée", ".")
    assert firm_name("Société des eaux de Vals SA, merci.")[0] == "Société des eaux de Vals SA"
    assert billed_to("La factura a nombre de Clínica dental Sonrisa S.L.", "es") == \
        "La factura irá a nombre de Clínica dental Sonrisa S.L."
    # no legal form to close it, or a clause word between: the name ends before the lower-case words
    assert firm_name("Clinique vétérinaire de Dieppe.")[0] == "Clinique"
    assert firm_name("Harbour Lane for the work of Smith Ltd.")[0] == "Harbour Lane"


def test_a_german_compound_document_is_made_out():
    assert billed_to("Schlussrechnung bitte auf die Kessler Haustechnik GmbH.", "de") == \
        "Die Schlussrechnung stellen wir auf die Kessler Haustechnik GmbH aus."
    assert billed_to("Den Wartungsvertrag bitte auf die Kessler Haustechnik GmbH.", "de") == \
        "Den Wartungsvertrag stellen wir auf die Kessler Haustechnik GmbH aus."
