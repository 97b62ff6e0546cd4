"""A customer's cost question that the rep's earlier offer in force already prices is answered by it, in four
languages; one on something the offer does not name stays open."""
from datetime import datetime, timezone

import pytest

from followup.drafting.already import answered_already
from followup.drafting.items import Item

EARLY = datetime(2028, 7, 14, 6, 30, tzinfo=timezone.utc)
LATE = datetime(2028, 8, 17, 23, 40, tzinfo=timezone.utc)


def _item(kind: str, quote: str, at: datetime, direction: str, source_id: int) -> Item:
    return Item(kind=kind, text="", quote=quote, source_kind="message", source_id=source_id, at=at,
                direction=direction)


@pytest.mark.parametrize("offer, question", [
    ("You can run a pilot test with our mobile unit: JPY 600,000 for two weeks, credited against the order.",
     "is the pilot test free or paid?"),
    ("Die Schulung vor Ort kostet 1.200 € pro Tag.", "Ist die Schulung vor Ort kostenlos?"),
    ("La formation sur site est à 1 200 € HT par jour.", "La formation sur site est-elle payante ?"),
    ("La formación en planta cuesta 1.200 € por día.", "¿La formación en planta es gratis?"),
])
def test_a_cost_question_the_earlier_offer_prices_is_answered_by_it(offer, question):
    term, asked = _item("term", offer, EARLY, "outbound", 2), _item("question", question, LATE, "inbound", 3)
    got = answered_already([term, asked])
    assert got[0].status == "open" and got[1].status == "answered" and got[1].by == "message:2"


def test_a_question_on_what_the_offer_does_not_name_or_asked_before_it_stays_open():
    term = _item("term", "Pilot test with our mobile unit: JPY 600,000 for two weeks.", EARLY, "outbound", 2)
    other = _item("question", "is the reference visit free or paid?", LATE, "inbound", 3)
    before = _item("question", "is the pilot test free or paid?", EARLY.replace(day=1), "inbound", 1)
    assert [i.status for i in answered_already([before, term, other])] == ["open", "open", "open"]


def test_a_price_asked_for_a_change_or_for_what_the_offer_leaves_out_stays_open():
    term = _item("term", "Our contract is AED 186,000 per year, parts except ropes and escalator steps.", EARLY,
                 "outbound", 2)
    changed = _item("question", "ropes and steps also included, what is the price then?", LATE, "inbound", 3)
    left_out = _item("question", "what is the price of the ropes and escalator steps?", LATE, "inbound", 4)
    assert [i.status for i in answered_already([term, changed, left_out])] == ["open", "open", "open"]
