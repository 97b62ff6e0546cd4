"""The approval queue with 1,000 pending drafts, served by waitress, measured with wrk: median and p99 latency.

Run: .venv/bin/python -m benchmarks web   (goals: median < 100 ms; approve-and-next < 100 ms server time)
Every row shows its earliest send time from followup.outbound.gate (a third of the customers have a recent send, so the
min gap and the window count are computed for real). Approve-and-next: a rep approves a draft on its page and
the next draft opens (POST /drafts/<id>/decide, then GET of the draft it redirects to), measured one after another.
The page shows the first [web] queue_page_size drafts (200 by default) of the 1,000, as a rep sees it. The
server runs in its own process; the goal is judged on one connection (the page's render time), and 4 and 8
connections show how a single process queues requests once they outnumber the CPUs.
"""
from __future__ import annotations

import html
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DRAFTS = 1000
APPROVALS = 40  # approve-and-next round trips measured one after another
WRK_THREADS = 2
CONNECTIONS = (1, 4, 8)  # one rep; a small team; a busy moment
WRK_SECONDS = 8
SERVER_THREADS = 8
GOAL_MEDIAN_MS = 100.0
EMAIL, PASSWORD = "bench@example.com", "bench password 1"


def seed(db, vault) -> None:
    """One rep, one mailbox, 1,000 customers with one thread, one message and one pending draft each."""
    from followup.clock import utcnow
    from followup.mailboxes import add_mailbox
    from followup.models import Customer, CustomerAddress, Draft, Message, SendRecord, Thread
    from followup.users import add_user

    now = utcnow()
    with db.session() as s:
        rep = add_user(s, EMAIL, "Bench Rep", PASSWORD)
        box = add_mailbox(s, vault, name="bench", owner=rep, username=EMAIL, password="x",
                          imap_host="imap.example.test", imap_port=993, imap_security="ssl")
        for i in range(DRAFTS):
            email = f"customer{i}@example.test"
            c = Customer(team_id=rep.team_id, email=email, name=f"Customer {i}", last_inbound_at=now)
            s.add(c)
            s.flush()
            s.add(CustomerAddress(team_id=rep.team_id, customer_id=c.id, email=email))
            t = Thread(team_id=rep.team_id, customer_id=c.id, subject=f"Question {i}", subject_key=f"question {i}")
            s.add(t)
            s.flush()
            m = Message(team_id=rep.team_id, mailbox_id=box.id, folder="INBOX", message_id_header=f"<b{i}@x.test>",
                        thread_id=t.id, customer_id=c.id, direction="inbound", subject=t.subject, from_addr=email,
                        sent_at=now - timedelta(hours=i), new_text=f"What would {i + 5} seats cost?")
            s.add(m)
            s.flush()
            s.add(Draft(team_id=rep.team_id, customer_id=c.id, mailbox_id=box.id, thread_id=t.id,
                        subject=f"Re: Question {i}", body=f"Hi,\n\nYou asked what {i + 5} seats cost.\n",
                        reason="unanswered question", grounded=True, sources_through=m.sent_at,
                        not_before=now + timedelta(minutes=i) if i % 3 == 0 else None,
                        sources=[{"kind": "message", "id": m.id, "quote": m.new_text}],
                        grounding={"ok": True, "tokens": [], "unmatched": []}))
            if i % 3 == 1:  # an earlier follow-up: the gate has history to count
                earlier = Draft(team_id=rep.team_id, customer_id=c.id, subject="earlier", body="b", status="sent")
                s.add(earlier)
                s.flush()
                s.add(SendRecord(draft_id=earlier.id, team_id=rep.team_id, customer_id=c.id, state="sent",
                                 message_id_header=f"<sent{i}@x.test>", sent_at=now - timedelta(hours=i % 72)))
        s.commit()


def session_cookie(base: str) -> str:
    """Log in through the real form; the Cookie header value of the session."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/login").read().decode()
    token = html.unescape(re.search(r'name="csrf_token" value="([^"]+)"', page).group(1))
    data = urllib.parse.urlencode({"email": EMAIL, "password": PASSWORD, "csrf_token": token}).encode()
    queue = opener.open(f"{base}/login", data=data).read().decode()
    rows = queue.count('<a href="/drafts/')
    assert "Approval queue" in queue and rows > 0, "login failed"
    print(f"queue page: {len(queue):,} bytes, {rows} drafts shown of {DRAFTS}")
    assert queue.count("data-next-send=") == rows, "every row shows its earliest send time"
    return "; ".join(f"{c.name}={c.value}" for c in jar)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Keep the 302 of a POST, so its time and the next page's are measured apart."""

    def redirect_request(self, *args, **kwargs):
        return None


def approve_and_next(base: str, cookie: str, rounds: int = APPROVALS) -> list[float]:
    """Milliseconds of each approve (POST) + open-the-next-draft (GET) pair, walking the queue from its first draft."""
    opener = urllib.request.build_opener(_NoRedirect)

    def fetch(path: str, data: bytes | None = None):
        request = urllib.request.Request(f"{base}{path}", data=data, headers={"Cookie": cookie})
        try:
            with opener.open(request) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as exc:  # the 302 of the POST
            return exc.code, exc.headers, exc.read().decode()

    _, _, queue = fetch("/drafts")
    path = "/drafts/" + re.search(r'<tr data-id="(\d+)"', queue).group(1)
    times = []
    for _ in range(rounds):
        _, _, page = fetch(path)
        token = html.unescape(re.search(r'name="csrf_token" value="([^"]+)"', page).group(1))
        subject = html.unescape(re.search(r'name="subject" value="([^"]*)"', page).group(1))
        body = html.unescape(re.search(r'<textarea name="body"[^>]*>([^<]*)</textarea>', page).group(1))
        data = urllib.parse.urlencode({"csrf_token": token, "action": "approve", "subject": subject,
                                       "body": body}).encode()
        started = time.perf_counter()
        status, headers, _ = fetch(f"{path}/decide", data)
        assert status == 302, f"approve answered {status}"
        path = urllib.parse.urlsplit(headers["Location"]).path
        next_status, _, _ = fetch(path)
        times.append((time.perf_counter() - started) * 1000)
        assert next_status == 200 and re.fullmatch(r"/drafts/\d+", path), f"no next draft after approving: {path}"
    return times


def _ms(text: str) -> float:
    """wrk's '12.34ms' / '1.20s' / '850.00us' in milliseconds."""
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(url: str, cookie: str, connections: int) -> dict:
    """wrk --latency against url; the percentiles in ms and the request rate."""
    out = subprocess.run(["wrk", f"-t{min(WRK_THREADS, connections)}", f"-c{connections}", f"-d{WRK_SECONDS}s", "--latency",
                          "-H", f"Cookie: {cookie}", url], capture_output=True, text=True, check=True).stdout
    percentiles = {p: _ms(v) for p, v in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", out, re.M)}
    if len(percentiles) < 4:
        raise RuntimeError(f"wrk printed no latency distribution:\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"p50": percentiles["50"], "p90": percentiles["90"], "p99": percentiles["99"], "rps": rate,
            "errors": int(non_2xx.group(1)) if non_2xx else 0}


SERVE = ("import logging, sys; sys.path.insert(0, sys.argv[1]); from waitress import serve; from app import create_app; "
         "logging.getLogger('waitress.queue').setLevel(logging.ERROR); "
         "serve(create_app(), host='127.0.0.1', port=int(sys.argv[2]), threads=int(sys.argv[3]), _quiet=True)")
READY_SECONDS = 30.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen) -> None:
    """Poll until the server accepts connections (bounded), or fail with its exit code."""
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server not ready after {READY_SECONDS:.0f}s")


@contextmanager
def followup_serve(work: Path, env: dict):
    """A `followup serve` process on a free port, logging to work/serve.log, ready: yields (proc, port, log path).

    On an error the tail of its log goes to stderr (the server's side, before the work folder goes); a process
    still running at the end is killed.
    """
    port = free_port()
    log_path = work / "serve.log"
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen([str(Path(sys.executable).with_name("followup")), "serve", "--host", "127.0.0.1",
                                 "--port", str(port)], env=env, cwd=work, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        wait_ready(port, proc)
        yield proc, port, log_path
    except Exception:
        print("\n".join(log_path.read_text(errors="replace").splitlines()[-60:]), file=sys.stderr)
        raise
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main() -> None:
    """Seed, serve in a separate waitress process (as in production), measure with wrk, print."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is not installed (make test-deps installs it)")
    from app import create_app

    tmp = Path(tempfile.mkdtemp(prefix="followup-bench-web-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_SECRET_KEY="bench-secret", FOLLOWUP_APP_DATA_DIR=str(tmp), FOLLOWUP_APP_LOG_LEVEL="WARNING",
               FOLLOWUP_DATABASE_URL=f"sqlite:///{tmp / 'bench.db'}")
    os.environ.update(env)
    app = create_app(config_path=None)
    state = app.extensions["followup"]
    state.db.upgrade()
    seed(state.db, state.vault)
    state.db.engine.dispose()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVE, str(ROOT), str(port), str(SERVER_THREADS)], env=env, cwd=tmp)
    try:
        wait_ready(port, proc)
        base = f"http://127.0.0.1:{port}"
        cookie = session_cookie(base)
        results = {c: run_wrk(f"{base}/drafts", cookie, c) for c in CONNECTIONS}
        approvals = sorted(approve_and_next(base, cookie))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"GET /drafts, {DRAFTS} pending drafts, waitress {SERVER_THREADS} threads, wrk -t{WRK_THREADS} "
          f"-d{WRK_SECONDS}s, {os.cpu_count()} CPUs")
    for connections, r in results.items():
        print(f"  {connections} connection(s): median {r['p50']:.1f} ms  p90 {r['p90']:.1f} ms  "
              f"p99 {r['p99']:.1f} ms  {r['rps']:.0f} req/s  non-2xx {r['errors']}")
    # the goal is about rendering the page: one rep's requests; more connections than CPUs measure queueing
    render = results[CONNECTIONS[0]]["p50"]
    print(f"{'meets' if render < GOAL_MEDIAN_MS else 'MISSES'} the goal: median < {GOAL_MEDIAN_MS:.0f} ms "
          f"(median {render:.1f} ms with {CONNECTIONS[0]} connection; load average {os.getloadavg()[0]:.1f})")
    median = approvals[len(approvals) // 2]
    print(f"approve-and-next ({len(approvals)} one after another, POST + GET of the next draft): median {median:.1f} ms"
          f"  p90 {approvals[int(len(approvals) * 0.9)]:.1f} ms  max {approvals[-1]:.1f} ms")
    print(f"{'meets' if median < GOAL_MEDIAN_MS else 'MISSES'} the goal: approve-and-next < {GOAL_MEDIAN_MS:.0f} ms")
    if any(r["errors"] for r in results.values()):
        raise RuntimeError("some responses were not 2xx/3xx")


if __name__ == "__main__":
    main()
