"""The approval queue and the draft page: edit, approve, reject, snooze; an optional "send approved now"."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlmodel import col, func, select

from followup.clock import utcnow
from followup.customers import possible_wish_dicts
from followup.composition import slots
from followup.exceptions import FollowupError
from followup.models import DRAFT_STATUSES, Customer, Draft
from followup.web import db_session, state
from followup.web.helpers import (live_grounding, parse_local_datetime, policy_decision, rep, rep_timezone,
                                  source_views, team_draft_or_404, team_id)

bp = Blueprint("drafts", __name__, url_prefix="/drafts")
FILTERS = ("pending", "approved", "held", "all") + tuple(s for s in DRAFT_STATUSES if s not in ("pending", "approved"))


def _approval():
    """followup.approval, or None while it has not landed (integration point, issue 6)."""
    try:
        from followup import approval
    except ImportError:
        return None
    return approval


@bp.route("")
def queue():
    """Drafts of the team, what is due first, filtered by status, one page at a time."""
    status = request.args.get("status", "pending")
    if status not in FILTERS:
        status = "pending"
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    size = state().settings.web.queue_page_size
    where = [Draft.team_id == team_id()]
    if status == "held":
        where += [Draft.status == "approved", col(Draft.hold_reason).is_not(None)]
    elif status != "all":
        where.append(Draft.status == status)
    s = db_session()
    total = s.exec(select(func.count()).select_from(Draft).where(*where)).one()
    page = min(page, max((total + size - 1) // size, 1))  # past the last page: the last page (no huge OFFSET)
    rows = s.exec(
        select(Draft.id, Draft.subject, Draft.status, Draft.hold_reason, Draft.not_before, Draft.created_at,
               Draft.reason, Draft.grounded, Customer.id.label("customer_id"),
               Customer.name.label("customer_name"), Customer.email.label("customer_email"),
               Customer.status.label("customer_status"))
        .join(Customer, Customer.id == Draft.customer_id).where(*where)
        .order_by(col(Draft.not_before).is_(None).desc(), Draft.not_before, Draft.created_at, Draft.id)
        .offset((page - 1) * size).limit(size)).all()
    counts = dict(s.exec(select(Draft.status, func.count()).where(Draft.team_id == team_id())
                         .group_by(Draft.status)).all())
    counts["held"] = s.exec(select(func.count()).select_from(Draft).where(
        Draft.team_id == team_id(), Draft.status == "approved", col(Draft.hold_reason).is_not(None))).one()
    return render_template("drafts/queue.html", rows=rows, status=status, filters=FILTERS, page=page,
                           pages=max((total + size - 1) // size, 1), total=total, counts=counts,
                           tz=rep_timezone())


@bp.route("/<int:draft_id>")
def show(draft_id: int):
    """The draft beside its sources, its grounding report and the policy state."""
    draft, customer = team_draft_or_404(draft_id)
    s = db_session()
    decision = policy_decision(s, customer, draft)
    return render_template("drafts/show.html", draft=draft, customer=customer, sources=source_views(s, draft),
                           grounding=live_grounding(s, draft, customer), decision=decision,
                           tz=customer.timezone or state().settings.policy.default_timezone,
                           editable=draft.status in ("pending", "approved"),
                           possible=possible_wish_dicts(s, customer) if draft.status in ("pending", "approved") else [],
                           slots=slots(draft.body), conversation=draft.state or {},
                           snooze_default=(utcnow() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"))


def _act(draft_id: int, verb: str, call) -> object:
    """Run one approval step, commit, and report it; a refused transition is a form error on the draft page."""
    approval = _approval()
    if approval is None:
        flash(f"Cannot {verb} yet: the approval module is not installed.", "error")
        return redirect(url_for("drafts.show", draft_id=draft_id))
    draft, _customer = team_draft_or_404(draft_id)
    s = db_session()
    try:
        call(approval, s, draft, rep())
        s.commit()
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot {verb}: {exc}", "error")
        return redirect(url_for("drafts.show", draft_id=draft_id))
    return None


@bp.route("/<int:draft_id>/decide", methods=["POST"])
def decide(draft_id: int):
    """Approve the text in the form (edited or not), or save the edit and keep the draft pending."""
    subject = request.form.get("subject", "")
    body = request.form.get("body", "").replace("\r\n", "\n")
    if request.form.get("action") == "approve":
        failed = _act(draft_id, "approve", lambda a, s, d, u: a.approve(s, d, u, subject=subject, body=body))
        if failed:
            return failed
        flash(f"Draft {draft_id} approved; it goes out when the policy allows.", "ok")
        return redirect(url_for("drafts.queue"))
    failed = _act(draft_id, "save", lambda a, s, d, u: a.edit(s, d, u, subject=subject, body=body))
    if failed:
        return failed
    flash(f"Draft {draft_id} saved; approve it when it reads right.", "ok")
    return redirect(url_for("drafts.show", draft_id=draft_id))


@bp.route("/<int:draft_id>/reject", methods=["POST"])
def reject(draft_id: int):
    """Reject the draft; it will never be sent."""
    failed = _act(draft_id, "reject", lambda a, s, d, u: a.reject(s, d, u))
    if failed:
        return failed
    flash(f"Draft {draft_id} rejected.", "ok")
    return redirect(url_for("drafts.queue"))


@bp.route("/<int:draft_id>/snooze", methods=["POST"])
def snooze(draft_id: int):
    """Put the draft out of the way until a time the rep picks (in the rep's zone)."""
    try:
        until = parse_local_datetime(request.form.get("until", ""), rep_timezone(), "snooze until")
    except FollowupError as exc:
        flash(f"Cannot snooze: {exc}", "error")
        return redirect(url_for("drafts.show", draft_id=draft_id))
    failed = _act(draft_id, "snooze", lambda a, s, d, u: a.snooze(s, d, u, until))
    if failed:
        return failed
    flash(f"Draft {draft_id} snoozed.", "ok")
    return redirect(url_for("drafts.queue"))


@bp.route("/<int:draft_id>/without-history", methods=["POST"])
def without_history(draft_id: int):
    """The rep's explicit choice to send this draft without waiting for the mailbox's older history."""
    from followup.history import override

    failed = _act(draft_id, "override", lambda a, s, d, u: override(s, d, u))
    if failed:
        return failed
    flash(f"Draft {draft_id} will not wait for the older mail to be read.", "ok")
    return redirect(url_for("drafts.show", draft_id=draft_id))


@bp.route("/send", methods=["POST"])
def send_now():
    """Run the outbox once now for the rep's team only (its drafts, its mailboxes' errors)."""
    try:
        from followup.outbox import send_due
    except ImportError:
        flash("Sending is not available yet: the outbox module is not installed.", "error")
        return redirect(url_for("drafts.queue", status="approved"))
    st = state()
    try:
        result = send_due(st.db, st.vault, st.settings, team_id=rep().team_id)
    except FollowupError as exc:
        flash(f"Send failed: {exc}", "error")
        return redirect(url_for("drafts.queue", status="approved"))
    sent, held, failed = (len(result.get(k) or []) for k in ("sent", "held", "failed"))
    errors = "; ".join(str(e.get("error")) for e in result.get("errors") or [])
    flash(f"Sent {sent}, held {held}, failed {failed}." + (f" Not tried: {errors}" if errors else ""),
          "error" if failed or errors else "ok")
    return redirect(url_for("drafts.queue", status="approved"))


@bp.route("/prepare", methods=["POST"])
def prepare_now():
    """Prepare drafts for the team's customers now instead of waiting for the scheduler."""
    from followup.prepare import prepare_drafts

    st = state()
    ids = list(db_session().exec(select(Customer.id).where(Customer.team_id == team_id())))
    result = prepare_drafts(st.db, st.settings, customer_ids=ids)
    flash(f"Prepared {len(result['created'])} draft(s); {len(result['skipped'])} customer(s) need none now.", "ok")
    return redirect(url_for("drafts.queue"))
