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
# A text up to this long (a sentence: wish_base.MAX_SENTENCE_CHARS is 400) is scanned once for every needle of every
# pattern, and each pattern's test is then a set lookup; a longer one (a whole message) is searched needle by needle,
# since only a few patterns ever see it and one scan of 80 KB would cost more than their few searches.
SCAN_MAX_CHARS = 2000

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


# Every needle of every Prefiltered pattern, and the one scan that finds which of them a text holds (built when first
# needed, again after a module adds patterns).
_ALL_NEEDLES: set[str] = set()
_scanner: tuple[re.Pattern[str], dict[str, frozenset[str]]] | None = None


def _trie_alternation(words: set[str]) -> str:
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


def _build_scanner() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """(scan, word -> the needles it starts with): at each position the scan finds the longest needle starting there;
    any shorter needle starting there is a prefix of it, so the prefixes complete the set exactly."""
    scan = re.compile("(?=(" + _trie_alternation(_ALL_NEEDLES) + "))", re.S)
    starts = {word: frozenset(other for other in _ALL_NEEDLES if word.startswith(other)) for word in _ALL_NEEDLES}
    return scan, starts


@lru_cache(maxsize=256)
def _present(folded: str) -> frozenset[str]:
    """The needles of all patterns that occur in a folded text, from one scan of it."""
    global _scanner
    if _scanner is None:
        _scanner = _build_scanner()
    scan, starts = _scanner
    found: set[str] = set()
    for m in scan.finditer(folded):
        found |= starts[m.group(1)]
    return frozenset(found)


@lru_cache(maxsize=256)
def _hits(text: str) -> frozenset[str] | None:
    """The needles a text holds, from one scan, or None for a text too long to scan (searched needle by needle)."""
    folded = _folded(text)
    return _present(folded) if len(folded) <= SCAN_MAX_CHARS else None


def _register(required: frozenset[str]) -> None:
    """Add a new pattern's needles to the one scan (rebuilt when next needed)."""
    global _scanner
    if not required <= _ALL_NEEDLES:
        _ALL_NEEDLES.update(required)
        _scanner = None
        _present.cache_clear()
        _hits.cache_clear()


class Prefiltered:
    """A compiled pattern whose search() and match() first look for its needles; everything else is the pattern's."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], required: frozenset[str]):
        self.pattern = pattern
        self.needles = required
        _register(required)

    def _may_match(self, text: str) -> bool:
        """Whether one of the needles is in the text."""
        hits = _hits(text)
        if hits is None:
            return any(map(_folded(text).__contains__, self.needles))
        return not self.needles.isdisjoint(hits)

    def search(self, text: str, *args):
        """re.Pattern.search, None at once when no needle is in the text."""
        hits = _hits(text)  # (the test of _may_match written out: this is called ~100 times per sentence)
        if hits is not None:
            return None if self.needles.isdisjoint(hits) else self.pattern.search(text, *args)
        return self.pattern.search(text, *args) if self._may_match(text) else None

    def match(self, text: str, *args):
        """re.Pattern.match, None at once when no needle is in the text."""
        return self.pattern.match(text, *args) if self._may_match(text) else None

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


class PrefilteredTable(dict):
    """A rule table (name -> pattern) whose patterns all have needles; ``needles`` is their union, so a sentence that
    holds none of them is not offered to any pattern of the table (may_match_any)."""

    needles: frozenset[str] = frozenset()


def may_match_any(table, text: str) -> bool:
    """False only when no pattern of the table can match the text: a necessary condition, like each pattern's own."""
    needles = getattr(table, "needles", None)
    if not needles:
        return True
    hits = _hits(text)
    return hits is None or not needles.isdisjoint(hits)


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
            table = {key: prefiltered(rx) for key, rx in value.items()}
            if all(isinstance(rx, Prefiltered) for rx in table.values()):
                table = PrefilteredTable(table)
                table.needles = frozenset().union(*(rx.needles for rx in table.values()))
            namespace[name] = table
