"""What an acceptance settled: the order's own terms in its line, the offer and the negotiation it closed
(followup/drafting/accepted.py)."""
import re
from datetime import datetime

import pytest

from followup.drafting.accepted import conditions_met, counted, led_price, order_terms
from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Ana Ruiz", "ana@freight.example", "Ana Ruiz\nFreight Co")


@pytest.mark.parametrize("sentence, price, terms", [
    ("We agree with the EUR 4,520 for 12 months.", "EUR 4,520", "EUR 4,520 for 12 months"),
    ("Gut, dann Premium auf 3 Jahre zu EUR 19,40.", "EUR 19,40", "EUR 19,40 auf 3 Jahre"),
    ("D'accord pour 2 650 € par mois sur 36 mois.", "2 650 € par mois", "2 650 € par mois sur 36 mois"),
    ("Aceptamos USD 2.100 al mes por 36 meses.", "USD 2.100 al mes", "USD 2.100 al mes por 36 meses"),
    ("OK for 9 ha and EUR 108,900.", "EUR 108,900", "EUR 108,900 for 9 ha"),
    ("AED 352,800 with AED 2,500 excess is good, please proceed.", "", "AED 352,800 with AED 2,500 excess"),
    ("We accept GBP 4,600.", "GBP 4,600", "GBP 4,600"),
    ("Please go ahead and book the main hall for 220 at £44 a head.", "£44 a head", "£44 a head"),  # no unit
    ("Good, we accept.", "", ""),
])
def test_the_order_says_the_terms_its_acceptance_names_beside_the_price(sentence, price, terms):
    assert order_terms(sentence, price) == terms


def test_a_second_sum_without_a_preposition_leaves_the_price_unclear():
    assert led_price("EUR 9,000 and EUR 1,200 are fine.") == ""
    assert led_price("EUR 9,000 with a deposit of EUR 1,200 is fine.") == ""  # the first sum is not led, the second is no term


def test_an_offers_count_outside_brackets_and_sums_is_carried():
    assert counted("With excess AED 2,500 and 58 vehicles (6 vans removed) the premium is AED 352,800.",
                   {"352800", "2500"}) == ["58 vehicles"]
    assert counted("For a 12-month commitment of 6 containers a month we can do EUR 4,520.", {"4520"}) == \
        ["6 containers a month"]
    assert counted("For 150 rolls we can do NGN 36,800 per roll, payment 30 days.", {"36800"}) == ["150 rolls"]


def _draft(sources, now=datetime(2027, 8, 17, 8)):
    state = build_state(sources, "Europe/Amsterdam", now, customer_name="Joost Linden")
    return state, compose_state(state, customer_name="Joost Linden", thread_subject="Reefers", rep=REP).body


@pytest.mark.parametrize("offer, reply, said, day", [
    ("For a 12-month commitment of 6 containers a month we can do EUR 4,520 per container. The first sailing is on "
     "Friday 1 October.", "We agree with the EUR 4,520 for 12 months. Please send the contract.",
     "Great to hear you're going ahead at EUR 4,520 for 12 months, 6 containers a month.", "1 October"),
    ("Bei 12 Monaten Bindung und 6 Containern pro Monat bieten wir EUR 4.520 pro Container. Die erste Abfahrt ist am "
     "Freitag, 1. Oktober.", "Wir sind mit EUR 4.520 für 12 Monate einverstanden. Bitte schicken Sie den Vertrag.",
     "Schön, dass Sie zu EUR 4.520 für 12 Monate, 6 Containern pro Monat grünes Licht geben.", "1. Oktober"),
    ("Pour un engagement de 12 mois et 6 conteneurs par mois, nous pouvons faire 4 520 € par conteneur. Le premier "
     "départ est le vendredi 1er octobre.", "D'accord pour 4 520 € sur 12 mois. Merci d'envoyer le contrat.",
     "Ravi d'avoir votre accord à 4 520 € sur 12 mois, 6 conteneurs par mois.", "1er octobre"),
    ("Para un compromiso de 12 meses con 6 contenedores al mes podemos hacer USD 4.520 por contenedor. La primera "
     "salida es el viernes 1 de octubre.", "Aceptamos USD 4.520 por 12 meses. Envíenos el contrato, por favor.",
     "Me alegra que sigamos adelante por USD 4.520 por 12 meses, 6 contenedores al mes.", "1 de octubre"),
])
def test_the_order_line_says_what_was_ordered_and_the_offers_line_goes(offer, reply, said, day):
    _, body = _draft([Source("message", 1, f"Hello Joost,\n\n{offer}\n\nAna", datetime(2027, 8, 4, 10), "outbound"),
                      Source("message", 2, f"Hello Ana,\n\n{reply}\n\nJoost", datetime(2027, 8, 16, 7), "inbound")])
    assert said.lower() in body.lower(), body
    assert body.count("4") == 1, body  # the offer's line is not said again beside the order's
    assert day in body  # a line of the offer with no sum of money stays


@pytest.mark.parametrize("quote, order, reply", [
    ("Quote Q-114: total EUR 6,842.00 net, delivery in 10 working days from order.",
     "Our purchasing approved the order, PO 2027/1186 is attached.", "Can you invoice on the delivery date?"),
    ("Angebot Q-114: gesamt EUR 6.842,00 netto, Lieferung 10 Arbeitstage nach Bestellung.",
     "Wir bestellen, die Bestellung 2027/1186 liegt bei.", "Können Sie mit dem Lieferdatum fakturieren?"),
    ("Devis Q-114 : total 6 842,00 € HT, livraison 10 jours ouvrés après commande.",
     "Nous validons le devis, le bon de commande 2027/1186 est joint.", "Pouvez-vous facturer à la date de livraison ?"),
    ("Presupuesto Q-114: total 6.842,00 € netos, entrega 10 días hábiles desde el pedido.",
     "Aceptamos la propuesta, adjunto la orden 2027/1186.", "¿Pueden facturar con la fecha de entrega?"),
])
def test_a_quote_is_not_restated_once_the_order_on_it_is_booked(quote, order, reply):
    sources = [Source("message", 1, f"Hi,\n\n{quote}\n\nOliver", datetime(2027, 11, 9, 13), "outbound"),
               Source("message", 2, f"Hi,\n\n{order}\n\nAga", datetime(2027, 11, 26, 10), "inbound"),
               Source("message", 3, "Hi,\n\nThank you, the order is booked. Dispatch on Monday 6 December.\n\nOliver",
                      datetime(2027, 11, 29, 14), "outbound"),
               Source("message", 4, f"Hi,\n\n{reply}\n\nAga", datetime(2027, 11, 29, 16), "inbound")]
    state = build_state(sources, "Europe/Warsaw", datetime(2027, 11, 30, 8), customer_name="Aga Nowak")
    assert not any(i.source_id == 1 for i in state.open("term")), state.open("term")


def test_a_quote_stays_while_the_rep_has_not_confirmed_the_order():
    sources = [Source("message", 1, "Dear Reverend Hale,\n\nI propose a tuning contract at $2,400 per year.\n\nMartin",
                      datetime(2026, 12, 15, 16), "outbound"),
               Source("message", 2, "Dear Martin,\n\nThe vestry approved the tuning contract.\n\nCatherine",
                      datetime(2027, 1, 6, 14), "inbound"),
               Source("message", 3, "Dear Reverend Hale,\n\nWonderful news. I'll send the contract by Monday.\n\n"
                      "Martin", datetime(2027, 1, 7, 15), "outbound")]
    state = build_state(sources, "America/New_York", datetime(2027, 1, 14, 15), customer_name="Catherine Hale")
    assert any("$2,400" in i.quote for i in state.open("term")), state.open("term")


def test_a_quote_stays_while_the_customer_has_not_ordered():
    sources = [Source("message", 1, "Hi,\n\nQuote Q-114: total EUR 6,842.00 net, delivery in 10 working days.\n\n"
                      "Oliver", datetime(2027, 11, 9, 13), "outbound"),
               Source("message", 2, "Hi,\n\nCan the tips be sterile?\n\nAga", datetime(2027, 11, 26, 10), "inbound"),
               Source("message", 3, "Hi,\n\nI'm asking the supplier.\n\nOliver", datetime(2027, 11, 29, 14), "outbound")]
    state = build_state(sources, "Europe/Warsaw", datetime(2027, 11, 30, 8), customer_name="Aga Nowak")
    assert any(i.source_id == 1 for i in state.open("term"))


@pytest.mark.parametrize("note, settled", [
    ("Tel. Huber: will 8 % Nachlass wegen Menge. Angeboten 4 % -> EUR 30,62/Std., er ist einverstanden.", "8 %"),
    ("Call Huber: wants 8% off for volume. Offered 4% -> EUR 30.62/h, he agreed.", "8%"),
    ("Appel Huber : veut 8 % de remise. Proposé 4 % -> 30,62 €/h, il est d'accord.", "8 %"),
    ("Llamada Huber: quiere 8 % de descuento. Ofrecido 4 % -> 30,62 €/h, está de acuerdo.", "8 %"),
])
def test_a_negotiation_the_customer_agreed_on_the_call_is_not_said_again(note, settled):
    sources = [Source("note", 1, note, datetime(2027, 10, 20, 14), "note"),
               Source("message", 2, "Hallo,\n\nKönnen Sie ab 6. Dezember 4 Personen mehr schicken?\n\nHuber",
                      datetime(2027, 11, 24, 9), "inbound")]
    state = build_state(sources, "Europe/Berlin", datetime(2027, 11, 29, 9), customer_name="Florian Huber")
    assert not any(settled in i.quote for i in state.open()), state.open()


def test_the_price_a_note_says_the_customer_accepted_stays():
    sources = [Source("note", 1, "Tél. avec Mme Benhamou : je lui ai proposé 1 180 € HT par passage. Nuit : oui, "
                      "majoration 15 % -> elle accepte.", datetime(2027, 1, 5, 14), "note"),
               Source("message", 2, "Bonjour,\n\nJ'attends toujours votre récapitulatif écrit.\n\nSamia",
                      datetime(2027, 1, 12, 8), "inbound")]
    state = build_state(sources, "Europe/Paris", datetime(2027, 1, 13, 9), customer_name="Samia Benhamou")
    assert not [i for i in state.items if i.status == "kept" and i.source_kind == "note"], state.items


def test_a_negotiation_in_the_newest_note_stays_to_be_confirmed():
    """The customer has not written since the call: the offer and the price he agreed to stay to be confirmed, while
    his own ask, answered by the counter-offer in the same note, is not said again (countered.py)."""
    sources = [Source("message", 1, "Hi,\n\nWhat does it cost per hour?\n\nHuber", datetime(2027, 10, 11, 9), "inbound"),
               Source("note", 2, "Call Huber: wants 8% off for volume. Offered 4% -> EUR 30.62/h, he agreed.",
                      datetime(2027, 10, 20, 14), "note")]
    state = build_state(sources, "Europe/Berlin", datetime(2027, 10, 21, 9), customer_name="Florian Huber")
    still = [i.quote for i in state.open()]
    assert any("4%" in q for q in still) and any("30.62" in q for q in still), still
    assert not any("8%" in q for q in still), still


def test_the_day_the_offer_starts_on_goes_into_the_orders_line():
    from followup.drafting.accepted import dated
    assert dated("We can do three weeks, 75 spots, for $6,900, starting Monday May 8.", "$6,900 for 75 spots") == \
        ["starting Monday May 8"]
    assert dated("Lieferung in 6 Wochen, ab Montag, 8. Mai, für EUR 6.900.", "EUR 6.900") == ["ab Montag, 8. Mai"]
    assert dated("Wir liefern ab Montag für EUR 6.900.", "EUR 6.900") == []  # a sentence, not a phrase
    assert dated("Three weeks for $6,900.", "$6,900") == []


@pytest.mark.parametrize("offer, said", [
    ("Offered 3% discount if order by 15 June -> HUF 45.4m.", "Offered 3% discount -> HUF 45.4m."),
    ("3 % Rabatt bei Bestellung bis 15. Juni.", "3 % Rabatt."),
    ("Remise de 3 % si commande avant le 15 juin.", "Remise de 3 %."),
    ("3 % de descuento si pide antes del 15 de junio.", "3 % de descuento."),
])
def test_an_offer_condition_the_order_met_is_not_offered_again(offer, said):
    """Once the customer ordered, 'if order by 15 June' is met: the discount stays, its condition goes."""
    at = datetime(2028, 5, 19)
    line = Item(kind="term", text=offer, quote=offer, source_kind="note", source_id=1, at=at, direction="note")
    order = Item(kind="order", text="", quote="we order", source_kind="message", source_id=2, at=at, direction="inbound")
    assert conditions_met([line, order])[0].quote == said
    assert conditions_met([line])[0].quote == offer  # no order yet: the condition still holds


def test_a_contract_to_sign_by_a_day_is_still_to_come_after_the_order():
    """'if the contract is signed by 14 April' is not met by a yes: the day stays with the price."""
    at = datetime(2028, 5, 19)
    offer = "The price is GBP 149 B&B if the contract is signed by 14 April."
    line = Item(kind="term", text=offer, quote=offer, source_kind="message", source_id=1, at=at, direction="outbound")
    order = Item(kind="order", text="", quote="we book", source_kind="message", source_id=2, at=at, direction="inbound")
    assert conditions_met([line, order])[0].quote == offer


@pytest.mark.parametrize("validity, reply", [
    ("The quote is valid 90 days.", "To issue the PO we need the signed quote. Could you send it by June 9?"),
    ("Das Angebot ist 30 Tage gültig.", "Wir sind mit EUR 4.520 einverstanden. Bitte schicken Sie den Vertrag."),
    ("L'offre est valable 30 jours.", "Nous validons le devis. Merci d'envoyer le contrat."),
    ("La oferta es válida por 30 días.", "Aceptamos la propuesta. Envíenos el contrato, por favor."),
])
def test_the_offers_validity_is_not_said_again_once_the_customer_said_yes(validity, reply):
    state, body = _draft([
        Source("message", 1, f"Hello Joost,\n\nThe price is EUR 4,520 per container.\n\n{validity}\n\nAna",
               datetime(2027, 8, 4, 10), "outbound"),
        Source("message", 2, f"Hello Ana,\n\n{reply}\n\nJoost", datetime(2027, 8, 16, 7), "inbound")])
    assert not any(validity.rstrip(".") in i.quote for i in state.open()), state.open()
    assert not re.search(r"valid|gültig|valable|válida", body, re.I), body


def test_the_day_an_offer_is_valid_until_stays_while_the_order_is_on_its_way():
    state, body = _draft([
        Source("message", 1, "Hello Joost,\n\nThe price is EUR 4,520 per container.\n\nThis price is valid until 4 "
               "September.\n\nAna", datetime(2027, 8, 4, 10), "outbound"),
        Source("message", 2, "Hello Ana,\n\nWe agree with the price. Please send the contract.\n\nJoost",
               datetime(2027, 8, 16, 7), "inbound")])
    assert any("4 September" in i.quote for i in state.open()), state.open()


def test_a_question_the_accepted_offer_answered_is_not_handed_back():
    state, body = _draft([
        Source("message", 1, "Hello Joost,\n\nThe price is EUR 4,800 per container.\n\nAna", datetime(2027, 8, 2, 10),
               "outbound"),
        Source("message", 2, "Hello Ana,\n\nOur budget is EUR 4,600. Can you make it fit?\n\nJoost",
               datetime(2027, 8, 3, 10), "inbound"),
        Source("message", 3, "Hello Joost,\n\nFor a 12-month commitment we can do EUR 4,520.\n\nAna",
               datetime(2027, 8, 4, 10), "outbound"),
        Source("message", 4, "Hello Ana,\n\nWe agree with EUR 4,520. Can you start in October?\n\nJoost",
               datetime(2027, 8, 16, 7), "inbound")])
    assert "make it fit" not in body, body
    assert "start in October" in body, body  # the question of the accepting email is still open


def test_a_question_asked_again_beside_the_yes_stays_open():
    state, _ = _draft([
        Source("message", 1, "Hello Joost,\n\nThe price is EUR 4,800 per container.\n\nAna", datetime(2027, 8, 2, 10),
               "outbound"),
        Source("message", 2, "Hello Ana,\n\nCan you supply pre-stretched film for our manual line?\n\nJoost",
               datetime(2027, 8, 3, 10), "inbound"),
        Source("message", 3, "Hello Joost,\n\nFor a 12-month commitment we can do EUR 4,520.\n\nAna",
               datetime(2027, 8, 4, 10), "outbound"),
        Source("message", 4, "Hello Ana,\n\nWe accept EUR 4,520. Kindly also advise on the pre-stretched film for the "
               "manual line, you did not respond on it.\n\nJoost", datetime(2027, 8, 16, 7), "inbound")])
    assert any("pre-stretched" in i.quote and i.source_id == 2 for i in state.open()), state.open()


@pytest.mark.parametrize("reply, said", [
    ("To issue the PO we need a signed quote for 85 units, plus your certificate of insurance. Could you get both to "
     "me by Friday?", "the signed quote for 85 units and our certificate of insurance"),
    ("Für die Bestellung brauchen wir ein unterschriebenes Angebot und eine Versicherungsbestätigung. Können Sie mir "
     "beides bis Freitag schicken?", "ein unterschriebenes Angebot und eine Versicherungsbestätigung"),
])
def test_both_in_a_request_after_a_yes_names_the_things_the_sentence_before_needs(reply, said):
    _, body = _draft([
        Source("message", 1, "Hello Joost,\n\nThe price is EUR 4,520 per container.\n\nAna", datetime(2027, 8, 4, 10),
               "outbound"),
        Source("message", 2, f"Hello Ana,\n\nWe accept the offer. {reply}\n\nJoost", datetime(2027, 8, 16, 7),
               "inbound")])
    assert said in body, body
    assert body.count(said.split()[-1]) == 1, body  # the sentence that named them is not noted back beside it


def test_an_order_still_to_come_from_purchasing_is_a_go_ahead_not_an_order():
    """"The order will come from our purchasing team": nothing is ordered yet, so nothing is thanked for as one."""
    _, body = _draft([
        Source("message", 1, "Hello Joost,\n\nThe price is EUR 4,520 per container.\n\nAna",
               datetime(2027, 8, 4, 10), "outbound"),
        Source("message", 2, "Hello Ana,\n\nThe board approved your offer. The order will come from our purchasing "
               "team next week.\n\nJoost", datetime(2027, 8, 16, 7), "inbound")])
    assert "Thank you for your order" not in body, body
    assert "going ahead" in body, body
