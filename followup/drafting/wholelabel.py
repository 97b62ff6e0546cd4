"""Option labels matched whole and longest first: an offer that prices "SR-2" and "SR-2 Pro", "Partenaire" and
"Partenaire principal", "Paket Basis" and "Paket Basis Plus" names a different option when the shorter label is
followed by a word of the longer one, so "we choose SR-2 Pro" takes the Pro and its price, never the SR-2's, and
"SR-2: US$3,450" alone prices the SR-2. en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

# A model's code, letters and digits in one word ("SR-2", "T9", "CE-3"): a label of its own, though no content word.
CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])\w+(?:-\w+)*(?![\w-])")
# A word after a label that begins what is said of it, not more of its name: a preposition, a conjunction, an
# article or a verb of pricing ("SR-2 at US$3,450", "Basis zu 2.400 €", "Partenaire pour CHF 12 000", "el Plata por").
_SAID_OF = re.compile(r"^(?:for|at|from|on|with|to|and|or|but|in|as|now|then|please|is|costs?|each|per|only|"
                      r"für|mit|ab|am|zu|und|oder|aber|im|jetzt|dann|bitte|ist|kostet|je|pro|nur|"
                      r"pour|à|avec|et|ou|mais|dès|en|est|coûte|par|seulement|"
                      r"para|por|con|y|o|pero|desde|es|cuesta|cada|solo|sólo|the|a|an|die|der|das|le|la|les|el|los|las)$",
                      )


def _says_of(word: str) -> bool:
    """Whether a word after a label says something of it (lower case: "Pro" after "SR-2" is a name, "pro" a rate)."""
    return word[:1].islower() and bool(_SAID_OF.match(word))


def _next_word(text: str, end: int) -> str:
    """The word right after a label in a text, when only a space stands between them ("" at punctuation)."""
    m = re.match(r"[ \t]+([^\W\d_][\w'’-]*|\d[\w-]*)", text[end:])
    return m.group(1) if m else ""


def named_whole(label: str, text: str, longer: Sequence[str] = ()) -> bool:
    """Whether a text names a label as a whole label: somewhere not followed by a word that makes it a longer label
    (one of `longer`, or, for a code, any word of a name: "SR-2 Pro" is no "SR-2")."""
    return any(whole_at(label, text, m.end(), longer) for m in re.finditer(
        r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", text, re.I))


def whole_at(label: str, text: str, end: int, longer: Sequence[str] = ()) -> bool:
    """Whether the label a text names up to `end` is that label whole, not the start of a longer one."""
    coded = bool(CODE.fullmatch(label.split()[-1])) if label.split() else False
    after = _next_word(text, end)
    if not after or _says_of(after):
        return True
    if any(other.lower().startswith(f"{label} {after}".lower()) for other in longer):
        return False  # "Partenaire principal" beside "Partenaire": the longer label
    # "Lulwa dinner" stays Lulwa; only a code's capitalised or numbered suffix makes another model ("SR-2 Pro")
    return not coded or not (after[:1].isupper() or after[:1].isdigit())


def label_spans(label: str, text: str) -> list[int]:
    """Where a text names a label whole: the end of each such mention."""
    return [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", text, re.I)
            if whole_at(label, text, m.end())]


def longest_label(name: str, sentence: str, offer: str) -> str:
    """The name a sentence takes an option by, grown to the longest label the offer writes it with ("SR-2" in "we
    choose SR-2 Pro but 6 units" and "SR-2 Pro (with tower): US$4,980" -> "SR-2 Pro"): the words that follow it in
    both, up to a word that says something of it."""
    at = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", sentence)
    if not name or at is None:
        return name
    best = name
    key = name.split()[-1]  # "la DX-5": the offer writes the name without its article
    for m in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", offer, re.I):
        grown, mine, theirs = name, at.end(), m.end()
        while (word := _next_word(sentence, mine)) and word.lower() == _next_word(offer, theirs).lower() \
                and not _says_of(word):
            grown += " " + word
            mine = sentence.index(word, mine) + len(word)
            theirs = offer.lower().index(word.lower(), theirs) + len(word)
        best = grown if len(grown) > len(best) else best
    return best
