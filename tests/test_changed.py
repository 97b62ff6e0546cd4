"""The customer's newest change said back abroad (followup/drafting/changed.py) and the state rules around it."""
from datetime import date, datetime

from followup.drafting.changed import change_clause, counted_again
from followup.drafting.conversation import build_state
from followup.drafting.past import named_days
from followup.drafting.sentences import Source, split_sentences

TZ = "Europe/Paris"


def test_a_change_is_said_as_its_figure_and_what_it_counts():
    assert change_clause("On ajoute la ligne de délignage, donc 9 lames.", "fr") == "9 lames"
    assert change_clause("D'accord pour 7 lames à 2 150 000 FCFA par mois.", "fr") == "7 lames à 2 150 000 FCFA par mois"
    assert change_clause("Finalement un des stagiaires s'est désisté, on revient à 23 postes.", "fr") == "23 postes"
    assert change_clause("bajamos a 10 jaulas.", "es") == "10 jaulas"
    assert change_clause("Le conseil d'administration a validé, mais pour 50 séchoirs, car deux nouvelles sections ont "
                         "rejoint la coopérative.", "fr") == "le conseil d'administration a validé, mais pour 50 séchoirs"
    assert change_clause("Nous sommes d'accord, mais pour 50 séchoirs.", "fr") == "50 séchoirs"  # not their "nous"
    assert change_clause("Wie besprochen 30 m³.", "de") == "30 m³"


def test_no_change_is_said_from_a_question_a_story_or_a_pronoun():
    assert change_clause("Pouvez-vous livrer 20 pièces ?", "fr") == ""
    assert change_clause("Elle a 12 ans.", "fr") == ""  # leans on the sentence before it
    assert change_clause("Le envío el NIT: 900.555.123-4.", "es") == ""  # the customer's own doing
    assert change_clause("Nous avons besoin de coffrets.", "fr") == ""  # no figure
    assert change_clause("so 9 blades", "en") == ""  # English is restated by its own rules


def test_a_count_counted_anew_later_is_stale_but_the_same_count_again_is_not():
    assert counted_again("9 lames", ["D'accord pour 7 lames à 2 150 000 FCFA par mois."])
    assert not counted_again("96 m²", ["Avec 96 m² de zellige et 6 m² d'étoile, le total passe à 112 600 MAD."])


def test_the_newest_change_reaches_the_state_and_an_older_count_does_not():
    sources = [Source("message", 1, "Madame Mba,\n\nOn ajoute la ligne de délignage, donc 9 lames. Pouvez-vous venir "
                                    "voir la scierie le mardi 21 septembre ?\n\nSerge Nzé", datetime(2027, 9, 15, 13),
                      "inbound"),
               Source("message", 2, "Bonjour M. Nzé,\n\nPour 9 lames : 2 600 000 FCFA par mois.\n\nClaire Mba",
                      datetime(2027, 9, 16, 8), "outbound"),
               Source("message", 3, "Madame Mba,\n\nD'accord pour 7 lames à 2 150 000 FCFA par mois. On veut démarrer "
                                    "le lundi 18 octobre.\n\nSerge Nzé", datetime(2027, 9, 24, 10), "inbound")]
    state = build_state(sources, TZ, datetime(2027, 10, 11, 8), customer_name="Serge Nzé")
    assert state.language == "fr"
    said = [i.text for i in state.items if i.status == "open" and i.direction == "inbound"]
    assert "7 lames à 2 150 000 FCFA par mois" in said
    assert "9 lames" not in said


def test_a_french_weekday_before_a_date_is_no_month():
    assert named_days("Mardi 21 septembre, c'est noté.", date(2027, 9, 16)) == [date(2027, 9, 21)]
    assert named_days("el martes 3 de marzo", date(2027, 2, 16)) == [date(2027, 3, 3)]


def test_a_short_month_with_its_dot_ends_no_sentence():
    text = "Sergej ist am 12. auf dem Feld. Neuer Termin Do 14. Okt. 10 Uhr deutscher Zeit. Er fragt."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Sergej ist am 12. auf dem Feld.", "Neuer Termin Do 14. Okt. 10 Uhr deutscher Zeit.", "Er fragt."]


def test_a_move_gives_way_to_the_next_move():
    sources = [Source("note", 1, "Bishnu called, landslide on the road above Nayapul. Inspection moved to Thu 14 October.",
                      datetime(2027, 10, 1, 7, 30), "note"),
               Source("note", 2, "Bishnu again: Dashain holidays, committee members away. Final date Tue 19 October, we "
                                 "arrive 18th evening.", datetime(2027, 10, 7, 11), "note")]
    state = build_state(sources, "Asia/Kathmandu", datetime(2027, 10, 11, 5), customer_name="Bishnu Pun")
    moved = [i for i in state.items if "14 October" in i.quote]
    assert moved and all(i.status == "superseded" for i in moved)
    assert any("19 October" in i.quote and i.status == "open" for i in state.items)
