"""Settings: defaults, then a TOML file, then FOLLOWUP_<SECTION>_<KEY> environment variables, frozen.

Each section is a frozen pydantic dataclass: its field types parse and bound the values (one-line errors
naming "[section] key"), and tests and code can still use dataclasses.replace and fields on it.
Every key here is documented in config.example.toml (tests/test_config.py fails otherwise).
Secrets never live in the file: keys ending in ``_env`` name the environment variable that holds them.
"""
from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache, partial
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pydantic
from pydantic import AfterValidator, BeforeValidator, TypeAdapter, ValidationError, ValidationInfo

from followup.exceptions import ConfigError

DEFAULT_CONFIG = "config.toml"
MAX_DURATION = timedelta(days=3660)  # ten years: longer is a typo, and date arithmetic on it overflows
MAX_PORT = 65535
_DURATION = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
# A settings section: frozen, compared by value, validated by pydantic when built (also by dataclasses.replace).
section = partial(pydantic.dataclasses.dataclass, frozen=True)


class Duration(timedelta):
    """Marker type for settings written as durations (30s, 90m, 48h, 7d)."""


def parse_duration(text: str) -> timedelta:
    """Parse '30s', '90m', '48h', '7d' or a compound like '1h30m' into a timedelta."""
    match = _DURATION.match(str(text).strip())
    if not text or not match or not any(match.groups()):
        raise ValueError(f"{text!r} is not a duration (write 30s, 90m, 48h or 7d)")
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


# ---------------------------------------------------------------- value types (pydantic validators)
#
# Each field's type says how a TOML value or a FOLLOWUP_<SECTION>_<KEY> string becomes a setting and what it
# must be. A validator raises ValueError with the words the one-line error shows after "[section] key: ";
# validation context {"env": keys} marks the keys whose values are environment strings.


def _from_env(info: ValidationInfo) -> bool:
    """Whether this field's value is an environment variable's text (which spells every type as a string)."""
    return bool(info.context) and info.field_name in info.context.get("env", ())


def _text(value: Any) -> str:
    """A string, as written."""
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a string")
    return value


def _whole(value: Any, info: ValidationInfo) -> int:
    """A whole number, 0 or more."""
    if _from_env(info):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a whole number") from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{value!r} is not a whole number")
    if value < 0:
        raise ValueError(f"{value!r} must not be negative")
    return value


def _flag(value: Any, info: ValidationInfo) -> bool:
    """true or false (in the environment also 1/0, yes/no, on/off)."""
    if _from_env(info):
        lowered = str(value).strip().lower()
        if lowered not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
            raise ValueError(f"{value!r} is not true or false")
        return lowered in {"1", "true", "yes", "on"}
    if not isinstance(value, bool):
        raise ValueError(f"{value!r} is not true or false")
    return value


def _strings(value: Any, info: ValidationInfo) -> tuple[str, ...]:
    """A list of strings (in the environment: comma-separated)."""
    if _from_env(info):
        value = [part.strip() for part in str(value).split(",") if part.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{value!r} is not a list of strings")
    return tuple(value)


def _whole_numbers(value: Any, info: ValidationInfo) -> tuple[int, ...]:
    """A list of whole numbers (in the environment: comma-separated)."""
    if _from_env(info):
        try:
            value = [int(part) for part in str(value).split(",") if part.strip()]
        except ValueError:
            raise ValueError(f"{value!r} is not a list of whole numbers") from None
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                                                       for v in value):
        raise ValueError(f"{value!r} is not a list of whole numbers")
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
AtLeastOne = Annotated[int, BeforeValidator(_whole), AfterValidator(_at_least(1))]
Port = Annotated[int, BeforeValidator(_whole), AfterValidator(_port)]
Flag = Annotated[bool, BeforeValidator(_flag)]
Strings = Annotated[tuple[str, ...], BeforeValidator(_strings)]
WholeNumbers = Annotated[tuple[int, ...], BeforeValidator(_whole_numbers)]
Span = Annotated[timedelta, BeforeValidator(_duration)]
PositiveSpan = Annotated[timedelta, BeforeValidator(_duration), AfterValidator(_longer_than_zero)]
Security = Annotated[str, BeforeValidator(_text), AfterValidator(_one_of("ssl", "starttls", "none", empty=True))]


# ---------------------------------------------------------------- sections


@section
class AppSettings:
    data_dir: Text = "instance"
    log_level: Text = "INFO"


@section
class DatabaseSettings:
    url: Text = ""
    busy_timeout: PositiveSpan = Duration(seconds=30)


@section
class WebSettings:
    host: Text = "127.0.0.1"
    port: Port = 5000
    threads: AtLeastOne = 8
    secret_key_env: Text = "FOLLOWUP_SECRET_KEY"
    login_attempts: AtLeastOne = 5
    login_attempts_per_client: Whole = 20
    login_window: PositiveSpan = Duration(minutes=15)
    session_lifetime: PositiveSpan = Duration(hours=12)
    queue_page_size: AtLeastOne = 200
    max_request_bytes: Annotated[int, BeforeValidator(_whole), AfterValidator(_at_least(1024))] = 1024 * 1024
    trusted_proxies: Annotated[tuple[str, ...], BeforeValidator(_strings), AfterValidator(_networks)] = ()
    cookie_secure: Flag = False
    mailbox_private_hosts: Flag = False
    mailbox_hosts: Strings = ()
    mailbox_ports: Annotated[tuple[int, ...], BeforeValidator(_whole_numbers), AfterValidator(_ports)] = \
        (25, 143, 465, 587, 993, 2525)


@section
class PolicySettings:
    max_per_window: Annotated[int, BeforeValidator(_whole), AfterValidator(_at_least(1)),
                              AfterValidator(_limit("max_per_window"))] = 2
    window: Annotated[timedelta, BeforeValidator(_duration), AfterValidator(_limit("window"))] = Duration(days=7)
    min_gap: Annotated[timedelta, BeforeValidator(_duration), AfterValidator(_limit("min_gap"))] = Duration(hours=48)
    send_window: Annotated[str, BeforeValidator(_text), AfterValidator(_send_window)] = "Mon-Fri 09:00-17:00"
    default_timezone: Annotated[str, BeforeValidator(_text), AfterValidator(_time_zone)] = "America/Chicago"


@section
class SyncSettings:
    batch_size: AtLeastOne = 500
    timeout: PositiveSpan = Duration(seconds=30)
    extra_folders: Strings = ()
    parse_workers: Whole = 2
    max_message_bytes: AtLeastOne = 25 * 1024 * 1024
    idle: Flag = True
    idle_timeout: PositiveSpan = Duration(minutes=25)
    recent_days: Whole = 30
    history_batch_size: AtLeastOne = 50


@section
class DraftingSettings:
    backend: Annotated[str, BeforeValidator(_text), AfterValidator(_one_of("extractive", "openai"))] = "extractive"
    base_url: Text = ""
    model: Text = ""
    api_key_env: Text = "FOLLOWUP_LLM_API_KEY"
    timeout: PositiveSpan = Duration(seconds=30)
    max_words: AtLeastOne = 125


@section
class OutboxSettings:
    batch_size: AtLeastOne = 50
    max_attempts: AtLeastOne = 5
    retry_backoff: PositiveSpan = Duration(minutes=1)
    claim_timeout: PositiveSpan = Duration(minutes=10)
    smtp_timeout: PositiveSpan = Duration(seconds=30)
    undo_window: Span = Duration(seconds=30)


@section
class ScheduleSettings:
    sync_every: PositiveSpan = Duration(minutes=5)
    send_every: PositiveSpan = Duration(minutes=1)
    reconcile_every: PositiveSpan = Duration(minutes=5)
    prune_every: PositiveSpan = Duration(days=1)
    lock_ttl: PositiveSpan = Duration(minutes=2)
    audit_retention: PositiveSpan = Duration(days=365)


@section
class OAuthSettings:
    refresh_margin: Span = Duration(minutes=5)
    timeout: Span = Duration(seconds=30)
    sign_in_timeout: Span = Duration(minutes=10)


@section
class OAuthProvider:
    """One [oauth.<name>] table: the app registration and endpoints of an OAuth 2.0 provider (see followup/mail/oauth.py)."""

    label: Text = ""
    client_id: Text = ""
    client_secret_env: Text = ""
    tenant: Text = ""
    scopes: Strings = ()
    authorize_url: Text = ""
    token_url: Text = ""
    device_authorization_url: Text = ""
    redirect_uri: Text = ""
    loopback_port: Whole = 0
    sasl_mechanism: Annotated[str, BeforeValidator(_text), AfterValidator(_one_of("xoauth2", "oauthbearer"))] = "xoauth2"
    imap_host: Text = ""
    imap_port: Whole = 0
    imap_security: Security = ""
    smtp_host: Text = ""
    smtp_port: Whole = 0
    smtp_security: Security = ""


# Keys only the Microsoft preset reads.
MICROSOFT_ONLY_KEYS = ("tenant",)
# Providers with presets in followup/mail/oauth.py; always present in Settings.oauth_providers.
PRESET_PROVIDERS = ("microsoft", "google")
_PROVIDER_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class Settings:
    app: AppSettings = field(default_factory=AppSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    web: WebSettings = field(default_factory=WebSettings)
    policy: PolicySettings = field(default_factory=PolicySettings)
    sync: SyncSettings = field(default_factory=SyncSettings)
    drafting: DraftingSettings = field(default_factory=DraftingSettings)
    outbox: OutboxSettings = field(default_factory=OutboxSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    oauth: OAuthSettings = field(default_factory=OAuthSettings)
    oauth_providers: dict = field(default_factory=dict)  # name -> OAuthProvider, from [oauth.<name>] tables
    source: str = "defaults"

    @property
    def data_path(self) -> Path:
        """The data folder (database, local outbox, key file), created on demand by callers."""
        return Path(self.app.data_dir)

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL, defaulting to a SQLite file in the data folder."""
        return self.database.url or f"sqlite:///{self.data_path / 'followup.db'}"

    def secret(self, env_name: str) -> str | None:
        """The value of the environment variable a ``*_env`` key names, or None."""
        return os.environ.get(env_name) or None


SECTIONS: dict[str, type] = {f.name: f.type for f in dataclasses.fields(Settings)
                             if f.name not in ("source", "oauth_providers")}
_SECTION_TYPES = {name: globals()[cls] if isinstance(cls, str) else cls for name, cls in SECTIONS.items()}


def documented_keys() -> dict[str, list[str]]:
    """Every section and key the code reads, for the documentation test."""
    keys = {name: [f.name for f in dataclasses.fields(cls)] for name, cls in _SECTION_TYPES.items()}
    provider_keys = [f.name for f in dataclasses.fields(OAuthProvider)]
    keys["oauth.microsoft"] = provider_keys
    keys["oauth.google"] = [k for k in provider_keys if k not in MICROSOFT_ONLY_KEYS]
    return keys


def _invalid(exc: ValidationError, section: str, where: dict[str, str]) -> ConfigError:
    """The first of pydantic's errors as one line naming the key (and the file, when the value came from it)."""
    error = exc.errors()[0]
    key = str(error["loc"][0]) if error["loc"] else ""
    if error["type"] == "value_error":
        text = str(error["ctx"]["error"])
    else:  # a type the field validators did not expect: pydantic's own words
        text = f"{error['input']!r}: {error['msg']}"
    prefix = f"{where[key]}: " if where.get(key) else ""
    return ConfigError(f"{prefix}[{section}] {key}: {text}")


@cache
def _adapter(cls: type) -> TypeAdapter:
    """The pydantic validator of a section class (built once)."""
    return TypeAdapter(cls)


def _build(cls: type, section_name: str, values: dict[str, Any], env_keys: set[str], where: dict[str, str]):
    """Validate one section's values into its dataclass, or raise ConfigError naming the first bad key."""
    try:
        return _adapter(cls).validate_python(values, context={"env": env_keys})
    except ValidationError as exc:
        raise _invalid(exc, section_name, where) from None


def _split_oauth(path: Path, data: dict) -> tuple[dict, dict]:
    """Take the [oauth.<name>] tables out of the file's data: (the rest, {name: table})."""
    oauth = data.get("oauth")
    if not isinstance(oauth, dict):
        return data, {}
    tables = {k: v for k, v in oauth.items() if isinstance(v, dict)}
    rest = dict(data)
    rest["oauth"] = {k: v for k, v in oauth.items() if not isinstance(v, dict)}
    for name in tables:
        if not _PROVIDER_NAME.match(name):
            raise ConfigError(f"{path}: [oauth.{name}]: a provider name is lower-case letters, digits, - and _")
    return rest, tables


def _providers(path: Path, tables: dict, environ, overrides: dict | None) -> dict:
    """Every OAuth provider: the presets and each [oauth.<name>] table, FOLLOWUP_OAUTH_<NAME>_<KEY> winning."""
    keys = [f.name for f in dataclasses.fields(OAuthProvider)]
    names = dict.fromkeys([*PRESET_PROVIDERS, *tables, *(overrides or {})])
    providers = {}
    for name in names:
        section = f"oauth.{name}"
        values: dict[str, Any] = {}
        where: dict[str, str] = {}
        env_keys: set[str] = set()
        for key, value in (tables.get(name) or {}).items():
            if key not in keys or (key in MICROSOFT_ONLY_KEYS and name != "microsoft"):
                raise ConfigError(f"{path}: [{section}] {key}: unknown key")
            values[key], where[key] = value, str(path)
        for key in keys:
            env_name = f"FOLLOWUP_OAUTH_{name}_{key}".upper().replace("-", "_")
            if env_name in environ:
                values[key] = environ[env_name]
                env_keys.add(key)
                where.pop(key, None)
        for key, value in ((overrides or {}).get(name) or {}).items():
            if key not in keys:
                raise ConfigError(f"override: [{section}] {key}: unknown key")
            values[key] = value
            env_keys.discard(key)
            where.pop(key, None)
        providers[name] = _build(OAuthProvider, section, values, env_keys, where)
    return providers


def load_settings(path: str | os.PathLike | None = None, *, overrides: dict | None = None,
                  environ: dict[str, str] | None = None) -> Settings:
    """Build Settings from defaults, the TOML file (if any), FOLLOWUP_* variables and test overrides.

    ``path`` None means $FOLLOWUP_CONFIG, else ./config.toml when it exists; an explicit path must exist.
    """
    environ = os.environ if environ is None else environ
    explicit = path is not None or bool(environ.get("FOLLOWUP_CONFIG"))
    path = Path(path or environ.get("FOLLOWUP_CONFIG") or DEFAULT_CONFIG)
    data: dict[str, dict[str, Any]] = {}
    source = "defaults"
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read: {exc}") from None
        source = str(path)
    elif explicit:
        raise ConfigError(f"{path}: config file not found")

    data, provider_tables = _split_oauth(path, data)
    # Per section: the values, the keys that came from the file (to name it in errors), the environment's keys.
    values: dict[str, dict[str, Any]] = {name: {} for name in _SECTION_TYPES}
    where: dict[str, dict[str, str]] = {name: {} for name in _SECTION_TYPES}
    env_keys: dict[str, set[str]] = {name: set() for name in _SECTION_TYPES}
    for section, table in data.items():
        if section not in _SECTION_TYPES:
            raise ConfigError(f"{path}: unknown section [{section}]")
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: {section} must be a [section]")
        keys = {f.name for f in dataclasses.fields(_SECTION_TYPES[section])}
        for key, value in table.items():
            if key not in keys:
                raise ConfigError(f"{path}: [{section}] {key}: unknown key")
            values[section][key], where[section][key] = value, str(path)

    for section, cls in _SECTION_TYPES.items():
        for f in dataclasses.fields(cls):
            env_name = f"FOLLOWUP_{section}_{f.name}".upper()
            if env_name in environ:
                values[section][f.name] = environ[env_name]
                env_keys[section].add(f.name)
                where[section].pop(f.name, None)

    for section, table in (overrides or {}).items():
        if section == "oauth_providers":
            continue
        if section not in _SECTION_TYPES:
            raise ConfigError(f"override: unknown section [{section}]")
        keys = {f.name for f in dataclasses.fields(_SECTION_TYPES[section])}
        for key, value in table.items():
            if key not in keys:
                raise ConfigError(f"override: [{section}] {key}: unknown key")
            values[section][key] = value
            env_keys[section].discard(key)
            where[section].pop(key, None)

    return Settings(
        **{name: _build(cls, name, values[name], env_keys[name], where[name]) for name, cls in _SECTION_TYPES.items()},
        oauth_providers=_providers(path, provider_tables, environ, (overrides or {}).get("oauth_providers")),
        source=source,
    )
