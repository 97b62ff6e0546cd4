"""Write the heldout46 case files from cases_*.py (stops once MD5SUMS exists)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS exists, nothing written")
import cases_a, cases_b, cases_c, cases_d, cases_e

def all_cases():
    cs = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES
    return sorted(cs, key=lambda c: c.num)

if __name__ == "__main__":
    cs = all_cases()
    for f in os.listdir(OUT):
        if f.startswith("h46_") and f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    meta = []
    for c in cs:
        r = c.record()
        fn = f"h46_{c.num:02d}_{c.slug}.json"
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            json.dump(r, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        meta.append({"num": c.num, "file": fn, "id": r["id"], "domain": c.domain, "lang": c.lang,
                     "where": c.where, "shape": c.shape, "now_local": c.now_local, "tz": c.tz,
                     "points": len(r["key_points"]), "tokens": sum(len(k["must_include"]) for k in r["key_points"]),
                     "must_not": len(r["must_not"]), "slots": len(r["answer_slots"]),
                     "expect_draft": r["expect_draft"],
                     "sources": [(s["kind"], s.get("direction", ""), s["_local"]) for s in c.sources]})
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    print(len(cs), "cases written")
