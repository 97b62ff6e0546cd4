"""Helpers for heldout39 cases (local times -> UTC ISO)."""
import json, os
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BATCH = "blind-heldout39"


def utc(local, tz):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def build(c):
    """c: dict with slug, domain, language, now (local), tz, customer, rep, src (list), labels, meta."""
    tz = c["tz"]
    sources = []
    for i, s in enumerate(c["src"], 1):
        if s[0] == "note":
            sources.append({"kind": "note", "id": i, "at": utc(s[1], tz), "text": s[2]})
        else:
            _, at, direction, subject, body, *rest = s
            ct = rest[0] if rest else "text/plain"
            sources.append({"kind": "message", "id": i, "at": utc(at, tz), "direction": direction,
                            "subject": subject, "content_type": ct, "body": body})
    nn = c["nn"]
    case = {
        "id": "h39-%02d-%s" % (nn, c["slug"]),
        "batch": BATCH,
        "domain": c["domain"],
        "language": c["language"],
        "now": utc(c["now"], tz),
        "tz": tz,
        "customer": {"name": c["customer"][0], "email": c["customer"][1]},
        "rep": {"name": c["rep"][0], "email": c["rep"][1], "signature": c["rep"][2]},
        "rep_history": [],
        "sources": sources,
        "expect_draft": bool(c.get("kps")),
        "key_points": [{"what": w, "must_include": t} for w, t in c.get("kps", [])],
        "must_not": c.get("must_not", []),
        "answer_slots": c.get("slots", []),
    }
    meta = {k: c[k] for k in ("shape", "place", "kinds") if k in c}
    meta["quote_client"] = c.get("quote_client")
    meta["native"] = c.get("native")
    meta["note"] = c.get("note", "")
    return case, meta


def write_all(cases):
    if os.path.exists(os.path.join(OUT, "MD5SUMS")):
        raise SystemExit("MD5SUMS exists: batch is frozen, refusing to overwrite")
    metas = {}
    for c in cases:
        case, meta = build(c)
        fn = "h39_%02d_%s.json" % (c["nn"], c["slug"].replace("-", "_"))
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(case, f, ensure_ascii=False, indent=2)
            f.write("\n")
        metas[case["id"]] = dict(meta, file=fn)
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(metas, f, ensure_ascii=False, indent=2)
    print("wrote", len(cases), "cases")
