"""The thing an acceptance takes by name, its price in the offer and the alternatives passed over
(followup/drafting/chosen.py)."""
from datetime import datetime

import pytest

from followup.drafting.chosen import chosen, passed_over, price_of
from followup.drafting.items import Item


@pytest.mark.parametrize("sentence, thing", [
    ("We'll take the half-season box.", "the half-season box"),
    ("Ok we take Lulwa.", "Lulwa"),
    ("Wir haben uns besprochen und nehmen die Loge.", "die Loge"),
    ("Nous prenons la formule B pour 12 mois.", "la formule B"),
    ("Nos quedamos con el Plata.", "el Plata"),
    ("We take it.", ""),  # a pronoun names nothing
    ("Danke, wir nehmen das Angebot an.", ""),  # the offer whole, no option of it
    ("Vamos con la DE-20 + DM-20.", ""),  # a part of what was taken
])
def test_the_thing_taken_is_read_in_four_languages(sentence, thing):
    assert chosen(sentence) == thing


@pytest.mark.parametrize("thing, offer, price", [
    ("the half-season box", "Our 12-seat boxes for the home season (11 games) are AUD 68,000 plus GST. "
     "Half-season boxes (6 games) are AUD 39,500 plus GST.", "AUD 39,500"),
    ("die Loge", "Loge mit 10 Plätzen, Catering inklusive, 42.000 € netto. Alternativ 6 Business-Seats für 14.400 €.",
     "42.000 €"),
    ("el Plata", "Los paquetes: Oro USD 12.000 (marca en camisetas), Plata USD 6.000.", "USD 6.000"),
    ("Lulwa", "Our Lulwa: AED 2,900 per hour, dinner buffet at AED 185 per person.", "AED 2,900 per hour"),
    ("the boat", "The boat with a skipper and a crew: EUR 900 and EUR 300.", ""),  # two sums, none right after its name
])
def test_the_price_of_the_thing_is_the_one_its_sentence_gives_it(thing, offer, price):
    assert price_of(thing, offer) == price


def _term(quote: str, n: int) -> Item:
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=1,
                at=datetime(2028, 3, 1, 9, 0, n), direction="outbound")


@pytest.mark.parametrize("main, other", [
    ("Loge mit 10 Plätzen, 42.000 € netto.", "Alternativ 6 Business-Seats für 14.400 € netto."),
    ("The box for 10 is GBP 9,000.", "Alternatively, 6 seats for GBP 4,000."),
    ("La loge pour 10 personnes : 9 000 €.", "Sinon 6 places à 4 000 €."),
    ("El palco para 10: 9.000 €.", "O bien 6 asientos por 4.000 €."),
])
def test_the_alternative_the_customer_did_not_take_is_passed_over(main, other):
    thing = {"€ netto.": "die Loge"}.get(main[-8:], "")
    thing = thing or ("the box" if main.startswith("The") else "la loge" if main.startswith("La") else "el palco")
    order = Item(kind="order", text="", quote="", source_kind="message", source_id=2, at=datetime(2028, 3, 5),
                 direction="inbound", by="message:1")
    items = passed_over([_term(main, 0), _term(other, 1)], thing, order)
    assert [i.status for i in items] == ["open", "superseded"]


def test_lines_that_set_no_alternative_against_each_other_all_stay():
    order = Item(kind="order", text="", quote="", source_kind="message", source_id=2, at=datetime(2028, 3, 5),
                 direction="inbound", by="message:1")
    items = [_term("The box for 10 is GBP 9,000.", 0), _term("Parking is GBP 40 per game.", 1)]
    assert passed_over(items, "the box", order) == items


@pytest.mark.parametrize("sentence", ["Vamos con las 8.000.", "Nous partons sur les 200.", "We'll take the 40."])
def test_an_article_before_a_count_names_no_thing(sentence):
    """'Gracias por elegir las.': an article before a figure is no name of what was taken."""
    assert chosen(sentence) == ""


@pytest.mark.parametrize("sentence, thing", [
    ("La junta de propietarios aprobó el Plan Integral.", "el Plan Integral"),
    ("Le comité a validé la formule Confort.", "la formule Confort"),
    ("The board approved the Premium plan.", "the Premium plan"),
])
def test_a_body_approving_an_option_takes_it(sentence, thing):
    assert chosen(sentence) == thing


@pytest.mark.parametrize("basic, full, thing", [
    ("Plan Básico: mantenimiento preventivo mensual, 2.400 € al mes.",
     "Plan Integral: preventivo mensual y repuestos, 3.650 € al mes.", "el Plan Integral"),
    ("Basic plan: two visits a year, $2,880/year.", "Premium plan: four visits a year, $4,200/year.", "the Premium plan"),
    ("Formule Essentiel : 2 visites par an, 1 200 € HT.", "Formule Confort : 4 visites par an, 2 100 € HT.",
     "la formule Confort"),
    ("Paket Basis: 2 Prüfungen im Jahr, 1.350 € netto.", "Paket Komfort: 4 Prüfungen im Jahr, 2.100 € netto.",
     "das Paket Komfort"),
])
def test_options_each_led_by_their_name_leave_the_one_not_taken_passed_over(basic, full, thing):
    order = Item(kind="order", text="", quote="", source_kind="message", source_id=2, at=datetime(2028, 3, 5),
                 direction="inbound", by="message:1")
    items = passed_over([_term(basic, 0), _term(full, 1)], thing, order)
    assert [i.status for i in items] == ["superseded", "open"]


def test_lines_led_by_labels_none_of_which_names_the_thing_all_stay():
    order = Item(kind="order", text="", quote="", source_kind="message", source_id=2, at=datetime(2028, 3, 5),
                 direction="inbound", by="message:1")
    items = [_term("Installation: EUR 1,200.", 0), _term("Maintenance: EUR 90 a month.", 1)]
    assert passed_over(items, "the Premium plan", order) == items


def test_an_approval_of_a_thing_without_a_name_takes_no_option():
    assert chosen("We approved the project today.") == ""


@pytest.mark.parametrize("thing, price", [
    ("SR-2 Pro", "$4,980"),  # the longer label's own line, past its bracket
    ("SR-2", "$3,450"),  # "SR-2 Pro (with tower)" prices no SR-2
])
def test_a_models_code_is_priced_by_the_line_naming_it_whole(thing, price):
    offer = "Studio Reformer SR-2: US$3,450 each. Studio Reformer SR-2 Pro (with tower): US$4,980 each."
    assert price_of(thing, offer) == price


def test_the_option_named_again_after_the_thing_taken_is_the_choice():
    assert chosen("Wir nehmen das System für beide Filialen, also den Tarif Duo.") == "den Tarif Duo"
    assert chosen("We'll take the system for both sites, i.e. the Plus plan.") == "the Plus plan"
    assert chosen("Nous prenons la sono, soit la formule B.") == "la formule B"
    assert chosen("Nos quedamos con el sistema, o sea el Plan Plata.") == "el Plan Plata"
    assert chosen("We'll take the Plus plan, and the training too.") == "the Plus plan"
    # "also" in English, or "so", adds a thing; it names the choice again only before an option's article
    assert chosen("We'll take the Plus plan, also the training module.") == "the Plus plan"
    assert chosen("We'll take the Plus plan, so the team can start Monday.") == "the Plus plan"
