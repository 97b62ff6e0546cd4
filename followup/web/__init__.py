"""The web layer: one blueprint per user-facing area; a database session per request."""
from flask import Flask, g


def db_session():
    """The request's database session, opened on first use and closed on teardown."""
    if "db_session" not in g:
        from flask import current_app

        g.db_session = current_app.extensions["followup"].db.session()
    return g.db_session


def init_app(app: Flask) -> None:
    """Register the session teardown and the blueprints."""

    @app.teardown_appcontext
    def close_session(_exc):
        session = g.pop("db_session", None)
        if session is not None:
            session.close()
