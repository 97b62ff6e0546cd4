"""/healthz for monitors and load balancers: status for anyone, details of their own team for a logged-in rep."""
from flask import Blueprint, current_app, jsonify
from flask_login import current_user
from sqlmodel import select

from followup.clock import iso
from followup.inbound.history import describe, progress
from followup.models import Mailbox
from followup.web import db_session

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 when the database answers, 503 otherwise; mailboxes and job runs only for a logged-in rep.

    Anonymous callers learn whether the service works, nothing else: mailbox names and job outcomes name
    teams, hosts and users. A rep sees their own team's mailboxes, and when each job last ran and whether it
    worked (a job's summary spans every team, so it is left out).
    """
    body: dict = {"database": "ok"}
    status, boxes = 200, None
    try:
        s = db_session()
        s.exec(select(Mailbox.id).limit(1)).first()  # the database answers
        if current_user.is_authenticated:
            boxes = s.exec(select(Mailbox).where(Mailbox.team_id == current_user.team_id).order_by(Mailbox.id)).all()
    except Exception as exc:  # the point of a health check is to report, not to raise
        body["database"] = f"error: {type(exc).__name__}"
        status, boxes = 503, None
    scheduler = current_app.extensions.get("followup.scheduler")
    body["scheduler"] = {"running": bool(scheduler and scheduler.running)}
    if boxes is not None:
        s = db_session()
        body["mailboxes"] = [{"name": m.name, "last_sync_at": iso(m.last_sync_at), "failing": m.last_error is not None,
                              "needs_reconnect": m.reconnect_reason is not None,
                              "history": describe(progress(s, m.id)) or "complete"} for m in boxes]
        jobs = current_app.extensions.get("followup.jobs")
        body["scheduler"]["jobs"] = {name: {"at": run["at"], "ok": run["ok"]}
                                     for name, run in (jobs.snapshot() if jobs else {}).items()}
    body["ok"] = status == 200
    return jsonify(body), status
