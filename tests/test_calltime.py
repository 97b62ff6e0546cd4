"""The part of the day a customer asks to be called in, never the part they are busy in, said by the close in four
languages (read by followup.text.wish_prefs)."""
import pytest

from followup.drafting.calltime import call_time, close_time


@pytest.mark.parametrize("language, sentence, said", [
    ("en", "Ring me in the morning please, the afternoon I'm out with the boats.", "in the morning"),
    ("en", "Evenings work best for a call, I'm on site all day.", "in the evening"),
    ("en", "Mornings are busy here.", "in the afternoon"),
    ("de", "Rufen Sie bitte vormittags an, nachmittags bin ich im Stall.", "vormittags"),
    ("de", "Nachmittags bin ich unterwegs, am besten am Abend.", "am Abend"),
    ("fr", "Le matin je suis au marché, appelez-moi en soirée.", "en soirée"),
    ("fr", "Appelle-moi tôt le matin si jamais.", "tôt le matin"),
    ("es", "Por la mañana estoy en la bodega, llámeme en la tarde.", "en la tarde"),
    ("es", "No me llame por la tarde.", "por la mañana"),
])
def test_the_asked_part_of_the_day_wins_over_the_busy_one(language, sentence, said):
    assert call_time(sentence, language) == said


def test_no_part_of_the_day_no_time():
    assert call_time("Call me whenever you like.", "en") is None


@pytest.mark.parametrize("values, quote, language, said", [
    (["time:evening"], "after tea is best", "en", "in the evening"),
    (["time:morning"], "Ring me first thing in the morning", "en", "first thing in the morning"),
    (["time:not_morning"], "vormittags bin ich im Stall", "de", "am Nachmittag"),
    (["time:afternoon"], "Appelez-moi l'après-midi", "fr", "l'après-midi"),
    (["time:not_afternoon", "time:morning"], "por la tarde no, por la mañana sí", "es", "por la mañana"),
    (["time:midday"], "lunchtime works", "en", None),
])
def test_a_stored_preference_is_worded_in_the_customers_phrase_or_a_plain_one(values, quote, language, said):
    assert close_time(values, quote, language) == said


def test_the_part_of_the_day_a_sentence_names_whoever_calls():
    """'I'll call you in the afternoon', 'Te llamo yo por la tarde': the part named, as the close says it."""
    from followup.drafting.calltime import named_part
    assert named_part("I'll give you a call in the afternoon.", "en") == "in the afternoon"
    assert named_part("Te llamo yo mejor por la tarde.", "es") == "por la tarde"
    assert named_part("Ich rufe Sie abends an.", "de") == "abends"
    assert named_part("Je vous rappelle demain.", "fr") is None
