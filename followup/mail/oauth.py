"""OAuth 2.0 mailboxes (Microsoft 365, Google Workspace, any XOAUTH2/OAUTHBEARER server): sign-in, tokens, logins.

The token requests go through Authlib's OAuth 2.0 client (authorization code with PKCE and state, the device
authorization grant of RFC 8628, refresh). Refresh tokens and access tokens are stored encrypted with the same
vault as passwords. ``OAuthLogin`` is what imap.connect and smtp.connect get instead of a password: it hands
out an access token refreshed ahead of its expiry, refreshes once more when a server refuses it, and marks the
mailbox "needs to be reconnected" when the provider refuses the grant itself (revoked, expired): its syncs and
sends then wait, losing nothing, until a rep signs in again.
"""
from __future__ import annotations

import base64
import logging
import secrets as pysecrets
import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Callable

from sqlmodel import Session, select

from followup import audit
from followup.clock import utcnow
from followup.config import Settings
from followup.exceptions import BadInput, MailboxError, OAuthFailed, ReconnectNeeded
from followup.mail.errors import one_line
from followup.mail.oauth_providers import EXTRA_AUTHORIZE_PARAMS, Provider, provider

# The catalogue of providers lives in oauth_providers; followup.mail.oauth.<name> stays the API.
from followup.mail.oauth_providers import PRESETS as PRESETS
from followup.mail.oauth_providers import for_command_line as for_command_line
from followup.mail.oauth_providers import offered as offered
from followup.mail.oauth_providers import provider_names as provider_names
from followup.models import Mailbox, User
from followup.users import normalise_email

log = logging.getLogger("followup.mail.oauth")


# Token errors meaning the grant itself is gone: the rep must sign in again (RFC 6749 5.2).
GRANT_REFUSED = ("invalid_grant", "unauthorized_client", "invalid_client")
DEFAULT_EXPIRES_IN = 3600
DEVICE_POLL_DEFAULT = 5
DEVICE_SLOW_DOWN = 5  # seconds added to the interval on "slow_down" (RFC 8628 3.5)


@dataclass(frozen=True)
class Token:
    """What a token endpoint answered: the access token, its expiry (naive UTC) and the refresh token."""

    access_token: str
    refresh_token: str
    expires_at: datetime

    def __repr__(self) -> str:  # tokens never reach a log line through a repr
        return f"Token(expires_at={self.expires_at.isoformat()})"


@dataclass(frozen=True)
class DeviceGrant:
    """The device authorization answer: the code the rep types at the verification URL."""

    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_at: float  # time.monotonic() deadline
    interval: int

    def __repr__(self) -> str:
        return f"DeviceGrant(user_code={self.user_code!r}, verification_uri={self.verification_uri!r})"


# ------------------------------------------------------------------------------------------ token requests


def _client(p: Provider, redirect_uri: str | None = None):
    """Authlib's requests-based OAuth 2.0 client for the provider."""
    from authlib.integrations.requests_client import OAuth2Session

    return OAuth2Session(client_id=p.client_id, client_secret=p.client_secret or None, scope=" ".join(p.scopes),
                         redirect_uri=redirect_uri, code_challenge_method="S256",
                         token_endpoint_auth_method="client_secret_post" if p.client_secret else "none",
                         default_timeout=p.timeout)


def _token(p: Provider, answer: dict, old_refresh: str = "") -> Token:
    """A Token from a token endpoint's JSON (the old refresh token kept when the provider sends none)."""
    access = answer.get("access_token")
    if not access:
        raise OAuthFailed(f"{p.label}: the token endpoint answered without an access token")
    refresh = answer.get("refresh_token") or old_refresh
    if not refresh:
        raise OAuthFailed(f"{p.label}: no refresh token was granted (is offline_access among the scopes?)")
    try:
        expires_in = int(answer.get("expires_in") or DEFAULT_EXPIRES_IN)
    except (TypeError, ValueError):
        expires_in = DEFAULT_EXPIRES_IN
    return Token(access, refresh, utcnow() + timedelta(seconds=max(expires_in, 0)))


def _request(p: Provider, what: str, call: Callable[[], dict]) -> dict:
    """Run one token-endpoint call; OAuthError and network errors become OAuthFailed naming the provider."""
    import requests
    from authlib.integrations.base_client.errors import OAuthError

    try:
        return call()
    except OAuthError as exc:
        failure = OAuthFailed(f"{p.label}: {what} refused: {exc.error}"
                              + (f" ({one_line(exc.description)})" if exc.description else ""))
        failure.error_code = exc.error
        raise failure from None
    except requests.RequestException as exc:
        raise OAuthFailed(f"{p.label}: {what} failed: cannot reach {_host(p.token_url)}: "
                          f"{type(exc).__name__}") from None
    except ValueError as exc:  # an answer that is not JSON
        raise OAuthFailed(f"{p.label}: {what} failed: unusable answer ({one_line(exc)})") from None


def _host(url: str) -> str:
    """The host[:port] of a URL, for error lines (never its query)."""
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url


def authorization_url(p: Provider, redirect_uri: str) -> tuple[str, str, str]:
    """(URL to send the rep to, state, PKCE code verifier) for the authorization code grant."""
    verifier = pysecrets.token_urlsafe(64)
    url, state = _client(p, redirect_uri).create_authorization_url(
        p.authorize_url, state=pysecrets.token_urlsafe(24), code_verifier=verifier,
        **EXTRA_AUTHORIZE_PARAMS.get(p.name, {}))
    return url, state, verifier


def check_state(expected: str | None, got: str | None) -> None:
    """Refuse an authorization answer whose state is not the one this sign-in sent (CSRF, mixed-up tabs)."""
    if not expected or not got or not pysecrets.compare_digest(str(expected), str(got)):
        raise BadInput("the sign-in answer does not belong to the sign-in started here (state mismatch): start again")


def exchange_code(p: Provider, redirect_uri: str, code: str, verifier: str) -> Token:
    """Trade the authorization code (with the PKCE verifier) for tokens."""
    if not code:
        raise BadInput("the provider sent no authorization code")
    client = _client(p, redirect_uri)
    answer = _request(p, "the authorization code", lambda: client.fetch_token(
        p.token_url, grant_type="authorization_code", code=code, code_verifier=verifier, redirect_uri=redirect_uri))
    return _token(p, answer)


def start_device(p: Provider) -> DeviceGrant:
    """Ask for a device code (RFC 8628 3.1): what the rep types, and where."""
    if not p.device_authorization_url:
        raise BadInput(f"{p.label} has no device authorization endpoint")
    client = _client(p)

    def call() -> dict:
        """POST the device authorization request; its JSON, or OAuthError."""
        response = client.post(p.device_authorization_url, data={"client_id": p.client_id,
                                                                   "scope": " ".join(p.scopes)},
                               timeout=p.timeout, withhold_token=True)
        answer = response.json()
        if "error" in answer or response.status_code >= 400:
            from authlib.integrations.base_client.errors import OAuthError

            raise OAuthError(error=answer.get("error", f"HTTP {response.status_code}"),
                             description=answer.get("error_description"))
        return answer

    answer = _request(p, "the device authorization", call)
    try:
        return DeviceGrant(device_code=answer["device_code"], user_code=answer["user_code"],
                           verification_uri=answer.get("verification_uri") or answer["verification_url"],
                           verification_uri_complete=answer.get("verification_uri_complete") or "",
                           expires_at=time.monotonic() + int(answer.get("expires_in") or 900),
                           interval=int(answer.get("interval") or DEVICE_POLL_DEFAULT))
    except (KeyError, TypeError, ValueError):
        raise OAuthFailed(f"{p.label}: the device authorization answer lacks device_code, user_code or "
                          "verification_uri") from None


def poll_device(p: Provider, grant: DeviceGrant, deadline: float, wait: Callable[[float], None] = time.sleep) -> Token:
    """Poll the token endpoint until the rep has signed in (RFC 8628 3.4-3.5), or OAuthFailed."""
    client = _client(p)
    interval = grant.interval
    while True:
        try:
            answer = _request(p, "the sign-in", lambda: client.fetch_token(
                p.token_url, grant_type="urn:ietf:params:oauth:grant-type:device_code",
                device_code=grant.device_code))
            return _token(p, answer)
        except OAuthFailed as exc:
            code = getattr(exc, "error_code", "")
            if code == "slow_down":
                interval += DEVICE_SLOW_DOWN
            elif code != "authorization_pending":
                if code == "expired_token":
                    raise OAuthFailed(f"{p.label}: the code expired before the sign-in finished: start again") from None
                if code == "access_denied":
                    raise OAuthFailed(f"{p.label}: the sign-in was declined") from None
                raise
        now = time.monotonic()
        if now + interval > min(deadline, grant.expires_at):
            raise OAuthFailed(f"{p.label}: nobody finished signing in within the time allowed: start again")
        wait(interval)


def refresh(p: Provider, refresh_token: str) -> Token:
    """A new access token for a stored refresh token (the provider may rotate the refresh token too)."""
    client = _client(p)
    answer = _request(p, "the token refresh", lambda: client.refresh_token(p.token_url, refresh_token=refresh_token))
    return _token(p, answer, old_refresh=refresh_token)


# ------------------------------------------------------------------------------------------ mailboxes


def draft_mailbox(p: Provider, name: str, address: str, owner: User) -> Mailbox:
    """An unsaved Mailbox on the provider's servers, to test a fresh token with before anything is stored."""
    address = normalise_email(address or owner.email, "mailbox address")
    return Mailbox(id=None, team_id=owner.team_id, owner_id=owner.id, name=name, email_address=address,
                   username=address, password_encrypted="", imap_host=p.imap_host, imap_port=p.imap_port,
                   imap_security=p.imap_security, smtp_host=p.smtp_host, smtp_port=p.smtp_port,
                   smtp_security=p.smtp_security, auth_kind="oauth", oauth_provider=p.name,
                   oauth_public=not p.client_secret)


def store_token(mailbox: Mailbox, vault, token: Token) -> None:
    """Put the tokens on the mailbox, encrypted, and clear any "needs to be reconnected"."""
    mailbox.oauth_refresh_encrypted = vault.encrypt(token.refresh_token)
    mailbox.oauth_access_encrypted = vault.encrypt(token.access_token)
    mailbox.oauth_access_expires_at = token.expires_at
    mailbox.reconnect_reason = None


def save_mailbox(session: Session, vault, mailbox: Mailbox, token: Token, actor: str) -> Mailbox:
    """Store a tested OAuth mailbox (new, or an existing one signed in again); the caller commits."""
    existing = session.exec(select(Mailbox).where(Mailbox.name == mailbox.name,
                                                  Mailbox.team_id == mailbox.team_id)).first()
    if existing is not None:
        if existing.auth_kind != "oauth":
            raise BadInput(f"mailbox {mailbox.name} already exists")
        if existing.email_address != mailbox.email_address:
            raise BadInput(f"mailbox {mailbox.name} is {existing.email_address}, not {mailbox.email_address}: "
                           "sign in with that account")
        existing.oauth_provider, existing.oauth_public = mailbox.oauth_provider, mailbox.oauth_public
        store_token(existing, vault, token)
        existing.last_error = None
        session.add(existing)
        session.flush()
        audit.record(session, "mailbox.reconnected", team_id=existing.team_id, entity="mailbox",
                     entity_id=existing.id, actor=actor, name=existing.name, provider=existing.oauth_provider)
        return existing
    if not mailbox.name or len(mailbox.name) > 100:
        raise BadInput(f"mailbox name: {mailbox.name!r} must be 1 to 100 characters")
    store_token(mailbox, vault, token)
    session.add(mailbox)
    session.flush()
    audit.record(session, "mailbox.added", team_id=mailbox.team_id, entity="mailbox", entity_id=mailbox.id,
                 actor=actor, name=mailbox.name, provider=mailbox.oauth_provider,
                 imap=f"{mailbox.imap_host}:{mailbox.imap_port}", smtp=f"{mailbox.smtp_host}:{mailbox.smtp_port}")
    return mailbox


class FixedToken:
    """The login of a mailbox not saved yet: the token just granted, nothing to refresh or store."""

    can_refresh = False

    def __init__(self, mailbox: Mailbox, p: Provider, token: Token):
        self.username, self.mechanism, self._token = mailbox.username, p.mechanism, token

    def access_token(self) -> str:
        """The token as granted."""
        return self._token.access_token

    def refresh(self, refused: str = "") -> str:
        """Never called (can_refresh is False): a fresh token the server refuses stays refused."""
        raise MailboxError(f"login refused for {self.username} with the new token: {refused}")


class OAuthLogin:
    """The bearer token behind one saved mailbox's IMAP and SMTP logins (what connect() gets instead of a password).

    Reads the stored token fresh each time (another process may have refreshed it), refreshes it ahead of expiry,
    and once more when a server refuses it. A refresh the provider refuses marks the mailbox "needs to be
    reconnected" and raises ReconnectNeeded: nothing more is tried until a rep signs in again.
    """

    can_refresh = True

    def __init__(self, mailbox: Mailbox, vault, settings: Settings, session_factory: Callable[[], Session]):
        self.mailbox_id, self.name = mailbox.id, mailbox.name
        self.username = mailbox.username
        self.provider_name = mailbox.oauth_provider or ""
        self.vault, self.settings, self.session_factory = vault, settings, session_factory
        conf = settings.oauth_providers.get(self.provider_name)
        self.mechanism = conf.sasl_mechanism if conf else "xoauth2"

    def __repr__(self) -> str:
        return f"OAuthLogin(mailbox={self.name!r})"

    def _row(self) -> Mailbox:
        """The mailbox as stored now."""
        with self.session_factory() as session:
            mailbox = session.get(Mailbox, self.mailbox_id)
            if mailbox is None:
                raise BadInput(f"no mailbox with id {self.mailbox_id}")
            session.expunge(mailbox)
        if mailbox.reconnect_reason:
            raise ReconnectNeeded(f"mailbox {self.name}: needs to be reconnected: {mailbox.reconnect_reason}")
        return mailbox

    def access_token(self) -> str:
        """A stored access token good for longer than [oauth] refresh_margin, else a refreshed one."""
        row = self._row()
        margin = self.settings.oauth.refresh_margin
        if row.oauth_access_encrypted and row.oauth_access_expires_at and \
                row.oauth_access_expires_at - margin > utcnow():
            return self.vault.decrypt(row.oauth_access_encrypted)
        return self.refresh()

    def refresh(self, refused: str = "") -> str:
        """Refresh the access token now (``refused``: the server's words when it refused the current one)."""
        row = self._row()
        p = provider(self.settings, self.provider_name)
        if row.oauth_public:
            p = replace(p, client_secret="")
        stored = row.oauth_refresh_encrypted or ""
        for attempt in range(2):
            try:
                token = refresh(p, self.vault.decrypt(stored) if stored else "")
                break
            except OAuthFailed as exc:
                if getattr(exc, "error_code", "") not in GRANT_REFUSED:
                    raise MailboxError(f"mailbox {self.name}: {exc}") from None
                now_stored = self._row().oauth_refresh_encrypted or ""
                if attempt == 0 and now_stored != stored:
                    stored = now_stored  # another process rotated the refresh token meanwhile: use the new one
                    continue
                reason = f"{p.label} refused the sign-in ({exc.error_code}): it was revoked or has expired"
                self._mark_reconnect(reason)
                raise ReconnectNeeded(f"mailbox {self.name}: needs to be reconnected: {reason}") from None
        self._store(token)
        log.info("mailbox %s: access token refreshed%s", self.name, " after a refused login" if refused else "")
        return token.access_token

    def _write(self) -> Session:
        """A session whose transaction takes the SQLite write lock at BEGIN."""
        session = self.session_factory()
        session.connection(execution_options={"sqlite_immediate": True})
        return session

    def _store(self, token: Token) -> None:
        """Save a refreshed token."""
        with self._write() as session:
            mailbox = session.get(Mailbox, self.mailbox_id)
            mailbox.oauth_refresh_encrypted = self.vault.encrypt(token.refresh_token)
            mailbox.oauth_access_encrypted = self.vault.encrypt(token.access_token)
            mailbox.oauth_access_expires_at = token.expires_at
            session.add(mailbox)
            session.commit()

    def _mark_reconnect(self, reason: str) -> None:
        """Mark the mailbox "needs to be reconnected" (shown on the mailboxes page, /healthz, mailbox test)."""
        with self._write() as session:
            mailbox = session.get(Mailbox, self.mailbox_id)
            mailbox.reconnect_reason = reason
            mailbox.oauth_access_encrypted, mailbox.oauth_access_expires_at = None, None
            mailbox.last_error, mailbox.last_error_at = f"mailbox {self.name}: needs to be reconnected: {reason}", utcnow()
            session.add(mailbox)
            audit.record(session, "mailbox.needs_reconnect", team_id=mailbox.team_id, entity="mailbox",
                         entity_id=mailbox.id, name=mailbox.name, reason=reason)
            session.commit()
        log.warning("mailbox %s: needs to be reconnected: %s", self.name, reason)


def login_for(mailbox: Mailbox, vault, settings: Settings, session_factory: Callable[[], Session]):
    """What imap.connect / smtp.connect log in with: the decrypted password, or an OAuthLogin."""
    if getattr(mailbox, "auth_kind", "password") == "oauth":
        return OAuthLogin(mailbox, vault, settings, session_factory)
    return vault.decrypt(mailbox.password_encrypted)


def sasl_initial_response(mechanism: str, user: str, token: str) -> bytes:
    """The SASL client response carrying the bearer token: XOAUTH2 (Google/Microsoft) or OAUTHBEARER (RFC 7628)."""
    if mechanism == "oauthbearer":
        return f"n,a={user},\x01auth=Bearer {token}\x01\x01".encode()
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


def b64(data: bytes) -> str:
    """Base64 text of bytes."""
    return base64.b64encode(data).decode("ascii")


def loopback_sign_in(p: Provider, deadline: float, show: Callable[[str], None]) -> Token:
    """Sign in through the system browser with a redirect to 127.0.0.1 (followup.mail.oauth_loopback)."""
    from followup.mail.oauth_loopback import sign_in

    return sign_in(p, deadline, show)
