"""A call note's question cut in two is asked whole (followup.drafting.noteask)."""
from datetime import date, datetime

from followup.drafting.items import Item, State
from followup.drafting.noteask import with_labelled_question

AT = datetime(2026, 11, 23, 16)


def _note(kind: str, quote: str) -> Item:
    return Item(kind=kind, text="", quote=quote, source_kind="note", source_id=3, at=AT, direction="note")


def _state(*items: Item) -> State:
    return State(items=tuple(items), language="en", today=date(2026, 11, 24), last={})


def test_the_fragment_joins_the_labelled_question_before_it():
    first, rest = _note("term", "Owen q: can the lights run off the generator"), _note("question", "none on site?")
    assert with_labelled_question("none on site", rest, _state(first, rest)) == \
        "can the lights run off the generator – none on site"


def test_a_fragment_without_a_labelled_question_before_it_stays():
    first, rest = _note("term", "Gym closes at 9"), _note("question", "and who pays?")
    assert with_labelled_question("and who pays", rest, _state(first, rest)) == "and who pays"
