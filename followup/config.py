"""Settings: defaults, then a TOML file, then FOLLOWUP_<SECTION>_<KEY> environment variables, frozen.

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
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.exceptions import ConfigError

DEFAULT_CONFIG = "config.toml"
MAX_DURATION = timedelta(days=3660)  # ten years: longer is a typo, and date arithmetic on it overflows
# Durations that must be longer than zero: a zero timeout or interval means "never wait" or a busy loop.
POSITIVE_DURATIONS = {"database": ("busy_timeout",), "web": ("login_window", "session_lifetime"),
                      "sync": ("timeout", "idle_timeout"), "drafting": ("timeout",),
                      "outbox": ("retry_backoff", "claim_timeout", "smtp_timeout"),
                      "schedule": ("sync_every", "send_every", "reconcile_every", "prune_every", "lock_ttl",
                                   "audit_retention")}
POSITIVE_INTS = {"web": ("port", "threads", "login_attempts", "queue_page_size"),
                 "sync": ("batch_size", "max_message_bytes"), "drafting": ("max_words",),
                 "outbox": ("batch_size", "max_attempts")}
MAX_PORT = 65535
_DURATION = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


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


@dataclass(frozen=True)
class AppSettings:
    data_dir: str = "instance"
    log_level: str = "INFO"


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = ""
    busy_timeout: Duration = Duration(seconds=30)


@dataclass(frozen=True)
class WebSettings:
    host: str = "127.0.0.1"
    port: int = 5000
    threads: int = 8
    secret_key_env: str = "FOLLOWUP_SECRET_KEY"
    login_attempts: int = 5
    login_attempts_per_client: int = 20
    login_window: Duration = Duration(minutes=15)
    session_lifetime: Duration = Duration(hours=12)
    queue_page_size: int = 200
    max_request_bytes: int = 1024 * 1024
    trusted_proxies: tuple[str, ...] = ()
    cookie_secure: bool = False
    mailbox_private_hosts: bool = False
    mailbox_hosts: tuple[str, ...] = ()
    mailbox_ports: tuple[int, ...] = (25, 143, 465, 587, 993, 2525)


@dataclass(frozen=True)
class PolicySettings:
    max_per_window: int = 2
    window: Duration = Duration(days=7)
    min_gap: Duration = Duration(hours=48)
    send_window: str = "Mon-Fri 09:00-17:00"
    default_timezone: str = "America/Chicago"


@dataclass(frozen=True)
class SyncSettings:
    batch_size: int = 500
    timeout: Duration = Duration(seconds=30)
    extra_folders: tuple[str, ...] = ()
    parse_workers: int = 2
    max_message_bytes: int = 25 * 1024 * 1024
    idle: bool = True
    idle_timeout: Duration = Duration(minutes=25)
    recent_days: int = 30
    history_batch_size: int = 50


@dataclass(frozen=True)
class DraftingSettings:
    backend: str = "extractive"
    base_url: str = ""
    model: str = ""
    api_key_env: str = "FOLLOWUP_LLM_API_KEY"
    timeout: Duration = Duration(seconds=30)
    max_words: int = 125


@dataclass(frozen=True)
class OutboxSettings:
    batch_size: int = 50
    max_attempts: int = 5
    retry_backoff: Duration = Duration(minutes=1)
    claim_timeout: Duration = Duration(minutes=10)
    smtp_timeout: Duration = Duration(seconds=30)
    undo_window: Duration = Duration(seconds=30)


@dataclass(frozen=True)
class ScheduleSettings:
    sync_every: Duration = Duration(minutes=5)
    send_every: Duration = Duration(minutes=1)
    reconcile_every: Duration = Duration(minutes=5)
    prune_every: Duration = Duration(days=1)
    lock_ttl: Duration = Duration(minutes=2)
    audit_retention: Duration = Duration(days=365)


@dataclass(frozen=True)
class OAuthSettings:
    refresh_margin: Duration = Duration(minutes=5)
    timeout: Duration = Duration(seconds=30)
    sign_in_timeout: Duration = Duration(minutes=10)


@dataclass(frozen=True)
class OAuthProvider:
    """One [oauth.<name>] table: the app registration and endpoints of an OAuth 2.0 provider (see followup/mail/oauth.py)."""

    label: str = ""
    client_id: str = ""
    client_secret_env: str = ""
    tenant: str = ""
    scopes: tuple[str, ...] = ()
    authorize_url: str = ""
    token_url: str = ""
    device_authorization_url: str = ""
    redirect_uri: str = ""
    loopback_port: int = 0
    sasl_mechanism: str = "xoauth2"
    imap_host: str = ""
    imap_port: int = 0
    imap_security: str = ""
    smtp_host: str = ""
    smtp_port: int = 0
    smtp_security: str = ""


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


def _coerce(section: str, key: str, kind: Any, value: Any, from_env: bool) -> Any:
    """Turn a TOML or environment value into the field's type, or raise ConfigError naming the key."""
    where = f"[{section}] {key}"
    kind_name = kind if isinstance(kind, str) else getattr(kind, "__name__", str(kind))
    try:
        if kind_name == "Duration":
            return Duration(seconds=parse_duration(value).total_seconds())
        if kind_name == "bool":
            if from_env:
                lowered = str(value).strip().lower()
                if lowered not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
                    raise ValueError(f"{value!r} is not true or false")
                return lowered in {"1", "true", "yes", "on"}
            if not isinstance(value, bool):
                raise ValueError(f"{value!r} is not true or false")
            return value
        if kind_name == "int":
            if from_env:
                value = int(str(value).strip())
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{value!r} is not a whole number")
            if value < 0:
                raise ValueError(f"{value!r} must not be negative")
            return value
        if kind_name.startswith("tuple[int"):
            if from_env:
                try:
                    value = [int(part) for part in str(value).split(",") if part.strip()]
                except ValueError:
                    raise ValueError(f"{value!r} is not a list of whole numbers") from None
            if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                                                      for v in value):
                raise ValueError(f"{value!r} is not a list of whole numbers")
            return tuple(value)
        if kind_name.startswith("tuple"):
            if from_env:
                value = [part.strip() for part in str(value).split(",") if part.strip()]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{value!r} is not a list of strings")
            return tuple(value)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a string")
        return value
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _validate(settings: Settings) -> None:
    """Check values whose meaning the type alone cannot express; raise ConfigError naming the key."""
    try:
        ZoneInfo(settings.policy.default_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[policy] default_timezone: {settings.policy.default_timezone!r} is not a known time zone") from None
    if settings.drafting.backend not in {"extractive", "openai"}:
        raise ConfigError(f"[drafting] backend: {settings.drafting.backend!r} is not 'extractive' or 'openai'")
    if settings.policy.max_per_window < 1:
        raise ConfigError("[policy] max_per_window: must be at least 1")
    for proxy in settings.web.trusted_proxies:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise ConfigError(f"[web] trusted_proxies: {proxy!r} is not an IP address or network") from None
    for port in settings.web.mailbox_ports:
        if not 0 < port < 65536:
            raise ConfigError(f"[web] mailbox_ports: {port} is not a port (1-65535)")
    if settings.web.max_request_bytes < 1024:
        raise ConfigError("[web] max_request_bytes: must be at least 1024")
    if settings.sync.recent_days < 0:
        raise ConfigError("[sync] recent_days: must be 0 or more")
    if settings.sync.history_batch_size < 1:
        raise ConfigError("[sync] history_batch_size: must be at least 1")
    for section, keys in POSITIVE_DURATIONS.items():
        for key in keys:
            if getattr(getattr(settings, section), key) <= timedelta(0):
                raise ConfigError(f"[{section}] {key}: must be longer than 0s")
    for section, keys in POSITIVE_INTS.items():
        for key in keys:
            if getattr(getattr(settings, section), key) < 1:
                raise ConfigError(f"[{section}] {key}: must be at least 1")
    if settings.web.port > MAX_PORT:
        raise ConfigError(f"[web] port: {settings.web.port} is not a port (1 to {MAX_PORT})")
    from followup.outbound.policy import (  # imported late: policy imports nothing from config at load
        SendWindow,
        check_limits,
    )

    policy = settings.policy
    for key, limits in (("max_per_window", {"max_per_window": policy.max_per_window}),
                        ("window", {"window": policy.window}), ("min_gap", {"min_gap": policy.min_gap})):
        try:
            check_limits(**limits)
        except ValueError as exc:
            raise ConfigError(f"[policy] {key}: {exc}") from None

    try:
        SendWindow.parse(settings.policy.send_window)
    except ValueError as exc:
        raise ConfigError(f"[policy] send_window: {exc}") from None


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
    fields = {f.name: f.type for f in dataclasses.fields(OAuthProvider)}
    names = dict.fromkeys([*PRESET_PROVIDERS, *tables, *(overrides or {})])
    providers = {}
    for name in names:
        section = f"oauth.{name}"
        values: dict[str, Any] = {}
        for key, value in (tables.get(name) or {}).items():
            if key not in fields or (key in MICROSOFT_ONLY_KEYS and name != "microsoft"):
                raise ConfigError(f"{path}: [{section}] {key}: unknown key")
            try:
                values[key] = _coerce(section, key, fields[key], value, from_env=False)
            except ConfigError as exc:
                raise ConfigError(f"{path}: {exc}") from None
        for key, kind in fields.items():
            env_name = f"FOLLOWUP_OAUTH_{name}_{key}".upper().replace("-", "_")
            if env_name in environ:
                values[key] = _coerce(section, key, kind, environ[env_name], from_env=True)
        for key, value in ((overrides or {}).get(name) or {}).items():
            if key not in fields:
                raise ConfigError(f"override: [{section}] {key}: unknown key")
            values[key] = _coerce(section, key, fields[key], list(value) if isinstance(value, tuple) else value,
                                  from_env=False)
        for kind in ("imap", "smtp"):
            security = values.get(f"{kind}_security")
            if security and security not in ("ssl", "starttls", "none"):
                raise ConfigError(f"[{section}] {kind}_security: {security!r} is not one of ssl, starttls, none")
        if values.get("sasl_mechanism", "xoauth2") not in ("xoauth2", "oauthbearer"):
            raise ConfigError(f"[{section}] sasl_mechanism: {values['sasl_mechanism']!r} is not xoauth2 or oauthbearer")
        providers[name] = OAuthProvider(**values)
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
    values: dict[str, dict[str, Any]] = {}
    for section, table in data.items():
        if section not in _SECTION_TYPES:
            raise ConfigError(f"{path}: unknown section [{section}]")
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: {section} must be a [section]")
        fields = {f.name: f.type for f in dataclasses.fields(_SECTION_TYPES[section])}
        for key, value in table.items():
            if key not in fields:
                raise ConfigError(f"{path}: [{section}] {key}: unknown key")
            try:
                values.setdefault(section, {})[key] = _coerce(section, key, fields[key], value, from_env=False)
            except ConfigError as exc:  # name the file, as every other error about its content does
                raise ConfigError(f"{path}: {exc}") from None

    for section, cls in _SECTION_TYPES.items():
        for f in dataclasses.fields(cls):
            env_name = f"FOLLOWUP_{section}_{f.name}".upper()
            if env_name in environ:
                values.setdefault(section, {})[f.name] = _coerce(section, f.name, f.type, environ[env_name], from_env=True)

    for section, table in (overrides or {}).items():
        if section == "oauth_providers":
            continue
        if section not in _SECTION_TYPES:
            raise ConfigError(f"override: unknown section [{section}]")
        fields = {f.name: f.type for f in dataclasses.fields(_SECTION_TYPES[section])}
        for key, value in table.items():
            if key not in fields:
                raise ConfigError(f"override: [{section}] {key}: unknown key")
            if isinstance(value, timedelta) and not isinstance(value, Duration):
                value = format_duration(value)
            if isinstance(value, tuple):
                value = list(value)
            values.setdefault(section, {})[key] = _coerce(section, key, fields[key], value, from_env=False)

    settings = Settings(
        **{name: cls(**values.get(name, {})) for name, cls in _SECTION_TYPES.items()},
        oauth_providers=_providers(path, provider_tables, environ, (overrides or {}).get("oauth_providers")),
        source=source,
    )
    _validate(settings)
    return settings
