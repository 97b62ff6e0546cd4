"""The command line: every command of SPEC.md, thin over the domain modules.

Each command runs inside an app context (the `followup` group and `flask --app app` both push one).
Errors are one line on stderr: exit 2 for bad input or config, 1 for a failure at run time.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

import click
from flask import current_app

from followup.clock import local_text, to_utc, utcnow
from followup.exceptions import BadInput, FollowupError, NotAvailable

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
    """The AppState of the current app (settings, db, vault)."""
    return current_app.extensions["followup"]


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
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{option}: {value!r} is not an ISO 8601 date or time (e.g. 2026-11-24T15:30)") from None
    try:
        return to_utc(parsed, tz)
    except OverflowError:  # 9999-12-31T23:59 in a zone west of UTC is past the last date Python knows
        raise BadInput(f"{option}: {value!r} is out of range") from None


def team_option(session, name: str | None) -> int | None:
    """The id of the team --team names, or None when it was not given."""
    from followup.users import get_team

    return get_team(session, name).id if name else None


TEAM_HELP = "The customer's team (needed when several teams know the address)."


def not_yet(what: str, issue: int) -> NotAvailable:
    """The error of a command whose capability has not landed yet."""
    return NotAvailable(f"{what} is not available yet (issue #{issue})")


# ---------------------------------------------------------------- init, user


@click.command(cls=Command)
def init() -> None:
    """Create or upgrade the database (Alembic)."""
    from followup.secrets import ensure_key_file

    st = state()
    st.settings.data_path.mkdir(parents=True, exist_ok=True)
    if not st.settings.secret(st.settings.web.secret_key_env):
        ensure_key_file(st.settings.data_path)
    before, after = st.db.upgrade()
    url = st.db.url.render_as_string(hide_password=True)
    if before == after:
        click.echo(f"database {url} is up to date (revision {after})")
    else:
        click.echo(f"database {url} {'created' if before is None else 'upgraded'} at revision {after}")


@click.group(cls=Group)
def user() -> None:
    """Manage reps."""


@user.command("add")
@click.argument("email")
@click.option("--name", required=True, help="The rep's name, used to sign follow-ups.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.option("--signature", default="", help="Signature under the rep's follow-ups (default: the name).")
def user_add(email: str, name: str, password_stdin: bool, signature: str) -> None:
    """Add a rep who can log in and approve drafts."""
    from followup.users import add_user

    st = state()
    password = read_password(password_stdin)
    st.db.check_current()
    with st.db.write_session() as session:
        rep = add_user(session, email, name, password, signature=signature)
        session.commit()
        click.echo(f"user {rep.email} added")


# ---------------------------------------------------------------- mailbox


@user.command("password")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input.")
def user_password(email: str, password_stdin: bool) -> None:
    """Change a rep's password; every web session the rep has is ended."""
    from followup.users import get_user, set_password

    st = state()
    password = read_password(password_stdin)
    st.db.check_current()
    with st.db.write_session() as session:
        rep = get_user(session, email)
        set_password(session, rep, password)
        session.commit()
        click.echo(f"password of {rep.email} changed; their web sessions are ended")


@click.group(cls=Group)
def mailbox() -> None:
    """Connect and test IMAP + SMTP accounts."""


@mailbox.command("add")
@click.argument("name")
@click.option("--owner", required=True, help="Email of the rep who owns the mailbox.")
@click.option("--username", default=None, help="IMAP/SMTP login (required without --oauth).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.option("--imap-host", default=None)
@click.option("--imap-port", type=click.IntRange(1, 65535), default=None)
@click.option("--imap-security", type=click.Choice(["ssl", "starttls", "none"]), default=None)
@click.option("--smtp-host", default="", help="Leave out to write outgoing mail to a local folder.")
@click.option("--smtp-port", type=click.IntRange(0, 65535), default=0)
@click.option("--smtp-security", type=click.Choice(["ssl", "starttls", "none"]), default="none")
@click.option("--email", "email_address", default=None, help="The mailbox's address (default: the username or the owner's).")
@click.option("--alias", "aliases", multiple=True, help="Another address of the rep (never a customer).")
@click.option("--folder", "folders", multiple=True, help="Another folder to sync besides INBOX and Sent.")
@click.option("--oauth", "oauth_provider", default=None, metavar="microsoft|google|NAME",
              help="Sign in with OAuth 2.0 ([oauth.NAME] in config.toml) instead of a password.")
@click.option("--loopback", is_flag=True, help="With --oauth: sign in through a browser redirect to 127.0.0.1 "
                                               "even where the provider offers a device code.")
@click.option("--reconnect", is_flag=True, help="With --oauth: sign an existing OAuth mailbox in again.")
def mailbox_add(name, owner, username, password_stdin, imap_host, imap_port, imap_security, smtp_host, smtp_port,
                smtp_security, email_address, aliases, folders, oauth_provider, loopback, reconnect) -> None:
    """Connect a rep's mailbox (password or OAuth refresh token encrypted at rest)."""
    from followup.mailboxes import add_mailbox
    from followup.users import get_user

    if oauth_provider is not None:
        given = [opt for opt, value in (("--username", username), ("--password-stdin", password_stdin),
                                        ("--imap-host", imap_host), ("--smtp-host", smtp_host)) if value]
        if given:
            raise BadInput(f"{given[0]}: not with --oauth (the provider's servers are in [oauth.{oauth_provider}])")
        _mailbox_add_oauth(name, owner, oauth_provider, email_address, aliases, folders, loopback, reconnect)
        return
    for opt, value in (("--username", username), ("--imap-host", imap_host), ("--imap-port", imap_port),
                       ("--imap-security", imap_security)):
        if value is None:
            raise BadInput(f"{opt}: required (or sign in with --oauth microsoft|google|NAME)")
    st = state()
    password = read_password(password_stdin)
    st.db.check_current()
    with st.db.write_session() as session:
        box = add_mailbox(session, st.vault, name=name, owner=get_user(session, owner), username=username,
                          password=password, imap_host=imap_host, imap_port=imap_port, imap_security=imap_security,
                          smtp_host=smtp_host, smtp_port=smtp_port, smtp_security=smtp_security,
                          email_address=email_address, aliases=aliases, extra_folders=folders)
        session.commit()
        click.echo(f"mailbox {box.name} added for {box.email_address}; run 'followup mailbox test {box.name}'")


def _mailbox_add_oauth(name, owner, provider_name, email_address, aliases, folders, loopback, reconnect) -> None:
    """Sign in with the provider (device code, else loopback redirect), test IMAP and SMTP, then save."""
    import time

    from sqlmodel import select

    from followup.mail import oauth
    from followup.mail.imap import test_mailbox
    from followup.models import Mailbox
    from followup.users import get_user, normalise_email

    st = state()
    p = oauth.for_command_line(oauth.provider(st.settings, provider_name))
    st.db.check_current()
    with st.db.session() as session:
        user = get_user(session, owner)
        existing = session.exec(select(Mailbox).where(Mailbox.name == name, Mailbox.team_id == user.team_id)).first()
        session.expunge(user)
    if existing is not None and not reconnect:
        raise BadInput(f"mailbox {name} already exists (sign it in again with --reconnect)")
    if existing is None and reconnect:
        raise BadInput(f"--reconnect: no mailbox {name}")
    if reconnect and existing.auth_kind != "oauth":
        raise BadInput(f"--reconnect: mailbox {name} signs in with a password, not OAuth")
    box = oauth.draft_mailbox(p, name, existing.email_address if existing else (email_address or user.email), user)
    box.aliases = [normalise_email(a, "--alias") for a in aliases] or None
    box.extra_folders = list(folders) or None
    deadline = time.monotonic() + st.settings.oauth.sign_in_timeout.total_seconds()
    if p.device_authorization_url and not loopback:
        grant = oauth.start_device(p)
        click.echo(f"To sign in to {p.label} as {box.email_address}, open {grant.verification_uri} "
                   f"and enter the code {grant.user_code}", err=True)
        token = oauth.poll_device(p, grant, deadline)
    else:
        token = oauth.loopback_sign_in(p, deadline, lambda url: click.echo(
            f"To sign in to {p.label} as {box.email_address}, open this address in a browser on this computer:\n"
            f"{url}", err=True))
    checks = test_mailbox(box, oauth.FixedToken(box, p, token), st.settings.sync.timeout.total_seconds())
    failed = [detail for _, ok, detail in checks if not ok]
    for check, ok, detail in checks:
        click.echo(f"{'ok  ' if ok else 'FAIL'} {check}: {detail}")
    if failed:
        click.echo(f"error: signed in, but nothing was saved: {'; '.join(failed)}", err=True)
        click.get_current_context().exit(1)
    with st.db.write_session() as session:
        saved = oauth.save_mailbox(session, st.vault, box, token, actor=user.email)
        session.commit()
    verb = "reconnected" if reconnect else "added"
    click.echo(f"mailbox {saved.name} {verb} for {saved.email_address} ({p.label}, OAuth 2.0)")


@mailbox.command("test")
@click.argument("name")
@click.option("--team", default=None, help="The mailbox's team (needed when several teams use the name).")
def mailbox_test(name: str, team: str | None) -> None:
    """Log in to IMAP and SMTP and say what works."""
    from followup.mail.imap import test_mailbox
    from followup.mailboxes import get_mailbox
    from followup.mail.oauth import login_for

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        box = get_mailbox(session, name, team_option(session, team))
    checks = test_mailbox(box, login_for(box, st.vault, st.settings, st.db.session),
                          st.settings.sync.timeout.total_seconds())
    for check, ok, detail in checks:
        click.echo(f"{'ok  ' if ok else 'FAIL'} {check}: {detail}")
    failed = [detail for _, ok, detail in checks if not ok]
    if failed:  # the report stays on stdout; the failure is also the one error line every command gives
        click.echo(f"error: {'; '.join(failed)}", err=True)
        click.get_current_context().exit(1)


# ---------------------------------------------------------------- sync, notes


@click.command(cls=Command)
@click.argument("name", required=False)
@click.option("--team", default=None, help="The mailbox's team (needed when several teams use the name).")
@click.option("--json", "as_json", is_flag=True)
def sync(name: str | None, team: str | None, as_json: bool) -> None:
    """Fetch new mail from every mailbox (or NAME)."""
    from followup.inbound.sync import sync_all, terminal_progress

    st = state()
    st.db.check_current()
    progress = terminal_progress(sys.stderr) if sys.stderr.isatty() else None
    team_id = None
    if team:
        with st.db.session() as session:
            team_id = team_option(session, team)

    def prepare_recent() -> None:
        """Drafts from the mail read so far (a first sync's recent window) before the older history is read."""
        from followup.drafting.prepare import prepare_drafts

        prepare_drafts(st.db, st.settings)

    data = sync_all(st.db, st.vault, st.settings, name, progress=progress, team_id=team_id,
                    after_recent=prepare_recent)
    if data["new_messages"]:
        from followup.inbound.history import refresh

        refresh(st.db, st.settings)  # drafts prepared while the history loaded, prepared again now it is read
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


# ---------------------------------------------------------------- drafts, send


@click.group(cls=Group)
def drafts() -> None:
    """Prepare, review and approve follow-ups."""


@drafts.command("generate")
@click.option("--json", "as_json", is_flag=True)
def drafts_generate(as_json: bool) -> None:
    """Prepare a draft for every customer who needs a follow-up."""
    from followup.drafting.prepare import prepare_drafts

    st = state()
    st.db.check_current()
    result = prepare_drafts(st.db, st.settings)
    lines = [f"draft {draft_id} created" for draft_id in result["created"]]
    lines += [f"skipped {s['customer']}: {s['reason']}" for s in result["skipped"]]
    emit(result, as_json, "\n".join(lines) if lines else "no customers yet")


@drafts.command("list")
@click.option("--status", type=click.Choice(["pending", "approved", "sent", "rejected", "stale", "sending",
                                             "failed", "unknown"]), default=None)
@click.option("--json", "as_json", is_flag=True)
def drafts_list(status: str | None, as_json: bool) -> None:
    """List drafts (all, or with one status)."""
    from followup.outbound import gate
    from followup.drafts import draft_dict, list_drafts

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        pairs = list_drafts(session, status)
        decided = gate.verdicts(session, [(d, c) for d, c in pairs if d.status in gate.LIVE], st.settings)
        rows = [draft_dict(d, c, decided.get(d.id)) for d, c in pairs]
    lines = [f"{r['id']:>5}  {r['status']:<9} {r['customer']:<32} {r['subject']}"
             + (f"  [held: {r['hold_reason']}]" if r["hold_reason"] else "") for r in rows]
    emit(rows, as_json, "\n".join(lines) if lines else "no drafts")


@drafts.command("show")
@click.argument("draft_id", type=int)
@click.option("--json", "as_json", is_flag=True)
def drafts_show(draft_id: int, as_json: bool) -> None:
    """Show one draft with its sources and grounding report."""
    from followup.outbound import gate
    from followup.drafts import draft_dict, get_draft
    from followup.models import Customer

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        draft = get_draft(session, draft_id)
        customer = session.get(Customer, draft.customer_id)
        decided = gate.verdict(session, draft, customer, st.settings) if draft.status in gate.LIVE else None
        data = draft_dict(draft, customer, decided)
    sources = "\n".join(f"  [{s['kind']} {s['id']}] {s['quote']}" for s in data["sources"])
    text = (f"draft {data['id']} to {data['customer']} ({data['status']})\n"
            + (f"held: {data['hold_reason']}\n" if data["hold_reason"] else "")
            + f"Subject: {data['subject']}\n\n{data['body']}\n\nsources:\n{sources or '  (none)'}")
    emit(data, as_json, text)


@drafts.command("explain")
@click.argument("draft_id", type=int)
@click.option("--json", "as_json", is_flag=True)
def drafts_explain(draft_id: int, as_json: bool) -> None:
    """Show the conversation state a draft restates, each item with its source."""
    from followup.drafts import explain, get_draft

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        data = explain(session, get_draft(session, draft_id))
    lines = [f"draft {data['id']} to {data['customer']} (language {data['language']}, as of {data['today'] or '-'})"]
    if data["last_interaction"].get("kind"):
        last = data["last_interaction"]
        lines.append(f"last interaction: {last['kind']} {last.get('when') or ''} [{last.get('source')}]".rstrip())
    lines.append("open now:" if data["open"] else "open now: nothing")
    for item in data["open"]:
        when = f" ({item['when']})" if item.get("when") else ""
        lines.append(f"  {item['kind']:<11} {item['text'] or '-'}{when}\n"
                     f"              [{item['source']['kind']} {item['source']['id']}] {item['source']['quote']}")
    if data["closed"]:
        lines.append("settled:")
    for item in data["closed"]:
        by = f" by {item['by']}" if item.get("by") else ""
        lines.append(f"  {item['kind']:<11} {item['status']}{by}: [{item['source']['kind']} {item['source']['id']}] "
                     f"{item['source']['quote']}")
    if data["slots"]:
        lines.append("unfilled answer slots: " + ", ".join(data["slots"]))
    emit(data, as_json, "\n".join(lines))


@drafts.command("approve")
@click.argument("draft_id", type=int)
@click.option("--body-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Approve this edited text instead of the draft's.")
@click.option("--as", "as_user", default=None, help="Email of the approving rep (default: the only rep).")
@click.option("--without-history", is_flag=True,
              help="Send without waiting for the mailbox's older mail to be read (it may hold an opt-out).")
def drafts_approve(draft_id: int, body_file: Path | None, as_user: str | None, without_history: bool) -> None:
    """Approve a draft's exact text for sending."""
    from followup.approval import acting_rep, approve
    from followup.drafts import get_draft

    body = None
    if body_file is not None:
        body = read_text_option(body_file, "--body-file").rstrip()  # an editor's trailing newline is not part of what the rep means to send
    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        rep = acting_rep(session, as_user)
        draft = approve(session, get_draft(session, draft_id, rep.team_id), rep, body=body)
        if without_history:
            from followup.inbound.history import override

            override(session, draft, rep)
        session.commit()
        again = f" (sent again as new draft {draft.id})" if draft.id != draft_id else ""
        click.echo(f"draft {draft_id} approved by {rep.email}{again}")


@drafts.command("unapprove")
@click.argument("draft_id", type=int)
@click.option("--as", "as_user", default=None, help="Email of the rep (default: the only rep).")
def drafts_unapprove(draft_id: int, as_user: str | None) -> None:
    """Take an approval back while the draft has not left: it is pending again."""
    from followup.approval import acting_rep, unapprove
    from followup.drafts import get_draft

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        rep = acting_rep(session, as_user)
        unapprove(session, get_draft(session, draft_id, rep.team_id), rep)
        session.commit()
    click.echo(f"draft {draft_id} is pending again (approval taken back by {rep.email})")


@drafts.command("reject")
@click.argument("draft_id", type=int)
@click.option("--as", "as_user", default=None, help="Email of the rejecting rep (default: the only rep).")
def drafts_reject(draft_id: int, as_user: str | None) -> None:
    """Reject a draft; it will not be sent."""
    from followup.approval import acting_rep, reject
    from followup.drafts import get_draft

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        rep = acting_rep(session, as_user)
        reject(session, get_draft(session, draft_id, rep.team_id), rep)
        session.commit()
    click.echo(f"draft {draft_id} rejected by {rep.email}")


@click.command(cls=Command)
@click.option("--json", "as_json", is_flag=True)
def send(as_json: bool) -> None:
    """Send approved drafts whose policy gate passes.

    Exit 0 when the run completed, even with drafts held or failed (they are in the report);
    exit 1 when a mailbox's SMTP or IMAP server could not be reached (its drafts were not tried).
    """
    from followup.outbound.outbox import send_due

    st = state()
    st.db.check_current()
    result = send_due(st.db, st.vault, st.settings)
    lines = [f"sent: {len(result['sent'])}, held: {len(result['held'])}, failed: {len(result['failed'])}, "
             f"unknown: {len(result['unknown'])}"]
    lines += [f"  held {h['id']}: {h['reason']}" for h in result["held"]]
    lines += [f"  failed {f['id']}: {f['error']}" for f in result["failed"]]
    lines += [f"  unknown {u['id']}: {u['reason']}" for u in result["unknown"]]
    lines += [f"  not filed in Sent {u['id']}: {u['error']}" for u in result["unfiled"]]
    emit(result, as_json, "\n".join(lines))
    for error in result["errors"]:
        click.echo(f"error: {error['error']}", err=True)
    if result["errors"]:
        click.get_current_context().exit(1)


# ---------------------------------------------------------------- customer


@click.group(cls=Group)
def customer() -> None:
    """Customers: state, quiet periods, possible wishes, resume."""


@customer.command("show")
@click.argument("email")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_show(email: str, team: str | None, as_json: bool) -> None:
    """Show a customer's status, quiet period, preferences and recent sends."""
    from followup.customers import resolve_customer, summary

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        cust = resolve_customer(session, email, team_option(session, team))
        data = summary(session, cust, st.settings.policy.default_timezone)
        quiet = local_text(cust.quiet_until, data["timezone"]) if data["quiet_until"] else "-"
    lines = [f"{data['email']} {data['name']}".strip(), f"status: {data['status']}"
             + (f" ({data['status_reason']})" if data["status_reason"] else ""),
             f"time zone: {data['timezone']}",
             f"quiet until: {quiet}" + (f" ({data['quiet_reason']})" if data["quiet_until"] else ""),
             f"preferences: {', '.join(data['preferences']) or '-'}",
             f"recent sends: {len(data['recent_sends'])}"]
    lines += [f"  {s['at']} draft {s['draft_id']} ({s['state']})" for s in data["recent_sends"]]
    lines += [f"possible {p['kind']} [{p['id']}]: \"{p['quote']}\" (followup customer confirm|dismiss "
              f"{data['email']} {p['id']})" for p in data["possible_wishes"]]
    emit(data, as_json, "\n".join(lines))


@customer.command("confirm")
@click.argument("email")
@click.argument("wish_id")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_confirm(email: str, wish_id: str, team: str | None, as_json: bool) -> None:
    """Apply a possible wish with its quote."""
    from followup.customers import confirm_possible

    _settle_possible(email, wish_id, team, as_json, confirm_possible,
                     lambda w, d: f"{d['email']}: {w.kind} applied (\"{w.quote}\"); status {d['status']}")


@customer.command("dismiss")
@click.argument("email")
@click.argument("wish_id")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_dismiss(email: str, wish_id: str, team: str | None, as_json: bool) -> None:
    """Drop a possible wish (audited); the customer's state is unchanged."""
    from followup.customers import dismiss_possible

    _settle_possible(email, wish_id, team, as_json, dismiss_possible,
                     lambda w, d: f"{d['email']}: possible {w.kind} dismissed; status {d['status']}")


def _settle_possible(email: str, wish_id: str, team: str | None, as_json: bool, settle, said) -> None:
    """Confirm or dismiss one possible wish of the customer, then print the customer's summary."""
    from followup.customers import resolve_customer, summary

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        cust = resolve_customer(session, email, team_option(session, team))
        wish = settle(session, cust, wish_id, actor="cli")
        session.commit()
        data = summary(session, cust, st.settings.policy.default_timezone)
    emit(data, as_json, said(wish, data))


@customer.command("quiet")
@click.argument("email")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--days", type=int, default=None, help="Quiet for this many days from now.")
@click.option("--until", "until", default=None, help="Quiet until this date (ISO 8601, in the customer's time zone).")
@click.option("--reason", default="", help="Why (shown with the quiet period).")
@click.option("--json", "as_json", is_flag=True)
def customer_quiet(email: str, team: str | None, days: int | None, until: str | None, reason: str,
                   as_json: bool) -> None:
    """Hold every follow-up to a customer for a while."""
    from followup.customers import MAX_QUIET_DAYS, resolve_customer, set_quiet, summary

    if (days is None) == (until is None):
        raise BadInput("customer quiet: give exactly one of --days or --until")
    if days is not None and not 1 <= days <= MAX_QUIET_DAYS:
        raise BadInput(f"--days: {days} is not between 1 and {MAX_QUIET_DAYS}")
    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        cust = resolve_customer(session, email, team_option(session, team), create=True)
        tz = cust.timezone or st.settings.policy.default_timezone
        end = utcnow() + timedelta(days=days) if days is not None else parse_when(until, "--until", tz)
        set_quiet(session, cust, end, reason=reason, actor="cli")
        session.commit()
        data = summary(session, cust, st.settings.policy.default_timezone)
    emit(data, as_json, f"{data['email']} quiet until {local_text(end, tz)}")


@customer.command("resume")
@click.argument("email")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_resume(email: str, team: str | None, as_json: bool) -> None:
    """Lift a quiet period, pause or opt-out set by mistake."""
    from followup.customers import resolve_customer, resume, summary

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        cust = resolve_customer(session, email, team_option(session, team))
        undone = resume(session, cust, actor="cli")
        session.commit()
        data = summary(session, cust, st.settings.policy.default_timezone)
    emit(data, as_json, f"{data['email']} is {data['status']} ({undone} wish(es) lifted)")


# ---------------------------------------------------------------- serve, worker, demo, backup


@click.command(cls=Command)
@click.option("--host", default=None, help="Address to listen on (default from [web] host).")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Port (default from [web] port).")
def serve(host: str | None, port: int | None) -> None:
    """Run the web UI and the scheduler."""
    from followup import web

    st = state()
    st.db.check_current()
    app = current_app._get_current_object()
    if "followup.web" not in app.extensions:  # the console script builds the app without its web UI
        web.init_app(app)
    run_service(app, web=True, host=host or st.settings.web.host, port=port or st.settings.web.port)


@click.command(cls=Command)
def worker() -> None:
    """Run the scheduler's jobs without the web UI."""
    state().db.check_current()
    run_service(current_app._get_current_object(), web=False)


@click.command(cls=Command)
def demo() -> None:
    """Load fictional sample conversations, for a first look."""
    from followup.demo import load_demo
    from followup.secrets import ensure_key_file

    st = state()
    st.settings.data_path.mkdir(parents=True, exist_ok=True)
    if not st.settings.secret(st.settings.web.secret_key_env):
        ensure_key_file(st.settings.data_path)
    st.db.upgrade()
    result = load_demo(st.db, st.vault, st.settings)
    click.echo(f"demo loaded: {result.customers} customers, {result.messages} messages, {result.notes} call notes, "
               f"{result.drafts} drafts")
    click.echo(f"log in as {result.email} / {result.password}")


@click.command(cls=Command)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup(path: Path) -> None:
    """Write a consistent copy of the database to PATH."""
    from followup.backup import backup_database

    st = state()
    st.db.check_current()
    click.echo(backup_database(st.db, path))


def run_service(app, *, web: bool, host: str = "", port: int = 0) -> None:
    """Run the scheduler (and the web app under waitress) until SIGTERM or SIGINT, then stop gracefully.

    On a signal the web server stops taking requests and the scheduler waits for running jobs, so an
    in-flight send finishes (or stays reconcilable); nothing is left half-recorded.
    """
    import signal
    import threading

    from followup.jobs import build_scheduler

    stop = threading.Event()
    serving = threading.Event()

    def on_signal(signum, _frame):
        log.info("received %s, shutting down", signal.Signals(signum).name)
        stop.set()
        if serving.is_set():
            serving.clear()
            raise SystemExit(0)  # waitress's run() catches it and drains its task threads

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" on every busy request is noise
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    scheduler = build_scheduler(app)
    scheduler.start()
    try:
        if web:
            from waitress import create_server

            web_settings = state().settings.web
            # waitress refuses an over-long body before buffering it; the app's TrustedProxies middleware, not
            # waitress, decides which forwarded headers count, so waitress must pass them through.
            server = create_server(app, host=host, port=port, threads=web_settings.threads,
                                   max_request_body_size=web_settings.max_request_bytes,
                                   clear_untrusted_proxy_headers=False)
            click.echo(f"followup serving on http://{host}:{server.effective_port} (scheduler running)", err=True)
            if not stop.is_set():
                serving.set()
                server.run()
                serving.clear()
        else:
            click.echo("followup worker running the scheduler's jobs", err=True)
        stop.wait()
    finally:
        scheduler.shutdown(wait=True)
        if "followup.watchers" in app.extensions:
            app.extensions["followup.watchers"].shutdown()
        click.echo("followup stopped", err=True)


COMMANDS = [init, user, mailbox, sync, notes, drafts, send, customer, serve, worker, demo, backup]


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
