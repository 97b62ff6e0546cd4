"""Figures a conversation ruled out are not said again as current (followup/drafting/objections.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.objections import ruled_out
from followup.drafting.sentences import Source


def _item(quote, src, text=None):
    return Item(kind="term", text=quote if text is None else text, quote=quote, source_kind=src.kind,
                source_id=src.id, at=src.at, direction=src.direction)


@pytest.mark.parametrize("objection", [
    "6 weeks is too long for us, our lease ends on 30 September.",
    "6 Wochen sind zu lang für uns, unser Mietvertrag endet am 30. September.",
    "6 semaines c'est trop long pour nous, notre bail finit le 30 septembre.",
    "6 semanas es demasiado largo, nuestro contrato termina el 30 de septiembre.",
])
def test_an_objection_the_rep_answered_since_is_not_noted_back(objection):
    theirs = Source("message", 2, objection, datetime(2030, 5, 2, 9), "inbound")
    reply = Source("message", 3, "We can do it in 4 weeks.", datetime(2030, 5, 3, 9), "outbound")
    out = ruled_out([_item(objection, theirs)], [theirs, reply], {})
    assert (out[0].status, out[0].by) == ("answered", "message:3")


def test_an_objection_nobody_answered_stays():
    theirs = Source("message", 2, "Six weeks is too long for us.", datetime(2030, 5, 2, 9), "inbound")
    assert ruled_out([_item(theirs.text, theirs)], [theirs], {})[0].status == "open"


@pytest.mark.parametrize("line", [
    "$59 wasn't possible, but this is our best rate.",
    "59 € war leider nicht möglich, aber das ist unser bester Preis.",
    "59 € n'était pas possible, mais c'est notre meilleur tarif.",
    "59 € no fue posible, pero es nuestra mejor tarifa.",
    "We can't do $59, but this is our best rate.",
])
def test_the_reps_refusal_of_a_counter_is_not_said_again(line):
    mine = Source("message", 3, line, datetime(2030, 5, 3, 9), "outbound")
    out = ruled_out([_item(line, mine)], [mine], {})
    assert out[0].status == "superseded"


def test_a_refusal_beside_the_figure_in_force_keeps_that_figure():
    line = "$59 wasn't possible, but I got $61 approved for 40 seats."
    mine = Source("message", 3, line, datetime(2030, 5, 3, 9), "outbound")
    out = ruled_out([_item(line, mine)], [mine], {})
    assert out[0].status == "open" and "$61" in out[0].text and "$59" not in out[0].text


@pytest.mark.parametrize("first,kept", [
    ("12 months would work, then €21.40 a seat", "she stays with 24 months at €19.90."),
    ("12 Monate ginge, dann 21,40 € pro Platz", "sie bleibt bei 24 Monaten zu 19,90 €."),
    ("12 mois possible, alors 21,40 € par poste", "elle reste sur 24 mois à 19,90 €."),
    ("12 meses sería posible, entonces 21,40 € por puesto", "se queda con 24 meses a 19,90 €."),
])
def test_an_option_left_for_the_one_kept_goes(first, kept):
    text = f"Call with Ms Lind. {first}; {kept}"
    note = Source("note", 4, text, datetime(2030, 5, 3, 9), "note")
    items = [_item(first, note), _item(kept, note)]
    out = ruled_out(items, [note], {("note", 4): text})
    assert out[0].status == "superseded" and out[1].status == "open"


@pytest.mark.parametrize("text", ["The 50 L kegs are €2.60 a month; 30 L stays at €2.10.",
                                  "Die 50-L-Fässer kosten 2,60 €; der Preis bleibt bei 2,10 € für 30 L.",
                                  "Les fûts de 50 L coûtent 2,60 € ; le prix reste à 2,10 € pour 30 L."])
def test_a_price_that_stays_is_no_option_left(text):
    mine = Source("message", 3, text, datetime(2030, 5, 3, 9), "outbound")
    first = text.split(";")[0]
    out = ruled_out([_item(first, mine)], [mine], {("message", 3): text})
    assert out[0].status == "open"
