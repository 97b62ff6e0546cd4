"""A priced part the customer says is not needed, or turns down in a clause of its own (followup/drafting/unneeded.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.unneeded import unneeded, unneeded_parts
from followup.drafting.words import content

OFFER, LATER, AGAIN = datetime(2031, 5, 2), datetime(2031, 5, 9), datetime(2031, 5, 12)


@pytest.mark.parametrize("sentence, part", [
    ("The gate is wide enough now, which means no crane.", "crane"),
    ("So no need for the road closure after all.", "road closure"),
    ("We won't need the hoist any more, the lift works again.", "hoist"),
    ("no generator for now", "generator"),
    ("Der Hof ist frei, damit entfällt die Sperrgenehmigung.", "Sperrgenehmigung"),
    ("Den Kran brauchen wir nicht mehr.", "Kran"),
    ("kein Wartungsvertrag vorerst", "Wartungsvertrag"),
    ("Le portail est assez large, plus besoin de la grue.", "grue"),
    ("pas de nacelle pour l'instant", "nacelle"),
    ("Ya no hace falta la grúa, entra por el patio.", "grúa"),
    ("sin andamio por ahora", "andamio"),
])
def test_a_part_not_needed_is_read(sentence, part):
    assert content(part) in unneeded_parts(sentence)


@pytest.mark.parametrize("sentence", [
    "Do we still need the crane?", "No problem, Tuesday works.", "No rush on this one.", "Kein Problem.",
    "Pas de souci pour mardi.", "Sin prisa.", "No, the roof is flat and easy to reach from the yard.",
    "We still need the crane for the beams.",
])
def test_nothing_is_turned_down(sentence):
    assert unneeded_parts(sentence) == []


def _src(n: int, text: str, at: datetime, direction: str) -> Source:
    return Source("message", n, text, at, direction)


def _line(quote: str) -> Item:
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=1, at=OFFER,
                direction="outbound")


def test_the_unneeded_part_leaves_the_offer_the_rest_stays():
    crane, skip = _line("Crane hire for the lift: £640 per day."), _line("Skip exchange: £210 each.")
    ordered = [_src(1, f"{crane.quote} {skip.quote}", OFFER, "outbound"),
               _src(2, "Good news, the beams go in by hand, which means no crane.", LATER, "inbound")]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    out = unneeded([crane, skip], ordered, cleaned)
    assert [i.status for i in out] == ["superseded", "open"]
    assert out[0].by == "message:2"


def test_a_part_priced_again_since_stays():
    crane = _line("Crane hire for the lift: £640 per day.")
    ordered = [_src(1, crane.quote, OFFER, "outbound"),
               _src(2, "The beams go in by hand, which means no crane.", LATER, "inbound"),
               _src(3, "Should you want the crane after all, it is £600 per day now.", AGAIN, "outbound")]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    assert unneeded([crane], ordered, cleaned)[0].status == "open"
