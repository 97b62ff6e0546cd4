"""Tests for a promise whose day a later source moved (followup/drafting/repromised.py)."""
from datetime import date, datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.repromised import repromised
from followup.drafting.sentences import Source

FIRST, LATER = datetime(2031, 3, 3, 15), datetime(2031, 3, 7, 16)  # a Monday; the Friday after


def _run(promise: str, text: str, moved: str, language_note: str = "note") -> tuple[Item, list[Item]]:
    """The promise (from a note on FIRST) after a later note on LATER says `moved`."""
    item = Item(kind="commitment", text=text, quote=promise, source_kind="note", source_id=1, at=FIRST,
                direction="note")
    later = Item(kind="term", text="", quote=moved, source_kind="note", source_id=2, at=LATER, direction=language_note)
    sources = [Source("note", 1, promise, FIRST, "note"), Source("note", 2, moved, LATER, "note")]
    out = repromised([item, later], sources, {("note", 1): promise, ("note", 2): moved})
    return out[0], out


@pytest.mark.parametrize(("promise", "text", "moved", "said"), [
    ("Send the site survey report by Wednesday 5.", "I'll send the site survey report by Wednesday 5",
     "Survey report now due Tuesday 11, she moved it for the board.", "I'll send the site survey report by Tuesday 11"),
    ("Mandar el informe de obra el miércoles 5.", "Le envío el informe de obra el miércoles 5",
     "Informe de obra ahora para el martes 11 (se movió por su junta).", "Le envío el informe de obra el martes 11"),
    ("Baubericht bis Mittwoch, 5. März schicken.", "Ich schicke Ihnen den Baubericht bis Mittwoch, 5. März",
     "Baubericht jetzt erst am Dienstag, 11. März (verschoben wegen Vorstand).",
     "Ich schicke Ihnen den Baubericht bis Dienstag, 11. März"),
    ("Envoyer le rapport de chantier mercredi 5.", "Je vous envoie le rapport de chantier mercredi 5",
     "Rapport de chantier décalé au mardi 11 (conseil d'administration).",
     "Je vous envoie le rapport de chantier mardi 11"),
])
def test_a_moved_day_is_the_promise_s_new_day(promise, text, moved, said):
    item, out = _run(promise, text, moved)
    assert item.text == said
    assert item.due is not None and item.due.date() == date(2031, 3, 11)
    assert out[1].status == "kept"  # the line that moved it says nothing more


def test_a_later_day_without_a_move_or_of_another_thing_leaves_the_promise():
    text = "I'll send the site survey report by Wednesday 5"
    item, out = _run("Send the site survey report by Wednesday 5.", text, "Survey report signed back Tuesday 11.")
    assert item.text == text and out[1].status == "open"
    item, _ = _run("Send the site survey report by Wednesday 5.", text, "Scaffold delivery now Tuesday 11.")
    assert item.text == text and item.due is None
