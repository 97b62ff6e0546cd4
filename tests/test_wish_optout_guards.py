"""The look-alikes that hold a certain opt-out back (followup/text/wish_optout_guards.py)."""
import pytest

from followup.text.wish_base import guarded
from followup.text.wish_optout_guards import DNC_G, RELAYED_TO_REP


def test_telling_a_courier_whom_not_to_ring_on_site_is_no_opt_out():
    assert guarded("Please ask your courier not to call the shop number when he gets here.", DNC_G)
    assert not guarded("Please ask your courier not to call me again.", DNC_G)


@pytest.mark.parametrize("sentence", [
    "Our previous supplier wouldn't stop emailing us.",  # a report about another sender
    "I told the last three vendors to stop emailing me.",  # what the customer told others
    "If you no longer wish to receive these emails, update your preferences below.",  # a sender's footer
])
def test_a_report_or_a_footer_holds_an_opt_out_back(sentence):
    assert guarded(sentence, DNC_G)


def test_a_request_relayed_to_the_rep_on_someones_behalf_is_read_as_such():
    assert RELAYED_TO_REP.search("My boss asked me to tell you to stop contacting him.")
    assert not RELAYED_TO_REP.search("Please stop contacting me.")


@pytest.mark.parametrize("sentence", [
    "Pour ne plus recevoir nos offres, rendez-vous sur notre-site.example/desinscription.",
    "Para dejar de recibir este boletín, haga clic aquí.",
    "Um keine Angebote mehr zu erhalten, klicken Sie hier.",
    "Per non ricevere più le nostre offerte clicca sul link in fondo.",
    "To stop receiving these updates visit shop.example.com/prefs.",
])
def test_a_footer_that_says_where_to_go_to_stop_receiving_holds_an_opt_out_back(sentence):
    assert guarded(sentence, DNC_G)


def test_an_email_address_is_no_footer():
    assert not guarded("Bitte keine Werbung mehr an einkauf@hof.example.de schicken.", DNC_G)


@pytest.mark.parametrize("sentence", [
    "¿Me podrías dar de baja la domiciliación de la cuota anual? Ahora pagamos por transferencia.",
    "Könnten Sie die Lastschrift bitte abmelden, wir zahlen künftig per Überweisung.",
    "Pouvez-vous désinscrire le prélèvement automatique du club ?",
    "Kun je het incasso afmelden? We betalen voortaan zelf.",
    "Could you unsubscribe the shop from the recurring billing, please?",
])
def test_a_payment_or_order_cancelled_holds_an_opt_out_back(sentence):
    assert guarded(sentence, DNC_G)


@pytest.mark.parametrize("sentence", [
    "Por favor, darme de baja de su lista de correo.",
    "Bitte melden Sie mich von Ihrem Newsletter ab.",
])
def test_the_writer_taken_off_a_list_is_no_payment(sentence):
    assert not guarded(sentence, DNC_G)


@pytest.mark.parametrize("sentence", [
    "Blijkbaar kan ze zich nergens afmelden voor onze nieuwsbrief.",  # a third person, the writer's own list
    "Wie kann sich ein Gast von unserem Newsletter abmelden?",
    "Apparently guests cannot unsubscribe from our newsletter.",
    "Al parecer no puede darse de baja de nuestro boletín.",
])
def test_leaving_the_writers_own_list_holds_an_opt_out_back(sentence):
    assert guarded(sentence, DNC_G)


@pytest.mark.parametrize("sentence", [
    "Ik wil me afmelden voor jullie nieuwsbrief.",
    "Bitte melden Sie mich von Ihrem Newsletter ab.",
])
def test_the_writer_leaving_the_reps_list_is_not_held_back(sentence):
    assert not guarded(sentence, DNC_G)
