"""Only a price said of the thing a price question names answers it."""
from followup.drafting.pricedthing import priced_thing, prices_that


def test_the_thing_a_price_question_names():
    assert priced_thing("And what's the cost of a loaner if it runs long?") == {"loane"}
    assert priced_thing("What would it cost?") == set()
    assert priced_thing("Was sind die Kosten eines Notfalleinsatzes am Wochenende?")


def test_a_price_of_other_things_does_not_answer_it():
    asked = "And what's the cost of a loaner if it runs long?"
    assert not prices_that(asked, "Sharpening and the hydraulic hoses come to $3,870 + HST for both machines.")
    assert prices_that(asked, "A loaner is $450 a week.")
    assert prices_that("How much would it be then?", "It comes to $3,870.")  # names nothing: any price answers


def test_in_every_drafting_language():
    assert not prices_that("Quel est le prix du capteur de charge ?", "Le déneigement revient à 4 200 $.")
    assert prices_that("Quel est le prix du capteur de charge ?", "Le capteur coûte 890 $.")
    assert not prices_that("¿Cuál es el precio de las bombas de agua?", "El kit de frenos cuesta 120 USD.")
    assert prices_that("Was ist der Preis für die Ladebordwand?", "Die Ladebordwand kostet 40 € pro Tag.")
