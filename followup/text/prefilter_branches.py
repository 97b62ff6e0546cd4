"""Needle tests (text/prefilter.py) for other shapes of work: a long alternation read branch by branch, each branch
behind its own test; the patterns of a module asked only about whole messages, each with its own needles."""
from __future__ import annotations

import re

from followup.text.prefilter import Prefiltered, _anchored, _cut, _normed, _whole_needles, needle_finder, prefiltered


def _top_branches(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|b(c|d)|[|]" -> "a", "b(c|d)", "[|]")."""
    out, depth, start, i, in_class, first = [], 0, 0, 0, False, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or i == first  # "[]...]", "[^]...]": a leading "]" is a member
        elif ch == "[":
            in_class = True
            first = i + 2 if source[i + 1: i + 2] == "^" else i + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


class AnyBranch:
    """A long alternation read branch by branch, each behind its own needle test: most branches are skipped at once,
    where the whole alternation is tried at every position of the text. For a yes/no test only: search() returns
    some branch's match, not necessarily the leftmost one the whole pattern would find."""

    __slots__ = ("pattern", "branches")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.branches = [prefiltered(re.compile(b, pattern.flags)) for b in _top_branches(pattern.pattern)]

    def search(self, text: str):
        """A match of one of the branches in text, or None when none matches (as the whole pattern would)."""
        for rx in self.branches:
            m = rx.search(text)
            if m:
                return m
        return None


class PrefilteredWhole(Prefiltered):
    """A pattern only ever asked about a whole message (an auto-reply's wording), behind its own needles: one small
    trie the regex engine skips through by their first letters. It stays out of prefilter's one scan, which reads
    every needle of every rule at each character and would be spent on a text asked only two or three patterns."""

    __slots__ = ()

    def __init__(self, pattern: re.Pattern[str], required: frozenset[str], whole: frozenset[str]):
        self.pattern, self.needles, self.whole = pattern, required, whole  # (not registered with the one scan)
        self._finder = needle_finder(whole)

    def _may_match(self, text: str) -> bool:
        """Whether one of the needles is in the text."""
        return self._finder.search(_normed(text)) is not None

    def search(self, text: str, *args):
        """re.Pattern.search, None at once when no needle is in the text."""
        return self.pattern.search(text, *args) if self._finder.search(_normed(text)) is not None else None


def prefilter_whole_texts(namespace: dict) -> None:
    """prefilter_patterns() for a module whose module-level patterns are asked only about whole messages (no tables):
    each behind its own needles (PrefilteredWhole), an anchored one or one without needles left as it is."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and not _anchored(value) and (whole := _whole_needles(value)) is not None:
            namespace[name] = PrefilteredWhole(value, _cut(whole), whole)
