"""What the customer's side already has (followup/drafting/taken.py): a thing they say arrived, a change priced."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.taken import dated_since

TZ = "Africa/Nairobi"
PROMISE = "Dear Wanjiru,\n\nI will drop a sample roll at the farm on Friday.\n\nOtieno"


def _promise(reply: str):
    sources = [Source("message", 1, PROMISE, datetime(2026, 12, 7, 6), "outbound"),
               Source("message", 2, f"Hi Otieno,\n\n{reply}\n\nWanjiru", datetime(2026, 12, 11, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 12, 21, 9), customer_name="Wanjiru Kamau")
    return next(i for i in state.items if i.kind == "commitment")


def test_a_thing_the_customer_says_came_is_no_promise_left_to_keep():
    promise = _promise("Sample received, thanks. Can we still get the same rate on 4 ha?")
    assert (promise.status, promise.by) == ("kept", "message:2")


@pytest.mark.parametrize("reply", ["We still haven't got the sample roll.", "Has the sample roll arrived yet?",
                                   "Toujours rien reçu pour le sample roll.", "The invoice arrived, thanks."])
def test_a_thing_not_come_asked_about_or_another_thing_come_keeps_it_owed(reply):
    assert _promise(reply).status == "open"



@pytest.mark.parametrize("promise, note, kept", [
    ("I will tell you the new date for the desks next week.", "Frames shipped, desks delivery + assembly Thu 9 Dec, 8:00.",
     True),
    ("Ich nenne Ihnen den neuen Liefertermin für die Tische nächste Woche.", "Tische Lieferung am 9. Dezember, 8 Uhr.",
     True),
    ("Je vous communique la nouvelle date pour les bureaux la semaine prochaine.",
     "Livraison des bureaux le 9 décembre à 8h.", True),
    ("Le confirmo la nueva fecha de los escritorios la semana que viene.",
     "Entrega de escritorios el 9 de diciembre, 8:00.", True),
    ("I will tell you the new date for the desks next week.", "Frames still late, no date for the desks yet.", False),
    ("I will send the drawings next week.", "Drawings: desks delivery 9 Dec.", False),
])
def test_a_promise_to_give_a_day_is_kept_by_the_note_that_names_it(promise, note, kept):
    """'I will tell you the new date' is kept once a later note or email of the rep's names the day for the same
    thing; a note without a day, or a promise of something else, keeps it owed."""
    item = Item("commitment", promise, promise, "message", 1, datetime(2026, 11, 12, 9), "outbound")
    later = Source("note", 2, note, datetime(2026, 11, 26, 9), "note")
    assert bool(dated_since(item, [later], {("note", 2): note})) is kept


def test_a_promise_of_the_new_date_is_not_said_again_once_a_note_fixed_it():
    sources = [Source("message", 1, "Hello Jussi,\n\nI will tell you the new date for the desks next week.\n\nSanna",
                      datetime(2026, 11, 12, 9), "outbound"),
               Source("note", 2, "Frames shipped, desks delivery + assembly Thu 9 Dec, 8:00.", datetime(2026, 11, 26, 9),
                      "note")]
    state = build_state(sources, TZ, datetime(2026, 11, 29, 9), customer_name="Jussi Laine")
    assert next(i for i in state.items if i.kind == "commitment").status == "kept"


@pytest.mark.parametrize("question,promise,note", [
    ("Is there step-free access to the breakout rooms?", "I'll check the access question with our operations team.",
     "Call Fiona. Breakouts: Arthur is step-free, Calton is up 6 stairs."),
    ("Les bilans peuvent-ils se faire le samedi matin ?", "Je me renseigne pour les samedis et je reviens vers vous.",
     "Tel M. Béranger. Samedi matin : oui, 2 samedis par mois, 8 bilans par samedi."),
    ("Können die Kurse auch samstags stattfinden?", "Ich kläre die Samstage mit der Schulleitung.",
     "Tel. Fr. Huber. Kurse samstags möglich, 2 Samstage im Monat."),
    ("¿Tienen parqueo para los invitados?", "Le confirmo lo del parqueo esta semana.",
     "Llamé a Gabriela. Parqueo para los invitados: sí, 40 plazas."),
])
def test_a_promise_to_find_out_is_kept_by_the_call_that_answered_the_question_it_put_off(question, promise, note):
    """The rep's 'I'll check the access question' after the customer's question is kept once a later call note answers
    the question (blind heldout26: the draft still said 'I'll check the access question with our operations team'
    after the note 'Arthur is step-free')."""
    sources = [Source("message", 1, f"Hello,\n\n{question}\n\nFiona", datetime(2028, 3, 6, 10), "inbound"),
               Source("message", 2, f"Hello,\n\n{promise}\n\nGregor", datetime(2028, 3, 7, 15), "outbound"),
               Source("note", 3, note, datetime(2028, 3, 21, 14), "note")]
    state = build_state(sources, TZ, datetime(2028, 4, 11, 9), customer_name="Fiona McCallum")
    kept = next(i for i in state.items if i.kind == "commitment" and i.source_id == 2)
    assert (kept.status, kept.by) == ("kept", "note:3")


def test_a_promise_to_find_out_stays_open_when_the_call_spoke_of_something_else():
    sources = [Source("message", 1, "Hello,\n\nIs there step-free access to the breakout rooms?\n\nFiona",
                      datetime(2028, 3, 6, 10), "inbound"),
               Source("message", 2, "Hello,\n\nI'll check the access question with our operations team.\n\nGregor",
                      datetime(2028, 3, 7, 15), "outbound"),
               Source("note", 3, "Call Fiona. Offered GBP 149 B&B if signed by 14 April.", datetime(2028, 3, 21, 14),
                      "note")]
    state = build_state(sources, TZ, datetime(2028, 4, 11, 9), customer_name="Fiona McCallum")
    assert next(i for i in state.items if i.kind == "commitment" and i.source_id == 2).status == "open"
