"""The part of the day set aside by a comparison, in the seven languages ("in the afternoon rather than the morning",
"not mornings but afternoons", "lieber nachmittags als vormittags", "plutôt l'après-midi que le matin", "mejor por la
tarde que por la mañana"): blanked, so that only the part preferred is read as the time wanted."""
from __future__ import annotations

import re

# a part of the day, in English, German, French, Spanish, Italian, Portuguese and Dutch
_PART = (r"(?:(?:early\s+|late\s+)?(?:mornings?|afternoons?|evenings?|nights?|lunch\s*times?)|vormittags?|nachmittags?|"
         r"morgens|abends?|matin(?:s|[ée]e|[ée]es)?|apr[èe]s-midi|soir(?:s|[ée]e|[ée]es)?|ma[ñn]anas?|tardes?|noches?|"
         r"mattin[ao]|mattinata|pomeriggi[oi]?|sera|serata|manh[ãa]s?|noites?|ochtends?|middags?|avonds?)")
# the prepositions and articles between the comparison and the part ("than in the", "que por la", "als am", "dan 's",
# "che di"), never other words: in "prefiro que me liguem à tarde" no part is compared
_LEAD_IN = (r"(?:(?:in|the|at|during|on|am|im|um|le|les|la|las|el|en|por|a|à|de|du|di|del|della|nel|nella|na|no|pela|pelo|"
            r"des|het|op|'s|\u2019s|l['\u2019]|s['\u2019])\s*){0,3}?")
# a word that makes the sentence a comparison, so that a bare "than", "que", "als", "che", "dan" compares
# (not the "ne ... que" of "je ne suis joignable que le matin", which means only)
_COMPARATIVE = re.compile(r"\b(?:rather|better|prefer\w*|easier|lieber|besser|eher|plut[ôo]t|mieux|pr[ée]f[èée]r\w*|"
                          r"mejor|preferible|prefiero|meglio|piuttosto|preferisc\w*|melhor|prefiro|prefer[eo]|liever|beter)\b",
                          re.I)
# what sets the part after it aside in any comparison ("rather than", "instead of", "statt", "au lieu de")
_INSTEAD = (r"rather\s+than|instead\s+of|(?:an)?statt|plut[ôo]t\s+que|au\s+lieu\s+d['\u2019e]?|en\s+(?:vez|lugar)\s+de|"
            r"piuttosto\s+che|invece\s+(?:di|che)|em\s+vez\s+de|ao\s+inv[ée]s\s+de|in\s+plaats\s+van")
# a bare "than" that needs a comparative word before it
_THAN = r"than|als|que|che|do\s+que|dan"
# "not X but Y": the negation, then the part, then the word that turns to the one wanted
_NOT = r"not|nicht|non\s+pas|pas|no|non|n[ãa]o|niet"
_BUT = r"but|sondern|mais|sino|ma|mas|maar"
_INSTEAD_RX = re.compile(rf"\b(?:{_INSTEAD})\s+{_LEAD_IN}{_PART}\b", re.I)
_THAN_RX = re.compile(rf"(?<![\w'\u2019])(?:{_THAN})\s+{_LEAD_IN}{_PART}\b", re.I)
_NOT_BUT_RX = re.compile(rf"\b(?:{_NOT})\s+{_LEAD_IN}{_PART}\b\s*,?\s*(?:{_BUT})\b", re.I)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by spaces (offsets kept for quotes)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def without_refused_part(sentence: str) -> str:
    """The sentence with a part of the day set aside by a comparison blanked, offsets kept: "call me in the afternoon
    rather than the morning" reads as "call me in the afternoon"."""
    spans = [m.span() for m in _INSTEAD_RX.finditer(sentence)] + [m.span() for m in _NOT_BUT_RX.finditer(sentence)]
    spans += [m.span() for m in _THAN_RX.finditer(sentence) if _COMPARATIVE.search(sentence, 0, m.start())]
    return _blank(sentence, spans) if spans else sentence


# "not" right before the part named, across a preposition or two ("just not in the mornings", "afternoons, not mornings")
_NOT_BEFORE = re.compile(r"\bnot\s+(?:(?:just|really|in|during|on|at|the|early|late)\s+){0,3}$", re.I)


def negated_at(clause: str, at: int) -> bool:
    """Whether the part of the day named at this offset of an English clause is refused by a "not" right before it."""
    return bool(_NOT_BEFORE.search(clause, 0, at))
