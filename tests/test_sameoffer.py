"""A term's later part with a figure of its own, which says no sentence alone, kept after the first figure's sentence."""
from followup.drafting.sameoffer import with_same_offer
from followup.drafting.saying import sentence, sentences


def test_a_discount_after_the_price_is_kept_with_it():
    said = sentences(["Wartung 240 € pro Anlage, ab 6 Anlagen 8 % Rabatt"], "de", "Zur Bestätigung: {x}.", 4)
    assert len(said) == 1
    assert "240 €" in said[0][0] and "ab 6 Anlagen 8 % Rabatt" in said[0][0]


def test_a_second_price_of_the_same_offer_is_kept():
    first = sentence("hull wash $310 per boat", "en")
    out = with_same_offer(first, "hull wash $310 per boat, or antifoul $95 per foot", [], sentence, "en")
    assert out.startswith(first.rstrip(".")) and out.endswith(", or antifoul $95 per foot.")


def test_nothing_is_added_when_the_later_part_is_said_or_has_no_new_figure():
    first = sentence("hull wash $310 per boat", "en")
    assert with_same_offer(first, "hull wash $310 per boat, same day", [], sentence, "en") == first
    # a part said as a sentence of its own stays there, not glued on
    assert with_same_offer(first, "hull wash $310 per boat, antifoul $95 per foot", [], sentence, "en") == first
    assert with_same_offer("", "hull wash $310 per boat, or antifoul $95 per foot", [], sentence, "en") == ""


def test_a_long_later_part_is_not_pasted_back():
    first = sentence("hull wash $310 per boat", "en")
    long = "hull wash $310 per boat, and our diver checks the anodes and the propeller shaft for $60 more"
    assert with_same_offer(first, long, [], sentence, "en") == first


def test_a_worked_sum_a_new_subject_or_a_recounted_part_is_not_added():
    first = sentence("hull wash $310 per boat", "en")
    assert with_same_offer(first, "hull wash $310 per boat, so 3,100 for 10", [], sentence, "en") == first
    assert with_same_offer(first, "hull wash $310 per boat, you want 10", [], sentence, "en") == first
    # a later clause counts the free months anew: the older count is out of force
    assert with_same_offer(first, "hull wash $310 per boat, 2 mo free", [], sentence, "en",
                           ["hull wash $310 per boat, 3 mo free"]) == first


def test_a_figure_the_draft_already_says_with_its_word_is_not_added_again():
    first = sentence("hull wash $310 per boat", "en")
    clause = "hull wash $310 per boat, or antifoul $95 per foot"
    assert with_same_offer(first, clause, ["Antifoul is $95 per foot."], sentence, "en") == first
    assert with_same_offer(first, clause, ["We need 95 boats."], sentence, "en") != first


def test_a_part_with_a_label_of_its_own_is_not_added():
    first = sentence("hull wash $310 per boat", "en")
    assert with_same_offer(first, "hull wash $310 per boat, 40 ft boats: $310 per boat", [], sentence, "en") == first


def test_a_count_times_price_part_the_sentence_already_says_is_not_added_again():
    said = sentences(["hoods unchanged, 2 x CAD 11,800."], "en", "", 3)
    assert [s for s, _ in said] == ["2 hoods at CAD 11,800 each, unchanged."]
