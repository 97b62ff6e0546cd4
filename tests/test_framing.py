"""Tests for followup/drafting/framing.py: a template's own words, its slots left out."""
from followup.drafting.framing import framing_words


def test_slots_are_left_out_and_the_template_words_kept():
    """What fills a slot comes from a source; only the template's words are framing."""
    words = framing_words("Payment in {n} parts, {x}, is fine.", "and").split()
    assert words == ["Payment", "in", "parts,", ",", "is", "fine.", "and"]
    assert "{n}" not in framing_words("El pago es {x}.")
