"""A note's reason before the event it moves is left for the event and its day."""
from followup.drafting.cause import uncaused
from followup.drafting.wellformed import sentence


def test_the_reason_before_a_moved_event_is_left_out_and_the_day_kept():
    assert uncaused("wegen Frost im Boden Aufbau erst ab 15. März") == "Aufbau ab 15. März"
    assert uncaused("due to the floods install only from 2 February") == "install from 2 February"
    assert uncaused("Aufbau ab 15. März") == ""


def test_the_moved_event_is_said_as_planned_from_its_day():
    assert sentence("wegen Frost im Boden Aufbau erst ab 15. März", "de") == "Der Aufbau ist ab 15. März geplant."
    assert sentence("wegen Hochwasser Bau erst ab 3. April", "de") == "Der Bau ist ab 3. April geplant."
