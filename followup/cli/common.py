"""What every command shares: one-line errors and exit codes, the app state, --json output, input readers."""
from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

import click

from followup.clock import parse_local
from followup.exceptions import BadInput, FollowupError

log = logging.getLogger(__name__)


class Command(click.Command):
    """A command whose FollowupErrors become one line on stderr and the right exit code."""

    def invoke(self, ctx: click.Context):
        """Run the command, turning expected errors into exit codes without a traceback."""
        try:
            return super().invoke(ctx)
        except FollowupError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2 if isinstance(exc, BadInput) else 1)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # a bug: one line, and the traceback only when asked for
            if os.environ.get("FOLLOWUP_DEBUG"):
                raise
            log.debug("unexpected error", exc_info=True)
            click.echo(f"error: unexpected {type(exc).__name__}: {exc} (set FOLLOWUP_DEBUG=1 for details)", err=True)
            ctx.exit(1)


class Group(click.Group):
    """A group whose commands and subgroups use Command."""

    command_class = Command


Group.group_class = Group


def state():
    """The AppState (settings, db, vault): the one the `followup` group loaded (or left to load now), else the
    current Flask app's."""
    from followup.cli import CONFIG_KEY, STATE_KEY

    ctx = click.get_current_context(silent=True)
    if ctx is not None and STATE_KEY not in ctx.meta and CONFIG_KEY in ctx.meta:
        from followup.application import load_state

        ctx.meta[STATE_KEY] = load_state(ctx.meta[CONFIG_KEY])
    if ctx is not None and STATE_KEY in ctx.meta:
        return ctx.meta[STATE_KEY]
    from flask import current_app  # under `flask --app app`, whose group pushed the app context

    return current_app.extensions["followup"]


def late_config() -> tuple[bool, str | None]:
    """(True, the --config path) when the `followup` group left the state to load (cli.LATE_STATE), else (False, None)."""
    from followup.cli import CONFIG_KEY

    ctx = click.get_current_context(silent=True)
    return (True, ctx.meta[CONFIG_KEY]) if ctx is not None and CONFIG_KEY in ctx.meta else (False, None)


def flask_app(web: bool):
    """The Flask app to serve: the current one under `flask --app app`, else one built on the loaded state."""
    from flask import current_app, has_app_context

    if not has_app_context():
        from followup.application import create_app

        return create_app(state=state(), web=web)
    app = current_app._get_current_object()
    if web and "followup.web" not in app.extensions:
        from followup import web as web_ui

        web_ui.init_app(app)
    return app


def prepare_data_dir(st) -> None:
    """The data folder, and the key file there unless the secret comes from the environment."""
    from followup.secrets import ensure_key_file

    st.settings.data_path.mkdir(parents=True, exist_ok=True)
    if not st.settings.secret(st.settings.web.secret_key_env):
        ensure_key_file(st.settings.data_path)


def emit(data, as_json: bool, text: str | None = None) -> None:
    """Print exactly one JSON document with --json, else the human text."""
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    elif text is not None:
        click.echo(text)


def read_password(from_stdin: bool) -> str:
    """The password from the first line of stdin, or a hidden prompt on a terminal."""
    if from_stdin:
        try:
            password = sys.stdin.readline().rstrip("\r\n")
        except UnicodeDecodeError:
            raise BadInput("--password-stdin: what was read is not valid UTF-8") from None
        if not password:
            raise BadInput("--password-stdin: nothing was read from standard input")
        return password
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=False)
    raise BadInput("password: pass --password-stdin and write it on standard input")


def read_text_option(path: Path, option: str) -> str:
    """The text of a file option ('-' for standard input), or BadInput naming the option and the file."""
    try:
        return sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(f"{option}: {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{option}: cannot read {path}: {exc}") from None


def parse_when(value: str, option: str, tz: str) -> datetime:
    """Parse an ISO 8601 date or datetime (naive means the given zone) into naive UTC."""
    return parse_local(value, tz, option, "an ISO 8601 date or time (e.g. 2026-11-24T15:30)")


def team_option(session, name: str | None) -> int | None:
    """The id of the team --team names, or None when it was not given."""
    from followup.users import get_team

    return get_team(session, name).id if name else None


TEAM_HELP = "The customer's team (needed when several teams know the address)."

