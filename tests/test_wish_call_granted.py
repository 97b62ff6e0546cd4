"""A call granted, then the part of the day asked for it (followup/text/wish_call_granted.py)."""
from datetime import datetime

import pytest

from followup.text.wish_call_granted import call_granted
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 3, 4, 8, 0)


def _times(text: str) -> set[tuple[str, bool]]:
    """(preference, certain) of every time of day read in text."""
    return {(w.preference, w.certain) for w in detect_wishes(text, SENT, "Europe/Amsterdam")
            if (w.preference or "").startswith("time:")}


@pytest.mark.parametrize("text, value", [
    ("Opbellen is prima, maar het liefst 's middags.", "time:afternoon"),
    ("Bellen is geen probleem, maar doe het liefst 's ochtends, dan zit ik op kantoor.", "time:morning"),
    ("Anrufen ist kein Problem, aber am liebsten nachmittags.", "time:afternoon"),
    ("M'appeler, pas de problème, mais de préférence le matin.", "time:morning"),
    ("Llamar no es problema, pero mejor por la tarde.", "time:afternoon"),
    ("Chiamare va bene, ma meglio la mattina.", "time:morning"),
    ("Ligar não tem problema, mas de preferência de manhã.", "time:morning"),
])
def test_a_call_granted_then_its_part_of_the_day(text, value):
    assert (value, True) in _times(text)


@pytest.mark.parametrize("text", [
    "Bellen is geen probleem, maar morgenochtend ben ik er niet.",
    "Calling is fine, but tomorrow morning I'm out.",
    "The delivery is fine, but preferably in the morning.",
])
def test_look_alikes_read_no_certain_part_from_the_grant(text):
    assert not any(certain and value in ("time:morning", "time:afternoon") for value, certain in _times(text)) \
        or call_granted(text) is None


def test_the_grant():
    assert call_granted("Anrufen ist kein Problem, aber am liebsten morgens.")
    assert not call_granted("Anrufen ist kein Problem.")
    assert not call_granted("Die Lieferung ist kein Problem, aber am liebsten morgens.")
