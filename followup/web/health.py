"""/healthz: database, scheduler and last sync per mailbox, for monitors and load balancers."""
from flask import Blueprint, current_app, jsonify
from sqlmodel import select

from followup.clock import iso
from followup.models import Mailbox
from followup.web import db_session

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 with details when the database answers, 503 otherwise."""
    body: dict = {"database": "ok"}
    status = 200
    try:
        boxes = db_session().exec(select(Mailbox).order_by(Mailbox.id)).all()
        # Public endpoint: whether the last sync failed, not the server's words (they name hosts and users).
        body["mailboxes"] = [{"name": m.name, "last_sync_at": iso(m.last_sync_at), "failing": m.last_error is not None}
                             for m in boxes]
    except Exception as exc:  # the point of a health check is to report, not to raise
        body["database"] = f"error: {type(exc).__name__}"
        status = 503
    scheduler = current_app.extensions.get("followup.scheduler")
    jobs = current_app.extensions.get("followup.jobs")
    body["scheduler"] = {"running": bool(scheduler and scheduler.running),
                         "jobs": jobs.snapshot() if jobs else {}}
    body["ok"] = status == 200
    return jsonify(body), status
