"""Template filters (times and reasons in the rep's zone) and the plain error pages."""
from __future__ import annotations

from datetime import datetime

from flask import render_template

from followup.clock import local_text
from followup.web import state
from followup.web.access import rep_timezone


def register_filters(app) -> None:
    """Jinja filters: times in the rep's zone."""

    @app.template_filter("local")
    def local(value: datetime | None, tz: str | None = None) -> str:
        """A naive UTC time in the given zone (default: the rep's)."""
        return local_text(value, tz or rep_timezone())

    @app.template_filter("reason")
    def reason(text: str | None, until: datetime | None = None) -> str:
        """A hold reason as this rep reads it (a snooze in the rep's zone, whoever snoozed it)."""
        return reason_text(text, until, rep_timezone())


def reason_text(text: str | None, until: datetime | None, tz: str) -> str:
    """The hold reason, with a snooze's time re-read in the given zone (it was stored in the snoozer's)."""
    if text and text.startswith("snoozed until") and until is not None:
        return f"snoozed until {local_text(until, tz)}"
    return text or ""


def register_errors(app) -> None:
    """Plain error pages; the CSRF refusal is a 400 that says what happened."""
    from flask_wtf.csrf import CSRFError

    def page(code: int, title: str, text: str):
        return render_template("error.html", code=code, title=title, text=text), code

    @app.errorhandler(CSRFError)
    def csrf_error(exc):
        return page(400, "Form expired", f"The form could not be accepted ({exc.description}). Reload the page "
                    "and try again.")

    @app.errorhandler(404)
    def not_found(_exc):
        return page(404, "Not found", "There is nothing here, or it belongs to another team.")

    @app.errorhandler(413)
    def too_large(_exc):
        limit = state().settings.web.max_request_bytes
        return page(413, "Too large", f"The request is larger than this server takes ({limit} bytes).")

    @app.errorhandler(405)
    def not_allowed(_exc):
        return page(405, "Not allowed", "That page does not take this kind of request.")
