"""A channel asked for where another sentence says the other one misses the customer (followup/text/wish_channel_asks.py,
the device and buried-mail readings of followup/text/wish_channel.py)."""
import re
from datetime import datetime

import pytest

from followup.text.wish_channel import missed_channel
from followup.text.wish_channel_asks import MAIL_INTO, MAIL_ON, MOBILE_ASKED
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 3, 4, 15, 0)


def _channels(text: str) -> set[tuple[str, bool]]:
    """(preference, certain) of every channel read in text."""
    return {(w.preference, w.certain) for w in detect_wishes(text, SENT, "America/Chicago")
            if (w.preference or "").startswith("channel:")}


@pytest.mark.parametrize("text, value", [
    ("I'm hardly ever near a phone in the workshop. Could you email it over?", "channel:email"),
    ("Ich bin selten am Telefon, die Maschinen sind zu laut. Können wir per Mail weitermachen?", "channel:email"),
    ("I'm never at the computer during the season. Give me a call on my mobile.", "channel:phone"),
    ("Os e-mails eu quase não leio, estou sempre no campo. Liga pra mim no celular.", "channel:phone"),
    ("Recibo cien correos al día y me ahogo en ellos. Llámeme al móvil.", "channel:phone"),
    ("On the phone I always forget half of it. Can we continue by email?", "channel:email"),
    ("Email just isn't working for us. Give us a ring on the office line.", "channel:phone"),
])
def test_one_channel_missed_and_the_other_asked_is_certain(text, value):
    assert (value, True) in _channels(text)


@pytest.mark.parametrize("text, value", [
    ("I am never near a phone on the shop floor.", "channel:email"),
    ("Ich sitze nie am Rechner, ich bin draußen.", "channel:phone"),
    ("Je ne suis jamais devant l'ordinateur.", "channel:phone"),
    ("Ik zit zelden achter de computer.", "channel:phone"),
    ("I get hundreds of emails and yours get buried.", "channel:phone"),
])
def test_the_channel_missed(text, value):
    assert missed_channel(text) == value


@pytest.mark.parametrize("text", [
    "The phone on the wall by the door works again.",
    "Our new computer arrived yesterday.",
    "The pump works fine for us now.",
])
def test_look_alikes_miss_no_channel(text):
    assert missed_channel(text) is None


@pytest.mark.parametrize("text", [
    "Got the manual, thanks. Could you email it over to our accountant as well?",
    "Ring my mobile if the truck is late.",
])
def test_an_ask_with_no_channel_missed_is_no_certain_channel(text):
    assert not any(certain for _, certain in _channels(text))


def test_the_asks():
    assert re.search(MOBILE_ASKED, "llámeme al móvil", re.I) and re.search(MOBILE_ASKED, "bel me op mijn gsm", re.I)
    assert re.search(MAIL_ON, "podemos seguir por correo", re.I) and re.search(MAIL_ON, "email them through", re.I)


@pytest.mark.parametrize("text, value", [
    # the other channel too slow, or the talk going round in it, then a call asked for in so many words
    ("Honestly these mails take far too long. Just give me a ring when you're free.", "channel:phone"),
    ("This email thread is going round in circles. Call me and we'll settle it.", "channel:phone"),
    ("Mit den Mails drehen wir uns im Kreis. Rufen Sie mich an.", "channel:phone"),
    ("Par mail on tourne en rond. Appelez-moi au bureau.", "channel:phone"),
    ("Con los correos damos vueltas. Llámeme al móvil.", "channel:phone"),
    # things asked to be put into a mail where the phone misses the customer
    ("The yard is so noisy I can't hear a thing on the mobile. Could you drop the prices into an email instead?",
     "channel:email"),
])
def test_a_channel_too_slow_or_missed_and_the_other_asked_is_certain(text, value):
    assert (value, True) in _channels(text)


@pytest.mark.parametrize("text", [
    "I'll put the figures in an email tonight.",  # the customer's own plan, not an ask
    "We put it in an email to the board last week.",
])
def test_mail_into_is_asked_only_as_a_request(text):
    assert not re.search(MAIL_INTO, text, re.I)


def test_mail_into_reads_the_request_in_four_languages():
    for text in ("Pop the revised rates into an email.", "Packen Sie mir das bitte in eine Mail.",
                 "Mettez-moi ça dans un mail.", "Póngamelo en un correo, por favor."):
        assert re.search(MAIL_INTO, text, re.I), text
