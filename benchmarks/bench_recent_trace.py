"""Where a first sync's time goes: every IMAP command and every phase of followup, timed, on a dated mailbox.

The mailbox of `bench_sync.py --recent-only` (N messages over three years, 7.5% in the last 30 days) in a private
Dovecot, settled first by full passes of the FETCH and SEARCHes followup sends (until two passes in a row are
equally fast: every message's index and cache entry built), then:
1. the server alone (imapclient, no followup): each command followup sends before the first draft, timed raw;
2. the CLI's sync in-process (sync_all with the drafts callback), each IMAP command and each phase timed, the time
   to the first draft stored, and (with --history) the whole history read;
3. with --profile FILE, the same under cProfile (the history's hot spots).
Run: .venv/bin/python benchmarks/bench_recent_trace.py [--messages N] [--history] [--profile FILE]
Set PYTHONPATH to another checkout to time its code (the harness patches only names both share).
"""
from __future__ import annotations

import imaplib
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sync import _fresh_app, corpora_dir, dated_mailbox  # noqa: E402

SETTLE_PASSES = 6  # at most this many full passes before timing
SETTLE_SPREAD = 1.15  # two passes in a row within this ratio: settled
T0 = [0.0]
EVENTS: list[tuple[float, float, str]] = []  # (start, end, what) relative to T0
TOTALS: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])  # what -> [calls, seconds]


def now() -> float:
    """Seconds since the timed run started."""
    return time.perf_counter() - T0[0]


def trace_imap() -> None:
    """Time every IMAP command (tag sent -> tagged answer read), through imaplib, which imapclient uses too."""
    started: dict[str, tuple[float, str]] = {}
    new_tag, complete, send = imaplib.IMAP4._new_tag, imaplib.IMAP4._command_complete, imaplib.IMAP4.send

    def _new_tag(self):
        tag = new_tag(self)
        started[tag.decode() if isinstance(tag, bytes) else tag] = (now(), "")
        return tag

    def _send(self, data):
        text = bytes(data[:120]).decode("ascii", "replace")
        tag = text.split(" ", 1)[0]
        if tag in started and not started[tag][1]:
            words = text.split()
            started[tag] = (started[tag][0], " ".join(w for w in words[1:] if len(w) < 40)[:70])
        return send(self, data)

    def _complete(self, name, tag):
        try:
            return complete(self, name, tag)
        finally:
            key = tag.decode() if isinstance(tag, bytes) else tag
            at, text = started.pop(key, (now(), name))
            label = "IMAP " + " ".join(text.replace("UID ", "").split()[:1]) if text else f"IMAP {name}"
            EVENTS.append((at, now(), "IMAP " + (text or name)))
            TOTALS[label][0] += 1
            TOTALS[label][1] += now() - at

    imaplib.IMAP4._new_tag, imaplib.IMAP4._command_complete, imaplib.IMAP4.send = _new_tag, _complete, _send


FIRST_DRAFT: list[float] = []  # when the first draft was stored


def timed(module, attr: str, label: str) -> None:
    """Wrap module.attr so each call is an event and adds to its label's total."""
    fn = getattr(module, attr, None)
    if fn is None:
        return

    def wrapper(*args, **kwargs):
        at = now()
        try:
            value = fn(*args, **kwargs)
            if attr == "_prepare_one" and isinstance(value, int) and not FIRST_DRAFT:
                FIRST_DRAFT.append(now())
            return value
        finally:
            EVENTS.append((at, now(), label))
            TOTALS[label][0] += 1
            TOTALS[label][1] += now() - at

    setattr(module, attr, wrapper)


def trace_phases() -> None:
    """Time followup's phases (names looked up where the sync calls them)."""
    import followup.drafting.prepare as prepare
    import followup.inbound.effects as effects
    import followup.inbound.folders as folders
    import followup.inbound.history as history
    import followup.inbound.parse_pool as pool
    import followup.inbound.readback as readback
    import followup.inbound.store as store
    import followup.inbound.sync as sync
    import followup.inbound.threads as threads

    timed(readback, "fetch", "fetch (read back)")
    timed(folders, "fetch", "fetch (new mail)")
    timed(pool.Parsing, "result", "parse (waiting for it)")
    timed(readback, "store_batch", "store batch")
    timed(folders, "store_batch", "store batch")
    timed(threads, "assign_threads", "  threads")
    timed(store, "_customers", "  customers")
    timed(store, "insert_ids", "  insert messages")
    timed(store, "apply_read_back_effects", "  effects (wishes, holds)")
    timed(effects, "history_wishes", "    history wishes")
    timed(prepare, "prepare_drafts", "drafting (prepare_drafts)")
    timed(prepare, "_prepare_one", "  prepare one customer")
    timed(history, "refresh", "history refresh")
    timed(sync, "find_folders_apart", "find folders (LIST session)")
    timed(sync, "folder_statuses", "folder statuses")
    timed(folders, "start_read_back", "start read back")


def _pass(dovecot, user: str, since) -> float:
    """One full pass of what followup asks the server: SELECT, the SEARCHes, FETCH of every body and date."""
    started = time.perf_counter()
    with dovecot.client(user) as client:
        client.select_folder("INBOX", readonly=True)
        client.search(["SINCE", since])
        uids = client.search(["BEFORE", since]) + client.search(["SINCE", since])
        uids.sort()
        for i in range(0, len(uids), 500):
            client._imap.uid("FETCH", ",".join(map(str, uids[i:i + 500])), "(UID INTERNALDATE BODY.PEEK[])")
    return time.perf_counter() - started


def settle_full(dovecot, user: str, since) -> list[float]:
    """Full passes until two in a row are within SETTLE_SPREAD (the index and cache are built); their seconds."""
    with dovecot.client(user) as client:
        client.select_folder("INBOX")  # read-write: new/ -> cur/, as on a mailbox in use
    times = []
    for _ in range(SETTLE_PASSES):
        times.append(_pass(dovecot, user, since))
        if len(times) >= 2 and max(times[-2:]) <= min(times[-2:]) * SETTLE_SPREAD:
            break
    return times


def raw_commands(dovecot, user: str, since, head_scan: int = 1000, head: int = 100) -> list[tuple[str, float]]:
    """The commands followup sends before its first draft, done with imapclient alone: (command, seconds)."""
    out = []

    def t(label, fn):
        started = time.perf_counter()
        value = fn()
        out.append((label, time.perf_counter() - started))
        return value

    started = time.perf_counter()
    with dovecot.client(user) as client:
        out.append(("login", time.perf_counter() - started))
        t("LIST", lambda: client.list_folders())
    with dovecot.client(user) as client:
        t("STATUS INBOX", lambda: client.folder_status("INBOX", [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"]))
        sel = t("SELECT INBOX", lambda: client.select_folder("INBOX", readonly=True))
        top = int(sel[b"UIDNEXT"])
        found = t(f"SEARCH UID {top - head_scan}:{top - 1} SINCE", lambda: client.search(
            ["UID", f"{top - head_scan}:{top - 1}", "SINCE", since]))
        newest = sorted(found, reverse=True)[:head]
        t(f"FETCH {len(newest)} newest bodies", lambda: client._imap.uid(
            "FETCH", ",".join(map(str, newest)), "(UID INTERNALDATE BODY.PEEK[])"))
        t("SEARCH UID 1:* SINCE (whole folder)", lambda: client.search(["UID", f"1:{top - 1}", "SINCE", since]))
        t("SEARCH UID 1:* BEFORE (whole folder)", lambda: client.search(["UID", f"1:{top - 1}", "BEFORE", since]))
        t("SEARCH ALL", lambda: client.search(["ALL"]))
    return out


def main() -> None:
    """Build, settle, time the server raw, then followup traced."""
    from followup_testing.servers import Dovecot, fast_tmp_root

    count = int(sys.argv[sys.argv.index("--messages") + 1]) if "--messages" in sys.argv else 20_000
    history = "--history" in sys.argv
    profile = sys.argv[sys.argv.index("--profile") + 1] if "--profile" in sys.argv else None
    work = Path(tempfile.mkdtemp(prefix="fu-trace-", dir=fast_tmp_root()))
    print(f"{count} messages, load {os.getloadavg()[0]:.1f}, code {sys.modules['bench_sync'].__file__}", flush=True)
    try:
        with Dovecot(work / "dovecot") as dovecot:
            user = dovecot.new_user("bench")
            dated, recent = dated_mailbox(count, corpora_dir())
            started = time.perf_counter()
            for raw, at in dated:
                dovecot.write_maildir(user, "INBOX", [raw], internaldate=at)
            print(f"maildir written in {time.perf_counter() - started:.1f} s ({recent} recent)", flush=True)
            since = (datetime.utcnow() - timedelta(days=30)).date()
            passes = settle_full(dovecot, user, since)
            print("settling passes (SELECT, SEARCHes, FETCH of every body): "
                  + ", ".join(f"{p:.1f}" for p in passes) + " s", flush=True)
            print("server alone (imapclient), the commands before the first draft:")
            for label, secs in raw_commands(dovecot, user, since):
                print(f"  {label:<42} {secs * 1000:9.1f} ms")
            config = work / "config.toml"
            config.write_text(f'[app]\ndata_dir = "{work / "data"}"\nlog_level = "WARNING"\n'
                              f'[database]\nurl = "sqlite:///{work / "followup.db"}"\n')
            os.environ["FOLLOWUP_SECRET_KEY"] = "bench-secret"
            state, _ = _fresh_app(config, dovecot, user)
            run(state, history, profile)
            state.db.engine.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(state, read_history: bool, profile: str | None) -> None:
    """The CLI's sync in-process, traced; prints the timeline to the first draft and the totals."""
    from followup.inbound.sync import sync_all

    trace_imap()
    trace_phases()
    import followup.drafting.prepare as prepare
    import followup.inbound.history as history

    marks: list[int] = []

    def after_recent() -> None:
        """The CLI's pass: every customer (the newest message id noted where the code keeps one)."""
        if hasattr(history, "newest_message_id"):
            with state.db.session() as session:
                marks[:] = [history.newest_message_id(session)]
        prepare.prepare_drafts(state.db, state.settings)

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    T0[0] = time.perf_counter()
    data = sync_all(state.db, state.vault, state.settings, "bench", history=read_history, after_recent=after_recent)
    if read_history and data["new_messages"]:
        history.refresh(state.db, state.settings)
        if marks:  # as the CLI does now: only the customers the history brought mail
            with state.db.session() as session:
                touched = history.customers_stored_since(session, marks[0])
            prepare.prepare_drafts(state.db, state.settings, customer_ids=touched)
        else:
            after_recent()
    whole = now()
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    errors = [m["error"] for m in data["mailboxes"] if m["error"]]
    first_at = FIRST_DRAFT[0] if FIRST_DRAFT else float("nan")
    print(f"followup (in process): first draft stored at {first_at:.2f} s; "
          f"{'whole history' if read_history else 'recent window'} {whole:.2f} s; {data['new_messages']} stored; "
          f"errors {errors}")
    print("timeline to the first draft (>= 5 ms):")
    for at, end, what in sorted(EVENTS):
        if at <= first_at and end - at >= 0.005:
            print(f"  {at:8.3f} {end - at:8.3f} s  {what}")
    print("draft passes:", ", ".join(f"{what.split()[0]} at {at:.1f} s took {end - at:.2f} s" for at, end, what
                                     in sorted(EVENTS) if what in ("drafting (prepare_drafts)", "history refresh")))
    print("totals (calls, seconds):")
    for label, (calls, secs) in sorted(TOTALS.items(), key=lambda kv: -kv[1][1]):
        print(f"  {label:<44} {calls:7d} {secs:9.2f}")


if __name__ == "__main__":
    main()
