from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.resized import _resizes, _swapped, must_be, resized, resized_prices
from followup.drafting.sentences import Source


@pytest.mark.parametrize("sentence, found", [
    ("Only we want the storage room bigger, 4 m2 instead of 2 m2.", [("4", "m2", "2")]),
    ("Wir brauchen 6 Stück statt 4 Stück.", [("6", "Stück", "4")]),
    ("Il nous faut 3 jours au lieu de 2 jours de formation.", [("3", "jours", "2")]),
    ("Necesitamos 20 m² en vez de 15 m².", [("20", "m²", "15")]),
    ("We'd like 12 chairs, not 10.", [("12", "chairs", "10")]),
    ("La entrega el 5 de marzo en vez de 8 de marzo.", []),  # a day is the date rules' business
])
def test_a_replaced_quantity_is_read_with_its_unit(sentence, found):
    assert _swapped(sentence) == found


def _offer(quote):
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=1,
                at=datetime(2028, 8, 1, 9), direction="outbound")


def test_the_rep_line_is_said_with_the_customer_s_new_quantity():
    """The offer stays in force with the storage room the customer asked bigger; its price is untouched."""
    offer = _offer("We offer a 36 m2 stand for EUR 27,500 with a 2 m2 storage room.")
    later = Source("message", 2, "Only we want the storage room bigger, 4 m2 instead of 2 m2.",
                   datetime(2028, 8, 5, 9), "inbound")
    out = resized([offer], [later], {("message", 2): later.text})
    assert out[0].quote == "We offer a 36 m2 stand for EUR 27,500 with a 4 m2 storage room."


def test_a_line_with_the_old_quantity_twice_is_not_guessed_at():
    offer = _offer("Two rooms: 2 m2 storage and 2 m2 kitchen.")
    later = Source("message", 2, "We want 4 m2 instead of 2 m2.", datetime(2028, 8, 5, 9), "inbound")
    assert resized([offer], [later], {("message", 2): later.text})[0].quote == offer.quote


def test_a_quantity_the_rep_already_stated_is_left_to_the_newer_offer():
    """'36 months instead of 48' after the rep's revised offer already said 36 months: the old line is not rewritten."""
    offer = _offer("Lease: EUR 2,340 per month over 48 months.")
    revised = Source("message", 2, "The lease becomes EUR 2,190 per month over 36 months.", datetime(2028, 8, 3, 9),
                     "outbound")
    later = Source("message", 3, "We want 36 months instead of 48.", datetime(2028, 8, 5, 9), "inbound")
    cleaned = {("message", 2): revised.text, ("message", 3): later.text}
    assert resized([offer], [revised, later], cleaned)[0].quote == offer.quote


def test_a_bare_term_the_price_was_for_is_not_rewritten():
    """'over 48 months' names no thing the customer names: the price may be for that term, so it is left alone."""
    offer = _offer("Lease: EUR 2,340 per month over 48 months.")
    later = Source("message", 2, "We want 36 months instead of 48.", datetime(2028, 8, 5, 9), "inbound")
    assert resized([offer], [later], {("message", 2): later.text})[0].quote == offer.quote


def test_a_value_the_customer_says_a_thing_must_have_takes_the_reps_clause_out():
    """Written for this rule: 'LED strips at 4000 K' was said again after 'the LED must be 3000 K'."""
    offer = _offer("Our cabinet: 120 cm wide, 40 cm deep, glass doors and LED strips at 4000 K.")
    later = Source("message", 2, "We take it. But the LED must be 2700 K, warmer.", datetime(2028, 8, 5, 9), "inbound")
    out = must_be([offer], [later], {("message", 2): later.text})[0]
    assert out.quote == "Our cabinet: 120 cm wide, 40 cm deep, glass doors." and "4000" not in out.text


@pytest.mark.parametrize("later", [
    "Is 2700 K possible?",  # a question: the rep's to answer, the line stays
    "The room must be 90 cm higher than the old one.",  # no thing of the line named
    "Our warehouse door must be 300 cm wide.",  # another thing measured in cm
])
def test_a_line_no_must_have_value_replaces_stays(later):
    offer = _offer("Our cabinet: 120 cm wide, glass doors and LED strips at 4000 K.")
    src = Source("message", 2, later, datetime(2028, 8, 5, 9), "inbound")
    assert must_be([offer], [src], {("message", 2): later})[0].quote == offer.quote


@pytest.mark.parametrize("sentence, found", [
    ("Hall plan: 30 x 12 m, not 10 - the wall moved.", [({"30", "12"}, {"10"})]),
    ("Bitte 8 x 5 m statt 8 x 4 m.", [({"8", "5"}, {"8", "4"})]),
    ("La dalle fera 12 x 9 au lieu de 12 x 7.", [({"12", "9"}, {"12", "7"})]),
    ("We need 3 x 2 pallets a week, not 4.", []),  # a count, no size
])
def test_a_size_given_anew_is_read_with_the_figure_it_replaces(sentence, found):
    assert _resizes(sentence) == found


def _sized_run(offer_text, quotes, later_text):
    t1, t2 = datetime(2028, 8, 1, 9), datetime(2028, 8, 9, 9)
    offer = Source("message", 1, offer_text, t1, "outbound")
    later = Source("message", 2, later_text, t2, "inbound")
    items = [_offer(q) for q in quotes]
    return resized_prices(items, [offer, later], {(s.kind, s.id): s.text for s in (offer, later)})


def test_prices_computed_on_a_replaced_size_are_out_of_force():
    """Written for this rule: the price for the old floor would be restated beside the customer's new size."""
    quotes = ["- platform 30 m x 10 m: EUR 41,000", "- the same with handrails on all sides: EUR 44,500",
              "Delivery and assembly included."]
    out = _sized_run("Our offer:\n" + "\n".join(quotes), quotes, "We go with handrails, 30 x 12 m, not 10.")
    assert [i.status for i in out] == ["superseded", "superseded", "open"]


def test_a_priced_line_of_another_size_and_an_unchanged_size_stay():
    """Written for this rule: a second product with its own size keeps its price; a size not replaced keeps all."""
    quotes = ["- platform 30 m x 10 m: EUR 41,000", "- canopy 6 m x 4 m: EUR 9,800"]
    out = _sized_run("\n".join(quotes), quotes, "Platform 30 x 12 m, not 10.")
    assert [i.status for i in out] == ["superseded", "open"]
    out = _sized_run("\n".join(quotes), quotes, "Canopy 8 x 5 m instead of 8 x 4 m.")
    assert [i.status for i in out] == ["open", "open"]
