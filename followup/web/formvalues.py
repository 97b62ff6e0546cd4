"""Form values the WTForms fields do not read for us: a local date or time in the rep's zone, an optional number."""
from __future__ import annotations

from datetime import datetime

from followup.clock import parse_local
from followup.exceptions import BadInput


def parse_local_datetime(value: str, tz: str, what: str) -> datetime:
    """A form's date or datetime-local value in the given zone, as naive UTC; BadInput when unreadable."""
    return parse_local(value or "", tz, what, "a date like 2026-11-24 or 2026-11-24T15:30")


def parse_optional_int(value: str, what: str, minimum: int = 0) -> int | None:
    """An optional whole number from a form field; BadInput when it is not one."""
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < minimum:
        raise BadInput(f"{what}: {value!r} is not a whole number of at least {minimum}")
    return int(value)
