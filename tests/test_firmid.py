"""The registration number or bracketed form after a firm's name stays with it in the rep's line (firmid.py)."""
import pytest

from followup.drafting.firmid import with_firm_id


@pytest.mark.parametrize("line, sentence, want", [
    ("La factura irá a nombre de Talleres Ribera S.L.", "Los datos para facturar: Talleres Ribera S.L., CIF B12555987.",
     "La factura irá a nombre de Talleres Ribera S.L., CIF B12555987."),
    ("Je mets la facture au nom de Les Genêts SRL.", "Merci de facturer Les Genêts SRL, TVA BE0477555102.",
     "Je mets la facture au nom de Les Genêts SRL, TVA BE0477555102."),
    ("I'll make the agreement out to Harbour Care Association.", "Please send the agreement in the name of Harbour "
     "Care Association (R.A.), thanks.", "I'll make the agreement out to Harbour Care Association (R.A.)."),
    ("Die Rechnung stellen wir auf die Weber Bau GmbH aus.", "Rechnung bitte an die Weber Bau GmbH, USt-IdNr. "
     "DE555123456.", "Die Rechnung stellen wir auf die Weber Bau GmbH, USt-IdNr. DE555123456 aus."),
])
def test_the_number_or_bracket_is_kept(line, sentence, want):
    assert with_firm_id(line, sentence) == want


def test_a_line_without_a_number_is_unchanged():
    line = "I'll make the invoice out to Kestrel Foods Ltd."
    assert with_firm_id(line, "Invoice to Kestrel Foods Ltd, not to me.") == line
    assert with_firm_id("", "anything") == ""


def test_the_number_is_left_off_where_the_line_would_say_their_sentence_back():
    line = "I'll make the contract out to Northgate Fine Art Print Studio Ltd."
    sentence = "The contract must be in the name of Northgate Fine Art Print Studio Ltd, company number 05551234."
    assert with_firm_id(line, sentence) == line
