"""`followup notes add` through the real console script: text, file, time, errors, and the note as a draft source."""
import json
from datetime import datetime

import pytest
from sqlmodel import select

from followup.db import Database
from followup.models import CallNote, Customer

NOTE = "Wants a quote for 40 seats. Sending the pricing sheet Friday. Budget approval by Dec 4."


@pytest.fixture
def ready(cli):
    """An initialised database with one rep."""
    assert cli("init").returncode == 0
    added = cli("user", "add", "dana@northbank.example", "--name", "Dana Whitfield", "--password-stdin",
                input="s3cret-pass\n")
    assert added.returncode == 0, added.stderr
    return cli


@pytest.fixture
def rows(config_file):
    """Read what the commands stored, straight from the test's database."""
    from followup.config import load_settings

    db = Database(load_settings(config_file, environ={}).database_url)

    def read(model):
        with db.session() as session:
            return list(session.exec(select(model).order_by(model.id)))

    yield read
    db.engine.dispose()


def test_text_creates_the_customer_and_the_note(ready, rows):
    result = ready("notes", "add", "Ken.Adams@Example.com", "--text", NOTE, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (note,) = rows(CallNote)
    (customer,) = rows(Customer)
    assert data == {"id": note.id, "customer_id": customer.id}
    assert customer.email == "ken.adams@example.com" and note.customer_id == customer.id
    assert note.text == NOTE and note.author_id is not None
    shown = json.loads(ready("customer", "show", "ken.adams@example.com", "--json").stdout)
    assert shown["status"] == "active"


def test_file_and_at_in_the_default_time_zone(ready, rows, tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(NOTE + "\n", encoding="utf-8")
    result = ready("notes", "add", "ken@example.com", "--file", str(path), "--at", "2026-11-20T10:00")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"note {rows(CallNote)[0].id} added"
    (note,) = rows(CallNote)
    assert note.text == NOTE
    assert note.at == datetime(2026, 11, 20, 16, 0)  # 10:00 in America/Chicago (CST) is 16:00 UTC
    explicit = ready("notes", "add", "ken@example.com", "--text", "Called again.", "--at", "2026-11-21T09:30:00+00:00")
    assert explicit.returncode == 0, explicit.stderr
    assert rows(CallNote)[1].at == datetime(2026, 11, 21, 9, 30)


@pytest.mark.parametrize("args,message", [
    (["--text", NOTE, "--at", "next tuesday"],
     "error: --at: 'next tuesday' is not an ISO 8601 date or time (e.g. 2026-11-24T15:30)"),
    (["--text", NOTE, "--at", "2099-01-01"], "error: --at: 2099-01-01 is in the future"),
    ([], "error: notes add: give exactly one of --text or --file"),
    (["--text", "   "], "error: note: the text is empty"),
])
def test_bad_input_exits_2_with_one_exact_line(ready, rows, args, message):
    result = ready("notes", "add", "ken@example.com", *args)
    assert result.returncode == 2
    assert result.stderr.strip() == message
    assert rows(CallNote) == []


def test_missing_file_and_bad_address_exit_2(ready, rows, tmp_path):
    missing = ready("notes", "add", "ken@example.com", "--file", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"error: --file: {tmp_path / 'nope.txt'} does not exist"
    bad = ready("notes", "add", "not-an-address", "--text", NOTE)
    assert bad.returncode == 2 and "not an email address" in bad.stderr
    assert rows(CallNote) == [] and rows(Customer) == []


def test_a_note_is_a_draft_source(ready, rows):
    added = ready("notes", "add", "ken@example.com", "--text", NOTE, "--at", "2026-11-20T10:00", "--json")
    note_id = json.loads(added.stdout)["id"]
    generated = ready("drafts", "generate", "--json")
    assert generated.returncode == 0, generated.stderr
    (draft_id,) = json.loads(generated.stdout)["created"]
    shown = json.loads(ready("drafts", "show", str(draft_id), "--json").stdout)
    assert shown["customer"] == "ken@example.com" and shown["grounded"]
    assert {s["kind"] for s in shown["sources"]} == {"note"}
    assert {s["id"] for s in shown["sources"]} == {note_id}
    assert all(s["quote"] in NOTE for s in shown["sources"])
    assert "40 seats" in shown["body"] and "pricing sheet" in shown["body"]
