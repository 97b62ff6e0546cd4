"""A customer's request to send the offer to a colleague is said back as the rep's promise, with the name."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.forward import forward_request
from followup.drafting.grounding import ground
from followup.drafting.phrases import framing_texts
from followup.drafting.profile import RepProfile, grounding_texts
from followup.drafting.sentences import Source

REP = RepProfile("Frank Brenner", "frank@slicetec.example", "Frank Brenner\nSliceTec GmbH")
NOW = datetime(2026, 5, 12, 9)


def _msg(i: int, direction: str, text: str, day: int) -> Source:
    """One email of the conversation, on a day of May 2026."""
    return Source("message", i, text, datetime(2026, 5, day, 9), direction)


def test_send_to_a_colleague_is_restated_with_the_colleagues_name_and_grounds():
    """"please also send the offer to our chief technologist Rasa Petrauskiene" -> the rep will, by name."""
    sources = [_msg(1, "outbound", "Hi Jonas,\n\nThe BS-45 is EUR 12,400.\n\nBest,\nFrank", 4),
               _msg(2, "inbound", "Hi Frank,\n\nCan the BS-45 change to 14 mm? Please also send the offer to our chief "
                                  "technologist Rasa Petrauskiene (rasa@bakery.example).\n\nJonas", 6)]
    state = build_state(sources, "Europe/Vilnius", NOW, customer_name="Jonas Kazlauskas")
    draft = compose_state(state, customer_name="Jonas Kazlauskas", thread_subject="Slicers", rep=REP)
    assert "I'll send the offer to Rasa Petrauskiene (rasa@bakery.example) as well." in draft.body
    assert "technologist Rasa" not in draft.body
    report = ground(draft.body, sources, grounding_texts(customer_name="Jonas Kazlauskas", customer_email="", rep=REP)
                    + framing_texts("en"), written_at=NOW, tz="Europe/Vilnius")
    assert report.ok, [t.text for t in report.tokens if not t.grounded]


def test_german_french_and_spanish_requests_name_the_person():
    """The same request in each language, said in that language with the person's name (or role when unnamed)."""
    de = [_msg(1, "inbound", "Bitte schicken Sie die Proforma-Rechnung für 5 Geräte an unsere Buchhalterin Neema "
                             "Mollel (neema@lodge.example).", 6)]
    fr = [_msg(1, "inbound", "Pouvez-vous envoyer le contrat à mon associé aussi ?", 6)]
    es = [_msg(1, "inbound", "Por favor mandá el presupuesto a mi socia Valeria Otero.", 6)]
    assert forward_request(de, "de").text == "Ich schicke die Proforma-Rechnung an Neema Mollel (neema@lodge.example)."
    assert forward_request(fr, "fr").text == "J'envoie aussi le contrat à votre associé."
    assert forward_request(es, "es").text == "Envío el presupuesto a Valeria Otero."


def test_it_is_said_as_the_document_it_stands_for_and_a_copy_to_the_customer_is_no_also():
    """"prepare invoice ... and send it to our accountant ..., with copy to me": the invoice goes to her."""
    asked = [_msg(1, "inbound", "Please prepare invoice for prepayment and send it to our accountant Desislava "
                                "Koleva (d.koleva@roses.example), with copy to me.", 6)]
    assert forward_request(asked, "en").text == "I'll send the invoice to Desislava Koleva (d.koleva@roses.example)."


def test_no_other_person_or_a_request_the_rep_has_done_gives_no_promise():
    """"send it to me", "a nombre de Olivo" (no one), an out-of-office colleague, and a request a later rep email
    already went to that person."""
    assert forward_request([_msg(1, "inbound", "Please send it to me by Friday.", 6)], "en") is None
    assert forward_request([_msg(1, "inbound", "¿Y me pasas la factura a nombre de Olivo Restauración S.L?", 6)],
                           "es") is None
    assert forward_request([_msg(1, "inbound", "For urgent matters please contact my colleague Jason Lim.", 6)],
                           "en") is None
    done = [_msg(1, "inbound", "Please send the quotation to our fleet manager Sokha Chan.", 5),
            _msg(2, "outbound", "Hi Sokha Chan, please find the quotation attached.", 6)]
    assert forward_request(done, "en") is None


def test_an_invoice_to_go_to_a_named_person_with_their_address_is_the_reps_promise():
    """"Can the invoice go to our office manager, Lucy Tran, at accounts@...?": sent there, the address said."""
    mail = [Source("message", 1, "Hi Bree,\n\nCan the invoice go to our office manager, Lucy Tran, at "
                                 "accounts@yarra.example.com?\n\nTom", datetime(2028, 4, 11, 23), "inbound")]
    item = forward_request(mail, "en")
    assert item.text == "I'll send the invoice to Lucy Tran (accounts@yarra.example.com)."


def test_two_documents_to_a_named_person_are_both_sent():
    mail = [Source("message", 1, "Bitte schicken Sie das Angebot und den Rahmenvertrag an unsere Buchhaltung, Frau Okka "
                                 "Gerdes (buchhaltung@tee.example.de).", datetime(2028, 4, 11, 9), "inbound")]
    assert forward_request(mail, "de").text == \
        "Ich schicke das Angebot und den Rahmenvertrag an Frau Okka Gerdes (buchhaltung@tee.example.de)."


def test_a_document_said_to_go_to_someone_is_a_request_to_send_it_there():
    """"the insurance certificate goes to our agent Barb Tesdahl at barb@...": the rep sends it to her."""
    asked = [_msg(1, "inbound", "Need the lease paperwork before then and the insurance certificate goes to our agent "
                                "Barb Tesdahl at barb@agins.example.", 6)]
    assert forward_request(asked, "en").text == "I'll send the insurance certificate to Barb Tesdahl (barb@agins.example)."


def test_one_first_name_after_its_role_and_documents_with_what_they_are_for():
    """"send the contract for the service and the invoice for the advance to our bookkeeper Rivka, rivka@...": both
    documents, said in the rep's words, to Rivka; a lone capitalised word with no role names no one."""
    asked = [_msg(1, "inbound", "Please send the contract for the service and the invoice for the advance to our "
                                "bookkeeper Rivka, rivka@coop.example.", 6)]
    assert forward_request(asked, "en").text == ("I'll send the service contract and the advance invoice to Rivka "
                                                 "(rivka@coop.example).")
    assert forward_request([_msg(1, "inbound", "Please send the quote to Vienna next week.", 6)], "en") is None
    assert forward_request([_msg(1, "inbound", "Please send the quote to our accountant Mr. Dinesh Perera.", 6)],
                           "en").text == "I'll send the quote to your accountant."
