"""Settings: defaults, then a TOML file, then FOLLOWUP_<SECTION>_<KEY> environment variables, frozen.

Each section is a frozen pydantic dataclass: its field types parse and bound the values (one-line errors
naming "[section] key"), and tests and code can still use dataclasses.replace and fields on it.
Every key here is documented in config.example.toml (tests/test_config.py fails otherwise).
Secrets never live in the file: keys ending in ``_env`` name the environment variable that holds them.
"""
import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError

from followup.config_values import (
    MAX_DURATION,
    MAX_PORT,
    Duration,
    Flag,
    Networks,
    Port,
    Ports,
    PositiveSpan,
    Security,
    SendWindowText,
    Span,
    Strings,
    Text,
    TimeZone,
    Whole,
    WrongType,
    at_least,
    format_duration,
    one_of,
    parse_duration,
    policy_limit,
)
from followup.exceptions import ConfigError

# Duration, parse_duration, format_duration and the bounds are imported from here by the app and the tests.
__all__ = ["DEFAULT_CONFIG", "MAX_DURATION", "MAX_PORT", "MICROSOFT_ONLY_KEYS", "PRESET_PROVIDERS", "SECTIONS",
           "AppSettings", "DatabaseSettings", "DraftingSettings", "Duration", "OAuthProvider", "OAuthSettings",
           "OutboxSettings", "PolicySettings", "ScheduleSettings", "Settings", "SyncSettings", "WebSettings",
           "documented_keys", "format_duration", "load_settings", "parse_duration"]

DEFAULT_CONFIG = "config.toml"
# A settings section: frozen, compared by value, validated by pydantic when built (also by dataclasses.replace).
# Its validator is built when first used, not at import: a command validates only the sections it was given values
# for (building all eleven cost every command ~25 ms); a section left at its defaults needs none (_defaults).
section = partial(pydantic.dataclasses.dataclass, frozen=True, config=ConfigDict(defer_build=True))


# ---------------------------------------------------------------- sections


@section
class AppSettings:
    data_dir: Text = "instance"
    log_level: Text = "INFO"
    timing_log: Flag = False


@section
class DatabaseSettings:
    url: Text = ""
    busy_timeout: PositiveSpan = Duration(seconds=30)


@section
class WebSettings:
    host: Text = "127.0.0.1"
    port: Port = 5000
    threads: at_least(1) = 8
    secret_key_env: Text = "FOLLOWUP_SECRET_KEY"
    login_attempts: at_least(1) = 5
    login_attempts_per_client: Whole = 20
    login_window: PositiveSpan = Duration(minutes=15)
    session_lifetime: PositiveSpan = Duration(hours=12)
    queue_page_size: at_least(1) = 200
    max_request_bytes: at_least(1024) = 1024 * 1024
    trusted_proxies: Networks = ()
    cookie_secure: Flag = False
    mailbox_private_hosts: Flag = False
    mailbox_hosts: Strings = ()
    mailbox_ports: Ports = (25, 143, 465, 587, 993, 2525)


@section
class PolicySettings:
    max_per_window: policy_limit("max_per_window", int) = 2
    window: policy_limit("window", timedelta) = Duration(days=7)
    min_gap: policy_limit("min_gap", timedelta) = Duration(hours=48)
    send_window: SendWindowText = "Mon-Fri 09:00-17:00"
    default_timezone: TimeZone = "America/Chicago"


@section
class SyncSettings:
    batch_size: at_least(1) = 500
    timeout: PositiveSpan = Duration(seconds=30)
    extra_folders: Strings = ()
    parse_workers: Whole = 2
    max_message_bytes: at_least(1) = 25 * 1024 * 1024
    idle: Flag = True
    idle_timeout: PositiveSpan = Duration(minutes=25)
    recent_days: Whole = 30
    history_batch_size: at_least(1) = 10


@section
class DraftingSettings:
    backend: one_of("extractive", "openai") = "extractive"
    base_url: Text = ""
    model: Text = ""
    api_key_env: Text = "FOLLOWUP_LLM_API_KEY"
    timeout: PositiveSpan = Duration(seconds=30)
    max_words: at_least(1) = 125


@section
class OutboxSettings:
    batch_size: at_least(1) = 50
    max_attempts: at_least(1) = 5
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
    jobs_in_web: Flag = True


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
    sasl_mechanism: one_of("xoauth2", "oauthbearer") = "xoauth2"
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
    """The first of pydantic's errors as one line naming the key (and the file, for a value of the wrong kind)."""
    error = exc.errors()[0]
    key = str(error["loc"][0]) if error["loc"] else ""
    prefix = f"{where[key]}: " if where.get(key) else ""
    if error["type"] != "value_error":  # a type the field validators did not expect: pydantic's own words
        return ConfigError(f"{prefix}[{section}] {key}: {error['input']!r}: {error['msg']}")
    cause = error["ctx"]["error"]
    # a value of the wrong kind names the file it came from; a value out of bounds reads the same from anywhere
    return ConfigError(f"{prefix if isinstance(cause, WrongType) else ''}[{section}] {key}: {cause}")


@cache
def _adapter(cls: type) -> TypeAdapter:
    """The pydantic validator of a section class (built once)."""
    return TypeAdapter(cls)


def _defaults(cls: type):
    """A section at its defaults, built without its validator: pydantic takes defaults as written, unvalidated."""
    built = object.__new__(cls)
    for f in dataclasses.fields(cls):
        object.__setattr__(built, f.name, f.default_factory() if f.default is dataclasses.MISSING else f.default)
    return built


def _build(cls: type, section_name: str, values: dict[str, Any], env_keys: set[str], where: dict[str, str]):
    """Validate one section's values into its dataclass, or raise ConfigError naming the first bad key."""
    if not values:
        return _defaults(cls)
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
