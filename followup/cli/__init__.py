"""The command line: every command of SPEC.md, thin over the domain modules, one module per command group.

Each command finds the app state (settings, database, vault) through common.state(): the `followup` group loads
it without building a Flask app (serve and worker build theirs); under `flask --app app` it is the app's.
Errors are one line on stderr: exit 2 for bad input or config, 1 for a failure at run time.

This package's own module imports click alone, and a command's module is imported only when that command runs
or is listed; the command modules themselves import the models, the config and the domain inside the commands,
so `followup --version` and `--help` start in about a tenth of a second instead of half a second.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

STATE_KEY = "followup.state"  # where the group keeps the loaded AppState in click's context meta
CONFIG_KEY = "followup.config_path"  # the --config of a command whose state is loaded only when it asks (common.state)
# Commands that may finish without the app state (a no-change sync: followup.inbound.unchanged); loaded when asked.
LATE_STATE = ("sync",)
# command name -> the module of followup.cli that defines it (under the same name)
COMMANDS = {"init": "setup", "user": "setup", "mailbox": "setup", "sync": "inbound", "notes": "inbound",
            "drafts": "review", "send": "review", "customer": "customers", "serve": "service",
            "worker": "service", "demo": "service", "backup": "service"}
__all__ = ["COMMANDS", "CONFIG_KEY", "LATE_STATE", "STATE_KEY", "init_app", "load_command", "main"]


def load_command(name: str) -> click.Command:
    """Import the module that defines command `name` and return the command."""
    return getattr(importlib.import_module(f"followup.cli.{COMMANDS[name]}"), name)


def init_app(app) -> None:
    """Register every command on app.cli, for `flask --app app ...`."""
    for name in COMMANDS:
        app.cli.add_command(load_command(name))


def _undecodable(arg: str) -> bool:
    """Whether a command-line argument carries bytes that were not UTF-8 (Python keeps them as surrogates)."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class OneLineGroup(click.Group):
    """The top-level group: commands loaded when used; usage errors as one line on stderr with exit 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command's name, without importing any."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """The command `name`, its module imported now; None for an unknown name (click says so)."""
        return load_command(name) if name in COMMANDS else None

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
    # pydantic reads every installed package's entry points for plugins when it builds its first validator (~20 ms a
    # command); followup uses none. A deployment that wants one sets the variable itself (to anything else).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if ctx.invoked_subcommand in LATE_STATE:  # loading the settings imports pydantic: only when the command asks
        ctx.meta[CONFIG_KEY] = config_path
        return
    from followup.application import load_state
    from followup.exceptions import BadInput, FollowupError

    try:
        ctx.meta[STATE_KEY] = load_state(config_path)
    except FollowupError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(2 if isinstance(exc, BadInput) else 1)
