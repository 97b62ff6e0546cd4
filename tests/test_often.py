"""A rhythm the customer changed takes the rep's old one out of force (followup/drafting/often.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.often import rhythm_changed, rhythms
from followup.drafting.sentences import Source

T1, T2, T3 = datetime(2031, 4, 1, 9), datetime(2031, 4, 8, 9), datetime(2031, 4, 12, 9)


@pytest.mark.parametrize("text, found", [
    ("Bins emptied weekly: GBP 40 a lift.", {4}), ("Twice weekly Mon + Thu is fine.", {8}),
    ("Can we go to every two weeks?", {2}), ("Reinigung zweimal pro Woche, 14-tägig die Fenster.", {8, 2}),
    ("passage toutes les deux semaines", {2}), ("Entrega cada 15 días", {2}), ("servicio mensual", {1}),
])
def test_rhythms_are_read_longest_first(text, found):
    assert rhythms(text) == found


def _run(offer: str, later: list[tuple[str, str]]) -> Item:
    item = Item(kind="term", text=offer, quote=offer, source_kind="message", source_id=1, at=T1, direction="outbound")
    ordered = [Source("message", 1, offer, T1, "outbound")] + [
        Source("message", n + 2, text, at, direction) for n, ((direction, text), at) in enumerate(zip(later, (T2, T3)))]
    return rhythm_changed([item], ordered, {(s.kind, s.id): s.text for s in ordered})[0]


def test_a_count_per_week_is_no_rhythm():
    assert rhythms("from March we will have 900 gowns weekly") == set()


def test_a_rhythm_only_asked_for_leaves_the_line_until_taken_up():
    offer = "Linen collected twice a week, contract 12 months."
    assert _run(offer, [("inbound", "Could the linen be collected daily for the same price?")]).status == "open"
    assert _run(offer, [("inbound", "Could the linen be collected daily?"), ("outbound", "Daily linen collection is fine.")]) \
        .status == "superseded"


@pytest.mark.parametrize("offer, change", [
    ("Two 6-yard bins for card waste, emptied weekly: GBP 48 per lift.",
     "Weekly won't do for the card now, the bins have to go twice a week."),
    ("Tonerlieferung monatlich, Versand frei.", "Den Toner brauchen wir jetzt alle zwei Wochen, nicht monatlich."),
    ("Nettoyage des vestiaires une fois par semaine : 180 € HT.",
     "Pour les vestiaires il faudrait deux fois par semaine."),
    ("Retiro de aceite usado cada 15 días: 60 USD por retiro.", "El aceite usado lo necesitamos retirar cada semana."),
])
def test_a_rhythm_changed_for_the_same_thing_goes(offer, change):
    item = _run(offer, [("inbound", change)])
    assert item.status == "superseded" and item.by == "message:2"


def test_a_rhythm_for_another_thing_stays():
    assert _run("Towels collected weekly: EUR 2 per kg.", [("inbound", "The bathrobes twice a week please.")]) \
        .status == "open"


def test_the_old_rhythm_said_again_after_the_change_stays():
    item = _run("Bins emptied weekly: GBP 48 per lift.",
                [("inbound", "Could the bins go twice a week?"), ("outbound", "The bins stay weekly for now, sorry.")])
    assert item.status == "open"


def test_a_rhythm_changed_for_part_of_the_year_leaves_the_line():
    item = _run("Entretien mensuel des filtres : 320 € HT par mois.",
                [("inbound", "Les filtres, on les voudrait toutes les deux semaines pendant l'hiver.")])
    assert item.status == "open"
