"""The approval queue and the draft page: edit, approve, reject, snooze; an optional "send approved now"."""
from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import sqlalchemy as sa
from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from sqlmodel import col, func, select

from followup import timing
from followup.clock import local_text, to_local, utcnow
from followup.customers import possible_wish_dicts
from followup.drafting.composition import slots
from followup.exceptions import FollowupError
from followup.models import DRAFT_STATUSES, LIVE_STATUSES, Customer, Draft, DraftStatus
from followup.outbound import gate
from followup.web import db_session, state
from followup.web.access import rep, rep_timezone, team_draft_or_404, team_id
from followup.web.drafts_forms import CheckForm, DecideForm, RowForm, SelectedForm, SnoozeForm
from followup.web.formvalues import parse_local_datetime
from followup.web.queue_rows import opening_lines, snooze_presets, when_text
from followup.web.sending import kept_locally, policy_decision, preview, sending_off
from followup.web.sources import live_grounding, source_views

bp = Blueprint("drafts", __name__, url_prefix="/drafts")
MAIN_FILTERS = ("pending", "snoozed", "approved", "sent", "all")
INTERNAL_FILTERS = ("held",) + tuple(s for s in DRAFT_STATUSES if s not in MAIN_FILTERS)
FILTERS = MAIN_FILTERS + INTERNAL_FILTERS
LIVE = gate.LIVE
# what a queue row and the gate read (not the JSON sources and grounding)
QUEUE_DRAFT_COLUMNS = (Draft.id, Draft.team_id, Draft.customer_id, Draft.status, Draft.subject, Draft.body,
                       Draft.reason, Draft.grounded, Draft.hold_reason, Draft.not_before, Draft.approved_at,
                       Draft.sources_through, Draft.seen_message_id, Draft.created_at,
                       Draft.history_override, Draft.mailbox_id, Draft.approved_by_id)
QUEUE_CUSTOMER_COLUMNS = (Customer.id, Customer.team_id, Customer.email, Customer.name, Customer.status,
                          Customer.status_reason, Customer.quiet_until, Customer.timezone, Customer.bouncing,
                          Customer.max_per_window, Customer.window_seconds, Customer.min_gap_seconds,
                          Customer.send_window, Customer.possible_wish, Customer.preferences)


def _snoozed(now):
    """SQL: a draft the rep has put aside until later."""
    return sa.and_(col(Draft.not_before) > now, col(Draft.hold_reason).like("snoozed%"))


def _filter(status: str, now) -> list:
    """The WHERE clauses of a queue tab."""
    where = [Draft.team_id == team_id()]
    if status == "held":
        where += [Draft.status == DraftStatus.APPROVED, col(Draft.hold_reason).is_not(None)]
    elif status == "snoozed":
        where += [col(Draft.status).in_(LIVE), _snoozed(now)]
    elif status == "pending":
        where += [Draft.status == DraftStatus.PENDING, sa.or_(col(Draft.not_before).is_(None), Draft.not_before <= now,
                                                    col(Draft.hold_reason).is_(None),
                                                    col(Draft.hold_reason).not_like("snoozed%"))]
    elif status != "all":
        where.append(Draft.status == status)
    return where


@bp.route("")
def queue():
    """Drafts of the team, what is due first, filtered by status, each with when it can go and why."""
    status = request.args.get("status", "pending")
    if status not in FILTERS:
        status = "pending"
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    size = state().settings.web.queue_page_size
    now = utcnow()
    where = _filter(status, now)
    s = db_session()
    total = s.exec(select(func.count()).select_from(Draft).where(*where)).one()
    page = min(page, max((total + size - 1) // size, 1))  # past the last page: the last page (no huge OFFSET)
    # plain rows, not ORM objects: a page of 200 rows is read by the gate and the template many times over
    cols = [c.label(f"d_{c.key}") for c in QUEUE_DRAFT_COLUMNS] + [c.label(f"c_{c.key}") for c in QUEUE_CUSTOMER_COLUMNS]
    found = s.execute(sa.select(*cols).join_from(Draft, Customer, Customer.id == Draft.customer_id).where(*where)
                      .order_by(col(Draft.not_before).is_(None).desc(), Draft.not_before, Draft.created_at, Draft.id)
                      .offset((page - 1) * size).limit(size)).mappings().all()
    rows = [(SimpleNamespace(**{c.key: r[f"d_{c.key}"] for c in QUEUE_DRAFT_COLUMNS}),
             SimpleNamespace(**{c.key: r[f"c_{c.key}"] for c in QUEUE_CUSTOMER_COLUMNS})) for r in found]
    verdicts = gate.verdicts(s, [(d, c) for d, c in rows if d.status in gate.LIVE], state().settings, now)
    counts = dict(s.exec(select(Draft.status, func.count()).where(Draft.team_id == team_id())
                         .group_by(Draft.status)).all())
    tabs = ("held", "snoozed", "pending")  # one pass over the team's drafts for the three derived tabs
    sums = s.execute(sa.select(*[func.coalesce(func.sum(sa.case((sa.and_(*_filter(tab, now)[1:]), 1), else_=0)), 0)
                                 for tab in tabs]).where(Draft.team_id == team_id())).one()
    counts.update(zip(tabs, sums))
    tz = rep_timezone()
    local = kept_locally(s, [d.id for d, _c in rows if d.status == DraftStatus.SENT])
    return render_template("drafts/queue.html", rows=rows, local=local, sending_off=sending_off(s, team_id()),
                           verdicts=verdicts, status=status, filters=MAIN_FILTERS,
                           internal=INTERNAL_FILTERS, page=page, pages=max((total + size - 1) // size, 1),
                           total=total, counts=counts, tz=tz, when=lambda v: when_text(v, tz, now),
                           opening=opening_lines, presets=snooze_presets(tz, now))


@bp.route("/<int:draft_id>")
def show(draft_id: int):
    """The draft beside its sources, its grounding report and the policy state."""
    draft, customer = team_draft_or_404(draft_id)
    return _page(draft, customer)


def _page(draft: Draft, customer: Customer, typed: tuple[str, str] | None = None, confirm: dict | None = None,
          code: int = 200):
    """The draft page; with the text the rep typed (a question or a refusal: nothing typed is lost)."""
    s = db_session()
    shown = draft if typed is None else Draft(**{**draft.model_dump(), "subject": typed[0], "body": typed[1]})
    return render_template("drafts/show.html", draft=shown, customer=customer, sources=source_views(s, draft),
                           grounding=live_grounding(s, shown, customer), decision=policy_decision(s, customer, draft),
                           tz=customer.timezone or state().settings.policy.default_timezone,
                           editable=draft.status in LIVE_STATUSES or typed is not None, confirm=confirm,
                           **_show_extras(shown)), code


def _show_extras(draft: Draft) -> dict:
    """The draft page's snooze choices in the rep's zone and the next draft to open."""
    tz, now = rep_timezone(), utcnow()
    s = db_session()
    customer = s.get(Customer, draft.customer_id)
    return {"presets": snooze_presets(tz, now), "rep_tz": tz, "next_id": _next_id(draft.id),
            "possible": possible_wish_dicts(s, customer) if draft.status in LIVE else [],
            "slots": slots(draft.body), "conversation": draft.state or {},
            "preview": preview(s, draft, customer), "sending_off": sending_off(s, team_id()),
            "local": kept_locally(s, [draft.id]) if draft.status == DraftStatus.SENT else set(),
            "snooze_default": to_local(now + timedelta(days=1), tz).strftime("%Y-%m-%dT%H:%M")}


def _next_id(after: int) -> int | None:
    """The first pending, not snoozed draft of the queue other than this one (what opens after an action)."""
    return db_session().exec(select(Draft.id).where(*_filter("pending", utcnow()), Draft.id != after)
                             .order_by(col(Draft.not_before).is_(None).desc(), Draft.not_before, Draft.created_at,
                                       Draft.id).limit(1)).first()


def _onward(draft_id: int, from_queue: bool):
    """After an action: back to the queue when acted from there, else the next draft (the queue when none)."""
    if from_queue:
        return redirect(url_for("drafts.queue", status=request.args.get("status", "pending")))
    following = _next_id(draft_id)
    return redirect(url_for("drafts.show", draft_id=following) if following else url_for("drafts.queue"))


def _undo(text: str, endpoint: str, draft_id: int) -> None:
    """A flash with an Undo button (a form posting to the endpoint)."""
    flash({"text": text, "url": url_for(endpoint, draft_id=draft_id), "label": "Undo"}, "undo")


def _unverified(draft: Draft, customer: Customer, body: str) -> list[str]:
    """The figures, dates, names ... of this text that are in none of the customer's sources (the server's check)."""
    from followup.drafting.recheck import unverified

    with timing.part("recheck"):
        return unverified(db_session(), draft, customer, body,
                          default_timezone=state().settings.policy.default_timezone, viewer=rep())


def _act(draft_id: int, verb: str, call, typed: tuple[str, str] | None = None) -> object:
    """Run one approval step, commit, and report it; a refused transition is a form error on the draft page
    (shown with the text the rep typed, when there is one, so nothing is lost)."""
    from followup import approval

    draft, customer = team_draft_or_404(draft_id)
    s = db_session()
    try:
        with timing.part("approval"):
            call(approval, s, draft, rep())
        with timing.part("commit"):
            s.commit()
    except FollowupError as exc:
        s.rollback()
        flash(f"Cannot {verb}: {exc}", "error")
        if typed is not None:
            return _page(s.get(Draft, draft_id), customer, typed, code=400)
        return redirect(url_for("drafts.show", draft_id=draft_id))
    return None


@bp.route("/<int:draft_id>/decide", methods=["POST"])
def decide(draft_id: int):
    """Approve the text in the form (edited or not), or save the edit; an approved draft is unapproved only when asked."""
    form = DecideForm()
    subject, body = typed = form.text
    action = form.action.data
    draft, customer = team_draft_or_404(draft_id)
    if action == "approve":
        unverified = _unverified(draft, customer, body)
        # an unfilled answer slot is refused by approve() below: no question about figures before that
        if unverified and not slots(body) and not form.confirmed(len(unverified)):
            # ask before sending figures found in no source; the text the rep typed stays in the form
            return _page(draft, customer, typed, confirm={"count": len(unverified), "tokens": unverified})
        failed = _act(draft_id, "approve", lambda a, s, d, u: a.approve(s, d, u, subject=subject, body=body), typed)
        if failed:
            return failed
        _undo(f"Draft {draft_id} approved; it leaves after the undo window when the policy allows.",
              "drafts.unapprove", draft_id)
        return _onward(draft_id, False)
    if draft.status == DraftStatus.APPROVED and action != "unapprove":
        flash(f"Draft {draft_id} is approved: saving an edit takes the approval back. Use “Unapprove and save” "
              "to do that, or approve the edited text.", "error")
        return _page(draft, customer, typed, code=400)
    failed = _act(draft_id, "save", lambda a, s, d, u: a.edit(s, d, u, subject=subject, body=body), typed)
    if failed:
        return failed
    flash(f"Draft {draft_id} saved{' and unapproved' if action == 'unapprove' else ''}; approve it when it reads right.",
          "ok")
    return redirect(url_for("drafts.show", draft_id=draft_id))


@bp.route("/<int:draft_id>/check", methods=["POST"])
def check(draft_id: int):
    """The grounding of the text being typed (the editor asks as the rep types; approval checks again)."""
    draft, customer = team_draft_or_404(draft_id)
    unverified = _unverified(draft, customer, CheckForm().text)
    return jsonify({"unverified": unverified, "count": len(unverified)})


@bp.route("/<int:draft_id>/approve", methods=["POST"])
def approve(draft_id: int):
    """Approve the draft's current text from the queue (asks on the draft page when figures are unverified)."""
    draft, customer = team_draft_or_404(draft_id)
    unverified = _unverified(draft, customer, draft.body)
    if unverified:
        flash(f"Send with {len(unverified)} unverified figure(s)? Check them here first.", "error")
        return redirect(url_for("drafts.show", draft_id=draft_id))
    failed = _act(draft_id, "approve", lambda a, s, d, u: a.approve(s, d, u))
    if failed:
        return failed
    _undo(f"Draft {draft_id} approved.", "drafts.unapprove", draft_id)
    return _onward(draft_id, True)


@bp.route("/approve-selected", methods=["POST"])
def approve_selected():
    """Approve several drafts, each its own exact text through the same checks; report what was refused."""
    from followup.approval import approve_selected as approve_each

    ids = SelectedForm().draft_ids
    if not ids:
        flash("Select drafts to approve first.", "error")
        return redirect(url_for("drafts.queue"))
    done, refused = approve_each(db_session(), ids, rep(), default_timezone=state().settings.policy.default_timezone)
    if done:
        flash(f"Approved {len(done)} draft(s): {', '.join(map(str, done))}.", "ok")
    if refused:
        flash("Not approved: " + "; ".join(refused), "error")
    return redirect(url_for("drafts.queue"))


@bp.route("/<int:draft_id>/unapprove", methods=["POST"])
def unapprove(draft_id: int):
    """Take an approval back while the draft has not left (the Undo of an approval)."""
    failed = _act(draft_id, "unapprove", lambda a, s, d, u: a.unapprove(s, d, u))
    if failed:
        return failed
    flash(f"Draft {draft_id} is pending again; nothing was sent.", "ok")
    return redirect(url_for("drafts.show", draft_id=draft_id))


@bp.route("/<int:draft_id>/restore", methods=["POST"])
def restore(draft_id: int):
    """Undo a reject: the draft is pending again."""
    failed = _act(draft_id, "restore", lambda a, s, d, u: a.restore(s, d, u))
    if failed:
        return failed
    flash(f"Draft {draft_id} restored to pending.", "ok")
    return redirect(url_for("drafts.show", draft_id=draft_id))


@bp.route("/<int:draft_id>/reject", methods=["POST"])
def reject(draft_id: int):
    """Reject the draft; it will not be sent (Undo restores it)."""
    failed = _act(draft_id, "reject", lambda a, s, d, u: a.reject(s, d, u))
    if failed:
        return failed
    _undo(f"Draft {draft_id} rejected.", "drafts.restore", draft_id)
    return _onward(draft_id, RowForm().from_queue)


@bp.route("/<int:draft_id>/snooze", methods=["POST"])
def snooze(draft_id: int):
    """Put the draft out of the way until a preset or a time the rep picks (in the rep's zone)."""
    tz = rep_timezone()
    form = SnoozeForm()
    try:
        until = parse_local_datetime(form.when, tz, "snooze until")
    except FollowupError as exc:
        flash(f"Cannot snooze: {exc}", "error")
        return redirect(url_for("drafts.show", draft_id=draft_id))
    failed = _act(draft_id, "snooze", lambda a, s, d, u: a.snooze(s, d, u, until, tz=tz))
    if failed:
        return failed
    _undo(f"Draft {draft_id} snoozed until {local_text(until, tz)}.", "drafts.unsnooze", draft_id)
    return _onward(draft_id, form.from_queue)


@bp.route("/<int:draft_id>/unsnooze", methods=["POST"])
def unsnooze(draft_id: int):
    """Undo a snooze: the draft is back in the queue now."""
    failed = _act(draft_id, "unsnooze", lambda a, s, d, u: a.unsnooze(s, d, u))
    if failed:
        return failed
    flash(f"Draft {draft_id} is back in the queue.", "ok")
    return redirect(url_for("drafts.show", draft_id=draft_id))


@bp.route("/<int:draft_id>/without-history", methods=["POST"])
def without_history(draft_id: int):
    """The rep's explicit choice to send this draft without waiting for the mailbox's older history."""
    from followup.inbound.history import override

    failed = _act(draft_id, "override", lambda a, s, d, u: override(s, d, u))
    if failed:
        return failed
    flash(f"Draft {draft_id} will not wait for the older mail to be read.", "ok")
    return redirect(url_for("drafts.show", draft_id=draft_id))


@bp.route("/send", methods=["POST"])
def send_now():
    """Run the outbox once now for the rep's team only (its drafts, its mailboxes' errors)."""
    from followup.outbound.outbox import send_due

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
    from followup.drafting.prepare import prepare_team

    st = state()
    result = prepare_team(st.db, st.settings, team_id())
    flash(f"Prepared {len(result['created'])} draft(s); {len(result['skipped'])} customer(s) need none now.", "ok")
    return redirect(url_for("drafts.queue"))
