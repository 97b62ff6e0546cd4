"""The web layer: one blueprint per user-facing area; a database session per request.

Security choices, in one place:
- Flask's SECRET_KEY is derived (HMAC) from the same secret as the mailbox vault, on the first request,
  so building the app stays cheap and `followup init` can still create the key file.
- The session cookie is HttpOnly and SameSite=Lax. It is marked Secure when the request came over https
  (request.is_secure, which is X-Forwarded-Proto only from a `[web] trusted_proxies` peer: followup.web.proxy)
  or when `[web] cookie_secure` is set. Rate limiting keys on the client address the same middleware decides.
- A session is valid only while its rep's session generation (in the database, bumped by logout and a
  password change) is the one it was issued with: a copied cookie dies with the session it was copied from.
- Request bodies are capped at `[web] max_request_bytes` (MAX_CONTENT_LENGTH here, waitress's body limit
  under serve); ids in URLs are bounded integers, so a huge one is a 404, not a database overflow.
- CSRFProtect guards every POST; every response carries CSP and the usual security headers.
"""
import hashlib
import hmac

from flask import Flask, current_app, g, has_request_context, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.routing import IntegerConverter

from followup import timing
from followup.db import MAX_ID, write_session

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


# POST endpoints whose work runs in sessions of its own (or waits on a mail server): their request session
# must not hold the SQLite write lock, or that work would wait for it.
OWN_SESSION_ENDPOINTS = frozenset({"drafts.send_now", "drafts.prepare_now", "mailboxes.sync", "mailboxes.test"})


def db_session():
    """The request's database session, opened on first use and closed on teardown.

    A POST writes after reading: on SQLite its transactions take the write lock at BEGIN (waiting up to
    busy_timeout), because a deferred transaction whose snapshot another writer has moved past fails at its
    first write with "database is locked" at once, without waiting (SQLITE_BUSY_SNAPSHOT under WAL).
    """
    if "db_session" not in g:
        db = current_app.extensions["followup"].db
        writes = has_request_context() and request.method == "POST" and request.endpoint not in OWN_SESSION_ENDPOINTS
        g.db_session = write_session(db.session, every_transaction=True) if writes else db.session()
    return g.db_session


def state():
    """The AppState (settings, db, vault) of the current app."""
    return current_app.extensions["followup"]


def _close_session() -> None:
    """Close and forget the request's session, user and CSRF token (tests share one app context)."""
    g.pop("_login_user", None)
    g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def derive_secret_key(secret: str) -> bytes:
    """The Flask signing key, separate from the vault's Fernet key though drawn from the same secret."""
    return hmac.new(secret.encode(), b"followup flask session", hashlib.sha256).digest()


def ensure_secret_key(app: Flask) -> None:
    """Set SECRET_KEY from the vault's secret the first time a request needs it (unless config gave one)."""
    if not app.config.get("SECRET_KEY"):
        from followup.secrets import load_secret

        settings = app.extensions["followup"].settings
        secret = load_secret(settings.secret(settings.web.secret_key_env), settings.data_path)
        app.config["SECRET_KEY"] = derive_secret_key(secret)


class SessionInterface(SecureCookieSessionInterface):
    """The signed-cookie session, Secure whenever the request came over https, keyed lazily."""

    def open_session(self, app: Flask, request):
        """Open the cookie session, deriving the signing key first if needed."""
        ensure_secret_key(app)
        return super().open_session(app, request)

    def get_cookie_secure(self, app: Flask) -> bool:
        """Secure by config, or by the scheme this request was served over (as a trusted proxy says)."""
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or (has_request_context() and request.is_secure)


class IdConverter(IntegerConverter):
    """Flask's int converter, bounded to what an id column can hold: a larger id cannot exist, and asking the
    database for it overflows, so the route does not match (404)."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def init_app(app: Flask) -> None:
    """Register the session teardown, security settings, login, CSRF and the blueprints."""
    from flask_wtf.csrf import CSRFProtect

    from followup.web import auth, customers, drafts, mailboxes, notes
    from followup.web import settings as rep_settings
    from followup.web.pages import register_errors, register_filters
    from followup.web.proxy import TrustedProxies

    settings = app.extensions["followup"].settings
    app.extensions["followup.web"] = True
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_NAME="followup_session",
                      PERMANENT_SESSION_LIFETIME=settings.web.session_lifetime,
                      WTF_CSRF_TIME_LIMIT=int(settings.web.session_lifetime.total_seconds()),
                      MAX_CONTENT_LENGTH=settings.web.max_request_bytes,
                      MAX_FORM_MEMORY_SIZE=settings.web.max_request_bytes)
    if settings.web.cookie_secure:
        app.config["SESSION_COOKIE_SECURE"] = True
    app.url_map.converters["int"] = IdConverter  # before the blueprints add their rules
    app.wsgi_app = TrustedProxies(app.wsgi_app, settings.web.trusted_proxies)
    app.session_interface = SessionInterface()
    app.jinja_env.autoescape = True  # every template, whatever its extension

    if timing.enabled():  # [app] timing_log: one line per request on where its time went
        app.before_request(timing.start)

    @app.teardown_request
    def close_request_session(_exc):
        """Per request, even when an outer app context lives on (tests)."""
        _close_session()
        if timing.enabled():
            timing.finish(f"{request.method} {request.endpoint}")

    @app.teardown_appcontext
    def close_session(_exc):
        """Per app context, for sessions opened outside a request."""
        _close_session()

    @app.after_request
    def security_headers(response):
        """CSP and the usual headers on every response; no caching of pages."""
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        return response

    CSRFProtect(app)
    auth.init_login(app)
    register_filters(app)
    register_errors(app)
    for module in (auth, drafts, customers, mailboxes, notes, rep_settings):
        app.register_blueprint(module.bp)
    from followup.web import oauth as oauth_web  # Connect Microsoft 365 / Google (issue 19)

    app.register_blueprint(oauth_web.bp)
    from followup.web import health  # /healthz, public (see auth.PUBLIC_ENDPOINTS)

    app.register_blueprint(health.bp)
