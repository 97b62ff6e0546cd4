"""Names written family name first are not greeted by the family name; a name's words and titles are read one way."""
import re

import pytest

from followup.drafting.names import NOTE_TITLE, TITLE, fold, given_name, is_own_name, name_words


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


@pytest.mark.parametrize("name, words", [
    ("Doris Wyss", {"doris", "wyss"}),
    ("Nguyễn Văn Hải", {"nguyen", "van", "hai"}),
    ("Seán O'Brien-Kelly", {"sean", "o'brien-kelly"}),
    ("ACME 24 GmbH", {"acme", "gmbh"}),   # digits start no name word
    ("", set()),
])
def test_a_names_words_are_folded(name, words):
    assert name_words(name) == words


@pytest.mark.parametrize("word, own, mine", [
    ("jess", {"jessica", "moyo"}, True),    # a short form of a first name
    ("moyo", {"jessica", "moyo"}, True),
    ("je", {"jessica"}, False),             # too short to be a short form
    ("jessie", {"jessica"}, False),
])
def test_a_name_word_is_the_customers_or_a_short_form(word, own, mine):
    assert is_own_name(word, own) is mine


@pytest.mark.parametrize("text, titled", [
    ("Mr Banda", True), ("Mr. Banda", True), ("Frau Weber", True), ("M. Diop", True), ("Sra. Ondo", True),
    ("M Diop", False),      # a bare M is a letter, not Monsieur
    ("Sr Ruiz", False),
    ("Hr. Benz", False),    # note shorthand: not how a customer titles anyone
])
def test_a_customers_title(text, titled):
    assert bool(re.match(rf"{TITLE}\s+[A-Z]", text)) is titled


@pytest.mark.parametrize("text", ["Hr. Benz", "Hr Benz", "Herrn Kück", "Fr. Lang", "M Diop", "Mme. Sarda", "Sra Ondo",
                                  "Madame Diop", "Dr Okafor"])
def test_a_call_notes_title_may_be_shorthand_and_drop_its_dot(text):
    assert re.match(rf"{NOTE_TITLE}\s+[A-Z]", text)
