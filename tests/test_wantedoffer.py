"""The offer or deal document a call note says the customer wants by a day, as the rep's promise."""
import pytest

from followup.drafting.wantedoffer import quote_promise


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


def test_a_count_after_pour_by_or_bis_is_no_day_of_a_wanted_offer():
    """"Veut un devis pour 3 sites" asks for an offer, but names no day the rep owes it by."""
    assert quote_promise("Veut un devis pour 3 sites.", "fr") == ""
    assert quote_promise("Needs a quote by 3 units of measure.", "en") == ""
    assert quote_promise("Will ein Angebot bis 3 Stück.", "de") == ""
    assert quote_promise("Needs a formal quote by 15 June.", "en") == "I'll send you the formal quote by 15 June"
    assert quote_promise("Braucht das Angebot bis 15. Juni.", "de") == "Ich schicke Ihnen das Angebot bis 15. Juni"


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


@pytest.mark.parametrize("quote, language, said", [
    ("Contract to Harbour Bakeries Pty Ltd by Thursday.", "en",
     "I'll send you the contract made out to Harbour Bakeries Pty Ltd by Thursday"),
    ("Vertrag an die Lindenhof Hotel GmbH bis Freitag.", "de",
     "Ich schicke Ihnen den Vertrag auf die Lindenhof Hotel GmbH bis Freitag"),
    ("Bon de commande à la Cave Dorée SARL d'ici mardi.", "fr",
     "Je vous envoie le bon de commande au nom de la Cave Dorée SARL d'ici mardi"),
    ("Contrato a Ferretería Monte S.L. para el lunes.", "es",
     "Le envío el contrato a nombre de Ferretería Monte S.L. para el lunes"),
])
def test_a_deal_document_a_note_sends_to_a_firm_by_a_day_is_promised_in_the_firms_name(quote, language, said):
    """"Contract to ... Ltd by Friday": whose name the document bears is the point, said with the promise; once the
    day has passed, without it."""
    assert quote_promise(quote, language) == said
    assert quote_promise(quote, language, dated=False).endswith(("Pty Ltd", "GmbH", "SARL", "S.L."))


def test_a_document_to_a_person_named_in_full_is_no_firm():
    """A name with no legal form closing it may be a colleague: nothing is promised in it."""
    assert quote_promise("Contract to Anna Berg by Friday.", "en") == ""
    assert quote_promise("Vertrag an Jonas Keller bis Freitag.", "de") == ""


@pytest.mark.parametrize("quote, language, said", [
    # a revised document on a note's line, in the four languages, its adjective kept
    ("Devis corrigé d'ici jeudi.", "fr", "Je vous envoie le devis corrigé d'ici jeudi"),
    ("Aktualisiertes Angebot bis Montag.", "de", "Ich schicke Ihnen das aktualisierte Angebot bis Montag"),
    ("Propuesta actualizada para el lunes.", "es", "Le envío la propuesta actualizada para el lunes"),
    # an English line with a second thing sent, or its weekday alone or after "on"
    ("Updated proposal and site plan by Tue.", "en", "I'll send you the updated proposal and the site plan by Tue"),
    ("Draft contract on Mon.", "en", "I'll send you the draft contract on Mon"),
    ("Order confirmation Thu afternoon.", "en", "I'll send you the order confirmation on Thu afternoon"),
])
def test_a_note_line_of_a_document_and_its_day_is_the_reps_promise(quote, language, said):
    assert quote_promise(quote, language) == said


def test_a_documents_line_that_goes_on_or_names_a_verb_is_no_promise():
    """"Quote and contract signed by Fri" is the customer's signing; "Invoice Mon was paid" no sending."""
    assert quote_promise("Quote and contract signed by Fri.", "en") == ""
    assert quote_promise("Invoice Mon was paid.", "en") == ""
    assert quote_promise("Contract on Friday looked fine to her.", "en") == ""
