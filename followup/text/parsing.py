"""Turn one raw RFC 5322 message into a ParsedMessage: headers decoded, body as text, reply split, flags set.

Pure and bounded: the stdlib compat32 parser (several times faster than policy.default; see benchmarks/bench_parsing.py) plus our own
header and charset decoding. Only ParseError ever escapes parse_message.
"""
from __future__ import annotations

import codecs
import email
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.feedparser import BytesFeedParser
from email.header import decode_header
from email.message import Message
from email.policy import Compat32
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from followup.exceptions import ParseError
from followup.outbound.headers import clean_text, valid_message_id
from followup.text.replies import split_reply

MAX_BYTES = 25 * 1024 * 1024  # the common provider limit on a whole message
MAX_PARTS = 500  # MIME parts walked; later parts are ignored
MAX_DEPTH = 20  # multipart / message/rfc822 nesting walked; deeper parts are ignored
MAX_HTML_CHARS = 2 * 1024 * 1024  # HTML converted to text; the rest is dropped
# Hostile-input bounds on what the stdlib parser may build at all; beyond them the message is quarantined.
# Its cost grows with parts, header lines, nesting x lines and boundary length, so each is capped.
MAX_PARSE_PARTS = 5000
MAX_PARSE_DEPTH = 30  # every line is matched against each open boundary: ~75 ms a level per 20 MB
MAX_HEADER_LINES = 50_000  # summed over every part
MAX_BOUNDARY_CHARS = 50_000  # summed over every multipart: each boundary costs a regex compile (~4 ms per 1000)
MAX_HTML_TAGS = 30_000  # tags fed to the HTML parser (~30 us each); the rest is dropped
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
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "ksc5601": "cp949", "ksc_5601": "cp949",
    "euc-kr": "cp949", "euc_kr": "cp949",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext", "csiso2022jp": "iso2022_jp_ext",
    "iso-8859-8-i": "iso8859_8", "iso-8859-6-i": "iso8859_6",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "big5": "big5hkscs", "windows-874": "cp874", "tis-620": "cp874",
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman", "utf8": "utf-8", "unicode-1-1-utf-7": "utf-7",
}
_UNKNOWN_CHARSETS = {"x-unknown", "unknown", "unknown-8bit", "x-user-defined", "default", "charset", "none"}
# Declared as one of these, bytes that are valid UTF-8 almost always are UTF-8 (a wrong label).
_LATIN_FAMILY = {"cp1252", "latin_1", "ascii", "iso8859_15"}

_OBS_HEADER_RE = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]+:", re.M)
_HEADER_END_RE = re.compile(rb"\r?\n\r?\n")
_MSGID_RE = re.compile(r"<([^<>\s]+)>")
_BARE_MSGID_RE = re.compile(r"[^<>\s@]+@[^<>\s@]+")
_NOREPLY_RE = re.compile(r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_]daemon|postmaster)\b", re.I)
_BOUNCE_SENDER_RE = re.compile(r"^(mailer[-_]daemon|postmaster)\b", re.I)
_BOUNCE_SUBJECT_RE = re.compile(
    r"(undeliver|delivery (status notification|failure|has failed)|returned mail|failure notice|"
    r"mail delivery (failed|system)|could not be delivered|non[- ]?delivery)", re.I)
_BLANKS_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


class _RawHeaders(Compat32):
    """compat32, but header values always come back as str (8-bit bytes as surrogate escapes), never Header."""

    def header_fetch_parse(self, name, value):
        """Return the stored value unchanged; we decode it ourselves."""
        return value


_POLICY = _RawHeaders()


class _TooComplex(Exception):
    """Raised inside _BoundedParser when the message goes past a parse limit."""


class _BoundedParser(BytesFeedParser):
    """The compat32 feed parser, stopping with _TooComplex once parts, nesting, header lines or a boundary go too far.

    Hooks the private _new_message/_parse_headers because the public API offers no way to stop mid-parse.
    """

    def __init__(self, max_parts: int, max_depth: int, max_header_lines: int, max_boundary_chars: int):
        super().__init__(policy=_POLICY)
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
        text = "\n".join(html_to_text(h) for h in _html_budget(html)).strip("\n")
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
    failed = tuple(_failed_recipients(dsn_blocks))
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
        auto_submitted=_is_auto_submitted(msg),
        is_bulk=_is_bulk(msg, from_addr),
        is_bounce=report or bool(dsn_blocks) or (
            bool(_BOUNCE_SENDER_RE.match(from_addr)) and bool(_BOUNCE_SUBJECT_RE.search(subject))),
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
                dsn_blocks.extend(_dsn_blocks(part))
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


def python_codec(charset: str | None) -> str | None:
    """Map a MIME charset label to a Python codec name, or None when unknown or not a text codec."""
    if not charset:
        return None
    label = charset.strip().strip("'\"").lower()
    if not label or label in _UNKNOWN_CHARSETS:
        return None
    label = _CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    try:
        # rejects bytes-to-bytes codecs such as base64 or zlib (b"" would skip the check), and codecs such as
        # idna or undefined that cannot decode with replacement
        b"a".decode(name, errors="replace")
    except (LookupError, UnicodeError):
        return None
    return name


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode bytes in the declared charset, falling back to UTF-8, then cp1252 with replacement."""
    codec = python_codec(charset)
    if codec and codec not in _LATIN_FAMILY:
        try:
            return data.decode(codec)
        except UnicodeError:  # some codecs raise a plain UnicodeError, not UnicodeDecodeError
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec and codec not in _LATIN_FAMILY and codec != "utf-8":
        # a multibyte text with a few bad bytes reads better in its own charset than as cp1252
        try:
            return data.decode(codec, errors="replace")
        except UnicodeError:  # punycode ignores the error handler on non-ASCII input
            pass
    return data.decode("cp1252", errors="replace")


def _fix_surrogates(value: str) -> str:
    """compat32 keeps raw 8-bit header bytes as surrogate escapes; decode them as UTF-8 or cp1252."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return decode_bytes(value.encode("utf-8", errors="surrogateescape"), None)


def decode_header_value(value: object) -> str:
    """RFC 2047-decode one header value with lenient charsets and fold whitespace; '' for None."""
    if value is None:
        return ""
    value = _fix_surrogates(str(value))
    if "=?" in value:
        try:
            chunks = decode_header(value)
        except Exception:  # bad base64 or a broken encoded word: keep the raw text
            chunks = [(value, None)]
        pieces = []
        for chunk, charset in chunks:
            if isinstance(chunk, str):
                pieces.append(chunk)
            elif charset is None:
                # decode_header turns undecoded runs into raw-unicode-escape bytes
                pieces.append(chunk.decode("raw-unicode-escape", errors="replace"))
            else:
                pieces.append(decode_bytes(chunk, charset))
        value = "".join(pieces)
    # Control characters go too (not only whitespace): a subject or name is written back in a reply (invariant 9).
    return clean_text(value.replace("\x00", ""))


def _header(msg: Message, name: str) -> str:
    """First value of a header, decoded and folded; '' if absent."""
    return decode_header_value(msg.get(name))


def _addresses(msg: Message, name: str, max_chars: int = MAX_ADDRESS_CHARS) -> tuple[tuple[str, str], ...]:
    """(display name, lowercased addr-spec) pairs from every header of that name; unparseable ones dropped."""
    values = [_fix_surrogates(str(v)) for v in msg.get_all(name, [])]
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
        parsed = parsedate_to_datetime(_fix_surrogates(str(value)).strip())
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


def _is_auto_submitted(msg: Message) -> bool:
    """True for auto-replies and other machine-generated messages (RFC 3834 and vendor headers)."""
    auto = (msg.get("auto-submitted") or "").split(";", 1)[0].strip().lower()
    if auto and auto != "no":
        return True
    if msg.get("x-autoreply") is not None or msg.get("x-autorespond") is not None:
        return True
    if (msg.get("precedence") or "").strip().lower() == "auto_reply":
        return True
    suppress = {v.strip().lower() for v in (msg.get("x-auto-response-suppress") or "").split(",")}
    return bool(suppress & {"all", "oof"})


def _is_bulk(msg: Message, from_addr: str) -> bool:
    """True for list mail, newsletters and senders that do not read replies."""
    if msg.get("list-unsubscribe") is not None or msg.get("list-id") is not None:
        return True
    if (msg.get("precedence") or "").strip().lower() in ("bulk", "list", "junk"):
        return True
    return bool(_NOREPLY_RE.match(from_addr))


def _dsn_blocks(part: Message) -> list[Message]:
    """The per-message and per-recipient field blocks of a message/delivery-status part."""
    payload = part.get_payload()
    if isinstance(payload, str):  # compat32 leaves it unparsed when the part itself is encoded
        return _field_blocks(part.get_payload(decode=True) or b"")
    blocks: list[Message] = []
    encoding = None
    for block in payload if isinstance(payload, list) else []:
        if not isinstance(block, Message):
            continue
        blocks.append(block)
        # Some MTAs base64 each block; the encoded text then lands in this block's body or as the next block.
        encoding = block.get("content-transfer-encoding") or (encoding if not block.keys() else None)
        inner = block.get_payload()
        if encoding and isinstance(inner, str) and inner.strip():
            if not block.get("content-transfer-encoding"):
                block = email.message_from_string(f"Content-Transfer-Encoding: {encoding}\n\n{inner}", policy=_POLICY)
            blocks.extend(_field_blocks(block.get_payload(decode=True) or b""))
            encoding = None
    return blocks


def _field_blocks(data: bytes) -> list[Message]:
    """DSN field blocks (separated by blank lines) parsed from decoded bytes."""
    text = decode_bytes(data, "utf-8").replace("\r\n", "\n")
    return [email.message_from_string(b, policy=_POLICY) for b in re.split(r"\n\s*\n", text) if b.strip()]


def _failed_recipients(blocks: list[Message]) -> list[str]:
    """Lowercased addresses whose DSN block says Action: failed (or, with no Action, a 5.x.x Status)."""
    out: list[str] = []
    for block in blocks:
        action = (block.get("action") or "").strip().lower().split(" ", 1)[0]
        status = (block.get("status") or "").strip()
        if action != "failed" and not (not action and status.startswith("5")):
            continue
        recipient = block.get("final-recipient") or block.get("original-recipient") or ""
        addr = _fix_surrogates(str(recipient)).split(";", 1)[-1].strip().strip("<>").lower().replace("\x00", "")
        if "@" in addr and addr not in out:
            out.append(addr)
    return out


_BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "blockquote", "hr", "section", "article", "header", "footer", "dl", "dt", "dd", "address", "center",
}
_SKIP_TAGS = {"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe"}


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become line breaks, blockquotes become '> ' quoted lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.quote = 0

    def _break(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        prefix = "> " * self.quote
        self.lines.append((prefix + line).rstrip() if line or self.quote else "")

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote += 1
            elif tag == "li":
                self.current.append("- ")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            if tag in ("p", "div", "table", "blockquote", "ul", "ol") and self.lines and self.lines[-1]:
                self.lines.append("")

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def _html_budget(parts: list[str], max_chars: int = MAX_HTML_CHARS, max_tags: int = MAX_HTML_TAGS) -> list[str]:
    """The HTML parts cut so that together they stay within max_chars and max_tags."""
    out = []
    for html in parts:
        html = _cut_html(html, max_chars, max_tags)
        out.append(html)
        max_chars -= len(html)
        max_tags -= html.count("<")
        if max_chars <= 0 or max_tags <= 0:
            break
    return out


def _cut_html(html: str, max_chars: int, max_tags: int) -> str:
    """html cut to max_chars characters and before its (max_tags + 1)-th '<'."""
    html = html[:max(max_chars, 0)]
    if html.count("<") <= max_tags:
        return html
    cut = -1
    for _ in range(max(max_tags, 0) + 1):
        cut = html.find("<", cut + 1)
    return html[:cut]


def html_to_text(html: str, *, max_chars: int = MAX_HTML_CHARS, max_tags: int = MAX_HTML_TAGS) -> str:
    """Visible text of an HTML body: scripts and styles dropped, block elements on their own lines."""
    extractor = _TextExtractor()
    try:
        extractor.feed(_cut_html(html, max_chars, max_tags))
        extractor.close()
    except Exception:  # HTMLParser is lenient, but a parse failure must not lose the whole body
        pass
    extractor._break()
    text = "\n".join(extractor.lines).replace("\xa0", " ").replace("\x00", "")
    return _BLANKS_RE.sub("\n\n", text).strip("\n")
