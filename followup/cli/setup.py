"""`followup init`, `followup user ...` and `followup mailbox ...`: the database, the reps and their mailboxes."""
from __future__ import annotations

import click

from followup.cli.common import Command, Group, prepare_data_dir, read_password, state, team_option
from followup.exceptions import BadInput


@click.command(cls=Command)
def init() -> None:
    """Create or upgrade the database (Alembic)."""
    st = state()
    prepare_data_dir(st)
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


# ---------------------------------------------------------------- mailbox


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
    from followup.mail.oauth import login_for
    from followup.mailboxes import get_mailbox

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
