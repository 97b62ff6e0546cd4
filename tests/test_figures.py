"""Figures in force: a term the rep's own lines already say, or say again with a figure changed."""
from datetime import datetime

from followup.drafting.figures import amounts, numbers, restated_or_replaced
from followup.drafting.items import Item


def item(quote, direction, day):
    return Item(kind="term", text="", quote=quote, source_kind="message" if direction != "note" else "note",
                source_id=day, at=datetime(2026, 11, day, 12), direction=direction)


def test_numbers_and_amounts_read_thousands_as_one_figure():
    assert numbers("KES 14,500 from Dec 7") == {"14500", "7"}
    assert amounts("KES 14,500 from Dec 7, 3 vans") == {"14500"}


def test_a_note_term_every_figure_of_which_the_reps_line_says_again_is_not_said_twice():
    note = item("told her our cover is £5m per claim", "note", 2)
    line = item("Our cover is £5m per claim, for every crew.", "outbound", 3)
    assert restated_or_replaced(note, [line])
    other = item("told her the van holds 5 pallets", "note", 2)  # no sum of money: the overlap may be chance
    assert not restated_or_replaced(other, [line])


def test_a_calls_proposal_offered_again_in_writing_with_a_figure_changed_is_out_of_force():
    note = item("Proposed window cleaning 3 x/month, 08:00-10:00", "note", 2)
    later = item("For 4 visits a month, 08:00 to 10:00, the price is $640 a month.", "outbound", 5)
    assert restated_or_replaced(note, [later])
    earlier = item("For 4 visits a month, 08:00 to 10:00, the price is $640 a month.", "outbound", 1)
    assert not restated_or_replaced(note, [earlier])  # a line older than the call does not replace it


def test_a_dotted_currency_abbreviation_makes_a_figure_an_amount():
    """"Gs. 41.500" is money; "Nr. 12" is not."""
    from followup.drafting.figures import _priced
    assert {v for _, _, v in _priced("Precio: Gs. 41.500 por m², 3 torres")} == {"41500"}
    assert _priced("Ticket Nr. 12, 3 vans") == set()
