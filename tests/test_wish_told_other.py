"""Opt-out words the writer told a third party named as such are no opt-out of the rep (followup.text.wish_told_other);
the rep's own people told, or the rep, still are."""
from datetime import datetime

import pytest

from followup.text.wish_told_other import told_only_someone_else, told_someone_else
from followup.text.wishes import detect_opt_outs, detect_stops, detect_wishes

SENT = datetime(2031, 3, 4, 9, 0)
ZONE = "Europe/Vienna"


def _opt_outs(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every opt-out detect_wishes reads in text."""
    return [(w.kind, w.certain) for w in detect_wishes(text, SENT, ZONE) if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "Told the old vendor to stop emailing me, so the roofing order is all yours. Send the invoice over.",
    "I've told the other agency to stop ringing us; we'll sign your contract on Monday.",
    "Ich habe dem bisherigen Anbieter gesagt, dass er uns nicht mehr anrufen soll. Wir nehmen Ihr Angebot.",
    "J'ai demandé à notre ancien prestataire de ne plus nous appeler, on signe chez vous.",
    "Le pedí a la otra empresa que no nos llame más, seguimos con ustedes.",
    "Ho chiesto all'altra ditta di non chiamarci più, andiamo avanti con voi.",
    "Pedi à outra empresa para não nos ligar mais, seguimos convosco.",
])
def test_words_told_a_third_party_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)
    assert detect_opt_outs(text) == [] and [w for w in detect_stops(text, SENT, ZONE) if w.kind == "do_not_contact"] == []


@pytest.mark.parametrize("text", [
    "Told the old vendor to stop emailing me, so the roofing order is all yours.",
    "I've told the other agency to stop ringing us; we'll sign your contract on Monday.",
])
def test_words_told_a_third_party_raise_no_question_either(text):
    assert _opt_outs(text) == []


@pytest.mark.parametrize("text", [
    "I told your colleague to stop calling me.",  # the rep's own people
    "I told you last week to stop emailing me.",
    "J'ai dit à votre collègue de ne plus m'appeler.",
    "Our old supplier kept ringing. Please stop calling me.",  # the third party only named in another sentence
])
def test_the_reps_side_told_is_still_an_opt_out(text):
    assert ("do_not_contact", True) in _opt_outs(text)


def test_the_frame_is_read_before_the_words_only():
    sentence = "Please stop calling me, I told the other supplier the same."
    assert not told_someone_else(sentence, "stop calling me")
    assert told_someone_else("We told the other supplier to stop calling us.", "stop calling us")
    assert not told_only_someone_else("Please send the quote to the other site.")
