import lib, cases_a, cases_b, cases_c, cases_d, cases_e
lib.write_all()
