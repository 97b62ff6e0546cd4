"""Customers: the list, and one customer's timeline, chart, quiet period, resume and limit overrides."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for

from followup.clock import utcnow
from followup.config import format_duration, parse_duration
from followup.customers import (
    MAX_QUIET_DAYS,
    confirm_possible,
    dismiss_possible,
    resume,
    set_limits,
    set_quiet,
    summary,
    team_customers,
)
from followup.drafts import live_counts, live_draft
from followup.exceptions import BadInput, FollowupError
from followup.models import Customer, Draft
from followup.web import db_session, state
from followup.web.access import rep, team_customer_or_404, team_id
from followup.web.forms import LimitsForm, PossibleWishForm, QuietForm, ResumeForm
from followup.web.formvalues import parse_local_datetime, parse_optional_int
from followup.web.sending import policy_decision
from followup.web.timeline import contact_chart, timeline

bp = Blueprint("customers", __name__, url_prefix="/customers")


@bp.route("")
def index():
    """The team's customers, most recently in touch first, optionally filtered by name or address."""
    q = (request.args.get("q") or "").strip()
    s = db_session()
    customers = team_customers(s, team_id(), q, limit=state().settings.web.queue_page_size)
    pending = live_counts(s, team_id())
    return render_template("customers/index.html", customers=customers, pending=pending, q=q, now=utcnow())


@bp.route("/<int:customer_id>")
def show(customer_id: int):
    """History, wishes with quotes, quiet period, status, limits and a contacts chart."""
    customer = team_customer_or_404(customer_id)
    s = db_session()
    settings = state().settings.policy
    info = summary(s, customer, settings.default_timezone)
    overrides = {
        "max_per_window": customer.max_per_window if customer.max_per_window is not None else "",
        "window": format_duration(timedelta(seconds=customer.window_seconds)) if customer.window_seconds else "",
        "min_gap": format_duration(timedelta(seconds=customer.min_gap_seconds)) if customer.min_gap_seconds else "",
        "send_window": customer.send_window or "",
    }
    defaults = {"max_per_window": settings.max_per_window, "window": format_duration(settings.window),
                "min_gap": format_duration(settings.min_gap), "send_window": settings.send_window}
    return render_template("customers/show.html", customer=customer, info=info, events=timeline(s, customer),
                           chart=contact_chart(s, customer), decision=policy_decision(s, customer, None),
                           draft=live_draft(s, customer.id), overrides=overrides, defaults=defaults,
                           tz=info["timezone"])


def _back(customer_id: int):
    """Back to the customer's page."""
    return redirect(url_for("customers.show", customer_id=customer_id))


def _change(change, cannot: str, done, back):
    """Run change(session, rep) and commit; flash 'Cannot ...: why' (nothing kept) or done(result); then back()."""
    s = db_session()
    try:
        result = change(s, rep())
        s.commit()
    except FollowupError as exc:
        s.rollback()
        flash(f"{cannot}: {exc}", "error")
        return back()
    flash(done(result), "ok")
    return back()


@bp.route("/<int:customer_id>/quiet", methods=["POST"])
def quiet(customer_id: int):
    """Hold every follow-up to the customer for some days or until a date."""
    customer = team_customer_or_404(customer_id)
    tz = customer.timezone or state().settings.policy.default_timezone
    form = QuietForm()

    def change(s, me):
        """The quiet period the form asks for."""
        days = parse_optional_int(form.days.data, "days", minimum=1)
        if (days is None) == (not form.until.data):
            raise BadInput("give either a number of days or a date")
        if days is not None and days > MAX_QUIET_DAYS:
            raise BadInput(f"days: at most {MAX_QUIET_DAYS}")
        until = utcnow() + timedelta(days=days) if days else parse_local_datetime(form.until.data, tz, "until")
        set_quiet(s, customer, until, reason=form.reason.data, actor_id=me.id, actor=me.email)

    return _change(change, "Cannot set a quiet period", lambda _: "Quiet period set.", lambda: _back(customer_id))


@bp.route("/<int:customer_id>/resume", methods=["POST"])
def resume_customer(customer_id: int):
    """Lift the customer's quiet period, pause and opt-out; an opt-out only when confirmed, with a reason (audited)."""
    customer = team_customer_or_404(customer_id)
    s = db_session()
    me = rep()
    form = ResumeForm()
    reason = form.reason.data
    if customer.status == "do_not_contact" and (form.confirm.data != "yes" or not reason):
        flash("Cannot lift the opt-out: tick the confirmation and say why (e.g. the customer asked to hear from "
              "you again).", "error")
        return _back(customer_id)
    undone = resume(s, customer, actor_id=me.id, actor=me.email, reason=reason)
    s.commit()
    flash(f"Resumed: {undone} wish(es) lifted.", "ok")
    return _back(customer_id)


def _back_to_draft_or_customer(customer: Customer):
    """To the draft page the form came from (a draft of this customer), else the customer's page."""
    draft_id = PossibleWishForm().draft_id.data
    if draft_id.isdigit():
        draft = db_session().get(Draft, int(draft_id))
        if draft is not None and draft.customer_id == customer.id:
            return redirect(url_for("drafts.show", draft_id=draft.id))
    return _back(customer.id)


@bp.route("/<int:customer_id>/possible/confirm", methods=["POST"])
def confirm_possible_wish(customer_id: int):
    """Apply a possible wish with its quote."""
    return _settle_possible(customer_id, confirm_possible, "confirm", lambda w: f"Confirmed: {w.kind} applied.")


@bp.route("/<int:customer_id>/possible/dismiss", methods=["POST"])
def dismiss_possible_wish(customer_id: int):
    """Drop a possible wish (audited)."""
    return _settle_possible(customer_id, dismiss_possible, "dismiss", lambda w: f"Dismissed: possible {w.kind}.")


def _settle_possible(customer_id: int, settle, verb: str, done):
    """Confirm or dismiss the form's possible wish of a customer of the rep's team, then go back."""
    customer = team_customer_or_404(customer_id)
    wish_id = PossibleWishForm().wish_id.data
    return _change(lambda s, me: settle(s, customer, wish_id, actor_id=me.id, actor=me.email), f"Cannot {verb}",
                   done, lambda: _back_to_draft_or_customer(customer))


def _duration_seconds(value: str, what: str) -> int | None:
    """An optional duration form field ('48h', '7d') in seconds; BadInput when unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        seconds = int(parse_duration(value).total_seconds())
    except ValueError as exc:
        raise BadInput(f"{what}: {exc}") from None
    return seconds


@bp.route("/<int:customer_id>/limits", methods=["POST"])
def limits(customer_id: int):
    """Set or clear the customer's own max_per_window, window, min_gap and send_window (empty = default)."""
    customer = team_customer_or_404(customer_id)
    form = LimitsForm()

    def change(s, me):
        """The limits the form gives (an empty field: the default)."""
        set_limits(s, customer, max_per_window=parse_optional_int(form.max_per_window.data, "max per window", minimum=1),
                   window_seconds=_duration_seconds(form.window.data, "window"),
                   min_gap_seconds=_duration_seconds(form.min_gap.data, "min gap"),
                   send_window=form.send_window.data or None, actor_id=me.id, actor=me.email)

    return _change(change, "Cannot save limits", lambda _: "Limits saved.", lambda: _back(customer_id))
