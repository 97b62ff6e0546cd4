"""`followup sync` and `followup notes add`: mail and call notes in."""
from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import click

from followup.cli.common import (
    TEAM_HELP,
    Command,
    Group,
    emit,
    late_config,
    parse_when,
    read_text_option,
    state,
    team_option,
)
from followup.clock import utcnow
from followup.exceptions import BadInput


@click.command(cls=Command)
@click.argument("name", required=False)
@click.option("--team", default=None, help="The mailbox's team (needed when several teams use the name).")
@click.option("--json", "as_json", is_flag=True)
def sync(name: str | None, team: str | None, as_json: bool) -> None:
    """Fetch new mail from every mailbox (or NAME)."""
    late, config_path = late_config()
    if late and team is None:
        from followup.inbound.unchanged import no_change_sync

        data = no_change_sync(config_path, name)  # None: something may have changed, or it cannot tell
        if data is not None:
            return _report(data, as_json)
    from followup.inbound.sync import sync_all, terminal_progress

    st = state()
    st.db.check_current()
    progress = terminal_progress(sys.stderr) if sys.stderr.isatty() else None
    team_id = None
    if team:
        with st.db.session() as session:
            team_id = team_option(session, team)

    drafted_through: list[int] = []  # the newest message a pass over every customer had read

    def prepare_recent() -> None:
        """Drafts from the mail read so far (a first sync's recent window) before the older history is read."""
        from followup.drafting.prepare import prepare_drafts
        from followup.inbound.history import newest_message_id

        with st.db.session() as session:
            through = newest_message_id(session)
        prepare_drafts(st.db, st.settings)
        drafted_through[:] = [through]

    data = sync_all(st.db, st.vault, st.settings, name, progress=progress, team_id=team_id,
                    after_recent=prepare_recent)
    if data["new_messages"]:
        from followup.drafting.prepare import prepare_drafts
        from followup.inbound.history import customers_stored_since, refresh

        refresh(st.db, st.settings)  # drafts prepared while the history loaded, prepared again now it is read
        if drafted_through:
            # After a first sync's history: every customer was read after the recent window; only those the history
            # (or mail since) brought something can need a draft now.
            with st.db.session() as session:
                touched = customers_stored_since(session, drafted_through[0])
            if touched:
                prepare_drafts(st.db, st.settings, customer_ids=touched)
        else:
            prepare_recent()  # drafts from the new mail of a later sync, so the queue is not empty after syncing
    _report(data, as_json)


def _report(data: dict, as_json: bool) -> None:
    """Print the sync JSON (or a line per mailbox), each failure on stderr; exit 1 when a mailbox failed."""
    lines = [f"{m['name']}: {m['new_messages']} new, {m['quarantined']} quarantined"
             + (f" (failed: {m['error']})" if m["error"] else "") for m in data["mailboxes"]]
    emit(data, as_json, "\n".join(lines) if lines else "no mailboxes: add one with 'followup mailbox add'")
    failed = [m["error"] for m in data["mailboxes"] if m["error"]]
    for error in failed:
        click.echo(f"error: {error}", err=True)
    if failed:
        click.get_current_context().exit(1)


@click.group(cls=Group)
def notes() -> None:
    """Call notes."""


@notes.command("add")
@click.argument("customer_email")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--text", default=None, help="The note.")
@click.option("--file", "file_", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Read the note from a file ('-' for standard input).")
@click.option("--at", "at", default=None, help="When the call was (ISO 8601; default now).")
@click.option("--author", default=None, help="Email of the rep who made the call (default: the only rep).")
@click.option("--json", "as_json", is_flag=True)
def notes_add(customer_email, text, file_, at, author, team, as_json) -> None:
    """Record a call note for a customer."""
    from sqlmodel import select

    from followup.customers import resolve_customer
    from followup.models import User
    from followup.notes import add_note
    from followup.users import get_user

    if (text is None) == (file_ is None):
        raise BadInput("notes add: give exactly one of --text or --file")
    if file_ is not None:
        text = read_text_option(file_, "--file")
    st = state()
    when = parse_when(at, "--at", st.settings.policy.default_timezone) if at else None
    if when and when > utcnow() + timedelta(days=1):
        raise BadInput(f"--at: {at} is in the future")
    st.db.check_current()
    with st.db.write_session() as session:
        team_id = team_option(session, team)
        if author:
            rep = get_user(session, author)
            if team_id is not None and rep.team_id != team_id:
                raise BadInput(f"--author: {rep.email} is not in team {team}")
            team_id = rep.team_id  # the author's team is the note's team
        else:
            reps = list(session.exec(select(User).limit(2)))
            rep = reps[0] if len(reps) == 1 else None
        customer = resolve_customer(session, customer_email, team_id, create=True)
        if rep is not None and rep.team_id != customer.team_id:
            rep = None  # the only rep is in another team: not the author of this team's note
        note = add_note(session, customer.email, text, at=when, author_id=rep.id if rep else None,
                        team_id=customer.team_id)
        session.commit()
        emit({"id": note.id, "customer_id": note.customer_id}, as_json, f"note {note.id} added")
