"""Writes h47_NN_<slug>.json and src/meta.json. Refuses once MD5SUMS exists."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
if os.path.exists(os.path.join(ROOT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS present, gen.py writes nothing")
import cases_a, cases_b, cases_c, cases_d, cases_e

ALL = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES
assert [m["n"] for _, m in ALL] == list(range(1, 41))
for f in os.listdir(ROOT):
    if f.startswith("h47_") and f.endswith(".json"):
        os.remove(os.path.join(ROOT, f))
meta = []
for rec, m in ALL:
    n = m["n"]
    slug = rec["id"][len("h47-%02d-" % n):]
    fn = "h47_%02d_%s.json" % (n, slug)
    with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    m = dict(m, file=fn, id=rec["id"], domain=rec["domain"], language=rec["language"], tz=rec["tz"],
             kp=len(rec["key_points"]), tokens=sum(len(k["must_include"]) for k in rec["key_points"]),
             must_not=len(rec["must_not"]), slots=len(rec["answer_slots"]), expect=rec["expect_draft"])
    meta.append(m)
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
print("wrote", len(meta), "cases")
