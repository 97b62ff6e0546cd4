"""Helpers for the blind heldout38 batch (standard library only)."""
import json, os, textwrap
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BATCH = "blind-heldout38"


def U(local, tz):
    """'YYYY-MM-DD HH:MM' in zone tz -> ISO 8601 UTC with Z."""
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def T(s):
    return textwrap.dedent(s).strip("\n")


def M(at, direction, subject, body, ct="text/plain"):
    return ("m", at, direction, subject, T(body), ct)


def N(at, text):
    return ("n", at, T(text))


CASES = []


def C(n, slug, domain, language, now, tz, cust, rep, src, expect=True, kp=(), mn=(), slots=(), meta=None):
    sources = []
    for i, s in enumerate(src, 1):
        if s[0] == "n":
            sources.append({"kind": "note", "id": i, "at": U(s[1], tz), "text": s[2]})
        else:
            sources.append({"kind": "message", "id": i, "at": U(s[1], tz), "direction": {"in": "inbound", "out": "outbound"}[s[2]],
                            "subject": s[3], "content_type": s[5], "body": s[4]})
    cid = "h38-%02d-%s" % (n, slug)
    case = {
        "id": cid,
        "batch": BATCH,
        "domain": domain,
        "language": language,
        "now": U(now, tz),
        "tz": tz,
        "customer": {"name": cust[0], "email": cust[1]},
        "rep": {"name": rep[0], "email": rep[1], "signature": rep[2]},
        "rep_history": [],
        "sources": sources,
        "expect_draft": expect,
        "key_points": [{"what": w, "must_include": list(t)} for w, t in kp],
        "must_not": list(mn),
        "answer_slots": list(slots),
    }
    meta = dict(meta or {})
    meta["file"] = "h38_%02d_%s.json" % (n, slug.replace("-", "_"))
    CASES.append((case, meta))
    return case


def write_all():
    if os.path.exists(os.path.join(ROOT, "MD5SUMS")):
        raise SystemExit("MD5SUMS exists: the batch is frozen, refusing to overwrite")
    for case, meta in CASES:
        with open(os.path.join(ROOT, meta["file"]), "w", encoding="utf-8") as f:
            json.dump(case, f, ensure_ascii=False, indent=2)
            f.write("\n")
    metas = {c["id"]: m for c, m in CASES}
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(metas, f, ensure_ascii=False, indent=1)
