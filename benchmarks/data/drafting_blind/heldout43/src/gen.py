"""Writes ../h43_NN_slug.json and meta.json from cases_*.py. Refuses once ../MD5SUMS exists."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_a, cases_b, cases_c, cases_d, cases_e  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS exists, nothing written")


def build(c):
    tz = c["tz"]
    cname, cmail = c["customer"]
    rname, rmail, rsig = c["rep"]
    sources = []
    raw = c["sources"]
    for i, s in enumerate(raw, 1):
        if s["kind"] == "note":
            sources.append({"kind": "note", "id": i, "at": lib.utc(s["at"], tz), "text": s["text"]})
            continue
        body = s["body"]
        if s.get("quotes"):
            qs = []
            for j in s["quotes"]:
                q = raw[j - 1]
                if q["dir"] == "in":
                    qs.append((cname, cmail, rname, rmail, q["at"], q["subject"], q["body"]))
                else:
                    qs.append((rname, rmail, cname, cmail, q["at"], q["subject"], q["body"]))
            body = body + "\n\n" + lib.render_quote(c["client"], qs, tz)
        sources.append({"kind": "message", "id": i, "at": lib.utc(s["at"], tz),
                        "direction": "inbound" if s["dir"] == "in" else "outbound",
                        "subject": s["subject"],
                        "content_type": "text/html" if s["html"] else "text/plain",
                        "body": body})
    cid = "h43-%02d-%s" % (c["num"], c["slug"])
    return {
        "id": cid,
        "batch": "blind-heldout43",
        "domain": c["domain"],
        "language": c["lang"],
        "now": lib.utc(c["now"], tz),
        "tz": tz,
        "customer": {"name": cname, "email": cmail},
        "rep": {"name": rname, "email": rmail, "signature": rsig},
        "rep_history": [],
        "sources": sources,
        "expect_draft": c["expect"],
        "key_points": [{"what": w, "must_include": t} for (w, t) in c["kps"]],
        "must_not": c["must_not"],
        "answer_slots": c["slots"],
    }


meta = {}
for old in os.listdir(OUT):
    if old.startswith("h43_") and old.endswith(".json"):
        os.remove(os.path.join(OUT, old))
for c in sorted(lib.CASES, key=lambda c: c["num"]):
    d = build(c)
    fn = "h43_%02d_%s.json" % (c["num"], c["slug"])
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    meta[d["id"]] = {"file": fn, "num": c["num"], "shape": c["shape"], "place": c["place"],
                     "client": c.get("client"), "colleague": c.get("colleague"),
                     "now_local": c["now"], "tz": c["tz"], "why": c.get("why"), "rel": c.get("rel", []),
                     "domain": c["domain"], "language": c["lang"]}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, ensure_ascii=False, indent=1)
print("wrote", len(meta), "cases")
