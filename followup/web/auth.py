"""Login and logout (Flask-Login), with failed logins rate-limited per account and per client address.

The account limit refuses even the right password (a guessed account stays locked for the window); the
client limit lets the right password through, because behind a proxy or in one office many reps share one
address and one attacker must not lock them all out. A session carries its rep's session generation: logout
and a password change bump it, which ends every copy of every session of that rep.
"""
from __future__ import annotations

import secrets
from functools import cache

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, UserMixin, current_user, login_required, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash

from followup.db import MAX_ID
from followup.exceptions import BadInput
from followup.models import User
from followup.users import add_user, authenticate, end_sessions, failed_logins, find_user, has_users, record_login
from followup.web import db_session, state
from followup.web.access import safe_next, team_has_mailbox
from followup.web.forms import LoginForm, SetupForm

bp = Blueprint("auth", __name__)
GENERATION_KEY = "gen"  # the rep's session generation when this session began
# every page but these needs a logged-in rep; /healthz answers monitors and load balancers
PUBLIC_ENDPOINTS = frozenset({"auth.login", "auth.setup", "static", "health.healthz"})


@cache
def _dummy_hash() -> str:
    """A password hash to check against when the address is unknown (no timing difference to probe)."""
    return generate_password_hash(secrets.token_hex(16))


class Rep(UserMixin):
    """The logged-in rep as Flask-Login sees it: a detached copy of the fields pages need."""

    def __init__(self, user: User):
        self.id = user.id
        self.team_id = user.team_id
        self.email = user.email
        self.name = user.name
        self.timezone = user.timezone


def init_login(app) -> None:
    """Attach Flask-Login: reps load by id; anonymous visitors go to /login with a relative next=."""
    manager = LoginManager(app)
    manager.session_protection = "basic"

    @manager.user_loader
    def load(user_id: str):
        """The active rep with this id, or None (logged out)."""
        if not user_id.isdigit() or int(user_id) > MAX_ID:  # a larger id would overflow the database
            return None
        user = db_session().get(User, int(user_id))
        if user is None or not user.is_active or session.get(GENERATION_KEY) != user.session_generation:
            return None  # logged out (here or elsewhere) or password changed since this session began
        return Rep(user)

    @manager.unauthorized_handler
    def unauthorized():
        """To /login, remembering a GET page as a relative next=."""
        if request.method == "GET":
            target = request.full_path.rstrip("?")
            return redirect(url_for("auth.login", next=target))
        return redirect(url_for("auth.login"))

    @app.before_request
    def require_login():
        """Refuse every endpoint but /login and static files to anonymous visitors."""
        if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
            return None
        if not current_user.is_authenticated:
            return manager.unauthorized()
        return None


@bp.route("/")
@login_required
def index():
    """The queue, or the mailbox page while the team has no mailbox yet."""
    if team_has_mailbox(db_session(), current_user.team_id):
        return redirect(url_for("drafts.queue"))
    return redirect(url_for("mailboxes.index"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Show the login form; on POST check the rate limit, then the password."""
    target = safe_next(request.values.get("next"))
    if current_user.is_authenticated:
        return redirect(target)
    if request.method == "GET":
        return render_template("login.html", next=target, email="", first_run=_no_rep_yet())
    web = state().settings.web
    form = LoginForm()
    email, password = form.email.data, form.password.data
    addr = request.remote_addr or ""
    s = db_session()
    by_account, by_client = failed_logins(s, email, addr, window=web.login_window)
    minutes = int(web.login_window.total_seconds() // 60)
    if by_account >= web.login_attempts:
        flash(f"Too many failed logins for this account. Try again in {minutes} minutes.", "error")
        return render_template("login.html", next=target, email=email), 429
    user = authenticate(s, email, password)
    if user is None and find_user(s, email) is None:
        check_password_hash(_dummy_hash(), password)  # an unknown address costs what a wrong password costs
    record_login(s, email, addr, ok=user is not None)
    s.commit()
    if user is None and by_client >= web.login_attempts_per_client:
        flash(f"Too many failed logins from your address. Try again in {minutes} minutes.", "error")
        return render_template("login.html", next=target, email=email), 429
    if user is None:
        flash("Wrong email or password.", "error")
        return render_template("login.html", next=target, email=email), 401
    _start_session(user)
    return redirect(target)


def _start_session(user: User) -> None:
    """A fresh session for the rep (no fixation), stamped with their current session generation."""
    session.clear()
    session.permanent = True
    session[GENERATION_KEY] = user.session_generation
    login_user(Rep(user))


@bp.route("/logout", methods=["POST"])
def logout():
    """End the session, and every copy of it: the rep's session generation moves on."""
    if current_user.is_authenticated:
        s = db_session()
        user = s.get(User, int(current_user.get_id()))
        if user is not None:
            end_sessions(s, user)
            s.commit()
    logout_user()
    session.clear()
    flash("Logged out.", "info")
    return redirect(url_for("auth.login"))


def _no_rep_yet() -> bool:
    """True on a fresh installation, before the first rep exists."""
    return not has_users(db_session())


@bp.route("/setup", methods=["GET", "POST"])
def setup():
    """First run only: create the first rep (who then connects a mailbox); gone once any rep exists."""
    if not _no_rep_yet():
        return redirect(url_for("auth.login"))
    posted = SetupForm()
    form = posted.values("name", "email", "timezone")
    form["timezone"] = form["timezone"] or state().settings.policy.default_timezone
    if request.method == "POST":
        s = db_session()
        try:
            user = add_user(s, form["email"], form["name"], posted.password.data, timezone=form["timezone"])
        except BadInput as exc:
            flash(str(exc), "error")
            return render_template("setup.html", form=form), 400
        s.commit()
        _start_session(user)
        return redirect(url_for("mailboxes.index"))
    return render_template("setup.html", form=form)
