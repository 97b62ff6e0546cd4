"""Helpers: local customer times -> UTC, record layout in heldout47's key order."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

BATCH = "blind-heldout48"


def utc(local, tz):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def N(at, text):
    return ("note", at, text)


def I(at, subject, body, html=False):
    return ("in", at, subject, body, "text/html" if html else "text/plain")


def O(at, subject, body):
    return ("out", at, subject, body, "text/plain")


def C(n, slug, domain, lang, tz, now, customer, rep, sources, kp=(), mn=(), slots=(),
      draft=True, place="", shape="", rules=()):
    return dict(n=n, slug=slug, domain=domain, lang=lang, tz=tz, now=now, customer=customer,
                rep=rep, sources=sources, kp=list(kp), mn=list(mn), slots=list(slots),
                draft=draft, place=place, shape=shape, rules=list(rules))


def record(c):
    tz = c["tz"]
    srcs = []
    for i, s in enumerate(c["sources"], 1):
        if s[0] == "note":
            srcs.append({"kind": "note", "id": i, "at": utc(s[1], tz), "text": s[2]})
        else:
            srcs.append({"kind": "message", "id": i, "at": utc(s[1], tz),
                         "direction": "inbound" if s[0] == "in" else "outbound",
                         "subject": s[2], "content_type": s[4], "body": s[3]})
    cid = "h48-%02d-%s" % (c["n"], c["slug"])
    return {
        "id": cid,
        "batch": BATCH,
        "domain": c["domain"],
        "language": c["lang"],
        "now": utc(c["now"], tz),
        "tz": tz,
        "customer": {"name": c["customer"][0], "email": c["customer"][1]},
        "rep": {"name": c["rep"][0], "email": c["rep"][1], "signature": c["rep"][2]},
        "rep_history": [],
        "sources": srcs,
        "expect_draft": c["draft"],
        "key_points": [{"what": w, "must_include": list(t)} for w, t in c["kp"]],
        "must_not": c["mn"],
        "answer_slots": c["slots"],
    }


def filename(c):
    return "h48_%02d_%s.json" % (c["n"], c["slug"])
