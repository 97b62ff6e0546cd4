"""Memos of pure text readings that many rules ask again of the same sentence within one conversation."""
from __future__ import annotations

from functools import lru_cache, wraps
from typing import Any, Callable

# Results kept per memoised reading: one conversation's sentences fit many times over, and forget() empties every
# memo when the next conversation's state is built, so memory stays bounded and each draft is timed from cold.
MEMO_ENTRIES = 4096

_MEMOS: list[Any] = []


def memo(fn: Callable) -> Callable:
    """fn remembered on its arguments until forget(); each caller gets its own copy of a list, set or dict."""
    cached = lru_cache(maxsize=MEMO_ENTRIES)(fn)
    _MEMOS.append(cached)

    @wraps(fn)
    def fresh(*args: Any, **kwargs: Any) -> Any:
        found = cached(*args, **kwargs)
        # a caller may change what it gets ("days += ..."); the remembered result must stay as computed
        return found.copy() if isinstance(found, (list, set, dict)) else found

    return fresh


def forget() -> None:
    """Empty every memo (a new conversation: nothing of the last one is kept)."""
    for cached in _MEMOS:
        cached.cache_clear()
