"""Tests for followup/drafting/noteline.py: a note's figure no sentence could be made from, said as its phrase."""
from followup.drafting.noteline import MAX_NOTED_WORDS, NO_THING_OPENERS, noted_phrase, noted_sentence, noted_words
from followup.drafting.saying import sentences


def test_thing_and_its_figure_kept_answer_record_dropped():
    assert noted_phrase("booking deadline 7 July ok") == "booking deadline 7 July"
    assert noted_phrase("Zahlung in 2 Raten, gesagt", "de") == "Zahlung in 2 Raten"
    assert noted_phrase("entrega en 8 semanas, le dije", "es") == "entrega en 8 semanas"
    assert noted_phrase("paiement en 3 fois sans frais", "fr") == "paiement en 3 fois sans frais"
    assert noted_phrase("delivery needed week of 11 Jan") == "delivery needed week of 11 Jan"


def test_no_phrase_without_figure_or_with_note_shorthand():
    assert noted_phrase("wood, bad crossing tracks") == ""
    assert noted_phrase("220 delegates -> £44 pp") == ""
    assert noted_phrase("grease v. heavy at runs 2+3") == ""
    assert noted_phrase("agrosense le cobró ~CLP 8M", "es") == ""
    assert noted_phrase("Il dit 3 pièces", "fr") == ""
    assert noted_phrase("asks 3,000 pairs a month") == ""
    assert noted_phrase("Reinigung 5x/Woche morgens", "de") == ""
    assert noted_phrase("Brenner über Weihnachten 2x ausgefallen", "de") == ""
    assert noted_phrase("entretien trimestriel 4 passages/an", "fr") == ""
    assert noted_phrase("main stage + 2 breakouts") == ""


def test_no_phrase_without_a_thing_named_first():
    assert noted_phrase("2 and 3") == ""  # a bare figure
    assert noted_phrase("12 outside") == ""
    assert noted_phrase("4 Tage", "de") == ""
    assert noted_phrase("jeudi 25", "fr") == ""  # a day, no thing
    assert noted_phrase("hasta 2 m de ancho", "es") == ""  # a preposition opens it
    assert noted_phrase("about 8 kg out") == ""
    assert noted_phrase("strom 380 V", "de") == ""  # a German noun is capitalised; lower case is the note's
    assert noted_phrase("CAD 1.1-1.3M before incentives") == ""  # a currency, no thing
    assert noted_phrase("Start frühestens 7", "de") == ""  # a day cut from its month
    assert "about" in NO_THING_OPENERS["en"] and "soit" in NO_THING_OPENERS["fr"]


def test_no_phrase_of_a_name_a_wish_a_concession_or_a_budget():
    assert noted_phrase("Sanna wants payment in 3 parts") == ""
    assert noted_phrase("payment agreed with Sanna in 3 parts") == ""
    assert noted_phrase("Rocío eligió burdeos 3912", "es") == ""
    assert noted_phrase("accordé 5 % sur la commande", "fr") == ""
    assert noted_phrase("Budget bis CHF 1,45 Mio", "de") == ""
    assert noted_phrase("bodega igual 1.400 €", "es") == ""
    assert noted_phrase("nuestro piso 8,9M", "es") == ""
    assert noted_phrase("perdió 30% en la helada", "es") == ""


def test_no_phrase_too_long_too_short_or_dangling():
    assert noted_phrase("5") == ""
    assert noted_phrase(" ".join(["thing 1"] * MAX_NOTED_WORDS)) == ""
    assert noted_phrase("works 3 weeks before") == ""


def test_sentence_and_words_per_language():
    assert noted_sentence("5 weeks", "en") == "Also noted: 5 weeks."
    assert noted_sentence("kit 1 an fourni", "fr") == "Noté aussi : kit 1 an fourni."
    assert "notiert" in noted_words("de") and "anoté" in noted_words("es")


def test_a_clause_said_keeps_its_second_figure_in_its_sentence_never_as_a_noted_line():
    clause = ["$34.00 net, install Jul-Aug ok, works take 5 weeks"]
    for noted_from in (frozenset({0}), frozenset()):  # a call note's clause in force, or e.g. an old email's
        said = [s for s, _ in sentences(clause, "en", "To confirm, {x}.", 3, noted_from)]
        # sameoffer.py: the part belongs to the offer being confirmed, so it rides in that sentence
        assert said == ["To confirm, the price is $34.00 net, works take 5 weeks."]


def test_sentences_never_lead_with_a_note_phrase():
    assert noted_phrase("works take 5 weeks") == "works take 5 weeks"
    assert sentences(["works take 5 weeks"], "en", "To confirm, {x}.", 3, frozenset({0})) == []


def test_sentences_never_say_a_thing_twice_when_its_figure_was_spelled():
    said = [s for s, _ in sentences(["Zahlung in 2 Raten"], "de", "Zur Bestätigung: {x}.", 3, frozenset({0}))]
    assert said == ["Zur Bestätigung: Die Zahlung erfolgt in zwei Raten."]
