"""A cheap test in front of a regular expression: the strings it cannot match without.

Most of a long message holds no wish, yet every sentence used to go through every pattern of every table. For each
pattern the strings of which one must occur in any text it matches are read from the pattern itself (its parse
tree: a run of literal characters, every branch of an alternation, a group repeated at least once); a sentence that
holds none of them cannot match, so the pattern is not run on it. The test is a necessary condition, so the answers
are the same as without it; only the time changes (`benchmarks/wishes_blind.py` prints the CPU per message).

Needles are looked for in normalize(text): folded as IGNORECASE folds, each run of non-word characters one space, a
space at each end. A space, punctuation, a run of whitespace and a word boundary beside a letter all read as that one
space, so "ya, a space, no" after a word boundary needs " ya no" (not "ya", too short to test), and "don, an optional
apostrophe, t" needs "dont" or "don t". Any rule written as a plain re.compile() in a module that calls
prefilter_patterns() gets its needles this way, with nothing to list.
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _casefix, _parser

from followup.text.prefilter_scan import ALL_NEEDLES, present, register, trie_alternation

MIN_NEEDLE_CHARS = 3  # a shorter string occurs in nearly every sentence: testing for it saves nothing
# A longer needle is cut to its start (still a string every match holds): the one scan stays small to build and run.
MAX_NEEDLE_CHARS = 8
# A text up to this long (a sentence: wish_base.MAX_SENTENCE_CHARS is 400) is scanned once for every needle of every
# pattern, and each pattern's test is then a set lookup; a longer one (a whole message) is searched for each pattern's
# own needles (one trie each), since only a few patterns ever see it: with the normalized needles (8,000) one scan of a
# 2 KB message cost more than those few searches (BC3 1.35 -> 1.24 ms a message at 400 instead of 2,000).
SCAN_MAX_CHARS = 400
# Sentence-sized texts whose needles are remembered (a few MB at most): a long post's 300 sentences and clauses are
# asked again at its end (wish_reach), and with room for 256 those were scanned a second time.
SCAN_CACHE_TEXTS = 1024
MAX_CHOSEN = 4096  # sets of a table's patterns remembered by live() (a few hundred occur; a bound all the same)

# Characters IGNORECASE treats as one although lower() keeps them apart (dotless i and i, long s and s, ...).
_SAME_CASE = str.maketrans({chr(code): chr(min((code, *others))) for code, others in _casefix._EXTRA_CASES.items()})
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """Text in one case, as IGNORECASE compares characters (one character for one: İ is i, not i and a dot)."""
    if text.isascii():  # (no ASCII letter has a case IGNORECASE reads apart from lower(): the table is not needed)
        return text.lower()
    return text.replace("\u0130", "i").lower().translate(_SAME_CASE)


@lru_cache(maxsize=256)
def _normed(text: str) -> str:
    """normalize(), remembered: the same sentence meets dozens of patterns in a row."""
    return normalize(text)


def normalize(text: str) -> str:
    """The text needles are looked for in: folded, every run of non-word characters (spaces, punctuation, line
    breaks) one space, and a space at each end, so a needle can hold a word's edges and the space between two words."""
    return " " + _NON_WORD.sub(" ", fold(text)).strip(" ") + " "


_NON_WORD = re.compile(r"\W+")
_WORD_CHAR = re.compile(r"\w")
_EDGE = "\x00"  # a word boundary (\b) inside a needle being built: a space or nothing, decided by its neighbours
_NOTHING = frozenset([""])
MAX_EXACT = 64  # strings an exactly known stretch of a pattern may stand for before it is cut there
_SPACE_CLASSES = (_parser.CATEGORY_SPACE, _parser.CATEGORY_NOT_WORD)


@lru_cache(maxsize=None)
def _char(code: int) -> str:
    """One pattern character as it reads in a normalized text (a non-word character is a space)."""
    return "".join(c if _WORD_CHAR.match(c) else " " for c in fold(chr(code)))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda req: (min(map(len, req)), -len(req)))


def _product(left: frozenset[str] | None, right: frozenset[str] | None) -> frozenset[str] | None:
    """Every string of one set followed by one of the other (None when unknown or too many)."""
    if left is None or right is None or len(left) * len(right) > MAX_EXACT:
        return None
    if left == _NOTHING or right == _NOTHING:
        return right if left == _NOTHING else left
    return frozenset(a + b for a in left for b in right)


# what _exact found for each parsed item of the pattern being read (by identity: the parse tree lives that long)
_KNOWN: dict[tuple[int, int], frozenset[str] | None] = {}


def _exact(op, av, flags: int) -> frozenset[str] | None:
    """Every normalized string one parsed item can match, when there are few (zero-width assertions match ""); None
    when the item is open (a class of letters, a wildcard, an unbounded repeat of anything but spaces)."""
    if op is _parser.LITERAL:
        return frozenset([_char(av)])
    key = (id(av), int(op))
    if key not in _KNOWN:
        _KNOWN[key] = _exact_unknown(op, av, flags)
    return _KNOWN[key]


def _exact_unknown(op, av, flags: int) -> frozenset[str] | None:
    """_exact, worked out."""
    if op is _parser.LITERAL:
        return frozenset([_char(av)])
    if op is _parser.IN:
        chars = set()
        for kind, value in av:
            if kind is _parser.LITERAL:
                chars.add(_char(value))
            elif kind is _parser.CATEGORY and value in _SPACE_CLASSES:
                chars.add(" ")
            else:
                return None
        return frozenset(chars) if len(chars) <= MAX_EXACT else None
    if op is _parser.AT:
        # (under ASCII a boundary is read with other word characters than the normalized text's: it requires nothing)
        return frozenset([_EDGE if av is _parser.AT_BOUNDARY and not flags & re.ASCII else ""])
    if op in (_parser.ASSERT, _parser.ASSERT_NOT):
        return frozenset([""])  # a lookaround matches nothing itself: ignoring what it asks keeps the test necessary
    if op is _parser.SUBPATTERN:
        return _exact_sequence(av[3], flags)
    if op is _parser.ATOMIC_GROUP:
        return _exact_sequence(av, flags)
    if op is _parser.BRANCH:
        alternatives = [_exact_sequence(alt, flags) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        union = frozenset().union(*alternatives)
        return union if len(union) <= MAX_EXACT else None
    if op in _REPEATS:
        low, high, sub = av
        inner = _exact_sequence(sub, flags)
        if inner is None:
            return None
        if inner == {" "}:  # any number of spaces or punctuation marks is one space in a normalized text
            return inner if low >= 1 else inner | {""}
        if high == 1:
            return inner if low == 1 else inner | {""}
        return None
    return None


def _exact_sequence(items, flags: int) -> frozenset[str] | None:
    """Every normalized string a sequence of parsed items can match, when every item is exactly known and few."""
    out: frozenset[str] | None = _NOTHING
    fixed: list[str] = []  # the run of items that each match one string, joined once
    for op, av in items:
        known = frozenset([_char(av)]) if op is _parser.LITERAL else _exact(op, av, flags)
        if known is None:
            return None
        if len(known) == 1:
            fixed.extend(known)
            continue
        out = _product(_product(out, frozenset(["".join(fixed)])), known)
        fixed = []
        if out is None:
            return None
    return _product(out, frozenset(["".join(fixed)]))


def _resolve(candidate: str) -> str | None:
    """A built needle with its word boundaries made spaces where a word character touches them (the text has a
    space there, or its edge, which normalize() pads), and runs of spaces made one; None when it cannot match."""
    if _EDGE not in candidate and "  " not in candidate:
        return candidate
    out = []
    for i, ch in enumerate(candidate):
        if ch != _EDGE:
            out.append(ch)
            continue
        before = out[-1] if out else ""
        after = candidate[i + 1] if i + 1 < len(candidate) else ""
        word_before, word_after = before not in ("", " ", _EDGE), after not in ("", " ", _EDGE)
        if word_before and word_after:
            return None  # a boundary between two word characters: this branch never matches
        if word_before or word_after:
            out.append(" ")
    return re.sub(" +", " ", "".join(out))


def _requirement(run: frozenset[str]) -> frozenset[str] | None:
    """The needles of one exactly known stretch: every string it may stand for, resolved; None when one of them is
    too short to be worth a test."""
    resolved = {r for r in map(_resolve, run) if r is not None}
    if not resolved or any(len(r) < MIN_NEEDLE_CHARS or len(r.strip()) < 2 for r in resolved):
        return None
    return frozenset(resolved)


def _sequence(items, flags: int = 0, lead: frozenset[str] = frozenset([""])) -> frozenset[str] | None:
    """What a sequence of parsed items requires: the most selective requirement among its exactly known stretches
    (literals, spaces, word boundaries, small alternations, optional letters, joined) and its other items; ``lead``
    is the exactly known stretch just before it (a group's first stretch goes on from there: "\\b(?:ya\\s+no|...)")."""
    best, run = None, lead
    for op, av in list(items) + [(None, None)]:
        known = _exact(op, av, flags) if op is not None else None
        joined = _product(run, known)
        if joined is not None:
            run = joined
            continue
        best = _better(best, _requirement(run))
        if known is not None:  # too many strings joined: a new stretch starts at this item
            run = known
            continue
        if op is not None:
            best = _better(best, _item(op, av, flags, run))
        run = frozenset([""])
    return best


def _item(op, av, flags: int = 0, lead: frozenset[str] = frozenset([""])) -> frozenset[str] | None:
    """What one parsed item requires (``lead``: the exactly known stretch before it), or None when it can match
    without any particular string."""
    if op is _parser.SUBPATTERN:
        return _sequence(av[3], flags, lead)
    if op is _parser.ATOMIC_GROUP:
        return _sequence(av, flags, lead)
    if op is _parser.BRANCH:
        alternatives = [_sequence(alt, flags, lead) for alt in av[1]]
        return None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub, flags, lead) if low >= 1 else None
    return None  # classes, anchors, lookarounds, back-references: nothing certain


def _whole_needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """needles(), each whole (not cut to MAX_NEEDLE_CHARS)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    try:
        required = _sequence(tree, pattern.flags)
    finally:
        _KNOWN.clear()
    if not required or min(map(len, required)) < MIN_NEEDLE_CHARS:
        return None
    return required


def _cut(whole: frozenset[str]) -> frozenset[str]:
    """Needles cut to their first MAX_NEEDLE_CHARS characters (what the one scan looks for)."""
    return frozenset(n[:MAX_NEEDLE_CHARS] for n in whole)


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Normalized strings one of which occurs in normalize(text) of every text the pattern matches; None when
    there is no useful set."""
    whole = _whole_needles(pattern)
    return None if whole is None else _cut(whole)


# Every needle of every Prefiltered pattern, and the one scan that finds which of them a text holds
# (text/prefilter_scan.py: built when first needed, again after a module adds patterns).
_ALL_NEEDLES = ALL_NEEDLES
_trie_alternation = trie_alternation


def needle_finder(needles) -> re.Pattern[str]:
    """One pattern that finds any of the needles in a normalized text (a trie: one pass, whatever their number)."""
    return re.compile(_trie_alternation(set(needles)), re.S)


# the needles of each folded text, remembered (a text inside one scanned just before is read from that scan)
_present = lru_cache(maxsize=SCAN_CACHE_TEXTS)(present)


@lru_cache(maxsize=256)
def _hits(text: str) -> frozenset[str] | None:
    """The needles a text holds, from one scan, or None for a text too long to scan (searched needle by needle)."""
    folded = _normed(text)
    return _present(folded) if len(folded) <= SCAN_MAX_CHARS else None


def _register(required: frozenset[str]) -> None:
    """Add a new pattern's needles to the one scan (rebuilt when next needed)."""
    if register(required):
        _present.cache_clear()
        _hits.cache_clear()


class Prefiltered:
    """A compiled pattern whose search() and match() first look for its needles; everything else is the pattern's."""

    __slots__ = ("pattern", "needles", "whole", "_finder", "_by_line")

    def __init__(self, pattern: re.Pattern[str], required: frozenset[str], whole: frozenset[str] | None = None):
        self.pattern = pattern
        self.needles = required
        self.whole = whole or required  # uncut: a long text is searched for these, one pattern at a time
        self._finder: re.Pattern[str] | None = None  # its needles as one trie, for texts too long for the scan
        self._by_line = _anchored(pattern, lines=True)
        _register(required)

    def _may_match(self, text: str) -> bool:
        """Whether one of the needles is in the text."""
        hits = _hits(text)
        if hits is None:  # one pass of the pattern's own needle trie: dozens of `in` tests over 30 KB cost 3x more
            if self._by_line:  # tried at line starts only ("^[ \t]*-- Forwarded"): fails sooner than a trie scans
                return True
            if self._finder is None:
                self._finder = needle_finder(self.whole)
            return self._finder.search(_normed(text)) is not None
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
    """A rule table (name -> pattern) with needles: when all its patterns have some, ``needles`` is their union, so a
    sentence that holds none of them is not offered to any pattern of the table (may_match_any); ``index`` maps each
    needle to the bits of the patterns holding it, so only those (and the ``always`` ones, without needles) are
    offered (live)."""

    needles: frozenset[str] = frozenset()
    keyed: frozenset[str] = frozenset()  # the needles of the patterns that have some
    always = 0  # bits of the patterns without needles
    index: dict[str, int] = {}
    pairs: list = []
    chosen: dict[int, list] = {}  # bits of the patterns a text may match -> those (name, pattern) pairs


def live(table, text: str):
    """The (name, pattern) pairs of a rule table that may match the text, in table order: the ones whose needles it
    holds, and those without needles (a text too long to scan is offered every pair). The same answers
    as asking each pattern in turn, without a call per pattern that cannot match (a table has up to ~60)."""
    hits = _hits(text) if isinstance(table, PrefilteredTable) else None
    if hits is None:
        return table.items()
    bits = table.always
    for needle in table.keyed & hits:
        bits |= table.index[needle]
    if not bits:
        return ()
    pairs = table.chosen.get(bits)
    if pairs is None:
        pairs = [pair for i, pair in enumerate(table.pairs) if bits >> i & 1]
        if len(table.chosen) < MAX_CHOSEN:
            table.chosen[bits] = pairs
    return pairs


def may_match_any(table, text: str) -> bool:
    """False only when no pattern of the table can match the text: a necessary condition, like each pattern's own."""
    needles = getattr(table, "needles", None)
    if not needles:
        return True
    hits = _hits(text)
    return hits is None or not needles.isdisjoint(hits)


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str] | Prefiltered:
    """The pattern behind its needle test, or the pattern itself when it has no needles."""
    whole = _whole_needles(pattern)
    return pattern if whole is None else Prefiltered(pattern, _cut(whole), whole)


def _anchored(pattern: re.Pattern[str], lines: bool = False) -> bool:
    """Whether a pattern can match only at the text's start ("^\\W*scratch\\s+that"; with lines: only at a line's
    start, under re.M): one attempt there fails sooner than its needle test, which scans the text (each clause or
    stripped copy of a sentence a new text to scan)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    return bool(pattern.flags & re.M) == lines and len(tree) > 0 and tree[0] == (_parser.AT, _parser.AT_BEGINNING)


def prefilter_patterns(namespace: dict) -> None:
    """Put a rule module's patterns (module-level ones and those in tables) behind their needle tests.

    Called on the last line of each wish-reading module with its globals(), so the rules stay written as plain
    re.compile() and a new pattern is covered without anyone remembering to wrap it.
    """
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = value if _anchored(value) else prefiltered(value)
        elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
            table = {key: prefiltered(rx) for key, rx in value.items()}
            if any(isinstance(rx, Prefiltered) for rx in table.values()):
                table = PrefilteredTable(table)
                keyed = [rx.needles if isinstance(rx, Prefiltered) else None for rx in table.values()]
                table.keyed = frozenset().union(*(n for n in keyed if n))
                # (one pattern without needles: any text may match the table, and that pattern is always offered)
                table.needles = table.keyed if all(keyed) else frozenset()
                table.pairs, table.chosen, table.index = list(table.items()), {}, {}
                table.always = sum(1 << i for i, n in enumerate(keyed) if not n)
                for i, found in enumerate(keyed):
                    for needle in found or ():
                        table.index[needle] = table.index.get(needle, 0) | 1 << i
            namespace[name] = table
