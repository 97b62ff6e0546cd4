"""Fetching and parsing mail: FETCH of bodies and dates, then parsing, in a pool of forked worker processes for
large batches (in-process for small ones).

Each message is parsed once into what storing needs; a message that cannot be parsed comes back as its reason.
"""
from __future__ import annotations

import importlib
import logging
import os
import signal
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from followup.clock import utcnow
from followup.exceptions import ParseError
from followup.mail.imap import fetch_bodies

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from followup.text.parsing import ParsedMessage

log = logging.getLogger(__name__)


# A batch smaller than this is parsed in-process: shipping it to workers costs more than it saves.
POOL_MIN_BATCH = 64


MAX_CLOCK_SKEW = timedelta(days=1)  # a Date header this far after INTERNALDATE is not believed


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes
    internaldate: datetime | None


@dataclass(frozen=True)
class Reading:
    """What a batch's messages are read for besides parsing: "new" mail and a first sync's "recent" window for
    every wish and automatic replies, the older "history" for opt-outs only (a pause, when stored); in the team's default zone
    (a customer with a zone of their own is read again when stored), skipping the rep's own messages."""

    kind: str  # "new" | "recent" | "history"
    tz: str
    own: frozenset[str]


@dataclass(frozen=True)
class Read:
    """A parsed message and when it was sent (its Date, else the server's INTERNALDATE).

    wishes and auto: what the wish reader found, read in zone tz next to the parser (in the pool), or None;
    tz None with wishes: the older history's opt-outs, which read no dates (the same in every zone).
    """

    parsed: ParsedMessage
    sent_at: datetime
    tz: str | None = None
    wishes: tuple | None = None
    auto: object | None = None


def parse_one(raw: bytes, internaldate: datetime | None, max_bytes: int, reading: Reading | None = None) -> Read | str:
    """The parsed message, or the reason it cannot be parsed (a string); runs in pool workers too."""
    from followup.text.parsing import parse_message

    try:
        parsed = parse_message(raw, max_bytes=max_bytes)
    except ParseError as exc:
        return str(exc) or "unparseable message"
    sent_at = naive_utc(parsed.date)
    if sent_at is None or (internaldate is not None and sent_at > internaldate + MAX_CLOCK_SKEW):
        # A Date after the server received the message is a broken clock (spam likes 2099): it would make
        # every real message look older than the customer's "last" one.
        sent_at = internaldate or sent_at or utcnow()
    if reading is None or parsed.is_bulk or parsed.is_bounce or (parsed.from_addr or "").lower() in reading.own:
        return Read(parsed, sent_at)
    return _read_wishes(parsed, sent_at, reading)


def _read_wishes(parsed: ParsedMessage, sent_at: datetime, reading: Reading) -> Read:
    """The message with what the wish reader finds in it (the CPU-heavy part of storing, done beside parsing)."""
    from followup.text.replies import spoken_text
    from followup.text.wishes import detect_auto_reply, detect_opt_outs, detect_wishes

    # the new text, and a P.S. or a reply written below a quote: an opt-out there is the sender's too
    spoken = spoken_text(parsed.new_text, parsed.quoted_text, parsed.signature)
    if reading.kind == "history":
        # An old automatic reply's return date is long past: the header alone marks it (see effects). Opt-outs
        # only: a pause counts only in the customer's newest message, read when stored (effects.history_wishes).
        wishes = () if parsed.auto_submitted else tuple(detect_opt_outs(spoken))
        return Read(parsed, sent_at, None, wishes)
    auto = detect_auto_reply(auto_submitted=parsed.auto_submitted, subject=parsed.subject,
                             text=parsed.new_text or parsed.text, sent_at=sent_at, tz=reading.tz,
                             signature=parsed.signature if parsed.new_text else "")  # (a notice's return date may sit there)
    wishes = () if auto.is_auto else tuple(detect_wishes(spoken, sent_at, reading.tz, quoted=parsed.quoted_text))
    return Read(parsed, sent_at, reading.tz, wishes, auto)


def parse_many(items: list[tuple[bytes, datetime | None]], max_bytes: int,
               reading: Reading | None = None) -> list[Read | str]:
    """parse_one over a list (one pool task per slice, so pickling overhead is per slice, not per message)."""
    return [parse_one(raw, internaldate, max_bytes, reading) for raw, internaldate in items]


class Parsing:
    """A batch being parsed (and read for wishes), in the pool or already done in-process."""

    def __init__(self, fetched: list[Fetched], pool: Executor | None, workers: int, max_bytes: int,
                 reading: Reading | None = None):
        self.fetched = fetched
        self._max_bytes = max_bytes
        self._reading = reading
        items = [(f.raw, f.internaldate) for f in fetched]
        if pool is not None and len(items) >= POOL_MIN_BATCH:
            size = -(-len(items) // (workers * 2))
            self._slices = [items[i:i + size] for i in range(0, len(items), size)]
            self._futures = [pool.submit(parse_many, part, max_bytes, reading) for part in self._slices]
            self._done = None
        else:
            self._slices, self._futures, self._done = [], [], parse_many(items, max_bytes, reading)

    def result(self) -> list[Read | str]:
        """The parsed messages (or reasons) in fetch order."""
        if self._done is None:
            self._done = []
            for part, future in zip(self._slices, self._futures):
                try:
                    self._done += future.result()
                except Exception:  # a worker died (memory, a signal): parse that slice here rather than fail the sync
                    log.warning("parse worker failed; parsing %d messages in-process", len(part), exc_info=True)
                    self._done += parse_many(part, self._max_bytes, self._reading)
        return self._done


def naive_utc(value: datetime | None) -> datetime | None:
    """An aware datetime as naive UTC; a naive one is taken as UTC already."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent: int) -> None:
    """Pool worker start-up: ask Linux to SIGKILL this worker when its parent dies.

    Why: a forked worker holds the parent's database and IMAP sockets; orphaned by a SIGKILLed sync it would
    keep the dead sync's transaction open (PostgreSQL row locks held, drafts skipped by every sender) forever.
    """
    try:
        import ctypes

        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: nothing to ask for
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


class LazyPool(Executor):
    """A process pool started at the first task, so a sync with nothing to parse never forks or imports the parser."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn, /, *args, **kwargs):
        """Start the pool when needed, then hand it the task."""
        if self._pool is None:
            # Imported here, not at the top: a sync with nothing new never starts a pool, and multiprocessing costs
            # every command ~10 ms to import.
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # Imported before the fork, so every worker starts with the parser and the wish reader loaded.
            importlib.import_module("followup.text.parsing")
            importlib.import_module("followup.text.wishes")
            # fork: workers start in milliseconds; they never touch the database or the IMAP connection.
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_die_with_parent, initargs=(os.getpid(),))
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the workers, if any were started."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
            self._pool = None


def make_pool(settings) -> Executor | None:
    """A (lazily started) process pool for parsing, or None when one worker is asked for."""
    workers = settings.sync.parse_workers
    return LazyPool(workers) if workers >= 2 else None


FETCH_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE", b"RFC822.SIZE"]


def fetch(client, uids: list[int]) -> list[Fetched]:
    """FETCH bodies and dates of these UIDs; a UID expunged meanwhile is simply absent."""
    fast = fetch_bodies(client, uids)
    if fast is not None:
        return [Fetched(uid, raw, internaldate) for uid, raw, internaldate in fast]
    data = client.fetch(uids, FETCH_ITEMS)
    fetched = []
    for uid in sorted(data):
        item = data[uid]
        raw = item.get(b"BODY[]")
        if raw is None:
            continue
        fetched.append(Fetched(uid, bytes(raw), naive_utc(item.get(b"INTERNALDATE"))))
    return fetched
