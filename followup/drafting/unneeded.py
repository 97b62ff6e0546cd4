"""A priced part the customer says is no longer needed, or turns down in a line of its own: "which means no permit",
"no need for the crane", "we won't need the hoist any more", "no battery for now" (a list point), "damit entfällt
die Genehmigung", "den Kran brauchen wir nicht mehr", "plus besoin de la benne", "pas de batterie pour l'instant",
"ya no hace falta la grúa", "sin batería por ahora". Blind readers marked drafts that still priced the permit the
customer had just said was not needed: the rep's earlier line for that part is out of force, unless the rep priced
it again since. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.declined import NOT_A_PART_STEMS
from followup.drafting.figures import priced_amounts
from followup.drafting.items import Item
from followup.drafting.overtaken import source_sentences
from followup.drafting.sentences import Source
from followup.drafting.words import content, shared_words

# The part named: up to three words, never running on past "and", "und", "et", "y" into the next thing said.
_PART = (r"(?P<x>[^\W\d_][\w-]*(?:\s+(?!(?:and|und|et|y|or|oder|ou|o|but|aber|mais|pero|for|für|pour|para|any|"
         r"anymore|mehr|plus|ya|now|jetzt|por|vorerst|erstmal|erst|this|thanks|please|needed|bitte|danke|merci|gracias)\b)[^\W\d_][\w-]*){0,2})")
_ART = (r"(?:(?:the|a|an|any|der|die|das|den|dem|einen?|eine|keine?n?|la|le|les|l'|une?|du|de la|des|el|los|las|"
        r"unos?|unas?)\s+|l')?")
# The part's end: a clause end, or a word of time ("for now", "any more", "mehr", "pour l'instant", "por ahora").
_END = (r"(?=\s*(?:[,.;:!?)]|\s[-–]\s|$|\b(?:for now|any ?more|after all|then|mehr|also|dann|damit|pour l'instant|"
        r"pour le moment|finalement|donc|por ahora|por el momento|entonces|al final)\b))")
# Saying a part is not needed (anywhere in a sentence) and turning it down in a clause of its own.
_UNNEEDED = [re.compile(p, re.I) for p in (
    rf"\b(?:which means|that means|meaning|means|so)\s+no\s+{_ART}{_PART}{_END}",
    rf"\bno (?:need|longer any need) (?:for|of)\s+{_ART}{_PART}{_END}",
    rf"\b(?:we|I)\s+(?:won't|will not|don't|do not|no longer)\s+need\s+{_ART}{_PART}{_END}",
    rf"\b(?:entfällt|entfallen)\s+(?:also\s+|damit\s+|dann\s+)?{_ART}{_PART}{_END}",
    r"\b(?:die|der|das|den)\s+(?P<y>[^\W\d_][\w-]*)\s+(?:brauchen|benötigen)\s+wir\s+(?:also\s+|dann\s+)?nicht mehr\b",
    rf"\b(?:brauchen|benötigen)\s+wir\s+(?:also\s+|dann\s+|damit\s+)?(?:keine?n?|nicht mehr)\s+{_ART}{_PART}{_END}",
    rf"\b(?:plus|pas)\s+besoin\s+d[e']\s*{_ART}{_PART}{_END}",
    rf"\b(?:donc|ce qui veut dire)\s+pas\s+de\s+{_PART}{_END}",
    rf"\b(?:ya\s+)?no\s+(?:hace falta|necesitamos|se necesita|será necesari[oa])\s+{_ART}{_PART}{_END}",
    rf"\b(?:así que|o sea que?)\s+(?:no hay|sin)\s+{_ART}{_PART}{_END}")]
# A clause (a list point or a sentence) that is only the part turned down: "no battery for now", "kein Speicher",
# "pas de batterie pour l'instant", "sin batería por ahora".
_BARE = re.compile(
    rf"^\W*(?:no|keine?n?|pas de|pas d'|sin)\s+{_PART}(?:\s+(?:for now|for the moment|this time|thanks|please|"
    r"needed|vorerst|erstmal|erst mal|bitte|danke|pour l'instant|pour le moment|merci|por ahora|por el momento|"
    r"gracias|por favor))?\W*$", re.I)


def unneeded_parts(sentence: str) -> list[set[str]]:
    """The parts a customer's sentence says are not needed or turns down in a clause of their own, each as its content
    words; none in a question, and never a tax, a cost, a change or a time ("no rush", "kein Problem")."""
    if "?" in sentence or "¿" in sentence:
        return []
    found = [m for p in _UNNEEDED for m in p.finditer(sentence)]
    found += [m for clause in re.split(r"[,;:(]|\s[-–]\s", sentence) if (m := _BARE.match(clause.strip()))]
    out = []
    for m in found:
        words = content(m.groupdict().get("x") or m.groupdict().get("y") or "")
        if words and not words & NOT_A_PART_STEMS:
            out.append(words)
    return out


def unneeded(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's earlier priced lines naming every word of a part a later customer email says is not needed, out of
    force, unless the rep priced that part again since."""
    out = list(items)
    for src in (s for s in ordered if s.direction == "inbound"):
        for sentence in source_sentences(src, cleaned):
            for part in unneeded_parts(sentence):
                if any(s.at > src.at and s.direction != "inbound" and priced_amounts(line)
                       and shared_words(part, content(line)) for s in ordered for line in source_sentences(s, cleaned)):
                    continue  # priced anew since: that line is in force
                out = [replace(i, status="superseded", by=f"{src.kind}:{src.id}")
                       if i.status == "open" and i.kind in ("term", "feature", "standing")
                       and i.direction in ("outbound", "note") and i.at < src.at and priced_amounts(i.quote)
                       and shared_words(part, content(i.quote)) == len(part) else i for i in out]
    return out
