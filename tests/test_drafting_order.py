"""The order in force, the deposit announced and what the acceptance settled (followup/drafting/order.py)."""
import re
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.order import needed_document, price_in_force
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Ana Ruiz", "ana@pumps.example", "Ana Ruiz\nPumps Co")

OFFERS = {
    "en": "Hi,\n\nFor the two pumps the price is USD 17,556, delivery 6 weeks from order.\n\nAna",
    "de": "Guten Tag,\n\nFür die zwei Pumpen offerieren wir CHF 17'556, Lieferung 6 Wochen nach Bestellung.\n\nAna",
    "fr": "Bonjour,\n\nPour les deux pompes, le prix est de 17 556 € HT, livraison 6 semaines après commande.\n\nAna",
    "es": "Hola,\n\nPara las dos bombas el precio es de USD 17.556, entrega 6 semanas después del pedido.\n\nAna",
}


def state_of(reply: str, language: str = "en", offer: str = "", first: str = ""):
    sources = ([Source("message", 1, first, datetime(2027, 3, 1, 9), "inbound")] if first else []) + [
        Source("message", 2, offer or OFFERS[language], datetime(2027, 3, 2, 9), "outbound"),
        Source("message", 3, reply, datetime(2027, 3, 5, 9), "inbound")]
    return build_state(sources, "Europe/Madrid", datetime(2027, 3, 8, 9), customer_name="Pau Ferrer")


def draft(reply: str, language: str = "en", offer: str = "", first: str = "") -> str:
    state = state_of(reply, language, offer, first)
    return compose_state(state, customer_name="Pau Ferrer", thread_subject="Pumps", rep=REP).body


@pytest.mark.parametrize("language, reply, said", [
    ("en", "Hi Ana,\n\nWe agree the price, please go ahead.\n\nPau", "Thank you for your order."),
    ("en", "Hi Ana,\n\nWe'll take the two units.\n\nPau", "Thank you for your order."),
    ("de", "Guten Tag,\n\nWir bestellen die zwei Pumpen.\n\nPau", "Vielen Dank für Ihren Auftrag."),
    ("de", "Guten Tag,\n\nDer Auftrag ist erteilt.\n\nPau", "Vielen Dank für Ihren Auftrag."),
    ("fr", "Bonjour,\n\nNous validons le devis.\n\nPau", "Merci pour votre commande."),
    ("fr", "Bonjour,\n\nBon pour accord.\n\nPau", "Merci pour votre commande."),
    ("es", "Hola,\n\nAceptamos la propuesta.\n\nPau", "Gracias por su pedido."),
    ("es", "Hola,\n\nAdelante con el pedido.\n\nPau", "Gracias por su pedido."),
])
def test_an_order_opens_the_draft_in_the_customers_language_and_says_the_price_once(language, reply, said):
    body = draft(reply, language)
    assert body.split("\n\n")[1].lower().startswith(said.lower()), body  # "vielen Dank" after "Guten Tag X,"
    assert body.count("17") == 1, body  # the offer's line says the price; the order line does not repeat it
    assert reply.split("\n\n")[1] not in body  # the accepting sentence is not said back


@pytest.mark.parametrize("reply", [
    "Hi Ana,\n\nBefore we order, can you do USD 16,000?\n\nPau",
    "Hi Ana,\n\nWe would go ahead if you can do USD 16,000.\n\nPau",
    "Guten Tag,\n\nBevor wir bestellen, möchte unser Mechaniker die Liste prüfen.\n\nPau",
    "Hi Ana,\n\nI want to place the order before April, please send the final offer.\n\nPau",
])
def test_a_condition_or_an_order_still_to_come_is_no_order(reply):
    assert not state_of(reply).open("order")


def test_the_order_keeps_the_offer_it_accepts_for_explain():
    order = state_of("Hi Ana,\n\nWe agree the price.\n\nPau").open("order")[0]
    data = order.as_dict()
    assert (data["kind"], data["text"], data["by"]) == ("order", "USD 17,556", "message:2")
    assert data["source"] == {"kind": "message", "id": 3, "quote": "We agree the price."}


def test_the_acceptance_settles_the_request_for_a_quote_and_asks_nothing_again():
    body = draft("Hi Ana,\n\nWe accept the offer.\n\nPau",
                 first="Hi,\n\nPlease send us a quote for two pumps.\n\nPau")
    assert "quote" not in body.split("\n\n", 1)[1].lower().split("thank you for your order")[1], body
    assert "I'll keep you posted as the order goes ahead." in body
    assert "anything has changed" not in body


@pytest.mark.parametrize("language, reply, said", [
    ("fr", "Bonjour,\n\nC'est validé, nous versons l'acompte dès réception de la facture.\n\nPau",
     "Je vous envoie la facture d'acompte."),
    ("en", "Hi Ana,\n\nWe accept. We have paid the deposit today.\n\nPau",
     "Thank you for the deposit; I'll confirm as soon as it has arrived."),
    ("de", "Guten Tag,\n\nPasst so, die Anzahlung ist überwiesen.\n\nPau",
     "Vielen Dank für die Anzahlung; ich bestätige Ihnen den Eingang, sobald sie da ist."),
    ("es", "Hola,\n\nAceptamos, transferimos el anticipo esta semana.\n\nPau",
     "Gracias por el anticipo; le confirmo la recepción en cuanto llegue."),
])
def test_an_announced_deposit_is_taken_up(language, reply, said):
    assert said in draft(reply, language)


def test_a_deposit_asked_about_is_no_payment():
    assert not state_of("Hi Ana,\n\nCan we pay the deposit only in January?\n\nPau").open("payment")


@pytest.mark.parametrize("accepting, offer, price", [
    ("C'est validé pour 34 900 € HT.", "Avec inox : 34 900 € HT.", "34 900 €"),
    ("We agree.", "USD 2,980 each, USD 89,400 in total.", "USD 89,400"),
    ("We agree.", "Total CHF 72'700 exkl. MwSt.", "CHF 72'700"),
    ("We agree.", "USD 14,900 per cage; mooring USD 38,000.", ""),
    ("We accept NGN 36,800 per roll for 150 rolls monthly.", "", "NGN 36,800 per roll"),
    ("Approved at £2,290/week.", "", "£2,290/week"),
    ("We'll go with the navy one and the trade-in at €3,800.", "", ""),
    ("Great, we'll take it with the printer.", "A printer is optional at £180.", ""),
])
def test_the_price_in_force_is_the_one_named_or_the_total(accepting, offer, price):
    assert price_in_force(accepting, offer) == price


@pytest.mark.parametrize("reply", [
    "Hi Ana,\n\nWe'd like to go ahead but only with one pump.\n\nPau",
    "Hi Ana,\n\nApproved, we now need 3 pumps.\n\nPau",
    "Hola,\n\nNos han aprobado la ampliación, así que volvemos a las 3 bombas.\n\nPau",
])
def test_an_acceptance_that_changes_the_deal_is_no_order_of_the_offer(reply):
    assert not state_of(reply, offer="Hi,\n\nFor 2 pumps the price is USD 17,556.\n\nAna").open("order")


def test_the_order_line_names_the_price_the_recap_does_not():
    body = draft("Hi Ana,\n\nWe accept USD 17,556.\n\nPau", offer="Hi,\n\nFor the two pumps: USD 17,556.\n\nAna")
    assert "USD 17,556" in body
    state = state_of("Hi Ana,\n\nWe accept USD 17,556.\n\nPau")
    from followup.drafting.order import order_line
    from followup.drafting.phrases import phrases
    assert order_line(state, phrases("en")) == "Thank you for your order at USD 17,556."
    assert order_line(state, phrases("en"), ["The price is USD 17,556."]) == "Thank you for your order."


def test_an_approval_by_the_customers_board_is_still_noted_back():
    """'Our board approved the package': who decided is news for the rep to take up, the bare 'we agree' is not."""
    body = draft("Hi Ana,\n\nOur board approved the package already.\n\nPau")
    assert body.split("\n\n")[1].startswith("Thank you for your order."), body
    assert "board" in body, body


@pytest.mark.parametrize("language, sentence, doc", [
    ("de", "Frau Bühler braucht noch eine formelle Auftragsbestätigung mit Liefertermin.",
     "eine formelle Auftragsbestätigung mit Liefertermin"),
    ("fr", "Il nous faut le bon de commande et une date de début.", "le bon de commande et une date de début"),
    ("es", "Necesitamos la factura proforma para el banco.", "la factura proforma"),
    ("en", "Our accountant needs an order confirmation.", "the order confirmation"),
    ("en", "Do you need a purchase order form?", ""),
    ("en", "We need the machines before March.", ""),
])
def test_a_document_the_order_email_still_needs_is_read_in_four_languages(language, sentence, doc):
    assert needed_document(sentence, language) == doc


def test_the_rep_sends_what_the_order_email_still_needs_and_does_not_note_it_back():
    body = draft("Bonjour,\n\nC'est accepté. Il nous faut le bon de commande et une date de début.\n\nPau", "fr")
    assert body.split("\n\n")[1].startswith("Merci pour votre commande."), body
    assert "Je vous envoie le bon de commande et une date de début." in body
    assert "Il nous faut" not in body and "C'est noté" not in body, body


def test_an_acceptance_without_a_figure_takes_the_price_its_email_names_not_an_older_offer():
    reply = "Moin,\n\nder Kunde ist einverstanden. Bitte buchen Sie die Abfahrt zu EUR 8.420.\n\nJens"
    order = state_of(reply, "de", offer="Guten Tag,\n\nOpen Top 40', EUR 7.950.\n\nKatrin").open("order")[0]
    assert order.text == "EUR 8.420"


def test_a_call_note_that_prices_the_offer_again_leaves_the_older_emailed_price_out_of_the_order():
    sources = [Source("message", 1, "Hi,\n\nThe price is USD 7,950.\n\nAna", datetime(2027, 3, 1, 9), "outbound"),
               Source("note", 2, "Call: new rate USD 8,420 from the carrier.", datetime(2027, 3, 3, 9), "note"),
               Source("message", 3, "Hi Ana,\n\nWe agree, please go ahead.\n\nPau", datetime(2027, 3, 5, 9), "inbound")]
    state = build_state(sources, "Europe/Madrid", datetime(2027, 3, 8, 9), customer_name="Pau Ferrer")
    assert state.open("order")[0].text == ""


@pytest.mark.parametrize("promise, said", [
    ("Le preparo el contrato marco cuando me confirme.", "le preparo el contrato marco"),
    ("I'll book the truck once you confirm.", "book the truck"),
    ("Je prépare le contrat dès votre validation.", "contrat"),
    ("Den Vertrag schicke ich Ihnen, sobald Sie zusagen.", "Vertrag"),
])
def test_the_reps_promise_waiting_on_the_customers_yes_is_said_without_its_wait_once_they_order(promise, said):
    from followup.drafting.items import Item
    from followup.drafting.order import unconditioned
    item = unconditioned(Item(kind="commitment", text=promise.rstrip("."), quote=promise, source_kind="message",
                              source_id=2, at=datetime(2027, 3, 2), direction="outbound"))
    assert said.lower() in item.text.lower()
    assert not re.search(r"confirm|validation|zusagen", item.text, re.I), item.text


def test_a_decision_the_note_said_was_put_off_is_settled_by_the_order():
    sources = [Source("message", 1, "Hola,\n\nPlan anual: USD 3.200.\n\nFlor", datetime(2027, 3, 1, 9), "outbound"),
               Source("note", 2, "Llamé. Decide después de las vacaciones de invierno.", datetime(2027, 3, 2, 9), "note"),
               Source("message", 3, "Hola Flor:\n\nVamos con el plan anual.\n\nMartín", datetime(2027, 3, 5, 9), "inbound")]
    state = build_state(sources, "America/Argentina/Buenos_Aires", datetime(2027, 3, 8, 9), customer_name="Martín Gómez")
    assert state.open("order")
    assert not any("vacaciones" in i.quote for i in state.open() if i.kind != "order"), state.open()


def test_a_written_offer_the_order_email_still_needs_is_sent():
    assert needed_document("Ich brauche dafür noch das Angebot schriftlich mit der neuen Abfahrt.", "de") == \
        "das Angebot schriftlich mit der neuen Abfahrt"


@pytest.mark.parametrize("language, hold, reply", [
    ("en", "I'll hold the date for you for two weeks.", "Hi Ana,\n\nPlease go ahead and book it.\n\nPau"),
    ("fr", "Je vous garde le bureau jusqu'au 31 août.", "Bonjour,\n\nLe conseil a donné son accord.\n\nPau"),
    ("es", "Le reservo la fecha hasta el viernes.", "Hola,\n\nAdelante con el pedido.\n\nPau"),
])
def test_the_reps_hold_is_over_once_the_customer_orders(language, hold, reply):
    offer = OFFERS[language].replace("\n\nAna", f" {hold}\n\nAna")
    state = state_of(reply, language, offer=offer)
    assert state.open("order"), state.items
    assert not any(hold.rstrip(".") in i.quote for i in state.open()), state.open()


def test_an_extended_hold_is_over_too_when_the_customer_books_with_a_new_count():
    offer = "Guten Tag,\n\nFür 2 Pumpen CHF 17'556. Die Reservierung verlängere ich bis Dienstag, 31. August.\n\nAna"
    state = state_of("Guten Tag,\n\nDie Geschäftsführung hat zugestimmt, wir buchen fix, jetzt 3 Pumpen.\n\nPau", "de",
                     offer=offer)
    assert not any("Reservierung" in i.quote for i in state.open()), state.open()


@pytest.mark.parametrize("offer, note, reply, old", [
    ("Hola,\n\nPlan Clínica, USD 8 por profesional por mes (40 profesionales, USD 320 por mes).\n\nFlor",
     "Pago anual: 2 meses bonificados -> USD 3.200 por año.",
     "Hola Flor,\n\nVamos con el plan anual a USD 3.200.\n\nPau", "USD 320"),
    ("Hi,\n\nThe team plan is EUR 29 per user a month, EUR 1,218 a month for 42 users.\n\nAna",
     "Call: annual prepay -> EUR 13,400 a year.",
     "Hi Ana,\n\nWe go with the annual plan at EUR 13,400.\n\nPau", "EUR 1,218"),
])
def test_the_offers_lines_priced_at_what_the_order_left_behind_are_out_of_force(offer, note, reply, old):
    sources = [Source("message", 1, offer, datetime(2027, 3, 1, 9), "outbound"),
               Source("note", 2, note, datetime(2027, 3, 3, 9), "note"),
               Source("message", 3, reply, datetime(2027, 3, 5, 9), "inbound")]
    state = build_state(sources, "Europe/Madrid", datetime(2027, 3, 8, 9), customer_name="Pau Ferrer")
    assert not any(old in i.quote for i in state.open() if i.direction == "outbound"), state.open()


def test_the_offers_lines_stay_when_the_order_takes_the_price_it_named():
    offer = ("Hi,\n\nCombined: air 600 kg at USD 1.95/kg plus sea every two weeks, USD 410 per shipment. "
             "Total about USD 1,990 a month.\n\nAna")
    state = state_of("Hi Ana,\n\nWe'll go with the combined scheme, USD 1,990 a month. Please go ahead.\n\nPau",
                     offer=offer)
    assert any("USD 410" in i.quote for i in state.open() if i.direction == "outbound")


@pytest.mark.parametrize("language, free, reply", [
    ("en", "The main hall is free on 14 October.", "Hi Ana,\n\nWe agree the price, please go ahead.\n\nPau"),
    ("de", "Der Festsaal ist am Freitag, 10. Dezember frei.", "Guten Tag,\n\nWir bestellen die zwei Pumpen.\n\nPau"),
    ("fr", "La salle est disponible le 14 octobre.", "Bonjour,\n\nNous validons le devis.\n\nPau"),
    ("es", "El salón está libre el 14 de octubre.", "Hola,\n\nAceptamos la propuesta.\n\nPau"),
])
def test_the_reps_word_that_the_date_is_free_is_not_said_again_once_the_customer_books(language, free, reply):
    offer = OFFERS[language].replace("\n\nAna", f" {free}\n\nAna")
    state = state_of(reply, language, offer=offer)
    assert not any(free.rstrip(".") in i.quote for i in state.open()), state.open()


def test_free_of_charge_for_some_days_is_a_price_and_stays_after_the_order():
    offer = "Hi,\n\nThe price is USD 17,556. Plug-in is free for the first 3 days, after that USD 95 per day.\n\nAna"
    state = state_of("Hi Ana,\n\nWe agree the price, please go ahead.\n\nPau", offer=offer)
    assert any("USD 95" in i.quote for i in state.open()), state.items


@pytest.mark.parametrize("offer, price", [
    ("Five hours with skipper and crew is NZD 4,950, catered lunch NZD 58 per person.", "NZD 4,950"),
    ("Der Saal kostet EUR 2.400, das Buffet EUR 38 pro Person.", "EUR 2.400"),
    ("AED 2,900 per hour, dinner at AED 185 per person.", ""),  # every sum a rate: none is the price
])
def test_the_one_sum_of_an_offer_that_is_no_rate_is_the_price_booked(offer, price):
    assert price_in_force("Great, we'd like to book.", offer) == price


@pytest.mark.parametrize("language, reply, said", [
    ("en", "Hi Ana,\n\nGreat, we'd like to book.\n\nPau", "Thank you for your booking."),
    ("de", "Guten Tag,\n\nWir buchen fix.\n\nPau", "Vielen Dank für Ihre Buchung."),
    ("fr", "Bonjour,\n\nNous réservons la salle.\n\nPau", "Merci pour votre réservation."),
    ("es", "Hola,\n\nReservadlo ya, por favor.\n\nPau", "Gracias por tu reserva."),
])
def test_a_booking_is_thanked_for_as_a_booking(language, reply, said):
    assert draft(reply, language).split("\n\n")[1].lower().startswith(said.lower())


def test_the_option_taken_by_name_is_confirmed_and_the_alternative_is_not_said_again():
    offer = "Guten Tag,\n\nLoge mit 10 Plätzen, Catering inklusive, 42.000 € netto. Alternativ 6 Business-Seats für " \
            "14.400 € netto.\n\nAna"
    body = draft("Guten Tag,\n\nwir haben uns besprochen und nehmen die Loge.\n\nPau", "de", offer=offer)
    assert "dass Sie sich für die Loge entschieden haben" in body and "42.000 €" in body
    assert "14.400" not in body


def test_a_yes_naming_its_price_is_an_order_at_it_though_another_detail_changes():
    offer = "Hi,\n\nThe fee is SEK 136,000. I propose the presentation on Wednesday 19 April.\n\nAna"
    state = state_of("Hi Ana,\n\nSEK 136,000 is ok. Can we do Tuesday 25 April instead?\n\nPau", offer=offer)
    assert [o.text for o in state.open("order")] == ["SEK 136,000"]
    recount = "Hola,\n\nVamos con ustedes a USD 17.556. Solo un cambio: 3 bombas en vez de 2.\n\nPau"
    assert not state_of(recount, "es").open("order")  # a count changed: a new deal


@pytest.mark.parametrize("language, hold", [
    ("es", "He ampliado el bloqueo hasta el 14 de abril."),
    ("en", "I have extended the block until 14 April."),
])
def test_an_extended_room_block_is_over_once_the_customer_confirms(language, hold):
    offer = OFFERS[language].replace("\n\nAna", f" {hold}\n\nAna")
    reply = {"es": "Hola,\n\n¡Confirmamos!\n\nPau", "en": "Hi Ana,\n\nWe'd like to book.\n\nPau"}[language]
    state = state_of(reply, language, offer=offer)
    assert not any(hold.rstrip(".") in i.quote for i in state.open()), state.open()


@pytest.mark.parametrize("language, reply, said", [
    ("en", "Hi Ana,\n\nWe accept the offer. Please send the agreement so we can sign it.\n\nPau",
     "Great to hear you're going ahead."),
    ("en", "Hi Ana,\n\nOur director agreed to the pilot.\n\nPau", "Great to hear you're going ahead with the pilot."),
    ("de", "Guten Tag,\n\nDie Geschäftsleitung hat die Bestellung freigegeben, unser Einkauf schickt sie Ihnen am "
           "Freitag.\n\nPau", "Schön, dass Sie grünes Licht geben."),
    ("fr", "Bonjour,\n\nNous validons le devis. Avant de signer, merci de nous envoyer le contrat.\n\nPau",
     "Ravi d'avoir votre accord."),
    ("es", "Hola,\n\nAceptamos la propuesta. Antes de firmar necesitamos el contrato en borrador.\n\nPau",
     "Me alegra que sigamos adelante."),
])
def test_a_yes_whose_order_or_signature_is_still_to_come_is_welcomed_not_thanked_as_an_order(language, reply, said):
    body = draft(reply, language)
    assert body.split("\n\n")[1].lower().startswith(said.lower()), body
    assert not re.search(r"for your order|für Ihren Auftrag|votre commande|su pedido", body), body


@pytest.mark.parametrize("language, reply", [
    ("en", "Hi Ana,\n\nThe board approved it and we order at the offered price. Please send the contract.\n\nPau"),
    ("de", "Guten Tag,\n\nWir bestellen die zwei Pumpen. Bitte schicken Sie uns den Vertrag am Montag.\n\nPau"),
])
def test_an_order_said_in_words_is_thanked_as_an_order_though_the_contract_is_still_to_come(language, reply):
    assert re.search(r"for your order|für Ihren Auftrag", draft(reply, language))


@pytest.mark.parametrize("language, note, reply, said", [
    ("en", "Call Pau. Pilot agreed in principle: 10 pumps for 60 days, free installation for the pilot.",
     "Hi Ana,\n\nOur director agreed to the pilot.\n\nPau",
     "Great to hear you're going ahead with the pilot: 10 pumps for 60 days, free installation."),
    ("es", "Llamada con Pau. Piloto: 10 bombas durante 60 días, instalación gratis para el piloto.",
     "Hola,\n\nLa dirección aprobó el piloto.\n\nPau",
     "Me alegra que sigamos adelante con el piloto: 10 bombas durante 60 días, instalación gratis."),
])
def test_a_pilot_agreed_is_welcomed_with_its_terms_not_thanked_as_an_order(language, note, reply, said):
    sources = [Source("message", 1, OFFERS[language], datetime(2027, 3, 1, 9), "outbound"),
               Source("note", 2, note, datetime(2027, 3, 2, 9), "note"),
               Source("message", 3, reply, datetime(2027, 3, 5, 9), "inbound")]
    state = build_state(sources, "Europe/Madrid", datetime(2027, 3, 8, 9), customer_name="Pau Ferrer")
    body = compose_state(state, customer_name="Pau Ferrer", thread_subject="Pumps", rep=REP).body
    assert said in body, body
    assert body.count("60") == 1, body  # the pilot's terms said once, in the welcoming line
    assert not re.search(r"for your order|su pedido", body), body


@pytest.mark.parametrize("language, reply, said", [
    ("en", "Hi Ana,\n\nTo issue the PO we need a signed quote. Could you send it by Friday?\n\nPau",
     "Great to hear you're going ahead."),
    ("de", "Guten Tag,\n\nBitte schicken Sie mir die Auftragsbestätigung, dann kann unser Einkauf bestellen.\n\nPau",
     "Schön, dass Sie grünes Licht geben."),
])
def test_purchasing_about_to_order_is_welcomed_as_a_go_ahead_not_thanked_as_an_order(language, reply, said):
    body = draft(reply, language)
    assert said in body, body
    assert not re.search(r"for your order|für Ihren Auftrag", body), body
