"""Writes the 40 h49_NN_<slug>.json files and src/meta.json. Refuses once MD5SUMS exists."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("MD5SUMS exists: batch is frozen, nothing written")
sys.path.insert(0, HERE)
import lib
import cases_a, cases_b, cases_c, cases_d, cases_e  # noqa: F401  (they fill lib.CASES)
metas = []
for rec, meta in sorted(lib.CASES, key=lambda x: x[1]["n"]):
    name = "h49_%02d_%s.json" % (meta["n"], meta["slug"])
    meta["file"] = name
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")
    metas.append(meta)
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(metas, f, ensure_ascii=False, indent=1)
print("wrote", len(metas), "cases")
