"""A matter put on hold in so many words, the writer's return promised on a condition (wish_set_aside_firm.py)."""
from datetime import datetime

import pytest

from followup.text.wish_base import DNC, PAUSED, QUIET, Wish
from followup.text.wish_set_aside_firm import firmly_set_aside
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)


def _read(text):
    return [(w.kind, w.certain) for w in detect_wishes(text, SENT, "America/Chicago")]


@pytest.mark.parametrize("text", [
    "We've shelved the warehouse scanner project. I'll let you know when it's back on the table.",
    "The loyalty app is on ice for now; if the budget comes through we'll be in touch.",
    "Our board has frozen the tender. Once it restarts I will contact you.",
    "We parked the whole website redesign. Will give you a shout if that changes.",
    "We're skipping the autumn range this season, will ping you if anything changes.",
    "Putting this on the back burner. When we're ready we will reach out.",
])
def test_a_hold_word_and_a_return_on_a_condition_is_a_certain_pause(text):
    assert (PAUSED, True) in _read(text)


@pytest.mark.parametrize("text", [
    "I parked the van by the gate. I'll call you when I'm there.",  # a car parked
    "Is the project on hold? I'll let you know if I hear anything.",  # a question
    "Your order is on hold until payment clears. We'll let you know when it ships.",  # an order held
    "We keep frozen peas in stock. I'll let you know if we need more.",  # goods frozen
])
def test_no_hold_of_the_matter_is_no_certain_pause(text):
    assert (PAUSED, True) not in _read(text)


def test_a_wait_opt_out_or_certain_pause_already_read_stands():
    held = ["We've put the project on hold.", "I'll let you know when we restart."]
    for said in ([Wish(QUIET, "until March")], [Wish(DNC, "stop", certain=False)], [Wish(PAUSED, "on hold")]):
        assert firmly_set_aside(held, said) == said
    asked = [Wish(PAUSED, "maybe", certain=False)]
    assert [(w.kind, w.certain, w.quote) for w in firmly_set_aside(held, asked)] == [
        (PAUSED, True, "We've put the project on hold.")]
    assert firmly_set_aside(["We've put the project on hold."], asked) == asked  # no return promised


@pytest.mark.parametrize("text", [
    "We are not going ahead for now. If things change, I'll be in touch.",
    "On ne change rien pour le moment. Si la situation change, on vous recontactera.",
])
def test_not_for_now_with_the_return_waiting_for_a_change_is_a_certain_pause(text):
    assert (PAUSED, True) in _read(text)


def test_not_for_now_with_a_return_on_no_change_stays_asked():
    loose = ["Per ora non cambiamo nulla.", "Vi faremo sapere noi."]
    asked = [Wish(PAUSED, "Per ora non cambiamo nulla.", certain=False)]
    assert firmly_set_aside(loose, asked) == asked
    changed = ["Per ora non cambiamo nulla.", "Se cambia qualcosa, vi faremo sapere noi."]
    assert [(w.kind, w.certain) for w in firmly_set_aside(changed, asked)] == [(PAUSED, True)]


@pytest.mark.parametrize("text", [
    "The vessel with your spares is on hold at the outer anchorage. We will inform you once the containers are landed.",
    "Your consignment is on hold at customs; we'll let you know when it is released.",
])
def test_goods_held_in_transit_with_a_promise_to_report_is_no_pause(text):
    assert (PAUSED, True) not in _read(text)
