"""The opt-out the history reader keeps from one sentence (followup/text/wish_optout_kept.py)."""
from followup.text.wish_optout_kept import kept_opt_out


def test_the_writers_own_opt_out_is_kept_certain():
    """"Please stop emailing me." fires and is kept as a certain opt-out."""
    text = "Please stop emailing me."
    fired, kept = kept_opt_out(text, 0, text)
    assert fired and kept is not None and kept.kind == "do_not_contact" and kept.certain


def test_staff_refused_by_their_organisation_is_kept():
    """"Please do not contact our employees." is the writer's people refused, the writer among them."""
    text = "Please do not contact our employees."
    fired, kept = kept_opt_out(text, 0, text)
    assert fired and kept is not None and kept.certain


def test_no_opt_out_words_keep_nothing():
    """A sentence with no opt-out fires nothing and keeps nothing."""
    text = "Thanks, the quote looks fine."
    assert kept_opt_out(text, 0, text) == (False, None)
