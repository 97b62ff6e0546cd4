"""A cheap test in front of a regular expression: the strings it cannot match without.

Most of a long message holds no wish, yet every sentence used to go through every pattern of every table. For each
pattern the strings of which one must occur in any text it matches are read from the pattern itself (its parse
tree: a run of literal characters, every branch of an alternation, a group repeated at least once); a sentence that
holds none of them cannot match, so the pattern is not run on it. The test is a necessary condition, so the answers
are the same as without it; only the time changes (`benchmarks/wishes_blind.py` prints the CPU per message).
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _casefix, _parser

MIN_NEEDLE_CHARS = 3  # a shorter string occurs in nearly every sentence: testing for it saves nothing

# Characters IGNORECASE treats as one although lower() keeps them apart (dotless i and i, long s and s, ...).
_SAME_CASE = str.maketrans({chr(code): chr(min((code, *others))) for code, others in _casefix._EXTRA_CASES.items()})
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """Text in one case, as IGNORECASE compares characters (one character for one: İ is i, not i and a dot)."""
    return text.replace("\u0130", "i").lower().translate(_SAME_CASE)


@lru_cache(maxsize=256)
def _folded(text: str) -> str:
    """fold(), remembered: the same sentence meets dozens of patterns in a row."""
    return fold(text)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda req: (min(map(len, req)), -len(req)))


def _sequence(items) -> frozenset[str] | None:
    """What a sequence of parsed items requires: the most selective requirement of any one item."""
    best, run = None, []
    for op, av in list(items) + [(None, None)]:
        if op is _parser.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset([fold("".join(run))]))
            run = []
        if op is not None:
            best = _better(best, _item(op, av))
    return best


def _item(op, av) -> frozenset[str] | None:
    """What one parsed item requires, or None when it can match without any particular string."""
    if op is _parser.SUBPATTERN:
        return _sequence(av[3])
    if op is _parser.ATOMIC_GROUP:
        return _sequence(av)
    if op is _parser.BRANCH:
        alternatives = [_sequence(alt) for alt in av[1]]
        return None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    return None  # classes, anchors, lookarounds, back-references: nothing certain


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which occurs in every text the pattern matches; None when there is no useful set."""
    required = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    if not required or min(map(len, required)) < MIN_NEEDLE_CHARS:
        return None
    return required


class Prefiltered:
    """A compiled pattern whose search() and match() first look for its needles; everything else is the pattern's."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], required: frozenset[str]):
        self.pattern = pattern
        self.needles = required

    def _may_match(self, text: str) -> bool:
        """Whether one of the needles is in the text."""
        folded = _folded(text)
        return any(needle in folded for needle in self.needles)

    def search(self, text: str, *args):
        """re.Pattern.search, None at once when no needle is in the text."""
        return self.pattern.search(text, *args) if self._may_match(text) else None

    def match(self, text: str, *args):
        """re.Pattern.match, None at once when no needle is in the text."""
        return self.pattern.match(text, *args) if self._may_match(text) else None

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str] | Prefiltered:
    """The pattern behind its needle test, or the pattern itself when it has no needles."""
    required = needles(pattern)
    return pattern if required is None else Prefiltered(pattern, required)


def prefilter_patterns(namespace: dict) -> None:
    """Put a rule module's patterns (module-level ones and those in tables) behind their needle tests.

    Called on the last line of each wish-reading module with its globals(), so the rules stay written as plain
    re.compile() and a new pattern is covered without anyone remembering to wrap it.
    """
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = prefiltered(value)
        elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
            namespace[name] = {key: prefiltered(rx) for key, rx in value.items()}
