"""IMAP and SMTP connections of a mailbox: connect with clear one-line errors, find folders, test, APPEND, search.

Every failure to reach or log in to a server becomes a MailboxError naming the mailbox and the server.
"""
from __future__ import annotations

import imaplib
import re
import ssl
from datetime import datetime, timezone

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from followup.exceptions import MailboxError
from followup.mail.errors import describe_error, one_line, server_label
from followup.models import Mailbox

DEFAULT_TIMEOUT = 30.0
# Tried in this order when no folder is flagged \Sent (RFC 6154 SPECIAL-USE).
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Sent")


def connect(mailbox: Mailbox, password: str, *, timeout: float = DEFAULT_TIMEOUT) -> IMAPClient:
    """A logged-in IMAPClient for the mailbox (ssl / starttls / none), or MailboxError in one line."""
    where = server_label(mailbox, "IMAP")
    security = mailbox.imap_security
    try:
        if security == "ssl":
            client = IMAPClient(mailbox.imap_host, port=mailbox.imap_port, ssl=True,
                                ssl_context=ssl.create_default_context(), timeout=timeout)
        else:
            client = IMAPClient(mailbox.imap_host, port=mailbox.imap_port, ssl=False, timeout=timeout)
            if security == "starttls":
                if not client.has_capability("STARTTLS"):
                    client.shutdown()
                    raise MailboxError(f"{where}: the server does not offer STARTTLS (try security ssl or none)")
                client.starttls(ssl.create_default_context())
    except MailboxError:
        raise
    except (OSError, imaplib.IMAP4.error, IMAPClientError) as exc:
        raise MailboxError(f"{where}: {describe_error(exc, security, mailbox.imap_port, timeout)}") from None
    # Times as the server states them (aware); sync converts them to naive UTC.
    client.normalise_times = False
    if getattr(mailbox, "auth_kind", "password") == "oauth":
        _bearer_login(client, mailbox, password, where, timeout)
        return client
    try:
        client.login(mailbox.username, password)
    except LoginError as exc:
        logout_quietly(client)
        raise MailboxError(f"{where}: login failed for {mailbox.username}: wrong username or password "
                           f"(server said: {one_line(exc)})") from None
    except (OSError, imaplib.IMAP4.error, IMAPClientError) as exc:
        logout_quietly(client)
        raise MailboxError(f"{where}: {describe_error(exc, security, mailbox.imap_port, timeout)}") from None
    return client


def _authenticate(client: IMAPClient, mechanism: str, user: str, token: str) -> None:
    """AUTHENTICATE XOAUTH2 / OAUTHBEARER; imaplib.IMAP4.error when the server refuses the token.

    After a refusal XOAUTH2 and OAUTHBEARER servers send a JSON challenge and wait for an empty answer before
    their NO; imapclient's oauth2_login would send the token again instead.
    """
    from followup.mail.oauth import sasl_initial_response

    response = sasl_initial_response(mechanism, user, token)
    answers = iter([response])
    client._imap.authenticate(mechanism.upper(), lambda _challenge: next(answers, b""))


def _bearer_login(client: IMAPClient, mailbox: Mailbox, login, where: str, timeout: float) -> None:
    """Log in with the mailbox's OAuth access token; on a refusal refresh it once and try again."""
    mechanism = getattr(login, "mechanism", "xoauth2")
    refused = ""
    try:
        for attempt in range(2):
            if attempt and not login.can_refresh:
                break
            token = login.access_token() if attempt == 0 else login.refresh(refused)
            try:
                _authenticate(client, mechanism, login.username, token)
                return
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                refused = one_line(exc)
        raise MailboxError(f"{where}: {mechanism.upper()} login refused for {login.username} "
                           f"{'even with a refreshed token ' if login.can_refresh else ''}(server said: {refused})")
    except MailboxError:
        logout_quietly(client)
        raise
    except (OSError, imaplib.IMAP4.error, IMAPClientError) as exc:
        logout_quietly(client)
        raise MailboxError(f"{where}: {describe_error(exc, mailbox.imap_security, mailbox.imap_port, timeout)}") from None
    except Exception:
        logout_quietly(client)
        raise


def logout_quietly(client: IMAPClient) -> None:
    """Log out, ignoring a connection that is already gone."""
    try:
        client.logout()
    except Exception:  # closing a broken connection must not mask the error being reported
        try:
            client.shutdown()
        except Exception:
            pass


def find_folders(client: IMAPClient, extra=()) -> dict[str, str]:
    """Folders to sync by role: {"inbox": "INBOX", "sent": <\\Sent or a common name>, <extra name>: <extra name>}."""
    listed = client.list_folders()
    names = {name: {f.decode() if isinstance(f, bytes) else f for f in flags} for flags, _, name in listed}
    found = {"inbox": next((n for n in names if n.upper() == "INBOX"), "INBOX")}
    sent = next((n for n, flags in names.items() if "\\Sent" in flags), None)
    if sent is None:
        lowered = {n.lower(): n for n in names}
        sent = next((lowered[c.lower()] for c in SENT_NAMES if c.lower() in lowered), None)
    if sent is not None:
        found["sent"] = sent
    for name in extra or ():
        if name in names and name not in found.values():
            found[name] = name
    return found


_FETCH_UID_RE = re.compile(rb"\bUID (\d+)")
_FETCH_DATE_RE = re.compile(rb'\bINTERNALDATE "([^"]+)"')


def fetch_bodies(client: IMAPClient, uids: list[int]) -> list[tuple[int, bytes, datetime | None]] | None:
    """(uid, raw bytes, INTERNALDATE as naive UTC) of these messages in UID order; None when the answer has a shape
    this reader does not know (the caller then asks imapclient).

    Why not IMAPClient.fetch: its response parser tokenises every line in Python, twice the CPU of the whole
    imaplib read on a large sync. The one literal per message is taken as imaplib read it.
    """
    try:
        typ, data = client._imap.uid("FETCH", ",".join(map(str, uids)), "(UID INTERNALDATE BODY.PEEK[])")
    except imaplib.IMAP4.abort as exc:  # imaplib names the command UID; errors say FETCH, as imapclient's do
        raise imaplib.IMAP4.abort(str(exc).replace("command: UID =>", "command: FETCH =>", 1)) from None
    if typ != "OK":
        return None
    out = []
    items = list(data)
    for i, item in enumerate(items):
        if not isinstance(item, tuple):
            if item != b")" and not (i and isinstance(items[i - 1], tuple)):
                return None  # a FETCH response without a literal: an empty or unusual body
            continue
        head, raw = item
        tail = items[i + 1] if i + 1 < len(items) and isinstance(items[i + 1], bytes) else b""
        uid = _FETCH_UID_RE.search(head) or _FETCH_UID_RE.search(tail)
        if uid is None or not head.rstrip().endswith(b"}"):
            return None
        date = _FETCH_DATE_RE.search(head) or _FETCH_DATE_RE.search(tail)
        out.append((int(uid.group(1)), raw, _internaldate(date.group(1)) if date else None))
    out.sort(key=lambda entry: entry[0])
    return out


def _internaldate(value: bytes) -> datetime | None:
    """An IMAP INTERNALDATE ("23-Nov-2026 21:18:18 +0000") as naive UTC; None when malformed."""
    try:
        parsed = datetime.strptime(value.decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None
    return parsed.astimezone(timezone.utc).replace(tzinfo=None)


def append_sent(client: IMAPClient, folder: str, raw: bytes, when: datetime | None) -> int | None:
    """APPEND a sent message to the Sent folder, flagged \\Seen; return its UID when the server says (UIDPLUS)."""
    msg_time = when.replace(tzinfo=timezone.utc) if when is not None and when.tzinfo is None else when
    response = client.append(folder, raw, flags=(b"\\Seen",), msg_time=msg_time)
    text = one_line(response)
    if "APPENDUID" in text:
        try:
            return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        except (IndexError, ValueError):
            return None
    return None


def find_message_id(client: IMAPClient, folder: str, message_id: str) -> bool:
    """Whether a message with this Message-ID (with or without <>) is in the folder."""
    client.select_folder(folder, readonly=True)
    bare = message_id.strip().strip("<>")
    return bool(client.search(["HEADER", "Message-ID", f"<{bare}>"]) or client.search(["HEADER", "Message-ID", bare]))


def _smtp_check(mailbox: Mailbox, password, timeout: float) -> tuple[bool, str]:
    """Connect and log in to the mailbox's SMTP server (no mail sent); (ok, detail)."""
    from followup.mail import smtp

    where, security = server_label(mailbox, "SMTP"), mailbox.smtp_security
    try:
        conn, login = smtp.open_session(smtp.endpoint_for(mailbox, password, timeout))
    except MailboxError as exc:
        return False, str(exc)
    smtp.close(conn)
    if login is None:
        return True, f"{where}: connected ({security}); the server asks for no login"
    if login != "password":
        return True, f"{where}: logged in as {mailbox.username} ({security}, {login.upper()})"
    return True, f"{where}: logged in as {mailbox.username} ({security})"


def test_mailbox(mailbox: Mailbox, password: str, timeout: float = DEFAULT_TIMEOUT) -> list[tuple[str, bool, str]]:
    """Log in to IMAP and SMTP and say what works: [(check, ok, detail)], one per check."""
    checks: list[tuple[str, bool, str]] = []
    try:
        client = connect(mailbox, password, timeout=timeout)
    except MailboxError as exc:
        checks.append(("imap", False, str(exc)))
    else:
        try:
            checks.append(("imap", True, f"{server_label(mailbox, 'IMAP')}: logged in as {mailbox.username} "
                                         f"({mailbox.imap_security})"))
            folders = find_folders(client, mailbox.extra_folders or ())
            if "sent" in folders:
                checks.append(("folders", True, f"INBOX: {folders['inbox']}, Sent: {folders['sent']}"))
            else:
                checks.append(("folders", False, f"INBOX: {folders['inbox']}, no Sent folder found "
                                                 f"(none flagged \\Sent, none named {', '.join(SENT_NAMES)})"))
        except (OSError, imaplib.IMAP4.error, IMAPClientError) as exc:
            checks.append(("folders", False, f"{server_label(mailbox, 'IMAP')}: LIST failed: {one_line(exc)}"))
        finally:
            logout_quietly(client)
    if not mailbox.smtp_host:
        checks.append(("smtp", True, "no SMTP server configured: outgoing mail is written to a local folder"))
    else:
        ok, detail = _smtp_check(mailbox, password, timeout)
        checks.append(("smtp", ok, detail))
    return checks


test_mailbox.__test__ = False  # not a pytest test, despite the name
