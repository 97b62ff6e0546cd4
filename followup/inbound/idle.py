"""IMAP IDLE watchers: one thread per mailbox waits on its INBOX and calls back as soon as new mail arrives.

Flask-free: the scheduler (followup.jobs) gives each watcher the callback that syncs the mailbox under its lease
and prepares drafts. A watcher holds the lease idle:<mailbox id>, so one worker watches each mailbox.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from sqlmodel import select

from followup import leases

log = logging.getLogger("followup.jobs")

# How long one IDLE wait lasts before checking whether the service is stopping.
IDLE_CHECK_SECONDS = 5
# Wait after a failed IDLE connection before trying again.
IDLE_RETRY_SECONDS = 60


def watch_inbox(db, vault, settings, mailbox_id: int, stop: threading.Event, on_mail: Callable[[], object]) -> None:
    """Wait on the mailbox's INBOX with IMAP IDLE and call on_mail() as soon as new mail arrives, until ``stop``."""
    from followup.mail.imap import connect, logout_quietly
    from followup.mail.oauth import login_for
    from followup.models import Mailbox

    name = mailbox_id  # log lines and the lease name the mailbox by id: names repeat across teams
    idle_for = settings.sync.idle_timeout.total_seconds()
    while not stop.is_set():
        with leases.Held(db, f"idle:{name}", settings.schedule.lock_ttl) as held:
            if not held.acquired:  # another worker watches this mailbox
                stop.wait(settings.schedule.lock_ttl.total_seconds())
                continue
            try:
                with db.session() as session:
                    mailbox = session.get(Mailbox, mailbox_id)
                if mailbox is None:  # deleted: nothing left to watch
                    return
                client = connect(mailbox, login_for(mailbox, vault, settings, db.session),
                                 timeout=settings.sync.timeout.total_seconds())
            except Exception as exc:  # report and retry later; the scheduled sync still runs
                log.warning("idle %s: %s", name, exc)
                stop.wait(IDLE_RETRY_SECONDS)
                continue
            try:
                if not client.has_capability("IDLE"):
                    log.info("idle %s: server has no IDLE; relying on the scheduled sync", name)
                    return
                client.select_folder("INBOX", readonly=True)
                client.idle()
                # Mail that arrived before IDLE began raises no EXISTS: catch up once, now that IDLE listens.
                on_mail()
                started = time.monotonic()
                while not stop.is_set():
                    responses = client.idle_check(timeout=IDLE_CHECK_SECONDS)
                    if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                        client.idle_done()
                        on_mail()
                        client.idle()
                        started = time.monotonic()
                    elif time.monotonic() - started > idle_for:  # servers drop IDLE after ~30 minutes
                        client.idle_done()
                        client.idle()
                        started = time.monotonic()
                client.idle_done()
            except Exception as exc:
                log.warning("idle %s: connection lost: %s", name, exc)
                stop.wait(IDLE_CHECK_SECONDS)
            finally:
                logout_quietly(client)


class InboxWatchers:
    """One IDLE thread per mailbox, started for new mailboxes on every sync tick, stopped on shutdown.

    watch(mailbox_id, stop) runs one watcher (followup.jobs gives it the app and the sync callback).
    """

    def __init__(self, db, watch: Callable[[int, threading.Event], None]):
        self.db = db
        self.watch = watch
        self.stop = threading.Event()
        self.threads: dict[int, threading.Thread] = {}

    def ensure(self) -> None:
        """Start a watcher for every mailbox that has none running."""
        from followup.models import Mailbox

        with self.db.session() as session:
            ids = list(session.exec(select(Mailbox.id)))
        for mailbox_id in ids:
            thread = self.threads.get(mailbox_id)
            if thread is None or not thread.is_alive():
                thread = threading.Thread(target=self.watch, args=(mailbox_id, self.stop),
                                          name=f"idle:{mailbox_id}", daemon=True)
                self.threads[mailbox_id] = thread
                thread.start()

    def shutdown(self) -> None:
        """Ask every watcher to stop and wait for them."""
        self.stop.set()
        for thread in self.threads.values():
            thread.join(timeout=IDLE_CHECK_SECONDS * 2)
