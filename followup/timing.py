"""Where a request's or a write transaction's time goes, for measuring: off unless `[app] timing_log` is on.

When on, each web request logs one line on the "followup.timing" logger (wall time, the thread's CPU time, wall
minus CPU, and the named parts below), and each background write transaction (the history read) logs how long it
held the SQLite write lock and how many rows it wrote. When off, a part is one module-level flag check.
Parts are exclusive: a part inside another is not counted again in the outer one.
"""
from __future__ import annotations

import logging
import threading
import time
from contextlib import nullcontext

log = logging.getLogger("followup.timing")
_local = threading.local()
_NOTHING = nullcontext()
_on = False


def enable(on: bool) -> None:
    """Switch timing on or off for this process."""
    global _on
    _on = bool(on)


def enabled() -> bool:
    """Whether timing is on in this process."""
    return _on


class _Part:
    """A timed part of the current request: its wall time, less the parts timed inside it."""

    __slots__ = ("name", "started", "inner")

    def __init__(self, name: str):
        self.name = name

    def __enter__(self):
        self.started, self.inner = time.perf_counter(), 0.0
        stack = getattr(_local, "stack", None)
        if stack is None:
            stack = _local.stack = []
        stack.append(self)
        return self

    def __exit__(self, *_exc):
        spent = time.perf_counter() - self.started
        stack = _local.stack
        stack.pop()
        if stack:
            stack[-1].inner += spent
        parts = getattr(_local, "parts", None)
        if parts is not None:
            parts[self.name] = parts.get(self.name, 0.0) + spent - self.inner
        return False


def part(name: str):
    """A context that adds its time to the current request's part `name` (nothing when timing is off)."""
    return _Part(name) if _on else _NOTHING


def start() -> None:
    """Begin timing a request on this thread."""
    if _on:
        _local.parts, _local.stack = {}, []
        _local.began = (time.perf_counter(), time.thread_time())


def finish(label: str) -> None:
    """Log the request begun on this thread: wall, CPU, wall - CPU and each part, in ms."""
    began = getattr(_local, "began", None) if _on else None
    if began is None:
        return
    wall, cpu = time.perf_counter() - began[0], time.thread_time() - began[1]
    parts = " ".join(f"{k}={v * 1000:.1f}" for k, v in sorted(_local.parts.items()))
    log.info("request %s at=%.3f wall=%.1f cpu=%.1f off_cpu=%.1f %s", label, time.monotonic(), wall * 1000,
             cpu * 1000, (wall - cpu) * 1000, parts)
    _local.began = _local.parts = None


def transaction(kind: str, locked: tuple[float, float], rows: int) -> None:
    """Log how long a write transaction held the write lock (since locked: perf_counter, thread_time), the thread's
    CPU time in it, and how many rows it wrote."""
    if _on:
        log.info("transaction %s at=%.3f held=%.1f cpu=%.1f rows=%d", kind, time.monotonic(),
                 (time.perf_counter() - locked[0]) * 1000, (time.thread_time() - locked[1]) * 1000, rows)
