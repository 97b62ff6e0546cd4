"""A time of day pointed back at by the next sentence (followup/text/wish_window.py)."""
import pytest

from followup.text.wish_window import named_part, pointed_time


def read(*sentences: str) -> list[str]:
    """The preference values pointed_time reads in the sentences, as certain ones."""
    return [w.preference for w in pointed_time([(s, s) for s in sentences], []) if w.certain]


@pytest.mark.parametrize("before, after, value", [
    ("I start at 7 and I'm fresh until about 10.", "That's the window if you want to talk.", "time:morning"),
    ("I only get to emails once the light's gone - after six, realistically.",
     "If you want a proper conversation, that's the time.", "time:evening"),
    ("I only get to the business side after dinner - say half seven onwards.",
     "If you'd like to talk me through the set-up, that's when I can actually listen.", "time:evening"),
    ("I'm only properly at my desk from about half three onwards.", "That's when to ring.", "time:afternoon"),
    ("Nachmittags bin ich im Büro.", "Das ist die beste Zeit, um mich anzurufen.", "time:afternoon"),
])
def test_a_time_pointed_back_at_is_a_certain_preference(before, after, value):
    assert read(before, after) == [value]


@pytest.mark.parametrize("before, after", [
    ("We open at 9 and close after six.", "That's when the deliveries come in."),  # no talk
    ("I start at 7 and I'm fresh until about 10.", "Thanks for the quote."),  # nothing points back
])
def test_no_time_without_a_pointer_about_being_reached(before, after):
    assert read(before, after) == []


def test_the_hour_from_or_until_which_gives_the_part_of_day():
    assert named_part("from half three onwards") == "afternoon"
    assert named_part("until about 10") == "morning"
    assert named_part("after 7pm") == "evening"


@pytest.mark.parametrize("before, after, value", [
    ("La mattina ho il negozio pieno e il telefono lo lascio in laboratorio.",
     "Mi chiami nel primo pomeriggio, tra le 14 e le 16, che è il momento più tranquillo.", "time:afternoon"),
    ("Mornings are hopeless here, the shop is full.", "Call me between 2 and 4, that's the window.", "time:afternoon"),
    ("Le matin c'est impossible, je suis au marché.",
     "Appelez-moi entre 14h et 16h, c'est le bon moment.", "time:afternoon"),
])
def test_the_hours_of_a_range_in_the_pointing_sentence_are_the_time(before, after, value):
    # the part refused in the sentence before is not the preference: the range's hours say the part of day
    assert read(before, after) == [value]
