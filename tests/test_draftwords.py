"""Tests for a draft's words as the length limit counts them (followup/drafting/draftwords.py)."""
from followup.drafting.draftwords import SLOT_ANSWER_WORDS, limit_words, words


def test_a_long_slot_counts_as_a_short_answer():
    question = "whether the cleaning products you use carry an eco label, since several residents have breathing trouble"
    body = f"The price is EUR 4,100 a month.\n\nOn your question: [[answer: {question}]]"
    assert words(body) > limit_words(body)
    assert limit_words(body) == words("The price is EUR 4,100 a month.\n\nOn your question:") + SLOT_ANSWER_WORDS


def test_a_short_slot_and_a_body_without_slots_count_as_written():
    assert limit_words("Thanks. [[answer: the start day]]") == 4
    assert limit_words("Thanks for the call on Monday.") == words("Thanks for the call on Monday.")
