"""A no-change `followup sync` decided without SQLAlchemy, SQLModel or pydantic.

Why: a command that imports the ORM and the config schemas pays ~0.4 s of CPU before any work, while a sync that
finds nothing new does ~25 ms of it (login, one STATUS per folder, logout). This path reads the little state it
needs through the DB-API driver (sqlite3, or psycopg for a PostgreSQL URL), asks the server STATUS, and only when
every folder is as stored returns the JSON the full sync would (each folder unchanged), recording last_sync_at as
the full sync does. It changes nothing else: followup.inbound.sync stays the one owner of every decision on data.

It falls back (returns None, and the caller runs the full sync) on any doubt: a config key or FOLLOWUP_* variable
it does not accept or whose value it cannot check at least as strictly as followup.config (all of [policy] and
[oauth], for one), a database not at the newest revision, not readable or with files others may read, no mailbox,
a name not found or in several teams, a mailbox with an error or an OAuth login, a sync lease, a folder never
synced or with its first-sync recent window or history left to read, stored folders that do not cover INBOX,
Sent and the extra folders, a folder name that needs encoding, a failed connection, login or STATUS, and any
folder whose STATUS differs from what is stored.
"""
from __future__ import annotations

import json
import logging
import os
import re
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from followup.durations import parse_duration
from followup.exceptions import SyncDoubt as Doubt

log = logging.getLogger(__name__)

DEFAULT_CONFIG = "config.toml"  # as followup.config
SECTIONS = ("app", "database", "web", "policy", "sync", "drafting", "outbox", "schedule", "oauth")
# The keys this path accepts from the file or FOLLOWUP_<SECTION>_<KEY>, each with a check at least as strict as
# followup.config's (a value refused here is left to the full path, which names it). Any other key: full path.
SPAN, SPAN0, TEXT, FLAG, STRINGS, PORT = "span", "span0", "text", "flag", "strings", "port"
KEYS: dict[str, dict[str, object]] = {
    "app": {"data_dir": TEXT, "log_level": ("level",), "timing_log": FLAG},
    "database": {"url": TEXT, "busy_timeout": SPAN},
    "web": {"host": TEXT, "port": PORT, "threads": 1, "secret_key_env": TEXT, "login_attempts": 1,
            "login_attempts_per_client": 0, "login_window": SPAN, "session_lifetime": SPAN, "queue_page_size": 1,
            "max_request_bytes": 1024, "cookie_secure": FLAG, "mailbox_private_hosts": FLAG, "mailbox_hosts": STRINGS},
    "sync": {"batch_size": 1, "timeout": SPAN, "extra_folders": STRINGS, "parse_workers": 0, "max_message_bytes": 1,
             "idle": FLAG, "idle_timeout": SPAN, "recent_days": 0, "history_batch_size": 1},
    "drafting": {"backend": ("extractive", "openai"), "base_url": TEXT, "model": TEXT, "api_key_env": TEXT,
                 "timeout": SPAN, "max_words": 1},
    "outbox": {"batch_size": 1, "max_attempts": 1, "retry_backoff": SPAN, "claim_timeout": SPAN,
               "smtp_timeout": SPAN, "undo_window": SPAN0},
    "schedule": {"sync_every": SPAN, "send_every": SPAN, "reconcile_every": SPAN, "prune_every": SPAN,
                 "lock_ttl": SPAN, "audit_retention": SPAN, "jobs_in_web": FLAG},
}
# Levels at which a no-change sync logs nothing (at DEBUG the full path shows the IMAP dialogue).
QUIET_LEVELS = ("INFO", "WARNING", "WARN", "ERROR", "CRITICAL", "FATAL")
MAX_PORT = 65535
ENV_FLAGS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}
# A folder name sent as is in a quoted string: printable ASCII without quote, backslash or '&' (modified UTF-7).
PLAIN_FOLDER = re.compile(r'^[ !#-%\'-\[\]-~]+$')
STATUS_ITEMS = re.compile(rb"\(([^()]*)\)\s*$")
SQLITE_PREFIX, PSYCOPG_PREFIX = "sqlite:///", "postgresql+psycopg://"
# Every statement of this path, in one place ('?' placeholders; psycopg's '%s' is put in when it runs). "known" is
# followup.inbound.folders.known_folders's query, so the folders come in the order the full sync shows them.
SQL = {
    "revision": "SELECT version_num FROM alembic_version",
    "mailboxes": "SELECT id, name, auth_kind, username, password_encrypted, imap_host, imap_port, imap_security, "
                 "extra_folders, last_error FROM mailbox ORDER BY id",
    "leases": "SELECT name FROM lease",
    "known": "SELECT mailboxfolder.role, mailboxfolder.name FROM mailboxfolder "
             "WHERE mailboxfolder.mailbox_id = ? AND mailboxfolder.uidvalidity IS NOT NULL",
    "folders": "SELECT name, uidvalidity, last_uid, highestmodseq, recent_uid, history_uid FROM mailboxfolder "
               "WHERE mailbox_id = ?",
    "synced": "UPDATE mailbox SET last_sync_at = ? WHERE id = ? AND last_error IS NULL",
}


def unchanged_status(state, status: dict) -> bool:
    """Whether STATUS shows no new message since the last sync (same UIDVALIDITY; same MODSEQ or no new UID)."""
    if state.uidvalidity is None or int(status[b"UIDVALIDITY"]) != state.uidvalidity:
        return False
    modseq = status.get(b"HIGHESTMODSEQ")
    if modseq is not None and state.highestmodseq is not None and int(modseq) == state.highestmodseq:
        return True
    return int(status.get(b"UIDNEXT", 0)) - 1 <= state.last_uid


def no_change_sync(config_path: str | None, name: str | None) -> dict | None:
    """The sync JSON when no folder of the mailboxes (or the one named) changed, else None (run the full sync)."""
    try:
        return _no_change(_settings(config_path, os.environ), name)
    except Exception as exc:  # any doubt at all, a bug included, is the full path's to decide and report
        log.debug("full sync: %s", exc)
        return None


# ---------------------------------------------------------------- config


def _check(kind, value, from_env: bool):
    """The value of one key of this kind, or Doubt."""
    if kind in (SPAN, SPAN0):
        if not isinstance(value, str):
            raise Doubt("a duration that is not text")
        span = parse_duration(value)
        if span < timedelta(0) or (kind == SPAN and span == timedelta(0)):
            raise Doubt("a duration out of bounds")
        return span
    if kind == TEXT:
        if not isinstance(value, str):
            raise Doubt("not text")
        return value
    if kind == FLAG:
        value = ENV_FLAGS.get(value.strip().lower(), value) if from_env else value
        if not isinstance(value, bool):
            raise Doubt("not a flag")
        return value
    if kind == STRINGS:
        value = [part.strip() for part in value.split(",") if part.strip()] if from_env else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise Doubt("not a list of strings")
        return tuple(value)
    if isinstance(kind, tuple):  # one of these words (or a quiet log level)
        choices = QUIET_LEVELS if kind == ("level",) else kind
        if not isinstance(value, str) or (value.upper() if kind == ("level",) else value) not in choices:
            raise Doubt("not one of the words this path accepts")
        return value
    number = int(value.strip()) if from_env else value
    if isinstance(number, bool) or not isinstance(number, int) or number < (1 if kind == PORT else kind):
        raise Doubt("a number out of bounds")
    if kind == PORT and number > MAX_PORT:
        raise Doubt("not a port")
    return number


def _settings(config_path: str | None, environ) -> dict[str, dict[str, object]]:
    """The accepted keys set by the config file and the environment, checked; Doubt on anything else."""
    explicit = config_path is not None or bool(environ.get("FOLLOWUP_CONFIG"))
    path = Path(config_path or environ.get("FOLLOWUP_CONFIG") or DEFAULT_CONFIG)
    if explicit and not path.is_file():
        raise Doubt("no config file")
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    values: dict[str, dict[str, object]] = {section: {} for section in KEYS}
    for section, table in data.items():
        if section not in KEYS or not isinstance(table, dict):
            raise Doubt(f"[{section}] is not read here")
        for key, value in table.items():
            if key not in KEYS[section]:
                raise Doubt(f"[{section}] {key} is not read here")
            values[section][key] = _check(KEYS[section][key], value, False)
    for variable, value in environ.items():
        section = next((s for s in SECTIONS if variable.startswith(f"FOLLOWUP_{s.upper()}_")), None)
        if section is None:
            continue
        key = variable[len(f"FOLLOWUP_{section}_"):].lower()
        if section not in KEYS or key not in KEYS[section] or variable != f"FOLLOWUP_{section}_{key}".upper():
            raise Doubt(f"{variable} is not read here")
        values[section][key] = _check(KEYS[section][key], value, True)
    return values


# ---------------------------------------------------------------- database


def _connect(url: str, busy_timeout: timedelta):
    """(DB-API connection, placeholder) for the database URL, read and written by this path only."""
    if url.startswith(SQLITE_PREFIX) and not any(c in url for c in "?%#"):
        import sqlite3
        from urllib.parse import quote

        path = Path(url[len(SQLITE_PREFIX):])
        for file in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
            if file.exists() and file.stat().st_mode & 0o077:
                raise Doubt("database files others may read: the full path narrows them")
        # mode=rw: never create a database; autocommit, so each statement below stands alone or in our BEGIN.
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, timeout=busy_timeout.total_seconds(),
                               isolation_level=None)
        return conn, "?"
    if url.startswith(PSYCOPG_PREFIX):
        from urllib.parse import parse_qsl, unquote, urlsplit

        import psycopg

        parts = urlsplit(url)
        args = {"user": parts.username and unquote(parts.username),
                "password": parts.password and unquote(parts.password), "host": parts.hostname,
                "port": parts.port, "dbname": unquote(parts.path.lstrip("/")) or None, **dict(parse_qsl(parts.query))}
        return psycopg.connect(**{k: v for k, v in args.items() if v is not None}, autocommit=True), "%s"
    raise Doubt("a database URL this path does not open")


def _rows(conn, mark: str, query: str, *params) -> list[tuple]:
    """The rows of one statement of SQL."""
    cursor = conn.cursor()
    try:
        cursor.execute(SQL[query].replace("?", mark), params)
        return list(cursor.fetchall()) if cursor.description else [(cursor.rowcount,)]
    finally:
        cursor.close()


class _Folder:
    """One stored folder's sync state, as unchanged_status reads it."""

    def __init__(self, uidvalidity, last_uid, highestmodseq):
        self.uidvalidity, self.last_uid, self.highestmodseq = uidvalidity, last_uid, highestmodseq


def _mailbox_plan(conn, mark: str, box: tuple, extra_config) -> dict:
    """What to ask the server for one mailbox: its login and the folders with their stored state; Doubt if unsure."""
    box_id, box_name, auth_kind, username, password_encrypted, host, port, security, extra, last_error = box
    if last_error is not None or auth_kind != "password" or security not in ("ssl", "starttls", "none"):
        raise Doubt(f"mailbox {box_name}: an error to clear or a login this path does not make")
    extra = json.loads(extra) if isinstance(extra, str) else extra
    extra = (*(extra or ()), *extra_config)
    rows = _rows(conn, mark, "folders", box_id)
    if any(recent is not None or history is not None for *_, recent, history in rows):
        raise Doubt(f"mailbox {box_name}: a folder's first-sync recent window or history is left to read")
    states = {name: _Folder(uidvalidity, last_uid, modseq) for name, uidvalidity, last_uid, modseq, _, _ in rows}
    known = {name if role == "other" else role: name for role, name in _rows(conn, mark, "known", box_id)}
    if "inbox" not in known or "sent" not in known or any(name not in known.values() for name in extra):
        raise Doubt(f"mailbox {box_name}: a folder never synced (or the folders of the last sync not all there)")
    folders = {key: name for key, name in known.items() if key in ("inbox", "sent") or name in extra}
    if not all(PLAIN_FOLDER.match(name) for name in folders.values()):
        raise Doubt(f"mailbox {box_name}: a folder name to encode")
    order = sorted(folders.items(), key=lambda kv: {"sent": 0, "inbox": 1}.get(kv[0], 2))
    return {"id": box_id, "name": box_name, "username": username, "password_encrypted": password_encrypted,
            "host": host, "port": port, "security": security,
            "folders": [(name, role if role in ("inbox", "sent") else "other", states[name]) for role, name in order]}


def _plans(conn, mark: str, settings: dict, name: str | None) -> list[dict]:
    """One plan per mailbox to check (all of them, or the one named), read in one snapshot; Doubt if unsure."""
    from followup.revisions import newest_revision

    conn.execute("BEGIN")  # one snapshot for every read (both connections are in autocommit)
    try:
        if [row[0] for row in _rows(conn, mark, "revision")] != [newest_revision()]:
            raise Doubt("the database is not at the newest revision")
        boxes = [box for box in _rows(conn, mark, "mailboxes") if name is None or box[1] == name]
        if not boxes or (name is not None and len(boxes) != 1):
            raise Doubt("no mailbox, or a name the full path must resolve")
        leases = {row[0] for row in _rows(conn, mark, "leases")}
        if any(f"sync:{box[0]}" in leases for box in boxes):
            raise Doubt("a sync lease is held or left behind")
        return [_mailbox_plan(conn, mark, box, settings["sync"].get("extra_folders", ())) for box in boxes]
    finally:
        conn.execute("COMMIT")


# ---------------------------------------------------------------- IMAP


def _statuses(plan: dict, password: str, timeout: float) -> dict[str, dict[bytes, int]]:
    """STATUS of the plan's folders, INBOX first (as the full sync asks them), in one session; Doubt on any failure."""
    import imaplib
    import ssl

    host, port = plan["host"], plan["port"]
    if plan["security"] == "ssl":
        imap = imaplib.IMAP4_SSL(host, port, ssl_context=ssl.create_default_context(), timeout=timeout)
    else:
        imap = imaplib.IMAP4(host, port, timeout=timeout)
    try:
        if plan["security"] == "starttls":
            imap.starttls(ssl.create_default_context())
        imap.login(plan["username"], password)
        # As imapclient: the login answer's CAPABILITY, else the command; HIGHESTMODSEQ only from a CONDSTORE server.
        capabilities = imap.untagged_responses.get("CAPABILITY") or imap.capability()[1]
        condstore = b"CONDSTORE" in capabilities[0].upper().split()
        items = "MESSAGES UIDNEXT UIDVALIDITY" + (" HIGHESTMODSEQ" if condstore else "")
        statuses = {}
        for name in sorted((n for n, _, _ in plan["folders"]), key=lambda n: n.upper() != "INBOX"):
            typ, data = imap.status(f'"{name}"', f"({items})")
            found = STATUS_ITEMS.search(data[-1]) if typ == "OK" and isinstance(data[-1], bytes) else None
            if found is None:
                raise Doubt(f"STATUS {name}: an answer this path does not read")
            words = found.group(1).split()
            statuses[name] = {words[i].upper(): int(words[i + 1]) for i in range(0, len(words) - 1, 2)}
        return statuses
    finally:
        try:
            imap.logout()
        except Exception:  # the answers are in; a connection closing badly changes nothing
            pass


# ---------------------------------------------------------------- the check


def _no_change(settings: dict, name: str | None) -> dict | None:
    """The sync JSON when every folder of every mailbox to sync is as stored; Doubt or None otherwise."""
    from followup.secrets import Vault, load_secret

    app, database, web, sync = (settings[s] for s in ("app", "database", "web", "sync"))
    data_dir = Path(app.get("data_dir", "instance"))
    url = database.get("url") or f"sqlite:///{data_dir / 'followup.db'}"
    conn, mark = _connect(url, database.get("busy_timeout", timedelta(seconds=30)))
    try:
        plans = _plans(conn, mark, settings, name)
        vault = Vault(load_secret(os.environ.get(web.get("secret_key_env", "FOLLOWUP_SECRET_KEY")) or None, data_dir))
        timeout = sync.get("timeout", timedelta(seconds=30)).total_seconds()
        mailboxes = []
        for plan in plans:
            statuses = _statuses(plan, vault.decrypt(plan["password_encrypted"]), timeout)
            folders = {}
            for folder, role, state in plan["folders"]:
                if not unchanged_status(state, statuses[folder]):
                    return None
                folders[folder] = {"role": role, "new_messages": 0, "quarantined": 0, "found_again": 0,
                                   "server_messages": statuses[folder].get(b"MESSAGES", 0), "unchanged": True,
                                   "resynced": False}
            mailboxes.append({"name": plan["name"], "new_messages": 0, "quarantined": 0, "folders": folders,
                              "error": None})
        now = datetime.now(timezone.utc).replace(tzinfo=None)  # naive UTC, as every column stores it
        # SQLAlchemy's own text form of a DateTime on SQLite; a datetime on PostgreSQL.
        when = now.strftime("%Y-%m-%d %H:%M:%S.%f") if mark == "?" else now
        for plan in plans:
            if _rows(conn, mark, "synced", when, plan["id"]) != [(1,)]:
                return None  # an error recorded meanwhile: the full path reports it
        return {"new_messages": 0, "quarantined": 0, "mailboxes": mailboxes}
    finally:
        conn.close()
