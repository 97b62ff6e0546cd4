"""Real servers for the test suite: a private Dovecot IMAP, an aiosmtpd SMTP sink, and a private PostgreSQL.

Each one runs on a free 127.0.0.1 port with all its state in temporary directories, so parallel test
processes and the machine's own system services never collide. Plain classes with start()/stop() that
also work as context managers; tests/conftest.py wraps them into fixtures.
"""
from __future__ import annotations

import datetime
import hashlib
import logging
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
READY_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0
POLL_INTERVAL = 0.02
FAST_TMP_MIN_FREE = 2 * 1024**3
PORT_ATTEMPTS = 3
DEFAULT_IMAP_PASSWORD = "secret"
# Maildir info letters for the IMAP system flags; Dovecot requires them sorted in the file name.
MAILDIR_FLAG_LETTERS = {"\\Draft": "D", "\\Flagged": "F", "\\Answered": "R", "\\Seen": "S", "\\Deleted": "T"}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (bind to port 0, read it, release it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for_banner(port: int, prefix: bytes, timeout: float = READY_TIMEOUT, proc=None, use_ssl=False) -> None:
    """Poll HOST:port until a connection succeeds and its first line starts with prefix (bounded)."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server process exited with code {proc.returncode} before it was ready")
        try:
            with socket.create_connection((HOST, port), timeout=2.0) as raw:
                sock = insecure_client_context().wrap_socket(raw) if use_ssl else raw
                with sock:
                    line = sock.makefile("rb").readline()
            if line.startswith(prefix):
                return
            last_error = RuntimeError(f"unexpected greeting {line!r}")
        except OSError as error:
            last_error = error
        # Connection refused returns at once; a short pause keeps the poll from spinning.
        time.sleep(POLL_INTERVAL)
    raise TimeoutError(f"port {port} not ready after {timeout}s: {last_error}")


def make_self_signed_cert(directory: Path, common_name: str = "localhost") -> tuple[Path, Path]:
    """Write a self-signed cert + key (SAN localhost and 127.0.0.1) into directory; return their paths."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    directory = Path(directory)
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    if cert_path.exists() and key_path.exists():
        return cert_path, key_path
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(common_name), x509.IPAddress(ipaddress.ip_address(HOST))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path


def trusting_client_context(cert_path: Path) -> ssl.SSLContext:
    """A client SSL context verifying the server against our self-signed cert (127.0.0.1 or localhost)."""
    context = ssl.create_default_context(cafile=str(cert_path))
    return context


def insecure_client_context() -> ssl.SSLContext:
    """A client SSL context with verification off, for readiness probes only."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def fast_tmp_root(min_free_bytes: int = FAST_TMP_MIN_FREE) -> Path:
    """/dev/shm when it is a roomy writable tmpfs, else /tmp.

    Why: on disk-backed /tmp, copying a Postgres cluster or writing 20,000 maildir files costs
    seconds; tmpfs makes it ~10x faster. Docker's default 64 MB /dev/shm is too small, hence the check.
    """
    shm = Path("/dev/shm")
    try:
        if os.access(shm, os.W_OK) and shutil.disk_usage(shm).free >= min_free_bytes:
            return shm
    except OSError:
        pass
    return Path("/tmp")


def _short_private_dir(prefix: str) -> Path:
    """A short world-traversable private dir under fast_tmp_root().

    Why: unix socket paths are limited to 107 bytes (pytest tmp paths are long), and the unprivileged
    users Dovecot/Postgres drop to cannot traverse pytest's 0700 /tmp/pytest-of-root.
    """
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=fast_tmp_root()))
    path.chmod(0o755)
    return path


def _unprivileged_account(*candidates: str) -> pwd.struct_passwd:
    """The first existing account among candidates (used when running as root)."""
    for name in candidates:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError(f"none of the accounts {candidates} exist; run scripts/install-system-deps.sh")


def maildir_name(epoch: int, counter: int) -> str:
    """The file name of the counter-th message written: <secs>.M<usecs>P<pid>Q<n>.<host>, as a delivery names it.

    Dovecot gives new files UIDs in (secs, usecs) order, so the counter spread over both keeps UIDs in write order.
    The host part ends in a digest of the counter: Dovecot finds a file by a hash of its name that keeps mostly the
    last characters, so names ending alike (".followup-test") fell into ~10,000 buckets and a 100,000-message folder
    cost it ~18,000 name comparisons a look-up (a FETCH of 100 bodies took 133 s).
    """
    secs, usecs = epoch + counter // 1_000_000, counter % 1_000_000
    tag = hashlib.blake2s(counter.to_bytes(8, "big"), digest_size=4).hexdigest()
    return f"{secs}.M{usecs}P{os.getpid()}Q{counter}.followup-test-{tag}"


class _Managed:
    """Context-manager plumbing shared by the servers."""

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


# --------------------------------------------------------------------------------------------------
# Dovecot
# --------------------------------------------------------------------------------------------------

DOVECOT_CONF = """\
# Generated by followup_testing/servers.py: a private instance, nothing shared with the system dovecot.
protocols = imap
listen = {host}
base_dir = {run_dir}/base
state_dir = {run_dir}/state
instance_name = followup-test-{instance}
log_path = {conf_dir}/dovecot.log
info_log_path = {conf_dir}/dovecot.log
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
first_valid_gid = 1
mail_uid = {mail_uid}
mail_gid = {mail_gid}
mail_location = maildir:{mail_root}/%u
auth_mechanisms = plain login
disable_plaintext_auth = no
# Tests assert on failed logins; the default 2 s penalty would only slow them down.
auth_failure_delay = 0
# A throwaway store: durability is worthless, speed is not.
mail_fsync = never
ssl = {ssl}
{ssl_files}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {users_dir}/%u.passwd
}}
userdb {{
  driver = passwd-file
  args = {users_dir}/%u.passwd
}}
# chroot needs root; without it the same config also runs as an ordinary user.
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {host}
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {imaps_port}
    ssl = yes
  }}
}}
protocol imap {{
  # Sync tests open several sessions per user from 127.0.0.1; the default limit is 10.
  mail_max_userip_connections = 100
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
"""


class Dovecot(_Managed):
    """A private Dovecot IMAP server: plain port (STARTTLS offered) and an implicit-TLS imaps port.

    One passwd-file per user; mail is Maildir++ under a private dir, one maildir per user.
    Messages can be loaded two ways:
    - append(): IMAP APPEND through the server; always safe, returns the UID; ~15 ms each because it
      logs in every time (APPEND on one open client() connection is ~0.6 ms).
    - write_maildir(): writes files straight into the maildir (tmp/ then rename, the Maildir delivery
      protocol), so it is safe even while the server runs and clients are connected; Dovecot gives
      UIDs at the next mailbox sync in write order. For bulk loads: 20,000 messages in ~1.5 s.
    """

    def __init__(self, tmpdir, tls: bool = True, users: dict[str, str] | None = None):
        self.conf_dir = Path(tmpdir)
        self.tls = tls
        self.users: dict[str, str] = dict(users or {})
        self.imap_port = 0
        self.imaps_port = 0
        self.run_dir: Path | None = None
        self.proc: subprocess.Popen | None = None
        self.cert_path: Path | None = None
        self.host = HOST
        if os.geteuid() == 0:
            # Dovecot refuses root for login processes and UID 0 for mail; drop to system accounts.
            mail = _unprivileged_account("nobody")
            internal = _unprivileged_account("dovecot", "nobody")
            login = _unprivileged_account("dovenull", "nobody")
        else:
            mail = internal = login = pwd.getpwuid(os.geteuid())
        self.mail_uid, self.mail_gid = mail.pw_uid, mail.pw_gid
        self._internal, self._login = internal, login
        self._counter = 0
        self._epoch = int(time.time())
        self._lock = threading.Lock()

    @property
    def conf_path(self) -> Path:
        """Path of the generated dovecot.conf."""
        return self.conf_dir / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        """Path of the server log (read it when a test fails)."""
        return self.conf_dir / "dovecot.log"

    @property
    def users_dir(self) -> Path:
        """One passwd-file per user (in run_dir: the auth process runs unprivileged)."""
        assert self.run_dir is not None, "start() first"
        return self.run_dir / "users"

    @property
    def mail_root(self) -> Path:
        """Directory holding one maildir per user."""
        assert self.run_dir is not None, "start() first"
        return self.run_dir / "mail"

    def start(self) -> "Dovecot":
        """Write the config, launch `dovecot -F` and wait until both ports greet."""
        if self.proc is not None:
            raise RuntimeError("dovecot already running")
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        if self.run_dir is None:
            self.run_dir = _short_private_dir("fu-dovecot-")
            self.mail_root.mkdir(mode=0o700)
            os.chown(self.mail_root, self.mail_uid, self.mail_gid)
            self.users_dir.mkdir(mode=0o755)
            self.imap_port, self.imaps_port = free_port(), free_port()
        for name, password in list(self.users.items()):
            self._make_maildir(name, "INBOX")
            self._write_user(name, password)
        for attempt in range(PORT_ATTEMPTS):
            self._write_conf()
            self._launch()
            try:
                self.wait_ready()
                return self
            except RuntimeError as error:
                # Another process may grab a port between free_port() and dovecot's bind.
                if "Address already in use" in str(error) and attempt + 1 < PORT_ATTEMPTS:
                    self._kill()
                    self.imap_port, self.imaps_port = free_port(), free_port()
                    continue
                self.stop()
                raise
        return self

    def _launch(self) -> None:
        """Start `dovecot -F` in its own process group (so stop() can kill all its children at once)."""
        with open(self.conf_dir / "dovecot.stderr", "ab") as stderr:
            self.proc = subprocess.Popen(
                ["dovecot", "-F", "-c", str(self.conf_path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )

    def _kill(self) -> None:
        """SIGKILL the process group start() created for this dovecot, and reap it."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(STOP_TIMEOUT)
        self.proc = None

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        """Block until the plain (and imaps) port accepts and sends the IMAP greeting."""
        try:
            wait_for_banner(self.imap_port, b"* OK", timeout, self.proc)
            if self.tls:
                wait_for_banner(self.imaps_port, b"* OK", timeout, self.proc, use_ssl=True)
        except (RuntimeError, TimeoutError) as error:
            raise RuntimeError(f"dovecot not ready: {error}\n{self._log_tail()}") from error

    def stop(self) -> None:
        """Kill the dovecot process group, wait for it, and remove the private run/mail dir."""
        # SIGKILL, not SIGTERM: a graceful stop costs ~1 s (master waits for its children) and the
        # store is deleted anyway.
        self._kill()
        if self.run_dir is not None:
            shutil.rmtree(self.run_dir, ignore_errors=True)
            self.run_dir = None

    def restart(self) -> None:
        """Stop dovecot gracefully (keeping mail, users and ports) and start it again."""
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(STOP_TIMEOUT)
            self.proc = None
        self.start()

    def add_user(self, name: str, password: str = DEFAULT_IMAP_PASSWORD) -> str:
        """Add a user; works before start and while running.

        Changing an existing user's password while running may take a second to be seen: Dovecot
        re-checks a passwd-file at most once per second.
        """
        if not name or any(c in name for c in ":/%\n") or ":" in password or "\n" in password:
            raise ValueError("user names must not contain ':', '/', '%' or newlines; passwords no ':' or newlines")
        with self._lock:
            self.users[name] = password
            if self.run_dir is not None:
                self._make_maildir(name, "INBOX")
                self._write_user(name, password)
        return name

    def new_user(self, prefix: str = "user", password: str = DEFAULT_IMAP_PASSWORD) -> str:
        """Add a user with a unique name, so tests sharing one server never collide."""
        return self.add_user(f"{prefix}-{uuid.uuid4().hex[:10]}", password)

    def client(self, user: str, ssl_mode: str = "plain"):
        """A logged-in imapclient.IMAPClient; ssl_mode is 'plain', 'starttls' or 'ssl' (cert verified)."""
        import imapclient

        if ssl_mode == "ssl":
            conn = imapclient.IMAPClient(HOST, port=self.imaps_port, ssl=True, ssl_context=self.client_ssl_context())
        else:
            conn = imapclient.IMAPClient(HOST, port=self.imap_port, ssl=False)
            if ssl_mode == "starttls":
                conn.starttls(self.client_ssl_context())
            elif ssl_mode != "plain":
                raise ValueError(f"unknown ssl_mode {ssl_mode!r}")
        conn.login(user, self.users[user])
        return conn

    def client_ssl_context(self) -> ssl.SSLContext:
        """A client SSL context that trusts this server's self-signed cert."""
        if self.cert_path is None:
            raise RuntimeError("server started with tls=False")
        return trusting_client_context(self.cert_path)

    def append(self, user: str, folder: str, raw: bytes, flags=(), msg_time=None) -> int:
        """Append one message over IMAP; return its UID (from APPENDUID)."""
        with self.client(user) as conn:
            if not conn.folder_exists(folder):
                conn.create_folder(folder)
            response = conn.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        # Dovecot answers "[APPENDUID <uidvalidity> <uid>] Append completed."
        text = response.decode() if isinstance(response, bytes) else str(response)
        return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])

    deliver = append

    def write_maildir(self, user: str, folder: str, messages, flags=(), internaldate=None) -> list[Path]:
        """Write raw messages straight into the user's maildir folder (bulk load); return paths as written.

        messages: iterable of bytes. flags: IMAP system flags for all of them (maps to maildir info).
        internaldate: optional datetime or epoch seconds set as file mtime, which Dovecot reports as
        INTERNALDATE. Safe while the server runs (tmp/ + rename); UIDs follow write order.
        """
        names = [f.decode() if isinstance(f, bytes) else f for f in flags]
        unknown = [f for f in names if f not in MAILDIR_FLAG_LETTERS]
        if unknown:
            raise ValueError(f"write_maildir supports system flags only, not {unknown}; use append() for keywords")
        letters = "".join(sorted(MAILDIR_FLAG_LETTERS[f] for f in names))
        folder_dir = self._make_maildir(user, folder)
        subdir = "cur" if flags else "new"
        if isinstance(internaldate, datetime.datetime):
            internaldate = internaldate.timestamp()
        written = []
        for raw in messages:
            with self._lock:
                self._counter += 1
                counter = self._counter
            name = maildir_name(self._epoch, counter)
            tmp_path = folder_dir / "tmp" / name
            tmp_path.write_bytes(raw)
            final = folder_dir / subdir / (f"{name}:2,{letters}" if flags else name)
            os.chown(tmp_path, self.mail_uid, self.mail_gid)
            if internaldate is not None:
                os.utime(tmp_path, (internaldate, internaldate))
            os.rename(tmp_path, final)
            written.append(final)
        return written

    def set_uidvalidity(self, user: str, folder: str, uidvalidity: int) -> None:
        """Change a folder's UIDVALIDITY via doveadm while running (UIDs stay; clients must drop their cache)."""
        self._doveadm("mailbox", "update", "-u", user, "--uid-validity", str(uidvalidity), folder)

    def renumber(self, user: str, folder: str) -> None:
        """Forget a folder's UID map so Dovecot assigns a new UIDVALIDITY and fresh UIDs to its messages.

        Deletes dovecot-uidlist and the index files; no IMAP session may have the folder open.
        """
        folder_dir = self._folder_dir(user, folder)
        for path in folder_dir.iterdir():
            if path.name == "dovecot-uidlist" or path.name.startswith("dovecot.index"):
                path.unlink()

    def uidvalidity(self, user: str, folder: str) -> int:
        """The folder's current UIDVALIDITY as reported over IMAP."""
        with self.client(user) as conn:
            return int(conn.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def _doveadm(self, *args: str) -> str:
        """Run doveadm against this instance's config."""
        result = subprocess.run(
            ["doveadm", "-c", str(self.conf_path), *args], capture_output=True, text=True, timeout=STOP_TIMEOUT
        )
        if result.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def _folder_dir(self, user: str, folder: str) -> Path:
        """Maildir++ path of a folder ('/'-separated names become '.A.B')."""
        if folder.upper() == "INBOX":
            return self.mail_root / user
        return self.mail_root / user / ("." + folder.replace("/", "."))

    def _make_maildir(self, user: str, folder: str) -> Path:
        """Create the user's maildir (and folder) owned by the mail uid; return the folder dir."""
        targets = [self.mail_root / user, self._folder_dir(user, folder)]
        for target in targets:
            for part in (target, target / "cur", target / "new", target / "tmp"):
                if not part.exists():
                    part.mkdir(mode=0o700)
                    os.chown(part, self.mail_uid, self.mail_gid)
        folder_dir = targets[-1]
        if folder.upper() != "INBOX" and not (folder_dir / "maildirfolder").exists():
            marker = folder_dir / "maildirfolder"
            marker.touch()
            os.chown(marker, self.mail_uid, self.mail_gid)
        return folder_dir

    def _write_user(self, name: str, password: str) -> None:
        """Write the user's own passwd-file atomically.

        Why one file per user: Dovecot re-stats a passwd-file at most once per second, so a user
        appended to a shared file right after another login is "unknown" for up to a second.
        """
        path = self.users_dir / f"{name}.passwd"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(f"{name}:{{PLAIN}}{password}::::::\n")
        tmp.chmod(0o644)
        os.replace(tmp, path)

    def _write_conf(self) -> None:
        """Write dovecot.conf (and the cert when tls is on)."""
        ssl_files = ""
        if self.tls:
            self.cert_path, key_path = make_self_signed_cert(self.conf_dir)
            ssl_files = f"ssl_cert = <{self.cert_path}\nssl_key = <{key_path}\n"
        assert self.run_dir is not None
        text = DOVECOT_CONF.format(
            host=HOST,
            run_dir=self.run_dir,
            instance=self.run_dir.name,
            conf_dir=self.conf_dir,
            internal_user=self._internal.pw_name,
            internal_group=_group_name(self._internal.pw_gid),
            login_user=self._login.pw_name,
            mail_uid=self.mail_uid,
            mail_gid=self.mail_gid,
            mail_root=self.mail_root,
            ssl="yes" if self.tls else "no",
            ssl_files=ssl_files,
            users_dir=self.users_dir,
            imap_port=self.imap_port,
            imaps_port=self.imaps_port if self.tls else 0,
        )
        self.conf_path.write_text(text)

    def _log_tail(self, lines: int = 30) -> str:
        """Last lines of the server log, for error messages."""
        chunks = []
        for path in (self.log_path, self.conf_dir / "dovecot.stderr"):
            if path.exists():
                chunks.extend(path.read_text(errors="replace").splitlines()[-lines:])
        return "\n".join(chunks)


def _group_name(gid: int) -> str:
    """Name of a group id."""
    import grp

    return grp.getgrgid(gid).gr_name


# --------------------------------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------------------------------

POSTGRES_USER = "postgres"
# Durability is irrelevant for a throwaway test cluster; these make initdb/CREATE DATABASE much faster.
POSTGRES_FAST_OPTIONS = ("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")


def postgres_bin_dir() -> Path:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb (Debian layout), else the one on PATH."""
    versions = sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1]
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL binaries not found; run scripts/install-system-deps.sh")


class Postgres(_Managed):
    """A private PostgreSQL cluster on 127.0.0.1:<free port>, trust auth, one per test session.

    Give each test its own database with create_database(); the cluster itself is shared.
    """

    def __init__(self, tmpdir):
        self.log_dir = Path(tmpdir)
        self.port = 0
        self.run_dir: Path | None = None
        self.bin_dir = postgres_bin_dir()
        if os.geteuid() == 0:
            # initdb and postgres refuse to run as root.
            self._account = _unprivileged_account("postgres")
            self._prefix = ["runuser", "-u", self._account.pw_name, "--"]
        else:
            self._account = pwd.getpwuid(os.geteuid())
            self._prefix = []

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        assert self.run_dir is not None, "start() first"
        return self.run_dir / "data"

    @property
    def socket_dir(self) -> Path:
        """Where the server puts its unix socket (kept private, away from /var/run/postgresql)."""
        assert self.run_dir is not None, "start() first"
        return self.run_dir / "sock"

    @property
    def log_path(self) -> Path:
        """The server log (copied into tmpdir on stop)."""
        assert self.run_dir is not None, "start() first"
        return self.run_dir / "postgres.log"

    @property
    def admin_conninfo(self) -> str:
        """libpq conninfo for the maintenance database."""
        return f"host={HOST} port={self.port} user={POSTGRES_USER} dbname=postgres"

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL for a database in this cluster."""
        return f"postgresql+psycopg://{POSTGRES_USER}@{HOST}:{self.port}/{dbname}"

    def start(self) -> "Postgres":
        """initdb into a private dir and start the server; returns when it accepts connections."""
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.run_dir = _short_private_dir("fu-pg-")
        os.chown(self.run_dir, self._account.pw_uid, self._account.pw_gid)
        self.port = free_port()
        self._init_data_dir()
        (self.run_dir / "sock").mkdir()
        os.chown(self.socket_dir, self._account.pw_uid, self._account.pw_gid)
        for attempt in range(PORT_ATTEMPTS):
            options = " ".join(
                ["-p", str(self.port), "-k", str(self.socket_dir), "-c", f"listen_addresses={HOST}",
                 *POSTGRES_FAST_OPTIONS]
            )
            try:
                # -w makes pg_ctl itself wait until the server accepts connections.
                self._run("pg_ctl", "start", "-w", "-t", str(int(READY_TIMEOUT)), "-D", str(self.data_dir),
                          "-l", str(self.log_path), "-o", options)
                return self
            except RuntimeError as error:
                # Another process may grab the port between free_port() and the server's bind.
                if "Address already in use" in str(error) and attempt + 1 < PORT_ATTEMPTS:
                    self.port = free_port()
                    continue
                self.stop()
                raise
        return self

    def _init_data_dir(self) -> None:
        """Fill data_dir from a cached pristine initdb (copy ~0.1 s) or run initdb (~2 s) and cache it.

        The cache lives in fast_tmp_root() keyed by binary build and account, shared by parallel test
        processes; it is published with an atomic rename so a half-written copy is never used.
        """
        build = (self.bin_dir / "postgres").stat().st_mtime_ns
        key = f"{self.bin_dir.parent.name}-{build}-{self._account.pw_uid}"
        cache = fast_tmp_root() / f"followup-pg-template-{key}"
        if (cache / "PG_VERSION").exists() and cache.stat().st_uid == self._account.pw_uid:
            subprocess.run(["cp", "-a", str(cache), str(self.data_dir)], check=True)
            return
        self._run(
            "initdb", "-D", str(self.data_dir), "-U", POSTGRES_USER, "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        )
        staging = cache.with_name(f"{cache.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:6]}")
        subprocess.run(["cp", "-a", str(self.data_dir), str(staging)], check=True)
        try:
            os.rename(staging, cache)
        except OSError:
            # Another process published the cache first; theirs is equally good.
            shutil.rmtree(staging, ignore_errors=True)

    def stop(self) -> None:
        """Stop the server (immediate: the cluster is thrown away), keep its log in tmpdir, delete the cluster."""
        if self.run_dir is None:
            return
        if (self.data_dir / "postmaster.pid").exists():
            self._run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.data_dir), check=False)
        if self.log_path.exists():
            shutil.copy(self.log_path, self.log_dir / "postgres.log")
        shutil.rmtree(self.run_dir, ignore_errors=True)
        self.run_dir = None

    def create_database(self, name: str | None = None) -> str:
        """Create a fresh database (unique name unless given); return its SQLAlchemy URL (name = last part)."""
        import psycopg
        from psycopg import sql

        name = name or f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_conninfo, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting anyone still using it."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.admin_conninfo, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def _run(self, tool: str, *args: str, check: bool = True) -> None:
        """Run a PostgreSQL tool as the cluster's account; raise with its output on failure."""
        result = subprocess.run(
            [*self._prefix, str(self.bin_dir / tool), *args],
            cwd=self.run_dir, capture_output=True, text=True, timeout=60,
            stdin=subprocess.DEVNULL,
        )
        if check and result.returncode != 0:
            log = self.log_path.read_text(errors="replace")[-3000:] if self.run_dir and self.log_path.exists() else ""
            raise RuntimeError(f"{tool} failed ({result.returncode}): {result.stdout}{result.stderr}{log}")


# --------------------------------------------------------------------------------------------------
# SMTP
# --------------------------------------------------------------------------------------------------


# aiosmtpd warns on every start with AUTH but no TLS requirement (deliberate here: tests AUTH over plain)
# and logs a deprecation on every successful AUTH from its own code; neither is actionable.
SMTP_NOISE = ("Requiring AUTH while not requiring TLS", "auth_require_tls == False", "login_data is deprecated")
logging.getLogger("mail.log").addFilter(lambda record: not any(n in record.getMessage() for n in SMTP_NOISE))


@dataclass(frozen=True)
class ReceivedMessage:
    """One SMTP transaction the sink accepted."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    auth_user: str | None


@dataclass
class _Fault:
    """Answer `remaining` transactions at `stage` ('mail', 'rcpt' or 'data') with `reply`."""

    stage: str
    reply: str
    remaining: int


class SmtpServer(_Managed):
    """An aiosmtpd sink on 127.0.0.1:<free port> keeping received messages in memory.

    mode: 'plain' (STARTTLS offered when tls_dir is given) or 'ssl' (implicit TLS; needs tls_dir).
    user/password: when given, AUTH PLAIN/LOGIN is offered and required, also without TLS.
    """

    def __init__(self, tls_dir=None, mode: str = "plain", user: str | None = None, password: str | None = None):
        if mode not in ("plain", "ssl"):
            raise ValueError(f"unknown mode {mode!r}")
        if mode == "ssl" and tls_dir is None:
            raise ValueError("mode='ssl' needs tls_dir for the certificate")
        self.mode = mode
        self.user, self.password = user, password
        self.host = HOST
        self.port = 0
        self.cert_path: Path | None = None
        self._tls_dir = Path(tls_dir) if tls_dir is not None else None
        self._messages: list[ReceivedMessage] = []
        self._faults: list[_Fault] = []
        self._cond = threading.Condition()
        self._controller = None

    def start(self) -> "SmtpServer":
        """Start the server thread; returns once it answers."""
        server_context = None
        if self._tls_dir is not None:
            self.cert_path, key_path = make_self_signed_cert(self._tls_dir)
            server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            server_context.load_cert_chain(str(self.cert_path), str(key_path))
        kwargs = self._auth_kwargs()
        if self.mode == "ssl":
            kwargs["ssl_context"] = server_context
        elif server_context is not None:
            kwargs["tls_context"] = server_context
        for attempt in range(PORT_ATTEMPTS):
            self.port = free_port()
            controller = _quiet_controller_class()(self._handler(), hostname=HOST, port=self.port, **kwargs)
            try:
                # Controller.start() connects once itself and returns only when the server greeted.
                controller.start()
            except OSError:
                # Another process may grab the port between free_port() and the bind.
                if attempt + 1 < PORT_ATTEMPTS:
                    continue
                raise
            self._controller = controller
            break
        return self

    def _auth_kwargs(self) -> dict:
        """aiosmtpd's AUTH settings: user/password required when given."""
        if self.user is None:
            return {}
        return {"authenticator": self._authenticate, "auth_required": True, "auth_require_tls": False}

    def _handler(self):
        """The aiosmtpd handler feeding this server."""
        return _Handler(self)

    def stop(self) -> None:
        """Stop the server thread."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def client_ssl_context(self) -> ssl.SSLContext:
        """A client SSL context that trusts this server's self-signed cert."""
        if self.cert_path is None:
            raise RuntimeError("server has no TLS (tls_dir not given)")
        return trusting_client_context(self.cert_path)

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A snapshot of the messages received so far."""
        with self._cond:
            return list(self._messages)

    def clear(self) -> None:
        """Forget received messages and pending faults (between tests sharing the server)."""
        with self._cond:
            self._messages.clear()
            self._faults.clear()

    def fail_next(self, count: int, code: int = 451, text: str = "Temporary failure, try again", stage: str = "data"):
        """Answer the next `count` MAIL/RCPT/DATA commands (per `stage`) with `code text` instead of accepting."""
        if stage not in ("mail", "rcpt", "data"):
            raise ValueError(f"unknown stage {stage!r}")
        with self._cond:
            self._faults.append(_Fault(stage, f"{code} {text}", count))

    def wait_for(self, count: int, timeout: float = 10.0, match=None) -> list[ReceivedMessage]:
        """Block until at least `count` messages (those for which match(msg) is true, if given) arrived.

        Returns those messages; raises TimeoutError otherwise. `match` lets tests sharing one server
        wait only for their own mail (e.g. lambda m: "u123@example.com" in m.rcpt_tos).
        """
        def selected() -> list[ReceivedMessage]:
            return [m for m in self._messages if match is None or match(m)]

        with self._cond:
            if not self._cond.wait_for(lambda: len(selected()) >= count, timeout):
                raise TimeoutError(f"expected {count} messages, got {len(selected())} after {timeout}s")
            return selected()

    def _take_fault(self, stage: str) -> str | None:
        """The reply for an injected fault at this stage, consuming one use; None when none is pending."""
        with self._cond:
            for fault in self._faults:
                if fault.stage == stage and fault.remaining > 0:
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault.reply
        return None

    def _record(self, message: ReceivedMessage) -> None:
        """Store a message and wake waiters."""
        with self._cond:
            self._messages.append(message)
            self._cond.notify_all()

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        """aiosmtpd authenticator: accept exactly the configured user/password."""
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login.decode() if ok else None)


def _quiet_controller_class():
    """Controller subclass whose per-connection SMTP construction does not emit the AUTH-without-TLS warning."""
    from aiosmtpd.controller import Controller

    class QuietController(Controller):
        def factory(self):
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=SMTP_NOISE[0], category=UserWarning)
                return super().factory()

    return QuietController


class _Handler:
    """aiosmtpd handler feeding an SmtpServer."""

    def __init__(self, owner: SmtpServer):
        self.owner = owner

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        fault = self.owner._take_fault("mail")
        if fault:
            return fault
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        fault = self.owner._take_fault("rcpt")
        if fault:
            return fault
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        fault = self.owner._take_fault("data")
        if fault:
            return fault
        auth_user = session.auth_data if isinstance(session.auth_data, str) else None
        self.owner._record(
            ReceivedMessage(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.content), auth_user)
        )
        return "250 Message accepted for delivery"


# --------------------------------------------------------------------------------------------------
# OAuth 2.0 authorization server (with Dovecot's oauth2 passdb and an XOAUTH2 SMTP server beside it)
# --------------------------------------------------------------------------------------------------

AUTHORIZE_PAGE = """<!doctype html><title>Sign in</title><h1>Sign in to the test provider</h1>
<form method="post" action="/authorize">
{hidden}
<label>Account <input name="username" id="username" autocomplete="off"></label>
<button type="submit" name="decision" value="allow" id="allow">Sign in and allow</button>
<button type="submit" name="decision" value="deny" id="deny">Decline</button>
</form>"""


@dataclass
class _Grant:
    """What one sign-in granted: the account, client and scope; revoking it kills all its tokens."""

    username: str
    client_id: str
    scope: str
    revoked: bool = False


@dataclass
class _IssuedToken:
    """An access or refresh token and its grant."""

    kind: str  # access | refresh
    grant: _Grant
    expires_at: float  # time.time(); refresh tokens: float("inf")
    revoked: bool = False

    def active(self) -> bool:
        """Neither revoked (itself or its grant) nor expired."""
        return not self.revoked and not self.grant.revoked and time.time() < self.expires_at


class OAuthServer(_Managed):
    """A real OAuth 2.0 authorization server on 127.0.0.1 (Flask app under a threaded werkzeug server).

    Endpoints: /authorize (authorization code, PKCE S256 required, a sign-in form), /token (authorization_code,
    refresh_token with rotation, device_code), /device_authorization (RFC 8628), /revoke (RFC 7009) and
    /introspect (RFC 7662, HTTP Basic as the resource server RESOURCE_ID:RESOURCE_SECRET). Tokens are random
    strings kept in memory; tests expire or revoke them through methods, as a provider's admin would.
    """

    RESOURCE_ID = "mailserver"
    RESOURCE_SECRET = "introspect-secret"

    def __init__(self, client_id: str = "followup-test", client_secret: str = "", access_lifetime: int = 3600,
                 device_interval: int = 1):
        self.client_id, self.client_secret = client_id, client_secret
        self.access_lifetime, self.device_interval = access_lifetime, device_interval
        self.host, self.port = HOST, 0
        self.tokens: dict[str, _IssuedToken] = {}
        self.codes: dict[str, dict] = {}
        self.devices: dict[str, dict] = {}  # device_code -> {user_code, username|None, denied}
        self.requests: list[tuple[str, str]] = []  # (endpoint, grant_type or "")
        self.introspections = 0
        self._lock = threading.RLock()
        self._server = None
        self._thread = None

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:PORT."""
        return f"http://{self.host}:{self.port}"

    def config(self) -> dict:
        """An [oauth.<name>] table pointing followup at this server."""
        return {"client_id": self.client_id, "authorize_url": f"{self.url}/authorize", "token_url": f"{self.url}/token",
                "device_authorization_url": f"{self.url}/device_authorization", "scopes": ["mail", "offline_access"]}

    def start(self) -> "OAuthServer":
        """Serve the app on a free port in a thread."""
        from werkzeug.serving import WSGIRequestHandler, make_server

        class Quiet(WSGIRequestHandler):
            def log_request(self, *args, **kwargs):  # request lines carry codes and states: keep them out
                pass

        self._server = make_server(HOST, 0, self._app(), threaded=True, request_handler=Quiet)
        self.port = self._server.server_port
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="oauth-server")
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # ---- what a provider's admin or user does
    def issue(self, username: str, scope: str = "mail offline_access") -> dict:
        """Tokens for a sign-in done elsewhere: {"access_token", "refresh_token", "expires_in"}."""
        return self._issue(_Grant(username, self.client_id, scope))

    def expire_access_tokens(self, username: str) -> int:
        """Make every access token of the account expire now (as the hour passing would); how many."""
        with self._lock:
            hit = [t for t in self.tokens.values() if t.kind == "access" and t.grant.username == username]
            for token in hit:
                token.expires_at = 0
            return len(hit)

    def revoke_grants(self, username: str) -> None:
        """Revoke every grant of the account (the user removed the app's access, or an admin did)."""
        with self._lock:
            for token in self.tokens.values():
                if token.grant.username == username:
                    token.grant.revoked = True

    def approve_device(self, user_code: str, username: str, deny: bool = False) -> None:
        """The user typed the code at the verification page and signed in (or declined)."""
        with self._lock:
            for device in self.devices.values():
                if device["user_code"] == user_code:
                    device["username"], device["denied"] = username, deny
                    return
        raise KeyError(user_code)

    def all_token_strings(self) -> list[str]:
        """Every access and refresh token ever issued (to look for leaks)."""
        with self._lock:
            return list(self.tokens)

    def count(self, endpoint: str, grant_type: str = "") -> int:
        """How many requests reached an endpoint (with that grant_type)."""
        with self._lock:
            return sum(1 for e, g in self.requests if e == endpoint and (not grant_type or g == grant_type))

    def introspect(self, token: str) -> dict:
        """RFC 7662 answer for a token (what /introspect returns)."""
        with self._lock:
            self.introspections += 1
            issued = self.tokens.get(token)
            if issued is None or issued.kind != "access" or not issued.active():
                return {"active": False}
            return {"active": True, "username": issued.grant.username, "scope": issued.grant.scope,
                    "client_id": issued.grant.client_id, "exp": int(issued.expires_at), "token_type": "Bearer"}

    # ---- internals
    def _issue(self, grant: _Grant) -> dict:
        """New access + refresh tokens for a grant."""
        import secrets

        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self._lock:
            self.tokens[access] = _IssuedToken("access", grant, time.time() + self.access_lifetime)
            self.tokens[refresh] = _IssuedToken("refresh", grant, float("inf"))
        return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                "expires_in": self.access_lifetime, "scope": grant.scope}

    def _app(self):
        """The Flask app of the server."""
        import base64
        import hashlib
        import html
        import secrets
        from urllib.parse import urlencode, urlsplit

        from flask import Flask, jsonify, redirect, request

        app = Flask("oauth-test-server")
        server = self

        def error(code: str, status: int = 400, description: str = ""):
            return jsonify({"error": code, **({"error_description": description} if description else {})}), status

        def client_ok(form) -> bool:
            if form.get("client_id") != server.client_id:
                return False
            return not server.client_secret or form.get("client_secret") == server.client_secret

        def redirect_ok(uri: str) -> bool:
            parts = urlsplit(uri or "")
            # Loopback redirects on any port (RFC 8252 7.3) and any http(s) callback: a test server trusts its tests.
            return parts.scheme in ("http", "https") and bool(parts.netloc)

        @app.get("/favicon.ico")
        def favicon():
            return "", 204

        @app.get("/authorize")
        def authorize_form():
            args = request.args
            if args.get("client_id") != server.client_id or not redirect_ok(args.get("redirect_uri", "")):
                return "unknown client or redirect_uri", 400
            if args.get("code_challenge_method") != "S256" or not args.get("code_challenge"):
                return "PKCE (S256) is required", 400
            hidden = "\n".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                               for k, v in args.items())
            return AUTHORIZE_PAGE.format(hidden=hidden)

        @app.post("/authorize")
        def authorize():
            form = request.form
            target = form.get("redirect_uri", "")
            if form.get("client_id") != server.client_id or not redirect_ok(target):
                return "unknown client or redirect_uri", 400
            query = {"state": form.get("state", "")}
            if form.get("decision") != "allow" or not form.get("username"):
                query["error"] = "access_denied"
            else:
                code = secrets.token_urlsafe(24)
                with server._lock:
                    server.codes[code] = {"username": form["username"], "redirect_uri": target,
                                          "challenge": form.get("code_challenge", ""), "scope": form.get("scope", "")}
                query["code"] = code
            return redirect(f"{target}{'&' if '?' in target else '?'}{urlencode(query)}")

        @app.post("/device_authorization")
        def device_authorization():
            if request.form.get("client_id") != server.client_id:
                return error("invalid_client", 401)
            device_code, user_code = secrets.token_urlsafe(24), secrets.token_hex(4).upper()
            with server._lock:
                server.devices[device_code] = {"user_code": user_code, "username": None, "denied": False,
                                               "scope": request.form.get("scope", "")}
            return jsonify({"device_code": device_code, "user_code": user_code,
                            "verification_uri": f"{server.url}/device", "expires_in": 600,
                            "interval": server.device_interval})

        @app.post("/token")
        def token():
            form = request.form
            grant_type = form.get("grant_type", "")
            with server._lock:
                server.requests.append(("token", grant_type))
            if not client_ok(form):
                return error("invalid_client", 401)
            if grant_type == "authorization_code":
                with server._lock:
                    code = server.codes.pop(form.get("code", ""), None)
                if code is None or code["redirect_uri"] != form.get("redirect_uri"):
                    return error("invalid_grant")
                verifier = form.get("code_verifier", "")
                challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                if not verifier or challenge != code["challenge"]:
                    return error("invalid_grant", description="PKCE verification failed")
                return jsonify(server._issue(_Grant(code["username"], server.client_id, code["scope"])))
            if grant_type == "refresh_token":
                with server._lock:
                    issued = server.tokens.get(form.get("refresh_token", ""))
                    if issued is None or issued.kind != "refresh" or not issued.active():
                        return error("invalid_grant", description="the refresh token is revoked or unknown")
                    issued.revoked = True  # rotation: the old refresh token is spent
                return jsonify(server._issue(issued.grant))
            if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
                with server._lock:
                    device = server.devices.get(form.get("device_code", ""))
                    if device is None:
                        return error("expired_token")
                    if device["denied"]:
                        return error("access_denied")
                    if device["username"] is None:
                        return error("authorization_pending")
                    server.devices.pop(form["device_code"])
                return jsonify(server._issue(_Grant(device["username"], server.client_id, device["scope"])))
            return error("unsupported_grant_type")

        @app.post("/revoke")
        def revoke():
            if not client_ok(request.form):
                return error("invalid_client", 401)
            with server._lock:
                issued = server.tokens.get(request.form.get("token", ""))
                if issued is not None:
                    issued.grant.revoked = True
            return "", 200

        @app.post("/introspect")
        def introspect():
            auth = request.authorization
            if auth is None or (auth.username, auth.password) != (server.RESOURCE_ID, server.RESOURCE_SECRET):
                return error("invalid_client", 401)
            return jsonify(server.introspect(request.form.get("token", "")))

        return app


DOVECOT_OAUTH2_CONF = """\
# Dovecot's oauth2 passdb: bearer tokens checked by RFC 7662 introspection at the test authorization server.
introspection_mode = post
introspection_url = http://{resource_id}:{resource_secret}@{host}:{port}/introspect
username_attribute = username
active_attribute = active
active_value = true
force_introspection = yes
"""


class OAuthDovecot(Dovecot):
    """A private Dovecot whose XOAUTH2 and OAUTHBEARER logins are validated by an OAuthServer (oauth2 passdb).

    Password logins (passwd-file) stay for the tests' own set-up (APPEND, reading what was filed).
    """

    def __init__(self, tmpdir, oauth: OAuthServer, tls: bool = True, users: dict[str, str] | None = None):
        super().__init__(tmpdir, tls=tls, users=users)
        self.oauth = oauth

    def _write_conf(self) -> None:
        """dovecot.conf with the oauth2 passdb first, for the bearer mechanisms only."""
        super()._write_conf()
        ext = self.conf_dir / "dovecot-oauth2.conf.ext"
        ext.write_text(DOVECOT_OAUTH2_CONF.format(resource_id=OAuthServer.RESOURCE_ID,
                                                  resource_secret=OAuthServer.RESOURCE_SECRET,
                                                  host=self.oauth.host, port=self.oauth.port))
        ext.chmod(0o644)
        text = self.conf_path.read_text()
        text = text.replace("auth_mechanisms = plain login", "auth_mechanisms = plain login xoauth2 oauthbearer")
        text = text.replace("passdb {\n  driver = passwd-file",
                            f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {ext}\n}}\n"
                            "passdb {\n  driver = passwd-file\n  mechanisms = plain login", 1)
        self.conf_path.write_text(text)


class OAuthSmtpServer(SmtpServer):
    """The aiosmtpd sink accepting only AUTH XOAUTH2 / OAUTHBEARER with a token the OAuthServer says is active.

    The token is checked over HTTP at /introspect, as a real mail server checks with its provider. A refused
    token gets the RFC 7628 JSON challenge, then 535 once the client answers it.
    """

    def __init__(self, oauth: OAuthServer, tls_dir=None, mode: str = "plain"):
        super().__init__(tls_dir=tls_dir, mode=mode)
        self.oauth = oauth
        self.auth_attempts = 0

    def _auth_kwargs(self) -> dict:
        """AUTH required, PLAIN and LOGIN not offered: only the bearer mechanisms of the handler."""
        return {"auth_required": True, "auth_require_tls": False, "auth_exclude_mechanism": ["PLAIN", "LOGIN"]}

    def _handler(self):
        """A handler with auth_XOAUTH2 and auth_OAUTHBEARER."""
        return _BearerHandler(self)

    def check_token(self, user: str, token: str) -> bool:
        """Ask the authorization server whether the token is active and belongs to this user."""
        import requests

        answer = requests.post(f"{self.oauth.url}/introspect", data={"token": token}, timeout=10,
                               auth=(OAuthServer.RESOURCE_ID, OAuthServer.RESOURCE_SECRET)).json()
        return bool(answer.get("active")) and answer.get("username") == user


class _BearerHandler(_Handler):
    """aiosmtpd handler adding the XOAUTH2 and OAUTHBEARER mechanisms, checked against the OAuthServer."""

    async def auth_XOAUTH2(self, server, args):  # noqa: N802 (aiosmtpd finds mechanisms by this name)
        return await self._bearer(server, args, "xoauth2")

    async def auth_OAUTHBEARER(self, server, args):  # noqa: N802
        return await self._bearer(server, args, "oauthbearer")

    async def _bearer(self, server, args, mechanism: str):
        """Parse the SASL response, check the token over HTTP, answer 235 or the JSON challenge then 535."""
        import asyncio
        import base64
        import json

        from aiosmtpd.smtp import MISSING, AuthResult

        owner: OAuthSmtpServer = self.owner  # type: ignore[assignment]
        owner.auth_attempts += 1
        if len(args) > 1:
            blob = args[1].encode()
        else:
            blob = await server.challenge_auth("", encode_to_b64=False)
            if blob is MISSING:
                return AuthResult(success=False, handled=True)
        try:
            text = base64.b64decode(blob, validate=True).decode() if len(args) > 1 else blob.decode()
        except (ValueError, UnicodeDecodeError):
            return AuthResult(success=False, handled=False)
        fields = dict(part.split("=", 1) for part in text.split("\x01") if "=" in part)
        user = fields.get("user", "")
        if mechanism == "oauthbearer":
            header = text.split("\x01", 1)[0]
            user = next((p[2:] for p in header.split(",") if p.startswith("a=")), "")
        token = fields.get("auth", "").removeprefix("Bearer ")
        ok = await asyncio.get_running_loop().run_in_executor(None, owner.check_token, user, token)
        if ok:
            return AuthResult(success=True, auth_data=user)
        status = json.dumps({"status": "401", "schemes": "bearer", "scope": "mail"})
        await server.challenge_auth(status)
        return AuthResult(success=False, handled=False)
