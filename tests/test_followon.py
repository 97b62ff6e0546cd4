"""A follow-on question joined to the question it points back at (followup.drafting.followon)."""
from datetime import date, datetime

from followup.drafting.actions import rep_actions
from followup.drafting.followon import joined_follow_ons
from followup.drafting.items import Item, State

AT = datetime(2026, 11, 23, 16)


def item(kind, quote, n=1, direction="inbound"):
    return Item(kind=kind, text="", quote=quote, source_kind="message", source_id=n, at=AT, direction=direction)


def state(*items, language="en"):
    return State(items=tuple(items), language=language, today=date(2026, 11, 24), last={})


def slots(*items, language="en"):
    return [q for q, _ in rep_actions(state(*items, language=language))[1]]


def test_how_much_after_a_question_is_asked_in_its_slot():
    assert slots(item("question", "Also can you print our logo on the crates?"), item("question", "How much is it?")) \
        == ["[[answer: whether we can print your logo on the crates, and how much it costs]]"]  # slotvoice.py


def test_the_follow_on_is_joined_in_spanish_french_and_german():
    es = slots(item("question", "Y otra cosa: ¿podés agregar un asador a cruz para corderos?"),
               item("question", "¿Cuánto sale?"), language="es")
    assert len(es) == 1 and es[0].endswith(", y cuánto sale?]]") and "corderos" in es[0]
    fr = slots(item("question", "Pouvez-vous ajouter un second chariot pour la cave 2 ?"),
               item("question", "Combien ça coûte ?"), language="fr")
    assert len(fr) == 1 and fr[0].endswith(", et combien ça coûte?]]")
    de = slots(item("question", "Können Sie auch die Kühlwalzen reinigen?"), item("question", "Was kostet das?"),
               language="de")
    assert de == ["[[answer: ob wir auch die Kühlwalzen reinigen können, und was das kostet]]"]  # slotvoice.py


def test_a_question_that_names_its_own_subject_keeps_its_slot():
    assert len(slots(item("question", "Can you print our logo on the crates?"),
                     item("question", "When could you deliver to our Kazanlak warehouse?"))) == 2


def test_a_question_from_another_message_is_not_joined():
    assert len(slots(item("question", "Can you print our logo on the crates?"),
                     item("question", "How much is it?", n=2))) == 2


def test_a_follow_on_whose_question_has_no_slot_keeps_its_own():
    follow = item("question", "How much is it?")
    s = state(item("question", "Can you print our logo on the crates?"), follow)
    assert joined_follow_ons([("[[answer: how much is it?]]", follow)], s) == [("[[answer: how much is it?]]", follow)]


def test_a_short_question_of_its_own_is_not_joined():
    assert len(slots(item("question", "Quel budget faut-il prévoir pour 6 bornes ?"),
                     item("question", "Existe-t-il des aides ?"), language="fr")) == 2
    assert len(slots(item("question", "Does the 4G backup cost extra each month?"),
                     item("question", "With which mobile operator?"))) == 2


def test_a_long_question_after_another_keeps_its_slot():
    assert len(slots(item("question", "Does the price still hold if the deposit only clears on Wednesday?"),
                     item("question", "You want the invoice split per owner, is this possible?"))) == 2
