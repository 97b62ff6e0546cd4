"""The rep's promise to find something out, recalled by the customer: the question it left open, asked directly."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.recalledcheck import recalled_check
from followup.drafting.relayed import asked_indirectly
from followup.drafting.sentences import Source

REP = RepProfile("Jo Brenner", "jo@kaltwerk.example", "Jo Brenner\nKaltwerk")


@pytest.mark.parametrize("sentence, language, asked", [
    ("And you said you'd check if the pallets are collected for free, still waiting.", "en",
     "Are the pallets collected for free?"),
    ("You were going to find out whether the crane can pass through the gate.", "en",
     "Can the crane pass through the gate?"),
    ("Sie wollten noch prüfen, ob die Paletten kostenlos abgeholt werden, bisher nichts gehört.", "de",
     "Werden die Paletten kostenlos abgeholt?"),
    ("Vous deviez vérifier si les palettes sont reprises gratuitement, toujours rien.", "fr",
     "Les palettes sont reprises gratuitement?"),
    ("Usted quedó en confirmar si la recogida de los palets tiene coste, pero no supe nada.", "es",
     "¿La recogida de los palets tiene coste?"),
])
def test_recalled_promise_is_the_question_it_left_open(sentence, language, asked):
    assert asked_indirectly(sentence, language) == asked


@pytest.mark.parametrize("sentence, language", [
    ("You said you would check and I trust you.", "en"),  # nothing named to find out
    ("He said he would check whether the gate is wide enough.", "en"),  # someone else's promise
    ("Sie haben geprüft, ob das Tor breit genug ist.", "de"),  # done, not promised
])
def test_no_recalled_promise(sentence, language):
    assert recalled_check(sentence, language) is None


def test_recalled_promise_unanswered_becomes_a_slot():
    sources = [Source("message", 1, "Hi Jo,\n\nWe'll take the 12 racks. You said you'd check if the old racks are "
                      "collected for free, never heard back.\n\nOla", datetime(2026, 11, 23, 9), "inbound")]
    state = build_state(sources, "Europe/Berlin", datetime(2026, 11, 24, 9), customer_name="Ola Berg")
    body = compose_state(state, customer_name="Ola Berg", thread_subject="Racks", rep=REP).body
    assert "[[answer: are the old racks collected for free?]]" in body.lower()
