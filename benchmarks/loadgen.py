"""A small load generator for the web benchmarks: logged-in reps clicking through the approval queue.

Each rep is one thread with its own keep-alive http.client connection and its own session cookie, so the
server sees N independent browsers. Redirects are not followed (a 302 after a POST is a success); every
response of 400 or more, every dropped connection and every body mentioning a database lock is recorded.
"""
from __future__ import annotations

import html
import http.client
import http.cookies
import math
import random
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime, timedelta

# What a lock error looks like in a response body or the server's log (SQLite and PostgreSQL wordings).
LOCK_MARKERS = ("database is locked", "database table is locked", "lock timeout", "deadlock detected",
                "could not obtain lock")
REQUEST_TIMEOUT = 60.0
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_DRAFT_LINK = re.compile(r'href="/drafts/(\d+)"')
_CUSTOMER_LINK = re.compile(r'href="/customers/(\d+)"')
_SUBJECT = re.compile(r'name="subject" value="([^"]*)"')
_BODY = re.compile(r'<textarea name="body"[^>]*>(.*?)</textarea>', re.S)


@dataclass(frozen=True)
class Hit:
    """One request: what kind, its status (0 = connection failed), latency in ms, and a lock seen in the body."""

    kind: str
    status: int
    ms: float
    locked: bool
    at: float


@dataclass
class Rep:
    """One logged-in browser: a keep-alive connection and its cookies."""

    host: str
    port: int
    email: str
    password: str
    hits: list[Hit] = field(default_factory=list)
    cookies: dict[str, str] = field(default_factory=dict)
    conn: http.client.HTTPConnection | None = None

    def request(self, kind: str, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        """Send one request, record it, keep cookies; (status, body text); status 0 when the connection broke."""
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT)
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            status = response.status
            for value in response.headers.get_all("Set-Cookie") or []:
                for morsel in http.cookies.SimpleCookie(value).values():
                    self.cookies[morsel.key] = morsel.value
        except (OSError, http.client.HTTPException) as exc:
            self.close()
            status, text = 0, f"{type(exc).__name__}: {exc}"
        ms = (time.perf_counter() - started) * 1000
        locked = any(marker in text.lower() for marker in LOCK_MARKERS)
        self.hits.append(Hit(kind, status, ms, locked, time.monotonic()))
        return status, text

    def close(self) -> None:
        """Drop the connection (the next request opens a new one)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def login(self) -> None:
        """Log in through the real form; raise when the queue does not follow."""
        _, page = self.request("login_form", "GET", "/login")
        token = html.unescape(_CSRF.search(page).group(1))
        status, _ = self.request("login", "POST", "/login",
                                 {"email": self.email, "password": self.password, "csrf_token": token})
        if status != 302:
            raise RuntimeError(f"login of {self.email} answered {status}")


@dataclass(frozen=True)
class Mix:
    """What share of draft views ends in an approval or a snooze."""

    approve: float = 0.15
    snooze: float = 0.10
    think_s: float = 0.0


def click_through(rep: Rep, rng: random.Random, mix: Mix, stop: threading.Event, max_requests: int) -> None:
    """Queue, a draft, its customer, sometimes approve or snooze; until stop or max_requests."""
    while not stop.is_set() and len(rep.hits) < max_requests:
        status, page = rep.request("GET /drafts", "GET", "/drafts")
        ids = _DRAFT_LINK.findall(page) if status == 200 else []
        if not ids:
            stop.wait(mix.think_s or 0.1)
            continue
        draft_id = rng.choice(ids)
        status, page = rep.request("GET /drafts/<id>", "GET", f"/drafts/{draft_id}")
        if status != 200:
            continue
        customer = _CUSTOMER_LINK.search(page)
        if customer:
            rep.request("GET /customers/<id>", "GET", f"/customers/{customer.group(1)}")
        token = _CSRF.search(page)
        roll = rng.random()
        if token and roll < mix.approve:
            subject, body = _SUBJECT.search(page), _BODY.search(page)
            if subject and body:
                rep.request("POST approve", "POST", f"/drafts/{draft_id}/decide",
                            {"csrf_token": html.unescape(token.group(1)), "action": "approve",
                             "subject": html.unescape(subject.group(1)), "body": html.unescape(body.group(1))})
        elif token and roll < mix.approve + mix.snooze:
            until = (datetime.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
            rep.request("POST snooze", "POST", f"/drafts/{draft_id}/snooze",
                        {"csrf_token": html.unescape(token.group(1)), "until": until})
        if mix.think_s:
            stop.wait(mix.think_s)


def run_reps(reps: list[Rep], mix: Mix, stop: threading.Event, max_requests_each: int, seed: int = 1) -> None:
    """Log every rep in, then run them all concurrently until stop is set or each made max_requests_each."""
    for rep in reps:
        rep.login()
    threads = [threading.Thread(target=click_through, args=(rep, random.Random(seed + i), mix, stop,
                                                            max_requests_each), name=f"rep-{i}", daemon=True)
               for i, rep in enumerate(reps)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for rep in reps:
        rep.close()


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of values; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered), max(1, math.ceil(p / 100 * len(ordered)))) - 1]


def summary(hits: list[Hit]) -> dict:
    """Counts, errors (status 0 or >= 400), lock bodies and p50/p95/p99 in ms, overall and per kind."""
    def figures(group: list[Hit]) -> dict:
        ms = [h.ms for h in group]
        return {"requests": len(group), "errors": sum(1 for h in group if h.status == 0 or h.status >= 400),
                "status_5xx": sum(1 for h in group if h.status >= 500), "dropped": sum(1 for h in group if h.status == 0),
                "locked": sum(1 for h in group if h.locked), "p50": percentile(ms, 50), "p95": percentile(ms, 95),
                "p99": percentile(ms, 99), "max": max(ms, default=0.0)}

    kinds = sorted({h.kind for h in hits})
    return {"all": figures(hits), **{k: figures([h for h in hits if h.kind == k]) for k in kinds}}
