"""The part of the day a customer asks to be called in, never the part they are busy in, in four languages."""
import pytest

from followup.drafting.calltime import asks_call_time, call_time


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


@pytest.mark.parametrize("sentence, asks", [
    ("Best to phone in the evening, I work nights.", True),
    ("Er möchte Rückruf am Vormittag.", True),
    ("Préfère qu'on le rappelle le matin.", True),
    ("Prefiere llamadas en la mañana.", True),
    ("I'll call you in the morning about the crane.", False),
    ("The delivery comes in the morning.", False),
])
def test_a_sentence_asking_for_a_call_time(sentence, asks):
    assert asks_call_time(sentence) is asks
