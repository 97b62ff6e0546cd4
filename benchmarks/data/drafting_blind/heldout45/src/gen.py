"""Write the h45_*.json case files and src/meta.json from cases_*.py."""
import json, os, sys
from lib import utc
import cases_a, cases_b, cases_c, cases_d, cases_e

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ALL = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES

def build(c):
    tz = c["tz"]
    srcs = []
    for i, s in enumerate(c["src"], 1):
        if s["kind"] == "message":
            srcs.append({"kind": "message", "id": i, "at": utc(s["at"], tz), "direction": s["direction"],
                         "subject": s["subject"], "content_type": s["content_type"], "body": s["body"]})
        else:
            srcs.append({"kind": "note", "id": i, "at": utc(s["at"], tz), "text": s["text"]})
    cid = "h45-%02d-%s" % (c["n"], c["slug"])
    return cid, {
        "id": cid, "batch": "blind-heldout45", "domain": c["domain"], "language": c["lang"],
        "now": utc(c["now"], tz), "tz": tz,
        "customer": {"name": c["cust"][0], "email": c["cust"][1]},
        "rep": {"name": c["rep"][0], "email": c["rep"][1], "signature": c["rep"][2]},
        "rep_history": [], "sources": srcs, "expect_draft": c["draft"],
        "key_points": [{"what": w, "must_include": t} for w, t in c["kp"]] if c["draft"] else [],
        "must_not": list(c["mn"]) if c["draft"] else [],
        "answer_slots": list(c["slots"]) if c["draft"] else [],
    }

def main():
    if os.path.exists(os.path.join(OUT, "MD5SUMS")):
        sys.exit("frozen: MD5SUMS exists, refusing to write")
    for f in os.listdir(OUT):
        if f.startswith("h45_") and f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    meta = []
    for c in sorted(ALL, key=lambda c: c["n"]):
        cid, d = build(c)
        fn = "h45_%02d_%s.json" % (c["n"], c["slug"])
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        meta.append({"n": c["n"], "id": cid, "file": fn, "shape": c["shape"], "place": c["place"], "client": c["client"],
                     "colleague": c["colleague"], "now_local": c["now"], "tz": c["tz"], "domain": c["domain"],
                     "lang": c["lang"], "dates": c["dates"], "quote": c.get("quote", ""),
                     "kp": len(d["key_points"]), "tokens": sum(len(k["must_include"]) for k in d["key_points"]),
                     "mn": len(d["must_not"]), "slots": len(d["answer_slots"])})
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    print("wrote", len(meta), "cases")

if __name__ == "__main__":
    main()
