"""Tests for German documents named as compounds (followup/drafting/compounddoc.py)."""
import re

from followup.drafting.compounddoc import de_docs, de_head
from followup.drafting.owed import names_document


def test_a_compound_is_read_as_its_last_part():
    doc = re.compile(r"\b" + de_docs("rechnung", "vertrag", "angebot") + r"\b")
    for word in ("Teilrechnung", "Rechnung", "Mietvertrag", "Nachtragsangebot", "Abschlagsrechnung"):
        assert doc.fullmatch(word), word
    assert de_head("Abschlagsrechnung") == "rechnung" and de_head("Mietvertrag") == "vertrag"


def test_a_calculation_or_a_word_that_only_starts_so_is_no_document():
    doc = re.compile(r"\b" + de_docs("rechnung", "vertrag") + r"\b")
    for word in ("Berechnung", "Verrechnung", "Vertragspartner", "Abrechnung"):
        assert not doc.fullmatch(word), word


def test_a_list_point_naming_a_compound_document_is_a_document():
    assert names_document("die Teilrechnung für Juni")
    assert names_document("den unterschriebenen Mietvertrag")
    assert not names_document("die Berechnung der Heizlast")
