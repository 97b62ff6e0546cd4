"""Note unit shorthand written out in the customer's language."""
import pytest

from followup.drafting.shorthand import spell_out, unit_words


def test_unit_chains_are_written_out_per_language():
    assert spell_out("12,50 € pro MA/Monat", "de") == "12,50 € pro Mitarbeiter und Monat"
    assert spell_out("18 €/veh/mes", "es") == "18 € por vehículo y mes"
    assert spell_out("9,40 €/bot. en caja de 12", "es") == "9,40 € por botella en caja de 12"
    assert spell_out("55 €/pers/j", "fr") == "55 € par personne et par jour"


def test_words_already_written_out_and_english_are_left_alone():
    assert spell_out("210 €/poste/mois", "fr") == "210 €/poste/mois"
    assert spell_out("30 € pro Woche", "de") == "30 € pro Woche"
    assert spell_out("$40/mo per seat", "en") == "$40/mo per seat"
    assert "Mitarbeiter" in unit_words("de")


def test_per_person_initials_after_a_figure_are_written_out():
    assert spell_out("Prüfung zusätzlich 95 € p.P.", "de") == "Prüfung zusätzlich 95 € pro Person"
    assert spell_out("menu à 32 € p.p.", "fr") == "menu à 32 € par personne"
    assert spell_out("las p.p. de la empresa", "es") == "las p.p. de la empresa"  # no figure before it


def test_a_unit_chain_after_a_currency_code_is_written_out():
    assert spell_out("3,80 EUR/MA/Woche", "de") == "3,80 EUR pro Mitarbeiter und Woche"
    assert spell_out("12 CHF/Std.", "de") == "12 CHF pro Stunde"


def test_a_one_letter_preposition_with_a_slash_is_written_out():
    """"m/", "p/", "c/" before a word in a German or Spanish note are "mit", "para", "con"; units are not."""
    assert spell_out("Termin m/ beiden Technikern, Wind 8 m/s", "de") == "Termin mit beiden Technikern, Wind 8 m/s"
    assert spell_out("un equipo p/ cocina c/ instalación", "es") == "un equipo para cocina con instalación"
    assert spell_out("meeting w/ the board", "en") == "meeting w/ the board"  # English notes: restating's own table


def test_a_label_reporting_that_the_rep_said_the_figure_keeps_its_noun():
    """"Preis gesagt: 250 €" is the price; that the rep said it is the note's."""
    assert spell_out("Rabatt genannt: 5 % bei Vorkasse", "de") == "Rabatt: 5 % bei Vorkasse"
    assert spell_out("délai annoncé : 3 semaines", "fr") == "délai : 3 semaines"
    assert spell_out("Das hat er gesagt", "de") == "Das hat er gesagt"


def test_an_english_notes_per_unit_after_a_word_is_written_out_unless_a_price_depends_on_it():
    assert spell_out("window cleaning 2x/month, 3 floors", "en") == "window cleaning twice a month, 3 floors"
    assert spell_out("about 40 loads/wk in season", "en") == "about 40 loads a week in season"
    assert spell_out("gutters 2 cuts/yr £640", "en") == "gutters 2 cuts/yr £640"  # the unit tells what £640 is for


def test_a_spanish_each_is_written_out():
    assert spell_out("módulo relé (CLP 380.000 c/u)", "es") == "módulo relé (CLP 380.000 cada uno)"


def test_english_per_person_shorthand_after_a_price_is_written_out():
    from followup.drafting.shorthand import per_person
    assert per_person("KES 2,150 pppm") == "KES 2,150 per person per month"
    assert per_person("EUR 2,350 pp") == "EUR 2,350 per person"
    assert per_person("$85/pax for 40 pax") == "$85 per person for 40 people"
    assert per_person("USD 12 pepm") == "USD 12 per employee per month"
    assert per_person("a 12 pp brochure") == "a 12 pp brochure"  # no price: pages, maybe
    assert spell_out("KES 2,150 pppm", "en") == "KES 2,150 per person per month"


def test_a_unit_after_a_tax_word_is_written_out():
    assert spell_out("1 390 € TTC/pers", "fr") == "1 390 € TTC par personne"
    assert spell_out("COP 4.800.000 + IVA/ud", "es") == "COP 4.800.000 + IVA por unidad"


@pytest.mark.parametrize("clause, language, rest", [
    ("KES 2,150 pppm agreed in principle", "en", "KES 2,150 pppm"),
    ("1 390 € TTC/pers, accord de principe", "fr", "1 390 € TTC/pers"),
    ("Miete 1.200 € im Monat, grundsätzlich einverstanden", "de", "Miete 1.200 € im Monat"),
    ("canon COP 4.800.000 (acuerdo de principio)", "es", "canon COP 4.800.000"),
])
def test_a_figure_agreed_in_principle_loses_the_mark_which_is_said_after_it(clause, language, rest):
    from followup.drafting.shorthand import in_principle, principled
    assert in_principle(clause) == (rest, True)
    assert in_principle("we agreed in principle to meet") == ("we agreed in principle to meet", False)
    assert principled("The price is KES 2,150.", "en") == "The price is KES 2,150, as agreed in principle."
    assert principled("Le prix est de 1 390 €.", "fr") == "Le prix est de 1 390 €, comme convenu sur le principe."


@pytest.mark.parametrize("clause, language, said", [
    ("GBP 149 B&B if contract signed by 14 April", "en", "GBP 149 B&B if the contract is signed by 14 April"),
    ("1 390 € si commande passée avant le 14", "fr", "1 390 € si la commande est passée avant le 14"),
    ("1 390 € si contrat signé avant le 14", "fr", "1 390 € si le contrat est signé avant le 14"),
    ("26.400 € si contrato firmado antes del 15", "es", "26.400 € si el contrato está firmado antes del 15"),
    ("if the contract is signed by Friday", "en", "if the contract is signed by Friday"),
])
def test_a_bare_condition_is_said_whole(clause, language, said):
    from followup.drafting.shorthand import conditioned
    assert conditioned(clause, language) == said


def test_a_bare_plus_amount_after_an_answer_is_a_supplement():
    from followup.drafting.shorthand import extra_charge
    assert extra_charge("yes, + GBP 350", "en") == "yes, for an extra GBP 350"
    assert extra_charge("oui, + 2 100 € HT", "fr") == "oui, avec un supplément de 2 100 € HT"
    assert extra_charge("ja, +350 €", "de") == "ja, gegen einen Aufpreis von 350 €"
    assert extra_charge("sí, + 1.200 €", "es") == "sí, con un suplemento de 1.200 €"
    assert extra_charge("12 cameras + 2 domes", "en") == "12 cameras + 2 domes"  # no answer's comma: a list
    assert "Aufpreis" in unit_words("de")


def test_a_notes_equals_sign_after_a_label_is_said_as_its_verb():
    from followup.drafting.shorthand import equals_said

    assert equals_said("membership year = 12 months from joining date", "en") == \
        "membership year is 12 months from joining date"
    assert equals_said("Laufzeit = 24 Monate", "de") == "Laufzeit ist 24 Monate"
    assert equals_said("Annonce = fiche annuaire offerte", "fr") == "Annonce = fiche annuaire offerte"
    assert equals_said("a + b = 30 units in total, which is a long note line", "en") == \
        "a + b = 30 units in total, which is a long note line"
