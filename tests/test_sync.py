"""Mailbox sync against the real Dovecot of followup_testing/servers.py, loaded with real corpus messages."""
from __future__ import annotations

import dataclasses
import imaplib
import io
import json
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlmodel import func, select

from followup.clock import utcnow
from followup.customers import apply_wish, get_or_create_customer
from followup.inbound.sync import sync_all, sync_lease, sync_mailbox, terminal_progress
from followup.mailboxes import add_mailbox
from followup.models import (
    AuditEvent,
    Customer,
    Draft,
    Mailbox,
    MailboxFolder,
    Message,
    QuarantinedMessage,
    Thread,
    User,
)
from followup.users import add_user
from followup_testing.servers import DEFAULT_IMAP_PASSWORD

REP = "rep@example.com"
ALIAS = "sales@example.com"
NOT_A_MESSAGE = b"this line is not a header and there is no header at all\r\n"


def corpus_messages(corpora_dir) -> list[bytes]:
    """Real messages: CPython's test_email, the Ruby Mail gem's fixtures, talon's standard replies, flanker's."""
    paths = sorted((corpora_dir / "cpython-test_email").glob("msg_*.txt"))
    paths += sorted((corpora_dir / "mikel-mail" / "emails").rglob("*.eml"))
    paths += sorted((corpora_dir / "talon" / "standard_replies").glob("*.eml"))
    # Torture tests too: 3 MB of endless message/rfc822 nesting, a 210 KB header, missing boundaries.
    paths += sorted((corpora_dir / "flanker" / "messages").glob("*.eml"))
    return [p.read_bytes() for p in paths]


def mail(sender: str, to: str, subject: str, body: str, *, when=None, headers: dict | None = None,
         in_reply_to: str | None = None) -> tuple[bytes, str]:
    """A plain-text message (raw bytes, Message-ID without <>)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime((when or utcnow()).replace(tzinfo=timezone.utc))
    msg_id = make_msgid(domain="test.example")
    msg["Message-ID"] = msg_id
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = f"<{in_reply_to}>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes(), msg_id.strip("<>")


@pytest.fixture
def vault(app):
    return app.extensions["followup"].vault


@pytest.fixture
def settings(app):
    return app.extensions["followup"].settings


@pytest.fixture
def mailbox(session, vault, dovecot, imap_user):
    """The rep's mailbox on the test Dovecot (plain IMAP), with an alias."""
    rep = add_user(session, REP, "Rita Rep", "correct horse battery staple")
    box = add_mailbox(session, vault, name="work", owner=rep, username=imap_user, password=DEFAULT_IMAP_PASSWORD,
                      imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_security="none",
                      email_address=REP, aliases=(ALIAS,))
    session.commit()
    return box


def run_sync(db, mailbox, vault, settings, session=None):
    """Sync the mailbox; fail the test with the error if the sync failed; end the test session's snapshot."""
    result = sync_mailbox(db.session, mailbox.id, vault, settings)
    assert result.error is None, result.error
    if session is not None:
        session.rollback()  # a read transaction left open would keep seeing the database as before the sync
        session.expire_all()
    return result


def count(session, model, *where) -> int:
    return session.exec(select(func.count()).select_from(model).where(*where)).one()


def test_first_sync_accounts_for_every_corpus_message_and_second_finds_nothing(
        db, session, mailbox, vault, settings, dovecot, imap_user, corpora_dir):
    raws = corpus_messages(corpora_dir)
    assert len(raws) > 100
    dovecot.write_maildir(imap_user, "INBOX", raws[:-20])
    dovecot.write_maildir(imap_user, "Sent", raws[-20:])

    first = run_sync(db, mailbox, vault, settings, session)
    inbox, sent = first.folders["INBOX"], first.folders["Sent"]
    assert inbox.server_messages == len(raws) - 20 and sent.server_messages == 20
    for folder in (inbox, sent):
        # Copies with the same Message-ID in one folder are one row; nothing else may go missing.
        assert folder.new_messages + folder.quarantined + folder.found_again == folder.server_messages
    assert first.new_messages == count(session, Message)
    assert first.quarantined == count(session, QuarantinedMessage)
    assert count(session, Message, Message.thread_id.is_(None)) == 0

    second = run_sync(db, mailbox, vault, settings, session)
    assert (second.new_messages, second.quarantined) == (0, 0)
    assert all(f.unchanged for f in second.folders.values())

    raw, msg_id = mail("Carla Customer <carla@customer.example>", REP, "Price list", "Could you send the price list?")
    dovecot.append(imap_user, "INBOX", raw)
    third = run_sync(db, mailbox, vault, settings, session)
    assert third.new_messages == 1 and third.folders["Sent"].unchanged
    row = session.exec(select(Message).where(Message.message_id_header == msg_id)).one()
    assert row.direction == "inbound" and row.new_text.startswith("Could you send the price list?")
    state = session.exec(select(MailboxFolder).where(MailboxFolder.name == "INBOX")).one()
    assert state.message_count == len(raws) - 19 and state.last_uid >= len(raws) - 19


def test_no_change_sync_costs_the_same_few_commands_whatever_the_size(
        db, session, mailbox, vault, settings, dovecot, imap_user, corpora_dir, monkeypatch):
    sent_commands: list[str] = []
    original = imaplib.IMAP4._command

    def counting(self, name, *args):
        sent_commands.append(name)
        return original(self, name, *args)

    monkeypatch.setattr(imaplib.IMAP4, "_command", counting)
    raws = corpus_messages(corpora_dir)
    costs = []
    for size in (5, 60):
        dovecot.write_maildir(imap_user, "INBOX", raws[:size])
        run_sync(db, mailbox, vault, settings, session)
        sent_commands.clear()
        result = run_sync(db, mailbox, vault, settings, session)
        assert result.new_messages == 0
        assert not {"FETCH", "UID", "SELECT", "EXAMINE", "SEARCH"} & set(sent_commands), sent_commands
        costs.append(len(sent_commands))
    assert costs[0] == costs[1] <= 8, sent_commands


def test_uidvalidity_change_resyncs_without_duplicates(db, session, mailbox, vault, settings, dovecot, imap_user,
                                                       corpora_dir):
    raws = corpus_messages(corpora_dir)[:40] + [NOT_A_MESSAGE]
    dovecot.write_maildir(imap_user, "INBOX", raws)
    first = run_sync(db, mailbox, vault, settings, session)
    before, quarantined = count(session, Message), count(session, QuarantinedMessage)
    assert first.quarantined >= 1 and before == first.new_messages and quarantined == first.quarantined

    dovecot.set_uidvalidity(imap_user, "INBOX", dovecot.uidvalidity(imap_user, "INBOX") + 1000)
    second = run_sync(db, mailbox, vault, settings, session)
    inbox = second.folders["INBOX"]
    assert inbox.resynced and (inbox.new_messages, inbox.quarantined) == (0, 0)
    assert inbox.found_again == len(raws) == inbox.server_messages
    assert count(session, Message) == before and count(session, QuarantinedMessage) == quarantined
    new_validity = dovecot.uidvalidity(imap_user, "INBOX")
    assert count(session, Message, Message.uidvalidity != new_validity) == 0


def test_unparseable_message_is_quarantined_with_raw_bytes_and_the_rest_goes_on(
        db, session, mailbox, vault, settings, dovecot, imap_user):
    good1, id1 = mail("Dan <dan@customer.example>", REP, "One", "First message.")
    good2, id2 = mail("Dan <dan@customer.example>", REP, "Two", "Second message.")
    dovecot.write_maildir(imap_user, "INBOX", [good1, NOT_A_MESSAGE, good2])
    result = run_sync(db, mailbox, vault, settings, session)
    assert (result.new_messages, result.quarantined) == (2, 1)
    bad = session.exec(select(QuarantinedMessage)).one()
    assert bad.raw == NOT_A_MESSAGE and "header" in bad.reason and bad.folder == "INBOX" and bad.uid == 2
    assert {m.message_id_header for m in session.exec(select(Message))} == {id1, id2}


def test_own_addresses_bulk_and_noreply_senders_are_never_customers(
        db, session, mailbox, vault, settings, dovecot, imap_user):
    to_self, _ = mail(f"Rita Rep <{REP}>", f"Sales <{ALIAS}>", "Note to self", "Remember the demo.")
    outbound, out_id = mail(f"Rita Rep <{REP}>", f"Sales <{ALIAS}>, Olga <olga@customer.example>", "Demo",
                            "Here is the demo link.")
    from_alias, _ = mail(f"Sales <{ALIAS}>", REP, "Internal", "Forwarding this.")
    newsletter, news_id = mail("News <news@shop.example>", REP, "Deals", "50% off",
                               headers={"List-Unsubscribe": "<mailto:unsub@shop.example>"})
    noreply, _ = mail("Portal <no-reply@portal.example>", REP, "Your invoice", "Invoice attached.")
    dovecot.write_maildir(imap_user, "Sent", [to_self, outbound])
    dovecot.write_maildir(imap_user, "INBOX", [from_alias, newsletter, noreply])
    run_sync(db, mailbox, vault, settings, session)

    emails = {c.email for c in session.exec(select(Customer))}
    assert emails == {"olga@customer.example"}
    out = session.exec(select(Message).where(Message.message_id_header == out_id)).one()
    assert out.direction == "outbound" and out.customer_id is not None
    olga = session.get(Customer, out.customer_id)
    assert olga.last_outbound_at == out.sent_at and olga.last_inbound_at is None
    news = session.exec(select(Message).where(Message.message_id_header == news_id)).one()
    assert news.is_bulk and news.customer_id is None and news.direction == "inbound"


def test_bounce_marks_the_customer_bouncing_and_is_not_a_customer(
        db, session, mailbox, vault, settings, dovecot, imap_user, corpora_dir):
    sent, _ = mail(f"Rita Rep <{REP}>", "user@aol.com", "Hello", "Nice to meet you.")
    bounce = (corpora_dir / "flanker" / "messages" / "bounce" / "mailbox-full.eml").read_bytes()
    dovecot.write_maildir(imap_user, "Sent", [sent])
    dovecot.write_maildir(imap_user, "INBOX", [bounce])
    run_sync(db, mailbox, vault, settings, session)

    customer = session.exec(select(Customer).where(Customer.email == "user@aol.com")).one()
    assert customer.bouncing
    assert session.exec(select(Customer).where(Customer.email.like("mailer-daemon%"))).first() is None
    row = session.exec(select(Message).where(Message.is_bounce)).one()
    assert row.customer_id is None
    event = session.exec(select(AuditEvent).where(AuditEvent.kind == "customer.bouncing")).one()
    assert event.entity_id == customer.id


def test_customer_words_become_wishes_with_their_quotes(db, session, mailbox, vault, settings, dovecot, imap_user):
    stop, _ = mail("Sam <sam@customer.example>", REP, "Re: offer", "Please stop emailing me.\n\nSam")
    wait, _ = mail("Quinn <quinn@customer.example>", REP, "Re: offer", "Thanks. I need a few days to decide.\n")
    dovecot.write_maildir(imap_user, "INBOX", [stop, wait])
    before = utcnow()
    run_sync(db, mailbox, vault, settings, session)

    sam = session.exec(select(Customer).where(Customer.email == "sam@customer.example")).one()
    assert sam.status == "do_not_contact" and "stop emailing me" in sam.status_reason
    quinn = session.exec(select(Customer).where(Customer.email == "quinn@customer.example")).one()
    assert quinn.status == "active" and "a few days" in quinn.quiet_reason
    assert before + timedelta(days=2) < quinn.quiet_until < before + timedelta(days=5)
    assert quinn.last_inbound_at is not None


def test_uncertain_words_become_a_possible_wish_and_change_no_status(
        db, session, mailbox, vault, settings, dovecot, imap_user):
    maybe, _ = mail("Pat <pat@customer.example>", REP, "Re: catalogue",
                    "Thanks.\nPlease take me off the emails for the spring catalogue.\n")
    dovecot.write_maildir(imap_user, "INBOX", [maybe])
    run_sync(db, mailbox, vault, settings, session)

    pat = session.exec(select(Customer).where(Customer.email == "pat@customer.example")).one()
    assert pat.status == "active"
    assert pat.possible_wish.startswith('possible opt-out: confirm or dismiss ("Please take me off the emails')


def draft_for(session, customer: Customer, sources_through) -> Draft:
    draft = Draft(team_id=customer.team_id, customer_id=customer.id, subject="Following up", body="Hi",
                  status="pending", sources_through=sources_through)
    session.add(draft)
    session.commit()
    return draft


def test_out_of_office_is_auto_keeps_draft_and_sets_quiet_until_return(
        db, session, mailbox, vault, settings, dovecot, imap_user):
    customer = get_or_create_customer(session, "otto@customer.example", team_id=mailbox.team_id)
    session.commit()
    draft = draft_for(session, customer, utcnow() - timedelta(days=1))
    back = (utcnow() + timedelta(days=10)).date()
    ooo, ooo_id = mail("Otto <otto@customer.example>", REP, "Automatic reply: Following up",
                       f"I am out of the office until {back:%B} {back.day}, {back.year} with limited access to email.",
                       headers={"Auto-Submitted": "auto-replied"})
    dovecot.write_maildir(imap_user, "INBOX", [ooo])
    run_sync(db, mailbox, vault, settings, session)

    row = session.exec(select(Message).where(Message.message_id_header == ooo_id)).one()
    assert row.is_auto and row.customer_id == customer.id
    assert session.get(Draft, draft.id).status == "pending"
    otto = session.get(Customer, customer.id)
    assert otto.last_inbound_at is None
    assert otto.quiet_until is not None and otto.quiet_until.date() in (back, back - timedelta(days=1))


def test_newer_customer_message_makes_pending_draft_stale(db, session, mailbox, vault, settings, dovecot, imap_user):
    customer = get_or_create_customer(session, "nina@customer.example", team_id=mailbox.team_id)
    session.commit()
    draft = draft_for(session, customer, utcnow() - timedelta(days=2))
    reply, _ = mail("Nina <nina@customer.example>", REP, "Re: Following up", "Actually we chose the blue model.")
    dovecot.write_maildir(imap_user, "INBOX", [reply])
    run_sync(db, mailbox, vault, settings, session)

    stale = session.get(Draft, draft.id)
    assert stale.status == "stale"
    assert stale.hold_reason.startswith(f"customer wrote on {utcnow():%Y-%m-%d}: \"Actually we chose the blue model.")


def test_a_later_message_lifts_a_pause(db, session, mailbox, vault, settings, dovecot, imap_user):
    customer = get_or_create_customer(session, "paula@customer.example", team_id=mailbox.team_id)
    apply_wish(session, customer, "paused", quote="not right now")
    customer.last_inbound_at = utcnow() - timedelta(days=30)
    session.commit()
    assert customer.status == "paused"
    later, _ = mail("Paula <paula@customer.example>", REP, "Re: offer", "We are ready to talk again.")
    dovecot.write_maildir(imap_user, "INBOX", [later])
    run_sync(db, mailbox, vault, settings, session)

    assert session.get(Customer, customer.id).status == "active"


def test_replies_join_threads_by_reference_and_by_subject(db, session, mailbox, vault, settings, dovecot, imap_user):
    first, first_id = mail(f"Rita Rep <{REP}>", "Tom <tom@customer.example>", "Quote for 20 seats", "Here it is.")
    reply, reply_id = mail("Tom <tom@customer.example>", REP, "Re: Quote for 20 seats", "Thanks!",
                           in_reply_to=first_id)
    broken, broken_id = mail("Tom <tom@customer.example>", REP, "AW: RE: quote for 20  seats", "One more question.")
    other, other_id = mail("Ursula <ursula@customer.example>", REP, "Re: Quote for 20 seats", "Different person.")
    dovecot.write_maildir(imap_user, "Sent", [first])
    dovecot.write_maildir(imap_user, "INBOX", [reply, broken, other])
    run_sync(db, mailbox, vault, settings, session)

    thread_of = {m.message_id_header: m.thread_id for m in session.exec(select(Message))}
    assert thread_of[first_id] == thread_of[reply_id] == thread_of[broken_id]
    assert thread_of[other_id] != thread_of[first_id]
    thread = session.get(Thread, thread_of[first_id])
    assert thread.subject_key == "quote for 20 seats" and thread.root_message_id == first_id


def test_sync_all_reports_each_mailbox_and_a_failure_does_not_stop_the_others(
        db, session, mailbox, vault, settings, dovecot, imap_user):
    rep = session.exec(select(User)).one()
    add_mailbox(session, vault, name="broken", owner=rep, username=imap_user, password="wrong-password",
                imap_host=dovecot.host, imap_port=dovecot.imap_port, imap_security="none")
    session.commit()
    raw, _ = mail("Vic <vic@customer.example>", REP, "Hi", "Hello there.")
    dovecot.write_maildir(imap_user, "INBOX", [raw])
    data = sync_all(db, vault, settings)
    session.rollback()
    session.expire_all()

    assert data["new_messages"] == 1 and data["quarantined"] == 0
    by_name = {m["name"]: m for m in data["mailboxes"]}
    assert by_name["work"]["error"] is None and by_name["work"]["new_messages"] == 1
    assert by_name["work"]["folders"]["INBOX"]["new_messages"] == 1
    assert by_name["broken"]["error"].startswith("mailbox broken: IMAP 127.0.0.1:")
    boxes = {b.name: b for b in session.exec(select(Mailbox))}
    assert boxes["work"].last_sync_at is not None and boxes["work"].last_error is None
    assert "wrong username or password" in boxes["broken"].last_error


def test_cli_sync_prints_one_json_document_and_nothing_on_stderr_without_a_terminal(
        cli, session, mailbox, dovecot, imap_user):
    raw, _ = mail("Wendy <wendy@customer.example>", REP, "Hello", "Hi there.")
    dovecot.write_maildir(imap_user, "INBOX", [raw, NOT_A_MESSAGE])
    result = cli("sync", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert (data["new_messages"], data["quarantined"]) == (1, 1)
    assert data["mailboxes"][0]["folders"]["INBOX"]["server_messages"] == 2
    again = cli("sync", "work")
    assert again.returncode == 0 and again.stdout == "work: 0 new, 0 quarantined\n" and again.stderr == ""


def test_terminal_progress_draws_one_line_per_folder():
    stream = io.StringIO()
    show = terminal_progress(stream)
    show("INBOX", 250, 1000)
    show("INBOX", 1000, 1000)
    lines = stream.getvalue().split("\r")
    assert lines[1].startswith("INBOX") and lines[1].endswith("250/1000")
    assert lines[2].endswith("] 1000/1000\n") and "#" * 30 in lines[2]


def test_a_date_from_the_future_is_not_believed(db, session, mailbox, vault, settings, dovecot, imap_user):
    from datetime import datetime

    bogus, bogus_id = mail("Fay <fay@customer.example>", REP, "Hi", "Hello.", when=datetime(2099, 1, 1))
    dovecot.write_maildir(imap_user, "INBOX", [bogus])
    run_sync(db, mailbox, vault, settings, session)
    row = session.exec(select(Message).where(Message.message_id_header == bogus_id)).one()
    assert row.sent_at < utcnow() + timedelta(minutes=5)
    customer = session.get(Customer, row.customer_id)
    draft = draft_for(session, customer, utcnow() - timedelta(days=1))
    later, _ = mail("Fay <fay@customer.example>", REP, "Re: Hi", "We decided to go ahead.",
                    when=utcnow() + timedelta(minutes=1))
    dovecot.write_maildir(imap_user, "INBOX", [later])
    run_sync(db, mailbox, vault, settings, session)
    assert session.get(Draft, draft.id).status == "stale"


def test_a_mailbox_another_worker_is_syncing_is_reported_not_synced_twice(db, session, mailbox, vault, settings,
                                                                          dovecot, imap_user):
    from followup import leases

    raw, _ = mail("Gus <gus@customer.example>", REP, "Hi", "Hello.")
    dovecot.write_maildir(imap_user, "INBOX", [raw])
    lease = sync_lease(mailbox.id)  # by id: mailbox names repeat across teams
    assert leases.acquire(db, lease, "other-host:4242", timedelta(minutes=2))
    data = sync_all(db, vault, settings)
    assert data["mailboxes"] == [{"name": "work", "new_messages": 0, "quarantined": 0, "folders": {},
                                  "error": "mailbox work: another worker is syncing it right now; try again in a moment"}]
    leases.release(db, lease, "other-host:4242")
    assert sync_all(db, vault, settings)["new_messages"] == 1
    assert leases.current_holder(db, lease) is None


def test_sync_on_postgresql(pg_url, config_file, dovecot, imap_user, corpora_dir, monkeypatch):
    from app import create_app

    monkeypatch.setenv("FOLLOWUP_SECRET_KEY", "test-secret-key")
    state = create_app({"database": {"url": pg_url}}, config_path=str(config_file)).extensions["followup"]
    state.db.upgrade()
    try:
        with state.db.session() as session:
            rep = add_user(session, REP, "Rita Rep", "correct horse battery staple")
            box = add_mailbox(session, state.vault, name="work", owner=rep, username=imap_user,
                              password=DEFAULT_IMAP_PASSWORD, imap_host=dovecot.host, imap_port=dovecot.imap_port,
                              imap_security="none", email_address=REP)
            session.commit()
            box_id = box.id
        raws = corpus_messages(corpora_dir)[:120]
        sent, first_id = mail(f"Rita Rep <{REP}>", "Hal <hal@customer.example>", "Plan", "Here is the plan.")
        reply, reply_id = mail("Hal <hal@customer.example>", REP, "Re: Plan", "Stop emailing me.", in_reply_to=first_id)
        dovecot.write_maildir(imap_user, "Sent", [sent])
        # PostgreSQL refuses NUL in text: a body that decodes to one must still be stored (without it).
        nul = (b"From: Ida <ida@customer.example>\r\nTo: rep@example.com\r\nSubject: Nul\r\n"
               b"Message-ID: <nul.1@customer.example>\r\n\r\nBefore\x00after\r\n")
        dovecot.write_maildir(imap_user, "INBOX", raws + [reply, nul])
        result = sync_mailbox(state.db.session, box_id, state.vault, state.settings)
        assert result.error is None, result.error
        inbox = result.folders["INBOX"]
        assert inbox.new_messages + inbox.quarantined + inbox.found_again == len(raws) + 2
        with state.db.session() as session:
            rows = {m.message_id_header: m for m in session.exec(select(Message))}
            assert rows[reply_id].thread_id == rows[first_id].thread_id
            stored = rows["nul.1@customer.example"].new_text
            assert stored.startswith("Before") and stored.endswith("after") and "\x00" not in stored
            hal = session.exec(select(Customer).where(Customer.email == "hal@customer.example")).one()
            assert hal.status == "do_not_contact"
        again = sync_mailbox(state.db.session, box_id, state.vault, state.settings)
        assert again.new_messages == 0 and all(f.unchanged for f in again.folders.values())
    finally:
        state.db.engine.dispose()


def test_text_for_the_database_has_no_nul_and_no_lone_surrogate():
    from followup.inbound.store import db_text

    assert db_text("a\x00b") == "ab"
    assert db_text("caf\udce9") == "caf?"
    assert db_text(None) == "" and db_text("plain") == "plain"


def test_extra_folder_is_synced_and_a_renamed_one_does_not_break_the_sync(db, session, mailbox, vault, settings,
                                                                           dovecot, imap_user):
    raw, raw_id = mail("Jo <jo@customer.example>", REP, "Filed", "Filed away.")
    dovecot.write_maildir(imap_user, "Archive", [raw])
    mailbox.extra_folders = ["Archive"]
    session.add(mailbox)
    session.commit()
    first = run_sync(db, mailbox, vault, settings, session)
    assert first.folders["Archive"].role == "other" and first.folders["Archive"].new_messages == 1
    assert run_sync(db, mailbox, vault, settings, session).folders["Archive"].unchanged
    with dovecot.client(imap_user) as client:
        client.rename_folder("Archive", "Old")
    after = run_sync(db, mailbox, vault, settings, session)
    assert set(after.folders) == {"INBOX", "Sent"}
    assert session.exec(select(Message).where(Message.message_id_header == raw_id)).one().folder == "Archive"


# ---------------------------------------------------------------- arrival order, not Date (issue 13 finding 1)


def _approved_draft_after(db, session, mailbox, vault, settings, dovecot, imap_user, email: str):
    """A customer question synced from Dovecot, a draft prepared from it by the real drafter, approved."""
    from followup.approval import approve
    from followup.drafting.prepare import prepare_drafts

    question, _ = mail(f"Lena <{email}>", REP, "Seats", "Could you send me the price for 3 seats by Friday?",
                       when=utcnow() - timedelta(hours=1))
    dovecot.write_maildir(imap_user, "INBOX", [question])
    run_sync(db, mailbox, vault, settings, session)
    prepared = prepare_drafts(db, settings)
    [draft_id] = prepared["created"]
    draft = session.get(Draft, draft_id)
    approve(session, draft, session.get(User, mailbox.owner_id))
    session.commit()
    return draft


@pytest.mark.dovecot
@pytest.mark.parametrize("words,status,quiet", [("Please stop emailing me.", "do_not_contact", False),
                                                ("I need a few days to think about it.", "active", True)])
def test_a_late_dated_stop_or_quiet_arriving_after_an_approved_draft_means_nothing_is_sent(
        db, session, mailbox, vault, settings, dovecot, imap_user, words, status, quiet):
    """Written before the customer's last message (its Date says so) but delivered after the draft was approved:
    it is still read for wishes, the draft goes stale, and the outbox sends nothing."""
    from followup.outbound.outbox import send_due

    draft = _approved_draft_after(db, session, mailbox, vault, settings, dovecot, imap_user, "lena@customer.example")
    late, _ = mail("Lena <lena@customer.example>", REP, "Re: Seats", words, when=utcnow() - timedelta(hours=3))
    dovecot.write_maildir(imap_user, "INBOX", [late])
    run_sync(db, mailbox, vault, settings, session)

    anytime = dataclasses.replace(settings, policy=dataclasses.replace(settings.policy, send_window="always"))
    result = send_due(db, vault, anytime)
    session.expire_all()
    customer = session.get(Customer, draft.customer_id)
    assert result["sent"] == [] and session.get(Draft, draft.id).status == "stale"
    assert customer.status == status
    assert (customer.quiet_until is not None and customer.quiet_until > utcnow()) is quiet
    assert not (settings.data_path / "outbox").exists() or not any((settings.data_path / "outbox").rglob("*.*"))


@pytest.mark.dovecot
def test_a_pause_is_not_lifted_by_a_message_dated_before_it(db, session, mailbox, vault, settings, dovecot, imap_user):
    """'Not right now' (dated now) then a message dated an hour earlier arriving later: still paused."""
    pause, _ = mail("Pia <pia@customer.example>", REP, "Offer", "Not right now, thanks.", when=utcnow())
    dovecot.write_maildir(imap_user, "INBOX", [pause])
    run_sync(db, mailbox, vault, settings, session)
    customer = session.exec(select(Customer).where(Customer.email == "pia@customer.example")).one()
    assert customer.status == "paused"
    older, _ = mail("Pia <pia@customer.example>", REP, "Offer", "Also, what about the blue one?",
                    when=utcnow() - timedelta(hours=1))
    dovecot.write_maildir(imap_user, "INBOX", [older])
    run_sync(db, mailbox, vault, settings, session)
    assert session.get(Customer, customer.id).status == "paused"
    newer, _ = mail("Pia <pia@customer.example>", REP, "Offer", "OK, let's talk now.", when=utcnow() + timedelta(minutes=1))
    dovecot.write_maildir(imap_user, "INBOX", [newer])
    run_sync(db, mailbox, vault, settings, session)
    assert session.get(Customer, customer.id).status == "active"


@pytest.mark.dovecot
def test_a_copy_of_a_seen_message_in_another_folder_is_no_news(db, session, mailbox, vault, settings, dovecot,
                                                              imap_user):
    """The same Message-ID filed again in another synced folder neither stales the draft nor re-reads wishes."""
    draft = _approved_draft_after(db, session, mailbox, vault, settings, dovecot, imap_user, "cora@customer.example")
    original = session.exec(select(Message).where(Message.customer_id == draft.customer_id)).one()
    raw, new_id = mail("Cora <cora@customer.example>", REP, "Seats", "Could you send me the price for 3 seats?")
    other, _ = mail("Otto <otto@customer.example>", REP, "Hello", "Unrelated.")
    dovecot.write_maildir(imap_user, "Archive", [other])
    with_extra = dataclasses.replace(settings, sync=dataclasses.replace(settings.sync, extra_folders=("Archive",)))
    assert sync_mailbox(db.session, mailbox.id, vault, with_extra).error is None  # the folder's first sync: done
    dovecot.write_maildir(imap_user, "Archive", [raw.replace(new_id.encode(), original.message_id_header.encode())])
    result = sync_mailbox(db.session, mailbox.id, vault, with_extra)
    assert result.error is None and result.new_messages == 1
    session.expire_all()
    assert session.get(Draft, draft.id).status == "approved"


@pytest.mark.dovecot
@pytest.mark.parametrize("body", [
    "Thanks, got it.\n--\nSent from my phone\nPS: and please remove me from your mailing list.",
    "Thanks for the notes.\n\n> On Mon you wrote:\n> Any news on the budget?\n\nAlso: please stop emailing me.",
])
def test_an_opt_out_in_a_postscript_or_below_a_quote_is_read(db, session, mailbox, vault, settings, dovecot, imap_user,
                                                              body):
    """The reply splitter keeps a P.S. below a signature and a reply below a quote out of the new text; the wish
    reader still reads them (followup.text.replies.spoken_text), never the quoted lines themselves."""
    raw, _ = mail("Ola <ola@customer.example>", REP, "Re: Offer", body, when=utcnow())
    dovecot.write_maildir(imap_user, "INBOX", [raw])
    run_sync(db, mailbox, vault, settings, session)
    customer = session.exec(select(Customer).where(Customer.email == "ola@customer.example")).one()
    assert customer.status == "do_not_contact"
