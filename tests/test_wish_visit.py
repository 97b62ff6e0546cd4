"""An invitation to come by: a place's hours, not a time to be reached (followup.text.wish_visit)."""
import pytest

from followup.text.wish_visit import goods_in, visit_only


@pytest.mark.parametrize("sentence", [
    "Feel free to stop by the yard any morning, we're there from 7.",
    "Kommen Sie gerne vormittags vorbei.",
    "Passez nous voir à l'atelier le matin.",
    "Kom gerust langs in de winkel, 's ochtends is er altijd iemand.",
])
def test_an_invitation_to_come_by_is_a_visit(sentence):
    assert visit_only(sentence)


def test_an_invitation_that_also_asks_for_a_call_is_no_visit():
    assert not visit_only("Drop by any morning, or call me after lunch.")


def test_the_hours_after_an_invitation_in_the_same_paragraph_are_the_visit_s():
    text = "Happy to show you round, stop by the workshop Thursday. We're in from 7."
    at = text.index("We're")
    assert visit_only(text[at:], at, text)
    apart = "Stop by the workshop Thursday.\n\nWe're in from 7."  # (the invitation a paragraph before)
    assert not visit_only(apart[apart.index("We're"):], apart.index("We're"), apart)


@pytest.mark.parametrize("sentence", [
    "Please don't start vacuuming the meeting room before 6pm.",  # work done on site, timed
    "Il tecnico per la caldaia meglio di mattina.",
    "Schicken Sie den Techniker bitte vormittags.",
])
def test_work_done_on_site_is_no_time_to_be_reached(sentence):
    assert visit_only(sentence)


def test_work_timed_with_a_call_asked_is_no_visit():
    assert not visit_only("The engineer comes at 10, so please call me after lunch.")


def test_the_technician_named_in_the_sentence_before_makes_the_time_a_visit():
    text = "Please don't send the technician on the 3rd. Any other day is fine, preferably in the morning."
    assert visit_only("Any other day is fine, preferably in the morning.", text.index("Any"), text)


@pytest.mark.parametrize("sentence", [
    "Our stores take in materials only between 9 and 11 AM on weekdays.",
    "Die Warenannahme ist nur vormittags besetzt.",
    "Nous réceptionnons les marchandises uniquement le matin.",
    "El almacén solo recibe mercancía por la mañana.",
    "Il magazzino riceve la merce solo di pomeriggio.",
])
def test_hours_goods_are_received_in_are_no_time_to_be_reached(sentence):
    assert visit_only(sentence) and goods_in(sentence)


@pytest.mark.parametrize("sentence", [
    "The pallets come in the morning, so please call me after lunch.",  # a call asked
    "Goods arrive all afternoon here, so ring before lunch.",
    "Mornings are all deliveries, catch me after lunch.",  # deliveries alone: no goods window
])
def test_goods_named_beside_a_call_asked_is_no_goods_window(sentence):
    assert not goods_in(sentence)
