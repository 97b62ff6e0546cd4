"""A call note's line saying a thing is still owed, as the rep's promise to send it (followup/drafting/owedsend.py)."""
import pytest

from followup.drafting.owedsend import fronted_send, owed_send


@pytest.mark.parametrize("quote, language, said", [
    ("Brochure still not sent!", "en", "I'll send you the brochure."),
    ("Price list + warranty terms not sent yet.", "en", "I'll send you the price list and the warranty terms."),
    ("Must send COA + MSDS.", "en", "I'll send you COA and MSDS."),
    ("Preisliste noch nicht geschickt.", "de", "Ich schicke Ihnen die Preisliste."),
    ("Muss Angebot und Datenblatt noch schicken.", "de", "Ich schicke Ihnen das Angebot und das Datenblatt."),
    ("Catalogue toujours pas envoyé !", "fr", "Je vous envoie le catalogue."),
    ("Dois envoyer le devis.", "fr", "Je vous envoie le devis."),
    ("Catálogo todavía sin enviar.", "es", "Le envío el catálogo."),
    ("Tengo que enviarle la factura.", "es", "Le envío la factura."),
])
def test_a_thing_a_note_says_is_still_owed_is_the_reps_promise(quote, language, said):
    assert owed_send(quote, language) == said


def test_a_thing_to_go_out_on_a_day_keeps_its_day_unless_it_has_passed():
    assert owed_send("Order form + price sheet to go out Fri.", "en") == \
        "I'll send you the order form and the price sheet Fri."
    assert owed_send("Order form + price sheet to go out Fri.", "en", dated=False) == \
        "I'll send you the order form and the price sheet."


@pytest.mark.parametrize("quote, language", [
    ("Brochure sent.", "en"),  # sent: nothing owed
    ("It still has not been sent.", "en"),  # no thing named
    ("Devis envoyé.", "fr"),  # no "pas": it went
    ("muss das schicken", "de"),  # no noun to send
    ("Customer needs to send the drawings.", "en"),
    ("Angebot an Krause noch nicht raus.", "de"),  # who it goes to: a promise to them says it
    ("Quote to Mr Lee still not sent.", "en"),
])
def test_a_line_that_owes_nothing_is_no_promise(quote, language):
    assert owed_send(quote, language) == ""


@pytest.mark.parametrize("quote, language, said", [
    ("Presupuesto revisado se lo mando el viernes.", "es", "Le envío el presupuesto revisado el viernes."),
    ("Ficha técnica y documentación se las paso mañana.", "es", "Le envío la ficha técnica y la documentación mañana."),
    ("Le devis signé, je le lui envoie lundi.", "fr", "Je vous envoie le devis signé lundi."),
    ("Programme et convention je les lui transmets demain.", "fr", "Je vous envoie le programme et la convention demain."),
])
def test_a_thing_put_before_its_sending_is_named_in_the_promise(quote, language, said):
    assert fronted_send(quote, language) == said


@pytest.mark.parametrize("quote, language", [
    ("Le dije que se lo mando el jueves.", "es"),  # a clause, not a thing: the told-promise rule reads it
    ("La oferta se la paso a Marta el lunes.", "es"),  # to someone else
    ("El contrato se lo mando al gerente mañana.", "es"),
    ("Il a dit qu'il me l'envoie demain.", "fr"),
    ("Presupuesto revisado se lo mando el viernes.", "en"),  # no such rule for the language
])
def test_a_sending_that_is_no_fronted_promise_to_the_customer_is_left(quote, language):
    assert fronted_send(quote, language) == ""


def test_a_thing_that_goes_out_on_a_day_is_owed_but_one_going_out_for_repair_is_not():
    """"Price sheet goes out Mon" is the rep's sending; "Their own van goes out for service" names no day, no promise."""
    assert owed_send("Price sheet goes out Mon.", "en") == "I'll send you the price sheet Mon."
    assert owed_send("Their own van goes out for service.", "en") == ""
    assert owed_send("Spec sheet goes out", "en") == ""
