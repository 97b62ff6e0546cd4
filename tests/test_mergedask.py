"""Tests for followup.drafting.mergedask: the questions one sentence joins, read part by part."""
from followup.drafting.mergedask import merged_parts
from followup.drafting.slotform import needs_context


def test_parts_of_a_joined_question_in_every_language():
    assert merged_parts("Is this possible and what is the price then?") == ["Is this possible",
                                                                            "what is the price then"]
    assert merged_parts("Geht das und was kostet es dann?")[0] == "Geht das"
    assert merged_parts("Geht das und wann könnten Sie liefern?") == ["Geht das", "wann könnten Sie liefern"]
    assert merged_parts("C'est faisable et à quel prix ?") == ["C'est faisable", "à quel prix"]
    assert merged_parts("¿Es posible esto y cuánto costaría?") == ["Es posible esto", "cuánto costaría"]


def test_a_question_joining_none_is_one_part():
    assert merged_parts("Do you deliver to Perth and Darwin?") == ["Do you deliver to Perth and Darwin"]


def test_a_long_joined_question_pointing_back_needs_its_context():
    # before: nine words, so the whole was judged self-contained and the slot lost the 36 months said before it
    assert needs_context("is this possible and what is the price then")
    assert needs_context("Geht das und wann könnten Sie frühestens liefern, noch vor Weihnachten")
    assert not needs_context("can you deliver the BL-900 to our Denver office before 20 December")
