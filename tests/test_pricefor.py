"""A price said with what it is for: a bracket listing what a total covers, a German compound price word as the
subject of its sentence, never a clause glued into "Der Preis für ... beträgt"."""
import pytest

from followup.drafting.pricefor import (
    covered,
    handed_over,
    money_word_sentence,
    named_after,
    price_of,
    price_word_sentence,
    summed,
    unnowed,
    unworked,
    worked_for,
)
from followup.drafting.wellformed import sentence


def test_a_bracket_listing_what_a_total_covers_is_said_as_what_it_is_for():
    assert covered("€ 9.800 netto (Dach + Rinne + Gerüst)", "de") == ("€ 9.800 netto", "Dach, Rinne und Gerüst")
    assert covered("$4,100 (frame + glass)", "en") == ("$4,100", "frame and glass")
    assert covered("€ 9.800 netto (ab Lager)", "de") == ("€ 9.800 netto (ab Lager)", "")


def test_a_german_compound_price_word_is_the_subject_with_its_own_article():
    assert price_word_sentence("neuer Endpreis", "12.400 € netto", "de") == "Der neue Endpreis beträgt 12.400 € netto."
    assert price_word_sentence("Mehrkosten", "900 €", "de") == "Die Mehrkosten betragen 900 €."
    assert price_word_sentence("Gesamtsumme", "3.000 €", "de", "Tor und Zaun") == \
        "Die Gesamtsumme für Tor und Zaun beträgt 3.000 €."
    assert price_word_sentence("Lieferung", "3.000 €", "de") == ""


def test_a_note_total_with_its_bracket_reads_as_one_sentence_in_each_language():
    assert sentence("neuer Gesamtpreis 18.250 € inkl. MwSt. (Carport + Geräteraum)", "de") == \
        "Der neue Gesamtpreis für Carport und Geräteraum beträgt 18.250 € inklusive MwSt."
    assert sentence("new total £7,940 (hob + oven + fitting)", "en") == \
        "The new total for hob, oven and fitting is £7,940."
    assert sentence("nouveau prix 2 300 € HT (pompe + pose)", "fr") == \
        "Le nouveau prix pour pompe et pose est de 2 300 € HT."


@pytest.mark.parametrize("clause, language, said", [
    ("new total £3,480 (12 chairs)", "en", "The new total for 12 chairs is £3,480."),
    ("neuer Gesamtpreis 7.900 € (3 Container)", "de", "Der neue Gesamtpreis für 3 Container beträgt 7.900 €."),
    ("nouveau total 4 100 € HT (8 postes)", "fr", "Le nouveau total pour 8 postes est de 4 100 € HT."),
    ("nuevo total USD 6.300 (15 cascos)", "es", "El nuevo total de 15 cascos es de USD 6.300."),
])
def test_a_bracket_counting_one_thing_after_a_total_is_what_it_is_for(clause, language, said):
    assert sentence(clause, language) == said


def test_a_bracket_with_a_day_or_a_tax_after_a_total_is_no_thing_it_is_for():
    assert covered("£2,000 (24 Nov)", "en") == ("£2,000 (24 Nov)", "")
    assert covered("900 € (20 TTC)", "fr") == ("900 € (20 TTC)", "")
    assert covered("$500 (2 kg)", "en") == ("$500 (2 kg)", "")  # a measure of two letters: no thing counted


def test_a_clause_with_a_verb_never_becomes_what_a_price_is_for():
    said = sentence("läuft 20+ Jahre, Zuschlag 640 € pauschal", "de")
    assert "für läuft" not in said and "Jahre beträgt" not in said
    assert sentence("hält 30 Jahre, Aufpreis 1.150 €", "de") == "Der Aufpreis beträgt 1.150 €."


def test_an_old_emails_handed_over_offer_keeps_the_thing_it_was_for():
    assert handed_over(" das Angebot für den Kessel KB-7: 8.900 € netto, Lieferung im April", "de") == \
        "Für den Kessel KB-7 gilt: 8.900 € netto, Lieferung im April"
    assert handed_over(" our quote: $2,450 fitted", "en") == "$2,450 fitted"
    assert handed_over(" the brochure for the press", "en") == ""


def test_the_thing_now_chosen_instead_of_another_is_what_the_surcharge_is_for():
    assert sentence("statt KB-7 jetzt KB-7 Solar, Aufpreis 1.900 €", "de") == "Der Aufpreis für KB-7 Solar beträgt 1.900 €."
    assert sentence("neu 14.300 €", "de") == "Der Gesamtpreis beträgt 14.300 €."


def test_a_label_opening_with_its_price_word_names_the_thing_priced():
    assert price_of("precio PN-30 inox 30 hl") == "PN-30 inox 30 hl"
    assert price_of("price for the KX-4 kiln") == "KX-4 kiln"
    assert price_of("Lieferung") == ""
    assert sentence("precio PN-30 inox 30 hl: 58.700 € + IVA", "es") == \
        "El precio de PN-30 inox 30 hl es de 58.700 € más IVA."


def test_a_notes_sum_is_said_with_what_it_is_for_but_a_figures_own_working_is_not():
    note = "freight ~EUR 900 -> GL-2 delivered Lyon = EUR 41,500"
    assert summed(note, note.index("EUR 41"), "EUR 41,500", "en") == "The total for GL-2 delivered Lyon is EUR 41,500."
    note = "29 €/m² HT = 12 615 € HT"
    assert summed(note, note.index("12 615"), "12 615 € HT", "fr") == ""
    assert sentence("freight ~EUR 900 -> GL-2 delivered Lyon = EUR 41,500", "en") == \
        "The total for GL-2 delivered Lyon is EUR 41,500."


def test_the_bracket_working_out_a_figure_is_cut_and_a_bracket_of_words_stays():
    assert unworked("Confirmed: USD 5,270 (USD 4,900 plus 2 x USD 185).") == "Confirmed: USD 5,270."
    assert unworked("€ 9.800 (Dach + Rinne)") == "€ 9.800 (Dach + Rinne)"
    assert unworked("EUR 5,000 (incl. 3 visits)") == "EUR 5,000 (incl. 3 visits)"


def test_a_quoted_price_keeps_the_model_named_after_it():
    assert named_after("NZ$8,100 for 3 gates, galvanised swing gate SG-40, powder coated") == \
        "galvanised swing gate SG-40, powder coated"
    assert named_after("NZ$8,100 for 3 gates, delivery in May") == ""
    assert sentence("quoted NZ$8,100 for 3 gates, galvanised swing gate SG-40", "en") == \
        "The price is NZ$8,100 for 3 gates: galvanised swing gate SG-40."


def test_a_money_word_is_the_subject_of_its_own_price_sentence_in_four_languages():
    assert sentence("Beitrag ca. EUR 2.340/Jahr", "de") == "Der Beitrag beträgt etwa EUR 2.340/Jahr."
    assert sentence("mínimo 500 €/mes", "es") == "El mínimo es de 500 €/mes."
    assert money_word_sentence("prime", "1 200 €", "fr") == "La prime est de 1 200 €."
    assert money_word_sentence("premium", "£1,200 a year", "en") == "The premium is £1,200 a year."
    assert money_word_sentence("Versicherung", "EUR 1.200", "de") == ""


def test_a_now_before_the_new_figure_is_not_part_of_the_thing_priced():
    assert sentence("Open Top 40' jetzt EUR 8.420", "de") == "Der Preis für Open Top 40' beträgt EUR 8.420."
    assert unnowed("standard plan now") == "standard plan"


def test_a_label_with_other_terms_between_it_and_its_price_is_left_out():
    assert sentence("Neue Abfahrt: Hapag, Freitag, 10. September, Open Top 40' jetzt EUR 8.420", "de") == ""


def test_a_worked_out_sum_is_said_of_the_thing_its_working_opens_with_and_a_total_word_is_no_thing():
    assert sentence("Versicherung 0,25 % von 480.000 = EUR 1.200", "de") == "Der Preis für Versicherung beträgt EUR 1.200."
    assert worked_for("29 €/m² HT = 12 615 € HT", 19, "12 615 € HT", "fr") == ""
    assert sentence("campagne réduite Instagram + newsletter = 2 600 € HT, total 17 500 € HT", "fr") == \
        "Le total est de 17 500 € HT."  # never "le total pour total"


def test_a_term_or_count_after_a_price_stays_with_it_and_a_day_does_not():
    from followup.drafting.pricefor import terms_after
    text = "open-end lease $689/mo per truck, 48 mo, maintenance pkg +$84/mo"
    assert terms_after(text, text.index("/mo")) == ", 48 months"
    text = "téléphonie IP 34,95 $/poste/mois, 22 postes, contrat 36 mois, téléphones à 249 $"
    assert terms_after(text, text.index("$") + 1) == ", 22 postes, contrat 36 mois"
    text = "Anlage 12.000 EUR, 10 Dezember"
    assert terms_after(text, text.index("EUR") + 3) == ""


def test_a_label_that_is_the_customers_spend_or_the_notes_account_prices_nothing_of_the_reps():
    from followup.drafting.pricefor import price_label
    assert price_label("Stromkosten 2027") is None and price_label("current energy bill") is None
    assert price_label("landlord agreed 7-yr term") == ""
    assert price_label("dazu Endpoint-Schutz") == "Endpoint-Schutz"
    assert money_word_sentence("TI allowance", "$25 per sq ft", "en") == "The TI allowance is $25 per sq ft."
    assert price_label("accordé") == "" and price_label("Rates given") == ""


def test_a_label_before_a_money_word_and_its_figure_is_what_the_money_is_charged_for():
    from followup.drafting.pricefor import for_label
    from followup.drafting.wellformed import price_sentence
    assert for_label("Over 500 flights", "fee EUR 15", "en", price_sentence) == "For over 500 flights, the fee is EUR 15."
    assert for_label("Dependants", "add-on KES 900 per dependant per month", "en", price_sentence) == \
        "For dependants, the add-on is KES 900 per dependant per month."
    assert for_label("Angehörige", "Zuschlag 90 € pro Monat", "de", price_sentence) == \
        "Für Angehörige beträgt der Zuschlag 90 € pro Monat."
    assert for_label("Groupes", "tarif 120 € par nuit", "fr", price_sentence) == "Pour groupes, le tarif est de 120 € par nuit."
    assert for_label("Grupos", "tarifa 120 € por noche", "es", price_sentence) == "Para grupos, la tarifa es de 120 € por noche."
    assert for_label("Stromkosten", "Gebühr 90 €", "de", price_sentence) == ""  # the customer's own spend
    assert for_label("Dependants", "cover KES 900", "en", price_sentence) == ""  # no money word
    assert sentence("Over 500 flights: fee EUR 15", "en") == "For over 500 flights, the fee is EUR 15."


def test_a_rate_a_commission_and_a_rent_are_the_subjects_of_their_price():
    assert money_word_sentence("IBC rate", "INR 4,50,000 per issue", "en") == "The IBC rate is INR 4,50,000 per issue."
    assert money_word_sentence("canon", "COP 4.800.000", "es") == "El canon es de COP 4.800.000."
    assert money_word_sentence("tarif", "120 €", "fr") == "Le tarif est de 120 €."
    assert money_word_sentence("Provision", "3 %", "de") == "Die Provision beträgt 3 %."


def test_a_money_word_and_its_figure_alone_is_no_sentence():
    from followup.drafting.pricefor import money_worded
    assert money_worded("fee EUR 15", "en") and money_worded("tarifa 120 €", "es")
    assert not money_worded("the fee is EUR 15", "en") and not money_worded("model X-200", "en")


def test_an_english_thing_priced_takes_its_article():
    from followup.drafting.pricefor import the
    assert the("dependants add-on", "en") == "the dependants add-on"
    assert the("in-company version", "en") == "the in-company version"
    assert the("each extra night", "en") == "each extra night"
    assert the("Seongsu", "en") == "Seongsu" and the("6 windows", "en") == "6 windows"
    assert the("assurance groupe", "fr") == "assurance groupe"
    assert sentence("in-company version EUR 24,000 flat", "en") == "The price for the in-company version is EUR 24,000 flat."


@pytest.mark.parametrize("rest, language, said", [
    (" das neue Angebot über 3 Schränke zu je CHF 23'312 und den Servicevertrag für CHF 2'650.", "de",
     "Das Angebot umfasst 3 Schränke zu je CHF 23'312 und den Servicevertrag für CHF 2'650."),
    (" the revised quote for 85 units at $189 each.", "en", "The quote covers 85 units at $189 each."),
    (" le devis pour 6 fontaines à 61 € HT par mois.", "fr", "Le devis comprend 6 fontaines à 61 € HT par mois."),
    (" la propuesta por 12 camionetas a USD 1.085 al mes.", "es", "La propuesta incluye 12 camionetas a USD 1.085 al mes."),
    (" das Angebot für die SM-4.", "de", ""),  # no figure after the thing: nothing in force is said
])
def test_a_handed_over_offer_without_a_colon_says_what_it_covers(rest, language, said):
    from followup.drafting.pricefor import handed_over
    assert handed_over(rest, language) == said


def test_a_sum_of_things_is_the_price_of_them_all():
    text = "audit organisationnel 6 jours et pentest externe 4 jours = 12 800 € HT"
    assert worked_for(text, text.index("12 800"), "12 800 € HT", "fr") == \
        "Le prix pour audit organisationnel et pentest externe est de 12 800 € HT."
    text = "site survey 2 days + report 1 day = EUR 4,100"
    assert worked_for(text, text.index("EUR"), "EUR 4,100", "en") == "The price for site survey and report is EUR 4,100."
    text = "Aufbau 3 Tage + Abbau 1 Tag = 5.200 €"
    assert worked_for(text, text.index("5.200"), "5.200 €", "de") == "Der Preis für Aufbau und Abbau beträgt 5.200 €."
    text = "montaje 2 días y desmontaje 1 día = 3.900 €"
    assert worked_for(text, text.index("3.900"), "3.900 €", "es") == "El precio de montaje y desmontaje es de 3.900 €."


def test_a_money_word_with_what_it_is_of_is_said_of_that_word():
    """'minimum de commande 1 500 € HT' is 'Le minimum de commande est de 1 500 € HT.', never 'Le prix pour ...'."""
    assert money_word_sentence("minimum de commande", "1 500 € HT", "fr") == "Le minimum de commande est de 1 500 € HT."
    assert money_word_sentence("frais de port", "12 € HT", "fr") == "Les frais de port sont de 12 € HT."
    assert money_word_sentence("mínimo de pedido", "500 €", "es") == "El mínimo de pedido es de 500 €."
    assert money_word_sentence("agenda de poche", "7 €", "fr") == ""


@pytest.mark.parametrize("label, heading", [
    ("Precios orientativos dados", True), ("Prix annoncés", True), ("Prices quoted", True), ("Preise", True),
    ("precio PN-30 inox", False), ("Prix pose", False), ("price", False), ("Wallbox", False),
])
def test_a_price_lists_heading_names_no_thing(label, heading):
    from followup.drafting.pricefor import price_heading
    assert price_heading(label) is heading


def test_a_german_compound_money_word_is_the_subject_of_its_sentence():
    assert money_word_sentence("Grundgebühr", "4,90 € je Karte", "de") == "Die Grundgebühr beträgt 4,90 € je Karte."
    assert money_word_sentence("Servicepauschale", "300 €", "de") == "Die Servicepauschale beträgt 300 €."
    assert money_word_sentence("Wallbox", "1.190 €", "de") == ""


def test_a_verb_of_the_change_before_the_new_figure_is_not_part_of_the_thing_priced():
    assert unnowed("installation cut to") == "installation"
    assert unnowed("Anzahlung gesenkt auf") == "Anzahlung"
    assert unnowed("frais de dossier ramenés à") == "frais de dossier"
    assert unnowed("cuota rebajada") == "cuota"
    assert unnowed("discount up to") == "discount up to"  # a cap, not a change
    assert sentence("onboarding reduced to USD 1,200 for the trial", "en") == \
        "The price for the onboarding is USD 1,200 for the trial."


@pytest.mark.parametrize("clause, language, said", [
    ("36-month plan = £22.50 per seat per month", "en", "The price for a 36-month plan is £22.50 per seat per month."),
    ("Wartungsvertrag = 85 € pro Monat", "de", "Der Preis für Wartungsvertrag beträgt 85 € pro Monat."),
])
def test_a_price_per_thing_after_an_equals_sign_is_no_total(clause, language, said):
    assert summed(clause, clause.index("=") + 2, clause[clause.index("=") + 2:], language) == said
