"""A notice naming Easter or Holy Week as its time away (followup/text/auto_reply_feast.py)."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.auto_reply import detect_auto_reply
from followup.text.auto_reply_feast import away_for_feast

_HOLY_THURSDAY = datetime(2029, 3, 29, 8, 0)


@pytest.mark.parametrize("text", [
    "Gracias por su mensaje. Estoy disfrutando de unos días de vacaciones por Semana Santa y tengo acceso limitado "
    "al correo. Le responderé a mi vuelta.",
    "Thank you for your message. I'm taking a few days off over Holy Week.",
    "Vielen Dank für Ihre Nachricht. Ich bin in den Osterferien und habe nur eingeschränkt Zugriff auf E-Mails.",
    "Merci pour votre message. Je suis en congé pendant les vacances de Pâques.",
    "Grazie per il suo messaggio. Sono in ferie per le festività pasquali.",
    "Obrigado pelo seu contacto. Estou de férias na Páscoa; responderei no meu regresso.",
    "Bedankt voor uw bericht. Ik ben met paasvakantie en heb beperkt toegang tot mijn mail.",
])
def test_away_for_the_feast_in_a_notice_in_each_language(text):
    assert away_for_feast(text)


@pytest.mark.parametrize("text", [
    # a person's letter: no thanks for the message, nothing only a notice says
    "Hi Sam, I'm off over Easter, so let's talk after. Cheers",
    # the business closed, no one away
    "Hola Javier, te aviso de que cerramos por Semana Santa. Un abrazo",
    # the feast named, nobody away
    "Thank you for your message. The Easter menu is attached, urgent orders by Tuesday.",
])
def test_no_notice_of_time_away_for_the_feast(text):
    assert not away_for_feast(text)


def test_the_spanish_holy_week_notice_is_an_auto_reply_without_a_day_back():
    text = ("Gracias por su mensaje.\n\nEstoy disfrutando de unos días de vacaciones por Semana Santa y tengo acceso "
            "limitado al correo. Le responderé en cuanto me sea posible a mi vuelta.\n\nUn saludo,\nCarmen Lozano")
    auto = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=_HOLY_THURSDAY, tz="Europe/Lisbon")
    assert auto.is_auto and auto.return_at is None


@pytest.mark.parametrize("text", [
    "Thank you for your message. I'm off over Holy Week and will be back after Holy Week.",
    "Gracias por su mensaje. Estaré fuera hasta después de Semana Santa.",
    "Vielen Dank für Ihre Nachricht. Ich bin im Osterurlaub und nach der Karwoche wieder im Büro.",
    "Grazie per il suo messaggio. Sono in ferie per Pasqua e rientrerò dopo la Settimana Santa.",
])
def test_back_after_holy_week_is_the_first_working_day_after_easter_monday(text):
    auto = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=_HOLY_THURSDAY, tz="Europe/Lisbon")
    assert auto.is_auto and auto.return_at is not None
    assert auto.return_at.astimezone(ZoneInfo("Europe/Lisbon")).date() == date(2029, 4, 3)


def test_german_days_away_with_day_numbers_before_the_easter_holidays():
    text = ("Danke für Ihre Mail. Ich bin vom Montag, 7. April bis Freitag, 18. April in den Osterferien. "
            "In dringenden Fällen wenden Sie sich an das Sekretariat.")
    assert away_for_feast(text)
