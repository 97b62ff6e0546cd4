"""A question asking for the quote to be adjusted after a new count: asked for that count (quotefor.py)."""
import pytest

from followup.drafting.quotefor import quote_for_count


@pytest.mark.parametrize("asked, before, language, out", [
    ("can you redo the estimate", "We expect 640 guests now", "en", "can you redo the estimate for 640 guests"),
    ("¿Nos actualizan la oferta", "Al final seremos 85 personas", "es", "¿Nos actualizan la oferta para 85 personas"),
])
def test_the_count_follows_the_quote(asked, before, language, out):
    assert quote_for_count(asked, before, language) == out


@pytest.mark.parametrize("asked, before, language", [
    ("can you redo the estimate", "The venue holds 640 guests and 12 tables", "en"),  # two counts
    ("can you redo the estimate for 600", "We expect 640 guests now", "en"),  # a figure of its own
    ("can you send the estimate", "We expect 640 guests now", "en"),  # nothing to adjust
    ("can you redo the estimate", "We need it for 3 days", "en"),  # a time span, no count
    ("can you redo the estimate", "We now expect about 640 guests at the gala dinner in the old hall", "en"),
])
def test_no_count_is_put_in_otherwise(asked, before, language):
    assert quote_for_count(asked, before, language) == ""
