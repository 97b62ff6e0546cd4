"""Points of a note or an email restated to the customer in their language (followup/drafting/reported.py)."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.reported import COMMIT, promise_inside
from followup.drafting.sentences import Source


def test_a_notes_wanted_offer_is_an_open_commitment_of_the_rep():
    """"Wants written quote by Thursday" in a call note: the rep owes it, said as the rep's own promise."""
    sources = [Source("message", 1, "Hi Bo,\n\nCan you price grease trap pumping for our sites?\n\nRosa",
                      datetime(2027, 4, 26, 9), "inbound"),
               Source("note", 2, "Call w/ Rosa. Wants written quote by Thursday.", datetime(2027, 4, 27, 9), "note")]
    state = build_state(sources, "UTC", datetime(2027, 4, 27, 15), customer_name="Rosa Ruiz")
    owed = [i for i in state.open("commitment") if i.direction == "note"]
    assert [i.text for i in owed] == ["I'll send you the written quote on Thursday"]


def test_a_spanish_clitic_before_lo_la_is_se_not_les():
    """"que nos la entreguen" said to the customer is "que se la entreguen", never "que les la entreguen"."""
    from followup.drafting.reported import customer_said
    assert customer_said("Necesitamos que nos la entreguen antes del 20 de febrero.", "es") == \
        "necesitan que se la entreguen antes del 20 de febrero"
    assert "se los manden" in customer_said("Queremos que nos los manden en enero.", "es")


def test_a_french_customers_on_is_their_side_turned_to_vous_with_its_verb():
    """"on commence le 11 janvier" said back is "vous commencez ...", never the customer's "on" pasted back; an "on"
    whose verb is not known, or before an object pronoun, leaves the sentence unturned."""
    from followup.drafting.reported import customer_said
    assert customer_said("On commence le 11 janvier pour 6 semaines.", "fr") == \
        "vous commencez le 11 janvier pour 6 semaines"
    assert customer_said("Et on veut démarrer le lundi 18 octobre.", "fr") == "et vous voulez démarrer le lundi 18 octobre"
    assert customer_said("Le chantier a glissé, on a 3 semaines de retard.", "fr") == \
        "le chantier a glissé, vous avez 3 semaines de retard"
    assert customer_said("On nous a dit que le chantier commence le 11 janvier.", "fr") == ""
    assert customer_said("Pis on aimerait passer à l'huile.", "fr") == "vous aimeriez passer à l'huile"
    assert customer_said("Et pis on va monter à 9 000 entailles.", "fr") == "et vous allez monter à 9 000 entailles"


def test_a_notes_bare_noun_takes_its_article_where_its_ending_tells_it():
    """"Will eigene Waschanlage" -> "Sie möchten eine eigene Waschanlage"; an ending a plural shares gets none."""
    from followup.drafting.reported import note_said
    assert note_said("Will eigene Waschanlage und Trockner bis zur Ernte.", "de") == \
        "Sie möchten eine eigene Waschanlage und Trockner bis zur Ernte"
    assert note_said("Wünscht Wartungsvertrag.", "de") == "Sie wünschen einen Wartungsvertrag"
    assert note_said("Braucht Angebot bis Freitag", "de") == "Sie brauchen ein Angebot bis Freitag"
    assert note_said("Will Schuhtrockner für 40 Paar", "de") == "Sie möchten Schuhtrockner für 40 Paar"
    assert note_said("Will zusätzlich das Dach", "de") == "Sie möchten zusätzlich das Dach"
    assert note_said("Veut installation avant mars", "fr") == "vous voulez une installation avant mars"
    assert note_said("Veut former 45 enseignants", "fr") == "vous voulez former 45 enseignants"


def test_the_reps_own_shorthand_after_a_german_wish_is_not_said_to_the_customer():
    from followup.drafting.reported import note_said
    assert note_said("Er will Vertrag mit 12 Monaten Laufzeit, schick ich nächste Woche.", "de") == \
        "Sie möchten einen Vertrag mit 12 Monaten Laufzeit"


def test_a_french_promise_to_a_customer_the_rep_says_tu_to_is_a_promise():
    """'Je t'envoie les photos' is the rep's promise like 'Je vous envoie les photos' (then owned when it never came)."""
    for text in ("Je t'envoie les photos de l'atelier.", "Je te rappelle demain.", "Nous t'envoyons le devis.",
                 "Je vous envoie les photos."):
        assert COMMIT.search(text), text
    assert not COMMIT.search("Tu m'envoies les photos ?")


def test_a_note_whose_subject_acts_on_the_customer_as_him_is_not_said_as_you():
    from followup.drafting.reported import note_said
    assert note_said("Kunde hat ihn wg. Markenrechtsverletzung abgemahnt", "de") == ""
    assert note_said("Kunde plant Erweiterung", "de") != ""
    assert note_said("Elle demande un rabattement si elle commande avant le 31 mai : je lui ai offert 4 %", "fr")


def test_a_notes_promise_of_a_bare_noun_takes_its_article_and_a_wish_ending_in_a_bare_before_is_not_said():
    from followup.drafting.reported import note_said, promise
    assert promise("Envoyer soumission écrite d'ici vendredi", "fr") == \
        "Je vous envoie une soumission écrite d'ici vendredi"
    assert promise("Envoyer le devis vendredi", "fr") == "Je vous envoie le devis vendredi"
    assert note_said("veut changer avant.", "fr") == ""
    assert note_said("Veut un devis", "fr") == "vous voulez un devis"


@pytest.mark.parametrize("clause, language, said", [
    ("Told her by phone, she said send the LOI Monday.", "en", "I'll send the LOI Monday"),
    ("He asked us to send the contract by Friday.", "en", "I'll send the contract by Friday"),
    ("Pidió que le enviemos el contrato el lunes.", "es", "Le envío el contrato el lunes"),
    ("Elle a demandé de lui envoyer le bail lundi.", "fr", "Je vous envoie le bail lundi"),
    ("She said the price is fine.", "en", ""),
])
def test_a_document_the_customer_asked_for_on_the_call_is_the_reps_promise(clause, language, said):
    """'she said send the LOI Monday': the rep now owes the LOI (said late and owned when Monday has passed)."""
    assert promise_inside(clause, language) == said


def test_a_spanish_promise_to_come_back_is_a_commitment():
    assert COMMIT.search("Consulto con fábrica si la bomba sirve y te digo algo antes del lunes.")
    assert COMMIT.search("Le aviso en cuanto llegue el camión.")
    assert not COMMIT.search("Te digo que el precio ya es el mínimo.")
