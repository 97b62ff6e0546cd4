"""The matter left to rest until a day, a certain quiet period in the seven languages (followup/text/wish_rest.py)."""
from datetime import datetime

import pytest

from followup.text.wishes import detect_wishes

ZONE = "Europe/Amsterdam"
FRI = datetime(2031, 5, 16, 12, 0)  # Friday 14:00 in Amsterdam (summer time)


def _quiet(text: str) -> list[tuple[bool, str]]:
    """(certain, local end day) of every quiet period read in text."""
    from followup.text.wish_base import local_time, zone_of

    return [(w.certain, local_time(w.until, zone_of(ZONE)).date().isoformat())
            for w in detect_wishes(text, FRI, ZONE) if w.kind == "quiet" and w.until]


@pytest.mark.parametrize("text", [
    "Let it rest until Monday and I'll ring you then.",
    "Laat het nog even liggen tot maandag, dan kijk ik ernaar.",
    "Lassen wir das bis Montag ruhen, dann melde ich mich.",
    "Laissez ça reposer jusqu'à lundi, je vous rappelle ensuite.",
    "Déjalo descansar hasta el lunes y te escribo.",
    "Lasciamolo riposare fino a lunedì, poi ti chiamo.",
    "Deixe isso descansar até segunda-feira, depois falamos.",
])
def test_the_matter_left_to_rest_until_a_day_is_a_certain_quiet_period(text):
    assert (True, "2031-05-19") in _quiet(text)


@pytest.mark.parametrize("text", [
    "Let the varnish rest until Monday before you move the desk.",
    "Laat het deeg rusten tot morgen.",
    "If we let it rest until Monday, will the price still hold?",
])
def test_a_thing_at_rest_or_a_question_is_no_certain_quiet_period(text):
    assert not any(certain for certain, _ in _quiet(text))
