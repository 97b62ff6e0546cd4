"""Writes the 40 case files and src/meta.json. Refuses once MD5SUMS exists."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import record, filename
import cases_a, cases_b, cases_c, cases_d, cases_e

ALL = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES


def main():
    if os.path.exists(os.path.join(ROOT, "MD5SUMS")):
        sys.exit("MD5SUMS exists: batch is frozen, gen.py writes nothing")
    for c in ALL:
        with open(os.path.join(ROOT, filename(c)), "w", encoding="utf-8") as f:
            json.dump(record(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    meta = [{"n": c["n"], "file": filename(c), "place": c["place"], "shape": c["shape"],
             "now_local": c["now"], "tz": c["tz"], "rules": c["rules"]} for c in ALL]
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print("wrote", len(ALL), "cases")


if __name__ == "__main__":
    main()
