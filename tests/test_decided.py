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


@pytest.mark.parametrize("offer, reply", [
    ("I'll suggest some dates for the two groups.", "Thursday 14 October and Thursday 21 October would suit us as dates."),
    ("Ich schlage Ihnen Termine für die Gruppen vor.", "Als Termine passen uns Donnerstag, 14. Oktober und 21. Oktober."),
    ("Je vous proposerai des dates.", "Pour les dates, le jeudi 14 octobre et le jeudi 21 octobre nous conviendraient."),
    ("Le propondré fechas para los grupos.", "Como fechas nos vienen bien el jueves 14 de octubre y el 21 de octubre."),
])
def test_the_reps_offer_to_propose_dates_gives_way_to_the_dates_the_customer_named(offer, reply):
    sources = [Source("message", 1, f"Bonjour,\n\nLe suivi coûte 2 800 €. {offer}\n\nPaul", datetime(2027, 8, 4, 8),
                      "outbound"),
               Source("message", 2, f"Bonjour,\n\n{reply}\n\nClaire", datetime(2027, 8, 17, 6), "inbound")]
    state = build_state(sources, "Europe/Luxembourg", datetime(2027, 8, 18, 8), customer_name="Claire Schmit")
    assert not any(offer.rstrip(".") in i.quote for i in state.open()), state.open()


def test_the_reps_offer_to_propose_dates_stays_until_the_customer_names_any():
    sources = [Source("message", 1, "Hi Claire,\n\nThe follow-up is EUR 2,800. I'll suggest some dates.\n\nPaul",
                      datetime(2027, 8, 4, 8), "outbound"),
               Source("message", 2, "Hi Paul,\n\nIs it eligible for co-funding?\n\nClaire", datetime(2027, 8, 17, 6),
                      "inbound")]
    state = build_state(sources, "Europe/Luxembourg", datetime(2027, 8, 18, 8), customer_name="Claire Schmit")
    assert any("suggest some dates" in i.quote for i in state.open()), state.items
