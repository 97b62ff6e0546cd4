"""The one scan that finds which needles of every pattern a normalized text holds (text/prefilter.py), and the needles
of a text that lies inside one scanned just before, read from where that scan found them instead of scanned again.

A sentence is scanned, then its pieces: the words before and after a match, a clause, a stripped copy (four in five
texts the rules ask about lie inside one asked about just before). A needle occurs in such a piece exactly when the
scan of the enclosing text found it starting and ending inside the piece, so the answer is the same as a new scan's.
"""
from __future__ import annotations

import re
from collections import deque

# Texts whose scans are kept with the places of their needles: a sentence's pieces are asked about right after it.
PARENTS = 8

ALL_NEEDLES: set[str] = set()  # every needle of every pattern behind a needle test
_scanner: tuple[tuple[re.Pattern[str], dict[str, tuple[str, ...]]], ...] | None = None
_recent: deque[tuple[str, list[tuple[int, int, str]]]] = deque(maxlen=PARENTS)  # (text, [(start, end, needle)])


def trie_alternation(words: set[str]) -> str:
    """A regex matching the longest of the words that starts where it is tried: a trie, so each character is one
    choice among the letters that can follow, whatever the number of words."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ("|)" if "" in node else ")")  # longer words first, then the word ending here

    return emit(root)


def register(required: frozenset[str]) -> bool:
    """Add a new pattern's needles to the one scan (rebuilt when next needed); whether any was new."""
    global _scanner
    if required <= ALL_NEEDLES:
        return False
    ALL_NEEDLES.update(required)
    _scanner = None
    _recent.clear()
    return True


def _build_scanner() -> tuple[tuple[re.Pattern[str], dict[str, tuple[str, ...]]], ...]:
    """(scan, word -> the needles it starts with) pairs: at each position a scan finds the longest needle starting
    there; any shorter needle starting there is a prefix of it, so the prefixes complete the set exactly. The needles
    that start with a space (three in four) have a scan of their own that begins with that space, a literal the regex
    engine skips to, instead of trying the whole trie at every character; the others are tried everywhere."""
    spaced = {n[1:] for n in ALL_NEEDLES if n.startswith(" ")}
    inner = {n for n in ALL_NEEDLES if not n.startswith(" ")}
    out = []
    for lead, words in ((" ", spaced), ("", inner)):
        if words:
            scan = re.compile(re.escape(lead) + "(?=(" + trie_alternation(words) + "))", re.S)
            out.append((scan, {word: tuple(lead + word[:end] for end in range(1, len(word) + 1)
                                           if lead + word[:end] in ALL_NEEDLES) for word in words}))
    return tuple(out)


def present(folded: str) -> frozenset[str]:
    """The needles of all patterns that occur in a folded text: from a text scanned just before that holds it, else
    from one scan of it."""
    for parent, found in _recent:
        at = parent.find(folded)
        if at >= 0:
            end = at + len(folded)
            return frozenset([needle for start, stop, needle in found if start >= at and stop <= end])
    global _scanner
    if _scanner is None:
        _scanner = _build_scanner()
    found = []
    for scan, starts in _scanner:  # (a space-led match takes its space: in a normalized text the next is a word away)
        for m in scan.finditer(folded):
            start = m.start()
            found += [(start, start + len(needle), needle) for needle in starts[m.group(1)]]
    _recent.appendleft((folded, found))
    return frozenset([needle for _, _, needle in found])
