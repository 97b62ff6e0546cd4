"""Cues of an automatic reply and closure notices (followup/text/auto_reply_notice.py)."""
import pytest

from followup.text.auto_reply_notice import closure_notice, may_be_auto, thanks_opening, titled_first_line


def test_a_text_without_any_out_of_office_word_is_not_read_further():
    assert may_be_auto("I'm out of the office until Monday")
    assert not may_be_auto("Price looks fine, send the contract.")


@pytest.mark.parametrize("text", [
    "Thank you for your message. Our plant is closed for the summer.",
    "Vielen Dank für Ihre Nachricht. Unser Betrieb ist in den Betriebsferien.",
    "Merci pour votre message. Nos bureaux sont fermés pour les congés.",
    "Gracias por su mensaje. La oficina está cerrada por vacaciones.",
    "Grazie per il suo messaggio. L'azienda è chiusa per ferie.",
    "Obrigado pela sua mensagem. O escritório está fechado.",
    "Hartelijk dank voor uw bericht. Ons kantoor is gesloten in de bouwvak.",
])
def test_thanks_for_the_message_then_a_closure_in_each_language(text):
    assert closure_notice(text)


@pytest.mark.parametrize("text", [
    "Hi Tom, our plant is closed next week, so send the contract now.",  # no thanks opening: a person writing
    "Thank you for your message. The price looks fine.",  # thanks, but nothing closed
])
def test_no_closure_notice_without_both_cues(text):
    assert not closure_notice(text)


@pytest.mark.parametrize("text, opens", [
    ("Kia ora, thanks for your email. I'm away.", True),  # a greeting that names nobody, as a notice writes
    ("Hello, thank you for your message.", True),
    ("Hi there - thanks for your mail.", True),
    ("Hi Sam, thanks for your email.", False),  # a person greets the reader by name
])
def test_thanks_first_after_a_greeting_that_names_nobody(text, opens):
    from followup.text.auto_reply_notice import THANKS_FIRST

    assert bool(THANKS_FIRST.search(text)) is opens


def test_a_text_opening_by_thanking_for_the_message():
    assert thanks_opening("Gracias por su mensaje. Estoy de vacaciones.")
    assert not thanks_opening("Hola Javier, gracias por su mensaje.")


@pytest.mark.parametrize("text, titled", [
    ("Jawaban otomatis: Re: Penawaran\n\nTerima kasih.", True),
    ("Réponse auto du service: RE: Devis\n\nMerci.", True),
    ("Subject: Re: Offer\n\nI'm away this week.", False),  # a subject pasted with its label by a person
    ("Hi Sam: Re: your offer\n\nI'm away this week.", False),  # a greeting
    ("Hallo Sam: AW: Angebot\n\nIch bin unterwegs.", False),
    ("Notes: re: the crane, see below", False),  # no line of its own
])
def test_a_first_line_with_a_title_before_the_subject_answered(text, titled):
    assert titled_first_line(text) is titled
