"""Tests for the cleaning of a source's own words: a note's count before an arrow kept with its price."""
from followup.drafting.cleaning import clean


def test_count_arrow_price_becomes_a_label():
    assert clean("Spoke to Ada. 140 seats -> EUR 9/seat/month. Wants trial -> send link Fri.", "note") == \
        "Spoke to Ada. 140 seats: EUR 9/seat/month. Wants trial -> send link Fri."
    assert clean("12 Arbeitsplätze -> 21,40 € netto pro Platz.", "note") == "12 Arbeitsplätze: 21,40 € netto pro Platz."


def test_other_arrows_and_other_sources_stay():
    assert clean("80 desks -> 176 drops.", "note") == "80 desks -> 176 drops."  # no price after it
    assert clean("Ada on phone: 4 sites -> USD 3,050/month.", "note") == "Ada on phone: 4 sites -> USD 3,050/month."
    assert clean("140 seats -> EUR 9/seat/month", "inbound") == "140 seats -> EUR 9/seat/month"


def test_a_term_before_the_arrow_is_no_count():
    assert clean("24 mo -> KES 2,150 pppm agreed.", "note") == "24 mo -> KES 2,150 pppm agreed."


def test_list_items_that_ask_are_paragraphs_of_their_own():
    """An item ending on an abbreviation ("until 5 p.m.") never runs into the next item's question."""
    from followup.drafting.sentences import split_sentences
    text = clean("Some news:\n\n- The crew can start Friday, since the hall is busy until 5 p.m.\n"
                 "- Do you have blue covers for the front row?\n- Is parking included?", "inbound")
    said = [text[a:b] for a, b in split_sentences(text)]
    assert "Do you have blue covers for the front row?" in said
    assert "Is parking included?" in said
    assert not any("p.m" in s and "?" in s for s in said)
