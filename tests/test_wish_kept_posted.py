"""The writer away who asks to be kept posted has asked for no quiet period (followup/text/wish_kept_posted.py)."""
from datetime import datetime

import pytest

from followup.text.wish_base import QUIET, Wish
from followup.text.wish_kept_posted import kept_posted
from followup.text.wishes import detect_wishes

SENT = datetime(2034, 11, 15, 12, 30)
ZONE = "Africa/Johannesburg"
UNTIL = datetime(2034, 11, 27)


def _kinds(text: str) -> set[tuple[str, bool]]:
    """(kind, certain) of every wish read in text."""
    return {(w.kind, w.certain) for w in detect_wishes(text, SENT, ZONE)}


@pytest.mark.parametrize("text", [
    "I'm away next week at a conference, but Lindiwe can sign off the order. Keep me in the loop on the shipping date.",
    "We're out all next week. Please keep us posted on the quote though.",
])
def test_away_but_asking_to_be_kept_posted_is_no_quiet_period(text):
    assert ("quiet", True) not in _kinds(text)


def test_away_without_asking_to_be_kept_posted_is_still_a_quiet_period():
    assert ("quiet", True) in _kinds("I'm away next week at a conference.")


@pytest.mark.parametrize("quote, own", [
    ("don't call me next week", "Don't call me next week. Keep me posted by email."),  # a wait asked, not an absence
    ("I'm out next week", "I'm out next week."),  # nothing asks to be kept informed
])
def test_a_wait_asked_or_an_absence_alone_is_kept(quote, own):
    wish = Wish(QUIET, quote, until=UNTIL)
    assert kept_posted([wish], own) == [wish]


@pytest.mark.parametrize("own", [
    "Ich bin nächste Woche im Urlaub. Halten Sie mich bitte auf dem Laufenden.",
    "Je suis absente la semaine prochaine, tenez-moi au courant.",
    "Estoy fuera la próxima semana, manténgame informado.",
])
def test_kept_posted_in_other_languages_drops_the_absence(own):
    wish = Wish(QUIET, own.split(",")[0].split(".")[0], until=UNTIL)
    assert kept_posted([wish], own) == []
