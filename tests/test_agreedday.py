"""What happens next, as a call note agreed it (followup/drafting/agreedday.py)."""
from datetime import date

from followup.drafting.agreedday import agreed_sentence
from followup.drafting.reading import INTERNAL_ANY

TODAY = date(2031, 3, 5)


def test_an_agreed_day_ahead_is_said_with_a_second_dated_step():
    assert agreed_sentence("Delivery confirmed for Tue 18 March, crew starts Wed 19 March.", TODAY) == \
        "delivery is on Tuesday 18 March"  # "crew starts" is no step the grammar knows: the first day alone
    assert agreed_sentence("Installation agreed for Mon 10 March, training starts Tue 11 March", TODAY) == \
        "installation is on Monday 10 March, and the training starts Tuesday 11 March"
    assert agreed_sentence("Start moved to 2 April.", TODAY) == "the start is now on 2 April"


def test_a_place_is_said_unless_left_out():
    clause = "Delivery Thu 13 March to the Leeds depot, we install the week after"
    assert agreed_sentence(clause, TODAY) == \
        "delivery to the Leeds depot is on Thursday 13 March, and we install the week after"
    assert agreed_sentence(clause, TODAY, place=False) == \
        "delivery is on Thursday 13 March, and we install the week after"


def test_a_day_past_wished_for_or_unsure_is_not_said_as_agreed():
    assert agreed_sentence("Delivery agreed for 1 March.", TODAY) == ""  # past
    assert agreed_sentence("Delivery 20 March tbc w/ warehouse.", TODAY) == ""
    assert agreed_sentence("Installation 20 March if the floor is dry.", TODAY) == ""
    assert agreed_sentence("Delivery wk 12 maybe.", TODAY) == ""


def test_commissioning_is_no_sales_commission():
    assert INTERNAL_ANY.search("Commissioning moved to Tue 12 January.") is None
    assert INTERNAL_ANY.search("Her commission is 5%") is not None


def test_an_agreed_day_cut_whole_stays_as_the_note_writes_it():
    assert agreed_sentence("Delivery confirmed for Tue 18 Mar.", TODAY) == "delivery is on Tue 18 Mar"
