"""A rough price for a count a later source changed is out of force (followup/drafting/estimate.py)."""
from datetime import datetime

import pytest

from followup.drafting.estimate import old_count_estimates
from followup.drafting.items import Item


def _item(quote, status="open", by=""):
    return Item(kind="term", text="", quote=quote, source_kind="note", source_id=1, at=datetime(2030, 4, 2, 9),
                direction="note", status=status, by=by)


@pytest.mark.parametrize("count,estimate", [
    ("Roughly 30 chairs.", "Ballpark $9k delivered."),
    ("Etwa 30 Stühle.", "Richtpreis 9.000 € geliefert."),
    ("Environ 30 chaises.", "Estimation 9 000 € livrées."),
    ("Unas 30 sillas.", "Precio aproximado 9.000 € con entrega."),
])
def test_an_estimate_for_a_count_changed_since_goes(count, estimate):
    text = f"Visit. {count} {estimate} Back next week."
    items = [_item(count, "superseded", "note:2"), _item(estimate)]
    out = old_count_estimates(items, {("note", 1): text})
    assert (out[1].status, out[1].by) == ("superseded", "note:2")


def test_an_estimate_for_a_count_still_in_force_stays():
    text = "Visit. Roughly 30 chairs. Ballpark $9k delivered."
    items = [_item("Roughly 30 chairs."), _item("Ballpark $9k delivered.")]
    assert old_count_estimates(items, {("note", 1): text})[1].status == "open"


def test_a_firm_price_after_a_changed_count_stays():
    text = "Visit. Roughly 30 chairs. Price $9,000 delivered."
    items = [_item("Roughly 30 chairs.", "superseded", "note:2"), _item("Price $9,000 delivered.")]
    assert old_count_estimates(items, {("note", 1): text})[1].status == "open"
