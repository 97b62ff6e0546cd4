"""What went wrong with a mail server, in words a rep can act on: the texts of every IMAP and SMTP error."""
from __future__ import annotations

import imaplib
import re
import smtplib
import socket
import ssl

from followup.models import Mailbox

HUNG_UP = "the server closed the connection without answering"
NOT_IMAP = "not an IMAP server (it did not greet with an IMAP response)"
NOT_SMTP = "not an SMTP server (it did not greet with an SMTP reply)"
_COMMAND = re.compile(r"command: (\w+) =>")  # how imaplib names the command an error interrupted


def server_label(mailbox: Mailbox, protocol: str) -> str:
    """'mailbox NAME: IMAP host:port' — the prefix of every error line."""
    if protocol == "SMTP":
        return f"mailbox {mailbox.name}: SMTP {mailbox.smtp_host}:{mailbox.smtp_port}"
    return f"mailbox {mailbox.name}: IMAP {mailbox.imap_host}:{mailbox.imap_port}"


def one_line(text: object) -> str:
    """Server text as one short line (bytes decoded, whitespace collapsed)."""
    if isinstance(text, BaseException) and len(text.args) == 1:
        text = text.args[0]
    if isinstance(text, str) and len(text) > 2 and text[:2] in ("b'", 'b"') and text[-1] == text[1]:
        text = text[2:-1]  # imapclient puts the repr of the server's bytes in some errors
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())[:300]


def describe_error(exc: BaseException, security: str, port: int, timeout: float) -> str:
    """What went wrong with a connection, in words a rep can act on."""
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        # smtplib re-raises a timeout or a reset as "Connection unexpectedly closed: <why>": say the why.
        cause = exc.__context__
        return describe_error(cause, security, port, timeout) if isinstance(cause, OSError) else HUNG_UP
    if isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code == -1:
        # smtplib's code for a line that is no SMTP reply: some other service answered. Its bytes are not
        # repeated (the web form must not read banners of internal services for anyone).
        return NOT_SMTP
    if isinstance(exc, smtplib.SMTPConnectError):
        return f"the SMTP server refused the session (reply code {exc.smtp_code})"
    if isinstance(exc, imaplib.IMAP4.abort) and str(exc).startswith(("unexpected response", "unexpected tagged")):
        return NOT_IMAP  # a greeting that is no IMAP response: some other service; its bytes are not repeated
    if isinstance(exc, imaplib.IMAP4.abort):
        # imaplib's words for a server that hung up: "socket error: EOF", "unterminated line: b'* OK [CAPA'".
        command = _COMMAND.search(str(exc))
        return f"the server closed the connection during {command.group(1)}" if command else HUNG_UP
    if isinstance(exc, socket.gaierror):
        return "unknown host (the name does not resolve)"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (nothing listens on that port)"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"no answer within {timeout:g}s (timed out)"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"certificate not trusted: {exc.verify_message}"
    if isinstance(exc, ssl.SSLError):
        reason = exc.reason or str(exc)
        if reason in ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "UNKNOWN_PROTOCOL", "PACKET_LENGTH_TOO_LONG"):
            other = "starttls or none" if security == "ssl" else "none"
            return f"TLS handshake failed: port {port} does not speak TLS (try security {other})"
        return f"TLS error: {reason}"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, OSError):
        return f"network error: {exc.strerror or exc}"
    return one_line(exc) or type(exc).__name__
