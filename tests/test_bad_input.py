"""Bad input through the real `followup` console script: each row is the exact line the user sees and the exit code.

SPEC invariant 7 and the CLI contract: one line, no traceback; exit 2 for bad input or config, 1 for a failure
at run time. Servers are the real Dovecot and SMTP sink of followup_testing/servers.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Callable

import pytest

from followup.clock import utcnow
from followup.customers import get_or_create_customer
from followup.mailboxes import add_mailbox
from followup.models import Draft
from followup.users import add_user
from followup_testing.servers import DEFAULT_IMAP_PASSWORD, SmtpServer

REP = "rep@example.com"
SMTP_USER, SMTP_PASSWORD = "rep-smtp", "smtp-secret"
UNKNOWN_HOST = "imap.nowhere.invalid"  # .invalid never resolves (RFC 2606)
AUTH_FAILED = "(server said: [AUTHENTICATIONFAILED] Authentication failed.)"


@dataclass
class World:
    """What a row's setup made: the names and numbers its expected line is written with."""

    session: object
    vault: object
    config_file: object
    dovecot: object
    imap_user: str
    smtp: SmtpServer
    draft: int = 0

    def box(self, **overrides) -> None:
        """A mailbox `work` on the test Dovecot (plain IMAP) and the test SMTP sink, with overrides."""
        rep = add_user(self.session, REP, "Rita Rep", "correct horse battery staple")
        fields = dict(name="work", owner=rep, username=self.imap_user, password=DEFAULT_IMAP_PASSWORD,
                      imap_host="127.0.0.1", imap_port=self.dovecot.imap_port, imap_security="none",
                      smtp_host="", smtp_port=0, smtp_security="none", email_address=REP)
        fields.update(overrides)
        add_mailbox(self.session, self.vault, **fields)
        self.session.commit()

    def config(self, text: str) -> None:
        """Append to the config file the console script reads."""
        self.config_file.write_text(self.config_file.read_text() + text)

    def names(self) -> dict:
        return {"imap": self.dovecot.imap_port, "user": self.imap_user, "smtp": self.smtp.port, "draft": self.draft,
                "config": self.config_file, "host": UNKNOWN_HOST, "dir": self.config_file.parent}


def wrong_password(w: World) -> None:
    w.box(password="not-the-password")


def unknown_host(w: World) -> None:
    w.box(imap_host=UNKNOWN_HOST, imap_port=993, imap_security="ssl")


def tls_to_plain_port(w: World) -> None:
    w.box(imap_security="ssl")


def smtp_auth_refused(w: World) -> None:
    w.box(username=w.imap_user, smtp_host="127.0.0.1", smtp_port=w.smtp.port)


def stale_draft(w: World) -> None:
    rep = add_user(w.session, REP, "Rita Rep", "correct horse battery staple")
    customer = get_or_create_customer(w.session, "ann@customer.example", name="Ann")
    wrote = utcnow() - timedelta(days=2)
    draft = Draft(team_id=rep.team_id, customer_id=customer.id, subject="Re: Seats", body="Hi Ann,\n\n3 seats.",
                  grounded=True, grounding={"ok": True}, sources_through=wrote, status="stale",
                  hold_reason='customer wrote on 2026-11-22: "Actually make it 4 seats."')
    w.session.add(draft)
    w.session.commit()
    w.draft = draft.id


SLOT = "[[answer: does the team plan include SSO?]]"


def slot_draft(w: World) -> None:
    rep = add_user(w.session, REP, "Rita Rep", "correct horse battery staple")
    customer = get_or_create_customer(w.session, "ann@customer.example", name="Ann")
    draft = Draft(team_id=rep.team_id, customer_id=customer.id, subject="Re: Seats", status="pending",
                  body=f"Hi Ann,\n\nOn your question: {SLOT}\n\nRita", grounded=True, grounding={"ok": True})
    w.session.add(draft)
    w.session.commit()
    w.draft = draft.id
    # the rep's edit that still leaves the slot open
    (w.config_file.parent / "edited.txt").write_text(f"Hi Ann,\n\nThanks. {SLOT}\n\nRita\n")


def a_rep(w: World) -> None:
    add_user(w.session, REP, "Rita Rep", "correct horse battery staple")
    w.session.commit()


def nothing(w: World) -> None:
    pass


def config_line(text: str) -> Callable[[World], None]:
    return lambda w: w.config(text)


def database_at(url: str) -> Callable[[World], None]:
    """Point the console script's [database] url elsewhere ({config} and {dir} filled in)."""
    def setup(w: World) -> None:
        (w.config_file.parent / "a-file").write_text("not a folder\n")
        url_line = f'url = "{url.format(**w.names())}"'
        w.config_file.write_text(re.sub(r'^url = ".*"$', url_line, w.config_file.read_text(), flags=re.M))
    return setup


@dataclass(frozen=True)
class Row:
    setup: Callable[[World], None]
    args: tuple[str, ...]
    code: int
    stream: str  # where the line appears: "stderr" (an error) or "stdout" (the check list of `mailbox test`,
    # whose failures are repeated as the one error line on stderr)
    line: str  # the exact line, with {imap} {user} {smtp} {draft} {config} {host} filled in


IMAP = "mailbox work: IMAP 127.0.0.1:{imap}"
NO_SMTP = "ok   smtp: no SMTP server configured: outgoing mail is written to a local folder"
ROWS = {
    "imap-wrong-password-test": Row(
        wrong_password, ("mailbox", "test", "work"), 1, "stdout",
        f"FAIL imap: {IMAP}: login failed for {{user}}: wrong username or password {AUTH_FAILED}\n{NO_SMTP}"),
    "imap-wrong-password-sync": Row(
        wrong_password, ("sync",), 1, "stderr",
        f"error: {IMAP}: login failed for {{user}}: wrong username or password {AUTH_FAILED}"),
    "unknown-host-test": Row(
        unknown_host, ("mailbox", "test", "work"), 1, "stdout",
        f"FAIL imap: mailbox work: IMAP {{host}}:993: unknown host (the name does not resolve)\n{NO_SMTP}"),
    "unknown-host-sync": Row(
        unknown_host, ("sync",), 1, "stderr",
        "error: mailbox work: IMAP {host}:993: unknown host (the name does not resolve)"),
    "tls-to-plain-port-test": Row(
        tls_to_plain_port, ("mailbox", "test", "work"), 1, "stdout",
        f"FAIL imap: {IMAP}: TLS handshake failed: port {{imap}} does not speak TLS (try security starttls or none)"
        f"\n{NO_SMTP}"),
    "tls-to-plain-port-sync": Row(
        tls_to_plain_port, ("sync",), 1, "stderr",
        f"error: {IMAP}: TLS handshake failed: port {{imap}} does not speak TLS (try security starttls or none)"),
    "smtp-auth-refused-test": Row(
        smtp_auth_refused, ("mailbox", "test", "work"), 1, "stdout",
        f"ok   imap: {IMAP}: logged in as {{user}} (none)\nok   folders: INBOX: INBOX, Sent: Sent\n"
        "FAIL smtp: mailbox work: SMTP 127.0.0.1:{smtp}: login failed for {user}: wrong username or password "
        "(server said: 535 5.7.8 Authentication credentials invalid)"),
    "config-bad-duration": Row(
        config_line('[policy]\nwindow = "7 days"\n'), ("drafts", "list"), 2, "stderr",
        "error: {config}: [policy] window: '7 days' is not a duration (write 30s, 90m, 48h or 7d)"),
    "config-unknown-key": Row(
        config_line('[policy]\nmax_per_week = 2\n'), ("drafts", "list"), 2, "stderr",
        "error: {config}: [policy] max_per_week: unknown key"),
    "config-proxy-not-an-address": Row(
        config_line('[web]\ntrusted_proxies = ["proxy.internal"]\n'), ("drafts", "list"), 2, "stderr",
        "error: [web] trusted_proxies: 'proxy.internal' is not an IP address or network"),
    "config-wrong-type": Row(
        config_line('[policy]\nmax_per_window = "two"\n'), ("drafts", "list"), 2, "stderr",
        "error: {config}: [policy] max_per_window: 'two' is not a whole number"),
    "customer-email-not-an-address": Row(
        nothing, ("customer", "quiet", "ann at customer.example", "--days", "3"), 2, "stderr",
        "error: customer email: 'ann at customer.example' is not an email address"),
    "note-for-not-an-address": Row(
        a_rep, ("notes", "add", "ann@", "--text", "Called; wants 3 seats."), 2, "stderr",
        "error: customer email: 'ann@' is not an email address"),
    "at-not-a-date": Row(
        a_rep, ("notes", "add", "ann@customer.example", "--text", "Called.", "--at", "last tuesday"), 2, "stderr",
        "error: --at: 'last tuesday' is not an ISO 8601 date or time (e.g. 2026-11-24T15:30)"),
    "body-file-missing": Row(
        stale_draft, ("drafts", "approve", "{draft}", "--body-file", "/nonexistent/edited.txt"), 2, "stderr",
        "error: --body-file: /nonexistent/edited.txt does not exist"),
    "approve-stale-draft": Row(
        stale_draft, ("drafts", "approve", "{draft}"), 2, "stderr",
        "error: draft {draft} is stale: customer wrote on 2026-11-22: \"Actually make it 4 seats.\"; "
        "approve the fresh draft instead ('followup drafts generate' prepares it)"),
    "approve-unfilled-answer-slot": Row(
        slot_draft, ("drafts", "approve", "{draft}"), 2, "stderr",
        f"error: draft {{draft}}: answer slot {SLOT} is unfilled; write the answer in its place "
        "(drafts approve --body-file) and approve again"),
    "approve-body-file-with-answer-slot": Row(
        slot_draft, ("drafts", "approve", "{draft}", "--body-file", "{dir}/edited.txt"), 2, "stderr",
        f"error: draft {{draft}}: answer slot {SLOT} is unfilled; write the answer in its place "
        "(drafts approve --body-file) and approve again"),
    "quiet-period-ends-before-it-begins": Row(
        nothing, ("customer", "quiet", "ann@customer.example", "--until", "2020-01-01"), 2, "stderr",
        "error: quiet period ends before it begins (2020-01-01T06:00:00+00:00 is not after now)"),
    # issue 13.10: values that overflowed a date or a database column, bytes that are not UTF-8, a database that is not
    "draft-id-too-large": Row(
        nothing, ("drafts", "show", "99999999999999999999"), 2, "stderr", "error: no draft 99999999999999999999"),
    "quiet-until-year-9999": Row(
        nothing, ("customer", "quiet", "ann@customer.example", "--until", "9999-12-31T23:00"), 2, "stderr",
        "error: --until: '9999-12-31T23:00' is out of range"),
    "quiet-until-too-far": Row(
        nothing, ("customer", "quiet", "ann@customer.example", "--until", "9000-01-01"), 2, "stderr",
        "error: quiet period: 9000-01-01T06:00:00+00:00 is more than 366 days ahead"),
    "quiet-days-huge": Row(
        nothing, ("customer", "quiet", "ann@customer.example", "--days", "3000000"), 2, "stderr",
        "error: --days: 3000000 is not between 1 and 366"),
    "note-at-year-9999": Row(
        a_rep, ("notes", "add", "ann@customer.example", "--text", "Called.", "--at", "9999-12-31T23:59"), 2, "stderr",
        "error: --at: '9999-12-31T23:59' is out of range"),
    "argument-not-utf8": Row(
        nothing, ("customer", "show", "ann\udcff@customer.example"), 2, "stderr",
        "error: argument 'ann\\xff@customer.example' is not valid UTF-8"),
    "database-folder-is-a-file": Row(
        database_at("sqlite:///{dir}/a-file/followup.db"), ("drafts", "list"), 2, "stderr",
        "error: [database] url: {dir}/a-file is a file, not a folder"),
    "database-is-not-a-database": Row(
        database_at("sqlite:///{config}"), ("drafts", "list"), 2, "stderr",
        "error: [database] url: {config} is not a SQLite database"),
}


@pytest.fixture
def smtp_with_auth(tmp_path):
    """An SMTP sink requiring AUTH as SMTP_USER / SMTP_PASSWORD (the mailbox's IMAP password is not that)."""
    with SmtpServer(user=SMTP_USER, password=SMTP_PASSWORD) as server:
        yield server


@pytest.mark.dovecot
@pytest.mark.parametrize("row", list(ROWS.values()), ids=list(ROWS))
def test_bad_input_says_exactly_one_clear_line(app, session, vault, cli, config_file, dovecot, imap_user,
                                               smtp_with_auth, row):
    world = World(session, vault, config_file, dovecot, imap_user, smtp_with_auth)
    row.setup(world)
    names = world.names()

    result = cli(*(a.format(**names) for a in row.args))

    expected = row.line.format(**names)
    shown = result.stdout if row.stream == "stdout" else result.stderr
    assert (result.returncode, shown.rstrip("\n")) == (row.code, expected), (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    if row.stream == "stderr":
        assert result.stderr.count("\n") == 1  # one line, nothing else on stderr
    else:  # the check list on stdout, and what failed as the one error line on stderr
        failed = [line.split(": ", 1)[1] for line in expected.splitlines() if line.startswith("FAIL ")]
        assert result.stderr == f"error: {'; '.join(failed)}\n"
