"""A list price the rep went below is out of force (followup/drafting/listprice.py)."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.listprice import below_list

_AT = datetime(2031, 3, 2, 10)


def _item(quote: str, *, source_id: int = 1, direction: str = "note", at: datetime = _AT) -> Item:
    return Item(kind="term", text="", quote=quote, source_kind="note" if direction == "note" else "message",
                source_id=source_id, at=at, direction=direction)


def test_the_list_clause_is_cut_from_a_sentence_that_gives_the_reps_own_figure():
    out = below_list([_item("List EUR 1,450/seat, offered EUR 1,290 for 20 seats.")])
    assert out[0].quote == "Offered EUR 1,290 for 20 seats."
    assert out[0].status == "open"


def test_a_sentence_with_only_the_list_price_goes_when_the_rep_gave_less_after_it():
    for listed, given in [("Listenpreis 8.900 € netto", "ihm 8.200 € netto angeboten."),
                          ("Prix catalogue 3 400 € HT", "je lui ai fait 3 150 € HT."),
                          ("Precio de lista $96,000 + IVA", "le dejé $89,500 + IVA.")]:
        out = below_list([_item(listed), _item(given)])
        assert out[0].status == "superseded", listed
        assert out[1].status == "open"


def test_a_list_price_stands_when_no_lower_figure_of_the_reps_follows():
    items = [_item("List price is $2,400 per licence."), _item("Customer hopes for $2,000.", direction="inbound",
                                                                source_id=2, at=datetime(2031, 3, 3, 9))]
    assert [i.status for i in below_list(items)] == ["open", "open"]
    # a lower figure in another currency is no answer to it either
    assert below_list([_item("List GBP 900 each, indicated EUR 850.")])[0].quote == "List GBP 900 each, indicated EUR 850."


def test_a_list_of_things_is_no_list_price():
    item = _item("Sent the list of 12 options, total $4,000; she'll pick $3,000 worth.")
    assert below_list([item])[0] == item
