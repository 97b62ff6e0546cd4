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


def test_a_report_about_another_sender_is_not_an_opt_out():
    text = ("Our previous supplier wouldn't stop emailing us, so I appreciate that you only write when there's "
            "something to say.")
    assert not any(kind == "do_not_contact" and certain for kind, certain in kinds(text))
    assert ("do_not_contact", True) in kinds("Why won't you stop emailing me?")


def test_a_preference_in_another_language_names_the_first_value():
    wishes = detect_wishes("Je préfère échanger par e-mail plutôt que par téléphone, merci.", SENT, TZ)
    assert [w.preference for w in wishes if w.kind == "preference"] == ["channel:email"]
