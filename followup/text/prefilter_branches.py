"""A long alternation read branch by branch, each branch behind its own needle test (text/prefilter.py)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefiltered


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
