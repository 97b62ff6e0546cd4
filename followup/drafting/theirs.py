"""A customer's own clause said back to them as it stands (a next step, a term cut from their email): their first
person turned to the second ("the week of Feb 15 is fine and we'll take the warranty" -> "... and you'll take the
warranty", "y necesitamos las cajas" -> "y necesitan las cajas"), so the draft never speaks in the customer's voice."""
from __future__ import annotations

import re

from followup.drafting.reported import customer_said

# The customer's first person, per language (Spanish also by its verb ending: "necesitamos", "vamos").
_FIRST = {"en": re.compile(r"\b(?:I|I'm|I'd|I'll|I've|me|my|mine|myself|we|we're|we'd|we'll|we've|us|our|ours)\b"
                           r"(?!-)", re.I),
          "de": re.compile(r"\b(?:ich|wir|uns|unser\w*|mein\w*|mir|mich)\b", re.I),
          "fr": re.compile(r"\b(?:je|j'|nous|notre|nos|mon|ma|mes|moi|on)\b", re.I),
          "es": re.compile(r"\b(?:yo|nosotr[oa]s|nuestr[oa]s?|mis?|me|nos|[^\W\d_]+(?:amos|emos|imos))\b"
                           r"(?<!\búltimos)(?<!\bpróximos)(?<!\bmínimos)(?<!\bmáximos)", re.I)}
# The second person: in a clause already said to the customer it is them, so such a clause is left as it is.
_SECOND = {"en": re.compile(r"\b(?:you|your|yours|you're|you'd|you'll|you've)\b", re.I),
           "de": re.compile(r"(?<!^)\b(?:Sie|Ihnen|Ihr\w*)\b"),
           "fr": re.compile(r"\b(?:vous|votre|vos|tu|ton|ta|tes)\b", re.I),
           "es": re.compile(r"\b(?:usted\w*|su|sus|tú|tu|tus)\b", re.I)}
# English first person and its second-person form; "I am"/"I was" take their verb along.
_EN = {"i": "you", "i'm": "you're", "i'd": "you'd", "i'll": "you'll", "i've": "you've", "me": "you", "my": "your",
       "mine": "yours", "myself": "yourself", "we": "you", "we're": "you're", "we'd": "you'd", "we'll": "you'll",
       "we've": "you've", "us": "you", "our": "your", "ours": "yours", "i am": "you are", "i was": "you were",
       "we were": "you were", "we are": "you are"}
_EN_WORD = re.compile(r"\b(?:I am|I was|we were|we are|" + "|".join(
    sorted((re.escape(k) for k in _EN if " " not in k), key=len, reverse=True)) + r")\b(?!-)", re.I)


def _english(text: str) -> str:
    """English first person turned to the second, keeping a capital where the word had one."""
    def one(m: re.Match[str]) -> str:
        """One first-person word or pair."""
        word = m.group(0)
        said = _EN[word.lower()]
        return said[:1].upper() + said[1:] if word[0].isupper() and (word[0] != "I" or m.start() == 0) else said
    return _EN_WORD.sub(one, text)


def theirs(text: str, language: str) -> str:
    """A customer's clause with their first person turned to "you"; as it stands when it has none or already speaks
    to them (a second person in it), or when a foreign clause cannot be turned whole."""
    first, second = _FIRST.get(language), _SECOND.get(language)
    if not text or first is None or not first.search(text) or second.search(text):
        return text
    if language == "en":
        return _english(text)
    said = customer_said(text, language)
    return said or text
