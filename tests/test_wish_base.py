"""The sentence splitter of the wish reader (followup/text/wish_base.py)."""
import pytest

from followup.text.wish_base import sentence_offsets


@pytest.mark.parametrize("text, first", [
    ("Hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung. Danke.",
     "Hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung."),
    ("Wilt u mij a.u.b. niet meer bellen. Dank", "Wilt u mij a.u.b. niet meer bellen."),
    ("Bitte melden Sie sich nicht vor dem 9. wieder bei mir. Danke.", "Bitte melden Sie sich nicht vor dem 9. wieder bei mir."),
    ("Lassen Sie mich bis zum 9. damit in Ruhe. Danke.", "Lassen Sie mich bis zum 9. damit in Ruhe."),
])
def test_a_law_section_abbreviations_and_a_german_day_end_no_sentence(text, first):
    assert sentence_offsets(text)[0][1] == first


def test_a_number_ending_a_sentence_still_ends_it():
    assert [s.strip() for _, s in sentence_offsets("We need 20. Thanks a lot.")] == ["We need 20.", "Thanks a lot."]


def test_sentence_quote_is_the_sentence_as_it_stands_in_the_text():
    from followup.text.wish_base import sentence_quote
    text = "Thanks.\n  Please stop emailing me.  \nBest"
    assert sentence_quote("  Please stop emailing me.  \n", 8, text) == "Please stop emailing me."


def test_wish_kind_counts_a_preferences_time_and_channel_as_kinds():
    from followup.text.wish_base import DNC, PREFERENCE, Wish, wish_kind
    assert wish_kind(Wish(PREFERENCE, "call after 2", preference="time:afternoon")) == "time"
    assert wish_kind(Wish(DNC, "stop")) == DNC


def test_write_me_is_a_contact_verb_but_not_a_thing_written_for_me():
    import re

    from followup.text.wish_base import CONTACT_VERB
    verb = re.compile(rf"\b{CONTACT_VERB}\b", re.I)
    assert verb.search("please don't write me again")
    assert not verb.search("please write me a short summary")
