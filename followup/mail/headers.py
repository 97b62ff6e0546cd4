"""Headers we write: built only from validated values, and the final bytes checked before they leave (SPEC invariant 9).

Why not the email package's header classes: with email.policy.SMTP an In-Reply-To or References longer than one
line is written as RFC 2047 encoded words (no mail client reads that as a Message-ID), and a value that holds an
encoded word is decoded again on the way out, which on Python before 3.11.10/3.12.5 (CVE-2024-6923) writes an
encoded CR/LF raw. So message ids are validated and folded here, text is encoded here, and check_message()
refuses any build whose bytes carry a header or a body part the draft does not have, whatever the Python version.
"""
from __future__ import annotations

import re
from email.header import Header

from followup.exceptions import UnsafeMessage

MAX_MESSAGE_ID_CHARS = 250  # RFC 5322 sets none; real ids stay under ~130, and a References list repeats them
MAX_REFERENCES = 20  # ids kept in References (the root and the newest ones), as common clients trim it
FOLD_AT = 78  # RFC 5322's recommended line length; lines are folded between ids or words to stay near it
MAX_LINE = 998  # RFC 5322's hard limit on a line, CRLF excluded
# id-left "@" id-right in printable ASCII; brackets, quotes, backslashes, commas and whitespace never appear
# in a real id, and "=?" would be decoded as an encoded word by the next program that reads the header.
_ID_CHARS = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+"  # RFC 5322 atext and "."
_MESSAGE_ID = re.compile(_ID_CHARS + "@" + _ID_CHARS)
_BRACKETED = re.compile(r"<([^<>]*)>")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ADDR_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+")
_ADDR_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_HEADER_NAME = re.compile(rb"([!-9;-~]+):")


def valid_message_id(value: str | None) -> str | None:
    """The bare id (no brackets) when value is a usable Message-ID, with or without <>, else None."""
    if not value:
        return None
    bare = value.strip()
    if bare.startswith("<") and bare.endswith(">"):
        bare = bare[1:-1]
    if len(bare) > MAX_MESSAGE_ID_CHARS or "=?" in bare or not _MESSAGE_ID.fullmatch(bare):
        return None
    return bare


def message_ids(value: str | None) -> list[str]:
    """Every valid id in a header value ('<a@x> <b@y>' or bare 'a@x b@y'), in order, once each, invalid ones dropped."""
    found = _BRACKETED.findall(value or "") or (value or "").split()
    ids = (valid_message_id(v) for v in found)
    return list(dict.fromkeys(i for i in ids if i))


def clean_text(value: str | None) -> str:
    """Text for a Subject or display name: control characters (CR, LF, NUL, ...) become spaces, runs folded."""
    return " ".join(_CONTROLS.sub(" ", value or "").split())


def _needs_encoding(text: str) -> bool:
    """Whether text must be written as encoded words: non-ASCII, or something a reader would decode."""
    return not text.isascii() or "=?" in text or any(len(word) > FOLD_AT - 12 for word in text.split())


def encode_text(name: str, text: str) -> str:
    """'Name: value' for an unstructured header (Subject), folded, with CRLF continuation lines."""
    text = clean_text(text)
    charset = "utf-8" if _needs_encoding(text) else "us-ascii"
    value = Header(text, charset, maxlinelen=FOLD_AT, header_name=name).encode(linesep="\r\n")
    return f"{name}: {value}"


def check_address(addr: str) -> str:
    """The addr-spec as written on the wire (IDN domain as punycode), or UnsafeMessage saying why it cannot be sent."""
    addr = (addr or "").strip()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain:
        raise UnsafeMessage(f"{addr!r} is not an email address")
    if not local.isascii():
        raise UnsafeMessage(f"{addr!r} has a non-ASCII local part, which needs SMTPUTF8 (not supported)")
    if not _ADDR_LOCAL.fullmatch(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        raise UnsafeMessage(f"{addr!r}: the part before @ cannot be written in a header")
    try:
        domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        raise UnsafeMessage(f"{addr!r}: the domain is not a valid internationalised name") from None
    if not _ADDR_DOMAIN.fullmatch(domain) or ".." in domain:
        raise UnsafeMessage(f"{addr!r}: the domain cannot be written in a header")
    return f"{local}@{domain}"


def encode_address(name: str, display: str, addr: str) -> str:
    """'Name: display <addr>' with the display name cleaned, quoted or encoded; the address validated."""
    addr = check_address(addr)
    display = clean_text(display)
    if not display:
        return f"{name}: {addr}"
    if _needs_encoding(display):
        phrase = Header(display, "utf-8", maxlinelen=FOLD_AT, header_name=name).encode(linesep="\r\n")
    else:
        phrase = '"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name}: {phrase} <{addr}>"


def fold_ids(name: str, ids: list[str]) -> str | None:
    """'Name: <a> <b>' folded between ids (never inside one, never encoded); None when no id is left."""
    if not ids:
        return None
    lines, line = [], f"{name}:"
    for bare in ids:
        token = f"<{bare}>"
        if len(line) > len(name) + 1 and len(line) + 1 + len(token) > FOLD_AT:
            lines.append(line)
            line = ""
        line = f"{line} {token}"
    lines.append(line)
    return "\r\n".join(lines)


def trimmed_references(ids: list[str]) -> list[str]:
    """At most MAX_REFERENCES ids: the thread's root and the newest ones, as clients trim long threads."""
    return ids if len(ids) <= MAX_REFERENCES else [ids[0], *ids[-(MAX_REFERENCES - 1):]]


def check_message(raw: bytes, expected: list[str]) -> None:
    """Refuse bytes whose header block is not exactly the expected headers, once each, or whose body is not one part.

    Checked on the final bytes, so no encoder (ours or the email package's) can slip in a header, a bare CR or
    LF, or a second MIME part: UnsafeMessage names what is wrong.
    """
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        raise UnsafeMessage("the message has no end of headers")
    if not head.isascii() or b"\x00" in raw:
        raise UnsafeMessage("a header holds a byte that is not ASCII")
    lines = head.split(b"\r\n")
    names: list[str] = []
    for line in lines:
        if b"\r" in line or b"\n" in line:
            raise UnsafeMessage("a header holds a bare CR or LF")
        if len(line) > MAX_LINE:
            raise UnsafeMessage(f"a header line is longer than {MAX_LINE} characters")
        if line[:1] in (b" ", b"\t"):
            if not names or not line.strip():
                raise UnsafeMessage("a header starts with a continuation line or holds an empty one")
            continue
        match = _HEADER_NAME.match(line)
        if match is None:
            raise UnsafeMessage(f"a header line is not 'Name: value': {line[:40]!r}")
        names.append(match.group(1).decode("ascii").lower())
    if sorted(names) != sorted(n.lower() for n in expected):
        extra = sorted(set(names) - {n.lower() for n in expected}) or sorted(n for n in names if names.count(n) > 1)
        raise UnsafeMessage(f"the message would carry headers the draft does not have: {', '.join(extra) or names}")
    if re.search(rb"(?<!\r)\n|\r(?!\n)", body):
        raise UnsafeMessage("the body holds a bare CR or LF")
    content_type = next((line for line in lines if line.lower().startswith(b"content-type:")), b"")
    if not content_type.lower().startswith(b"content-type: text/plain") or b"boundary" in content_type.lower():
        raise UnsafeMessage("the message would not be a single text/plain part")
