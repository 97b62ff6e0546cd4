"""Helpers: local time -> UTC, sources, quoting."""
from datetime import datetime
from zoneinfo import ZoneInfo

UTC = ZoneInfo("UTC")

def utc(local, tz):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

def M(at, direction, subject, body, html=False):
    return {"kind": "message", "at": at, "direction": direction, "subject": subject,
            "content_type": "text/html" if html else "text/plain", "body": body}

def N(at, text):
    return {"kind": "note", "at": at, "text": text}

def q(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))

def C(**kw):
    kw.setdefault("slots", [])
    kw.setdefault("mn", [])
    kw.setdefault("kp", [])
    kw.setdefault("draft", True)
    kw.setdefault("colleague", "")
    kw.setdefault("client", "")
    kw.setdefault("dates", [])
    return kw
