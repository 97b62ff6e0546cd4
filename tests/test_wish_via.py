"""Possible preferred channels read by a grammar (followup/text/wish_via.py): a channel word x a preference word."""
import pytest

from followup.text.wish_via import possible_channel


@pytest.mark.parametrize(("text", "channel"), [
    ("Téléphonez-moi plutôt, je ne regarde jamais ma boîte.", "channel:phone"),
    ("Mir wäre es lieber per Mail, dann habe ich es schriftlich.", "channel:email"),
    ("Mejor por correo, que nunca me pillas en la oficina.", "channel:email"),
    ("Honestly, just give me a ring, it is much easier.", "channel:phone"),
    ("Mi scriva via email invece di chiamarmi, per favore.", "channel:email"),
])
def test_a_channel_next_to_a_preference_is_a_possible_channel(text, channel):
    assert possible_channel(text) == channel


@pytest.mark.parametrize("text", [
    "Happy to jump on a call with your team if that's easier.",
    "Paper invoices are a pain, PDFs by email are better for our accounts team.",
    "Thanks for the email, it was better than I expected.",
])
def test_look_alikes_name_no_channel(text):
    assert possible_channel(text) is None
