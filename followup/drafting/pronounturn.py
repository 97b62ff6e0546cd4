"""A restated question's pronouns turned to the rep's side where the verb keeps its form ("können wir": "können Sie")."""
from __future__ import annotations

import re

# German pronouns turned round in the formal register, where the verb keeps its form ("können wir" / "können Sie").
_DE_SWAP = {"wir": "Sie", "uns": "Ihnen", "unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem",
            "unserer": "Ihrer", "unseres": "Ihres", "Sie": "wir", "Ihnen": "uns", "Ihr": "unser", "Ihre": "unsere",
            "Ihren": "unseren", "Ihrem": "unserem", "Ihrer": "unserer", "Ihres": "unseres"}


# Prepositions after which the formal "Sie" is an object ("für Sie") and "uns" stays one ("für uns" -> "für Sie").
_DE_ACCUSATIVE = {"für", "durch", "gegen", "ohne", "um"}


# The customer's own first person or the informal register: a German question with it keeps its pronouns ("Muss ich
# für Ihre Techniker ...").
_DE_FIRST_PERSON = re.compile(r"\b(?:[Ii]ch|mich|mir|[Mm]ein\w*|[Dd]u|dich|dir|ihr|euch|euer|eure)\b")


# A German "können wir ...?" of both sides: a call, a meeting, a contract made together.
_DE_TOGETHER = re.compile(r"^(?:können|könnten|sollen|sollten|wollen|wollten)\s+wir\b.*\b(?:telefonieren|sprechen|"
                          r"treffen|besprechen|durchgehen|abstimmen|abschließen|abschliessen|vereinbaren|ausmachen|"
                          r"verabreden|zusammensetzen)$", re.I)


def _turned_de(text: str) -> str:
    """German "wir"/"uns"/"unser" and the formal "Sie"/"Ihnen"/"Ihr" swapped, where the verb keeps its form; a
    question with an "ich" or the informal register keeps its pronouns (its verbs would change), and a leading "Sie"
    may be "they"."""
    if _DE_FIRST_PERSON.search(text) or re.search(r"\bSie sich\b", text):
        return text  # "kümmern Sie sich" turns its reflexive too
    words = list(re.finditer(r"[^\W\d_]+", text))
    out, pos = [], 0
    together = _DE_TOGETHER.search(text) is not None
    for n, m in enumerate(words):
        w = m.group()
        prev = words[n - 1].group() if n else ""
        if together and (n == 1 and w == "wir" or w == "uns" and prev == "wir"):
            continue  # "können wir telefonieren?", "können wir uns treffen?": both sides, still "wir"
        ours = w.lower() in ("wir", "uns") or w.lower().startswith("unser")
        rep = _DE_SWAP.get(w.lower()) if ours else (_DE_SWAP.get(w) if n else None)
        if rep is None:
            continue
        if w.lower() == "uns" and prev.lower() in _DE_ACCUSATIVE:
            rep = "Sie"
        if w == "Sie" and prev.lower() in _DE_ACCUSATIVE:
            rep = "uns"
        if n == 0:
            rep = rep[:1].upper() + rep[1:]
        out.append(text[pos:m.start()] + rep)
        pos = m.end()
    return "".join(out) + text[pos:]


def _turned(text: str, language: str, inbound: bool) -> str:
    """The customer's pronouns turned to the rep's side where the verb stays as it is: English "mine" (the company the
    customer calls "yours") and German; French and Spanish turn verbs with their pronouns, so they stay as written."""
    if language == "en":
        return re.sub(r"\bmine\b", "ours", text)
    return _turned_de(text) if language == "de" and inbound else text
