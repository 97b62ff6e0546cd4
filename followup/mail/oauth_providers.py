"""OAuth providers: the presets (Microsoft 365, Google) merged with each [oauth.<name>] table of config.toml."""
from __future__ import annotations

from dataclasses import dataclass, replace

from followup.config import OAuthProvider, Settings
from followup.exceptions import BadInput, ConfigError

MICROSOFT_LOGIN = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0"
PRESETS: dict[str, dict] = {
    "microsoft": {
        "label": "Microsoft 365",
        "tenant": "organizations",
        # The command line's sign-ins (device code, loopback) are public-client flows: Microsoft refuses a
        # client secret there (AADSTS700025), and later on the refresh of what they granted.
        "cli_public": True,
        "authorize_url": MICROSOFT_LOGIN + "/authorize",
        "token_url": MICROSOFT_LOGIN + "/token",
        "device_authorization_url": MICROSOFT_LOGIN + "/devicecode",
        "scopes": ("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send",
                   "offline_access"),
        "imap_host": "outlook.office365.com", "imap_port": 993, "imap_security": "ssl",
        "smtp_host": "smtp.office365.com", "smtp_port": 587, "smtp_security": "starttls",
    },
    "google": {
        "label": "Google",
        "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth",
        "token_url": "https://oauth2.googleapis.com/token",
        # Google's device flow allows no mail scope: the command line uses a loopback redirect instead.
        "device_authorization_url": "",
        "scopes": ("https://mail.google.com/",),
        "imap_host": "imap.gmail.com", "imap_port": 993, "imap_security": "ssl",
        "smtp_host": "smtp.gmail.com", "smtp_port": 465, "smtp_security": "ssl",
    },
}
# Google hands out a refresh token only when asked for offline access, and again only with consent.
EXTRA_AUTHORIZE_PARAMS = {"google": {"access_type": "offline", "prompt": "consent"}}


@dataclass(frozen=True)
class Provider:
    """One provider with its preset and [oauth.<name>] merged, the client secret read from the environment."""

    name: str
    label: str
    client_id: str
    client_secret: str
    scopes: tuple[str, ...]
    authorize_url: str
    token_url: str
    device_authorization_url: str
    redirect_uri: str
    loopback_port: int
    mechanism: str
    imap_host: str
    imap_port: int
    imap_security: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    timeout: float
    cli_public: bool = False


def provider_names(settings: Settings) -> list[str]:
    """Every provider name the config knows (the presets and each [oauth.<name>] table)."""
    return list(settings.oauth_providers)


def provider(settings: Settings, name: str) -> Provider:
    """The named provider ready to use, or BadInput / ConfigError naming what is missing."""
    conf: OAuthProvider | None = settings.oauth_providers.get(name)
    if conf is None:
        raise BadInput(f"--oauth: no provider {name!r}: use microsoft, google or a name with an [oauth.{name}] "
                       "table in config.toml")
    preset = PRESETS.get(name, {})
    section = f"[oauth.{name}]"

    def pick(key: str):
        """The configured value, else the preset's."""
        value = getattr(conf, key)
        return value if value else preset.get(key, value)

    if not conf.client_id:
        raise ConfigError(f"{section} client_id: empty: register followup with the provider first and set its "
                          "client id (README: Connecting a real mailbox)")
    tenant = (conf.tenant or preset.get("tenant", "")) if name == "microsoft" else ""
    urls = {key: pick(key).replace("{tenant}", tenant) for key in ("authorize_url", "token_url",
                                                                    "device_authorization_url")}
    for key in ("authorize_url", "token_url"):
        if not urls[key]:
            raise ConfigError(f"{section} {key}: empty (a provider without a preset needs it)")
        if not urls[key].startswith(("https://", "http://127.0.0.1", "http://localhost", "http://[::1]")):
            raise ConfigError(f"{section} {key}: {urls[key]!r} is not an https URL")
    if not pick("imap_host"):
        raise ConfigError(f"{section} imap_host: empty (a provider without a preset needs it)")
    secret = ""
    if conf.client_secret_env:
        secret = settings.secret(conf.client_secret_env) or ""
        if not secret:
            raise ConfigError(f"{section} client_secret_env: the environment variable {conf.client_secret_env} "
                              "is not set")
    smtp_host = pick("smtp_host")
    return Provider(
        name=name, label=pick("label") or name, client_id=conf.client_id, client_secret=secret,
        scopes=tuple(pick("scopes") or ()), redirect_uri=conf.redirect_uri,
        loopback_port=conf.loopback_port, mechanism=conf.sasl_mechanism,
        imap_host=pick("imap_host"), imap_port=int(pick("imap_port") or 993),
        imap_security=pick("imap_security") or "ssl", smtp_host=smtp_host,
        smtp_port=int(pick("smtp_port") or (465 if smtp_host else 0)),
        smtp_security=(pick("smtp_security") or "ssl") if smtp_host else "none",
        timeout=settings.oauth.timeout.total_seconds(), cli_public=bool(preset.get("cli_public")), **urls)


def for_command_line(p: Provider) -> Provider:
    """The provider as the command line signs in to it: without the client secret where its CLI flows are public."""
    return replace(p, client_secret="") if p.cli_public else p


def offered(settings: Settings) -> list[Provider]:
    """The providers set up well enough to sign in with (their client id given), for the connect buttons."""
    found = []
    for name in provider_names(settings):
        try:
            found.append(provider(settings, name))
        except (BadInput, ConfigError):
            continue
    return found
