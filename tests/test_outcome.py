"""A note's dated outcome said as the rep's sentence (followup.drafting.outcome)."""
import re

import pytest

from followup.drafting.outcome import outcome_sentence, outcome_words
from followup.drafting.saying import fixed_words, sentence, sentences


@pytest.mark.parametrize("clause, language, said", [
    ("crew available to start Saturday Feb 3", "en", "We can start on Saturday Feb 3."),
    ("équipe dispo pour commencer le lundi 5 février", "fr", "Nous pouvons commencer le lundi 5 février."),
    ("cuadrilla disponible para empezar el lunes 5 de febrero", "es", "Podemos empezar el lunes 5 de febrero."),
    ("Monteure können ab 5.2. anfangen", "de", "Wir können am 5.2. beginnen."),
])
def test_the_day_our_side_can_start(clause, language, said):
    assert outcome_sentence(clause, language) == said


@pytest.mark.parametrize("clause, language, said", [
    ("keys + access cards Friday 2 Feb", "en", "The keys and access cards are planned for Friday 2 Feb."),
    ("Lieferung und Montage am Fr 14.7.", "de", "Die Lieferung und die Montage sind für Fr 14.7. geplant."),
    ("livraison et installation le vendredi 14 juillet", "fr",
     "La livraison et l'installation sont prévues le vendredi 14 juillet."),
])
def test_two_things_on_one_day(clause, language, said):
    assert outcome_sentence(clause, language) == said


@pytest.mark.parametrize("clause, language, said", [
    ("early-booking rate ends Friday 14 July", "en", "The early-booking rate runs until Friday 14 July."),
    ("tarif préférentiel jusqu'au jeudi 13 juillet", "fr", "Le tarif préférentiel est valable jusqu'au jeudi 13 juillet."),
    ("Frühbucherpreis bis Fr 14.7.", "de", "Der Frühbucherpreis gilt bis Fr 14.7."),
    ("oferta válida hasta el 15 de julio", "es", "La oferta es válida hasta el 15 de julio."),
])
def test_how_long_a_rate_holds(clause, language, said):
    assert outcome_sentence(clause, language) == said


def test_the_customers_choice_recorded_in_a_meeting_note_is_said_back():
    assert outcome_sentence("take 12 months with break option after 6, TWD 128,000", "en") == \
        "You're going with 12 months with break option after 6, TWD 128,000."
    assert outcome_sentence("prennent l'option 2 à 4 200 €", "fr") == "Vous retenez l'option 2 à 4 200 €."


@pytest.mark.parametrize("clause, language", [
    ("take it", "en"),  # nothing taken that a figure says
    ("take plan A or plan B at 400", "en"),  # one of two: not yet taken
    ("they meet Friday 2 Feb", "en"),  # no body of theirs that meets (the board's day is said: see below)
    ("we need it by Friday 2 Feb", "en"),  # no material named
    ("Montage bis Do 13.7.", "de"),  # a deadline for no material, not a rate that holds
    ("rate ends soon", "en"),  # no day
])
def test_other_clauses_are_left_to_the_other_shapes(clause, language):
    assert outcome_sentence(clause, language) == ""


def test_the_term_sentence_falls_back_to_the_outcome_only_where_no_other_shape_says_it():
    assert sentence("crew available to start Saturday Feb 3", "en") == "We can start on Saturday Feb 3."
    assert sentence("move-in Monday 5 Feb", "en") == "The move-in is on Monday 5 Feb."  # the older shape still


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_its_framing_words_are_known_to_grounding(language):
    words = outcome_words(language)
    assert words.split() and set(words.split()) <= set(fixed_words(language).split())


def test_a_choice_after_the_lead_reads_on_in_lower_case():
    from followup.drafting.saying import sentences
    said = sentences(["choisit 4 modèles bottines + 2 mocassins, env. 2 800 € HT"], "fr", "Pour confirmer : {x}.", 3)
    assert said[0][0] == "Pour confirmer : vous retenez 4 modèles bottines + 2 mocassins, env. 2 800 € HT."


@pytest.mark.parametrize("clause, language, said", [
    ("comité se reúne el viernes 19", "es", "El comité se reúne el viernes 19."),
    ("vorstand tagt erst am 12.4.", "de", "Der Vorstand tagt erst am 12.4."),
    ("le conseil se réunit le mardi 4 juin", "fr", "Le conseil se réunit le mardi 4 juin."),
    ("board meets on Thursday 12 Oct", "en", "The board meets on Thursday 12 Oct."),
])
def test_the_day_the_customers_body_meets(clause, language, said):
    assert sentence(clause, language) == said


@pytest.mark.parametrize("clause, language, said", [
    ("Anzeigenvorlage bis Do 13.7", "de", "Die Anzeigenvorlage brauchen wir bis Do 13.7."),
    ("fichier HD avant le 18 août", "fr", "Il nous faut le fichier HD avant le 18 août."),
    ("archivos antes del 18 de agosto", "es", "Necesitamos los archivos antes del 18 de agosto."),
])
def test_the_material_we_need_by_a_day(clause, language, said):
    assert sentence(clause, language) == said


def test_a_deadline_for_what_is_not_material_is_not_this_shape():
    assert outcome_sentence("Montage bis 14. Juli", "de") == ""


def test_the_new_framing_words_are_known_to_grounding():
    for word in ("brauchen", "faut", "Necesitamos", "erfolgt", "zwei", "Teilen"):
        assert any(word in re.findall(r"\w+", fixed_words(lang)) for lang in ("de", "fr", "es"))


@pytest.mark.parametrize("clause, language", [
    ("Vorstand entscheidet erst am 12.4.", "de"),  # their own process, not a day to confirm
    ("matériel pour le 4 août", "fr"),  # the day it is for, as often as a deadline
])
def test_neither_a_meeting_nor_a_deadline(clause, language):
    assert outcome_sentence(clause, language) == ""


def test_the_material_sentence_after_the_lead_reads_on_in_lower_case():
    assert sentences(["fichier HD avant le 18 août"], "fr", "Pour confirmer : {x}.", 3)[0][0] == \
        "Pour confirmer : il nous faut le fichier HD avant le 18 août."


@pytest.mark.parametrize("clause, language, said", [
    ("sesión martes 18 de abril 10 am", "es", "La sesión está prevista para el martes 18 de abril a las 10 am."),
    ("erste Begehung Mo 8. März, 9 Uhr", "de", "Die erste Begehung ist für Mo 8. März um 9 Uhr geplant."),
    ("delivery Friday 3 May at 9 am", "en", "The delivery is on Friday 3 May at 9 am."),
])
def test_an_events_day_with_its_hour(clause, language, said):
    assert sentence(clause, language) == said
