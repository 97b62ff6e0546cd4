"""Option labels matched whole and longest first (followup/drafting/wholelabel.py)."""
import pytest

from followup.drafting.wholelabel import label_spans, longest_label, named_whole


@pytest.mark.parametrize("label, text, longer, whole", [
    ("SR-2", "Studio Reformer SR-2: US$3,450 each", (), True),
    ("SR-2", "Studio Reformer SR-2 Pro (with tower): US$4,980 each", (), False),  # a code's suffix: another model
    ("SR-2", "the SR-2 at US$3,450", (), True),  # what is said of it, not more of its name
    ("T9", "wir nehmen die T9 pro Standort", (), True),  # "pro" in lower case is a rate, not a model's suffix
    ("Partenaire", "nous prenons Partenaire principal", ("Partenaire principal",), False),
    ("Partenaire", "nous prenons Partenaire, merci", ("Partenaire principal",), True),
    ("Basis", "wir nehmen Basis Plus", ("Basis Plus",), False),
    ("Plata", "nos quedamos con el Plata por favor", ("Plata Plus",), True),
    ("Lulwa", "we take Lulwa Friday", (), True),  # no code: a word after a name is no other label
])
def test_a_label_followed_by_a_word_of_a_longer_one_is_that_one(label, text, longer, whole):
    assert named_whole(label, text, longer) is whole


@pytest.mark.parametrize("name, sentence, offer, grown", [
    ("SR-2", "We choose SR-2 Pro but 6 units, not 8.",
     "Studio Reformer SR-2: US$3,450 each\nStudio Reformer SR-2 Pro (with tower): US$4,980 each", "SR-2 Pro"),
    ("SR-2", "We choose SR-2 for now.", "SR-2: US$3,450 each\nSR-2 Pro: US$4,980 each", "SR-2"),
    ("la DX-5", "Nous prenons la DX-5 Max à partir de mars.", "DX-5 : 2 100 €, DX-5 Max : 2 900 €", "la DX-5 Max"),
])
def test_the_name_taken_grows_to_the_longest_label_the_offer_writes(name, sentence, offer, grown):
    assert longest_label(name, sentence, offer) == grown


def test_only_whole_mentions_are_spans():
    text = "SR-2: US$3,450 each, SR-2 Pro: US$4,980 each"
    assert label_spans("SR-2", text) == [4]
    assert label_spans("SR-2 Pro", text) == [len("SR-2: US$3,450 each, SR-2 Pro")]
