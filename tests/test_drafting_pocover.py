"""A purchase order sent against the rep's offer in force is said back with what it covers: the offer's priced lines,
word for word, and its total after them (followup/drafting/pocover.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.pocover import _said_elsewhere, needed_document, unled
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Ben Cole", "ben@aqua.example", "Ben Cole\nAqua Supply")


def draft(offer: str, reply: str, name: str = "Litia Naivalu") -> str:
    """The draft after the rep's offer and the customer's reply sending the PO."""
    sources = [Source("message", 1, offer, datetime(2033, 3, 1, 9), "outbound"),
               Source("message", 2, reply, datetime(2033, 3, 10, 9), "inbound")]
    state = build_state(sources, "Europe/Berlin", datetime(2033, 3, 14, 10), customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Pumps", rep=REP).body


@pytest.mark.parametrize("offer, reply, said", [
    ("Hi Litia,\n\nThe updated quote:\n\n- 12 dosing pumps at £410 = £4,920.00\n- 12 wall brackets at £35 = £420.00\n"
     "- Total £5,340.00 ex VAT\n\nBen",
     "Hi Ben,\n\nPO 7781-22 attached against your updated quote. Deliveries to the back entrance, please.\n\nLitia",
     "PO 7781-22 for 12 dosing pumps at £410 = £4,920.00, 12 wall brackets at £35 = £420.00; Total £5,340.00"),
    ("Guten Tag Frau Naivalu,\n\nwie besprochen das überarbeitete Angebot:\n\n- 5 Dosierpumpen DP-9: 2.050 € netto\n"
     "- Montage vor Ort: 640 € netto\n\nBen Cole",
     "Guten Tag Herr Cole,\n\nanbei unsere Bestellung Nr. 4471-B zu Ihrem Angebot. Bitte liefern Sie an Tor 2.\n\n"
     "Litia Naivalu", "Bestellung über 5 Dosierpumpen DP-9: 2.050 € netto und Montage vor Ort: 640 € netto erhalten."),
])
def test_a_po_is_said_back_with_the_offer_lines_it_covers(offer, reply, said):
    assert said in draft(offer, reply)


def test_a_po_covering_no_priced_line_is_said_back_alone():
    body = draft("Hi Litia,\n\nThanks for the call. I'll send the quote once the survey is done.\n\nBen",
                 "Hi Ben,\n\nPO 7781-22 attached for the survey. When can you come?\n\nLitia")
    assert "I've received PO 7781-22." in body


@pytest.mark.parametrize("line, bare", [
    ('revised as discussed: 48 ft of 30" roller conveyor, installed, $21,450', '48 ft of 30" roller conveyor, installed, '
                                                                              '$21,450'),
    ("comme convenu : 2 groupes de 8 à 3 900 € HT", "2 groupes de 8 à 3 900 € HT"),
    ("como platicamos: tambor de 400 kg a $26,300 MXN", "tambor de 400 kg a $26,300 MXN"),
    ("CF-1000 washer, incl. installation: EUR 31,800", "CF-1000 washer, incl. installation: EUR 31,800"),  # a label
])
def test_an_offering_lead_is_cut_and_a_label_kept(line, bare):
    assert unled(line) == bare


def test_an_offer_repriced_on_a_call_is_not_what_the_po_covers():
    sources = [Source("message", 1, "Hi Litia,\n\nQuote: 60 pairs of fins at FJD 49 each, total FJD 2,940.\n\nBen",
                      datetime(2033, 3, 1, 9), "outbound"),
               Source("note", 2, "Litia rang. Only 40 pairs now -> new total FJD 1,960. She'll send PO.",
                      datetime(2033, 3, 5, 9), "note"),
               Source("message", 3, "Hi Ben,\n\nPO 2033-41 attached for the fins as discussed.\n\nLitia",
                      datetime(2033, 3, 10, 9), "inbound")]
    state = build_state(sources, "Pacific/Fiji", datetime(2033, 3, 14, 10), customer_name="Litia Naivalu")
    body = compose_state(state, customer_name="Litia Naivalu", thread_subject="Fins", rep=REP).body
    assert "FJD 2,940" not in body


@pytest.mark.parametrize("sentence, language, doc", [
    ("Our site manager needs a certificate of insurance before the fitters arrive.", "en",
     "the certificate of insurance"),
    ("We still need the safety data sheet for our risk file.", "en", "the safety data sheet"),
    ("The SDS we need before the first drums arrive.", "en", "the SDS"),
    ("Das Sicherheitsdatenblatt brauchen wir vorab für die Unterweisung.", "de", "das Sicherheitsdatenblatt"),
    ("Ein Werkszeugnis benötigen wir zu jeder Charge.", "de", "ein Werkszeugnis"),
    ("Le certificat d'analyse, il nous le faut à chaque livraison.", "fr", "le certificat d'analyse"),
    ("Il nous faut la fiche de données de sécurité en français.", "fr", "la fiche de données de sécurité"),
    ("El certificado de material lo necesitamos con cada envío.", "es", "el certificado de material"),
    ("Necesitamos la factura comercial para la aduana.", "es", "la factura comercial"),
])
def test_a_paper_needed_with_the_order_is_read(sentence, language, doc):
    assert needed_document(sentence, language) == doc


@pytest.mark.parametrize("sentence, language", [
    ("Das Sicherheitsdatenblatt brauchen wir nicht mehr.", "de"),
    ("Can you send the certificate of analysis with the pallets?", "en"),
    ("The coach we need on Friday.", "en"),
])
def test_a_paper_not_needed_or_only_asked_is_no_need(sentence, language):
    assert needed_document(sentence, language) == ""



def test_a_price_answer_said_again_by_an_order_line_is_not_what_the_po_covers():
    """'The large fins are FJD 52 a pair' beside '10 pairs of large fins at FJD 52 = FJD 520': an answer, not a line."""
    def line(text: str) -> Item:
        return Item(kind="term", text=text, quote=text, source_kind="message", source_id=1,
                    at=datetime(2033, 3, 1, 9), direction="outbound")
    answer, small, large = (line("the large fins are FJD 52 a pair"), line("30 pairs of small fins at FJD 49 = FJD 1,470"),
                            line("10 pairs of large fins at FJD 52 = FJD 520"))
    assert _said_elsewhere(answer, [answer, small, large])
    assert not _said_elsewhere(small, [answer, small, large])
    # two lines at the same unit price are both ordered
    assert not _said_elsewhere(line("10 masks at FJD 20"), [line("10 masks at FJD 20"), line("5 snorkels at FJD 20")])
