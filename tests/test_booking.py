"""A yes said as a booking, a take, a bare confirmation or close, or the price said fine
(followup/drafting/booking.py)."""
import pytest

from followup.drafting.acceptance import accepts
from followup.drafting.booking import is_booking, is_pilot, order_to_come, pilot_terms, takes


@pytest.mark.parametrize("sentence", [
    "Great, we'd like to book.",
    "Ok we take Lulwa.",
    "We confirm the inside back cover for May, June and July.",
    "SEK 136,000 is ok.",
    "Derek, fine, $6,900 for 75 spots.",
    "$32,900 x 5 works.",
    "Wir haben uns besprochen und nehmen die Loge.",
    "Wir buchen fix.",
    "EUR 8.420 passt.",
    "C'est bon pour nous.",
    "Nous réservons la salle du haut.",
    "¡La junta ha aprobado! Confirmamos.",
    "Cerramos en ARS 3.300.000.",
    "Reservadlo ya, por favor.",
])
def test_a_booking_a_take_a_close_or_the_price_said_fine_accepts(sentence):
    assert takes(sentence) and accepts(sentence)


@pytest.mark.parametrize("sentence", [
    "Si es posible, reservadlo ya.",             # a yes on a condition
    "If the weather holds, we'd like to book.",
    "We take the VL-90, but 10 cases, not 8.",   # taken with a change
    "Wir nehmen die SS-HD, aber 8 Segel statt 6.",
    "Confirmamos que somos 20.",                 # a detail confirmed, not the offer
    "The work costs USD 5,000 for the work.",    # "work" is no "works"
    "We take it you got our plans.",
    "Can we book the Friday?",                   # a question accepts nothing (accepts)
    "LabelJet 4000, EUR 46,500 ex-works.",       # a price term, not "works"
    "Ya cerramos con otro proveedor.",           # closed with someone else
])
def test_a_condition_a_detail_or_a_question_is_no_yes(sentence):
    assert not accepts(sentence)


@pytest.mark.parametrize("sentence, booking", [
    ("Great, we'd like to book.", True),
    ("Wir buchen fix.", True),
    ("Nous réservons la salle.", True),
    ("Reservadlo ya.", True),
    ("We accept GBP 4,600.", False),
])
def test_a_booking_is_told_apart_from_an_order(sentence, booking):
    assert is_booking(sentence) is booking


@pytest.mark.parametrize("text, coming", [
    ("To issue the PO we need a signed quote and your certificate of insurance.", True),
    ("Bitte schicken Sie mir die Auftragsbestätigung, dann kann unser Einkauf bestellen.", True),
    ("Pour émettre le bon de commande, il nous faut votre attestation d'assurance.", True),
    ("Para emitir la orden de compra necesitamos la cotización firmada.", True),
    ("Do we need to issue a PO for this?", False),          # a question says nothing is coming
    ("We issued a PO to another supplier last year.", False),
    ("I want to place the order before 16 April, please send the final offer.", False),  # an offer still to come
])
def test_purchasing_about_to_order_once_the_paperwork_is_in_is_a_go_ahead(text, coming):
    assert order_to_come(text) is coming


@pytest.mark.parametrize("quote, terms", [
    ("Pilot agreed in principle: 10 vans for 60 days, free installation for the pilot.",
     "10 vans for 60 days, free installation"),
    ("Pilotbetrieb: 5 Geräte für 30 Tage, kostenlos im Pilotbetrieb.", "5 Geräte für 30 Tage, kostenlos"),
    ("Pilote : 3 sites pendant 8 semaines.", "3 sites pendant 8 semaines"),
    ("Piloto de 20 camiones durante 45 días.", "Piloto de 20 camiones durante 45 días"),
    ("Para el piloto de 12 motos con segunda batería: COP 171.600.000 IVA incluido.",
     "12 motos con segunda batería, COP 171.600.000 IVA incluido"),
    ("For the pilot with 10 vans: EUR 900 a month.", "10 vans, EUR 900 a month"),
    ("Pilot agreed in principle, details to follow.", ""),   # no figure: no terms
    ("10 vans for 60 days.", ""),                            # no pilot named
])
def test_a_pilots_terms_are_read_from_the_line_that_names_it(quote, terms):
    assert pilot_terms(quote) == terms


def test_a_pilot_is_told_apart_from_an_order():
    assert is_pilot("Our director agreed to the pilot.") and is_pilot("Aceptamos el piloto.")
    assert not is_pilot("We accept the offer.")
