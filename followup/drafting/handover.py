"""A person the customer names to deal with from now on: who and what said back, their contact details never."""

from __future__ import annotations

import re

# "Mein Sohn Lukas kümmert sich um die Termine", "Mon fils Loïc reprend les parchets", "Mi hermano Lucas se encarga
# de recibir": the customer's own relative or colleague, by first name, taking over a part of the business
HANDOVER = re.compile(
    r"^(?:[Mm]eine?|[Uu]nsere?|[Mm]on|[Mm]a|[Nn]otre|[Mm]i|[Nn]uestr[oa])\s+(?:[^\W\d_]+\s+){1,2}?"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+\s+"
    r"(?:kümmert\s+sich|übernimmt|ist\s+(?:ab\s+\S+\s+)?zuständig|s['’]occupe|reprend|gère|se\s+encarga|se\s+ocupa|"
    r"lleva)\b")
# ", bitte direkt mit ihm: lukas@...", ", coordinalo con él: 341 555-9027", ", c'est lui qui sera votre interlocuteur
# pour les dates : loic@...": an instruction to the rep ending in an address or a number, which a draft never repeats
_CONTACT_TAIL = re.compile(r"\s*,[^,]*?\s*:\s*(?:\S+@\S+|\+?\d[\d\s()./-]{5,}\d)\s*[.!]?\s*$")


def hands_over(sentence: str) -> bool:
    """Whether a customer's sentence names someone on their side who takes over a part of the business."""
    return bool(HANDOVER.match(sentence.strip()))


def contact_cut(quote: str) -> str:
    """A hand-over sentence without its instruction to write or call the person at an address; any other unchanged."""
    return _CONTACT_TAIL.sub("", quote) if hands_over(quote) else quote
