"""Writes the 40 case files and src/meta.json. Refuses once MD5SUMS exists."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, cases_a, cases_b, cases_c, cases_d, cases_e

CASES = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES

if __name__ == "__main__":
    metas = lib.write_all(CASES)
    print("wrote", len(metas), "cases")
