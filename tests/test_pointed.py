"""What of a sentence is its point (followup/drafting/pointed.py)."""
from followup.drafting.pointed import (
    without_ack,
    without_aside,
    without_count,
    without_label,
    without_theirs_to_confirm,
)


def test_an_acknowledgement_before_the_request_is_cut_in_every_language():
    assert without_ack("Perfect, please send the deposit invoice") == "please send the deposit invoice"
    assert without_ack("Parfait, envoyez-moi le contrat") == "envoyez-moi le contrat"
    assert without_ack("Perfect timing for us") == "Perfect timing for us"


def test_a_label_or_lead_in_before_the_point_is_cut():
    assert without_label("Important, we need them by December 11") == "we need them by December 11"
    assert without_label("Zur Bauzeit: wir haben zwei Wochen") == "wir haben zwei Wochen"
    assert without_label("Noch eine Frage: gibt es Rabatt?") == "gibt es Rabatt?"


def test_the_count_announcing_questions_is_cut():
    assert without_count("Deux questions : pouvez-vous livrer ?") == "pouvez-vous livrer ?"
    assert without_count("Two questions: can you ship?") == "can you ship?"


def test_a_notes_aside_on_who_checked_or_who_confirms_is_cut():
    assert without_aside("2 mois gratuits, vérifié avec Sophie aux ventes") == "2 mois gratuits"
    assert without_aside("proposed Wed 12 May 10am, tbc by her") == "proposed Wed 12 May 10am"
    assert without_theirs_to_confirm("maybe Friday, tbc by him") == "maybe Friday, "


def test_a_bare_connector_label_is_no_part_of_the_point():
    assert without_label("Und: Wir haben seit Mai ein zweites Lager in Kiel.") == "Wir haben seit Mai ein zweites Lager in Kiel."
    assert without_label("Also: we now run a night shift.") == "we now run a night shift."
    assert without_label("Et : nous avons ouvert un deuxième site.") == "nous avons ouvert un deuxième site."
    assert without_label("Y: abrimos otra tienda en mayo.") == "abrimos otra tienda en mayo."
    assert without_label("And the rest stays as it is.") == "And the rest stays as it is."  # no label, no cut
    assert without_label("Plus: EUR 1,900 per site, with a second visit.") == "Plus: EUR 1,900 per site, with a second visit."
