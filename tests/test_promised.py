"""A call note's promise as the rep's commitment (followup/drafting/promised.py)."""
import pytest

from followup.drafting.promised import note_promise


@pytest.mark.parametrize("quote, said", [
    ("Unterlagen (Grundriss, Protokolle STWEG) morgen schicken.",
     "Ich schicke Ihnen die Unterlagen (Grundriss, Protokolle STWEG) morgen."),  # the parenthesis stays whole
    ("Angebot und Preisliste bis Freitag zuschicken.", "Ich schicke Ihnen das Angebot und die Preisliste bis Freitag."),
    # a compound takes its last part's article
    ("Ausstellerunterlagen + Hallenplan morgen schicken.",
     "Ich schicke Ihnen die Ausstellerunterlagen und den Hallenplan morgen."),
])
def test_a_german_note_with_the_verb_last_is_the_reps_promise(quote, said):
    assert note_promise(quote, "de") == said


def test_a_german_note_whose_sender_is_someone_else_is_no_promise():
    assert note_promise("Kunde will Angebot schicken.", "de") == ""


def test_a_french_note_bidding_the_order_form_sent_is_the_reps_promise():
    assert note_promise("Envoyer bon de commande jeudi.", "fr") == "Je vous envoie le bon de commande jeudi."
