import json, os, sys
from datetime import datetime
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BATCH = "blind-heldout41"
CASES = []

def utc(local, tz):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")

def case(n, slug, domain, lang, tz, now, cust, rep, srcs, kps=(), mn=(), slots=(), shape="", place="", client=None, draft=True, note=""):
    sources = []
    for i, s in enumerate(srcs, 1):
        if s[0] == "n":
            sources.append({"kind": "note", "id": i, "at": utc(s[1], tz), "text": s[2]})
        else:
            d = s[0]
            ct = "text/html" if d == "inh" else "text/plain"
            sources.append({"kind": "message", "id": i, "at": utc(s[1], tz),
                            "direction": "outbound" if d == "out" else "inbound",
                            "subject": s[2], "content_type": ct, "body": s[3]})
    cid = "h41-%02d-%s" % (n, slug)
    doc = {"id": cid, "batch": BATCH, "domain": domain, "language": lang, "now": utc(now, tz), "tz": tz,
           "customer": {"name": cust[0], "email": cust[1]},
           "rep": {"name": rep[0], "email": rep[1], "signature": rep[2]},
           "rep_history": [], "sources": sources, "expect_draft": draft,
           "key_points": [{"what": w, "must_include": list(t)} for w, t in kps] if draft else [],
           "must_not": list(mn) if draft else [], "answer_slots": list(slots) if draft else []}
    CASES.append((n, slug, doc, {"shape": shape, "place": place, "client": client, "note": note, "now_local": now}))

def write_all():
    if os.path.exists(os.path.join(OUT, "MD5SUMS")):
        sys.exit("MD5SUMS exists: batch frozen, refusing to write")
    meta = {}
    for n, slug, doc, m in sorted(CASES, key=lambda c: c[0]):
        fn = "h41_%02d_%s.json" % (n, slug)
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2); f.write("\n")
        meta[fn] = m
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print("wrote", len(CASES))
