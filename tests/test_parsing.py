"""parse_message against the real corpora and hand-made edge cases; it raises ParseError or nothing."""
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.exceptions import ParseError
from followup.text.parsing import ParsedMessage, decode_bytes, html_to_text, parse_message

ROBUSTNESS_FOLDERS = [
    ("cpython-test_email", "*"),
    ("mikel-mail", "*"),
    ("flanker", "*.eml"),
    ("mime4j", "*.msg"),
    ("stalwart-mail-parser", "*.eml"),
    ("mimekit/messages", "*"),
]


def _parse_or_quarantine(raw: bytes) -> ParsedMessage | None:
    """parse_message, with ParseError (the only allowed failure) mapped to None."""
    try:
        return parse_message(raw)
    except ParseError:
        return None


def _read(corpora_dir: Path, relative: str) -> ParsedMessage:
    """Parse one corpus file by its path relative to the corpora folder."""
    return parse_message((corpora_dir / relative).read_bytes())


def test_every_robustness_corpus_file_parses_or_is_quarantined(corpora_dir):
    files = [p for folder, pattern in ROBUSTNESS_FOLDERS for p in (corpora_dir / folder).rglob(pattern) if p.is_file()]
    parsed, quarantined = [], []
    for path in files:
        result = _parse_or_quarantine(path.read_bytes())  # any other exception fails the test here
        (parsed if result else quarantined).append((path, result))
    assert len(files) >= 350
    # Quarantined only: files with no header block at all (body fragments, .gitattributes, mime4j "noheader").
    assert len(quarantined) <= 8, [str(p) for p, _ in quarantined]
    with_text = [p for p, m in parsed if m.text.strip()]
    assert len(with_text) >= 0.75 * len(parsed)
    assert all(m.size > 0 and m.message_id for _, m in parsed)


def test_rfc2047_subject_and_from_name_are_decoded(corpora_dir):
    message = _read(corpora_dir, "mikel-mail/emails/multi_charset/japanese.eml")
    assert message.subject == "まみむめも"
    raw = (b"From: =?iso-8859-1?q?Ren=E9_Caf=E9?= <Rene@Example.COM>\r\n"
           b"Subject: =?utf-8?q?Caf=C3=A9?=\r\n =?utf-8?b?IOKCrDEw?=   and  more\r\n\r\nbody\r\n")
    message = parse_message(raw)
    assert message.subject == "Café €10 and more"
    assert (message.from_name, message.from_addr) == ("René Café", "rene@example.com")


@pytest.mark.parametrize("relative, expected", [
    ("mikel-mail/emails/multi_charset/japanese_shift_jis.eml", "あいうえお"),
    ("mikel-mail/emails/multi_charset/japanese_iso_2022.eml", "すみません。"),
    ("mikel-mail/emails/multi_charset/ks_c_5601-1987.eml", "스티해"),
])
def test_east_asian_charsets_decode_to_the_right_characters(corpora_dir, relative, expected):
    assert expected in _read(corpora_dir, relative).text


def test_rfc2231_and_rfc2047_attachment_names(corpora_dir):
    message = _read(corpora_dir, "mikel-mail/emails/multi_charset/japanese_attachment_long_name.eml")
    assert [a.filename for a in message.attachments] == ["かきくけこ" * 5 + ".txt"]
    assert message.attachments[0].size > 0
    assert _read(corpora_dir, "mime4j/testmsgs/russian-headers.msg").attachments[0].filename == "Список.doc"


@pytest.mark.parametrize("charset, body, expected", [
    (b"us-ascii", "café".encode("utf-8"), "café"),  # label too narrow: UTF-8 wins
    (b"utf-8", "café".encode("latin-1"), "café"),  # invalid UTF-8: cp1252 fallback
    (b"x-unknown", "naïve".encode("utf-8"), "naïve"),
    (b"no-such-charset", "naïve".encode("utf-8"), "naïve"),
    (b"base64", b"plain words", "plain words"),  # a bytes codec must not be used as a charset
    (b"shift_jis", "あい".encode("cp932") + b"\xff\xfe", "あい"),  # a bad byte keeps the rest readable
])
def test_wrong_or_unknown_charsets_do_not_raise(charset, body, expected):
    raw = b"From: a@example.com\r\nContent-Type: text/plain; charset=" + charset + b"\r\n\r\n" + body
    assert expected in parse_message(raw).text


def test_8bit_headers_without_encoding_are_decoded():
    raw = "Subject: Grüße\r\nFrom: Jörg <j@example.com>\r\n\r\nx".encode("utf-8")
    message = parse_message(raw)
    assert (message.subject, message.from_name) == ("Grüße", "Jörg")
    assert parse_message("Subject: Grüße\r\n\r\nx".encode("latin-1")).subject == "Grüße"


def test_html_only_mail_becomes_text():
    html = ("<html><head><style>p {color: red}</style><title>T</title></head><body>"
            "<script>alert('x')</script><p>Hi&nbsp;Anna,</p><p>Line one<br>Line two</p>"
            "<ul><li>first</li><li>second</li></ul><div>Thanks &amp; bye</div></body></html>")
    raw = b"From: a@example.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
    text = parse_message(raw).text
    assert text.splitlines()[:3] == ["Hi Anna,", "", "Line one"]
    assert "Line two" in text.splitlines() and "- first" in text and "Thanks & bye" in text
    assert "alert" not in text and "color" not in text


def test_html_blockquote_becomes_quoted_text(corpora_dir):
    html = (corpora_dir / "talon/html_replies/gmail.html").read_text(encoding="utf-8")
    assert "Hi. I am fine." in html_to_text(html)
    raw = (b"From: a@example.com\r\nContent-Type: text/html\r\n\r\n"
           b"<div>Sounds good.</div><blockquote>Shall we meet?</blockquote>")
    message = parse_message(raw)
    assert (message.new_text, message.quoted_text) == ("Sounds good.", "> Shall we meet?")


def test_plain_part_is_preferred_over_html():
    raw = (b"From: a@example.com\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/html\r\n\r\n<p>html version</p>\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nplain version\r\n--b--\r\n")
    assert parse_message(raw).text == "plain version"


@pytest.mark.parametrize("relative, recipient", [
    ("mikel-mail/emails/multipart_report_emails/report_530.eml", "edwin@zzzzzzz.com"),
    ("mikel-mail/emails/multipart_report_emails/multi_address_bounce1.eml", "egyfefsdvsfvvhjsd@gmail.com"),
    ("flanker/messages/bounce/mailbox-full.eml", "user@aol.com"),
    ("flanker/messages/bounce/office365.eml", "noname@example.com"),
    ("mimekit/messages/bounce.txt", "netec.test@netecgc.com"),  # base64-encoded DSN field block
    ("mimekit/messages/delivery-status-multiple-blank-lines.txt", "orig_recip@customer.com"),  # no Action field
])
def test_dsn_bounces_are_detected_with_their_failed_recipient(corpora_dir, relative, recipient):
    message = _read(corpora_dir, relative)
    assert message.is_bounce
    assert recipient in message.bounced_recipients


def test_gmail_bounce_without_dsn_part_is_still_a_bounce(corpora_dir):
    message = _read(corpora_dir, "flanker/messages/bounce/gmail-no-dns.eml")
    assert message.is_bounce and message.bounced_recipients == ()


def test_read_receipt_and_forwarded_bounce_are_not_bounces(corpora_dir):
    assert not _read(corpora_dir, "mimekit/messages/disposition-notification.txt").is_bounce
    dsn = (corpora_dir / "flanker/messages/bounce/zed.eml").read_bytes()
    forward = (b"From: customer@example.com\r\nSubject: Fwd: bounce\r\nContent-Type: multipart/mixed; boundary=f\r\n\r\n"
               b"--f\r\nContent-Type: text/plain\r\n\r\nWhy did this bounce?\r\n"
               b"--f\r\nContent-Type: message/rfc822\r\n\r\n" + dsn + b"\r\n--f--\r\n")
    message = parse_message(forward)
    assert not message.is_bounce and message.bounced_recipients == ()
    assert message.text == "Why did this bounce?"


def test_a_normal_reply_is_not_a_bounce_bulk_or_auto(corpora_dir):
    message = _read(corpora_dir, "talon/standard_replies/gmail.eml")
    assert not (message.is_bounce or message.is_bulk or message.auto_submitted)
    assert message.new_text == "Hello"
    assert message.quoted_text.startswith("On Mon, Apr 2, 2012")


@pytest.mark.parametrize("header, bulk", [
    (b"List-Unsubscribe: <mailto:leave@example.com>", True),
    (b"List-Id: <news.example.com>", True),
    (b"Precedence: bulk", True),
    (b"From: No-Reply <no-reply@shop.example>", True),
    (b"X-Mailer: something", False),
])
def test_bulk_mail_is_flagged(header, bulk):
    raw = header + b"\r\nSubject: news\r\n\r\nhello\r\n"
    assert parse_message(raw).is_bulk is bulk


@pytest.mark.parametrize("header, auto", [
    (b"Auto-Submitted: auto-replied", True),
    (b"Auto-Submitted: auto-generated; owner-email=x@example.com", True),
    (b"Auto-Submitted: no", False),
    (b"X-Autoreply: yes", True),
    (b"Precedence: auto_reply", True),
    (b"X-Auto-Response-Suppress: DR, OOF", True),
    (b"X-Auto-Response-Suppress: DR", False),
])
def test_auto_submitted_is_flagged(header, auto):
    raw = b"From: a@example.com\r\n" + header + b"\r\n\r\nI am away.\r\n"
    assert parse_message(raw).auto_submitted is auto


def test_endless_nesting_is_bounded(corpora_dir):
    raw = (corpora_dir / "flanker/messages/enclosed-endless.eml").read_bytes()
    message = _parse_or_quarantine(raw)
    assert message is None or message.subject == "Wow"
    shallow = _parse_or_quarantine(b"From: a@example.com\r\nSubject: Wow\r\n" + raw.split(b"Subject: Wow", 1)[-1])
    assert shallow is None or shallow.size > 0
    tiny = parse_message(raw, max_depth=1, max_parts=3)
    assert tiny.message_id


def test_deep_synthetic_nesting_is_bounded():
    depth = 3000
    head = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(depth))
    raw = b"From: a@example.com\r\n" + head + b"Content-Type: text/plain\r\n\r\ndeep\r\n"
    message = _parse_or_quarantine(raw)
    assert message is None or message.text == ""


def test_size_limit_quarantines():
    with pytest.raises(ParseError, match="limit"):
        parse_message(b"From: a@example.com\r\n\r\n" + b"x" * 100, max_bytes=50)


def test_message_without_headers_is_quarantined():
    for raw in (b"", b"\r\n\r\n", b"just some words\r\nand more\r\n"):
        with pytest.raises(ParseError):
            parse_message(raw)
    with pytest.raises(ParseError):
        parse_message("From: a@example.com\r\n\r\nx")  # type: ignore[arg-type]


def test_missing_message_id_is_synthesized_stably():
    raw = b"From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n"
    first, second = parse_message(raw), parse_message(raw)
    other = parse_message(raw + b"more\r\n")
    assert first.message_id == second.message_id
    assert first.message_id != other.message_id
    local, domain = first.message_id.split("@")
    assert domain == "followup.invalid" and len(local) == 32 and int(local, 16) >= 0


def test_threading_headers_and_addresses():
    raw = (b"Message-ID: <abc@mail.example>\r\nIn-Reply-To: <p1@x> (comment) <p2@x>\r\n"
           b"References: <r1@x>\r\n <r2@x> <r1@x>\r\nFrom: \"Doe, Jane\" <Jane.Doe@Example.com>\r\n"
           b"To: bob@example.com, \"Carl\" <CARL@example.com>, undisclosed-recipients:;\r\n"
           b"Cc: =?utf-8?q?Zo=C3=AB?= <zoe@example.com>\r\nReply-To: sales@example.com\r\n"
           b"Date: Mon, 2 Apr 2012 20:21:52 +0400\r\n\r\nHi\r\n")
    message = parse_message(raw)
    assert message.message_id == "abc@mail.example"
    assert message.in_reply_to == "p1@x"
    assert message.references == ("r1@x", "r2@x")
    assert (message.from_name, message.from_addr) == ("Doe, Jane", "jane.doe@example.com")
    assert message.to == (("", "bob@example.com"), ("Carl", "carl@example.com"))
    assert message.cc == (("Zoë", "zoe@example.com"),)
    assert message.reply_to == (("", "sales@example.com"),)
    assert message.date == datetime(2012, 4, 2, 16, 21, 52) and message.date.tzinfo is None


def test_impossible_date_gives_none(corpora_dir):
    message = _read(corpora_dir, "cpython-test_email/from-python-cpython/msg_47.txt")
    assert message.date is None
    assert parse_message(b"From: a@b.c\r\nDate: yesterday-ish\r\n\r\nx").date is None


def test_obsolete_header_syntax_is_repaired(corpora_dir):
    assert _read(corpora_dir, "mime4j/testmsgs/obsolete.msg").subject.startswith("The obsolete syntax")


def test_decode_bytes_fallbacks():
    assert decode_bytes("€".encode("cp1252"), "utf-8") == "€"
    assert decode_bytes("日本".encode("utf-8"), "iso-8859-1") == "日本"
    assert decode_bytes(b"\x81\x8d", None) == "\ufffd\ufffd"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_anything_but_parse_error(data):
    for raw in (data, b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n" + data):
        result = _parse_or_quarantine(raw)
        assert result is None or isinstance(result.text, str)
