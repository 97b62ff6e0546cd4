"""The contact policy gate: may this customer get a follow-up now, and if not, why and when.

Pure functions over naive-UTC datetimes. Quiet period, rolling window count and min gap are
thresholds (once passed they stay passed), so the earliest slot is the latest of them, moved to the
next send-window opening in the customer's time zone.
"""
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.durations import format_duration

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Every weekday recurs within 7 days, and a window a DST jump skips recurs 7 days later;
# a day either side covers jumps across midnight.
WINDOW_SEARCH_DAYS = range(-1, 16)
# Wide enough around a local day to see a DST transition that lands next to midnight.
TRANSITION_MARGIN = timedelta(hours=3)
ONE_SECOND = timedelta(seconds=1)
# Sane bounds on contact limits, wherever they are entered (config, customer form, CLI) and where they are used:
# beyond them a limit is a typo, and date arithmetic on it overflows (a 3000000-day gap ends after year 9999).
MIN_WINDOW = timedelta(minutes=1)
MAX_WINDOW = timedelta(days=366)
MAX_MIN_GAP = timedelta(days=366)
MAX_PER_WINDOW = 1000


def _zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or ValueError with a one-line message."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name like America/Chicago)") from None


def _parse_clock(text: str, whole: str) -> time:
    """A HH:MM wall-clock time."""
    try:
        hours, minutes = text.split(":")
        if len(hours) not in (1, 2) or len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"bad send window {whole!r}: {text!r} is not a time like 09:00") from None


def _parse_days(text: str, whole: str) -> frozenset[int]:
    """Days from 'Mon-Fri', 'Mon,Wed,Fri' or a mix like 'Mon-Wed,Sat'; ranges may wrap ('Fri-Mon')."""
    lookup = {name.lower(): index for index, name in enumerate(DAY_NAMES)}
    days = set()
    for item in text.split(","):
        ends = item.strip().lower().split("-")
        if len(ends) > 2 or any(end not in lookup for end in ends):
            raise ValueError(
                f"bad send window {whole!r}: {item.strip()!r} is not a day like Mon or a range like Mon-Fri"
            )
        first, last = lookup[ends[0]], lookup[ends[-1]]
        days.update((first + step) % 7 for step in range((last - first) % 7 + 1))
    return frozenset(days)


def _format_days(days: frozenset[int]) -> str:
    """Canonical day list: runs as ranges ('Mon-Fri'), the rest comma-separated."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][-1] == 6:
        runs = runs[1:-1] + [runs[-1] + runs[0]]  # a week-wrapping run reads better as 'Fri-Mon'
    return ",".join(DAY_NAMES[r[0]] if len(r) == 1 else f"{DAY_NAMES[r[0]]}-{DAY_NAMES[r[-1]]}" for r in runs)


@dataclass(frozen=True)
class SendWindow:
    """Days of the week and a [start, end) wall-clock span in the customer's zone, or always."""

    days: frozenset[int]
    start: time
    end: time
    always: bool = False

    def __post_init__(self):
        if self.always:
            return
        if not self.days or not self.days <= frozenset(range(7)):
            raise ValueError("send window needs at least one day, Mon..Sun")
        if self.start >= self.end:
            raise ValueError(f"send window must start before it ends (got {self.start:%H:%M}-{self.end:%H:%M})")

    @classmethod
    def parse(cls, text: str) -> "SendWindow":
        """Parse 'Mon-Fri 09:00-17:00', 'Mon,Wed,Fri 10:00-16:00' or 'always'."""
        words = text.split()
        if len(words) == 1 and words[0].lower() == "always":
            return cls(frozenset(range(7)), time(0), time.max, always=True)
        if len(words) != 2 or words[1].count("-") != 1:
            raise ValueError(f"bad send window {text!r}: write it like 'Mon-Fri 09:00-17:00' or 'always'")
        days = _parse_days(words[0], text)
        start, end = (_parse_clock(part, text) for part in words[1].split("-"))
        if start >= end:
            raise ValueError(f"bad send window {text!r}: the start time must be before the end time")
        return cls(days, start, end)

    def __str__(self) -> str:
        return "always" if self.always else f"{_format_days(self.days)} {self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class Limits:
    """Per-customer contact limits; timezone is the default for customers without one."""

    max_per_window: int
    window: timedelta
    min_gap: timedelta
    send_window: SendWindow
    timezone: str

    def __post_init__(self):
        if self.max_per_window < 0:
            raise ValueError(f"max_per_window must be 0 or more (got {self.max_per_window})")
        if self.window <= timedelta(0):
            raise ValueError(f"window must be longer than zero (got {format_duration(self.window)})")
        if self.min_gap < timedelta(0):
            raise ValueError(f"min_gap must not be negative (got {self.min_gap})")
        check_limits(window=self.window, min_gap=self.min_gap)
        if self.max_per_window > MAX_PER_WINDOW:
            raise ValueError(f"max per window {self.max_per_window} is out of range (0 to {MAX_PER_WINDOW})")
        _zone(self.timezone)


def check_limits(max_per_window: int | None = None, window: timedelta | None = None,
                 min_gap: timedelta | None = None) -> None:
    """Refuse contact limits outside their sane bounds (None: not given); ValueError naming the value."""
    if max_per_window is not None and not 1 <= max_per_window <= MAX_PER_WINDOW:
        raise ValueError(f"max per window {max_per_window} is out of range (1 to {MAX_PER_WINDOW})")
    if window is not None and not MIN_WINDOW <= window <= MAX_WINDOW:
        raise ValueError(f"window {format_duration(window)} is out of range "
                         f"({format_duration(MIN_WINDOW)} to {format_duration(MAX_WINDOW)})")
    if min_gap is not None and not timedelta(0) <= min_gap <= MAX_MIN_GAP:
        raise ValueError(f"min gap {format_duration(min_gap)} is out of range (0s to {format_duration(MAX_MIN_GAP)})")


@dataclass(frozen=True)
class CustomerState:
    """What the gate needs to know about one customer; None overrides fall back to Limits."""

    status: str
    quiet_until: datetime | None
    timezone: str | None
    bouncing: bool = False
    max_per_window: int | None = None
    window: timedelta | None = None
    min_gap: timedelta | None = None
    send_window: SendWindow | None = None
    status_quote: str | None = None  # the customer's words that set the status, shown in the reason
    possible_wish: str | None = None  # an unconfirmed wish's question: every send waits for the rep's answer
    preferred_times: tuple[str, ...] = ()  # the customer's "time:..." preferences, see preferred_send_window

    def __post_init__(self):
        if self.status not in ("active", "paused", "do_not_contact"):
            raise ValueError(f"unknown customer status {self.status!r} (active, paused or do_not_contact)")
        if self.timezone is not None:
            _zone(self.timezone)


@dataclass(frozen=True)
class Decision:
    """The gate's answer: ok, or the first rule that holds the send and the earliest slot (naive UTC)."""

    ok: bool
    reason: str | None
    next_slot: datetime | None


@lru_cache(maxsize=4096)  # pure; the gate asks it several times per draft, a queue page for 200 drafts
def effective_limits(customer: CustomerState, limits: Limits) -> Limits:
    """Limits with the customer's overrides (and time zone) applied."""
    overrides = {
        name: getattr(customer, name)
        for name in ("max_per_window", "window", "min_gap", "send_window", "timezone")
        if getattr(customer, name) is not None
    }
    if customer.send_window is None and customer.preferred_times:  # a rep's own window for them wins
        overrides["send_window"] = preferred_send_window(limits.send_window, customer.preferred_times)
    return replace(limits, **overrides)


def _to_local(moment: datetime, zone: ZoneInfo) -> datetime:
    """Naive UTC -> aware local."""
    return moment.replace(tzinfo=timezone.utc).astimezone(zone)


def _to_utc(wall: datetime, zone: ZoneInfo, fold: int) -> datetime:
    """Naive local wall time -> naive UTC, picking the fold for ambiguous or nonexistent times."""
    return wall.replace(tzinfo=zone, fold=fold).astimezone(timezone.utc).replace(tzinfo=None)


def _in_window(moment: datetime, window: SendWindow, zone: ZoneInfo) -> bool:
    """Whether the local wall clock at this instant is inside the send window."""
    if window.always:
        return True
    local = _to_local(moment, zone)
    return local.weekday() in window.days and window.start <= local.time() < window.end


@lru_cache(maxsize=4096)  # a queue page asks for the same few days of the same few zones hundreds of times
def _transition_near(day: date, zone: ZoneInfo) -> datetime | None:
    """The first UTC second whose offset differs from the one at the start of this local day, if any."""
    low = _to_utc(datetime.combine(day, time()), zone, 0) - TRANSITION_MARGIN
    high = _to_utc(datetime.combine(day + timedelta(days=1), time()), zone, 0) + TRANSITION_MARGIN
    before = _to_local(low, zone).utcoffset()
    if _to_local(high, zone).utcoffset() == before:
        return None
    while high - low > ONE_SECOND:
        middle = low + (high - low) // ONE_SECOND // 2 * ONE_SECOND
        if _to_local(middle, zone).utcoffset() == before:
            low = middle
        else:
            high = middle
    return high


@lru_cache(maxsize=4096)
def _openings(day: date, start: time, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where the local clock reads ``start`` on this day (both folds)."""
    opening = datetime.combine(day, start)
    return _to_utc(opening, zone, 0), _to_utc(opening, zone, 1)


@lru_cache(maxsize=4096)  # pure; most drafts of a queue page ask it for the same "now"
def _next_open(moment: datetime, window: SendWindow, zone: ZoneInfo) -> datetime | None:
    """The earliest instant >= moment inside the send window.

    Inside one local day and one UTC offset the wall clock only moves forward, so the window is
    entered either where the clock reads `start` (both folds) or where a DST jump lands inside it.
    """
    if _in_window(moment, window, zone):
        return moment
    today = _to_local(moment, zone).date()
    candidates = []
    for offset in WINDOW_SEARCH_DAYS:
        day = today + timedelta(days=offset)
        candidates += _openings(day, window.start, zone)
        jump = _transition_near(day, zone)
        if jump is not None:
            candidates.append(jump)
    # the earliest candidate inside the window; checked in time order, so most are never converted
    return next((c for c in sorted(candidates) if c >= moment and _in_window(c, window, zone)), None)


def next_open(moment: datetime, window: SendWindow, zone_name: str) -> datetime | None:
    """The earliest instant >= moment (naive UTC) inside the window on the named zone's clock; None if never."""
    return _next_open(moment, window, _zone(zone_name))


def format_slot(slot: datetime | None, zone_name: str) -> str:
    """'2026-11-24 10:00 America/Chicago', as the gate's reasons write a next slot."""
    return _format_slot(slot, zone_name)


def _rate_threshold(history: Sequence[datetime], limits: Limits) -> datetime | None:
    """Earliest t with fewer than max sends in (t - window, t]; datetime.min if none; None if never.

    Sends later than t (clock skew between workers) count too, which keeps the rule monotone.
    """
    if limits.max_per_window <= 0:
        return None
    ordered = sorted(history)
    if len(ordered) < limits.max_per_window:
        return datetime.min
    return ordered[len(ordered) - limits.max_per_window] + limits.window


def _thresholds(customer: CustomerState, history: Sequence[datetime], limits: Limits):
    """(quiet, rate, gap) earliest instants for each monotone rule; rate is None when it never passes."""
    quiet = customer.quiet_until or datetime.min
    gap = max(history) + limits.min_gap if history else datetime.min
    return quiet, _rate_threshold(history, limits), gap


def next_allowed(
    customer: CustomerState, now: datetime, history: Sequence[datetime], limits: Limits
) -> datetime | None:
    """The earliest slot >= now passing quiet period, window count, min gap and send window; None if never."""
    if customer.status != "active" or customer.bouncing:
        return None
    limits = effective_limits(customer, limits)
    quiet, rate, gap = _thresholds(customer, history, limits)
    if rate is None:
        return None
    return _next_open(max(now, quiet, rate, gap), limits.send_window, _zone(limits.timezone))


def _format_duration(span: timedelta) -> str:
    """'7d', '48h', '90m', '30s' — the largest unit that divides the span exactly."""
    seconds = span // ONE_SECOND
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds and seconds % size == 0 and span == timedelta(seconds=seconds):
            return f"{seconds // size}{unit}"
    return str(span)


def _format_slot(slot: datetime | None, zone_name: str) -> str:
    """'2026-11-24 10:00 America/Chicago', rounded up to the minute so waiting until then is enough."""
    if slot is None:
        return "none"
    floor = slot.replace(second=0, microsecond=0)
    rounded = floor if floor == slot else floor + timedelta(minutes=1)
    return f"{_to_local(rounded, _zone(zone_name)):%Y-%m-%d %H:%M} {zone_name}"


def _naive(moment: datetime | None, name: str) -> None:
    """Refuse aware datetimes: followup passes naive UTC everywhere."""
    if moment is not None and moment.tzinfo is not None:
        raise ValueError(f"{name} must be a naive UTC datetime")


def may_send(
    customer: CustomerState,
    now: datetime,
    history: Sequence[datetime],
    limits: Limits,
    *,
    newest_customer_message_at: datetime | None = None,
    draft_prepared_at: datetime | None = None,
    customer_wrote_since: bool = False,
) -> Decision:
    """Whether a follow-up may go to this customer now; else the first rule in the way and the next slot.

    customer_wrote_since: the caller found a customer message stored after the draft's sources (arrival order);
    the two datetimes are the older, Date-based form of the same check.
    """
    _naive(now, "now")
    _naive(customer.quiet_until, "quiet_until")
    if customer.status == "do_not_contact":
        quote = f" (customer asked: {customer.status_quote})" if customer.status_quote else ""
        return Decision(False, f"do not contact{quote}", None)
    if customer.bouncing:
        return Decision(False, "address is bouncing", None)
    if customer.status == "paused":
        quote = f" (customer said: {customer.status_quote})" if customer.status_quote else ""
        return Decision(False, f"paused{quote}", None)
    if customer.possible_wish:
        return Decision(False, customer.possible_wish, None)
    if customer_wrote_since or (
        newest_customer_message_at is not None
        and draft_prepared_at is not None
        and newest_customer_message_at > draft_prepared_at
    ):
        return Decision(False, "customer wrote after this draft was prepared", None)

    limits = effective_limits(customer, limits)
    zone_name = limits.timezone
    zone = _zone(zone_name)
    quiet, rate, gap = _thresholds(customer, history, limits)
    slot = next_allowed(customer, now, history, limits)
    if now < quiet:
        return Decision(False, f"quiet period until {_to_local(quiet, zone):%Y-%m-%d}", slot)
    if rate is None or now < rate:
        recent = sum(1 for sent in history if sent > now - limits.window)
        reason = f"rate limit: {recent} in {_format_duration(limits.window)}; next slot {_format_slot(slot, zone_name)}"
        return Decision(False, reason, slot)
    if now < gap:
        return Decision(False, f"min gap: next slot {_format_slot(slot, zone_name)}", slot)
    if not _in_window(now, limits.send_window, zone):
        reason = f"outside send window {limits.send_window} {zone_name}; next slot {_format_slot(slot, zone_name)}"
        return Decision(False, reason, slot)
    return Decision(True, None, now)


# ---------------------------------------------------------------- the customer's preferred time of day
# The hours a part of the day covers on the customer's wall clock ("afternoons are better" -> 12:00-17:00).
PREFERRED_HOURS = {
    "morning": (time(8, 0), time(12, 0)),
    "midday": (time(11, 30), time(14, 0)),
    "afternoon": (time(12, 0), time(17, 0)),
    "evening": (time(17, 0), time(20, 0)),
}
PREFERRED_DAYS = {"mondays": 0, "tuesdays": 1, "wednesdays": 2, "thursdays": 3, "fridays": 4}


def preferred_send_window(window: SendWindow, preferences: Sequence[str]) -> SendWindow:
    """The send window moved to the part of the day (and days) the customer prefers, or away from what they avoid.

    A preferred span is intersected with the window; when they do not overlap (the customer wants evenings,
    the team sends 09:00-17:00) the customer's span is used, as it is their inbox. Unknown values are ignored.
    """
    days, start, end = set(window.days), window.start, window.end
    if window.always:
        start, end = time(0), time(23, 59)
    for pref in preferences:
        value = pref.split(":", 1)[1] if pref.startswith("time:") else None
        if not value:
            continue
        avoid = value.startswith("not_")
        part = value[4:] if avoid else value
        if part in PREFERRED_HOURS:
            low, high = PREFERRED_HOURS[part]
            if avoid:
                if low <= start < high:
                    start = high  # "mornings are busy": from noon
                elif low < end <= high:
                    end = low  # "not late afternoons": end before
            elif max(start, low) < min(end, high):
                start, end = max(start, low), min(end, high)
            else:
                start, end = low, high
        elif part == "weekends":
            days = days - {5, 6} if avoid else {5, 6}
        elif part in PREFERRED_DAYS:
            day = PREFERRED_DAYS[part]
            days = days - {day} if avoid else {day}
    if not days:
        days = set(window.days)
    if start >= end:
        return window
    return SendWindow(frozenset(days), start, end)
