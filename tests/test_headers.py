"""Headers we write (SPEC invariant 9): validated ids folded between ids, cleaned text, the final bytes checked.

End to end: a hostile message in a real Dovecot, synced, drafted by the real drafter, approved, sent to a real
SMTP server, read back from what the server received.
"""
import email
import html
import re
from datetime import timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime

import pytest
from sqlmodel import select

from followup.approval import approve
from followup.clock import utcnow
from followup.drafting.prepare import prepare_drafts
from followup.exceptions import UnsafeMessage
from followup.inbound.sync import sync_mailbox
from followup.mail import headers
from followup.mailboxes import add_mailbox
from followup.models import AuditEvent, Draft, User
from followup.outbound.outbox import send_due
from followup.users import add_user
from followup_testing.servers import DEFAULT_IMAP_PASSWORD
from tests.webutil import PASSWORD, login

REP = "rita@rep.example"
EXPECTED = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references", "mime-version",
            "content-type", "content-transfer-encoding"}


@pytest.fixture
def config_file(config_file):
    """The suite's config with sends allowed at any hour."""
    config_file.write_text(config_file.read_text() + '[policy]\nsend_window = "always"\n')
    return config_file


def st(app):
    return app.extensions["followup"]


def header_names(raw: bytes) -> list[str]:
    """The names of the header fields in the bytes, lowercased, in order (continuation lines skipped)."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line and line[0] not in " \t"]


def inbound(raw_headers: list[tuple[str, str]], body: str, when=None) -> bytes:
    """A customer's message with these raw header lines (written as given, no encoding by us)."""
    date = format_datetime((when or utcnow() - timedelta(hours=1)).replace(tzinfo=timezone.utc))
    lines = [f"{name}: {value}" for name, value in raw_headers] + [f"Date: {date}", f"To: {REP}",
                                                                  "MIME-Version: 1.0", "Content-Type: text/plain"]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


def round_trip(app, session, dovecot, imap_user, smtp_server, raw: bytes):
    """Sync raw from Dovecot, prepare and approve its draft, send it; (draft, bytes the SMTP server received)."""
    state = st(app)
    rep = add_user(session, REP, "Rita Rep", PASSWORD)
    box = add_mailbox(session, state.vault, name="work", owner=rep, username=imap_user,
                      password=DEFAULT_IMAP_PASSWORD, imap_host=dovecot.host, imap_port=dovecot.imap_port,
                      imap_security="none", smtp_host="127.0.0.1", smtp_port=smtp_server.port, smtp_security="none",
                      email_address=REP)
    session.commit()
    dovecot.write_maildir(imap_user, "INBOX", [raw])
    result = sync_mailbox(state.db.session, box.id, state.vault, state.settings)
    assert result.error is None and result.new_messages == 1
    [draft_id] = prepare_drafts(state.db, state.settings)["created"]
    draft = session.get(Draft, draft_id)
    approve(session, draft, session.get(User, rep.id))
    session.commit()
    report = send_due(state.db, state.vault, state.settings)
    assert report["sent"] == [draft_id], report
    [received] = smtp_server.messages
    return draft, received.data


def encoded(text: str) -> str:
    """text as RFC 2047 encoded words (base64), the way a hostile sender hides characters in a header."""
    return Header(text, "utf-8").encode()


# ---------------------------------------------------------------- end to end


@pytest.mark.dovecot
def test_an_encoded_crlf_in_message_id_and_subject_adds_no_header_to_the_approved_mail(
        app, session, dovecot, imap_user, smtp_server):
    """Issue 13 finding 2: ids and subject decoded once on the way in must not be decoded into CR/LF on the way out."""
    crlf = "=?utf-8?q?=0D=0ABcc:=20victim@evil.example=0D=0AX-Injected:=20yes?="
    raw = inbound([("From", "Mallory <mallory@customer.example>"),
                   ("Message-ID", encoded(f"<abc{crlf}@evil.example>")),
                   ("Subject", encoded(f"Price question {crlf}"))],
                  "Hi,\n\nCould you send me the price for 3 seats by Friday?\n\nMallory")
    draft, data = round_trip(app, session, dovecot, imap_user, smtp_server, raw)

    names = header_names(data)
    assert set(names) <= EXPECTED and len(names) == len(set(names)), names
    assert {"from", "to", "subject", "date", "message-id"} <= set(names)
    msg = email.message_from_bytes(data, policy=DEFAULT_POLICY)
    assert not msg.is_multipart() and msg.get_content_type() == "text/plain"
    assert msg.get_content().replace("\r\n", "\n").rstrip("\n") == draft.body.rstrip("\n")
    assert "\r" not in str(msg["Subject"]) and "\n" not in str(msg["Subject"])
    client = app.test_client()
    assert login(client, REP).status_code == 302
    page = client.get(f"/drafts/{draft.id}").get_data(as_text=True)
    shown = re.search(r"<strong>Subject:</strong> ([^<]*)</p>", page).group(1)
    assert str(msg["Subject"]) == html.unescape(shown) == draft.subject
    # The hostile id was dropped when parsed, so nothing of it is written back.
    assert b"evil.example" not in data.split(b"\r\n\r\n", 1)[0]


@pytest.mark.dovecot
def test_a_reply_to_a_120_character_message_id_keeps_the_id_readable(app, session, dovecot, imap_user, smtp_server):
    """Issue 13 finding 13: In-Reply-To and References folded between ids, never RFC 2047 encoded."""
    long_id = "CAH" + "x7Rq" * 25 + "ab@mail.gmail.com"
    assert len(long_id) == 120
    raw = inbound([("From", "Ann <ann@customer.example>"), ("Message-ID", f"<{long_id}>"),
                   ("Subject", "Seats")], "Hi,\n\nCould you send me the price for 3 seats by Friday?\n\nAnn")
    _, data = round_trip(app, session, dovecot, imap_user, smtp_server, raw)

    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert f"In-Reply-To: <{long_id}>\r\n" in head + "\r\n"
    assert "=?" not in "".join(line for line in head.split("\r\n") if not line.lower().startswith("subject"))
    msg = email.message_from_bytes(data, policy=DEFAULT_POLICY)
    assert str(msg["In-Reply-To"]) == f"<{long_id}>"
    assert f"<{long_id}>" in str(msg["References"]).split()


@pytest.mark.dovecot
def test_a_build_with_an_injected_header_is_refused_and_the_draft_failed(app, session, dovecot, imap_user,
                                                                         smtp_server, monkeypatch):
    """Whatever an encoder does, bytes with a header the draft does not have never reach SMTP (a fault injected)."""
    real = headers.encode_text
    monkeypatch.setattr(headers, "encode_text", lambda name, text: real(name, text) + "\r\nBcc: victim@evil.example")
    with pytest.raises(AssertionError):
        round_trip(app, session, dovecot, imap_user, smtp_server,
                   inbound([("From", "Ann <ann@customer.example>"), ("Message-ID", "<q1@customer.example>"),
                            ("Subject", "Seats")], "Hi,\n\nCould you send me the price for 3 seats by Friday?\n"))
    assert smtp_server.messages == []
    session.expire_all()
    [draft] = session.exec(select(Draft)).all()
    assert draft.status == "failed" and "bcc" in draft.error
    events = session.exec(select(AuditEvent).where(AuditEvent.kind == "draft.failed", AuditEvent.entity_id == draft.id))
    assert len(list(events)) == 1


# ---------------------------------------------------------------- the pieces


@pytest.mark.parametrize("value,expected", [
    ("<abc@example.com>", "abc@example.com"), ("abc@example.com", "abc@example.com"),
    ("<a.b+c=d_e-f@mail.gmail.com>", "a.b+c=d_e-f@mail.gmail.com"),
    ("<a b@example.com>", None), ("<a\r\nBcc: x@example.com>", None), ("<ab@ex\x00ample.com>", None),
    ("<abc=?utf-8?q?=0D=0A?=@evil.example>", None), ("<no-at-sign>", None), ("<ä@example.com>", None),
    ("<" + "a" * 300 + "@example.com>", None), ("", None), (None, None), ("<a@b@c>", None),
])
def test_valid_message_id(value, expected):
    assert headers.valid_message_id(value) == expected


def test_ids_are_folded_between_ids_and_never_encoded():
    ids = [f"{'x' * 60}{n}@mail.example" for n in range(5)]
    folded = headers.fold_ids("References", ids)
    lines = folded.split("\r\n")
    assert len(lines) == 5 and all(line.startswith(" <") for line in lines[1:])
    assert "=?" not in folded and " ".join(line.strip() for line in lines) == "References: " + " ".join(
        f"<{i}>" for i in ids)


def test_clean_text_removes_every_control_character():
    assert headers.clean_text("Re: a\r\nBcc: x\x00\x1b[0m\u2028b\x85c") == "Re: a Bcc: x [0m b c"


@pytest.mark.parametrize("addr,why", [("jörg@customer.example", "non-ASCII local part"),
                                      ("a b@customer.example", "cannot be written"),
                                      ("ann@exa mple.com", "domain"), ("nobody", "not an email address")])
def test_addresses_that_cannot_be_written_are_refused(addr, why):
    with pytest.raises(UnsafeMessage, match=why):
        headers.check_address(addr)


def test_an_internationalised_domain_is_written_as_punycode():
    assert headers.check_address("ann@bücher.example") == "ann@xn--bcher-kva.example"


@pytest.mark.parametrize("raw,why", [
    (b"From: a@b\r\nBcc: c@d\r\n\r\nbody", "headers the draft does not have: bcc"),
    (b"From: a@b\r\nFrom: c@d\r\n\r\nbody", "headers the draft does not have"),
    (b"From: a@b\nBcc: c@d\r\n\r\nbody", "bare CR or LF"),
    (b"From: a@b\r\nnot a header\r\n\r\nbody", "not 'Name: value'"),
    (b"From: a@b\r\n\r\nline\nline", "bare CR or LF"),
])
def test_check_message_refuses_extra_headers_and_bare_line_ends(raw, why):
    with pytest.raises(UnsafeMessage, match=why):
        headers.check_message(raw, ["From"])


def test_check_message_refuses_a_second_part():
    msg = EmailMessage()
    msg["From"] = "a@b.example"
    msg.set_content("text")
    msg.add_attachment(b"<html>bank details changed</html>", maintype="text", subtype="html")
    with pytest.raises(UnsafeMessage, match="single text/plain"):
        headers.check_message(msg.as_bytes(policy=DEFAULT_POLICY.clone(linesep="\r\n")),
                              ["From", "MIME-Version", "Content-Type"])
