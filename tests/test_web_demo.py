"""`followup demo`: fictional data a newcomer can log in to, with drafts and sources, a held draft, a pause, a quiet period."""
import re

import pytest
from sqlmodel import select

from followup.demo import CONVERSATIONS, load_demo
from followup.exceptions import BadInput
from followup.models import Customer, Draft, Message, User
from tests.webutil import login


def test_demo_command_prints_a_login_that_works_and_refuses_a_second_run(app, cli):
    first = cli("demo")
    assert first.returncode == 0, first.stderr
    match = re.search(r"^log in as (demo@example\.com) / (\S+)$", first.stdout, re.M)
    assert match and "demo loaded: 5 customers" in first.stdout
    c = app.test_client()
    assert login(c, match.group(1), match.group(2)).headers["Location"] == "/drafts"
    assert "Dana Demo" in c.get("/drafts").text
    second = cli("demo")
    assert second.returncode == 2
    assert second.stderr.strip().startswith("error: demo: the database already has")
    assert len(second.stderr.strip().splitlines()) == 1


def test_demo_shows_drafts_with_sources_a_held_draft_a_pause_and_a_quiet_period(app, db, vault):
    result = load_demo(db, vault, app.extensions["followup"].settings, password="demo password 1")
    with db.session() as s:
        customers = {c.email: c for c in s.exec(select(Customer))}
        drafts = list(s.exec(select(Draft)))
        rep = s.exec(select(User)).one()
        addresses = [m.from_addr for m in s.exec(select(Message))] + list(customers)
    assert all(a.endswith(("@example.com", "@example.test")) for a in addresses)  # clearly fictional
    assert len(customers) == len(CONVERSATIONS) and rep.email == result.email
    assert customers["priya@example.com"].status == "paused"
    assert customers["ollie@example.test"].quiet_until is not None
    held = [d for d in drafts if d.status == "approved" and d.hold_reason]
    assert len(held) == 1 and held[0].hold_reason.startswith("quiet period until")
    pending = [d for d in drafts if d.status == "pending"]
    assert len(pending) == 3 and all(d.sources and d.grounded for d in pending)
    assert result.drafts == 4

    c = app.test_client()
    login(c, result.email, "demo password 1")
    dana = next(d for d in pending if d.customer_id == customers["dana.demo@example.com"].id)
    page = c.get(f"/drafts/{dana.id}").text
    assert page.count("<mark>") >= 2
    assert "quiet period until" in c.get(f"/drafts/{held[0].id}").text
    assert "maybe next year" in c.get(f"/customers/{customers['priya@example.com'].id}").text


def test_demo_refuses_a_database_with_data(app, db, vault):
    settings = app.extensions["followup"].settings
    load_demo(db, vault, settings)
    with pytest.raises(BadInput, match="fresh database"):
        load_demo(db, vault, settings)
    with db.session() as s:
        assert len(s.exec(select(User)).all()) == 1
