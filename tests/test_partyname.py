"""Tests for the firm a customer names as the party to their contract, lease or invoice."""
from followup.drafting.billedto import billed_line
from followup.drafting.partyname import party_line, party_unnamed, party_words


def test_english_shapes_name_the_firm_exactly():
    assert party_line("The contract would have to be with Harbour Lane Dental LLP.", "en") == \
        "I'll make the contract out to Harbour Lane Dental LLP."
    assert party_line("And the lease has to be in the name of Kettle Bay Surveyors Ltd.", "en") == \
        "I'll make the lease out to Kettle Bay Surveyors Ltd."
    assert party_line("Agreement to be in the name of Orchard Row Foods Pvt. Ltd. for both sites.", "en") == \
        "I'll make the agreement out to Orchard Row Foods Pvt. Ltd. for both sites."
    assert party_line("Contract party: Minato Print Co., Ltd.", "en") == \
        "I'll make the contract out to Minato Print Co., Ltd."
    assert party_line("For the invoice please write the full name: Delta Marine Supplies Inc.", "en") == \
        "I'll make the invoice out to Delta Marine Supplies Inc."


def test_german_french_spanish_shapes():
    assert party_line("Vertragspartner ist die Kanzlei Roth & Weber PartG mbB.", "de") == \
        "Den Vertrag stellen wir auf die Kanzlei Roth & Weber PartG mbB aus."
    assert party_line("Bestellen tut die Fehmarn Bootsbau GmbH & Co. KG, nicht die GmbH.", "de") == \
        "Die Rechnung stellen wir auf die Fehmarn Bootsbau GmbH & Co. KG aus."
    assert party_line("Le contrat doit être au nom de Boulangerie Vidal SARL.", "fr") == \
        "Je mets le contrat au nom de Boulangerie Vidal SARL."
    assert party_line("Va a nombre de la Fundación Río Claro.", "es") == \
        "La factura irá a nombre de la Fundación Río Claro."
    assert party_line("Seguimos con el plan anual, 1.200 € + IVA, a nombre de Cooperativa Agrícola Els Horts, Coop. V.",
                      "es") == "La factura irá a nombre de Cooperativa Agrícola Els Horts, Coop. V."


def test_a_person_a_question_or_a_past_contract_is_no_party():
    assert party_line("The contract would have to be with Sarah.", "en") == ""
    assert party_line("Could the contract be with Harbour Lane Dental LLP?", "en") == ""
    assert party_line("We signed the contract with Acme Holdings Ltd last year.", "en") == ""
    assert party_line("Va a nombre de mi marido.", "es") == ""
    assert party_line("Vertragspartner ist die Frau Roth.", "de") == ""


def test_the_line_is_known_as_the_reps_and_its_words_ground():
    assert billed_line(party_line("The agreement needs to be with Kettle Bay Surveyors Ltd.", "en"))
    assert billed_line(party_line("Vertragspartner ist die Elbufer Wohnbau eG.", "de"))
    assert "Vertrag" in party_words("de").split()


def test_a_numbered_company_and_an_aside_after_the_name():
    assert party_line("Contract party: Tanabe Logistics Co., Ltd. (head office), covering the Kobe depot.", "en") == \
        "I'll make the contract out to Tanabe Logistics Co., Ltd."
    assert party_line("Contrat au nom de 9023-1147 Québec inc. (la société à numéro).", "fr") == \
        "Je mets le contrat au nom de 9023-1147 Québec inc."
    assert party_line("Vertragspartner ist die 2468135 Ontario Inc., inklusive der Filiale in Bonn.", "de") == \
        "Den Vertrag stellen wir auf die 2468135 Ontario Inc. aus."
    assert party_line("El contrato va a nombre de 9023-1147 Québec inc. (la numerada).", "es") == \
        "El contrato irá a nombre de 9023-1147 Québec inc."
    assert party_line("The contract is with 2024 budget holders.", "en") == ""


def test_the_name_stays_asked_until_the_rep_writes_it():
    line = party_line("Contract to be in the name of Varma Castings Pvt. Ltd. for both plants.", "en")
    assert party_unnamed(line, "Revised proposal + draft agreement Monday, both plants.")
    assert not party_unnamed(line, "Noted: the agreement will be with Varma Castings Pvt Ltd.")
    assert not party_unnamed("I'll send the agreement on Monday.", "Sent the agreement.")


def test_a_place_inside_the_name_a_reason_after_it_and_looser_leads_are_read():
    assert party_line("Vertragspartner ist Pflegeheim am Rosenhang gGmbH.", "de") \
        == "Den Vertrag stellen wir auf die Pflegeheim am Rosenhang gGmbH aus."
    assert party_line("Vertragspartner ist die Weber GmbH am Dienstag.", "de") == ""  # a day after the form
    assert party_line("También, la facturación debe salir a nombre de Clínica Los Olmos S.A., porque así lo pide "
                      "la aseguradora.", "es") == "La factura irá a nombre de Clínica Los Olmos S.A."
    assert party_line("Please send the contract for signature, on the name Aegean Dental I.K.E.", "en") \
        == "I'll make the contract out to Aegean Dental I.K.E."
    assert party_line("We meet Monday, on the name of progress.", "en") == ""


def test_a_german_role_named_after_a_comma_is_read_with_its_paper():
    assert party_line("Unterlagen bitte an mich, Rechnungsempfänger ist die Tierarztpraxis Lenz GmbH.", "de") \
        == "Die Rechnung stellen wir auf die Tierarztpraxis Lenz GmbH aus."
    assert party_line("Gut so, Vertragspartner ist Pflegedienst am Markt gGmbH.", "de") \
        == "Den Vertrag stellen wir auf die Pflegedienst am Markt gGmbH aus."
    assert party_line("Gut so, Vertragspartner ist Herr Lenz.", "de") == ""


def test_the_paper_before_a_name_put_at_the_end_and_the_scope_kept():
    assert party_line("Contrat de service à envoyer jeudi, au nom de Cabinet dentaire du Port SARL.", "fr") == \
        "Je mets le contrat au nom de Cabinet dentaire du Port SARL."
    assert party_line("Mándeme el contrato, a nombre de Talleres Ruiz S.L.", "es") == \
        "El contrato irá a nombre de Talleres Ruiz S.L."
    assert party_line("The contract has to be with Fenwick Care Homes Ltd for all 4 sites.", "en") == \
        "I'll make the contract out to Fenwick Care Homes Ltd for all 4 sites."
    assert party_line("Vertragspartner ist die Pflegedienst Sonnenhof GmbH für beide Standorte.", "de") == \
        "Den Vertrag stellen wir auf die Pflegedienst Sonnenhof GmbH für beide Standorte aus."
    assert party_line("Le contrat doit être au nom de Pharmacie du Lac SARL pour les trois officines.", "fr") == \
        "Je mets le contrat au nom de Pharmacie du Lac SARL pour les trois officines."
    assert party_line("El contrato va a nombre de Clínicas Norte S.A. para las 4 sedes.", "es") == \
        "El contrato irá a nombre de Clínicas Norte S.A. para las 4 sedes."
    # what it covers said otherwise is no scope the line repeats
    assert party_line("The contract would be with Fenwick Care Homes Ltd, covering both homes.", "en") == \
        "I'll make the contract out to Fenwick Care Homes Ltd."
