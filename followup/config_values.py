"""Values of settings: how a TOML value or a FOLLOWUP_<SECTION>_<KEY> string becomes a setting, and its bounds.

Each type below is a pydantic Annotated type: a before-validator parses (environment text spells every type
as a string; validation context {"env": keys} marks those keys), after-validators bound. A validator raises
ValueError with the words the one-line error shows after "[section] key: " (followup.config names the key).
"""
import ipaddress
from datetime import timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BeforeValidator, ValidationInfo

from followup.durations import MAX_DURATION, WrongType, format_duration, parse_duration  # noqa: F401 (re-exported)

MAX_PORT = 65535


class Duration(timedelta):
    """Marker type for settings written as durations (30s, 90m, 48h, 7d)."""


def _from_env(info: ValidationInfo) -> bool:
    """Whether this field's value is an environment variable's text (which spells every type as a string)."""
    return bool(info.context) and info.field_name in info.context.get("env", ())


def _text(value: Any) -> str:
    """A string, as written."""
    if not isinstance(value, str):
        raise WrongType(f"{value!r} is not a string")
    return value


def _whole(value: Any, info: ValidationInfo) -> int:
    """A whole number, 0 or more."""
    if _from_env(info):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise WrongType(f"{value!r} is not a whole number") from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongType(f"{value!r} is not a whole number")
    if value < 0:
        raise ValueError(f"{value!r} must not be negative")
    return value


def _flag(value: Any, info: ValidationInfo) -> bool:
    """true or false (in the environment also 1/0, yes/no, on/off)."""
    if _from_env(info):
        lowered = str(value).strip().lower()
        if lowered not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
            raise WrongType(f"{value!r} is not true or false")
        return lowered in {"1", "true", "yes", "on"}
    if not isinstance(value, bool):
        raise WrongType(f"{value!r} is not true or false")
    return value


def _strings(value: Any, info: ValidationInfo) -> tuple[str, ...]:
    """A list of strings (in the environment: comma-separated)."""
    if _from_env(info):
        value = [part.strip() for part in str(value).split(",") if part.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise WrongType(f"{value!r} is not a list of strings")
    return tuple(value)


def _whole_numbers(value: Any, info: ValidationInfo) -> tuple[int, ...]:
    """A list of whole numbers (in the environment: comma-separated)."""
    if _from_env(info):
        try:
            value = [int(part) for part in str(value).split(",") if part.strip()]
        except ValueError:
            raise WrongType(f"{value!r} is not a list of whole numbers") from None
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                                                       for v in value):
        raise WrongType(f"{value!r} is not a list of whole numbers")
    return tuple(value)


def _duration(value: Any) -> timedelta:
    """A duration written 30s, 90m, 48h, 7d or 1h30m (or a timedelta, from code), at most MAX_DURATION."""
    if isinstance(value, timedelta):
        if value > MAX_DURATION:
            raise ValueError(f"{format_duration(value)!r} is too long a duration (at most {MAX_DURATION.days}d)")
        return value if isinstance(value, Duration) else Duration(seconds=value.total_seconds())
    return Duration(seconds=parse_duration(value).total_seconds())


def _longer_than_zero(value: timedelta) -> timedelta:
    """A timeout or interval of zero means "never wait" or a busy loop."""
    if value <= timedelta(0):
        raise ValueError("must be longer than 0s")
    return value


def _at_least(minimum: int):
    """A validator: the number is at least ``minimum``."""

    def check(value: int) -> int:
        if value < minimum:
            raise ValueError(f"must be at least {minimum}")
        return value

    return check


def _port(value: int) -> int:
    """A TCP port."""
    if not 0 < value <= MAX_PORT:
        raise ValueError(f"{value} is not a port (1 to {MAX_PORT})")
    return value


def _ports(values: tuple[int, ...]) -> tuple[int, ...]:
    """Every number is a TCP port."""
    for value in values:
        _port(value)
    return values


def _networks(values: tuple[str, ...]) -> tuple[str, ...]:
    """Every entry is an IP address or network."""
    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise ValueError(f"{value!r} is not an IP address or network") from None
    return values


def _one_of(*choices: str, empty: bool = False):
    """A validator: the text is one of ``choices`` (or empty, when allowed)."""
    spelled = " or ".join(repr(c) for c in choices) if len(choices) == 2 else "one of " + ", ".join(choices)

    def check(value: str) -> str:
        if value not in choices and not (empty and value == ""):
            raise ValueError(f"{value!r} is not {spelled}")
        return value

    return check


def _time_zone(value: str) -> str:
    """An IANA time zone name."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a known time zone") from None
    return value


def _send_window(value: str) -> str:
    """A send window followup.outbound.policy can read ("Mon-Fri 09:00-17:00", "always")."""
    from followup.outbound.policy import SendWindow  # late: policy imports nothing from config at load

    SendWindow.parse(value)
    return value


def _limit(name: str):
    """A validator: the policy limit is within the bounds followup.outbound.policy.check_limits enforces."""

    def check(value):
        from followup.outbound.policy import check_limits

        check_limits(**{name: value})
        return value

    return check


Text = Annotated[str, BeforeValidator(_text)]
Whole = Annotated[int, BeforeValidator(_whole)]
Port = Annotated[int, BeforeValidator(_whole), AfterValidator(_port)]
Flag = Annotated[bool, BeforeValidator(_flag)]
Strings = Annotated[tuple[str, ...], BeforeValidator(_strings)]
Ports = Annotated[tuple[int, ...], BeforeValidator(_whole_numbers), AfterValidator(_ports)]
Networks = Annotated[tuple[str, ...], BeforeValidator(_strings), AfterValidator(_networks)]
TimeZone = Annotated[str, BeforeValidator(_text), AfterValidator(_time_zone)]
SendWindowText = Annotated[str, BeforeValidator(_text), AfterValidator(_send_window)]


def at_least(minimum: int):
    """A whole number of at least ``minimum``."""
    return Annotated[int, BeforeValidator(_whole), AfterValidator(_at_least(minimum))]


def one_of(*choices: str):
    """A text that is one of ``choices``."""
    return Annotated[str, BeforeValidator(_text), AfterValidator(_one_of(*choices))]


def policy_limit(name: str, kind: type):
    """A policy limit (a whole number or a duration) within followup.outbound.policy.check_limits's bounds."""
    before = _whole if kind is int else _duration
    checks = [AfterValidator(_at_least(1))] if kind is int else []
    return Annotated[kind, BeforeValidator(before), *checks, AfterValidator(_limit(name))]
Span = Annotated[timedelta, BeforeValidator(_duration)]
PositiveSpan = Annotated[timedelta, BeforeValidator(_duration), AfterValidator(_longer_than_zero)]
Security = Annotated[str, BeforeValidator(_text), AfterValidator(_one_of("ssl", "starttls", "none", empty=True))]
