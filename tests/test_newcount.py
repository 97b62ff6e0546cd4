"""The newest count of a thing said wherever the draft says it (followup/drafting/newcount.py)."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

TZ = "Europe/Helsinki"
NOTE = "Call with Aino. Aino wants 180 skillets + 120 casseroles, asked 3% extra discount for Christmas volume."
OFFER = "Hello Aino,\n\nOur offer: 24 cm skillet EUR 38, 28 cm casserole EUR 64, both ex works.\n\nJonas"


def points(mail: str) -> list:
    state = build_state([Source("message", 3, OFFER, datetime(2028, 9, 1, 10), "outbound"),
                         Source("note", 1, NOTE, datetime(2028, 9, 4, 10), "note"),
                         Source("message", 2, mail, datetime(2028, 9, 5, 9), "inbound")], TZ, datetime(2028, 9, 7, 8),
                        customer_name="Aino Virtanen")
    return [i for i in state.items if i.direction == "note" and "skillets" in i.quote]


def test_a_call_notes_older_count_is_said_with_the_newer_one():
    mail = "Hello Jonas,\n\nSmall correction from yesterday: it is 150 casseroles, not 120. Skillets stay 180.\n\nAino"
    (note,) = points(mail)
    assert "180 skillets + 150 casseroles" in note.quote and "120" not in note.text


def test_a_count_not_replaced_stays():
    (note,) = points("Hello Jonas,\n\nCan you ship to Vantaa before week 44?\n\nAino")
    assert "120 casseroles" in note.quote


def test_a_count_said_anew_as_a_change_replaces_the_older_one():
    (note,) = points("Hello Jonas,\n\nWe checked the shelf space: only 100 casseroles now.\n\nAino")
    assert "180 skillets + 100 casseroles" in note.quote and "120" not in note.text


def test_a_count_said_as_more_or_fewer_is_no_new_total():
    (note,) = points("Hello Jonas,\n\nWe now need 20 more casseroles.\n\nAino")
    assert "120 casseroles" in note.quote
