"""A part the rep priced apart that a later offer gives with the price (followup/drafting/included.py)."""
from datetime import datetime

import pytest

from followup.drafting.included import included_sentence, included_since
from followup.drafting.items import Item
from followup.drafting.sentences import Source

T1, T2 = datetime(2027, 5, 3, 9), datetime(2027, 5, 10, 9)


def _run(old, later, later_direction="note"):
    first = Source("message", 1, old, T1, "outbound")
    second = Source("note", 2, later, T2, later_direction)
    ordered = [first, second]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    item = Item(kind="term", text=old, quote=old, source_kind="message", source_id=1, at=T1, direction="outbound")
    return included_since([item], ordered, cleaned)[0]


@pytest.mark.parametrize("old, later", [
    ("Fitting on site: GBP 240 per unit.", "Called Ann. 12 units at GBP 1,900 each, fitting included."),
    ("Pose sur place : 90 € par fenêtre.", "Rappelé M. Roux. 1 150 € la fenêtre, pose offerte si commande en mai."),
    ("Montage vor Ort: 380 € pauschal.", "Telefonat. 4.200 € netto inkl. Montage, Lieferung KW 24."),
    ("Instalación: USD 300 por equipo.", "Llamada. USD 2.100 por equipo, instalación incluida."),
    ("Annual servicing in option at $95 per machine.", "Revised offer: $2,190 per machine, free servicing the first year."),
])
def test_a_part_a_later_offer_gives_with_the_price_is_out_of_force(old, later):
    """Written for this rule: the old price of the part would be said next to the new offer that includes it."""
    out = _run(old, later)
    assert (out.status, out.by) == ("superseded", "note:2")


@pytest.mark.parametrize("old, later", [
    ("Fitting on site: GBP 240 per unit.", "Called Ann. Delivery included, she will confirm next week."),  # no price
    ("Fitting on site: GBP 240 per unit.", "Is fitting included in the GBP 1,900?"),  # a question
    ("Units GBP 1,900 each plus VAT.", "Called Ann. GBP 2,280 each incl. VAT."),  # a tax, no part of the offer
    ("Fitting included, GBP 1,900 per unit.", "Called Ann. GBP 1,850 per unit, fitting included."),  # said so already
])
def test_a_line_no_later_offer_gives_with_the_price_stays(old, later):
    assert _run(old, later).status == "open"


def test_an_earlier_sentence_of_the_same_note_gives_way_to_a_later_one():
    text = "Visit. Only a lead door needed, 650 000 FCFA. Agreed 28 200 000 FCFA, door included."
    note = Source("note", 1, text, T1, "note")
    door = Item(kind="term", text="", quote="Only a lead door needed, 650 000 FCFA.", source_kind="note",
                source_id=1, at=T1, direction="note")
    out = included_since([door], [note], {("note", 1): text})[0]
    assert out.status == "superseded"


@pytest.mark.parametrize("clause, language, said", [
    ("porte comprise", "fr", "La porte est comprise."),
    ("montage offert", "fr", "Le montage est offert."),
    ("entretien inclus", "fr", "L'entretien est inclus."),
    ("instalación incluida", "es", "La instalación está incluida."),
    ("Montage inklusive", "de", "Montage ist inklusive."),
    ("placement tests free", "en", "Placement tests are free."),
    ("transport Ségou inclus", "fr", ""),  # a place in the part
    ("TVA incluse", "fr", ""),  # a tax
])
def test_a_part_given_with_the_price_is_said_as_a_sentence(clause, language, said):
    assert included_sentence(clause, language) == said


@pytest.mark.parametrize("old, later", [
    ("- Set-up fee: $1,500 one-off", "Revised terms:\n- set-up fee waived for signature in June"),
    ("- frais de dossier : 150 € HT", "Nouvelle offre :\n- sans frais de dossier si commande avant fin mai"),
    ("- Bearbeitungsgebühr 60 € je Vertrag", "Neues Angebot:\n- Verträge ohne Bearbeitungsgebühr (ab 10 Verträgen)"),
    ("- Cuota de alta: 90 € por línea", "Llamada. Cuota de alta bonificada para 20 líneas."),
])
def test_a_fee_a_later_line_waives_without_a_price_is_out_of_force(old, later):
    """Written for this rule: the fee's old price would be confirmed beside the later line that waives it."""
    out = _run(old, later)
    assert (out.status, out.by) == ("superseded", "note:2")


@pytest.mark.parametrize("old, later", [
    ("Boxes at $4.20 each, set-up fee waived", "Called Ann. Set-up fee waived again."),  # not a fee's own line
    ("- Delivery: $90 per drop", "Called Ann. We deliver without delay next week."),  # another thing
    ("- Set-up fee: $1,500 one-off", "Is the set-up fee waived if she signs in June?"),  # a question
])
def test_a_waiver_of_another_thing_or_a_question_keeps_the_line(old, later):
    """Written for this rule: a passing 'without' or a waiver asked about takes no price out of force."""
    assert _run(old, later).status == "open"
