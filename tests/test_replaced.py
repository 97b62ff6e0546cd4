"""A pricing the customer accepted in place of another (followup/drafting/replaced.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.replaced import superseded_terms
from followup.drafting.sentences import Source


def _src(day: int, direction: str, text: str) -> Source:
    return Source("note" if direction == "note" else "message", day, text, datetime(2028, 8, day, 9), direction)


def _term(day: int, quote: str) -> Item:
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=day,
                at=datetime(2028, 8, day, 9), direction="outbound")


@pytest.mark.parametrize("old, named, accepted, kept", [
    ("We work with transaction fees: DKK 145 per online booking.", "They prefer a flat fee.",
     "We accept the flat fee.", "Offered DKK 118,000 per year flat."),
    ("Wir berechnen eine variable Gebühr: 145 € pro Buchung.", "Sie wollen eine pauschale Gebühr.",
     "Wir akzeptieren die pauschale Gebühr.", "Angeboten: 118.000 € pro Jahr pauschal."),
    ("Notre tarif à la transaction : 145 € par réservation.", "Ils préfèrent un tarif forfaitaire.",
     "Nous acceptons le tarif forfaitaire.", "Proposé : 118 000 € par an au forfait."),
    ("Nuestra tarifa por transacción: 145 € por reserva.", "Prefieren una tarifa plana.",
     "Aceptamos la tarifa plana.", "Ofrecido: 118.000 € al año, todo incluido."),
])
def test_the_older_pricing_of_the_thing_under_another_name_goes(old, named, accepted, kept):
    said = [(_src(1, "outbound", old), old), (_src(5, "note", named), named), (_src(5, "note", kept), kept),
            (_src(9, "inbound", accepted), accepted)]
    out = superseded_terms([_term(1, old), _term(5, kept)], said)
    assert [i.status for i in out] == ["superseded", "open"]


@pytest.mark.parametrize("accepted", [
    "We don't accept the flat fee.",  # a not: nothing accepted
    "Could we accept the flat fee?",  # a question
    "We accept the offer.",  # one word: no thing named apart from another
])
def test_no_acceptance_of_a_named_thing_leaves_the_pricing(accepted):
    old, named = "We work with transaction fees: DKK 145 per online booking.", "They prefer a flat fee."
    said = [(_src(1, "outbound", old), old), (_src(5, "note", named), named), (_src(9, "inbound", accepted), accepted)]
    assert superseded_terms([_term(1, old)], said)[0].status == "open"


def test_a_thing_the_rep_never_named_replaces_nothing():
    old, accepted = "We work with transaction fees: DKK 145 per online booking.", "We accept the flat fee."
    said = [(_src(1, "outbound", old), old), (_src(9, "inbound", accepted), accepted)]
    assert superseded_terms([_term(1, old)], said)[0].status == "open"
