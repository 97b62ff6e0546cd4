"""A customer's sentence the rep just follows rather than says back: a wish about being contacted ("Flick me an email
rather than ringing", "Please come back to me after the 12th of January", "Merci de m'écrire plutôt que d'appeler")
is honoured by the sender and the draft's closing line, so noting it ("I've noted that flick you an email") only
sends their instruction back to them."""
from __future__ import annotations

import re
from datetime import datetime

from followup.text.wishes import detect_wishes

# The sentence itself speaks of reaching them: a wish read in a sentence about the work ("Start after 4 March
# please") is the work's day, which the draft still says.
CONTACT = re.compile(
    r"\b(?:e-?mail\w*|mail\w*|write|writing|call\w*|ring\w*|phon\w*|text\w*|contact\w*|reach\w*|(?:come|get)\s+back|"
    r"chase|chasing|give\s+(?:me|us)\s+(?:until|till|time)|schreib\w*|anruf\w*|anrufen|telefon\w*|erreichbar|melden|meld\w+|"
    r"écri\w*|appel\w*|téléphon\w*|joindre|joignable|relanc\w*|recontact\w*|"
    r"escrib\w*|llam\w*|correo|contact\w*|localiz\w*|whatsapp)\b", re.I)


def contact_wish(sentence: str, at: datetime, tz: str) -> bool:
    """Whether a sentence about reaching the customer holds a certain wish (a channel, a time, a quiet period)."""
    return bool(CONTACT.search(sentence)) and any(w.certain for w in detect_wishes(sentence, at, tz or "UTC"))


# What a customer may ask for about being reached: a quiet period, a pause or a channel ("can you leave it with me
# and not chase before Monday 7 March?", "¿Podría no contactarme hasta el lunes 7 de marzo?"); a time asked for a
# call ("Can we have a call Friday morning, before 10?") is a call the rep confirms, so it stays a question
_ASKED_KINDS = ("quiet", "paused", "preference:channel")


def asked_wish(sentence: str, at: datetime, tz: str) -> bool:
    """Whether a customer's question about reaching them is itself a wish: the rep follows it, never answers it. A
    wish put as a question may be read as only possible (the reader's caution), and still is no question."""
    return bool(CONTACT.search(sentence)) and any(f"{w.kind}:{w.preference or ''}".startswith(_ASKED_KINDS)
                                                  for w in detect_wishes(sentence, at, tz or "UTC"))


def about_contact(text: str, quote: str) -> bool:
    """Whether a wish's quote, or the sentence of the text it sits in, speaks of reaching the customer: the reader
    may quote only the day's part ("park it with me until Tuesday") of a sentence that says "don't chase me"."""
    if CONTACT.search(quote):
        return True
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        if quote and quote in sentence:
            return bool(CONTACT.search(sentence))
    return False


__all__ = ["CONTACT", "about_contact", "asked_wish", "contact_wish"]
