"""A call note in a few seconds: the customer picked by typing (a datalist, no JavaScript needed)."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlmodel import func, select

from followup.clock import utcnow
from followup.exceptions import BadInput, FollowupError
from followup.models import Customer
from followup.notes import add_note
from followup.web import db_session
from followup.web.helpers import parse_local_datetime, rep, rep_timezone, team_id

bp = Blueprint("notes", __name__, url_prefix="/notes")
DATALIST_LIMIT = 2000
FUTURE_SLACK_MINUTES = 5


def _form(values: dict, status: int = 200):
    """The note form with the team's customers offered as the rep types."""
    customers = db_session().exec(select(Customer.email, Customer.name).where(Customer.team_id == team_id())
                                  .order_by(Customer.name, Customer.email).limit(DATALIST_LIMIT)).all()
    return render_template("notes/new.html", customers=customers, values=values, tz=rep_timezone()), status


def _customer_email(typed: str) -> str:
    """The address of the customer typed as 'Dana Demo <dana@...>', an address, or a name of the team's customers."""
    typed = typed.strip()
    if "@" in typed:
        return typed.rsplit("<", 1)[-1].rstrip(">").strip()
    if not typed:
        raise BadInput("customer: type a name or an address")
    found = db_session().exec(select(Customer.email).where(
        Customer.team_id == team_id(), func.lower(Customer.name) == typed.lower()).limit(2)).all()
    if not found:
        raise BadInput(f"customer: {typed!r} is not an email address, and no customer is named so; "
                       "type their address to add a new one")
    if len(found) > 1:
        raise BadInput(f"customer: several customers are named {typed!r}; pick one from the suggestions")
    return found[0]


@bp.route("/new")
def new():
    """The empty form (?customer=EMAIL fills the customer in)."""
    return _form({"customer": request.args.get("customer", ""), "text": "", "at": ""})


@bp.route("/new", methods=["POST"])
def create():
    """Store the note for the customer (created in the team when new) and show the customer."""
    values = {k: (request.form.get(k) or "").strip() for k in ("customer", "text", "at")}
    s = db_session()
    me = rep()
    try:
        email = _customer_email(values["customer"])
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
