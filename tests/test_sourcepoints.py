"""The points of a conversation's sources (followup/drafting/sourcepoints.py, read through build_state)."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

OFFER = Source("message", 1, "Hello,\n\nHere is our offer for the 6 gantry cranes.\n\nAnna", datetime(2031, 5, 6, 9),
               "outbound")


@pytest.mark.parametrize(("tz", "reply"), [
    ("Europe/London", "We're in the middle of a plant move. Could you leave it with me and not chase before Monday 26 "
                      "May?"),
    ("Europe/Berlin", "Wir ziehen mit der Fertigung um. Könnten Sie sich bitte erst nach dem 26. Mai wieder melden?"),
    ("Europe/Paris", "Nous déménageons l'atelier. Pourriez-vous ne pas me relancer avant le lundi 26 mai ?"),
    ("Europe/Madrid", "Estamos cambiando de nave. ¿Podría no contactarme hasta el lunes 26 de mayo?"),
])
def test_a_question_that_asks_for_quiet_is_no_question_to_answer(tz, reply):
    sources = [OFFER, Source("message", 2, reply, datetime(2031, 5, 8, 14), "inbound")]
    state = build_state(sources, tz, datetime(2031, 5, 9, 9), customer_name="Ola Berg")
    assert not [i for i in state.open() if i.kind == "question" and i.direction == "inbound"]


def test_a_question_about_the_work_stays_open():
    sources = [OFFER, Source("message", 2, "Could you quote the cranes with 5 t hoists before Monday 26 May?",
                             datetime(2031, 5, 8, 14), "inbound")]
    state = build_state(sources, "Europe/London", datetime(2031, 5, 9, 9), customer_name="Ola Berg")
    assert [i for i in state.open() if i.kind in ("question", "request") and i.direction == "inbound"]
