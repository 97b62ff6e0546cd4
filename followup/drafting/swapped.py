"""A note's change of part of an offer ("62 fittings at 4000K instead of 3000K", "12 Leuchten mit 4000K statt 3000K",
"8 portes en chêne au lieu de hêtre", "10 sillas en negro en lugar de gris") as one of the rep's sentences, the same
in every language: for how many of what, the new value ("For 62 fittings, it will be 4000K."), with "at the same
price" when the clause says the price holds."""
from __future__ import annotations

import re

from followup.drafting.recount import SAME_PRICE

# The count and its thing, the word before the new value, the new value, the word of replacing, the old value.
_SWAP = {
    "en": r"(?:at|in|with)", "de": r"(?:mit|in|aus|zu)", "fr": r"(?:en|à|avec)", "es": r"(?:en|a|con|de)",
}
_INSTEAD = {"en": r"instead of|rather than", "de": r"statt|anstatt|anstelle von", "fr": r"au lieu de|plutôt qu['’]en",
            "es": r"en lugar de|en vez de"}
# (the old value is out of force and never said again: recap.unreplaced)
_SAID = {"en": "For {n} {thing}, it will be {new}{same}.", "de": "Für {n} {thing} gilt {new}{same}.",
         "fr": "Pour {n} {thing}, ce sera {new}{same}.", "es": "Para {n} {thing}, será {new}{same}."}
_SAME = {"en": ", at the same price", "de": ", zum gleichen Preis", "fr": ", au même prix", "es": ", al mismo precio"}
# A value is a figure with its unit or at most this many words ("4000K", "brushed steel", "chêne").
MAX_VALUE_WORDS = 2


def swap_sentence(clause: str, language: str) -> str:
    """The rep's sentence for a note's change of some of an offer's things to another value, or ""."""
    if language not in _SWAP:
        return ""
    text = (clause or "").strip().rstrip(" .;")
    same = bool(SAME_PRICE.search(text))
    text = SAME_PRICE.sub("", text).strip(" ,;-–")
    value = rf"[\w.,%°/-]+(?:\s+[\w.,%°/-]+){{0,{MAX_VALUE_WORDS - 1}}}"
    m = re.fullmatch(rf"(?P<n>\d{{1,5}})\s+(?P<thing>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+{_SWAP[language]}\s+"
                     rf"(?P<new>{value})\s+(?:{_INSTEAD[language]})\s+(?P<old>{value})", text, re.I)
    if not m or m.group("new").lower() == m.group("old").lower():
        return ""
    return _SAID[language].format(n=m.group("n"), thing=m.group("thing"), new=m.group("new"),
                                  same=_SAME[language] if same else "")


def swap_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check."""
    return " ".join([_SAID.get(language, ""), _SAME.get(language, "")])
