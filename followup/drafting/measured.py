"""Figures with their units as content two sentences share ("a 60 hp outboard" ~ "rated up to 60 hp", "in 3 parts" ~
"30/40/30"): words under three letters and digits are no content words, yet a measure named on both sides is."""
from __future__ import annotations

import re

# A figure and the unit after it ("60 hp", "60hp", "5 kW", "30 %", "12 Monate"); the unit's first letters are kept.
_MEASURE = re.compile(r"(?<![\d.,/])(\d+(?:[.,]\d+)?)\s?(%|[^\W\d_]{1,12})\b")
UNIT_CHARS = 4
# Words that follow a figure without being its unit ("60 and", "3 of").
_NO_UNIT = {"and", "or", "of", "to", "for", "the", "a", "an", "in", "on", "at", "und", "oder", "et", "ou", "de",
            "y", "o", "en", "à", "bis", "x"}
# A payment or delivery split into parts ("in 3 parts", "in drei Raten", "en 3 fois", "en 3 cuotas").
_PARTS = re.compile(r"\b(\d+|two|three|four|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro)\s+(?:parts|instal+ments|"
                    r"payments|tranches|stages|Raten|Teilzahlungen|Teile|fois|versements|échéances|cuotas|plazos|"
                    r"pagos|partes)\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "zwei": 2, "drei": 3, "vier": 4, "deux": 2, "trois": 3, "quatre": 4,
                 "dos": 2, "tres": 3, "cuatro": 4}
# Shares written with slashes ("30/40/30", "50/50") that make up the whole: the split, counted by its parts.
WHOLE = 100
_SHARES = re.compile(r"(?<![\d/.])\d{1,2}(?:\s?/\s?\d{1,2}){1,4}(?![\d/.])")


def figures(text: str) -> set[str]:
    """The measures a text names ("60hp", "5kw", "30%") and the number of parts of a split it names ("parts:3")."""
    out = {f"{m.group(1).replace(',', '.')}{m.group(2).lower()[:UNIT_CHARS]}" for m in _MEASURE.finditer(text)
           if m.group(2).lower() not in _NO_UNIT}
    for m in _PARTS.finditer(text):
        word = m.group(1).lower()
        out.add(f"parts:{_NUMBER_WORDS.get(word, word)}")
    for m in _SHARES.finditer(text):
        shares = [int(n) for n in re.findall(r"\d+", m.group(0))]
        if sum(shares) == WHOLE:  # "30/40/30" splits a whole; "12/03" is a day
            out.add(f"parts:{len(shares)}")
    return out


__all__ = ["figures"]
