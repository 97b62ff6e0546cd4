"""Mailboxes: connect an IMAP + SMTP account, test it, sync it, and see sync state and quarantined mail."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, url_for

from followup.exceptions import BadInput, FollowupError
from followup.inbound.history import describe, progress
from followup.mailboxes import (
    SECURITY_MODES,
    add_mailbox,
    check_destination,
    check_mailbox_destinations,
    delete_mailbox,
    edit_mailbox,
    team_overview,
    validate_endpoint,
)
from followup.models import Mailbox
from followup.web import db_session, state
from followup.web.access import rep, team_id, team_mailbox_or_404
from followup.web.forms import MailboxEditForm, MailboxForm

bp = Blueprint("mailboxes", __name__, url_prefix="/mailboxes")
QUARANTINE_SHOWN = 50
FORM_FIELDS = ("name", "email_address", "username", "imap_host", "imap_port", "imap_security", "smtp_host",
               "smtp_port", "smtp_security")
EMPTY_FORM = {"imap_port": "993", "imap_security": "ssl", "smtp_port": "465", "smtp_security": "ssl"}


def _test_first(form: dict, password: str) -> list[tuple[str, bool, str]]:
    """Log in with the form's values before anything is stored (BadInput when a value is unusable)."""
    from followup.mail.imap import test_mailbox

    if not password:
        raise BadInput("password: empty")
    _check_form_destinations(form)
    probe = Mailbox(team_id=team_id(), owner_id=rep().id, name=form["name"] or "new", username=form["username"],
                    email_address=form["email_address"] or form["username"], password_encrypted="",
                    imap_host=form["imap_host"], imap_port=int(form["imap_port"]), imap_security=form["imap_security"],
                    smtp_host=form["smtp_host"], smtp_port=int(form["smtp_port"] or 0),
                    smtp_security=form["smtp_security"] or "none")
    check_mailbox_destinations(probe, state().settings.web, resolve=True)  # never connect where the form may not
    return [(c, bool(ok), d) for c, ok, d in test_mailbox(probe, password, state().settings.sync.timeout.total_seconds())]


def _page(form: dict | None = None, results: dict | None = None, status: int = 200, form_checks=None):
    """The mailbox page: every team mailbox with folders and quarantine, and the connect form."""
    s = db_session()
    overview = team_overview(s, team_id(), QUARANTINE_SHOWN)
    boxes = overview["boxes"]
    loading = {b.id: describe(progress(s, b.id)) for b in boxes}
    return render_template("mailboxes/index.html", sending_off=bool(boxes) and not any(b.smtp_host for b in boxes),
                           loading=loading, **overview, form=form or EMPTY_FORM, results=results or {}, modes=SECURITY_MODES,
                           shown=QUARANTINE_SHOWN, form_checks=form_checks), status


@bp.route("")
def index():
    """List the team's mailboxes and the connect form."""
    return _page()


def _port(value: str, what: str, allow_zero: bool = False) -> int:
    """A port number from the form; BadInput when it is not one."""
    value = (value or "").strip()
    if allow_zero and not value:
        return 0
    if not value.isdigit():
        raise BadInput(f"{what}: {value!r} is not a port number")
    return int(value)


def _check_form_destinations(form: dict) -> None:
    """Refuse servers the web form may not connect to (literal addresses and ports; names are looked up on test)."""
    web = state().settings.web
    rules = dict(private_hosts=web.mailbox_private_hosts, hosts=web.mailbox_hosts, ports=web.mailbox_ports,
                 resolve=False)
    imap_port = _port(form["imap_port"], "IMAP port")
    validate_endpoint("imap", form["imap_host"], imap_port, form["imap_security"])  # what is wrong first
    check_destination("imap", form["imap_host"], imap_port, **rules)
    if form["smtp_host"]:
        smtp_port = _port(form["smtp_port"], "SMTP port")
        validate_endpoint("smtp", form["smtp_host"], smtp_port, form["smtp_security"] or "none")
        check_destination("smtp", form["smtp_host"], smtp_port, **rules)


@bp.route("", methods=["POST"])
def connect():
    """Store a new mailbox for the logged-in rep; the password is encrypted and never shown again."""
    posted = MailboxForm()
    form, password = posted.values(*FORM_FIELDS), posted.password.data
    s = db_session()
    st = state()
    try:
        smtp_host = form["smtp_host"]
        _check_form_destinations(form)
        if not posted.save_anyway.data:
            checks = _test_first(form, password)
            if not all(ok for _check, ok, _detail in checks):
                flash("Not saved: the connection test failed (see below). Fix the settings, or tick “Save anyway”.",
                      "error")
                return _page(form=form, status=400, form_checks=checks)
        box = add_mailbox(s, st.vault, name=form["name"], owner=rep(), username=form["username"], password=password,
                          imap_host=form["imap_host"], imap_port=_port(form["imap_port"], "IMAP port"),
                          imap_security=form["imap_security"], smtp_host=smtp_host,
                          smtp_port=_port(form["smtp_port"], "SMTP port", allow_zero=not smtp_host),
                          smtp_security=form["smtp_security"] or "none",
                          email_address=form["email_address"] or None)
        s.commit()
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot connect the mailbox: {exc}", "error")
        return _page(form=form, status=400)
    flash(f"Mailbox {box.name} connected. Test the connection, then sync.", "ok")
    return redirect(url_for("mailboxes.index"))


@bp.route("/<int:mailbox_id>/test", methods=["POST"])
def test(mailbox_id: int):
    """Log in to IMAP and SMTP and show each check (integration point: followup.mail.imap.test_mailbox)."""
    box = team_mailbox_or_404(mailbox_id)
    from followup.mail.imap import test_mailbox

    st = state()
    try:
        check_mailbox_destinations(box, st.settings.web, resolve=True)  # just before connecting: names may move
        from followup.mail.oauth import login_for

        checks = test_mailbox(box, login_for(box, st.vault, st.settings, st.db.session),
                              st.settings.sync.timeout.total_seconds())
    except FollowupError as exc:
        checks = [("connection", False, str(exc))]
    return _page(results={box.id: [(c, bool(ok), d) for c, ok, d in checks]})


@bp.route("/<int:mailbox_id>/sync", methods=["POST"])
def sync(mailbox_id: int):
    """Fetch new mail from this mailbox now (integration point: followup.inbound.sync.sync_all)."""
    box = team_mailbox_or_404(mailbox_id)
    from followup.inbound.sync import sync_all

    st = state()
    try:
        check_mailbox_destinations(box, st.settings.web, resolve=True)
        result = sync_all(st.db, st.vault, st.settings, mailbox_id=box.id, history=False)
        if result.get("new_messages"):
            from followup.jobs import wake_job

            wake_job(current_app, "load_history")  # a first sync's older history is read in the background
    except FollowupError as exc:
        flash(f"Sync of {box.name} failed: {exc}", "error")
        return redirect(url_for("mailboxes.index"))
    errors = [m["error"] for m in result.get("mailboxes") or [] if m.get("error")]
    if errors:
        flash(f"Sync of {box.name} failed: {'; '.join(errors)}", "error")
    else:
        prepared = _prepare_after_sync(box.team_id) if result.get("new_messages") else ""
        flash(f"Synced {box.name}: {result.get('new_messages', 0)} new message(s), "
              f"{result.get('quarantined', 0)} quarantined.{prepared}", "ok")
    return redirect(url_for("mailboxes.index"))


def _prepare_after_sync(team: int) -> str:
    """Prepare the team's drafts from the mail just synced (the queue fills now, not at the scheduler's next run)."""
    from followup.drafting.prepare import prepare_team

    st = state()
    try:
        created = prepare_team(st.db, st.settings, team)["created"]
    except FollowupError as exc:
        return f" Drafts could not be prepared: {exc}"
    return f" {len(created)} draft(s) prepared: see the queue." if created else ""


@bp.route("/<int:mailbox_id>/delete", methods=["POST"])
def delete(mailbox_id: int):
    """Remove a mailbox that never brought in mail (a failed set-up); one with history stays (audited)."""
    box = team_mailbox_or_404(mailbox_id)
    s = db_session()
    me = rep()
    try:
        delete_mailbox(s, box, actor_id=me.id, actor=me.email)
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot delete {box.name}: {exc}", "error")
        return redirect(url_for("mailboxes.index"))
    s.commit()
    flash(f"Mailbox {box.name} deleted.", "ok")
    return redirect(url_for("mailboxes.index"))


@bp.route("/<int:mailbox_id>/edit", methods=["POST"])
def edit(mailbox_id: int):
    """Change a mailbox's servers or login (an empty password keeps the stored one); audited."""
    box = team_mailbox_or_404(mailbox_id)
    posted = MailboxEditForm()
    form = posted.values(*(k for k in FORM_FIELDS if k != "name"))
    s = db_session()
    me = rep()
    try:
        _check_form_destinations(form)
        edit_mailbox(s, state().vault, box, username=form["username"], imap_host=form["imap_host"],
                     imap_port=int(form["imap_port"]), imap_security=form["imap_security"],
                     smtp_host=form["smtp_host"], smtp_port=int(form["smtp_port"] or 0) if form["smtp_host"] else 0,
                     smtp_security=form["smtp_security"], password=posted.password.data, actor_id=me.id,
                     actor=me.email)
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot save {box.name}: {exc}", "error")
        return redirect(url_for("mailboxes.index"))
    s.commit()
    flash(f"Mailbox {box.name} saved. Test the connection again.", "ok")
    return redirect(url_for("mailboxes.index"))
