"""A customer's request pasted into a noted point with its "please" ("... and please do the first belt during your
shutdown on 28 December", "die Montage bitte erst ab dem 10. Januar") said as their wish in the rep's words ("...,
and you'd like us to do the first belt ...", "Sie möchten die Montage erst ab dem 10. Januar"); None where it
cannot be turned."""
from __future__ import annotations

import re

PLEASE = re.compile(r"\b(?:please|bitte|s'il vous plaît|svp|por favor)\b", re.I)
# Where the clause before their request ends, and the word that joined them ("so" is kept: the wish follows from it).
_JOIN = re.compile(r"\s*;\s*(?:(?P<j1>and|so|und|also)\s+)?|,?\s+(?P<j2>and|so|und|also)\s+|,\s*$")
# A request that starts on one of these names a thing ("the week of 4 October", "first delivery"), not a doing.
_THING_START = set("the a an our your my first one two three all each every this these no any some".split())
_THING_END = re.compile(r"(?:tion|ment|ery|ance|ence|ing|al)$")
# A wish that points into their own email ("the points below") is theirs to read there, not ours to say back.
_POINTS_INTO = re.compile(r"\b(?:below|above|attached|unten|oben|anbei|ci-dessous|ci-dessus|abajo|arriba)\b", re.I)
_DE_ARTICLE = re.compile(r"^(?:die|der|das|den)\s+(?:\w+\s+){0,2}?[A-ZÄÖÜ][\w-]*$", re.I)
# One lower-case word before the "please" and a thing after it ("install please the night of ..."): their doing.
_BARE_VERB = re.compile(r"^[a-z]+$")
MIN_HEAD_WORDS = 3  # a clause before the request in fewer words is no point of its own ("as per your discussion")
_NO_HEAD = re.compile(r"^(?:as per|as|per|laut|gemäß|selon|según)\b", re.I)


def _wish_en(x: str) -> str:
    """Their request as their wish: "you'd like us to start ..." (a doing) or "you'd like the week of ..." (a thing)."""
    first = x.split()[0]
    thing = first.lower() in _THING_START or first[0].isdigit() or bool(_THING_END.search(first.lower()))
    return f"you'd like {x}" if thing else f"you'd like us to {x}"


def _wish_de(before: str, after: str) -> str | None:
    """"Die Montage bitte erst ab ..." as "Sie möchten die Montage erst ab ..."; None unless a thing is named."""
    if not _DE_ARTICLE.match(before.strip()) or not after.strip():
        return None
    thing = before.strip()
    return f"Sie möchten {thing[:1].lower()}{thing[1:]} {after.strip()}"


def turned(point: str, language: str) -> str | None:
    """The point with their one request said as their wish, or None where it cannot be turned."""
    hits = list(PLEASE.finditer(point))
    if len(hits) != 1 or language not in ("en", "de") or ":" in point:
        return None
    m = hits[0]
    before, after = point[:m.start()], point[m.end():].strip(" ,")
    joins = list(_JOIN.finditer(before))
    cut = joins[-1] if joins else None
    head, word = (before[:cut.start()], cut.group("j1") or cut.group("j2")) if cut else ("", None)
    own = before[cut.end():] if cut else before  # their request's own words before the "please"
    if language == "en":
        x = after if after else own.strip()  # "please do X" or "X please"
        if after and _BARE_VERB.match(own.strip()) and not head.strip():
            x = f"{own.strip()} {after}"  # "install please the night of X": their doing, the please inside it
        elif not x or (after and own.strip()):
            return None
        wish = _wish_en(x)
    else:
        wish = _wish_de(own, after)
        if wish is None:
            return None
    if _POINTS_INTO.search(wish):
        return head if len(head.split()) >= MIN_HEAD_WORDS and ";" not in head else None
    if not head.strip() or len(head.split()) < MIN_HEAD_WORDS or _NO_HEAD.match(head):
        return wish
    if ";" in head:
        return None
    word = "so" if word in ("so", "also") else {"en": "and", "de": "und"}[language]
    return f"{head}, {word} {wish}"


__all__ = ["MIN_HEAD_WORDS", "PLEASE", "turned"]
