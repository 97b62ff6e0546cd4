"""A retailer's order confirmed line by line with the unit price in force (followup/drafting/orderlines.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.orderlines import order_lines, replaces_count
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Ana Ruiz", "ana@games.example", "Ana Ruiz\nGames Co")


@pytest.mark.parametrize("language, order, priced, said", [
    ("en", "We would like to order: Polder Farmers: 48 pieces and Windmill Dash: 72 pieces.",
     ["Our editions: Polder Farmers EUR 22.50, Windmill Dash EUR 14.80 wholesale."],
     "48 Polder Farmers at EUR 22.50 and 72 Windmill Dash at EUR 14.80"),
    ("en", "We confirm first order for our 3 stores: 400 bath towels, sage; 300 hand towels, sand colour.",
     ["Our price: bath towel EUR 11.40, hand towel EUR 5.20, for orders from 600 pieces."],
     "400 bath towels at EUR 11.40 and 300 hand towels at EUR 5.20"),
    ("en", "Our order: 500 power banks, 300 earbuds.",
     ["Q4 prices: 20,000 mAh power bank NGN 14,500, wireless earbuds NGN 18,000."],
     "500 power banks at NGN 14,500 and 300 earbuds at NGN 18,000"),  # "20,000 mAh" is no count of power banks
    ("de", "Wir bestellen 24 Flaschen Grüner Veltliner und 36 Flaschen Blaufränkisch.",
     ["Kleine Korrektur: der Blaufränkisch ist ab sofort 10,90 €.", "Grüner Veltliner 9,80 €, Blaufränkisch 11,50 €"],
     "24 Flaschen Grüner Veltliner zu 9,80 € und 36 Flaschen Blaufränkisch zu 10,90 €"),
    ("fr", "Nous commandons 40 bougies cèdre et 25 bougies figue.",
     ["Tarifs : bougie cèdre 12,50 €, bougie figue 13,00 €."],
     "40 bougies cèdre à 12,50 € et 25 bougies figue à 13,00 €"),
    ("es", "Te confirmo el pedido de 60 pares Trail y 80 pares Ruta.",
     ["Colección verano: zapatilla Trail S/ 189, zapatilla Ruta S/ 169, precio tienda sin IGV."],
     "60 pares Trail a S/ 189 y 80 pares Ruta a S/ 169"),
])
def test_each_line_of_an_order_is_said_with_its_count_and_the_price_in_force(language, order, priced, said):
    assert order_lines(order, priced, language) == said


def test_a_size_names_the_item_and_its_newest_price_is_in_force():
    priced = ['Actualización: la de 20" baja a 149 €.', 'Bici infantil 16" a 129 € y 20" a 159 €.']
    assert order_lines('Ya tengo el pedido: 10 bicis de 16", 14 bicis de 20" y 24 cascos infantiles.', priced, "es") \
        == '10 bicis de 16" a 129 € y 14 bicis de 20" a 149 €'  # the helmets share only "infantil": no price


@pytest.mark.parametrize("order, priced, said", [
    ("Good, we take 400 units at 55.", ["From 1 September the price for 400 units is USD 55 each.",
                                        "400 units: USD 58 each."], "400 units at USD 55"),
    # the newest source prices two things: "300 units" alone is not one of them
    ("We're going ahead with the 300 units at the prices from our call.",
     ["Agreed CAD 28.50 train set / CAD 22.00 marble run at 300.", "For 240 units CAD 31.00 per train set."], ""),
])
def test_a_line_named_by_its_unit_alone_takes_the_one_newest_price(order, priced, said):
    assert order_lines(order, priced, "en") == said


@pytest.mark.parametrize("language, order, offer, said", [
    ("de", "Passt so, wir bestellen. Eine Änderung: statt 6 City bitte 4 City.",
     "Wie besprochen: 8 Trekking-E-Bikes zu 2.390 € und 6 City-E-Bikes zu 1.980 €.",
     "8 Trekking-E-Bikes zu 2.390 € und 4 City-E-Bikes zu 1.980 €"),
    ("es", "Aprobada la cotización. Solo que en lugar de 150 bocinas ahora son 120 bocinas.",
     "Adjunto la cotización: 300 audífonos a MX$ 600 y 150 bocinas a MX$ 890, entrega en 10 días hábiles.",
     "300 audífonos a MX$ 600 y 120 bocinas a MX$ 890"),
])
def test_an_order_that_replaces_a_count_orders_the_offers_lines_with_it(language, order, offer, said):
    assert replaces_count(order)
    assert order_lines(order, [offer], language, offer) == said


def test_a_count_corrected_outside_a_question_places_the_order():
    priced = ["Gamme padel hiver : raquette Carbon 79 € HT, raquette Club 49 € HT, tubes de balles 3,10 € HT."]
    assert order_lines("Correction : ce n'est pas 20 raquettes Carbon mais 30 raquettes Carbon, et 40 Club. Plus 200 "
                       "tubes de balles.", priced, "fr") == "30 raquettes Carbon à 79 €, 40 Club à 49 € et 200 tubes " \
                                                          "de balles à 3,10 €"
    assert order_lines("Can you quote 120 speakers instead of 150?", ["150 speakers at USD 20 each"], "en") == ""


def test_an_item_the_newest_source_prices_twice_is_unclear():
    priced = ["Anbei die Bestätigung: 120 Garnituren 135x200 zu 59,50 € und 60 Garnituren 155x220 zu 71,00 €."]
    assert order_lines("Wir bestellen 80 Garnituren.", priced, "de") == ""


@pytest.mark.parametrize("order", ["The trustees agreed to 5 tanks, she checks the pads before we order.",
                                   "Wir brauchen 5 Tanks, bevor wir bestellen.", "5 cuves, avant de commander.",
                                   "5 tanques, antes de hacer el pedido."])
def test_an_order_still_to_come_is_not_confirmed(order):
    assert order_lines(order, ["Each tank WST$4,850, Tank 4.850 €, cuve 4 850 €, tanque 4.850 €"], "en") == ""


def test_a_model_code_is_no_count():
    assert order_lines("We order four NC-400 crackers.", ["The NC-400 crackers are XCD 20,900 each."], "en") == ""
    assert order_lines("Yes, we order. For four NC-400 crackers.", ["NC crackers XCD 20,900 each."], "en") == ""


def test_a_sum_for_another_count_is_no_unit_price():
    assert order_lines("Approved, we now need 3 pumps.", ["For 2 pumps the price is USD 17,556."], "en") == ""
    assert order_lines("We order 3 pumps.", ["2 pumps at USD 8,778 each."], "en") == "3 pumps at USD 8,778"


def test_no_order_word_or_no_price_is_no_confirmation():
    assert order_lines("Could you quote 48 Polder Farmers?", ["Polder Farmers EUR 22.50"], "en") == ""
    assert order_lines("We order 24 helmets.", ["Bici infantil 16\" a 129 €."], "en") == ""
    assert order_lines("Ändern möchten Sie nur die Menge: 5'000 statt 6'000 Stück. Wir bestellen.",
                       ["Spatel CHF 13.20 pro Stück."], "de") == ""  # "5'000" is one figure, not a count of 5


def test_the_draft_confirms_the_order_instead_of_noting_it_and_pasting_the_prices():
    sources = [
        Source("message", 1, "Dear Zsófia,\n\nOur editions: Polder Farmers EUR 22.50, Windmill Dash EUR 14.80 "
               "wholesale.\n\nKind regards,\nAna", datetime(2028, 8, 28, 10), "outbound"),
        Source("message", 2, "Dear Ana,\n\nWe would like to order for Christmas: Polder Farmers: 48 pieces and "
               "Windmill Dash: 72 pieces. Could you please send me the rules as PDF?\n\nBest regards,\nZsófia",
               datetime(2028, 9, 6, 13), "inbound")]
    state = build_state(sources, "Europe/Budapest", datetime(2028, 9, 7, 9), customer_name="Zsófia Kertész")
    body = compose_state(state, customer_name="Zsófia Kertész", thread_subject="Editions", rep=REP).body
    assert "Thank you for your order: 48 Polder Farmers at EUR 22.50 and 72 Windmill Dash at EUR 14.80." in body
    assert "would like to order" not in body and body.count("22.50") == 1, body


@pytest.mark.parametrize("language, order, priced", [
    ("en", "We order 6 prescription masks.", ["Plus 6 prescription masks FJD 570."]),
    ("de", "Wir bestellen 6 Korbstühle.", ["Dazu 6 Korbstühle 1.140 €."]),
    ("fr", "Nous commandons 6 lampes laiton.", ["Et 6 lampes laiton 570 €."]),
    ("es", "Pedimos 6 sillas Roble.", ["Además 6 sillas Roble 570 €."]),
])
def test_a_sum_labelled_with_the_lines_own_count_is_its_total_not_a_unit_price(language, order, priced):
    assert order_lines(order, priced, language) == ""


@pytest.mark.parametrize("language, order, priced", [
    ("es", "¡La junta ha aprobado! Confirmamos. Necesitamos 90 habitaciones en lugar de 80.",
     ["Habitaciones a 118 € por noche con desayuno."]),
    ("en", "Approved, go ahead. We need 90 rooms instead of 80.", ["Rooms at EUR 118 per night."]),
    ("de", "Freigegeben. Wir brauchen 90 Zimmer statt 80.", ["Zimmer zu 118 € pro Nacht."]),
    ("fr", "Approuvée. Nous avons besoin de 90 chambres au lieu de 80.", ["Chambres à 118 € la nuit."]),
])
def test_a_need_stated_in_a_go_ahead_is_no_order_of_counted_lines(language, order, priced):
    assert order_lines(order, priced, language, offer=priced[0]) == ""


@pytest.mark.parametrize("language, order, offer", [
    ("en", "We agree with the price. Only we want the storage room bigger, 4 m2 instead of 2 m2.",
     "We offer a 36 m2 stand for EUR 27,500 with a 2 m2 storage room."),
    ("de", "Der Preis passt. Nur den Lagerraum bitte 4 m2 statt 2 m2.",
     "Wir bieten einen 36 m2 Stand für 27.500 € mit 2 m2 Lagerraum."),
])
def test_a_size_replaced_is_no_order_of_counted_lines(language, order, offer):
    assert not replaces_count(order)
    assert order_lines(order, [offer], language, offer=offer) == ""


@pytest.mark.parametrize("language, order, priced, said", [
    ("en", "The executive has approved the 400 rider helmets and 400 passenger helmets.",
     ["For 400 riders the SH-2 helmet, at SLE 520 per helmet, plus one passenger helmet per rider at SLE 410."],
     "400 passenger helmets at SLE 410"),
    ("es", "Pedimos 50 cascos piloto y 50 cascos pasajero.",
     ["Casco piloto, a 52 €, y un casco pasajero por piloto a 41 €."],
     "50 cascos pasajero a 41 €"),
])
def test_the_unit_a_price_is_counted_by_is_not_the_item_it_prices(language, order, priced, said):
    assert order_lines(order, priced, language) == said


@pytest.mark.parametrize(("language", "order"), [
    ("en", "Quick one before we decide: do we take the 12 or the 24 Polder Farmers?"),
    ("de", "Nehmen wir 12 oder 24 Polder Farmers?"),
    ("fr", "Nous prenons 12 ou 24 Polder Farmers ?"),
    ("es", "¿Pedimos 12 o 24 Polder Farmers?"),
])
def test_an_order_word_in_a_question_places_no_order(language, order):
    assert order_lines(order, ["Polder Farmers EUR 22.50"], language) == ""


def test_an_order_word_before_a_question_of_its_own_still_orders():
    said = order_lines("We take 48 Polder Farmers, can you deliver by Friday?", ["Polder Farmers EUR 22.50"], "en")
    assert said == "48 Polder Farmers at EUR 22.50"


def test_a_total_whose_clause_names_nothing_prices_no_line():
    priced = ["Delivery to your cellars is included in the EUR 720 per barrel, so EUR 28,800 in total for the 40 barrels."]
    said = order_lines("We order 36 barrels of 500 L and 4 barrels of 300 L.", priced, "en")
    assert "28,800" not in said
