"""The Flask application factory and the `followup` console script's command group (followup.cli:main).

app.py at the top of the repository re-exports create_app for `flask --app app ...`.
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import click
from flask import Flask

from followup.config import Settings, load_settings
from followup.db import Database
from followup.exceptions import BadInput, FollowupError

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


def create_app(test_config: dict | None = None, *, config_path: str | None = None, web: bool = True) -> Flask:
    """Build the app: defaults, then the config file, then test overrides.

    ``test_config`` keys in lower case are settings sections ({"database": {"url": ...}}); keys in upper
    case are Flask config (TESTING, WTF_CSRF_ENABLED, ...). ``web=False`` leaves out the web UI (the
    `followup` commands; `serve` adds it): loading it costs every command ~0.15 s.
    """
    test_config = dict(test_config or {})
    overrides = {k: v for k, v in test_config.items() if k.islower()}
    settings = load_settings(config_path, overrides=overrides)
    app = Flask(__name__, root_path=str(ROOT), instance_path=os.path.abspath(settings.app.data_dir),
                instance_relative_config=False)
    logging.basicConfig(level=settings.app.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("alembic", "apscheduler"):  # their INFO lines drown the jobs' one-line outcomes
        logging.getLogger(noisy).setLevel(logging.WARNING)
    db = Database(settings.database_url, busy_timeout_s=settings.database.busy_timeout.total_seconds())
    state = AppState(settings=settings, db=db)
    db.vault_secret = lambda: state.secret  # revision 0012 re-encrypts stored secrets with it
    app.extensions["followup"] = state
    app.config.from_mapping({k: v for k, v in test_config.items() if k.isupper()})

    from followup import cli

    if web:
        from followup import web as web_ui

        web_ui.init_app(app)
    cli.init_app(app)
    return app


def _undecodable(arg: str) -> bool:
    """Whether a command-line argument carries bytes that were not UTF-8 (Python keeps them as surrogates)."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class OneLineGroup(click.Group):
    """The top-level group: usage errors as one line on stderr with exit 2."""

    def main(self, args=None, prog_name=None, **extra):
        """Run the CLI; print click's usage errors on one line instead of a usage screen."""
        for arg in sys.argv[1:] if args is None else args:
            if _undecodable(arg):  # the OS gave bytes that are not UTF-8: refuse before they reach a query
                shown = os.fsencode(arg).decode("utf-8", "backslashreplace")
                click.echo(f"error: argument '{shown}' is not valid UTF-8", err=True)
                sys.exit(2)
        try:
            return super().main(args=args, prog_name=prog_name, standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("error: aborted", err=True)
            sys.exit(1)
        except click.ClickException as exc:
            ctx = getattr(exc, "ctx", None)
            where = f"{ctx.command_path}: " if ctx is not None else ""
            click.echo(f"error: {where}{exc.format_message()}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=OneLineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (else $FOLLOWUP_CONFIG, else ./config.toml).")
@click.version_option(package_name="followup")
@click.pass_context
def main(ctx: click.Context, config_path: str | None) -> None:
    """followup: grounded sales follow-ups, sent only after a rep approves them."""
    if ctx.resilient_parsing or "--help" in sys.argv or "-h" in sys.argv:
        return
    try:
        app = create_app(config_path=config_path, web=False)
    except FollowupError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(2 if isinstance(exc, BadInput) else 1)
    ctx.with_resource(app.app_context())


def _register() -> None:
    """Attach every command of followup.cli to the console script's group."""
    from followup import cli

    for command in cli.COMMANDS:
        main.add_command(command)


_register()
