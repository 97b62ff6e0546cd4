"""What a later source shows overtaken: an offer whose thing a note records put in, a note's arrow that revises
the rep's own words (followup/drafting/overtaken.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.overtaken import arrow_revised, put_in
from followup.drafting.sentences import Source

T1, T2 = datetime(2027, 5, 3, 9), datetime(2027, 5, 5, 9)


def _item(kind, quote, direction, at, sid=1):
    return Item(kind=kind, text=quote, quote=quote, source_kind="message", source_id=sid, at=at, direction=direction)


def _offer_then(note: str):
    offer = Source("message", 1, "The PX-9 is in stock, EUR 7,850 fitted. The loan unit is EUR 95 a week.",
                   datetime(2027, 5, 3, 9), "outbound")
    later = Source("note", 2, note, datetime(2027, 5, 20, 9), "note")
    items = [Item(kind="term", text=q, quote=q, source_kind="message", source_id=1, at=offer.at, direction="outbound")
             for q in ("The PX-9 is in stock, EUR 7,850 fitted.", "The loan unit is EUR 95 a week.")]
    return put_in(items, [offer, later], {(s.kind, s.id): s.text for s in (offer, later)})


def test_an_offer_whose_thing_a_later_note_records_installed_is_history():
    """Written for this rule: the offer's price and the hire unit's weekly rate were said after the install."""
    assert [i.status for i in _offer_then("Installed PX-9 on site 18 May, running fine.")] == ["past", "past"]


@pytest.mark.parametrize("note", [
    "Delivered a demo PX-9 for a two-week trial.",  # put in for a while only: the sale is open
    "Installed the old unit's new filter.",  # no thing of the offer named
    "Installed PX-9 yet?",  # a question
])
def test_an_offer_no_later_note_records_put_in_stays(note):
    assert [i.status for i in _offer_then(note)] == ["open", "open"]


@pytest.mark.parametrize("line, note, said", [
    ("With the labeller: EUR 10,150, delivery end of January.", "Call. Delivery end of January -> early March, shed.",
     "With the labeller: EUR 10,150, delivery early March."),
    ("Avec étiqueteuse : 10 150 000 DA, livraison fin janvier.", "Tél. Livraison fin janvier -> livraison début mars.",
     "Avec étiqueteuse : 10 150 000 DA, livraison début mars."),
    ("Preis 4.200 €, Lieferung KW 12.", "Tel. Lieferung KW 12 -> KW 15, Halle nicht fertig.", "Preis 4.200 €, Lieferung KW 15."),
])
def test_a_notes_arrow_revises_the_reps_own_words(line, note, said):
    """Written for this rule: 'livraison fin janvier' was said after the note moved it to early March."""
    offer = _item("term", line, "outbound", T1)
    src = Source("note", 9, note, T2, "note")
    ordered = [Source("message", 1, line, T1, "outbound"), src]
    assert arrow_revised([offer], ordered, {(s.kind, s.id): s.text for s in ordered})[0].quote == said


@pytest.mark.parametrize("note", [
    "Asked about delivery -> end of January ok.",  # an answer after the arrow, not the line's words before it
    "Delivery end of January -> fine for him.",  # no day or figure put in its place
])
def test_an_arrow_that_revises_none_of_the_lines_words_leaves_it(note):
    line = "With the labeller: EUR 10,150, delivery end of January."
    src = Source("note", 9, note, T2, "note")
    ordered = [Source("message", 1, line, T1, "outbound"), src]
    out = arrow_revised([_item("term", line, "outbound", T1)], ordered, {(s.kind, s.id): s.text for s in ordered})
    assert out[0].quote == line
