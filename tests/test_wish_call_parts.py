"""The part of the day a call is asked for or refused in (followup/text/wish_call_parts.py)."""
import pytest

from followup.text.wish_call_parts import call_parts


@pytest.mark.parametrize("sentence, language, parts", [
    ("Please call me in the morning, afternoon I am at the ponds.", "en", ["time:morning", "time:not_afternoon"]),
    ("Bitte rufen Sie mich vormittags an, nachmittags bin ich im Wald.", "de", ["time:morning", "time:not_afternoon"]),
    ("Le matin je suis au marché, appelez-moi en soirée.", "fr", ["time:not_morning", "time:evening"]),
    ("No me llame por la tarde.", "es", ["time:not_afternoon"]),
    ("Er will Rückruf am Abend.", "de", ["time:evening"]),
])
def test_the_parts_of_the_day_a_call_is_asked_for_or_refused_in_four_languages(sentence, language, parts):
    assert call_parts(sentence, language) == parts
