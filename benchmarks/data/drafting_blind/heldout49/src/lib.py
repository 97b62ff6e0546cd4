"""Helpers: local time -> UTC, record layout in heldout48's key order."""
import datetime as dt
from zoneinfo import ZoneInfo

BATCH = "blind-heldout49"
CASES = []


def utc(local, tz):
    t = dt.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def C(n, slug, domain, lang, tz, now, customer, rep, sources, kps=(), must_not=(), slots=(),
      expect=True, shape="", place="", rules=()):
    srcs = []
    for i, s in enumerate(sources, 1):
        if s[0] == "n":
            srcs.append({"kind": "note", "id": i, "at": utc(s[1], tz), "text": s[2]})
        else:
            ctype = "text/html" if len(s) > 4 and s[4] == "html" else "text/plain"
            srcs.append({"kind": "message", "id": i, "at": utc(s[1], tz),
                         "direction": "inbound" if s[0] == "i" else "outbound",
                         "subject": s[2], "content_type": ctype, "body": s[3]})
    rec = {
        "id": "h49-%02d-%s" % (n, slug),
        "batch": BATCH,
        "domain": domain,
        "language": lang,
        "now": utc(now, tz),
        "tz": tz,
        "customer": {"name": customer[0], "email": customer[1]},
        "rep": {"name": rep[0], "email": rep[1], "signature": rep[2]},
        "rep_history": [],
        "sources": srcs,
        "expect_draft": expect,
        "key_points": [{"what": w, "must_include": list(t)} for w, t in kps],
        "must_not": list(must_not),
        "answer_slots": list(slots),
    }
    meta = {"n": n, "slug": slug, "shape": shape, "place": place, "now_local": now,
            "local_times": [s[1] for s in sources],
            "rules": [{"expr": r[0], "source": r[1], "rule": r[2], "target": r[3], "status": r[4],
                       "base": r[5] if len(r) > 5 else None} for r in rules]}
    CASES.append((rec, meta))
    return rec
