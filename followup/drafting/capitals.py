"""A name said back keeps its capital: a restatement lowers its first word to sit inside the rep's sentence ("I've
noted that ..."), and where that word is a person's or a place's name ("Sanne is on holiday until 28 August", "Mel asks
if you could split the invoice") the capital comes back. A word counts as a name only where the sources write it with a
capital inside a sentence and never in lower case; no capital is ever made up for an ordinary word."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.memo import memo
from followup.drafting.sentences import Source

# A capitalised word after a word or a comma inside a sentence (not after ". ", a line break or a list marker).
_INSIDE = re.compile(r"(?:(?<=\w )|(?<=\w, )|(?<=\w; )|(?<=[+&/] ))([A-ZÀ-ÖØ-Þ][^\W\d_]+)\b")
_WORD = re.compile(r"[^\W\d_]+")
# A sentence's first word with where its person works set off by commas, before what they ask or say ("Miren, de
# nuestro departamento financiero, pregunta ...", "Jana, aus der Buchhaltung, fragt ..."): a person's name.
_WHO_FROM = re.compile(r"(?:^|(?<=[.!?:]\s))([A-ZÀ-ÖØ-Þ][^\W\d_]+),\s+(?:de|del|de la|du|des|of|from|in|at|von|vom|aus|"
                       r"der|chez|en)\s[^,.;:!?]{3,40},\s+(?:asks?|asked|says|said|wants|would like|wonders|fragt|"
                       r"sagt|möchte|will|bittet|demande|dit|voudrait|souhaite|pregunta|dice|quiere|pide)\b", re.M)


@memo
def names_in(texts: tuple[str, ...]) -> frozenset[str]:
    """The words the sources write with a capital inside a sentence and never in lower case."""
    capital = {m.group(1) for text in texts for pattern in (_INSIDE, _WHO_FROM) for m in pattern.finditer(text)}
    lower = {w for text in texts for w in _WORD.findall(text) if w[:1].islower()}
    return frozenset(w for w in capital if w[:1].lower() + w[1:] not in lower)


def named(text: str, names: frozenset[str]) -> str:
    """The text with its first word's capital given back when that word is a name of the sources."""
    m = _WORD.match(text)
    if not m or not text[:1].islower():
        return text
    word = m.group(0)
    return word[:1].upper() + text[1:] if word[:1].upper() + word[1:] in names else text


def with_names(items: Sequence[Item], sources: Sequence[Source]) -> list[Item]:
    """The items with every name a restatement lowered written with its capital again."""
    names = names_in(tuple(s.text or "" for s in sources))
    return [replace(i, text=named(i.text, names)) if i.text and named(i.text, names) != i.text else i for i in items]
