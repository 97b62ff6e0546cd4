"""The customer's correction of their own earlier request is said back with the new figures only
(followup/drafting/corrected.py)."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.corrected import corrected, said_correction
from followup.drafting.items import Item
from followup.drafting.sentences import Source

D1, D2, NOW = datetime(2026, 12, 7, 10), datetime(2026, 12, 14, 10), datetime(2026, 12, 18, 10)


def test_a_correction_is_turned_to_the_customer_without_the_replaced_figure_in_every_language():
    cases = [("The trip moves: out on 2 October, back on 6 October, and we are now 12 people and no longer 14.", "en",
              "the trip moves: out on 2 October, back on 6 October, and you are now 12 people"),
             ("Die Reise ist verschoben: Abflug am 2. Oktober, Rückflug am 6. Oktober, und wir sind jetzt 12 Personen "
              "und nicht mehr 14.", "de", "Die Reise ist verschoben: Abflug am 2. Oktober, Rückflug am 6. Oktober, und "
              "Sie sind jetzt 12 Personen"),
             ("La mission est décalée : départ le 2 octobre, retour le 6 octobre, et nous serons 12 personnes et non "
              "plus 14.", "fr", "la mission est décalée : départ le 2 octobre, retour le 6 octobre, et vous serez 12 "
              "personnes"),
             ("El viaje se mueve: salida el 2 de octubre, vuelta el 6 de octubre, y seremos 12 personas y ya no 14.",
              "es", "el viaje se mueve: salida el 2 de octubre, vuelta el 6 de octubre, y serán 12 personas")]
    for quote, language, said in cases:
        assert said_correction(quote, language) == said, quote


def test_a_correction_that_cannot_be_turned_safely_or_asks_is_not_said():
    assert said_correction("I think we'll be 12 now and no longer 14.", "en") == ""
    assert said_correction("Can we be 12 people and no longer 14?", "en") == ""


def test_the_customers_corrected_request_is_said_back_with_the_new_figures():
    state = build_state([Source("message", 1, "Bonjour,\n\nNous organisons une mission de 14 personnes à Dakar du 25 "
                                              "au 29 septembre.\n\nNathalie", D1, "inbound"),
                         Source("message", 2, "Bonjour,\n\nLa mission est décalée : départ le 2 octobre, retour le 6 "
                                              "octobre, et nous serons 12 personnes et non plus 14.\n\nNathalie", D2,
                                "inbound")], "Europe/Zurich", NOW, customer_name="Nathalie Rochat")
    said = [i.text for i in state.items if i.status == "open" and i.source_id == 2]
    assert any("vous serez 12 personnes" in t and "2 octobre" in t and "14" not in t for t in said)


def test_a_request_or_a_dative_the_turn_cannot_say_is_not_said_back():
    assert said_correction("Y confirmame que la implementación en 3 cuotas sigue en pie.", "es") == ""
    # the dative is said now (ownwords.dative_turned): "bei uns" -> "bei Ihnen", never "bei Sie"
    assert said_correction("Danach bucht bei uns niemand mehr bis 10. Januar.", "de") == \
        "Danach bucht bei Ihnen niemand mehr bis 10. Januar"


def test_a_sentence_of_the_correcting_email_about_another_thing_is_left_to_the_other_rules():
    old = Item("term", "", "Nous organisons une mission de 14 personnes à Dakar.", "message", 1, D1, "inbound",
               status="superseded", by="message:2")
    moved = Item("term", "", "La mission est décalée, et nous serons 12 personnes et non plus 14.", "message", 2, D2,
                 "inbound")
    other = Item("term", "", "Notre exercice comptable se termine le 31 décembre.", "message", 2, D2, "inbound")
    said = corrected([old, moved, other], "fr")
    assert said[1].text == "la mission est décalée, et vous serez 12 personnes"
    assert said[2].text == ""


def test_the_customers_we_left_in_a_noted_line_is_turned():
    """"necesitamos las cajas antes del 3 de mayo" said to them: "necesitan ..."; a "me" already the rep's stays."""
    from followup.drafting.corrected import to_reader
    assert to_reader("necesitamos las cajas antes del 3 de mayo", "es") == "necesitan las cajas antes del 3 de mayo"
    assert to_reader("wir brauchen nur 8 Stück", "de") == "Sie brauchen nur 8 Stück"
    assert to_reader("los préstamos vencen en mayo", "es") == "los préstamos vencen en mayo"
    assert to_reader("vous me demandez de facturer Atelier Nord", "fr") == "vous me demandez de facturer Atelier Nord"
