"""The words that negate a clause, listed per language for the seven languages the rules read.

Decision: a negation is one of these words, never any word that ends like one: "want", "important", "urgent" and
"dorénavant", "maintenant", "pendant", "avant", "durant" end in "-nt" and negate nothing. An English contraction
counts with a straight, a curly or no apostrophe ("don't", "don’t", "dont"): mail often leaves it out.
"""
from __future__ import annotations

# English verbs that take "n't" ("ca" for "can't", "wo" for "won't", "sha" for "shan't", "ai" for "ain't")
EN_CONTRACTED = ("do", "does", "did", "is", "are", "was", "were", "ca", "wo", "sha", "could", "would", "should", "have",
                 "has", "had", "ai", "must", "need", "might", "dare", "ought")
# an English "n't" contraction, the apostrophe straight, curly or left out (a pattern for a word boundary on each side)
EN_NOT_CONTRACTION = r"(?:" + "|".join(EN_CONTRACTED) + r")n['\u2019]?t"
# the same, the apostrophe written (where an apostrophe-less "wont" or "cant" must not count)
EN_NOT_APOSTROPHE = r"(?:" + "|".join(EN_CONTRACTED) + r")n['\u2019]t"

# the plain negation words of each language (a pattern each: accents written either way)
NEGATIONS: dict[str, tuple[str, ...]] = {
    "en": ("not", "never", "no", "cannot", EN_NOT_CONTRACTION),
    "de": ("nicht", "nie"),
    "fr": ("pas", "jamais"),
    "es": ("no", "nunca"),
    "it": ("non", "mai"),
    "pt": (r"n[ãa]o",),
    "nl": ("niet", "nooit"),
}
# any of them, as one alternation to put between word boundaries: r"\b(?:" + NEGATION + r")\b"
NEGATION = "|".join(dict.fromkeys(word for words in NEGATIONS.values() for word in words))
