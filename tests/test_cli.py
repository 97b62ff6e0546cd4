"""The command-line contract of SPEC.md, through the real console script."""
import json

import pytest

SPEC_COMMANDS = ["init", "user", "mailbox", "sync", "notes", "drafts", "send", "customer", "serve", "worker",
                 "demo", "backup"]


def test_help_lists_every_command(cli):
    result = cli("--help")
    assert result.returncode == 0
    listed = [line.split()[0] for line in result.stdout.split("Commands:")[1].splitlines() if line.strip()]
    assert set(SPEC_COMMANDS) <= set(listed)


def test_version_starts_without_the_app():
    """`followup --version` imports no command module, Flask, SQLAlchemy nor pydantic (start-up stays ~50 ms)."""
    import subprocess
    import sys

    probe = ("import sys\nsys.argv = ['followup', '--version']\nfrom followup.cli import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'pydantic', 'followup')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("followup, version"), result.stderr
    assert result.stdout.splitlines()[-1] == "['followup', 'followup.cli']"


def _imported(args: list[str], env: dict | None = None) -> tuple[str, list[str]]:
    """(stdout, the flask/werkzeug/sqlalchemy/pydantic modules loaded) of `followup ARGS` run in one process."""
    import subprocess
    import sys

    probe = (f"import sys\nsys.argv = ['followup', *{args!r}]\nfrom followup.cli import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'flask', 'werkzeug', 'sqlalchemy', 'pydantic'}))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env)
    return result.stdout, result.stdout.splitlines()[-1] if result.stdout else result.stderr


@pytest.mark.parametrize("args", [["--help"], ["drafts", "--help"], ["sync", "--help"]])
def test_help_imports_neither_the_orm_nor_flask(args):
    """--help lists every command from their modules, none of which imports SQLAlchemy, pydantic or Flask to load."""
    out, loaded = _imported(args)
    assert "Usage:" in out and loaded == "[]"


def test_a_database_command_runs_without_flask(cli, config_file):
    """`drafts list` needs the settings and a session, not the web app: Flask and werkzeug stay unloaded."""
    import os

    assert cli("init").returncode == 0
    env = {**os.environ, "FOLLOWUP_CONFIG": str(config_file), "FOLLOWUP_SECRET_KEY": "test-secret-key"}
    out, loaded = _imported(["drafts", "list", "--json"], env)
    assert out.startswith("[]") and loaded == "['pydantic', 'sqlalchemy']"


def test_unknown_command_is_one_line_exit_2(cli):
    result = cli("frobnicate")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "frobnicate" in result.stderr


@pytest.mark.sqlite_only
def test_init_creates_then_is_a_no_op(cli, config_file):
    first = cli("init")
    assert first.returncode == 0, first.stderr
    assert "created at revision" in first.stdout
    second = cli("init")
    assert second.returncode == 0 and "up to date" in second.stdout
    assert (config_file.parent / "followup.db").exists()


def test_init_without_secret_creates_a_private_key_file(cli, config_file):
    result = cli("init", extra_env={"FOLLOWUP_SECRET_KEY": ""})
    assert result.returncode == 0, result.stderr
    key = config_file.parent / "data" / "secret.key"
    assert key.exists() and (key.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("body,needle", [('[policy]\nmin_gap = "2 days"\n', "[policy] min_gap"),
                                         ('[policy]\nmax_per_window = "x"\n', "[policy] max_per_window"),
                                         ("[policy\n", "not valid TOML")])
def test_broken_config_exits_2_with_one_line(cli, config_file, body, needle):
    config_file.write_text(config_file.read_text() + body)
    result = cli("init")
    assert result.returncode == 2
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_missing_config_file_exits_2(cli, tmp_path):
    result = cli("--config", str(tmp_path / "absent.toml"), "init")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'absent.toml'}: config file not found"


@pytest.mark.sqlite_only  # with --db=postgres the database starts migrated
def test_commands_before_init_say_so(cli):
    result = cli("customer", "show", "a@b.example")
    assert result.returncode == 1
    assert "run 'followup init'" in result.stderr


def test_user_add_and_customer_quiet_show_resume(cli):
    assert cli("init").returncode == 0
    added = cli("user", "add", "Dana@Example.com", "--name", "Dana Rep", "--password-stdin", input="s3cret-pass\n")
    assert added.returncode == 0, added.stderr
    again = cli("user", "add", "dana@example.com", "--name", "Dana", "--password-stdin", input="s3cret-pass\n")
    assert again.returncode == 2 and "already exists" in again.stderr

    quiet = cli("customer", "quiet", "ann@customer.example", "--days", "3", "--reason", "needs a few days", "--json")
    assert quiet.returncode == 0, quiet.stderr
    shown = json.loads(cli("customer", "show", "ANN@customer.example", "--json").stdout)
    assert {"email", "name", "timezone", "status", "quiet_until", "preferences", "recent_sends"} <= set(shown)
    assert shown["email"] == "ann@customer.example" and shown["status"] == "active"
    assert shown["quiet_until"] is not None and shown["timezone"] == "America/Chicago"
    assert shown["wishes"][0]["quote"] == "needs a few days"

    resumed = cli("customer", "resume", "ann@customer.example", "--json")
    assert resumed.returncode == 0
    assert json.loads(resumed.stdout)["quiet_until"] is None


def test_quiet_until_a_past_date_is_refused(cli):
    cli("init")
    result = cli("customer", "quiet", "ann@customer.example", "--until", "2020-01-01")
    assert result.returncode == 2
    assert "quiet period ends before it begins" in result.stderr


@pytest.mark.parametrize("args,needle", [
    (["customer", "show", "not-an-address"], "is not an email address"),
    (["customer", "show", "nobody@customer.example"], "no customer nobody@customer.example"),
    (["customer", "quiet", "a@customer.example"], "exactly one of --days or --until"),
    (["notes", "add", "a@customer.example", "--text", "hi", "--at", "yesterday-ish"], "--at: 'yesterday-ish' is not"),
    (["notes", "add", "a@customer.example", "--file", "/nonexistent/note.txt"], "does not exist"),
    (["drafts", "show", "999"], "no draft 999"),
    (["drafts", "list", "--status", "bogus"], "--status"),
])
def test_bad_input_exits_2_with_one_line(cli, args, needle):
    cli("init")
    result = cli(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_notes_add_creates_the_customer(cli):
    cli("init")
    result = cli("notes", "add", "bo@customer.example", "--text", "Wants a 15 year fixed.", "--at",
                 "2026-11-20T15:00", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] >= 1
    assert json.loads(cli("customer", "show", "bo@customer.example", "--json").stdout)["status"] == "active"


def test_drafts_list_json_is_one_document(cli):
    cli("init")
    result = cli("drafts", "list", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []


@pytest.mark.sqlite_only  # with --db=postgres the database starts migrated
def test_flask_cli_has_the_same_commands(config_file):
    import os
    import subprocess
    import sys
    from pathlib import Path

    flask = Path(sys.executable).with_name("flask")
    env = {**os.environ, "FOLLOWUP_CONFIG": str(config_file), "FOLLOWUP_SECRET_KEY": "k"}
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([str(flask), "--app", "app", "init"], capture_output=True, text=True, env=env, cwd=root,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "created at revision" in result.stdout


def _approved_with_possible_pause(session, teams):
    """Team A's draft approved and due now, and a possible pause recorded for its customer; returns (side, wish id)."""
    from followup.approval import approve
    from followup.customers import record_possible
    from followup.models import Customer, Draft, User

    side = teams[0]
    draft = session.get(Draft, side.draft_id)
    approve(session, draft, session.get(User, side.rep_id))
    draft.not_before = None  # due now: no undo window to wait out in a test
    possible = record_possible(session, session.get(Customer, side.customer_id), "paused",
                               quote="not sure now is the time for us")
    session.commit()
    return side, possible.id


def test_possible_wish_holds_the_send_until_confirmed(cli, session, teams):
    side, wish_id = _approved_with_possible_pause(session, teams)
    shown = json.loads(cli("customer", "show", "customer-a@example.test", "--json").stdout)
    assert shown["status"] == "active"
    text = cli("customer", "show", "customer-a@example.test").stdout
    assert f'possible paused [{wish_id}]: "not sure now is the time for us"' in text
    first = shown["possible_wishes"][0]
    assert (first["id"], first["kind"], first["quote"]) == (wish_id, "paused", "not sure now is the time for us")
    listed = json.loads(cli("drafts", "list", "--json").stdout)
    mine = next(d for d in listed if d["id"] == side.draft_id)
    assert mine["hold_reason"].startswith('possible pause: confirm or dismiss ("not sure now is the time for us")')

    sent = cli("send", "--json")
    assert sent.returncode == 0, sent.stderr
    report = json.loads(sent.stdout)
    assert side.draft_id not in report["sent"]
    assert any(h["id"] == side.draft_id and h["reason"].startswith("possible pause") for h in report["held"])

    confirmed = cli("customer", "confirm", "customer-a@example.test", str(wish_id), "--json")
    assert confirmed.returncode == 0, confirmed.stderr
    after = json.loads(confirmed.stdout)
    assert after["status"] == "paused" and after["status_reason"] == "not sure now is the time for us"
    assert after["possible_wishes"] == []
    again = cli("customer", "confirm", "customer-a@example.test", str(wish_id))
    assert again.returncode == 2 and "already confirmed" in again.stderr
    held = json.loads(cli("send", "--json").stdout)["held"]
    assert any(h["id"] == side.draft_id and h["reason"].startswith("paused") for h in held)


def test_dismissing_a_possible_wish_lets_the_draft_go_on(cli, session, teams):
    from sqlmodel import select

    from followup.models import AuditEvent

    side, wish_id = _approved_with_possible_pause(session, teams)
    dismissed = cli("customer", "dismiss", "customer-a@example.test", str(wish_id))
    assert dismissed.returncode == 0, dismissed.stderr
    assert "possible paused dismissed; status active" in dismissed.stdout
    shown = json.loads(cli("customer", "show", "customer-a@example.test", "--json").stdout)
    assert shown["status"] == "active" and shown["possible_wishes"] == []
    report = json.loads(cli("send", "--json").stdout)
    assert not any("possible" in (h.get("reason") or "") for h in report["held"])
    session.expire_all()
    assert session.exec(select(AuditEvent).where(AuditEvent.kind == "wish.dismissed")).one().detail["possible_id"] \
        == wish_id


@pytest.mark.parametrize("verb", ["confirm", "dismiss"])
@pytest.mark.parametrize("wish_id,needle", [("4242", "no possible wish 4242 for customer-a@example.test"),
                                             ("x1", "wish id 'x1' is not a number")])
def test_unknown_possible_wish_id_exits_2_with_one_line(cli, session, teams, verb, wish_id, needle):
    result = cli("customer", verb, "customer-a@example.test", wish_id)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {needle}"


def test_drafts_explain_shows_the_state_the_draft_restates_with_sources(cli):
    cli("init")
    assert cli("user", "add", "rita@rep.example", "--name", "Rita Rep", "--password-stdin",
               input="correct horse battery staple\n").returncode == 0
    note = cli("notes", "add", "bo@customer.example", "--text",
               "Talked to Bo. Wants a quote for 40 drivers. Does the plan include SSO? Sending the case study Thu.",
               "--json")
    assert note.returncode == 0, note.stderr
    created = json.loads(cli("drafts", "generate", "--json").stdout)["created"]
    assert len(created) == 1
    result = cli("drafts", "explain", str(created[0]), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == created[0] and data["customer"] == "bo@customer.example" and data["language"] == "en"
    kinds = {item["kind"]: item for item in data["open"]}
    assert kinds["commitment"]["source"] == {"kind": "note", "id": json.loads(note.stdout)["id"],
                                             "quote": "Sending the case study Thu."}
    assert data["slots"] == ["[[answer: Does the plan include SSO?]]"]
    text = cli("drafts", "explain", str(created[0]))
    assert text.returncode == 0 and "Sending the case study Thu." in text.stdout and "answer slots" in text.stdout
    missing = cli("drafts", "explain", "999")
    assert (missing.returncode, missing.stderr) == (2, "error: no draft 999\n")
# ---------------------------------------------------------------- two teams (issue 13.12)


@pytest.fixture
def two_teams(app, session):
    """team-a (the first, default team) and team-b, each with a rep; ann@ is team B's customer only."""
    from followup.customers import get_or_create_customer
    from followup.models import Team
    from followup.users import add_user

    ids = {}
    for label in ("a", "b"):
        team = Team(name=f"team-{label}")
        session.add(team)
        session.flush()
        add_user(session, f"rep-{label}@example.com", f"Rep {label}", "correct horse battery", team_id=team.id)
        ids[label] = team.id
    get_or_create_customer(session, "ann@customer.example", team_id=ids["b"], name="Ann")
    session.commit()
    return ids


def _customers(session, email):
    """(team_id, quiet) of every customer row with this address."""
    from sqlmodel import select

    from followup.models import Customer

    session.rollback()  # a fresh snapshot: the console script wrote in another process
    return sorted((c.team_id, c.quiet_until is not None) for c in session.exec(select(Customer).where(
        Customer.email == email)))


def test_customer_commands_find_the_customer_in_its_own_team(cli, session, two_teams):
    quiet = cli("customer", "quiet", "ann@customer.example", "--days", "3", "--json")
    assert quiet.returncode == 0, quiet.stderr
    assert _customers(session, "ann@customer.example") == [(two_teams["b"], True)]  # no duplicate in team-a
    assert json.loads(cli("customer", "show", "ann@customer.example", "--json").stdout)["quiet_until"]
    assert cli("notes", "add", "ann@customer.example", "--text", "Called; wants 3 seats.").returncode == 0
    assert cli("customer", "resume", "ann@customer.example").returncode == 0
    assert _customers(session, "ann@customer.example") == [(two_teams["b"], False)]


def test_an_address_in_two_teams_needs_team(cli, session, two_teams):
    from followup.customers import get_or_create_customer

    get_or_create_customer(session, "ann@customer.example", team_id=two_teams["a"])
    session.commit()
    ambiguous = "error: customer ann@customer.example is in several teams (team-a, team-b): give --team\n"
    for args in (("customer", "quiet", "ann@customer.example", "--days", "3"),
                 ("customer", "show", "ann@customer.example"), ("customer", "resume", "ann@customer.example"),
                 ("notes", "add", "ann@customer.example", "--text", "Called."),
                 ("customer", "confirm", "ann@customer.example", "1"),
                 ("customer", "dismiss", "ann@customer.example", "1")):
        refused = cli(*args)
        assert (refused.returncode, refused.stderr) == (2, ambiguous), args
    assert cli("customer", "quiet", "ann@customer.example", "--days", "3", "--team", "team-b").returncode == 0
    assert _customers(session, "ann@customer.example") == [(two_teams["a"], False), (two_teams["b"], True)]
    huge = cli("customer", "dismiss", "ann@customer.example", "99999999999999999999", "--team", "team-b")
    assert (huge.returncode, huge.stderr) == (
        2, "error: no possible wish 99999999999999999999 for ann@customer.example\n")
    unknown = cli("customer", "show", "ann@customer.example", "--team", "team-z")
    assert (unknown.returncode, unknown.stderr) == (2, "error: --team: no team 'team-z'\n")


def test_a_new_address_with_several_teams_needs_team(cli, session, two_teams):
    refused = cli("customer", "quiet", "new@customer.example", "--days", "2")
    assert (refused.returncode, refused.stderr) == (
        2, "error: no customer new@customer.example yet and there are several teams: give --team\n")
    assert _customers(session, "new@customer.example") == []
    assert cli("notes", "add", "new@customer.example", "--text", "Called.", "--team", "team-b").returncode == 0
    assert _customers(session, "new@customer.example") == [(two_teams["b"], False)]
    by_author = cli("notes", "add", "other@customer.example", "--text", "Called.", "--author", "rep-a@example.com")
    assert by_author.returncode == 0, by_author.stderr
    assert _customers(session, "other@customer.example") == [(two_teams["a"], False)]


def test_a_mailbox_name_in_two_teams_needs_team(cli, session, vault, two_teams):
    from followup.mailboxes import add_mailbox
    from followup.users import get_user

    for label in ("a", "b"):
        add_mailbox(session, vault, name="work", owner=get_user(session, f"rep-{label}@example.com"),
                    username=f"rep-{label}", password="pw", imap_host=f"imap-{label}.nowhere.invalid", imap_port=993,
                    imap_security="ssl")
    session.commit()
    ambiguous = "error: mailbox work is in several teams (team-a, team-b): give --team\n"
    for args in (("mailbox", "test", "work"), ("sync", "work")):
        refused = cli(*args)
        assert (refused.returncode, refused.stderr) == (2, ambiguous), args
    chosen = cli("sync", "work", "--team", "team-b")
    assert chosen.returncode == 1  # it tried team B's server (which does not resolve), and only that one
    assert chosen.stderr == ("error: mailbox work: IMAP imap-b.nowhere.invalid:993: unknown host "
                             "(the name does not resolve)\n")
