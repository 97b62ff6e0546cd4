"""Tests for followup/drafting/notesay.py: a note's telegraphic clause said as the rep's sentence when it reads."""
from followup.drafting.notesay import (
    MAX_NOTE_SENTENCE_WORDS,
    note_sentence,
    note_sentence_words,
    offer_sentence,
    sum_sentence,
    told_sentence,
    wish_sentence,
    yes_sentence,
)
from followup.drafting.saying import sentence, sentences


def test_wish_with_dropped_subject_in_every_language():
    assert wish_sentence("Want delivery in August 2027 so install is done before the aurora season.", "en") == \
        "You'd like delivery in August 2027."
    assert wish_sentence("Want 100 faces, add Seongsu.", "en") == "You'd like 100 faces."
    assert wish_sentence("Need a second crane for the weekend", "en") == "You need a second crane for the weekend."
    assert wish_sentence("Veulent un devis pour les 3 sites, car le siège paie", "fr") == \
        "Vous voulez un devis pour les 3 sites."


def test_wish_whose_person_depends_on_the_register_is_left_out():
    assert wish_sentence("Möchten Lieferung im März", "de") == ""  # Sie möchten / ihr möchtet
    assert wish_sentence("Quieren retirar 3 coches viejos", "es") == ""  # quieren / queréis


def test_wish_not_read_is_left_out():
    assert wish_sentence("want 8 igloos, not 6", "en") == "You'd like 8 igloos."  # a term's clause, lower-cased
    assert wish_sentence("Want it, then call", "en") == ""  # its thing lost to the comma
    assert wish_sentence("Need proposal + COI", "en") == ""  # shorthand kept
    assert wish_sentence("Delivery in August", "en") == ""  # no verb to read


def test_yes_with_its_predicate():
    assert yes_sentence("yes, rated to -45 °C.", "en") == "Yes, it is rated to -45 °C."
    assert yes_sentence("ja, geprüft bis 400 bar", "de") == "Ja, das ist geprüft bis 400 bar."
    assert yes_sentence("oui, compris dans le forfait de 2 jours", "fr") == \
        "Oui, c'est compris dans le forfait de 2 jours."
    assert yes_sentence("sí, incluido en los 3 equipos", "es") == "Sí, está incluido en los 3 equipos."


def test_yes_without_a_predicate_is_left_out():
    assert yes_sentence("yes, wet-strength paper + varnish.", "en") == ""
    assert yes_sentence("oui, inclus", "fr") == ""  # what is included is the question's: yesanswer.py
    assert yes_sentence("yes, set up in implementation", "en") == ""
    assert yes_sentence("yes, RH sensor per house.", "en") == ""
    assert yes_sentence("ja, Servicepauschale 350 €.", "de") == ""
    assert yes_sentence("oui, 2 lames en dépôt sans frais, je lui ai dit.", "fr") == ""


def test_sum_told_on_the_call():
    assert sum_sentence("Told them 8 x GL-4 = EUR 408,000 (EUR 51,000 ea).", "en") == "8 GL-4 come to EUR 408,000."
    assert sum_sentence("je leur ai dit 3 x DC-125 = 4 500 000 FC", "fr") == "3 DC-125 font au total 4 500 000 FC."
    assert sum_sentence("8 x GL-4 = EUR 408,000 (EUR 51,000 each)", "en") == "8 GL-4 come to EUR 408,000."
    assert sum_sentence("Told them 8 x GL-4 = a lot", "en") == ""


def test_long_clause_is_no_sentence():
    long = "Want " + " ".join(["delivery"] * MAX_NOTE_SENTENCE_WORDS)
    assert note_sentence(long, "en") == ""


def test_saying_reads_the_sum_before_any_term_shape():
    assert sentence("8 x GL-4 = EUR 408,000 (EUR 51,000 each)", "en") == "8 GL-4 come to EUR 408,000."


def test_saying_reads_the_clause_when_no_other_shape_does():
    assert sentence("Want delivery in August 2027 so install is done before the aurora season.", "en") == \
        "You'd like delivery in August 2027."
    said = sentences(["yes, rated to -45 °C."], "en", "As I mentioned, {x}.", 2)
    assert said == [("As I mentioned, yes, it is rated to -45 °C.", 0)]


def test_fixed_words_ground_the_rep_words():
    assert "come to" in note_sentence_words("en")
    assert "J'ai" in note_sentence_words("fr")


def test_offer_made_on_the_call_in_the_reps_voice():
    assert offer_sentence("Quoted £3,950 per stand and £6,700 for the press.", "en") == \
        "I quoted you £3,950 per stand and £6,700 for the press."
    assert offer_sentence("Proposé CV-300 bi-zone 8 900 € HT posée.", "fr") == \
        "J'ai proposé CV-300 bi-zone 8 900 € HT posée."
    assert offer_sentence("Angeboten: 10 Wandmodule à 60 Paar für 18.900 € netto", "de") == \
        "Ich habe 10 Wandmodule à 60 Paar für 18.900 € netto angeboten."
    assert offer_sentence("Le ofrecí 2 grupos por 4.800 € al mes", "es") == "Ofrecí 2 grupos por 4.800 € al mes."


def test_offer_without_figure_or_with_shorthand_is_left_out():
    assert offer_sentence("Quoted the usual", "en") == ""
    assert offer_sentence("Quoted $7,480 + HST installed, incl. 2 K-class extinguishers.", "en") == ""
    assert offer_sentence("Vorschlag: HK-60 + 10 m³ Bunker, 46.800 € inkl. Montage", "de") == ""
    assert offer_sentence("Angeboten: Kamerabefahrung + Dichtheitsprüfung 390 €", "de") == ""
    assert offer_sentence("Vorschlag 2 Phasen: Phase 1 EUR 11.800 jetzt", "de") == ""


def test_told_with_its_own_subject():
    assert told_sentence("told them we can start on 4 May", "en") == "As I said, we can start on 4 May."
    assert told_sentence("Le dije que podemos recoger en su planta de Uruapan martes y viernes.", "es") == \
        "Como comenté, podemos recoger en su planta de Uruapan martes y viernes."
    assert told_sentence("je lui ai dit que nous livrons le 12 mars", "fr") == \
        "Comme je l'ai dit, nous livrons le 12 mars."


def test_told_without_a_subject_or_about_the_customer_is_left_out():
    assert told_sentence("told her if PO by Fri 11 Dec we deliver Thu 17 Dec.", "en") == ""
    assert told_sentence("told him we will check with Tom", "en") == ""
    assert told_sentence("told her it depends on her budget", "en") == ""
