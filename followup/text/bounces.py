"""Mail no person wrote: auto-replies, bulk and list mail, and bounces with the recipients they name."""
from __future__ import annotations

import email
import re
from email.message import Message

from followup.text.charsets import RAW_POLICY, decode_bytes, fix_surrogates

_NOREPLY_RE = re.compile(r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_]daemon|postmaster)\b", re.I)
_BOUNCE_SENDER_RE = re.compile(r"^(mailer[-_]daemon|postmaster)\b", re.I)
_BOUNCE_SUBJECT_RE = re.compile(
    r"(undeliver|delivery (status notification|failure|has failed)|returned mail|failure notice|"
    r"mail delivery (failed|system)|could not be delivered|non[- ]?delivery)", re.I)


def looks_like_bounce(from_addr: str, subject: str) -> bool:
    """A bounce by its sender and subject, for bounces that carry no delivery-status report."""
    return bool(_BOUNCE_SENDER_RE.match(from_addr)) and bool(_BOUNCE_SUBJECT_RE.search(subject))


def is_auto_submitted(msg: Message) -> bool:
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


def is_bulk(msg: Message, from_addr: str) -> bool:
    """True for list mail, newsletters and senders that do not read replies."""
    if msg.get("list-unsubscribe") is not None or msg.get("list-id") is not None:
        return True
    if (msg.get("precedence") or "").strip().lower() in ("bulk", "list", "junk"):
        return True
    return bool(_NOREPLY_RE.match(from_addr))


def delivery_status_blocks(part: Message) -> list[Message]:
    """The per-message and per-recipient field blocks of a message/delivery-status part."""
    payload = part.get_payload()
    if isinstance(payload, str):  # compat32 leaves it unparsed when the part itself is encoded
        return field_blocks(part.get_payload(decode=True) or b"")
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
                block = email.message_from_string(f"Content-Transfer-Encoding: {encoding}\n\n{inner}", policy=RAW_POLICY)
            blocks.extend(field_blocks(block.get_payload(decode=True) or b""))
            encoding = None
    return blocks


def field_blocks(data: bytes) -> list[Message]:
    """DSN field blocks (separated by blank lines) parsed from decoded bytes."""
    text = decode_bytes(data, "utf-8").replace("\r\n", "\n")
    return [email.message_from_string(b, policy=RAW_POLICY) for b in re.split(r"\n\s*\n", text) if b.strip()]


def failed_recipients(blocks: list[Message]) -> list[str]:
    """Lowercased addresses whose DSN block says Action: failed (or, with no Action, a 5.x.x Status)."""
    out: list[str] = []
    for block in blocks:
        action = (block.get("action") or "").strip().lower().split(" ", 1)[0]
        status = (block.get("status") or "").strip()
        if action != "failed" and not (not action and status.startswith("5")):
            continue
        recipient = block.get("final-recipient") or block.get("original-recipient") or ""
        addr = fix_surrogates(str(recipient)).split(";", 1)[-1].strip().strip("<>").lower().replace("\x00", "")
        if "@" in addr and addr not in out:
            out.append(addr)
    return out
