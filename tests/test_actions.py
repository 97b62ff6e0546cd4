"""What the rep will do and which questions the draft addresses (followup.drafting.actions)."""
from datetime import date, datetime

from followup.drafting.actions import before_question, rep_actions
from followup.drafting.items import Item, State

AT = datetime(2026, 11, 23, 16)


def item(kind, text, quote, direction="inbound", n=1, **kw):
    return Item(kind=kind, text=text, quote=quote, source_kind="message", source_id=n, at=AT, direction=direction,
                **kw)


def state(*items, language="en"):
    return State(items=tuple(items), language=language, today=date(2026, 11, 24), last={})


def test_an_open_promise_is_said_and_an_internal_one_is_not():
    actions, _ = rep_actions(state(item("commitment", "I'll send the rate sheet", "Sending rate sheet.", "note"),
                                   item("commitment", "I'll ask Jo in billing", "Ask Jo in billing.", "note",
                                        internal=True)))
    assert [a for a, _ in actions] == ["I'll send the rate sheet"]


def test_a_reaction_back_at_the_rep_is_no_question_to_slot():
    _, questions = rep_actions(state(item("question", "", "Which meeting?")))
    assert questions == []


def test_an_open_question_becomes_one_slot_line():
    _, questions = rep_actions(state(item("question", "", "Does the Team plan include SSO?")))
    assert len(questions) == 1 and "SSO" in questions[0][0]


def test_the_sentence_before_a_question_is_its_context_unless_it_is_another_persons():
    first = item("constraint", "", "We run three sites in the north of the county.")
    asked = item("question", "", "Can your team cover all of them?")
    assert before_question(state(first, asked), asked) == "We run three sites in the north of the county"
    assert before_question(state(asked), asked) == ""


def test_a_request_to_be_sent_a_price_is_a_slot_not_a_promise():
    asked = item("request", "I'll send new price for the 8 meters", "And please send new price for the 8 meters.")
    actions, questions = rep_actions(state(asked))
    assert actions == [] and [q for q, _ in questions] == ["[[answer: new price for the 8 meters?]]"]


def test_a_note_question_cut_from_its_label_is_asked_whole():
    first = item("term", "", "Priya q: can the banner carry both club crests", "note")
    rest = item("question", "", "and who pays for printing?", "note")
    _, questions = rep_actions(state(first, rest))
    assert questions[0][0] == "[[answer: can the banner carry both club crests, and who pays for printing?]]"


def test_a_listed_point_asking_a_price_is_a_slot():
    asked = item("listed", "your board asks a price for the LED banner", "our board asks a price for the LED banner")
    _, questions = rep_actions(state(asked))
    assert [q for q, _ in questions] == ["[[answer: the price for the LED banner?]]"]


def test_a_lead_in_to_a_list_of_questions_is_no_slots_context():
    """"Tom and I need a few answers first:" opens the questions; it says nothing about the first one."""
    lead = item("constraint", "", "Tom and I need a few answers first:")
    asked = item("question", "", "Can you deliver the racks to the back entrance on a Saturday?")
    _, questions = rep_actions(state(lead, asked))
    assert questions and "answers first" not in questions[0][0], questions
