"""How the close says the part of the day the customer asks to be called in, per language.

Which part that is ("call me in the morning, afternoon I am at the ponds" asks for the morning) is read once, by
followup.text.wish_prefs, for the stored preference and for the close alike. This module only words it: in the
customer's own words where they used a phrase the close can carry ("en soirée", "tôt le matin", "en la mañana"),
otherwise in a plain one ("mornings are busy" -> "in the afternoon").
"""
from __future__ import annotations

import re

from followup.text.wish_call_parts import call_parts

# A phrase of the customer's the close can carry, per language: its pattern, the part it names, and how the close
# says it (None: as written).
_PARTS: dict[str, list[tuple[str, str, str | None]]] = {
    "en": [(r"\bearly in the morning\b|\bfirst thing in the morning\b", "morning", None),
           (r"\bin the morning\b", "morning", None), (r"\bmornings?\b", "morning", "in the morning"),
           (r"\bin the afternoon\b", "afternoon", None), (r"\bafternoons?\b", "afternoon", "in the afternoon"),
           (r"\blater in the day\b", "afternoon", "in the afternoon"),
           (r"\bin the evening\b", "evening", None), (r"\bevenings?\b|\bafter work\b", "evening", "in the evening")],
    # German nouns keep their capital ("am Abend"), so each form is said as the close writes it
    "de": [(r"\bfrüh morgens\b", "morning", "früh morgens"), (r"\bam frühen morgen\b", "morning", "am frühen Morgen"),
           (r"\bam vormittag\b", "morning", "am Vormittag"), (r"\bvormittags\b", "morning", "vormittags"),
           (r"\bam morgen\b", "morning", "am Morgen"), (r"\bmorgens\b", "morning", "morgens"),
           (r"\bam nachmittag\b", "afternoon", "am Nachmittag"), (r"\bnachmittags\b", "afternoon", "nachmittags"),
           (r"\bam abend\b", "evening", "am Abend"), (r"\babends\b", "evening", "abends")],
    "fr": [(r"\btôt le matin\b|\bde bonne heure\b", "morning", None),
           (r"\ben matinée\b|\bdans la matinée\b", "morning", None), (r"\ble matin\b", "morning", None),
           (r"\bdans l'après-midi\b|\ben après-midi\b|\bl'après-midi\b", "afternoon", None),
           (r"\ben soirée\b|\ble soir\b|\ben fin de journée\b", "evening", None)],
    "es": [(r"\btemprano\b", "morning", None), (r"\b(?:por|en) la mañana\b", "morning", None),
           (r"\b(?:por|en) la tarde\b", "afternoon", None), (r"\b(?:por|en) la noche\b", "evening", None)],
}
# The plain way a close says a part of the day, when the customer's words for it cannot be carried.
_PLAIN = {"en": {"morning": "in the morning", "afternoon": "in the afternoon", "evening": "in the evening"},
          "de": {"morning": "am Vormittag", "afternoon": "am Nachmittag", "evening": "am Abend"},
          "fr": {"morning": "dans la matinée", "afternoon": "dans l'après-midi", "evening": "en soirée"},
          "es": {"morning": "por la mañana", "afternoon": "por la tarde", "evening": "por la noche"}}
# The part a customer taken in the other one can be called in.
_OTHER = {"morning": "afternoon", "afternoon": "morning"}


def said_part(part: str, quote: str, language: str) -> str:
    """A part of the day as the close says it: the customer's phrase for it in the quote where the close can carry
    it ("en soirée"), otherwise the plain one."""
    for pattern, named, said in _PARTS.get(language, _PARTS["en"]):
        m = re.search(pattern, quote, re.I) if named == part else None
        if m:
            return said or m.group(0).lower()
    return _PLAIN.get(language, _PLAIN["en"])[part]


def close_time(values: list[str], quote: str, language: str) -> str | None:
    """The part of the day to call in, as the close says it, from a preference's values ("time:morning",
    "time:not_afternoon") and its quote: the first part asked for, else the other of a part the customer is taken
    in; None when the values name neither."""
    for value in values:
        part = value.removeprefix("time:")
        if part in _PLAIN["en"]:
            return said_part(part, quote, language)
    for value in values:
        part = value.removeprefix("time:not_")
        if value.startswith("time:not_") and part in _OTHER:
            return _PLAIN.get(language, _PLAIN["en"])[_OTHER[part]]
    return None


def call_time(sentence: str, language: str) -> str | None:
    """The part of the day a sentence asks the rep to call in, as the close says it ("in the morning", "am Abend",
    "en soirée", "en la mañana"), or None when it names none."""
    return close_time(call_parts(sentence, language), sentence, language)


def named_part(sentence: str, language: str) -> str | None:
    """The part of the day a sentence names, however it is used ("I'll call you in the afternoon" -> "in the
    afternoon", "Te llamo yo por la tarde" -> "por la tarde"), as the close says it; None when it names none."""
    for pattern, _, said in _PARTS.get(language, _PARTS["en"]):
        m = re.search(pattern, sentence, re.I)
        if m:
            return said or m.group(0).lower()
    return None
