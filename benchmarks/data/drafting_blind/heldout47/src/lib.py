"""Helpers: local time -> UTC, record building (layout of heldout46)."""
import textwrap
from datetime import datetime
from zoneinfo import ZoneInfo

BATCH = "blind-heldout47"


def B(s):
    return textwrap.dedent(s).strip("\n")


def utc(local, tz):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def msg(at, direction, subject, body, ctype=None):
    if ctype is None:
        ctype = "text/html" if B(body).startswith("<html>") else "text/plain"
    return {"kind": "message", "at": at, "direction": direction, "subject": subject,
            "content_type": ctype, "body": B(body)}


def note(at, text):
    return {"kind": "note", "at": at, "text": B(text)}


def case(n, slug, domain, lang, tz, now, customer, rep, sources, expect, kps, must_not, slots, **meta):
    srcs = []
    for i, s in enumerate(sources, 1):
        if s["kind"] == "message":
            srcs.append({"kind": "message", "id": i, "at": utc(s["at"], tz), "direction": s["direction"],
                         "subject": s["subject"], "content_type": s["content_type"], "body": s["body"]})
        else:
            srcs.append({"kind": "note", "id": i, "at": utc(s["at"], tz), "text": s["text"]})
    rec = {
        "id": "h47-%02d-%s" % (n, slug),
        "batch": BATCH,
        "domain": domain,
        "language": lang,
        "now": utc(now, tz),
        "tz": tz,
        "customer": {"name": customer[0], "email": customer[1]},
        "rep": {"name": rep[0], "email": rep[1], "signature": B(rep[2])},
        "rep_history": [],
        "sources": srcs,
        "expect_draft": expect,
        "key_points": [{"what": w, "must_include": list(t)} for w, t in kps],
        "must_not": list(must_not),
        "answer_slots": list(slots),
    }
    meta = dict(meta)
    meta.update(n=n, local_now=now, local_at=[s["at"] for s in sources])
    return rec, meta
