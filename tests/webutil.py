"""Helpers of the web tests: two teams of fixture data, logins through the real form, CSRF tokens."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import timedelta

from followup.clock import utcnow
from followup.customers import get_or_create_customer
from followup.mailboxes import add_mailbox
from followup.models import CallNote, Draft, Message, Team, Thread
from followup.users import add_user

PASSWORD = "correct horse battery"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Side:
    """One team's rep, mailbox, customer, messages, note and draft ids."""

    team_id: int
    rep_email: str
    rep_id: int
    mailbox_id: int
    customer_id: int
    inbound_id: int
    note_id: int
    draft_id: int
    pilot: str  # the note's plan, dated a month ahead of the run so it is never past


def make_team(session, vault, label: str, *, customer_name: str = "Dana Demo", subject: str = "Pilot quote",
              inbound_text: str | None = None, from_name: str | None = None, body: str | None = None) -> Side:
    """A team with a rep (password PASSWORD), a mailbox, a customer with one thread, one call note and a draft."""
    team = Team(name=f"team-{label}")
    session.add(team)
    session.flush()
    rep = add_user(session, f"rep-{label}@example.com", f"Rep {label.upper()}", PASSWORD, team_id=team.id)
    box = add_mailbox(session, vault, name=f"box-{label}", owner=rep, username=f"rep-{label}@example.com",
                      password=f"imap-secret-{label}", imap_host="imap.example.test", imap_port=993,
                      imap_security="ssl")
    customer = get_or_create_customer(session, f"customer-{label}@example.test", team_id=team.id, name=customer_name)
    customer.timezone = "America/Chicago"
    now = utcnow()
    thread = Thread(team_id=team.id, customer_id=customer.id, subject=subject, subject_key=subject.lower())
    session.add(thread)
    session.flush()
    text = inbound_text or "Hi,\n\nCould you send the revised quote for 25 seats? Our budget is $12,000.\n\nDana"
    inbound = Message(team_id=team.id, mailbox_id=box.id, folder="INBOX", uid=1, uidvalidity=1,
                      message_id_header=f"<in-{label}@example.test>", thread_id=thread.id, customer_id=customer.id,
                      direction="inbound", subject=subject, from_addr=customer.email,
                      from_name=from_name or customer_name, sent_at=now - timedelta(days=2), new_text=text)
    session.add(inbound)
    start = now + timedelta(days=30)
    pilot = f"start the pilot on {start:%B} {start.day}"
    note = CallNote(team_id=team.id, customer_id=customer.id, author_id=rep.id, at=now - timedelta(days=1),
                    text=f"Wants to {pilot}.")
    session.add(note)
    customer.last_inbound_at = inbound.sent_at
    session.flush()
    quote = "Could you send the revised quote for 25 seats?"
    draft = Draft(team_id=team.id, customer_id=customer.id, mailbox_id=box.id, thread_id=thread.id,
                  subject=f"Re: {subject}", body=body or "Hi Dana,\n\nYou asked for the revised quote for 25 seats.\n",
                  reason="unanswered request", grounded=True, sources_through=now - timedelta(days=1),
                  sources=[{"kind": "message", "id": inbound.id, "quote": quote},
                           {"kind": "note", "id": note.id, "quote": pilot}],
                  grounding={"ok": True, "tokens": [], "unmatched": []})
    session.add(draft)
    session.flush()
    return Side(team.id, rep.email, rep.id, box.id, customer.id, inbound.id, note.id, draft.id, pilot)


def token(page_html: str) -> str:
    """The CSRF token of the first form on the page."""
    match = _TOKEN.search(page_html)
    assert match, "no csrf_token field on the page"
    return html.unescape(match.group(1))


def login(client, email: str, password: str = PASSWORD, **kw):
    """Log in through the real form (CSRF token included); return the POST response."""
    page = client.get("/login", **kw)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token(page.text)}, **kw)


def post(client, path: str, data: dict | None = None, *, page: str = "/drafts", **kw):
    """POST with the CSRF token taken from a page of the logged-in session."""
    return client.post(path, data={**(data or {}), "csrf_token": token(client.get(page).text)}, **kw)
