"""Turn one raw RFC 5322 message into a ParsedMessage: headers decoded, body as text, reply split, flags set.

Pure and bounded: the stdlib compat32 parser (several times faster than policy.default; see
benchmarks/bench_parsing.py) plus our own header and charset decoding. Only ParseError ever escapes parse_message.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.feedparser import BytesFeedParser
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from followup.exceptions import ParseError
from followup.mail.headers import valid_message_id
from followup.text.bounces import (
    delivery_status_blocks,
    failed_recipients,
    is_auto_submitted,
    is_bulk,
    looks_like_bounce,
)
from followup.text.charsets import RAW_POLICY, decode_bytes, decode_header_value, fix_surrogates
from followup.text.html_text import html_budget, html_to_text
from followup.text.replies import split_reply

MAX_BYTES = 25 * 1024 * 1024  # the common provider limit on a whole message
MAX_PARTS = 500  # MIME parts walked; later parts are ignored
MAX_DEPTH = 20  # multipart / message/rfc822 nesting walked; deeper parts are ignored
# Hostile-input bounds on what the stdlib parser may build at all; beyond them the message is quarantined.
# Its cost grows with parts, header lines, nesting x lines and boundary length, so each is capped.
MAX_PARSE_PARTS = 5000
MAX_PARSE_DEPTH = 30  # every line is matched against each open boundary: ~75 ms a level per 20 MB
MAX_HEADER_LINES = 50_000  # summed over every part
MAX_BOUNDARY_CHARS = 50_000  # summed over every multipart: each boundary costs a regex compile (~4 ms per 1000)
MAX_ADDRESS_CHARS = 64 * 1024  # of an address header; later addresses are ignored

SYNTHETIC_ID_DOMAIN = "followup.invalid"


@dataclass(frozen=True)
class Attachment:
    """An attachment's name, MIME type and decoded size; the body itself is not kept."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMessage:
    """One message as followup uses it: ids, decoded headers, body text split into new/quoted/signature, flags."""

    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_addr: str
    from_name: str
    to: tuple[tuple[str, str], ...]
    cc: tuple[tuple[str, str], ...]
    reply_to: tuple[tuple[str, str], ...]
    date: datetime | None
    text: str
    new_text: str
    quoted_text: str
    signature: str
    attachments: tuple[Attachment, ...]
    auto_submitted: bool
    is_bulk: bool
    is_bounce: bool
    bounced_recipients: tuple[str, ...]
    size: int


# Names mail clients send that Python does not know, or knows as a narrower charset than what is meant.

_OBS_HEADER_RE = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]+:", re.M)
_HEADER_END_RE = re.compile(rb"\r?\n\r?\n")
_MSGID_RE = re.compile(r"<([^<>\s]+)>")
_BARE_MSGID_RE = re.compile(r"[^<>\s@]+@[^<>\s@]+")




class _TooComplex(Exception):
    """Raised inside _BoundedParser when the message goes past a parse limit."""


class _BoundedParser(BytesFeedParser):
    """The compat32 feed parser, stopping with _TooComplex once parts, nesting, header lines or a boundary go too far.

    Hooks the private _new_message/_parse_headers because the public API offers no way to stop mid-parse.
    """

    def __init__(self, max_parts: int, max_depth: int, max_header_lines: int, max_boundary_chars: int):
        super().__init__(policy=RAW_POLICY)
        self.limits = (max_parts, max_depth, max_header_lines, max_boundary_chars)
        self.parts = 0
        self.header_lines = 0
        self.boundary_chars = 0

    def _new_message(self):
        max_parts, max_depth, _, _ = self.limits
        self.parts += 1
        if self.parts > max_parts:
            raise _TooComplex(f"message has over {max_parts} MIME parts")
        if len(self._msgstack) > max_depth:
            raise _TooComplex(f"message nests over {max_depth} levels deep")
        super()._new_message()

    def _parse_headers(self, lines):
        _, _, max_header_lines, max_boundary_chars = self.limits
        self.header_lines += len(lines)
        if self.header_lines > max_header_lines:
            raise _TooComplex(f"message has over {max_header_lines} header lines")
        super()._parse_headers(lines)
        if self._cur.get_content_maintype() == "multipart":
            self.boundary_chars += len(self._cur.get_boundary() or "")
            if self.boundary_chars > max_boundary_chars:
                raise _TooComplex(f"MIME boundaries add up to over {max_boundary_chars} characters")


def _normalise_head(raw: bytes) -> bytes:
    """Drop leading blank space and a BOM; repair obsolete 'Name :' header syntax the stdlib would reject."""
    raw = raw.lstrip(b" \t\r\n")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    end = _HEADER_END_RE.search(raw)
    cut = end.start() if end else len(raw)
    head = raw[:cut]
    if _OBS_HEADER_RE.search(head):
        raw = _OBS_HEADER_RE.sub(rb"\1:", head) + raw[cut:]
    return raw


def parse_message(raw: bytes, *, max_bytes: int = MAX_BYTES, max_parts: int = MAX_PARTS,
                  max_depth: int = MAX_DEPTH, max_parse_parts: int = MAX_PARSE_PARTS,
                  max_parse_depth: int = MAX_PARSE_DEPTH, max_header_lines: int = MAX_HEADER_LINES,
                  max_boundary_chars: int = MAX_BOUNDARY_CHARS) -> ParsedMessage:
    """Parse raw message bytes; raises ParseError only when the message is unusable."""
    if not isinstance(raw, (bytes, bytearray)):
        raise ParseError(f"raw message must be bytes, not {type(raw).__name__}")
    if len(raw) > max_bytes:
        raise ParseError(f"message is {len(raw)} bytes, over the {max_bytes}-byte limit")
    raw = bytes(raw)
    try:
        parser = _BoundedParser(max_parse_parts, max_parse_depth, max_header_lines, max_boundary_chars)
        parser.feed(_normalise_head(raw))
        msg = parser.close()
    except _TooComplex as exc:
        raise ParseError(str(exc)) from None
    except RecursionError:
        raise ParseError("message nesting is too deep to parse") from None
    except Exception as exc:  # the stdlib parser is meant to be lenient; anything else means unusable input
        raise ParseError(f"MIME parser failed: {type(exc).__name__}: {exc}") from None
    if not msg.keys():
        raise ParseError("message has no headers")
    try:
        return _build(msg, raw, max_parts, max_depth)
    except RecursionError:
        raise ParseError("message nesting is too deep to walk") from None
    except Exception as exc:  # a bug or an input we did not foresee must quarantine one message, not stop a sync
        raise ParseError(f"unexpected {type(exc).__name__} while parsing: {exc}") from None


def _build(msg: Message, raw: bytes, max_parts: int, max_depth: int) -> ParsedMessage:
    """Assemble the ParsedMessage from a parsed compat32 tree."""
    plain, html, attachments, dsn_blocks, report = _walk(msg, max_parts, max_depth)
    text = "\n".join(plain).strip("\n")
    if not text.strip() and html:
        text = "\n".join(html_to_text(h) for h in html_budget(html)).strip("\n")
    new_text, quoted_text, signature = split_reply(text)

    from_list = _addresses(msg, "from")
    from_name, from_addr = from_list[0] if from_list else ("", "")
    if not from_addr:
        from_name = from_name or _header(msg, "from")
    # Only ids that are safe to write back in a reply's In-Reply-To and References are kept (invariant 9).
    ids = _msg_ids(_header(msg, "message-id"))
    message_id = valid_message_id(ids[0] if ids else _bare_msg_id(_header(msg, "message-id")))
    if not message_id:
        message_id = f"{hashlib.sha256(raw).hexdigest()[:32]}@{SYNTHETIC_ID_DOMAIN}"
    in_reply_to = _msg_ids(_header(msg, "in-reply-to"))
    subject = _header(msg, "subject")
    failed = tuple(failed_recipients(dsn_blocks))
    return ParsedMessage(
        message_id=message_id,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=tuple(dict.fromkeys(_msg_ids(_header(msg, "references")))),
        subject=subject,
        from_addr=from_addr,
        from_name=from_name,
        to=_addresses(msg, "to"),
        cc=_addresses(msg, "cc"),
        reply_to=_addresses(msg, "reply-to"),
        date=_date(msg.get("date")),
        text=text,
        new_text=new_text,
        quoted_text=quoted_text,
        signature=signature,
        attachments=tuple(attachments),
        auto_submitted=is_auto_submitted(msg),
        is_bulk=is_bulk(msg, from_addr),
        is_bounce=report or bool(dsn_blocks) or looks_like_bounce(from_addr, subject),
        bounced_recipients=failed,
        size=len(raw),
    )


def _walk(msg: Message, max_parts: int, max_depth: int):
    """Walk the MIME tree breadth-bounded and depth-bounded; collect body texts, attachments and DSN blocks."""
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    dsn_blocks: list[Message] = []
    report = False
    stack = [(msg, 0, False)]
    seen = 0
    while stack and seen < max_parts:
        part, depth, enclosed = stack.pop()
        seen += 1
        ctype = part.get_content_type().replace("\x00", "").strip()  # it ends up in Attachment.content_type
        if not enclosed:  # a forwarded bounce is not a bounce of ours
            if ctype == "multipart/report" and (part.get_param("report-type") or "").lower() == "delivery-status":
                report = True
            if ctype in ("message/delivery-status", "message/global-delivery-status"):
                dsn_blocks.extend(delivery_status_blocks(part))
                continue
        if _is_attachment(part, ctype, part is msg):
            attachments.append(Attachment(_filename(part), ctype, _payload_size(part, max_parts)))
            continue
        if part.is_multipart():
            if depth >= max_depth:
                continue
            children = part.get_payload()
            if not isinstance(children, list):
                continue
            inner = enclosed or ctype.startswith("message/")
            stack.extend((c, depth + 1, inner) for c in reversed(children) if isinstance(c, Message))
            continue
        if enclosed:  # text of a forwarded or bounced message is not what this message says
            continue
        if ctype == "text/plain":
            plain.append(_part_text(part))
        elif ctype == "text/html":
            html.append(_part_text(part))
        elif part is msg and part.get_content_maintype() == "text":
            plain.append(_part_text(part))  # e.g. text/enriched as the whole message
    return plain, html, attachments, dsn_blocks, report


def _is_attachment(part: Message, ctype: str, is_root: bool) -> bool:
    """A part counts as an attachment when marked so, named, or not a kind of text we read as the body."""
    disposition = (part.get("content-disposition") or "").split(";", 1)[0].strip().lower()
    if disposition == "attachment":
        return True
    if part.is_multipart():
        return False
    if is_root:  # a single-part message is its own body, whatever text type it claims
        return part.get_content_maintype() != "text"
    if ctype in ("text/plain", "text/html"):
        return bool(part.get_param("filename", header="content-disposition") or part.get_param("name"))
    return True  # text/calendar, text/csv and the like are files to list, not the body


def _filename(part: Message) -> str:
    """The part's file name, RFC 2231 and RFC 2047 decoded; '' when none."""
    try:
        name = part.get_filename() or ""
    except Exception:  # malformed RFC 2231 continuations
        name = ""
    if not name and part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            name = (inner[0].get("subject") or "") + ".eml"
    return decode_header_value(name)


def _payload_size(part: Message, max_parts: int) -> int:
    """Decoded size in bytes: of the body for a leaf, summed over at most max_parts leaves for a container."""
    total, stack, seen = 0, [part], 0
    while stack and seen < max_parts:
        node = stack.pop()
        seen += 1
        payload = node.get_payload()
        if isinstance(payload, list):
            stack.extend(p for p in payload if isinstance(p, Message))
            continue
        data = node.get_payload(decode=True)
        total += len(data) if isinstance(data, bytes) else 0
    return total


def _part_text(part: Message) -> str:
    """A text part's body as str with LF line ends, charset-decoded with fallbacks."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    # NUL never belongs in text, and PostgreSQL text columns reject it
    return decode_bytes(data, charset).replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _header(msg: Message, name: str) -> str:
    """First value of a header, decoded and folded; '' if absent."""
    return decode_header_value(msg.get(name))


def _addresses(msg: Message, name: str, max_chars: int = MAX_ADDRESS_CHARS) -> tuple[tuple[str, str], ...]:
    """(display name, lowercased addr-spec) pairs from every header of that name; unparseable ones dropped."""
    values = [fix_surrogates(str(v)) for v in msg.get_all(name, [])]
    if not values:
        return ()
    joined = ", ".join(values)
    if len(joined) > max_chars:  # getaddresses costs ~50 us an address; cut at a comma so no address is truncated
        joined = joined[:max_chars].rsplit(",", 1)[0]
    try:
        pairs = getaddresses([joined])
    except Exception:
        return ()
    out = []
    for display, addr in pairs:
        addr = decode_header_value(addr).strip("<> ").lower()
        if "@" not in addr or " " in addr:
            continue
        out.append((decode_header_value(display).strip("\"' "), addr))
    return tuple(out)


def _msg_ids(value: str) -> list[str]:
    """Every valid <msg-id> in a header value, brackets removed (see followup.outbound.headers.valid_message_id)."""
    return [bare for bare in map(valid_message_id, _MSGID_RE.findall(value)) if bare]


def _bare_msg_id(value: str) -> str:
    """A msg-id written without angle brackets, as some broken senders do; '' when none."""
    match = _BARE_MSGID_RE.search(value)
    return match.group(0) if match else ""


def _date(value: object) -> datetime | None:
    """The Date header as naive UTC; None when absent or unparseable (e.g. hour 27)."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(fix_surrogates(str(value)).strip())
    except Exception:  # ValueError, TypeError, IndexError, OverflowError from malformed dates
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
        except (OverflowError, ValueError):
            return None
    return parsed


