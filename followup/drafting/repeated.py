"""A sentence another sentence of the same draft already says, word for word, is said once ("I've noted that your
new engineers start on 3 January." beside "I've noted that your new engineers start on 3 January and you need
installation before Tết."; "I'll send the formal quotation." beside "I'll send the formal quotation and the
technical sheet to Losa."): the fuller one stays, the one that adds nothing goes."""
from __future__ import annotations

import re

# Words in a row two sentences must share before one can be the other said again: a phrase, not a common word.
SHARED_RUN = 5

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _words(text: str) -> list[str]:
    """Lower-case words without punctuation."""
    return _WORD.findall(text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    """Every run of SHARED_RUN words."""
    return {tuple(words[i:i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)}


def says_again(line: str, other: str) -> bool:
    """Whether `line` shares a run of SHARED_RUN words with `other` and has no word `other` lacks."""
    mine, theirs = _words(line), _words(other)
    return bool(_runs(mine) & _runs(theirs)) and set(mine) <= set(theirs)


def repeats(lines: list[str]) -> set[int]:
    """Which lines another line says whole (of two that say the same, the later one)."""
    return {n for n, line in enumerate(lines) if any(
        m != n and says_again(line, other) and (m < n or not says_again(other, line)) for m, other in enumerate(lines))}
