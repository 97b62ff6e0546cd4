"""Helpers for building heldout42 cases (standard library only)."""
from datetime import datetime
from zoneinfo import ZoneInfo

UTC = ZoneInfo("UTC")


def utc(local, tz):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def N(t, text):
    return ("note", t, text)


def O(t, subject, body):
    return ("out", t, subject, body, "text/plain")


def I(t, subject, body, ctype="text/plain"):
    return ("in", t, subject, body, ctype)


def H(t, subject, body):
    return ("in", t, subject, body, "text/html")


CASES = []


def case(**kw):
    CASES.append(kw)
    return kw
