"""Points of a note or an email restated to the customer in their language (followup/drafting/reported.py)."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.reported import COMMIT, promise_inside, quote_promise
from followup.drafting.sentences import Source


def test_the_written_offer_a_note_says_the_customer_wants_by_a_day_is_the_reps_promise_in_four_languages():
    """The offer and its day as the note wrote them; a passed day is left out; a day named before "then" is used."""
    assert quote_promise("Wants written quote by Thursday, prefers email.", "en") == \
        "I'll send you the written quote by Thursday"
    assert quote_promise("Committee signs off on Wed 12 May, she needs the written quote before then.", "en") == \
        "I'll send you the written quote before Wed 12 May"
    assert quote_promise("Il veut un devis écrit d'ici vendredi prochain (5 mars).", "fr") == \
        "Je vous envoie le devis écrit d'ici vendredi prochain (5 mars)"
    assert quote_promise("Offre écrite d'ici vendredi.", "fr") == "Je vous envoie l'offre écrite d'ici vendredi"
    assert quote_promise("Angebot schriftl. bis Donnerstag.", "de") == \
        "Ich schicke Ihnen das schriftliche Angebot bis Donnerstag"
    assert quote_promise("Quiere cotización formal el martes 4 de mayo y visita a una planta.", "es") == \
        "Le envío la cotización formal el martes 4 de mayo"
    assert quote_promise("Angebot schriftl. bis morgen.", "de", dated=False) == \
        "Ich schicke Ihnen das schriftliche Angebot"
    # no day, a sentence going on after the day, or two days in the line: not this promise
    assert quote_promise("We sent the quote by email.", "en") == ""
    assert quote_promise("Quote by Friday looks fine to him", "en") == ""
    assert quote_promise("Directors meet Tue 11 May, he wants the revised proposal by Friday 7 May.", "en") == ""


def test_a_notes_wanted_offer_is_an_open_commitment_of_the_rep():
    """"Wants written quote by Thursday" in a call note: the rep owes it, said as the rep's own promise."""
    sources = [Source("message", 1, "Hi Bo,\n\nCan you price grease trap pumping for our sites?\n\nRosa",
                      datetime(2027, 4, 26, 9), "inbound"),
               Source("note", 2, "Call w/ Rosa. Wants written quote by Thursday.", datetime(2027, 4, 27, 9), "note")]
    state = build_state(sources, "UTC", datetime(2027, 4, 27, 15), customer_name="Rosa Ruiz")
    owed = [i for i in state.open("commitment") if i.direction == "note"]
    assert [i.text for i in owed] == ["I'll send you the written quote on Thursday"]


def test_a_count_after_pour_by_or_bis_is_no_day_of_a_wanted_offer():
    """"Veut un devis pour 3 sites" asks for an offer, but names no day the rep owes it by."""
    assert quote_promise("Veut un devis pour 3 sites.", "fr") == ""
    assert quote_promise("Needs a quote by 3 units of measure.", "en") == ""
    assert quote_promise("Will ein Angebot bis 3 Stück.", "de") == ""
    assert quote_promise("Needs a formal quote by 15 June.", "en") == "I'll send you the formal quote by 15 June"
    assert quote_promise("Braucht das Angebot bis 15. Juni.", "de") == "Ich schicke Ihnen das Angebot bis 15. Juni"


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


@pytest.mark.parametrize("quote, language, said", [
    # another document of the deal the customer wants by a day, in the four languages, with its own article
    ("He accepted verbally, wants contract by Fri.", "en", "I'll send you the contract by Fri"),
    ("will Vertrag bis Freitag", "de", "Ich schicke Ihnen den Vertrag bis Freitag"),
    ("veut le bon de commande d'ici jeudi", "fr", "Je vous envoie le bon de commande d'ici jeudi"),
    ("veut la facture avant vendredi", "fr", "Je vous envoie la facture avant vendredi"),
    ("Quiere contrato antes del viernes", "es", "Le envío el contrato antes del viernes"),
])
def test_a_deal_document_the_customer_wants_by_a_day_is_the_reps_promise(quote, language, said):
    assert quote_promise(quote, language) == said


def test_a_contract_the_customer_signs_and_sends_back_is_no_promise():
    assert quote_promise("needs the signed contract back by Friday for the board packet", "en") == ""
