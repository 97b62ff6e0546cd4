"""Note unit shorthand written out in the customer's language."""
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
