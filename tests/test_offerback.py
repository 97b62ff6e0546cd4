"""Tests for a customer's list that plays the rep's offer back."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.offerback import played_back

P = {"listed": "I've taken your points on board: {x}.", "and": "and"}


def _join(parts: list[str], conj: str) -> str:
    return parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + f"; {conj} " + parts[-1]


def _item(text: str) -> Item:
    return Item(kind="listed", text=text, quote=text, source_kind="message", source_id=3,
                at=datetime(2031, 4, 2, 9), direction="inbound")


def test_a_point_the_reps_line_says_whole_is_left_out():
    listed = [_item("the 12 kW unit at €4,950"), _item("fitting on a Saturday")]
    line = [P["listed"].format(x=_join([i.text for i in listed], "and"))]
    recap = ["I've noted that you open in May.", line[0], "The 12 kW unit is €4,950 installed."]
    kept, new, out = played_back(listed, line, recap, P, _join)
    assert [i.text for i in kept] == ["fitting on a Saturday"]
    assert out == ["I've noted that you open in May.", "I've taken your points on board: fitting on a Saturday.",
                   "The 12 kW unit is €4,950 installed."]


def test_a_point_that_adds_a_word_or_an_amount_stays_and_a_line_with_none_left_goes():
    listed = [_item("40 chairs at £35, in oak"), _item("the cushions at £12")]
    line = [P["listed"].format(x=_join([i.text for i in listed], "and"))]
    recap = [line[0], "40 chairs at £35 each, cushions £12 each."]
    kept, _, out = played_back(listed, line, recap, P, _join)
    assert [i.text for i in kept] == ["40 chairs at £35, in oak"]
    only = [_item("the cushions at £12")]
    line = [P["listed"].format(x="the cushions at £12")]
    kept, new, out = played_back(only, line, [line[0], "Cushions are £12 each."], P, _join)
    assert kept == [] and new == [] and out == ["Cushions are £12 each."]


def test_a_point_without_an_amount_is_the_customers_own():
    listed = [_item("delivery before 9 am")]
    line = [P["listed"].format(x="delivery before 9 am")]
    recap = [line[0], "Delivery is before 9 am, £40."]
    assert played_back(listed, line, recap, P, _join)[2] == recap
