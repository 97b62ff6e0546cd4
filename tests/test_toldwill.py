"""A note's report of what the rep told the customer they would do, said as the rep's commitment."""
from followup.drafting.toldwill import told_will, told_will_open


def test_english_report_becomes_the_reps_promise():
    assert told_will("I said I'd ring him back on Tuesday", "en") == "I'll ring you back on Tuesday."
    assert told_will("told them I'll email the floor plan by Monday", "en") == "I'll email the floor plan by Monday."


def test_checking_or_finding_out_stays_a_question():
    assert told_will("said I'd check with the plant", "en") == ""
    assert told_will("told her I'd find out what the port needs", "en") == ""


def test_german_verb_last_and_dass_clause():
    assert told_will("Ihm zugesagt, die Preisliste bis Mittwoch zu schicken", "de") == \
        "Ich schicke Ihnen die Preisliste bis Mittwoch."
    assert told_will("Hab ihr gesagt, dass ich den Termin morgen bestätige", "de") == \
        "Ich bestätige Ihnen den Termin morgen."
    assert told_will("Sie hat zugesagt", "de") == ""


def test_french_infinitive_and_first_person():
    assert told_will("Je lui ai promis de rappeler lundi", "fr") == "Je vous rappelle lundi."
    assert told_will("je leur ai promis d'envoyer le catalogue d'ici mardi", "fr") == \
        "Je vous envoie le catalogue d'ici mardi."
    assert told_will("je lui ai dit que je l'envoie demain", "fr") == ""  # "l'": no thing to name


def test_spanish_report_and_promise():
    assert told_will("Le dije que lo confirmo por correo", "es") == ""  # "lo": the question, answered in its slot
    assert told_will("le dije que le confirmo la fecha el lunes", "es") == "Le confirmo la fecha el lunes."
    assert told_will("Le dije que el montaje lleva un día", "es") == ""
    assert told_will("le prometí enviarle el catálogo el lunes", "es") == "Le envío el catálogo el lunes."
    assert told_will("Le prometí la muestra para el martes", "es") == "Le envío la muestra para el martes."


def test_a_passed_day_is_left_out():
    assert told_will("Ihm zugesagt, das Angebot bis Freitag zu schicken", "de", dated=False) == \
        "Ich schicke Ihnen das Angebot."


def test_a_promise_a_later_email_kept_is_not_made_again():
    assert told_will_open("le prometí el cálculo por escrito para el martes", "es",
                          ["Como te prometí, te mando el cálculo de consumo."]) == ""
    assert told_will_open("le prometí el cálculo por escrito para el martes", "es", ["Gracias por la visita."]) == \
        "Le envío el cálculo por escrito para el martes."
