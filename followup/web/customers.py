"""Customers: the list, and one customer's timeline, chart, quiet period, resume and limit overrides."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlmodel import col, func, or_, select

from followup import audit
from followup.clock import utcnow
from followup.config import format_duration, parse_duration
from followup.customers import MAX_QUIET_DAYS, confirm_possible, dismiss_possible, resume, set_quiet, summary
from followup.drafts import live_draft
from followup.exceptions import BadInput, FollowupError
from followup.models import LIVE_STATUSES, Customer, Draft
from followup.web import db_session, state
from followup.web.helpers import (contact_chart, parse_local_datetime, parse_optional_int, policy_decision, rep,
                                  team_customer_or_404, team_id, timeline)

bp = Blueprint("customers", __name__, url_prefix="/customers")
MAX_REASON = 500  # characters of a rep's reason kept in the audit


@bp.route("")
def index():
    """The team's customers, most recently in touch first, optionally filtered by name or address."""
    q = (request.args.get("q") or "").strip()
    query = select(Customer).where(Customer.team_id == team_id())
    if q:
        like = f"%{q.lower()}%"
        query = query.where(or_(func.lower(Customer.email).like(like), func.lower(Customer.name).like(like)))
    query = query.order_by(func.coalesce(Customer.last_inbound_at, Customer.last_outbound_at, Customer.created_at)
                           .desc()).limit(state().settings.web.queue_page_size)
    s = db_session()
    customers = list(s.exec(query))
    pending = dict(s.exec(select(Draft.customer_id, func.count()).where(
        Draft.team_id == team_id(), col(Draft.status).in_(LIVE_STATUSES)).group_by(Draft.customer_id)).all())
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


@bp.route("/<int:customer_id>/quiet", methods=["POST"])
def quiet(customer_id: int):
    """Hold every follow-up to the customer for some days or until a date."""
    customer = team_customer_or_404(customer_id)
    s = db_session()
    me = rep()
    tz = customer.timezone or state().settings.policy.default_timezone
    try:
        days = parse_optional_int(request.form.get("days", ""), "days", minimum=1)
        until_text = (request.form.get("until") or "").strip()
        if (days is None) == (not until_text):
            raise BadInput("give either a number of days or a date")
        if days is not None and days > MAX_QUIET_DAYS:
            raise BadInput(f"days: at most {MAX_QUIET_DAYS}")
        until = utcnow() + timedelta(days=days) if days else parse_local_datetime(until_text, tz, "until")
        set_quiet(s, customer, until, reason=(request.form.get("reason") or "").strip()[:500],
                  actor_id=me.id, actor=me.email)
        s.commit()
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot set a quiet period: {exc}", "error")
        return _back(customer_id)
    flash("Quiet period set.", "ok")
    return _back(customer_id)


@bp.route("/<int:customer_id>/resume", methods=["POST"])
def resume_customer(customer_id: int):
    """Lift the customer's quiet period, pause and opt-out; an opt-out only when confirmed, with a reason (audited)."""
    customer = team_customer_or_404(customer_id)
    s = db_session()
    me = rep()
    reason = (request.form.get("reason") or "").strip()[:MAX_REASON]
    if customer.status == "do_not_contact" and (request.form.get("confirm") != "yes" or not reason):
        flash("Cannot lift the opt-out: tick the confirmation and say why (e.g. the customer asked to hear from "
              "you again).", "error")
        return _back(customer_id)
    undone = resume(s, customer, actor_id=me.id, actor=me.email, reason=reason)
    s.commit()
    flash(f"Resumed: {undone} wish(es) lifted.", "ok")
    return _back(customer_id)


def _back_to_draft_or_customer(customer: Customer):
    """To the draft page the form came from (a draft of this customer), else the customer's page."""
    draft_id = (request.form.get("draft_id") or "").strip()
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
    s = db_session()
    me = rep()
    try:
        wish = settle(s, customer, request.form.get("wish_id", ""), actor_id=me.id, actor=me.email)
        s.commit()
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot {verb}: {exc}", "error")
        return _back_to_draft_or_customer(customer)
    flash(done(wish), "ok")
    return _back_to_draft_or_customer(customer)


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
    from followup.outbound.policy import SendWindow, check_limits

    customer = team_customer_or_404(customer_id)
    s = db_session()
    me = rep()
    form = request.form
    try:
        max_per_window = parse_optional_int(form.get("max_per_window", ""), "max per window", minimum=1)
        window = _duration_seconds(form.get("window", ""), "window")
        min_gap = _duration_seconds(form.get("min_gap", ""), "min gap")
        try:  # the bounds the outbox applies, so a value saved here never stops a send (invariant 7)
            check_limits(max_per_window, *(None if v is None else timedelta(seconds=v) for v in (window, min_gap)))
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        send_window = (form.get("send_window") or "").strip() or None
        if send_window:
            try:
                send_window = str(SendWindow.parse(send_window))
            except ValueError as exc:
                raise BadInput(f"send window: {exc}") from None
    except FollowupError as exc:
        flash(f"Cannot save limits: {exc}", "error")
        return _back(customer_id)
    customer.max_per_window, customer.window_seconds = max_per_window, window
    customer.min_gap_seconds, customer.send_window = min_gap, send_window
    s.add(customer)
    audit.record(s, "customer.limits", team_id=customer.team_id, entity="customer", entity_id=customer.id,
                 actor_id=me.id, actor=me.email, max_per_window=max_per_window, window_seconds=window,
                 min_gap_seconds=min_gap, send_window=send_window)
    s.commit()
    flash("Limits saved.", "ok")
    return _back(customer_id)
