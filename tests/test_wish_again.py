"""A customer pointing back at a wish they wrote before (followup/text/wish_again.py)."""
from followup.text.wish_again import reaffirmed, reaffirmed_opt_out
from followup.text.wish_base import DNC, PAUSED, QUIET, Wish


def test_a_pointer_back_at_the_customers_own_quoted_opt_out_is_a_possible_opt_out():
    wish = reaffirmed_opt_out("I meant what I wrote last time.", "> Please stop emailing me.")
    assert wish is not None and wish.kind == DNC and not wish.certain and wish.quote == "I meant what"


def test_no_pointer_or_no_opt_out_below_is_nothing():
    assert reaffirmed_opt_out("Thanks, see the figures.", "> Please stop emailing me.") is None
    assert reaffirmed_opt_out("I meant what I wrote last time.", "> Could you send the price list?") is None


def test_a_quoted_wish_said_to_still_hold_is_read_again_as_possible_and_only_of_a_kind_not_read():
    read = lambda own: [Wish(QUIET, own, certain=True)]  # noqa: E731 (stands in for detect_wishes)
    again = reaffirmed("Still true, see below.", "> Give me three weeks.", [], read)
    assert [(w.kind, w.certain) for w in again] == [(QUIET, False)]
    assert reaffirmed("Still true, see below.", "> Give me three weeks.", [Wish(QUIET, "x", certain=True)], read) == []
    assert reaffirmed("See below.", "> Give me three weeks.", [], read) == []  # no "still holds"
    assert reaffirmed("Still true.", "> On Mon, 2 Nov 2026, Kofi wrote:", [], lambda own: [Wish(PAUSED, own)]) == []
