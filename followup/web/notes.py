"""A call note in a few seconds: the customer picked by typing (a datalist, no JavaScript needed)."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from followup.clock import utcnow
from followup.customers import customer_choices, typed_customer_email
from followup.exceptions import BadInput, FollowupError
from followup.notes import add_note
from followup.web import db_session
from followup.web.access import rep, rep_timezone, team_id
from followup.web.forms import NoteForm
from followup.web.formvalues import parse_local_datetime

bp = Blueprint("notes", __name__, url_prefix="/notes")
DATALIST_LIMIT = 2000
FUTURE_SLACK_MINUTES = 5


def _form(values: dict, status: int = 200):
    """The note form with the team's customers offered as the rep types."""
    customers = [{"email": email, "name": name}
                 for email, name in customer_choices(db_session(), team_id(), DATALIST_LIMIT)]
    return render_template("notes/new.html", customers=customers, values=values, tz=rep_timezone()), status


@bp.route("/new")
def new():
    """The empty form (?customer=EMAIL fills the customer in)."""
    return _form(NoteForm(data={"customer": request.args.get("customer", "")}).values())


@bp.route("/new", methods=["POST"])
def create():
    """Store the note for the customer (created in the team when new) and show the customer."""
    values = NoteForm().values()
    s = db_session()
    me = rep()
    try:
        email = typed_customer_email(s, team_id(), values["customer"])
        at = parse_local_datetime(values["at"], rep_timezone(), "when") if values["at"] else None
        if at and (at - utcnow()).total_seconds() > FUTURE_SLACK_MINUTES * 60:
            raise BadInput("when: the call is in the future")
        note = add_note(s, email, values["text"], at=at, author_id=me.id, team_id=me.team_id)
        s.commit()
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot save the note: {exc}", "error")
        return _form(values, status=400)
    flash("Note saved.", "ok")
    return redirect(url_for("customers.show", customer_id=note.customer_id))
