"""The command line: every command of SPEC.md, thin over the domain modules, one module per command group.

Each command runs inside an app context (the `followup` group and `flask --app app` both push one).
Errors are one line on stderr: exit 2 for bad input or config, 1 for a failure at run time.
"""
from __future__ import annotations

from followup.cli.customers import customer
from followup.cli.inbound import notes, sync
from followup.cli.review import drafts, send
from followup.cli.service import backup, demo, run_service, serve, worker
from followup.cli.setup import init, mailbox, user

COMMANDS = [init, user, mailbox, sync, notes, drafts, send, customer, serve, worker, demo, backup]
__all__ = ["COMMANDS", "init_app", "main", "run_service"]


def init_app(app) -> None:
    """Register every command on app.cli, for `flask --app app ...`."""
    for command in COMMANDS:
        app.cli.add_command(command)


def __getattr__(name: str):
    """`followup.cli:main`, the console script's group, defined beside the app factory (followup.application)."""
    if name == "main":
        from followup.application import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
