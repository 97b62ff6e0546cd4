"""Builds the 40 JSON files and src/meta.json. Refuses once MD5SUMS exists."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_a, cases_b, cases_c, cases_d, cases_e  # noqa: F401  (register cases)

if __name__ == "__main__":
    lib.CASES.sort(key=lambda cm: cm[0]["id"])
    lib.write_all()
    print("wrote", len(lib.CASES), "cases")
