"""Cutting a long restatement to its word limit (followup/drafting/cutting.py)."""
from followup.drafting.cutting import _no_dangling, _shorten


def test_a_cut_restatement_keeps_the_price_it_was_cut_before():
    said = ("The overnight work adds an out-of-hours supplement, but if we book all four in one week the total "
            "comes to £4,980 including the supplement")
    assert "£4,980" in _shorten(said, 12)
    assert "£4,980 including the supplement" in _shorten(said, 12)
    assert _shorten("you need two vans for the depot and three more for the yard in spring", 12).startswith(
        "you need two vans")


def test_a_shortened_restatement_keeps_the_day_it_names():
    said = "you need to be certain about the cover before your trustees meet on 14 January"
    assert _shorten(said, 12).endswith("on 14 January")
    assert _shorten("Sie brauchen alle Unterlagen vollständig vor der Sitzung des Vorstands am 3. März", 8) \
        .endswith("am 3. März")


def test_a_cut_never_ends_on_a_figure_modifier_that_lost_its_noun():
    # "for a 5-day | conference": the phrase without its noun is dropped whole, not left hanging
    assert _no_dangling("you need fresh flowers for the hotel lobby for a 5-day") == \
        "you need fresh flowers for the hotel lobby"
    assert _no_dangling("you need it for 5-day") == "you need it for 5-day"  # no article: nothing was cut off


def test_a_cut_never_ends_on_a_preposition_waiting_for_its_object():
    assert _no_dangling("you need six cold rooms fitted with alarms before") == \
        "you need six cold rooms fitted with alarms"
    assert _no_dangling("you'll move all your print work from") == "you'll move all your print work"
