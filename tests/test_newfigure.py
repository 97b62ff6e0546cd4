"""The figure in force after a change, said with the change (followup/drafting/newfigure.py)."""
from datetime import datetime, timezone

from followup.drafting.conversation import build_state
from followup.drafting.newfigure import change_sentence
from followup.drafting.sentences import Source


def test_a_dropped_part_and_a_new_count_are_said_with_the_new_price():
    assert change_sentence("Revised: remove the spare motor", "£9,800.") == \
        "the new price without the spare motor is £9,800"
    assert change_sentence("Agreed: drop night shift from the contract, 3 buildings only", "$12,400 + tax") == \
        "the new price for 3 buildings, without the night shift, is $12,400 plus tax"


def test_an_added_part_and_a_second_thing_priced_after_the_new_total():
    assert change_sentence("add a service kit", "new total EUR 5,150") == \
        "the new total with a service kit is EUR 5,150"
    assert change_sentence("Client wants only 25 chairs (space is tight), rest same",
                           "new total $3,375, plus 2 trolleys $240.") == \
        "the new total for 25 chairs is $3,375, plus 2 trolleys at $240"


def test_no_change_the_grammar_reads_or_more_after_the_figure_is_left_alone():
    assert change_sentence("Asked about colours", "$400") == ""  # no change said
    assert change_sentence("drop the canopy", "$7,000, ships in 3 weeks") == ""  # a lead time the sentence would lose
    assert change_sentence("drop the canopy", "ask Sam") == ""  # no figure after the arrow


def test_a_call_note_change_becomes_one_term_with_its_figure():
    at = datetime(2031, 3, 2, 9, tzinfo=timezone.utc)
    sources = [
        Source("message", 1, "Hi Dana,\n\nCould you quote 40 stools for the bar?\n\nMarco", at, "inbound"),
        Source("message", 2, "Hi Marco,\n\n40 stools come to $6,000 delivered.\n\nDana",
               at.replace(day=3), "outbound"),
        Source("note", 3, "Call w/ Marco. Wants only 30 stools -> $4,500. He'll confirm Friday.",
               at.replace(day=4), "note"),
    ]
    state = build_state(sources, "America/Chicago", at.replace(day=5), customer_name="Marco Ruiz")
    said = [i.text for i in state.items if i.text.startswith("the new ")]
    assert said == ["the new price for 30 stools is $4,500"]
