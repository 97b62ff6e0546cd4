"""The rep's own settings: the time zone times are read in, and the signature drafts end with."""
from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from flask import Blueprint, flash, redirect, render_template, request, url_for

from followup.audit import record
from followup.web import db_session
from followup.web.helpers import rep, rep_timezone

bp = Blueprint("settings", __name__, url_prefix="/settings")
MAX_SIGNATURE = 2000  # characters


@bp.route("")
def index():
    """The settings form."""
    me = rep()
    return render_template("settings/index.html", me=me, tz=rep_timezone(), zones=sorted(available_timezones()))


@bp.route("", methods=["POST"])
def save():
    """Store the time zone (an IANA name) and the signature; a bad value is a form error, nothing saved."""
    me = rep()
    zone = (request.form.get("timezone") or "").strip()
    signature = (request.form.get("signature") or "").replace("\r\n", "\n").strip()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        flash(f"Cannot save: time zone: {zone!r} is not an IANA name like America/Chicago", "error")
        return redirect(url_for("settings.index"))
    if len(signature) > MAX_SIGNATURE:
        flash(f"Cannot save: signature: longer than {MAX_SIGNATURE} characters", "error")
        return redirect(url_for("settings.index"))
    me.timezone, me.signature = zone, signature or me.name
    s = db_session()
    s.add(me)
    record(s, "user.settings", team_id=me.team_id, entity="user", entity_id=me.id, actor_id=me.id, actor=me.email,
           timezone=zone)
    s.commit()
    flash("Settings saved.", "ok")
    return redirect(url_for("settings.index"))
