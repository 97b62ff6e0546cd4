"""Durations as settings write them (30s, 90m, 48h, 7d, 1h30m): parsed and written back without pydantic.

followup.config_values builds the settings' types on these; followup.inbound.unchanged reads the few it needs
with them, so a command that finishes early never imports pydantic.
"""
import re
from datetime import timedelta

MAX_DURATION = timedelta(days=3660)  # ten years: longer is a typo, and date arithmetic on it overflows
_DURATION = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


class WrongType(ValueError):
    """A value that is not of its key's kind at all (the file's value is then named with the file)."""


def parse_duration(text: str) -> timedelta:
    """Parse '30s', '90m', '48h', '7d' or a compound like '1h30m' into a timedelta."""
    match = _DURATION.match(str(text).strip())
    if not text or not match or not any(match.groups()):
        raise WrongType(f"{text!r} is not a duration (write 30s, 90m, 48h or 7d)")
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    try:
        value = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    except OverflowError:
        value = None
    if value is None or value > MAX_DURATION:
        raise ValueError(f"{text!r} is too long a duration (at most {MAX_DURATION.days}d)")
    return value


def format_duration(value: timedelta) -> str:
    """Write a timedelta back in the shortest config form ('48h', '7d', '90m')."""
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
