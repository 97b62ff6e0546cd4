"""The rep's own settings: time zone, signature, sign-off and working hours (their sends wait for them)."""
from __future__ import annotations

from zoneinfo import available_timezones

from flask import Blueprint, flash, redirect, render_template, url_for

from followup.exceptions import BadInput
from followup.outbound.policy import DAY_NAMES
from followup.users import update_settings, work_hours_text
from followup.web import db_session
from followup.web.access import rep, rep_timezone
from followup.web.settings_forms import SettingsForm

bp = Blueprint("settings", __name__, url_prefix="/settings")


def _page(form: SettingsForm, errors: list[str] | None = None, code: int = 200):
    """The settings page with the form as given (a refused form keeps everything the rep typed)."""
    return render_template("settings/index.html", form=form, errors=errors or [], days=DAY_NAMES,
                           zones=sorted(available_timezones())), code


@bp.route("")
def index():
    """The settings form."""
    form = SettingsForm(formdata=None)
    form.fill(rep(), rep_timezone())
    return _page(form)


@bp.route("", methods=["POST"])
def save():
    """Store the settings; a bad value is a form error naming the field, nothing saved and nothing lost."""
    form = SettingsForm()
    if not form.validate():
        return _page(form, form.errors_text(), 400)
    s = db_session()
    try:
        hours = work_hours_text(form.work_start.data, form.work_end.data, form.work_days.data)
        update_settings(s, rep(), timezone=form.timezone.data, signature=form.signature.data,
                        sign_off=form.sign_off.data, work_hours=hours)
    except BadInput as exc:
        s.rollback()
        return _page(form, [str(exc)], 400)
    s.commit()
    flash("Settings saved.", "ok")
    return redirect(url_for("settings.index"))
