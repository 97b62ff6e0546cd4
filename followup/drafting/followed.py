"""A customer's sentence the rep just follows rather than says back: a wish about being contacted ("Flick me an email
rather than ringing", "Please come back to me after the 12th of January", "Merci de m'écrire plutôt que d'appeler")
is honoured by the sender and the draft's closing line, so noting it ("I've noted that flick you an email") only
sends their instruction back to them."""
from __future__ import annotations

from datetime import datetime

from followup.text.wishes import detect_wishes


def contact_wish(sentence: str, at: datetime, tz: str) -> bool:
    """Whether the wishes reader reads a certain wish about contact (a channel, a time, a quiet period) in a sentence."""
    return any(w.certain for w in detect_wishes(sentence, at, tz or "UTC"))


__all__ = ["contact_wish"]
