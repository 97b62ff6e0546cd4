"""Login and logout (Flask-Login), with failed logins rate-limited per address and per client."""
from __future__ import annotations

import secrets
from functools import cache

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, UserMixin, current_user, login_required, login_user, logout_user

from sqlmodel import select
from werkzeug.security import check_password_hash, generate_password_hash

from followup.models import User
from followup.exceptions import BadInput
from followup.users import add_user, authenticate
from followup.web import db_session, state
from followup.web.helpers import login_blocked, record_login, safe_next, team_has_mailbox

bp = Blueprint("auth", __name__)
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
        if not user_id.isdigit():
            return None
        user = db_session().get(User, int(user_id))
        return Rep(user) if user is not None and user.is_active else None

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
    email = (request.form.get("email") or "").strip().lower()[:320]
    password = request.form.get("password") or ""
    addr = request.remote_addr or ""
    s = db_session()
    if login_blocked(s, email, addr, limit=web.login_attempts, window=web.login_window):
        minutes = int(web.login_window.total_seconds() // 60)
        flash(f"Too many failed logins. Try again in {minutes} minutes.", "error")
        return render_template("login.html", next=target, email=email), 429
    user = authenticate(s, email, password)
    if user is None and s.exec(select(User.id).where(User.email == email)).first() is None:
        check_password_hash(_dummy_hash(), password)  # an unknown address costs what a wrong password costs
    record_login(s, email, addr, ok=user is not None)
    s.commit()
    if user is None:
        flash("Wrong email or password.", "error")
        return render_template("login.html", next=target, email=email), 401
    session.clear()  # a fresh session on every login (no fixation)
    session.permanent = True
    login_user(Rep(user))
    return redirect(target)


@bp.route("/logout", methods=["POST"])
def logout():
    """End the session."""
    logout_user()
    session.clear()
    flash("Logged out.", "info")
    return redirect(url_for("auth.login"))


def _no_rep_yet() -> bool:
    """True on a fresh installation, before the first rep exists."""
    return db_session().exec(select(User.id).limit(1)).first() is None


@bp.route("/setup", methods=["GET", "POST"])
def setup():
    """First run only: create the first rep (who then connects a mailbox); gone once any rep exists."""
    if not _no_rep_yet():
        return redirect(url_for("auth.login"))
    form = {"name": request.form.get("name", "").strip(), "email": request.form.get("email", "").strip()}
    if request.method == "POST":
        s = db_session()
        try:
            user = add_user(s, form["email"], form["name"], request.form.get("password") or "")
        except BadInput as exc:
            flash(str(exc), "error")
            return render_template("setup.html", form=form), 400
        s.commit()
        session.clear()
        session.permanent = True
        login_user(Rep(user))
        return redirect(url_for("mailboxes.index"))
    return render_template("setup.html", form=form)
