"""Connect a mailbox with OAuth 2.0: the connect page, the provider's sign-in (code + PKCE + state), the callback.

The callback tests IMAP and SMTP with the new token before anything is saved and names what failed.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from sqlmodel import select

from followup.exceptions import BadInput, FollowupError
from followup.mail import oauth
from followup.models import Mailbox
from followup.web import db_session, state
from followup.web.access import rep, team_mailbox_or_404

bp = Blueprint("oauth", __name__, url_prefix="/mailboxes/oauth")
PENDING = "oauth_sign_in"  # the Flask session key holding the sign-in under way


@bp.app_context_processor
def offered_providers():
    """The providers the mailboxes page offers a "Connect ..." link for."""
    return {"oauth_offered": lambda: oauth.offered(state().settings)}


def _provider_or_404(name: str) -> oauth.Provider:
    """The configured provider, or 404 when the admin has not set it up."""
    try:
        return oauth.provider(state().settings, name)
    except FollowupError:
        abort(404)


def _redirect_uri(p: oauth.Provider) -> str:
    """The callback URL registered with the provider ([oauth.<name>] redirect_uri, else this server's own)."""
    return p.redirect_uri or url_for("oauth.callback", _external=True)


def _page(p: oauth.Provider, form: dict, box: Mailbox | None = None, checks=None, status: int = 200):
    """The connect page; its CSP lets the form go on to the provider's sign-in page."""
    parts = urlsplit(p.authorize_url)
    response = render_template("mailboxes/oauth.html", provider=p, form=form, box=box, checks=checks or [])
    csp_origin = f"{parts.scheme}://{parts.netloc}"
    from followup.web import CSP

    return response, status, {"Content-Security-Policy": CSP.replace("form-action 'self'",
                                                                     f"form-action 'self' {csp_origin}")}


@bp.get("/<provider_name>")
def connect_page(provider_name: str):
    """The "Connect Microsoft 365" (Google, ...) page: the mailbox's name and address, then the provider."""
    p = _provider_or_404(provider_name)
    box = team_mailbox_or_404(int(request.args["mailbox"])) if request.args.get("mailbox", "").isdigit() else None
    form = {"name": box.name if box else "", "email_address": box.email_address if box else rep().email}
    return _page(p, form, box)


@bp.post("/<provider_name>")
def start(provider_name: str):
    """Begin the authorization code flow: remember state and PKCE verifier, send the rep to the provider."""
    p = _provider_or_404(provider_name)
    box = team_mailbox_or_404(int(request.form["mailbox"])) if request.form.get("mailbox", "").isdigit() else None
    form = {"name": (request.form.get("name") or "").strip(),
            "email_address": (request.form.get("email_address") or "").strip()}
    try:
        if box is None:
            draft = oauth.draft_mailbox(p, form["name"], form["email_address"], rep())
            if not draft.name or len(draft.name) > 100:
                raise BadInput(f"mailbox name: {draft.name!r} must be 1 to 100 characters")
            if db_session().exec(select(Mailbox.id).where(Mailbox.name == draft.name,
                                                          Mailbox.team_id == draft.team_id)).first() is not None:
                raise BadInput(f"mailbox {draft.name} already exists")
        redirect_uri = _redirect_uri(p)
        url, sign_in_state, verifier = oauth.authorization_url(p, redirect_uri)
    except FollowupError as exc:
        flash(f"Cannot connect the mailbox: {exc}", "error")
        return _page(p, form, box, status=400)
    session[PENDING] = {"state": sign_in_state, "verifier": verifier, "provider": p.name,
                        "redirect_uri": redirect_uri, "mailbox_id": box.id if box else None,
                        "name": box.name if box else form["name"],
                        "email_address": box.email_address if box else (form["email_address"] or rep().email)}
    return redirect(url)


@bp.get("/callback")
def callback():
    """The provider's answer: check state, trade the code, test IMAP and SMTP with the token, then save."""
    pending = session.pop(PENDING, None)
    try:
        oauth.check_state(pending and pending.get("state"), request.args.get("state"))
    except FollowupError as exc:
        return render_template("error.html", title="Sign-in refused", text=str(exc)), 400
    p = _provider_or_404(pending["provider"])
    form = {"name": pending["name"], "email_address": pending["email_address"]}
    box = team_mailbox_or_404(pending["mailbox_id"]) if pending.get("mailbox_id") else None
    if request.args.get("error"):
        flash(f"{p.label} did not sign you in: {request.args['error']}"
              + (f" ({request.args.get('error_description')})" if request.args.get("error_description") else ""),
              "error")
        return _page(p, form, box, status=400)
    st = state()
    try:
        token = oauth.exchange_code(p, pending["redirect_uri"], request.args.get("code", ""), pending["verifier"])
        draft = oauth.draft_mailbox(p, form["name"], form["email_address"], rep())
        if box is not None:
            draft.aliases, draft.extra_folders = box.aliases, box.extra_folders
        from followup.mail.imap import test_mailbox

        checks = test_mailbox(draft, oauth.FixedToken(draft, p, token), st.settings.sync.timeout.total_seconds())
        failed = [(c, d) for c, ok, d in checks if not ok]
        if failed:
            flash("Signed in, but nothing was saved: " + "; ".join(f"{c}: {d}" for c, d in failed), "error")
            return _page(p, form, box, checks=checks, status=400)
        s = db_session()
        saved = oauth.save_mailbox(s, st.vault, draft, token, actor=rep().email)
        s.commit()
    except FollowupError as exc:
        db_session().rollback()
        flash(f"Cannot connect the mailbox: {exc}", "error")
        return _page(p, form, box, status=400)
    flash(f"Mailbox {saved.name} {'reconnected' if box else 'connected'} with {p.label}: IMAP and SMTP work.", "ok")
    return redirect(url_for("mailboxes.index"))
