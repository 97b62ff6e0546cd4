"""The app state (settings, database, vault) and the Flask application factory around it.

The `followup` console script's group is followup.cli:main.

app.py at the top of the repository re-exports create_app for `flask --app app ...`. Flask is imported only when
an app is built: the console script's commands run on load_state() alone, without Flask.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from followup.config import Settings, load_settings
from followup.db import Database

if TYPE_CHECKING:
    from flask import Flask

# templates/ and static/ sit beside the package, at the top of the repository.
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class AppState:
    """What every request, command and job needs: the settings and the database."""

    settings: Settings
    db: Database

    @cached_property
    def secret(self) -> str:
        """The secret that keys the vault: the variable [web] secret_key_env names, else the key file."""
        from followup.secrets import load_secret

        return load_secret(self.settings.secret(self.settings.web.secret_key_env), self.settings.data_path)

    @cached_property
    def vault(self):
        """The Fernet vault for mailbox passwords (key from the environment or the key file)."""
        from followup.secrets import Vault

        return Vault(self.secret)


def load_state(config_path: str | None = None, overrides: dict | None = None) -> AppState:
    """Settings (defaults, the config file, FOLLOWUP_* variables, overrides), logging and the database: no Flask."""
    settings = load_settings(config_path, overrides=overrides)
    logging.basicConfig(level=settings.app.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("alembic", "apscheduler"):  # their INFO lines drown the jobs' one-line outcomes
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from followup import timing

    timing.enable(settings.app.timing_log)
    db = Database(settings.database_url, busy_timeout_s=settings.database.busy_timeout.total_seconds())
    state = AppState(settings=settings, db=db)
    db.vault_secret = lambda: state.secret  # revision 0012 re-encrypts stored secrets with it
    return state


def create_app(test_config: dict | None = None, *, config_path: str | None = None, web: bool = True,
               state: AppState | None = None) -> Flask:
    """Build the app: defaults, then the config file, then test overrides (or the given, already loaded state).

    ``test_config`` keys in lower case are settings sections ({"database": {"url": ...}}); keys in upper
    case are Flask config (TESTING, WTF_CSRF_ENABLED, ...). ``web=False`` leaves out the web UI (`followup
    worker`): loading it costs ~0.15 s.
    """
    from flask import Flask

    test_config = dict(test_config or {})
    if state is None:
        state = load_state(config_path, {k: v for k, v in test_config.items() if k.islower()})
    app = Flask(__name__, root_path=str(ROOT), instance_path=os.path.abspath(state.settings.app.data_dir),
                instance_relative_config=False)
    app.extensions["followup"] = state
    app.config.from_mapping({k: v for k, v in test_config.items() if k.isupper()})

    from followup import cli

    if web:
        from followup import web as web_ui

        web_ui.init_app(app)
    cli.init_app(app)
    return app
