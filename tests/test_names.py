"""Names written family name first are not greeted by the family name."""
import pytest

from followup.drafting.names import fold, given_name


@pytest.mark.parametrize("name, given", [
    ("Trần Thị Mai", "Mai"),
    ("Pham Quoc Bao", "Bao"),
    ("Kovács Eszter", "Eszter"),
    ("Zhou Xiaoming", "Xiaoming"),
    ("Mai Tran", None),          # given name first already
    ("Wei Zhang", None),         # both words family names: left as written
    ("Kim Larsen", None),        # "Kim" is no family-name-first sign
    ("Eszter", None),
])
def test_the_given_name_of_a_family_name_first_name(name, given):
    assert given_name(name.split()) == given


def test_fold_drops_marks_and_case():
    assert fold("Đặng") == "dang" and fold("Hải") == "hai" and fold("Eszter") == "eszter"
