"""Who inside the customer's company weighed a point, said as the customer (followup/drafting/insiders.py)."""
from followup.drafting.insiders import as_customer


def test_an_insiders_stance_is_the_customers_own_in_every_language():
    assert as_customer("Our ops director likes the BL-900 but wants to see it first.", "en") == \
        "We like the BL-900 but want to see it first."
    assert as_customer("Mein Chef findet den Preis zu hoch.", "de") == "Wir finden den Preis zu hoch."
    assert as_customer("Notre directrice veut un devis avant vendredi.", "fr") == "Nous voulons un devis avant vendredi."
    assert as_customer("Mi socio prefiere la opción B.", "es") == "Preferimos la opción B."


def test_talking_it_over_inside_is_cut_and_the_insider_picked_up_is_the_customer():
    assert as_customer("We discussed with our Managing Director and he wants to go for 10 troughs.", "en") == \
        "We want to go for 10 troughs."
    assert as_customer("We discussed in the family and we want to go forward.", "en") == "We want to go forward."
    assert as_customer("Wir haben mit unserem Geschäftsführer gesprochen, er möchte 10 Stück.", "de") == \
        "Wir möchten 10 Stück."
    assert as_customer("Nous en avons discuté avec notre gérant et il préfère la version B.", "fr") == \
        "Nous préférons la version B."
    assert as_customer("Lo hablamos con el gerente y quiere 20 unidades.", "es") == "Queremos 20 unidades."


def test_an_insider_reported_as_saying_a_point_leaves_the_point():
    assert as_customer("My GM says the week of 4 October is fine after all.", "en") == \
        "The week of 4 October is fine after all."


def test_a_decision_keeps_who_took_it():
    assert as_customer("Our board has approved the budget.", "en") == "Our board has approved the budget."
    assert as_customer("Our director signed, PO attached.", "en") == "Our director signed, PO attached."
    assert as_customer("My boss is happy with the price.", "en") == "We are happy with the price."


def test_a_sentence_whose_verb_is_no_stance_is_left_as_it_was():
    assert as_customer("Our board is 2.4 m long.", "en") == "Our board is 2.4 m long."
    assert as_customer("Our board meets on 10 March.", "en") == "Our board meets on 10 March."
    assert as_customer("Our accounts team will need a W-9.", "en") == "Our accounts team will need a W-9."
    assert as_customer("We discussed with our director and he meets you on Monday.", "en") == \
        "We discussed with our director and he meets you on Monday."
    assert as_customer("Please send it to our finance manager.", "en") == "Please send it to our finance manager."
    assert as_customer("Our director likes it.", "it") == "Our director likes it."
