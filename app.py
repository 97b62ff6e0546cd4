"""The entry file of `flask --app app ...`: the app factory, which lives in followup/application.py."""
from followup.application import AppState, create_app

__all__ = ["AppState", "create_app"]
