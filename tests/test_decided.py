"""A note's word that the customer would confirm or decide later, settled by their later email on that matter."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source


def _state(note: str, reply: str):
    sources = [Source("note", 1, note, datetime(2027, 7, 30, 8), "note"),
               Source("message", 2, reply, datetime(2027, 8, 17, 6), "inbound")]
    return build_state(sources, "Europe/Berlin", datetime(2027, 8, 18, 2), customer_name="Priya Raman")


@pytest.mark.parametrize("note, reply, waiting", [
    ("Call Priya. She'll confirm cohort dates after the National Day long weekend.",
     "Dear Daniel,\n\nCohort 1 from Tuesday 5 October is fine; cohorts 2 and 3 in November.\n\nPriya",
     "confirm cohort dates"),
    ("Tel. mit Fr. Raman. Sie meldet sich wegen der Termine nach den Betriebsferien.",
     "Guten Tag,\n\nDie Termine im Oktober passen uns.\n\nPriya Raman", "meldet sich"),
    ("Appel Priya. Elle confirmera les dates des groupes à la rentrée.",
     "Bonjour,\n\nLes dates du 5 et du 12 octobre conviennent aux groupes.\n\nPriya", "confirmera"),
    ("Llamé a Priya. Nos confirmará las fechas de los grupos después de las vacaciones.",
     "Hola:\n\nLas fechas de octubre nos sirven para los grupos.\n\nPriya", "confirmará"),
])
def test_a_put_off_word_is_settled_by_their_later_email_on_the_same_matter(note, reply, waiting):
    state = _state(note, reply)
    assert not any(waiting in i.quote for i in state.open()), state.open()


def test_a_put_off_word_stays_while_their_later_email_speaks_of_something_else():
    state = _state("Call Priya. She'll confirm cohort dates after the National Day long weekend.",
                   "Dear Daniel,\n\nCan the trainer also brief our managers?\n\nPriya")
    assert any("confirm cohort dates" in i.quote for i in state.items if i.status == "open")
