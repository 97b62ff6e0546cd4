"""A call note's topic whose sentence only promises to find the answer out answers no question."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.notedefer import deferred_in_note
from followup.drafting.sentences import Source

NOTE = "Ola on phone. Invoice shows VAT per line - confirmed. Spare parts stock in Oslo - list not with me, told her I'd check."


def test_topic_then_promise_defers():
    assert deferred_in_note("Spare parts stock in Oslo", NOTE)


def test_topic_then_answer_does_not_defer():
    assert not deferred_in_note("Invoice shows VAT per line", NOTE)
    assert not deferred_in_note("Lieferzeit Fräse", "Lieferzeit Fräse: 6 Wochen, bestätigt.")


def test_de_fr_es_promises():
    assert deferred_in_note("Lieferzeit Fräse", "Lieferzeit Fräse: weiß ich nicht, ihm gesagt, ich kläre das.")
    assert deferred_in_note("Délai de la fraiseuse", "Délai de la fraiseuse - je lui ai dit que je vérifierais.")
    assert deferred_in_note("Plazo de la fresadora", "Plazo de la fresadora - le dije que lo averiguaría.")


def test_question_stays_open_after_a_note_that_only_promises():
    asked = Source("message", 1, "Hi Jo,\n\nDo you keep spare parts stock in Oslo?\n\nOla", datetime(2026, 11, 23, 9),
                   "inbound")
    note = Source("note", 2, NOTE, datetime(2026, 11, 24, 15), "note")
    state = build_state([asked, note], "Europe/Oslo", datetime(2026, 11, 25, 9), customer_name="Ola Berg")
    question = next(i for i in state.items if i.kind == "question")
    assert question.status == "open"
