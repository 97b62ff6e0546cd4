"""Writes the h44_*.json case files and src/meta.json from the cases_*.py data."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("frozen: MD5SUMS exists, nothing written")
sys.path.insert(0, HERE)
import lib
for m in ("cases_a", "cases_b", "cases_c", "cases_d", "cases_e"):
    __import__(m)
for f in os.listdir(OUT):
    if f.startswith("h44_") and f.endswith(".json"):
        os.remove(os.path.join(OUT, f))
meta = {}
for c in lib.CASES:
    c = dict(c)
    m = c.pop("_meta")
    num = int(c["id"].split("-")[1])
    fn = "h44_%02d_%s.json" % (num, c["id"].split("-", 2)[2])
    m["file"] = fn
    meta[c["id"]] = m
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
        json.dump(c, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
print(len(lib.CASES), "cases written")
