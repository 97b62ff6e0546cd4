"""Automatic replies (followup/text/auto_reply.py) read from the body alone."""
from datetime import datetime

from followup.text.wishes import detect_auto_reply

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


def test_an_auto_reply_said_by_its_first_line_or_an_auto_only_statement():
    for text in ("Abwesenheitsnotiz: Ich bin im Urlaub.", "OOO \u2014 reply delayed.",
                 "Ik ben momenteel afwezig. Uw e-mail wordt niet doorgestuurd.",
                 "Thank you for your message. This mailbox is not monitored outside business hours."):
        assert detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=SENT, tz=TZ).is_auto, text
    chat = "Please don't contact me again until next Monday, I'm traveling and need to think this through."
    assert not detect_auto_reply(auto_submitted=False, subject="", text=chat, sent_at=SENT, tz=TZ).is_auto
