"""A note's change of part of an offer to another value, said as the rep's sentence (followup/drafting/swapped.py)."""
import pytest

from followup.drafting.swapped import swap_sentence


@pytest.mark.parametrize("clause, language, said", [
    ("62 fittings at 4000K instead of 3000K", "en", "For 62 fittings, it will be 4000K."),
    ("20 chairs in oak instead of beech, same price", "en", "For 20 chairs, it will be oak, at the same price."),
    ("12 Leuchten mit 4000K statt 3000K, gleicher Preis", "de", "Für 12 Leuchten gilt 4000K, zum gleichen Preis."),
    ("12 Leuchten mit 4000K statt 3000K", "de", "Für 12 Leuchten gilt 4000K."),
    ("12 Leuchten mit 4000K statt 3000K zum gleichen Preis", "de", "Für 12 Leuchten gilt 4000K, zum gleichen Preis."),
    ("8 portes en chêne au lieu de hêtre, même prix", "fr", "Pour 8 portes, ce sera chêne, au même prix."),
    ("10 sillas en negro en lugar de gris", "es", "Para 10 sillas, será negro."),
])
def test_some_of_an_offers_things_changed_to_another_value_are_said_with_the_new_value_only(clause, language, said):
    """The old value is out of force: never said again; the same price said when the note says so."""
    assert swap_sentence(clause, language) == said


def test_no_count_no_replacing_word_or_the_same_value_is_no_change():
    assert swap_sentence("fittings at 4000K instead of 3000K", "en") == ""
    assert swap_sentence("62 fittings at 4000K", "en") == ""
    assert swap_sentence("5 Tische aus Eiche statt Eiche", "de") == ""
    assert swap_sentence("62 fittings at 4000K instead of 3000K", "pt") == ""
