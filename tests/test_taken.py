"""What the customer's side already has (followup/drafting/taken.py): a thing they say arrived, a change priced."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

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
