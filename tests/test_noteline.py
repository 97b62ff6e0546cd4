"""Tests for followup/drafting/noteline.py: a note's figure no sentence could be made from, said as its phrase."""
from followup.drafting.noteline import MAX_NOTED_WORDS, noted_phrase, noted_sentence, noted_words
from followup.drafting.saying import sentences


def test_short_figure_phrase_kept_answer_record_dropped():
    assert noted_phrase("by 15 Jan ok") == "by 15 Jan"
    assert noted_phrase("démo jeudi 17 décembre à Ségou") == "démo jeudi 17 décembre à Ségou"
    assert noted_phrase("Schulung 2 Tage, gesagt") == "Schulung 2 Tage"
    assert noted_phrase("entrega en 8 semanas, le dije") == "entrega en 8 semanas"


def test_no_phrase_without_figure_or_with_note_shorthand():
    assert noted_phrase("wood, bad crossing tracks") == ""
    assert noted_phrase("220 delegates -> £44 pp") == ""
    assert noted_phrase("grease v. heavy at runs 2+3") == ""
    assert noted_phrase("agrosense le cobró ~CLP 8M") == ""
    assert noted_phrase("Il dit 3 pièces") == ""
    assert noted_phrase("asks 3,000 pairs a month") == ""


def test_no_phrase_too_long_too_short_or_dangling():
    assert noted_phrase("5") == ""
    assert noted_phrase(" ".join(["1 two"] * MAX_NOTED_WORDS)) == ""
    assert noted_phrase("3 weeks before") == ""


def test_sentence_and_words_per_language():
    assert noted_sentence("5 weeks", "en") == "Also noted: 5 weeks."
    assert noted_sentence("kit 1 an fourni", "fr") == "Noté aussi : kit 1 an fourni."
    assert "notiert" in noted_words("de") and "anoté" in noted_words("es")


def test_sentences_say_a_figure_no_sentence_could_be_made_from():
    said = [s for s, _ in sentences(["$34.00 net, install Jul-Aug ok, 5 weeks"], "en", "To confirm, {x}.", 3)]
    assert said[0].startswith("To confirm,") and "$34.00" in said[0]
    assert "Also noted: install Jul-Aug ok." not in said and any("5 weeks" in s for s in said)


def test_sentences_never_lead_with_a_note_phrase():
    assert sentences(["by 15 Jan ok"], "en", "To confirm, {x}.", 3) == []
