"""The rep's own labelled price said with the price first (relabelled.py)."""
from __future__ import annotations

from followup.drafting.relabelled import relabelled


def test_english_labelled_price_said_with_price_first():
    old = "Overlay on lanes 1–12: £44,100 fitted."
    assert relabelled(old, old, "en") == "£44,100 fitted for the overlay on lanes 1–12."


def test_tail_after_the_price_is_kept():
    old = "Crown and sidewalls only: EUR 71,900, with a shutdown of 8 days."
    assert relabelled(old, old, "en") == "EUR 71,900 for the crown and sidewalls only, with a shutdown of 8 days."


def test_german_feminine_noun_takes_its_article():
    old = "Jahreswartung der 8-bahnigen Kalibrieranlage: 18.600 € netto."
    assert relabelled(old, old, "de") == "18.600 € netto für die Jahreswartung der 8-bahnigen Kalibrieranlage."


def test_french_vowel_takes_l_and_short_lead_stays_first():
    old = "En option, éclairage LED des cadrans : 2 400 € HTVA."
    assert relabelled(old, old, "fr") == "En option, 2 400 € HTVA pour l'éclairage LED des cadrans."


def test_spanish_count_said_as_written():
    old = "10 jaulas con redes antifouling: USD 14.900 por jaula."
    assert relabelled(old, old, "es") == "USD 14.900 por jaula para 10 jaulas con redes antifouling."


def test_label_naming_the_offer_or_a_scope_is_left_alone():
    for line, lang in (("Notre proposition révisée : 63 500 € HT.", "fr"), ("Our proposal: $4,500 per month.", "en"),
                       ("Pour 300 m : 49 900 € HT, pose en 4 jours.", "fr"),
                       ("Ensuite chaque copropriétaire paie sa borne 7 kW : 185 000 XPF HT posée.", "fr")):
        assert relabelled(line, line, lang) == line


def test_line_that_copies_nothing_or_is_cut_is_left_alone():
    assert relabelled("Overlay on lanes 1–12: £44,100 fitted.", "Something else entirely.", "en") == \
        "Overlay on lanes 1–12: £44,100 fitted."
    cut = "Two SR-6 with wood stove: EUR 74,200 excl."
    assert relabelled(cut, cut, "en") == cut


def test_label_without_a_price_after_it_is_left_alone():
    old = "Payment schedule for the works: 50 % on order, 50 % on delivery."
    assert relabelled(old, old, "en") == old


def test_a_chase_says_the_reps_labelled_price_with_the_price_first():
    from datetime import datetime

    from followup.drafting.composition import compose_state
    from followup.drafting.conversation import build_state
    from followup.drafting.profile import RepProfile
    from followup.drafting.sentences import Source

    sources = [Source("message", 1, "Hi Kagiso,\n\nRebuild of doors 1 and 2 only: $4,390.\n\nDuncan",
                      datetime(2026, 11, 23, 9), "outbound")]
    state = build_state(sources, "Africa/Gaborone", datetime(2026, 12, 1, 9), customer_name="Kagiso Sebele")
    body = compose_state(state, customer_name="Kagiso Sebele", thread_subject="Doors",
                         rep=RepProfile("Duncan Moyo", "duncan@example.com", "Duncan")).body
    assert "Rebuild of doors 1 and 2 only: $4,390" not in body
    assert "$4,390" in body


def test_a_counted_thing_before_a_comma_is_said_after_its_price():
    old = "2 x 12m electric scissor lifts, £310 per week each."
    assert relabelled(old, old, "en") == "£310 per week each for 2 x 12m electric scissor lifts."
    old = "5 viviers de 1 200 L, 34 750 $ + TVH, livraison la semaine du 4 octobre."
    assert relabelled(old, old, "fr") == "34 750 $ + TVH pour 5 viviers de 1 200 L, livraison la semaine du 4 octobre."


def test_a_thing_with_its_own_indefinite_article_gets_no_other():
    old = "En option, une place d'intervenant à la table ronde : CHF 2 500."
    assert relabelled(old, old, "fr") == "En option, CHF 2 500 pour une place d'intervenant à la table ronde."
    old = "A second sensor on the north wall: $640 fitted."
    assert relabelled(old, old, "en") == "$640 fitted for a second sensor on the north wall."
