"""Leases: named locks with expiry in the database, so a job or a mailbox sync runs on one worker at a time."""
import os
import socket
import threading
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import select

from followup.clock import utcnow
from followup.models import Lease


def holder_id() -> str:
    """This process's name in lease rows: host and pid, so a dead holder can be recognised."""
    return f"{socket.gethostname()}:{os.getpid()}"


def process_gone(pid: int) -> bool:
    """Whether no live process has this pid on this host (a zombie counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def holder_gone(holder: str) -> bool:
    """Whether a holder named host:pid[:thread] ran on this host in a process that no longer runs."""
    host, _, rest = (holder or "").partition(":")
    pid = rest.split(":", 1)[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    return process_gone(int(pid))


def acquire(db, name: str, holder: str, ttl: timedelta, now: datetime | None = None) -> bool:
    """Take or renew the lease ``name`` for ``ttl`` unless another live holder has an unexpired one."""
    now = now or utcnow()
    expires = now + ttl
    with db.write_session() as session:
        taken = session.execute(
            sa.update(Lease).where(Lease.name == name, sa.or_(Lease.expires_at < now, Lease.holder == holder))
            .values(holder=holder, expires_at=expires)).rowcount
        if taken:
            session.commit()
            return True
        current = session.exec(select(Lease.holder).where(Lease.name == name)).first()
        if current is not None:
            if not holder_gone(current):
                return False
            # Its holder was killed (SIGKILL, OOM) without releasing it: free now, not only after the TTL.
            taken = session.execute(sa.update(Lease).where(Lease.name == name, Lease.holder == current)
                                    .values(holder=holder, expires_at=expires)).rowcount
            session.commit()
            return taken == 1
        session.add(Lease(name=name, holder=holder, expires_at=expires))
        try:
            session.commit()
        except sa.exc.IntegrityError:  # another worker inserted it first
            session.rollback()
            return False
        return True


def release(db, name: str, holder: str) -> None:
    """Give the lease back (only if we still hold it)."""
    with db.write_session() as session:
        session.execute(sa.delete(Lease).where(Lease.name == name, Lease.holder == holder))
        session.commit()


def current_holder(db, name: str, now: datetime | None = None) -> str | None:
    """Who holds an unexpired lease ``name``, or None."""
    with db.session() as session:
        lease = session.get(Lease, name)
        return lease.holder if lease and lease.expires_at > (now or utcnow()) else None


class Held:
    """Hold a lease for the duration of a ``with`` block, renewing it in the background; ``.acquired`` says if we got it."""

    def __init__(self, db, name: str, ttl: timedelta, holder: str | None = None):
        self.db, self.name, self.ttl = db, name, ttl
        self.holder = holder or f"{holder_id()}:{threading.get_ident()}"
        self.acquired = False
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def __enter__(self) -> "Held":
        self.acquired = acquire(self.db, self.name, self.holder, self.ttl)
        if self.acquired:
            self._renewer = threading.Thread(target=self._renew, name=f"lease:{self.name}", daemon=True)
            self._renewer.start()
        return self

    def _renew(self) -> None:
        """Extend the lease every third of its lifetime until the block ends."""
        while not self._stop.wait(self.ttl.total_seconds() / 3):
            acquire(self.db, self.name, self.holder, self.ttl)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join()
        if self.acquired:
            release(self.db, self.name, self.holder)
