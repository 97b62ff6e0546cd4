"""Cutting a long restatement to its word limit (followup/drafting/cutting.py)."""
from followup.drafting.cutting import _no_dangling, shorten


def test_a_cut_restatement_keeps_the_price_it_was_cut_before():
    said = ("The overnight work adds an out-of-hours supplement, but if we book all four in one week the total "
            "comes to £4,980 including the supplement")
    assert "£4,980" in shorten(said, 12)
    assert "£4,980 including the supplement" in shorten(said, 12)
    assert shorten("you need two vans for the depot and three more for the yard in spring", 12).startswith(
        "you need two vans")


def test_a_shortened_restatement_keeps_the_day_it_names():
    said = "you need to be certain about the cover before your trustees meet on 14 January"
    assert shorten(said, 12).endswith("on 14 January")
    assert shorten("Sie brauchen alle Unterlagen vollständig vor der Sitzung des Vorstands am 3. März", 8) \
        .endswith("am 3. März")


def test_a_cut_never_ends_on_a_figure_modifier_that_lost_its_noun():
    # "for a 5-day | conference": the phrase without its noun is dropped whole, not left hanging
    assert _no_dangling("you need fresh flowers for the hotel lobby for a 5-day") == \
        "you need fresh flowers for the hotel lobby"
    assert _no_dangling("you need it for 5-day") == "you need it for 5-day"  # no article: nothing was cut off


def test_a_cut_never_ends_on_a_preposition_waiting_for_its_object():
    assert _no_dangling("you need six cold rooms fitted with alarms before") == \
        "you need six cold rooms fitted with alarms"
    assert _no_dangling("you'll move all your print work from") == "you'll move all your print work"


def test_a_cut_never_leaves_a_clause_without_its_verb():
    # "before your old IT guy | leaves": the clause goes whole rather than end on its subject
    assert shorten("you'd like managed IT + offsite backup before your old IT guy leaves end of September", 12) == \
        "you'd like managed IT + offsite backup"
    assert shorten("vous voulez la sauvegarde hors site installée avant que votre ancien technicien parte fin "
                   "septembre", 12) == "vous voulez la sauvegarde hors site installée"
    assert shorten("necesitan la copia de seguridad externa antes de que su antiguo técnico se vaya a finales de "
                   "septiembre", 12) == "necesitan la copia de seguridad externa"
    assert shorten("Sie möchten die Sicherung extern eingerichtet haben bevor der alte Administrator das Büro Ende "
                   "September verlässt", 12) == "Sie möchten die Sicherung extern eingerichtet haben"


def test_a_cut_inside_a_phrase_not_a_clause_keeps_the_phrase():
    # "before the partners meeting | on Friday": no verb was lost, the phrase stays
    assert shorten("you need the new proposal written up before the partners meeting on Friday next week at the "
                   "office", 12) == "you need the new proposal written up before the partners meeting"


def test_a_clause_one_verb_short_of_whole_is_finished_not_dropped():
    assert shorten("I'll send the revised quote and the proforma in IDR after the board confirms", 12) == \
        "I'll send the revised quote and the proforma in IDR after the board confirms"
    assert shorten("Ich schicke Ihnen das überarbeitete Angebot mit der Proforma sobald der Vorstand "
                   "zustimmt", 12).endswith("sobald der Vorstand zustimmt")


def test_a_clause_too_near_the_start_to_drop_is_kept_whole():
    said = "you said when the old server in your office finally goes offline we move everything"
    assert shorten(said, 12) == said  # cutting after "goes" would leave the clause hanging, dropping it the point


def test_the_reps_refusal_of_the_customers_figure_is_not_said_again_before_the_offer_that_followed_it():
    from followup.drafting.cutting import without_refusal
    assert without_refusal("10 % n'est pas possible, mais je peux vous accorder 6 %, soit CHF 45 778 HT") == \
        "Je peux vous accorder 6 %, soit CHF 45 778 HT"
    assert without_refusal("15% is not possible, but I can give you 10%") == "I can give you 10%"
    assert without_refusal("Ein Rabatt von 10 % ist leider nicht möglich, aber 6 % gehen") == "6 % gehen"
    assert without_refusal("El 10 % no es posible, pero te dejo el 6 %") == "Te dejo el 6 %"
    assert without_refusal("Delivery on Friday is possible, but only in the morning") == \
        "Delivery on Friday is possible, but only in the morning"
    assert without_refusal("15% I cannot do, but I can give 10%: BRL 35.10 per extension per month") == \
        "I can give 10%: BRL 35.10 per extension per month"
    assert without_refusal("I can't match 10.8c, but I can do 11.2c/kWh") == "I can do 11.2c/kWh"
