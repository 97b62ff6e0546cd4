"""Helpers for the heldout40 generator (standard library only)."""
import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

BATCH = "blind-heldout40"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def utc(local, tz):
    """'2032-06-08 09:30' in zone tz -> '2032-06-08T14:30:00Z'."""
    t = dt.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def note(at, text):
    return ("note", at, text)


def out(at, subject, body):
    return ("out", at, subject, body)


def inn(at, subject, body, html=False):
    return ("in", at, subject, body, html)


def build(c):
    tz = c["tz"]
    sources = []
    for i, s in enumerate(c["sources"], 1):
        if s[0] == "note":
            sources.append({"kind": "note", "id": i, "at": utc(s[1], tz), "text": s[2]})
        else:
            direction = "outbound" if s[0] == "out" else "inbound"
            html = s[0] == "in" and s[4]
            sources.append({
                "kind": "message", "id": i, "at": utc(s[1], tz), "direction": direction,
                "subject": s[2], "content_type": "text/html" if html else "text/plain", "body": s[3],
            })
    nn = c["nn"]
    case = {
        "id": "h40-%02d-%s" % (nn, c["slug"]),
        "batch": BATCH,
        "domain": c["domain"],
        "language": c["lang"],
        "now": utc(c["now"], tz),
        "tz": tz,
        "customer": {"name": c["cust"][0], "email": c["cust"][1]},
        "rep": {"name": c["rep"][0], "email": c["rep"][1], "signature": c["rep"][2]},
        "rep_history": [],
        "sources": sources,
        "expect_draft": bool(c["kps"]) or c.get("draft", False),
        "key_points": [{"what": w, "must_include": list(t)} for w, t in c["kps"]],
        "must_not": list(c["must_not"]),
        "answer_slots": list(c["slots"]),
    }
    meta = {k: c[k] for k in ("shape", "place", "kinds", "client", "notes") if k in c}
    meta["now_local"] = c["now"]
    return "h40_%02d_%s.json" % (nn, c["slug"].replace("-", "_")), case, meta


def write_all(cases):
    if os.path.exists(os.path.join(ROOT, "MD5SUMS")):
        raise SystemExit("MD5SUMS exists: the batch is frozen, refusing to write")
    metas = {}
    for c in cases:
        fn, case, meta = build(c)
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as f:
            json.dump(case, f, ensure_ascii=False, indent=2)
            f.write("\n")
        meta["file"] = fn
        metas[case["id"]] = meta
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(metas, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return metas
