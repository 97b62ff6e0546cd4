"""Hypothesis families of issue 13: header injection through everything a reply copies, and late-dated mail.

Header injection: hostile Message-ID, In-Reply-To, References, Subject and From name (nested encoded words around
CR, LF, NUL and other controls) are parsed, turned into a reply the way prepare and the outbox do, and built:
either the build is refused (UnsafeMessage) or the bytes carry exactly the reply's headers, once each, one
text/plain part, no CR/LF in any decoded value, and ids that are never encoded.

Late dates: a customer's messages arrive in one order with Date headers in any other (up to three days early,
half a day late) and go through the sync's real store path on the test database: a draft live before a message
arrives is stale after it, an opt-out is never undone, a pause is never lifted by a message dated before it.
"""
from __future__ import annotations

import email
import itertools
from datetime import timedelta, timezone
from email.header import Header
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import col, select

from followup.clock import utcnow
from followup.drafting.prepare import _references
from followup.drafts import customer_wrote_past
from followup.exceptions import UnsafeMessage
from followup.mail.smtp import Outgoing, build_message
from followup.mailboxes import add_mailbox
from followup.models import Customer, Draft, Message, Wish
from followup.text.parsing import parse_message
from followup.users import add_user
from tests.test_fuzz_parsing import FUZZ

REP = "rep@rep.example"
REPLY_HEADERS = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references", "mime-version",
                 "content-type", "content-transfer-encoding"}
NASTY = ["\r\n", "\r", "\n", "\r\nBcc: victim@evil.example\r\n", "\r\n\r\n<html>bank details changed</html>",
         "\x00", "\x0b", "\x1b", "\x85", "\u2028", "\t", " ", "<", ">", "@", "=?", "?="]

# ------------------------------------------------------------------------------------------------ strategies

inner_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), max_size=6).map("".join)


def _q(text: str) -> str:
    """One q-encoded word with every byte as =XX (so CR, LF and '?' survive)."""
    return "=?utf-8?q?" + "".join(f"={b:02X}" for b in text.encode("utf-8")) + "?="


@st.composite
def hidden(draw) -> str:
    """Text with CR/LF and friends hidden in encoded words, nested up to three times, or left raw."""
    text = draw(inner_text)
    for _ in range(draw(st.integers(0, 3))):
        text = draw(st.sampled_from([_q, lambda t: Header(t, "utf-8").encode(), lambda t: f"x{_q(t)}y"]))(text)
    return text


@st.composite
def hostile_ids(draw) -> str:
    """A Message-ID-ish header value: brackets, nested encoded words, long runs, bare ids."""
    left = draw(st.one_of(hidden(), st.text(alphabet="abcXYZ0189.+=_-$", min_size=1, max_size=130)))
    right = draw(st.sampled_from(["example.com", "evil.example", "mail.gmail.com", "x"]))
    shape = draw(st.sampled_from(["<{l}@{r}>", "{l}@{r}", "<{l}>", "{l}", "<a@b> <{l}@{r}>"]))
    return shape.format(l=left, r=right)


def _header_line(name: str, value: str) -> bytes:
    """A raw header line, the value written as drawn (no folding or encoding by us; stray CR/LF become spaces)."""
    return f"{name}: {' '.join(value.replace(chr(0), '').split())}\r\n".encode("utf-8", "surrogateescape")


@st.composite
def hostile_messages(draw) -> bytes:
    """A customer's message whose every header a reply copies is hostile."""
    head = [_header_line("From", f"{draw(hidden())} <ann@customer.example>"),
            _header_line("Message-ID", draw(hostile_ids())),
            _header_line("In-Reply-To", draw(hostile_ids())),
            _header_line("References", " ".join(draw(st.lists(hostile_ids(), max_size=4)))),
            _header_line("Subject", draw(hidden())), f"To: {REP}\r\n".encode()]
    return b"".join(head) + b"Content-Type: text/plain\r\n\r\nCould you send the price?\r\n"


# ------------------------------------------------------------------------------------------------ injection


def _reply_to(raw: bytes) -> Outgoing:
    """The follow-up the outbox would build for a reply to this message (ids as prepare writes them)."""
    parsed = parse_message(raw)
    stored = Message(message_id_header=parsed.message_id, references=" ".join(f"<{r}>" for r in parsed.references),
                     team_id=1, mailbox_id=1, folder="INBOX", direction="inbound")
    return Outgoing(from_name="Rita Rep", from_addr=REP, to_name=parsed.from_name, to_addr="ann@customer.example",
                    subject=f"Re: {parsed.subject}", body="Hi Ann,\n\nThe price follows.\n",
                    message_id="<new-1@rep.example>", date=utcnow(),
                    in_reply_to=f"<{parsed.message_id.strip('<>')}>", references=_references(stored))


@FUZZ
@given(hostile_messages())
def test_no_inbound_header_adds_a_header_or_a_part_to_the_reply(raw):
    out = _reply_to(raw)
    try:
        data = build_message(out)
    except UnsafeMessage:
        return  # refused before SMTP: the draft is failed with this reason
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line[:1] not in (" ", "\t")]
    assert len(names) == len(set(names)) and set(names) <= REPLY_HEADERS
    assert {"from", "to", "subject", "date", "message-id", "mime-version", "content-type"} <= set(names)
    msg = email.message_from_bytes(data, policy=DEFAULT_POLICY)
    assert not msg.is_multipart() and msg.get_content_type() == "text/plain"
    assert msg.get_content().replace("\r\n", "\n") == out.body
    for name in msg.keys():
        assert "\r" not in str(msg[name]) and "\n" not in str(msg[name]), name
    for line in head.split("\r\n"):
        if line.lower().startswith(("in-reply-to:", "references:", "message-id:")) or line[:2] == " <":
            assert "=?" not in line, line


# ------------------------------------------------------------------------------------------------ late dates

WORDS = {"question": "Could you send me the price for 3 seats?", "stop": "Please stop emailing me.",
         "pause": "Not right now, thanks.", "quiet": "I need a few days to think about it."}
_serial = itertools.count()


@pytest.fixture
def world(db, vault):
    """A rep and mailbox on the test database, and the sync's store context for it."""
    from followup.inbound.store import Context

    with db.session() as session:
        rep = add_user(session, REP, "Rita Rep", "correct horse battery staple")
        box = add_mailbox(session, vault, name="work", owner=rep, username="rita", password="x",
                          imap_host="127.0.0.1", imap_port=1, imap_security="none", email_address=REP)
        session.commit()
        return Context(mailbox_id=box.id, team_id=box.team_id, own=frozenset({REP}),
                        default_timezone="America/Chicago")


def _arrive(db, ctx, email_addr: str, words: str, date) -> None:
    """One message arriving now (INTERNALDATE now) with this Date, through the sync's parse and store path."""
    from followup.inbound.parse_pool import Fetched, parse_one
    from followup.inbound.progress import FolderResult
    from followup.inbound.store import store_batch

    uid = next(_serial) + 1
    raw = (f"From: Cust <{email_addr}>\r\nTo: {REP}\r\nSubject: Seats\r\nMessage-ID: <m{uid}@customer.example>\r\n"
           f"Date: {format_datetime(date.replace(tzinfo=timezone.utc))}\r\n\r\n{words}\r\n").encode()
    fetched = Fetched(uid, raw, utcnow())
    with db.write_session() as session:
        store_batch(session, ctx, "INBOX", 1, [fetched], [parse_one(raw, fetched.internaldate, 10**6)],
                     FolderResult(name="INBOX", role="inbox"))
        session.commit()


arrivals = st.lists(st.tuples(st.sampled_from(sorted(WORDS)), st.integers(-72 * 60, 12 * 60)), min_size=1, max_size=6)


@settings(FUZZ, max_examples=30, suppress_health_check=[*FUZZ.suppress_health_check,
                                                        HealthCheck.function_scoped_fixture])
@given(arrivals)
def test_late_dated_mail_is_read_in_arrival_order(db, world, sequence):
    email_addr = f"c{next(_serial)}@customer.example"
    now = utcnow()
    stopped = False
    for kind, minutes in sequence:
        date = now + timedelta(minutes=minutes)
        with db.session() as session:
            customer = session.exec(select(Customer).where(Customer.email == email_addr)).first()
            draft_id, paused_since = None, None
            if customer is not None:
                seen = session.exec(select(Message.id).where(Message.customer_id == customer.id)
                                    .order_by(Message.id.desc())).first()
                # A live draft prepared from everything stored so far, its sources dated as late as any clock says.
                draft = Draft(team_id=customer.team_id, customer_id=customer.id, subject="Re: Seats", body="Hi",
                              status="approved", sources_through=now + timedelta(days=1), seen_message_id=seen)
                session.add(draft)
                session.commit()
                draft_id = draft.id
                if customer.status == "paused":  # since the newest pause in force was said
                    paused_since = max(session.exec(select(Message.sent_at).join(Wish, Wish.message_id == Message.id)
                                                    .where(Wish.customer_id == customer.id, Wish.kind == "paused",
                                                           col(Wish.undone_at).is_(None))))
        _arrive(db, world, email_addr, WORDS[kind], date)
        stopped = stopped or kind == "stop"
        with db.session() as session:
            customer = session.exec(select(Customer).where(Customer.email == email_addr)).one()
            if stopped:
                assert customer.status == "do_not_contact"  # never undone by any message, whatever its date
            if paused_since is not None and date.replace(microsecond=0) < paused_since and kind != "stop":
                assert customer.status == "paused"  # not lifted by a message dated before the pause
            if draft_id is not None:
                draft = session.get(Draft, draft_id)
                assert draft.status == "stale"  # whatever the Date said
                assert customer_wrote_past(session, draft)
