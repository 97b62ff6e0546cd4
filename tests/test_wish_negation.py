"""The negation words listed per language (followup.text.wish_negation), and the readers that test a clause with them."""
import re
from datetime import datetime

import pytest

from followup.text.wish_firm import asked_part
from followup.text.wish_negation import EN_NOT_APOSTROPHE, NEGATION
from followup.text.wishes import detect_wishes

_NEG = re.compile(rf"\b(?:{NEGATION})\b", re.I)
_APOS = re.compile(rf"\b(?:{EN_NOT_APOSTROPHE})\b", re.I)
PARIS = "Europe/Paris"
TUE = datetime(2026, 11, 10, 9, 0)


@pytest.mark.parametrize("word", ["not", "don't", "don’t", "dont", "can't", "won't", "isn't", "cannot", "nicht", "nie",
                                  "pas", "jamais", "no", "nunca", "non", "mai", "não", "nao", "niet", "nooit"])
def test_a_listed_negation_negates(word):
    assert _NEG.search(f"x {word} y")


@pytest.mark.parametrize("word", ["want", "important", "urgent", "dorénavant", "avant", "durant", "maintenant",
                                  "pendant", "moment", "seulement", "comment", "parent", "went", "meant"])
def test_a_word_ending_in_nt_negates_nothing(word):
    assert not _NEG.search(f"x {word} y")


def test_an_apostrophe_less_contraction_only_where_allowed():
    assert _APOS.search("I won't") and not _APOS.search("as is my wont")


@pytest.mark.parametrize(("sentence", "part"), [
    ("Appelez-moi dorénavant plutôt le matin.", "time:morning"),
    ("Maintenant, appelez-moi plutôt le matin.", "time:morning"),
    ("I want you to call me in the afternoons.", "time:afternoon"),
])
def test_a_part_asked_beside_an_nt_word_is_asked(sentence, part):
    assert asked_part(sentence) == part


def test_a_part_refused_is_not_asked():
    assert asked_part("Don’t call me in the mornings.") is None
    assert asked_part("I cannot be reached in the mornings, so call me then.") is None


@pytest.mark.parametrize(("text", "value"), [
    ("Appelez-moi dorénavant plutôt le matin.", "time:morning"),
    ("Si vous m'appelez, plutôt après 14h, maintenant que je suis au bureau.", "time:afternoon"),
    ("If you call, make it after 2, it is urgent.", "time:afternoon"),
])
def test_the_time_asked_is_certain_beside_an_nt_word(text, value):
    wishes = detect_wishes(text, TUE, PARIS)
    assert any(w.preference == value and w.certain for w in wishes)
