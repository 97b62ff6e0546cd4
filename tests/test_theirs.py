"""A customer's own clause said back to them: their first person turned to the second, in en/de/fr/es."""
from followup.drafting.theirs import theirs


def test_an_english_customers_we_and_i_are_turned_to_you():
    assert theirs("the week of Feb 15 is fine and we'll take the warranty", "en") == \
        "the week of Feb 15 is fine and you'll take the warranty"
    assert theirs("We need it by Friday and I'll sign", "en") == "You need it by Friday and you'll sign"
    assert theirs("our board meets on 3 May, I am away until then", "en") == \
        "your board meets on 3 May, you are away until then"


def test_a_clause_already_said_to_the_customer_or_without_a_first_person_stays():
    assert theirs("you'll go with the 2-horse and we'll pay", "en") == "you'll go with the 2-horse and we'll pay"
    assert theirs("the I-beam is 6 m", "en") == "the I-beam is 6 m"
    assert theirs("los próximos días son 12 y 13", "es") == "los próximos días son 12 y 13"


def test_a_foreign_customers_first_person_is_turned_by_the_reported_speech_rules():
    assert theirs("y necesitamos las cajas antes del 20 de mayo", "es") == "y necesitan las cajas antes del 20 de mayo"
    assert theirs("wir brauchen das Angebot bis Freitag", "de") == "Sie brauchen das Angebot bis Freitag"
    assert theirs("on commence le 11 janvier", "fr") == "vous commencez le 11 janvier"
    # one that cannot be turned whole stays as it is rather than half turned
    assert theirs("on nous a dit le 11 janvier", "fr") == "on nous a dit le 11 janvier"
