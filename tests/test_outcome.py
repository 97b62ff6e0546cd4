"""A note's dated outcome said as the rep's sentence (followup.drafting.outcome)."""
import pytest

from followup.drafting.outcome import outcome_sentence, outcome_words
from followup.drafting.saying import fixed_words, sentence


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
    ("board meets Friday 2 Feb", "en"),  # someone else's event, no shape of ours
    ("we need it by Friday 2 Feb", "en"),
    ("Anzeigenvorlage bis Do 13.7.", "de"),  # a deadline, not a rate that holds
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
