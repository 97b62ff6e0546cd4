"""Builds the 40 case files of heldout39 from cases_a..e (refuses once MD5SUMS exists)."""
import lib, cases_a, cases_b, cases_c, cases_d, cases_e
ALL = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES
assert [c["nn"] for c in ALL] == list(range(1, 41)), [c["nn"] for c in ALL]
if __name__ == "__main__":
    lib.write_all(ALL)
