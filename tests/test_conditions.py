"""Tests for conditions: whom an order's documents are made out to, the day they are needed by and the window for
the work, said in the rep's voice (sentences written for these tests)."""
from datetime import datetime, timezone

from followup.drafting.conditions import _limit, _made_out, _span_line, condition_line, order_conditions
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
