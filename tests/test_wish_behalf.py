"""Opt-outs in a letter written on someone's behalf (followup/text/wish_behalf.py)."""
from datetime import datetime

import pytest

from followup.text.wish_behalf import as_the_writer, behalf_opt_out, written_for_someone
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)


@pytest.mark.parametrize("text", [
    "We write on behalf of our employee, Ms. Flurina Caduff, Head of Fleet.",
    "I am writing on behalf of Dr Yewande Hollis, Chief Executive.",
    "We act for Ms Rhian Evans, Head of Estates.",
    "Dr Baird has asked us to let you know that she does not wish to be contacted.",
    "I handle my mom's email for her.",
    "ich wende mich im Auftrag unseres Einkaufsleiters, Herrn Jens Petersen, an Sie.",
    "I write as the data protection officer of Sportski Centar Novak d.o.o.",
    "We are writing to you as the legal department of Orsay Group.",
])
def test_a_letter_for_a_person_is_seen(text):
    assert written_for_someone(text)


@pytest.mark.parametrize("text", [
    "I am writing on behalf of the whole team to thank you.",  # no person named
    "Please stop contacting her.",
    "I write as the new buyer of the shoe department.",  # no office that speaks for staff
])
def test_no_person_written_for_is_no_letter_on_behalf(text):
    assert not written_for_someone(text)


def test_the_person_is_read_as_the_writer():
    assert as_the_writer("Ms. Caduff objects to any further processing of her personal data.") == \
        "I object to any further processing of my personal data."
    assert as_the_writer("Please refrain from contacting her again.") == "Please refrain from contacting me again."
    assert as_the_writer("Herr Petersen widerspricht der Nutzung seiner Daten.") == \
        "ich widerspreche der Nutzung meiner Daten."


@pytest.mark.parametrize("sentence", [
    "Ms. Caduff objects to any further processing of her personal data for marketing purposes.",
    "We request that you delete her name from your records and refrain from contacting her in any form in the future.",
    "Under Article 21 of the UK GDPR our client objects to the use of her personal data for direct marketing.",
    "Herr Petersen widerspricht der Nutzung seiner personenbezogenen Daten zu Werbezwecken.",
])
def test_the_persons_refusal_is_certain(sentence):
    wish = behalf_opt_out(sentence, 0, sentence)
    assert wish is not None and wish.certain and wish.quote == sentence


@pytest.mark.parametrize("sentence", [
    "Please stop contacting her customers.",  # the person's contacts, not the person
    "She asked whether your tool can stop sending her reminders?",
    "If she ever wants you to stop emailing her, she will say so.",
    "Please send her the invoice.",
])
def test_look_alikes_are_no_certain_refusal(sentence):
    assert behalf_opt_out(sentence, 0, sentence) is None


def test_a_legal_letter_for_an_employee_is_a_certain_opt_out():
    text = ("Dear Sir or Madam,\n\nWe write on behalf of our employee, Ms. Flurina Caduff, who has received several "
            "calls and e-mails from your company.\n\nIn accordance with the Swiss Federal Act on Data Protection "
            "(nLPD / revDSG), Ms. Caduff objects to any further processing of her personal data for marketing "
            "purposes.\n\nKind regards\nLegal & Compliance")
    wishes = detect_wishes(text, SENT, "Europe/Zurich")
    assert [(w.kind, w.certain) for w in wishes] == [("do_not_contact", True)]


def test_without_a_letter_on_behalf_someone_elses_refusal_stays_asked():
    text = "Hi Sam,\n\nShe does not wish to be contacted again.\n\nBest, Tom"
    assert not any(w.certain for w in detect_wishes(text, SENT, "Europe/London") if w.kind == "do_not_contact")


@pytest.mark.parametrize("text", [
    "my boss asked me to tell u to quit emailing him",  # "u" for "you"
    "This is Margaret Keane's daughter.",  # a family member writes for a relative
    "My mother, Joan Pritchard, passed away in August.",
])
def test_a_relayed_or_family_letter_is_seen(text):
    assert written_for_someone(text)


def test_a_daughters_letter_for_her_mother_is_a_certain_opt_out():
    text = ("Hello,\n\nThis is Margaret Keane's daughter. Mum has been getting calls from your sales team.\n\n"
            "Please stop contacting her - no calls, no letters, no emails.\n\nFiona")
    wishes = detect_wishes(text, SENT, "Europe/London")
    assert ("do_not_contact", True) in [(w.kind, w.certain) for w in wishes]


# a message passed on for the writer's principal: a verb of telling someone to x a verb of passing on
@pytest.mark.parametrize("text", [
    "Sir has gone through your proposal and he has directed me to convey that your company should not contact him "
    "further in this regard or any other, neither on phone nor by e-mail.",
    "Mrs Obi has told me to pass on that she does not wish to be contacted again.",
    "Our director has instructed us to relay to you that he does not want to be contacted again.",
    "Herr Brandt hat mich angewiesen, Ihnen auszurichten, dass er nicht mehr kontaktiert werden möchte.",
])
def test_a_refusal_relayed_for_the_principal_is_the_customers_certain_opt_out(text):
    assert written_for_someone(text)
    found = detect_wishes(text, SENT, "Europe/London")
    assert any(w.kind == "do_not_contact" and w.certain for w in found)


def test_the_relay_frame_is_dropped_and_the_principal_read_as_the_writer():
    assert as_the_writer("he has directed me to convey that your company should not contact him further.").strip() \
        == "your company should not contact me further."


# someone else's refusal passed on, beside the organisation still wanting the offer: asked, never applied
@pytest.mark.parametrize("text", [
    "One of the doctors who rents a consulting room in our clinic, Dr. Massawe, has asked me to tell you that he does "
    "not want to be contacted by your company directly. Please respect that. However the clinic itself still wants "
    "the quotation for the clinical waste collection, so kindly send it to me.",
    "Our tenant, Mr. Lowe, has asked me to let you know that he does not wish to be contacted again. We are still "
    "interested in the quotation for the lobby, though.",
])
def test_another_persons_refusal_beside_the_offer_still_wanted_is_no_certain_opt_out(text):
    found = detect_wishes(text, SENT, "Europe/London")
    assert not any(w.kind == "do_not_contact" and w.certain for w in found)
