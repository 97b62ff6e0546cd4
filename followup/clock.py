"""Time in one place: every stored datetime is naive UTC, converted at the edges."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from followup.exceptions import BadInput


def utcnow() -> datetime:
    """The current time as naive UTC, the form every column stores."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def to_utc(value: datetime, tz: str = "UTC") -> datetime:
    """Convert an aware datetime, or a naive one in ``tz``, to naive UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(tz))
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def to_local(value: datetime, tz: str) -> datetime:
    """Convert a naive UTC datetime to an aware one in ``tz``."""
    return value.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz))


def iso(value: datetime | None) -> str | None:
    """ISO 8601 with an explicit UTC offset, for JSON output; None stays None."""
    return None if value is None else value.replace(tzinfo=timezone.utc, microsecond=0).isoformat()


def local_text(value: datetime | None, tz: str) -> str:
    """A naive UTC datetime as a rep reads it: '2026-11-24 10:00 America/Chicago'; '-' for None."""
    return "-" if value is None else f"{to_local(value, tz):%Y-%m-%d %H:%M} {tz}"


def parse_local(value: str, tz: str, what: str, expected: str) -> datetime:
    """A date or date-time typed in zone tz (naive means tz) as naive UTC; BadInput naming what and the form
    expected when it cannot be read."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{what}: {value!r} is not {expected}") from None
    try:
        return to_utc(parsed, tz)
    except OverflowError:  # 9999-12-31T23:59 in a zone west of UTC is past the last date Python knows
        raise BadInput(f"{what}: {value!r} is out of range") from None
