"""Tests for conditions: whom an order's documents are made out to, the day they are needed by and the window for
the work, said in the rep's voice (sentences written for these tests)."""
from datetime import datetime, timezone

import pytest

from followup.drafting.conditions import (
    _delivery_line,
    _limit,
    _line,
    _made_out,
    _span_line,
    by_day,
    condition_line,
    order_conditions,
)
from followup.drafting.items import Item
from followup.drafting.sentences import Source

AT = datetime(2031, 3, 4, 9, 0, tzinfo=timezone.utc)


def _src(text: str) -> tuple[Source, dict]:
    src = Source(kind="message", id=7, at=AT, direction="inbound", text=text)
    return src, {("message", 7): text}


def _item(kind: str, quote: str) -> Item:
    return Item(kind=kind, text="", quote=quote, source_kind="message", source_id=7, at=AT, direction="inbound")


def test_made_out_to_a_name_with_its_department_and_number():
    assert _made_out("Please address the quote to Oakmere Grammar School, attention Finance Office.", "en", "") == \
        ("quote", "Oakmere Grammar School, attention Finance Office")
    doc, name = _made_out("Please invoice Redfern Community College against it.", "en", "Our PO is PO RC-5521.")
    assert (doc, name) == ("invoice", "Redfern Community College, quoting PO RC-5521")
    assert _made_out("Der Vertrag bitte auf die Musikschule Kranichfeld gGmbH, nicht auf mich.", "de", "")[1] == \
        "die Musikschule Kranichfeld gGmbH"
    assert _made_out("Le devis doit être établi au nom du collège Jean-Moulin, service intendance.", "fr", "")[1] == \
        "du collège Jean-Moulin, service intendance"
    assert _made_out("El contrato, a nombre de Academia Solana S.L., por favor.", "es", "")[1] == \
        "de Academia Solana S.L."


def test_no_name_no_condition():
    assert _made_out("Please send the quote to me.", "en", "") == ("", "")
    assert _made_out("We went through the contract at the board meeting.", "en", "") == ("", "")


def test_window_for_the_work_in_each_language():
    assert _span_line("Delivery can only happen between Monday 2 August and Friday 13 August.", "en") == \
        "I'll schedule the delivery between Monday 2 August and Friday 13 August."
    assert _span_line("Die Montage geht nur vom Montag, 19. Juli bis Freitag, 30. Juli.", "de") == \
        "Die Montage legen wir in die Zeit zwischen Montag, 19. Juli und Freitag, 30. Juli."
    assert _span_line("La livraison doit se faire entre le lundi 5 juillet et le jeudi 15 juillet.", "fr") == \
        "Nous planifions la livraison entre le lundi 5 juillet et le jeudi 15 juillet."
    assert _span_line("La instalación, del lunes 2 de agosto al viernes 13 de agosto.", "es") == \
        "Programamos la instalación entre el lunes 2 de agosto y el viernes 13 de agosto."
    assert _span_line("The school is closed between Monday 2 August and Friday 13 August.", "en") == ""  # no work


def test_limit_is_the_papers_not_the_goods():
    assert _limit("The contract has to be signed before Friday 19 March or the budget lapses.") == "Friday 19 March"
    assert _limit("The delivery must arrive before Friday 19 March.") == ""  # asked, never promised
    assert _limit("We need them before Friday 19 March.") == ""
    assert _limit("We need them before Friday 19 March.", after=True) == "Friday 19 March"


def test_order_conditions_say_one_line_and_drop_the_pasted_points():
    text = ("We'll go ahead with the 12 benches. Please make the contract out to Larchfield Primary School. "
            "We need the contract signed before Friday 19 March. "
            "Installation has to happen between Monday 29 March and Friday 9 April, while the pupils are away.")
    src, cleaned = _src(text)
    pasted = _item("deadline", "We need the contract signed before Friday 19 March.")
    other = _item("question", "Can you also quote for the planters?")
    out = order_conditions([pasted, other], src, cleaned, {"accepted": True}, "en")
    assert pasted not in out and other in out
    line = out[-1].text
    assert line == ("I'll make the contract out to Larchfield Primary School and send it in good time before "
                    "Friday 19 March. I'll schedule the installation between Monday 29 March and Friday 9 April.")
    assert condition_line(line)


def test_no_window_said_before_a_decision():
    src, cleaned = _src("Installation would have to happen between Monday 29 March and Friday 9 April.")
    items = [_item("constraint", "Installation would have to happen between Monday 29 March and Friday 9 April.")]
    assert order_conditions(items, src, cleaned, {}, "en") == items


def test_sent_to_someone_is_not_made_out_to_them():
    assert _made_out("Please send the quote to Mark Evans in purchasing.", "en", "") == ("", "")
    assert _made_out("Schicken Sie das Angebot bitte an die Kollegin Berg.", "de", "") == ("", "")
    assert _made_out("Could the invoice go to Thornbury Sixth Form College?", "en", "")[1] == \
        "Thornbury Sixth Form College"


def test_name_ends_where_a_clause_begins():
    assert _made_out("Please address the offer to Fjordvik School, att. Procurement, not to me.", "en", "")[1] == \
        "Fjordvik School, att. Procurement"
    assert _made_out("Rechnung bitte an die Musikschule Kranichfeld gGmbH, z. H. Verwaltung.", "de", "")[1] == \
        "die Musikschule Kranichfeld gGmbH, z. H. Verwaltung"
    assert _made_out("The invoice goes to Harbourside Tutors Ltd., the bank needs it for the loan.", "en", "")[1] == \
        "Harbourside Tutors Ltd."
    assert _made_out("Please make the quote out to Kestrel Academy so our bursar can raise the PO.", "en", "")[1] == \
        "Kestrel Academy, for your PO"


def test_a_window_asked_about_is_not_promised():
    assert _span_line("Please confirm the installation can be done between Monday 2 August and Friday 13 August.",
                      "en") == ""
    assert _span_line("Can delivery happen between Monday 2 August and Friday 13 August?", "en") == ""


def test_a_line_of_the_reps_naming_the_firm_leaves_the_points_as_they_were():
    src, cleaned = _src("Please make the invoice out to Larchfield Primary School. Can you send it today?")
    mine = Item(kind="request", text="I'll send the invoice in the name of Larchfield Primary School today.",
                quote="Can you send it today?", source_kind="message",
                source_id=7, at=AT, direction="inbound")
    assert order_conditions([mine], src, cleaned, {"accepted": True}, "en") == [mine]


def test_an_invoice_carries_the_po_the_email_gives():
    assert _made_out("Please invoice Redfern Community College.", "en", "PO 4471 is attached.")[1] == \
        "Redfern Community College, quoting PO 4471"
    assert _made_out("Please make the quote out to Redfern Community College.", "en", "PO 4471 is attached.")[1] == \
        "Redfern Community College"  # a quote comes before the PO


def test_made_out_by_a_verb_a_label_or_a_modal_tie():
    assert _made_out("Facturer à Ateliers Orbec SAS, comptabilité fournisseurs.", "fr", "") == \
        ("facture", "Ateliers Orbec SAS, comptabilité fournisseurs")
    assert _made_out("Facturar a Forjas Lemona S.L., gracias.", "es", "") == ("factura", "Forjas Lemona S.L.")
    assert _made_out("Rechnungsanschrift: Harzer Gusswerk GmbH, Kreditorenbuchhaltung.", "de", "") == \
        ("Rechnung", ":Harzer Gusswerk GmbH, Kreditorenbuchhaltung")
    assert _made_out("Rechnung an Ostalb Drehteile GmbH, USt-IdNr. anbei.", "de", "")[1] == ":Ostalb Drehteile GmbH"
    assert _made_out("The invoice must go to Pennine Castings Ltd, VAT number attached.", "en", "") == \
        ("invoice", "Pennine Castings Ltd")
    assert _made_out("La facture est à adresser à Tôlerie Vauclin SARL, service achats.", "fr", "")[1] == \
        "Tôlerie Vauclin SARL, service achats"
    assert _made_out("El contrato va a nombre de Curtidos Arroyo S.A., CUIT en el adjunto.", "es", "")[1] == \
        "de Curtidos Arroyo S.A."
    assert _made_out("Please put the lease in the name of Kestrel Moulding Ltd (our operating company).", "en", "") == \
        ("lease", "Kestrel Moulding Ltd")
    assert _made_out("Please send the supply contract to be signed by our plant director, in the name of Brenta "
                     "Valvole S.r.l.", "en", "")[1] == "Brenta Valvole S.r.l."


def test_the_order_number_given_elsewhere_goes_on_the_invoice():
    text = "We accept the offer. The order number is KR/2031/0412. Invoice to Vistula Castings Sp. z o.o., NIP attached."
    assert _made_out("Invoice to Vistula Castings Sp. z o.o., NIP attached.", "en", text)[1] == \
        "Vistula Castings Sp. z o.o., quoting order number KR/2031/0412"
    assert _made_out("Facturar a Troqueles Anoeta S.L.", "es", "Pedido n.º TA-31-077. Facturar a Troqueles Anoeta S.L.")[1] \
        == "Troqueles Anoeta S.L., indicando el pedido n.º TA-31-077"
    assert _made_out("Facturar a Metalúrgica Apodaca S.A. de C.V.", "es",
                     "Va la orden de compra OC-4471. Facturar a Metalúrgica Apodaca S.A. de C.V.")[1] == \
        "Metalúrgica Apodaca S.A. de C.V., indicando la orden de compra OC-4471"
    doc, name = _made_out("Facturer à Emboutissage Saint-Ours inc., comptes payables.", "fr", "")
    assert condition_line(_line(doc, name, "", "fr"))
    assert _line(doc, name, "", "fr") == "Je mets la facture au nom d'Emboutissage Saint-Ours inc., comptes payables."


def test_where_and_when_the_goods_are_taken_in_is_confirmed():
    assert _delivery_line("Deliveries to Dock 2 please, Monday to Thursday 6am-2pm.", "en") == \
        "We'll deliver to Dock 2, Monday to Thursday 6am-2pm."
    assert _delivery_line("Please deliver to Hall B, gate 7, and the fitters only come at weekends, as the press runs "
                          "Monday to Friday.", "en") == "We'll deliver to Hall B, gate 7."
    assert _delivery_line("Anlieferung bitte an Tor 2, Montag bis Freitag 7-15 Uhr.", "de") == \
        "Wir liefern an Tor 2, Montag bis Freitag 7-15 Uhr."
    assert _delivery_line("La livraison se fait au quai n° 4, de 7 h à 12 h.", "fr") == \
        "Nous livrons au quai n° 4, de 7 h à 12 h."
    assert _delivery_line("Las entregas por el muelle 3, de lunes a jueves de 8 a 13 h.", "es") == \
        "Entregamos por el muelle 3, de lunes a jueves entre las 8 y las 13 h."
    assert _delivery_line("Can you deliver to bay 6 before 8am?", "en") == ""  # asked: the rep answers it
    assert _delivery_line("The technician should report to gate 1 at 7am.", "en") == ""  # no goods coming in


def test_an_order_with_its_invoice_and_delivery_is_confirmed_and_not_pasted_back():
    text = ("We are going ahead, PO 5531-207 attached.\nInvoice to Calder Forge Ltd, accounts payable.\n"
            "Please deliver to Gate 2 goods-in, weekdays 8am-4pm.")
    src, cleaned = _src(text)
    items = [_item("order", "We are going ahead, PO 5531-207 attached."),
             _item("listed", "Invoice to Calder Forge Ltd, accounts payable"),
             _item("listed", "Please deliver to Gate 2 goods-in, weekdays 8am-4pm")]
    out = order_conditions(items, src, cleaned, {}, "en")
    assert [(i.kind, i.status) for i in out] == [("order", "open"), ("listed", "answered"), ("listed", "answered"),
                                                 ("request", "open")]
    assert out[-1].text == ("I'll make the invoice out to Calder Forge Ltd, accounts payable, quoting PO 5531-207. "
                            "We'll deliver to Gate 2 goods-in, weekdays 8am-4pm.")
    assert condition_line(out[-1].text) and condition_line("Wir liefern an Tor 2, Montag bis Freitag 7-15 Uhr.")


def test_a_document_asked_for_signature_is_sent_for_it():
    text = "Please send the supply contract to be signed by our plant director, in the name of Brenta Valvole S.r.l."
    src, cleaned = _src(text)
    out = order_conditions([_item("order", "We go ahead.")], src, cleaned, {"accepted": True}, "en")
    assert out[-1].text == "I'll make the contract out to Brenta Valvole S.r.l. and send it to you for signature."


@pytest.mark.parametrize("sentence, said", [
    ("We need the insurance certificate before Friday, May 14 for the landlord.", "before Friday, May 14"),
    ("Das Datenblatt brauchen wir bis spätestens Freitag, 25. Februar.", "bis spätestens Freitag, 25. Februar"),
    ("Il nous faut l'attestation avant le vendredi 30 avril.", "avant le vendredi 30 avril"),
    ("Necesito el certificado antes del 22 de diciembre.", "antes del 22 de diciembre"),
    ("We need the certificate for the audit.", ""),
])
def test_the_day_a_document_is_needed_by_is_read_in_the_customers_words(sentence, said):
    assert by_day(sentence) == said


def test_a_purchase_order_in_a_firm_s_name_puts_the_invoice_on_it_with_its_number():
    assert _made_out("Bon de commande PJ-7310 au nom de la SRL Durbuy Frais.", "fr", "") == \
        ("facture", "de la SRL Durbuy Frais, en rappelant le bon de commande PJ-7310")
    assert _made_out("Contrato a nombre de Ferretería Norte S.R.L., 12 meses.", "es", "") == \
        ("Contrato", "de Ferretería Norte S.R.L.")
    assert _made_out("Facture à Bijouterie Vaudoise SA, s.v.p.", "fr", "") == ("facture", "de Bijouterie Vaudoise SA")


def test_the_order_stays_when_its_sentence_also_names_whom_to_invoice():
    text = "Wir nehmen das Angebot über 18.400 EUR an, Auftrag geht an die Kellerei Talblick UG (haftungsbeschränkt)."
    src, cleaned = _src(text)
    order = _item("order", text)
    out = order_conditions([order], src, cleaned, {"accepted": True}, "de")
    assert order in out
    assert out[-1].text == "Die Rechnung stellen wir auf die Kellerei Talblick UG (haftungsbeschränkt) aus."
