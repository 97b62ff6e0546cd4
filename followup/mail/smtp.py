"""Outgoing mail: the MIME message of a follow-up, its SMTP transaction, and the local Maildir outbox.

Errors are classified for the outbox (SendFailed.kind):
- "temporary": a 4xx reply, or the connection failed before the message text was sent: retry later;
- "permanent": a 5xx reply: the draft fails and the rep sees the server's text;
- "unknown": the text was sent but the final reply never came: the server may have accepted it, so
  the outbox must not retry (SPEC invariant 2).
A server that cannot be reached or refuses the login at all is a MailboxError: nothing was tried.
"""
from __future__ import annotations

import mailbox as stdlib_mailbox
import re
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Callable

from followup.exceptions import MailboxError, SendFailed, UnsafeMessage
from followup.mail import headers
from followup.mail.errors import describe_error, one_line, server_label

DEFAULT_TIMEOUT = 30.0
LOCAL_OUTBOX = "outbox"
_LEADING_DOT = re.compile(rb"(?m)^\.")


@dataclass(frozen=True)
class Endpoint:
    """Where and how to reach one SMTP server."""

    host: str
    port: int
    security: str  # ssl | starttls | none
    username: str = ""
    password: str = ""
    timeout: float = DEFAULT_TIMEOUT
    label: str = ""  # 'mailbox NAME: SMTP host:port', the prefix of every error line
    oauth: object = None  # an OAuthLogin (followup/mail/oauth.py): AUTH XOAUTH2 with its token instead of the password


@dataclass(frozen=True)
class Outgoing:
    """What a follow-up says and to whom, before it becomes bytes."""

    from_name: str
    from_addr: str
    to_name: str
    to_addr: str
    subject: str
    body: str
    message_id: str
    date: datetime  # naive UTC
    in_reply_to: str | None = None
    references: str | None = None


def new_message_id(address: str) -> str:
    """A fresh, globally unique Message-ID in the domain of the sending address."""
    domain = address.rsplit("@", 1)[-1] if "@" in address else None
    return make_msgid(domain=domain)


def build_message(out: Outgoing) -> bytes:
    """The message as CRLF bytes: headers of the rep's reply in its thread, text/plain UTF-8 body.

    Every header carrying outside data is written by followup.outbound.headers from validated values (an invalid
    In-Reply-To or References id is dropped); UnsafeMessage when an address cannot be written or the final
    bytes would carry anything but these headers and one text part.
    """
    message_id = headers.valid_message_id(out.message_id)
    if message_id is None:
        raise UnsafeMessage(f"the new Message-ID {out.message_id!r} is not valid")
    lines = [headers.encode_address("From", out.from_name, out.from_addr),
             headers.encode_address("To", out.to_name, out.to_addr),
             headers.encode_text("Subject", out.subject),
             f"Date: {format_datetime(out.date.replace(tzinfo=timezone.utc))}",
             f"Message-ID: <{message_id}>"]
    parent = headers.message_ids(out.in_reply_to)[:1]
    references = headers.message_ids(out.references) or parent
    if parent and parent[0] not in references:
        references.append(parent[0])
    for folded in (headers.fold_ids("In-Reply-To", parent),
                   headers.fold_ids("References", headers.trimmed_references(references))):
        if folded:
            lines.append(folded)
    body = EmailMessage(policy=SMTP_POLICY)
    # Quoted-printable keeps non-ASCII text safe on servers without 8BITMIME.
    body.set_content(out.body, charset="utf-8", cte=None if out.body.isascii() else "quoted-printable")
    raw = ("\r\n".join(lines) + "\r\n").encode("ascii") + body.as_bytes()
    names = [line.split(":", 1)[0] for line in lines] + ["MIME-Version", "Content-Type", "Content-Transfer-Encoding"]
    headers.check_message(raw, names)
    return raw


def _fail(code: int, text: bytes | str, label: str, stage: str) -> SendFailed:
    """A SendFailed for a negative reply: 4xx temporary, 5xx permanent, with the server's words."""
    words = " ".join((text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)).split())[:300]
    kind = "permanent" if 500 <= code < 600 else "temporary"
    return SendFailed(kind, f"{label}: {stage} refused: {code} {words}".lstrip(": "))


def endpoint_for(mailbox, secret, timeout: float) -> Endpoint:
    """How to reach the mailbox's SMTP server, logging in with its password or its OAuthLogin."""
    return Endpoint(mailbox.smtp_host, mailbox.smtp_port, mailbox.smtp_security, mailbox.username,
                    secret if isinstance(secret, str) else "", timeout, server_label(mailbox, "SMTP"),
                    oauth=None if isinstance(secret, str) else secret)


def connect(endpoint: Endpoint) -> smtplib.SMTP:
    """A connected SMTP session (TLS as configured, logged in when the server offers AUTH), or MailboxError."""
    return open_session(endpoint)[0]


def open_session(endpoint: Endpoint) -> tuple[smtplib.SMTP, str | None]:
    """connect(), and how it logged in: "password", the OAuth mechanism, or None (the server offers no AUTH)."""
    label = endpoint.label or f"SMTP {endpoint.host}:{endpoint.port}"
    conn = None
    try:
        if endpoint.security == "ssl":
            conn = smtplib.SMTP_SSL(endpoint.host, endpoint.port, timeout=endpoint.timeout,
                                    context=ssl.create_default_context())
        else:
            conn = smtplib.SMTP(endpoint.host, endpoint.port, timeout=endpoint.timeout)
        conn.ehlo()
        if endpoint.security == "starttls":
            if not conn.has_extn("starttls"):
                raise MailboxError(f"{label}: the server does not offer STARTTLS (try security ssl or none)")
            conn.starttls(context=ssl.create_default_context())
            conn.ehlo()
        if not conn.has_extn("auth"):
            return conn, None
        if endpoint.oauth is not None:
            bearer_login(conn, endpoint.oauth, label)
            return conn, getattr(endpoint.oauth, "mechanism", "xoauth2")
        if not endpoint.username:
            return conn, None
        conn.login(endpoint.username, endpoint.password)
        return conn, "password"
    except smtplib.SMTPAuthenticationError as exc:
        close(conn)
        raise MailboxError(f"{label}: login failed for {endpoint.username}: wrong username or password "
                           f"(server said: {exc.smtp_code} {one_line(exc.smtp_error)})") from None
    except MailboxError:
        close(conn)
        raise
    except (OSError, smtplib.SMTPException) as exc:
        if conn is not None:
            conn.close()  # no QUIT: the server may be the thing that does not answer
        raise MailboxError(f"{label}: {describe_error(exc, endpoint.security, endpoint.port, endpoint.timeout)}") from None


def bearer_login(conn: smtplib.SMTP, login, label: str) -> None:
    """AUTH XOAUTH2 (or OAUTHBEARER) with the login's access token; refreshed and tried once more when refused.

    A refusal arrives as a 334 JSON challenge that wants an empty answer before the final 535 (RFC 7628 3.2.3).
    """
    from followup.mail.oauth import b64, sasl_initial_response

    mechanism = getattr(login, "mechanism", "xoauth2")
    refused = ""
    for attempt in range(2):
        if attempt and not login.can_refresh:
            break
        token = login.access_token() if attempt == 0 else login.refresh(refused)
        code, text = conn.docmd("AUTH", f"{mechanism.upper()} {b64(sasl_initial_response(mechanism, login.username, token))}")
        if code == 334:
            code, text = conn.docmd("")
        if code in (235, 503):  # 503: already authenticated
            return
        refused = f"{code} {text.decode('utf-8', 'replace')}"
        if not 500 <= code < 600:
            raise MailboxError(f"{label}: login failed for {login.username}: {refused}")
    raise MailboxError(f"{label}: {mechanism.upper()} login refused for {login.username} "
                       f"{'even with a refreshed token ' if login.can_refresh else ''}(server said: {refused})")


def close(conn: smtplib.SMTP) -> None:
    """QUIT, ignoring a connection that is already gone."""
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()


def is_alive(conn: smtplib.SMTP) -> bool:
    """Whether a reused session still answers (servers drop idle clients)."""
    try:
        return conn.noop()[0] == 250
    except (OSError, smtplib.SMTPException):
        return False


def send(conn: smtplib.SMTP, mail_from: str, rcpt_to: str, raw: bytes, *, label: str = "",
         on_data_sent: Callable[[], None] | None = None) -> str:
    """Run one SMTP transaction; return the server's acceptance text or raise SendFailed (see module doc)."""
    try:
        code, text = conn.mail(mail_from)
        if code != 250:
            raise _fail(code, text, label, "MAIL FROM")
        code, text = conn.rcpt(rcpt_to)
        if code not in (250, 251):
            raise _fail(code, text, label, f"RCPT TO {rcpt_to}")
        code, text = conn.docmd("DATA")
        if code != 354:
            raise _fail(code, text, label, "DATA")
        payload = _LEADING_DOT.sub(b"..", raw)
        payload += b"" if payload.endswith(b"\r\n") else b"\r\n"
        conn.send(payload + b".\r\n")
    except SendFailed:
        _reset(conn)
        raise
    except (OSError, smtplib.SMTPException) as exc:
        # Nothing of the message text has been accepted: trying again cannot deliver it twice.
        raise SendFailed("temporary", f"{label}: {describe_error(exc, 'none', 0, conn.timeout or 0)}".lstrip(": ")) from None
    if on_data_sent is not None:
        on_data_sent()
    try:
        code, text = conn.getreply()
    except (OSError, smtplib.SMTPException) as exc:
        said = describe_error(exc, "none", 0, conn.timeout or 0)
        raise SendFailed("unknown", f"{label}: no answer after the message was sent ({said}); "
                                    "it may have been delivered".lstrip(": ")) from None
    if not 400 <= code < 600 and code != 250:
        # Not a reply but its broken start ("2" then EOF, when the line dies mid-"250"): it may have been
        # accepted, so retrying could deliver it twice.
        raise SendFailed("unknown", f"{label}: no answer after the message was sent (the reply broke off after "
                                    f"{code!s:.3}); it may have been delivered".lstrip(": "))
    if code != 250:
        _reset(conn)
        raise _fail(code, text, label, "message")
    return text.decode("utf-8", "replace")


def _reset(conn: smtplib.SMTP) -> None:
    """RSET after a refused step so the session can carry the next message."""
    try:
        conn.rset()
    except (OSError, smtplib.SMTPException):
        pass


def local_outbox(data_path: Path) -> stdlib_mailbox.Maildir:
    """The local Maildir under the data folder where mail goes until an SMTP server is configured."""
    Path(data_path).mkdir(parents=True, exist_ok=True)
    return stdlib_mailbox.Maildir(Path(data_path) / LOCAL_OUTBOX, create=True)


def write_local(data_path: Path, raw: bytes) -> str:
    """Deliver the message to the local outbox; return its Maildir key."""
    return local_outbox(data_path).add(raw)


def find_local(data_path: Path, message_id: str) -> bool:
    """Whether the local outbox holds a message with this Message-ID."""
    box = local_outbox(data_path)
    return any((msg.get("Message-ID") or "").strip() == message_id for msg in box)

