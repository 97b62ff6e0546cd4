"""A call note's figure that no sentence of the rep's could be made from ("install Jul-Aug ok, 5 weeks", "kit 1 an
fourni", "démo jeudi 17 décembre à Ségou"): said as the note's own short phrase after a plain lead ("Also noted: 5
weeks."), rather than lost from the recap; only a short phrase that ends where a phrase can end."""
from __future__ import annotations

import re

from followup.drafting.cutting import _DANGLING_END

# A phrase this long is said as it is; a longer one would read as the note pasted (and echo it).
MAX_NOTED_WORDS = 7


# Fewer words than this is no phrase of its own ("5 days"), it qualifies a neighbour the note did not keep.
MIN_NOTED_WORDS = 2


# The lead of a note's phrase said after the recap's first sentence, per drafting language.
NOTED_LEAD = {"en": "Also noted: {x}.", "de": "Außerdem notiert: {x}.", "fr": "Noté aussi : {x}.",
              "es": "También anoté: {x}."}


# The note's record of an answer given or agreed ("ok", "told him", "gesagt", "je lui ai dit", "le dije"): not said.
_AGREED_TAIL = re.compile(r"(?:[,;]?\s*(?:-\s*)?\b(?:ok(?:ay)?|told (?:him|her|them)|said so|agreed|confirmed|gesagt|"
                          r"bestätigt|(?:je\s+)?(?:lui|leur)\s+ai\s+dit|dit|confirmé|(?:se\s+)?l[eo]s?\s+dije|"
                          r"confirmado)\b\.?)+\s*$", re.I)


# The note's shorthand of who said what ("->", "=>", "=", "~" for about), a question or a saying it reports ("Il dit
# ...", "asks ..."), a word the note cut short ("v. heavy", "vorh."): no phrase to say.
_SHORTHAND = re.compile(r"->|=>|→|=|~|\?|\b(?:asks?|asked|says?|said|fragt|sagt|demande|dit|pregunt\w*|dice)\b|^\W|"
                        r"(?<![^\W\d_])[^\W\d_]{1,5}\.(?!\w)", re.I)


def noted_phrase(piece: str) -> str:
    """The note's piece as a phrase the rep can say (its answer record dropped), or '' when it holds no figure, is
    shorthand, too long or too short, or ends on a word that needs what follows it."""
    if _SHORTHAND.search(piece.strip(" ,;")):
        return ""
    text = _AGREED_TAIL.sub("", piece.strip(" .,;")).strip(" .,;")
    words = text.split()
    if not re.search(r"\d", text) or ":" in text:
        return ""
    if not MIN_NOTED_WORDS <= len(words) <= MAX_NOTED_WORDS or words[-1].lower() in _DANGLING_END:
        return ""
    return text


def noted_sentence(phrase: str, language: str) -> str:
    """A phrase noted from the call as one of the rep's sentences ("Also noted: 5 weeks for the install.")."""
    return NOTED_LEAD.get(language, NOTED_LEAD["en"]).format(x=phrase)


def noted_words(language: str) -> str:
    """The lead's words, for the grounding check."""
    return NOTED_LEAD.get(language, NOTED_LEAD["en"]).replace("{x}", "")


__all__ = ["MAX_NOTED_WORDS", "MIN_NOTED_WORDS", "NOTED_LEAD", "noted_phrase", "noted_sentence", "noted_words"]
