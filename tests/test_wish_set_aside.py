"""A matter set aside with its end left open, read over the whole message (followup/text/wish_set_aside.py)."""
from datetime import datetime

import pytest

from followup.text.wish_base import PAUSED, QUIET, Wish
from followup.text.wish_set_aside import set_aside
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)


@pytest.mark.parametrize("sentences", [
    ["We're skipping the autumn order this time round.", "Will holler if that changes."],
    ["The kitchen refit is on hold for now.", "When we are ready we will be in touch."],
    ["Wir lassen das Thema vorerst ruhen.", "Wenn es weitergeht, melde ich mich."],
    ["On ne change rien pour le moment.", "On verra plus tard."],
    ["De momento no vamos a cambiar de proveedor.", "Ya te avisaré."],
    ["Per ora non cambiamo nulla.", "Vi faremo sapere noi."],
    ["Por enquanto não vamos avançar.", "Não sei quando."],
    ["Voorlopig doen we hier niets mee.", "We laten het u weten."],
])
def test_a_matter_set_aside_with_the_next_contact_the_writers_is_a_possible_pause(sentences):
    wishes = set_aside(sentences, [])
    assert [(w.kind, w.certain) for w in wishes] == [(PAUSED, False)]


def test_either_clause_alone_or_a_pause_already_read_is_nothing():
    assert set_aside(["We're skipping the autumn order this time round."], []) == []
    assert set_aside(["Thanks for the quote.", "I'll let you know."], []) == []
    assert set_aside(["Is the order on hold for now?", "I'll let you know."], []) == []  # a question
    assert set_aside(["The delivery is on hold.", "We'll be in touch."], []) == []  # a delivery held, not the deal
    said = [Wish(QUIET, "give me a week", certain=True)]
    assert set_aside(["It's on hold for now.", "I'll be in touch."], said) == []


def test_detect_wishes_reads_the_two_sentences_as_a_pause():
    # (a hold word with a return promised on a condition is certain: followup/text/wish_set_aside_firm.py)
    text = "We're skipping the spring range this go-round. Will holler if that changes."
    assert detect_wishes("We're skipping the spring range this go-round.", SENT, "America/Chicago") == []
    assert [(w.kind, w.certain) for w in detect_wishes(text, SENT, "America/Chicago")] == [(PAUSED, True)]
    loose = "Per ora non cambiamo nulla. Vi faremo sapere noi."  # no hold word: still asked
    assert [(w.kind, w.certain) for w in detect_wishes(loose, SENT, "America/Chicago")] == [(PAUSED, False)]


def test_ordinary_business_talk_is_not_a_pause():
    for text in ("Send me the quote and I'll let you know.", "Is the order on hold? I'll let you know about the rest.",
                 "Please hold the delivery for now, the site is flooded. We'll be in touch about a new day."):
        assert not [w for w in detect_wishes(text, SENT, "America/Chicago") if w.kind == PAUSED]
