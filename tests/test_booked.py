"""The customer's proposed dates settled once the rep books them (followup/drafting/booked.py)."""
from datetime import datetime

import pytest

from followup.drafting.booked import booked_since
from followup.drafting.items import Item
from followup.drafting.sentences import Source

ASKED, BOOKED = datetime(2031, 3, 3, 9), datetime(2031, 3, 5, 9)


def _proposal(quote: str) -> Item:
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=1, at=ASKED,
                direction="inbound")


@pytest.mark.parametrize("proposal, booking", [
    ("April 8 and April 10 suit us, the second one for the night shift.", "April 8 and 10 are booked for your crews."),
    ("Der 8. und der 10. April passen uns.", "Der 8. und 10. April sind fest gebucht."),
    ("Le 8 et le 10 avril nous conviennent.", "Les sessions du 8 et du 10 avril sont réservées."),
    ("Nos vienen bien el 8 y el 10 de abril.", "El 8 y el 10 de abril quedan reservados."),
])
def test_dates_the_rep_booked_since_are_settled(proposal, booking):
    ordered = [Source("message", 2, booking, BOOKED, "outbound")]
    cleaned = {("message", 2): booking}
    assert booked_since([_proposal(proposal)], ordered, cleaned)[0].status == "superseded"


@pytest.mark.parametrize("booking", [
    "April 8 is booked; the 10th I still have to check.",  # one of the two days only
    "Are April 8 and 10 confirmed on your side?",  # a question
    "April 8 and 10 would work for us too.",  # no booking word
])
def test_dates_not_all_booked_stay_open(booking):
    ordered = [Source("message", 2, booking, BOOKED, "outbound")]
    proposal = _proposal("April 8 and April 10 suit us.")
    assert booked_since([proposal], ordered, {("message", 2): booking})[0].status == "open"
