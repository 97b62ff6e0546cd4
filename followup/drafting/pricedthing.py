"""The thing a price question names ("what's the cost of a loaner", "Kosten eines Notfalleinsatzes", "le prix du
capteur", "el precio de las bombas"): only a price said of that thing answers it, not the offer's other figures."""
from __future__ import annotations

import re

# "cost/price/fee of|for <thing>" in the four drafting languages, the thing up to the clause's end
_NAMED = re.compile(r"\b(?:cost|costs|price|prices|fee|rate|kosten|preis|gebühr|coût|prix|tarif|precio|costo|coste|"
                    r"tarifa)\s+(?:of|for|on|von|für|eine[rsm]?|des|der|du|de la|de l['’]|des|pour|de|del|de los|"
                    r"de las|para)\s+(?P<thing>[^,;.?!]{3,60})", re.I)
# Words of a named thing that say nothing of which thing it is
_FILLER = {"the", "a", "an", "this", "that", "these", "those", "your", "our", "each", "one", "extra", "such",
           "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer", "le", "la",
           "les", "un", "une", "el", "los", "las", "uno", "una", "unos", "unas", "it", "if", "when", "wenn", "si",
           "runs", "long", "would", "will", "then", "dann", "alors", "entonces", "also", "auch", "aussi", "también"}
STEM = 5  # letters two inflected forms of one word share ("loaner"/"loaners", "Notfalleinsatz"/"Notfalleinsatzes")


def _stems(text: str) -> set[str]:
    """The word stems of a text, filler left out."""
    return {w[:STEM] for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _FILLER}


def priced_thing(question: str) -> set[str]:
    """The stems of the thing a price question names, or an empty set when it names none ("What would it cost?")."""
    m = _NAMED.search(question)
    return _stems(m.group("thing")) if m else set()


def prices_that(question: str, sentence: str) -> bool:
    """Whether a sentence stating a price can answer the question: it names none, or the sentence names its thing."""
    thing = priced_thing(question)
    return not thing or bool(thing & _stems(sentence))
