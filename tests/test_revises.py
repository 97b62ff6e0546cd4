"""A revision word speaks of a figure unless "new" names a new thing the sentence prices."""
import pytest

from followup.drafting.revises import revises


@pytest.mark.parametrize("sentence", [
    "Sent the revised quote, $4,800.",
    "New total $12,450 with the extra gate.",
    "The new price is €310 a month.",
    "Now £480 per visit.",
    "Le nouveau prix est de 950 €.",
])
def test_a_revised_figure_is_a_revision(sentence):
    assert revises(sentence)


@pytest.mark.parametrize("sentence", [
    "Old hinges can stay, else new hinges $18 each.",
    "A new battery would be €140.",
    "Two new member farms joined, the feed is JPY 86,000 per tonne.",
    "The gate is $2,000.",
])
def test_a_new_thing_priced_is_no_revision(sentence):
    assert not revises(sentence)
