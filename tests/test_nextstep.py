"""Tests for nextstep.py: who on the customer's side does the next step, and when, said back in the rep's words."""
from followup.drafting.nextstep import step_line


def test_acceptance_by_a_titled_colleague_with_its_day():
    s = "Die Anlage wird am Dienstag, 4. Juni geliefert, die Abnahme macht unser Werkstattleiter Herr Kück."
    assert step_line(s, "de", set()) == "Herr Kück übernimmt die Abnahme am Dienstag, 4. Juni"


def test_stand_in_takes_the_days_of_the_sentence_before():
    line = step_line("Meine Vertretung ist Herr Scherer.", "de", set(),
                     "Ich bin ab Freitag, 7. Juni bis einschließlich 21. Juni im Urlaub.")
    assert line == "Herr Scherer vertritt Sie ab Freitag, 7. Juni bis 21. Juni"


def test_contact_for_a_thing_french():
    s = "Je vous laisse aussi joindre notre expert-comptable, M. Lhomme, pour le règlement du plan."
    assert step_line(s, "fr", set()) == "je prendrai contact avec M. Lhomme pour le règlement du plan"


def test_first_name_sending_a_document_en_es():
    assert step_line("Morag will send the 2028 accounts tomorrow, she's digging them out.", "en", set()) \
        == "Morag will send the 2028 accounts"
    assert step_line("Valentina te manda los estados financieros 2029 el lunes, ya los tiene el contador.", "es",
                     set()) == "Valentina me enviará los estados financieros 2029 el lunes"


def test_a_step_done_a_question_or_an_excluded_name_is_not_said():
    assert step_line("Herr Dexheimer hat unterschrieben, Scan anbei.", "de", set()) == ""
    assert step_line("Will Morag send the accounts?", "en", set()) == ""
    assert step_line("Morag will send the 2028 accounts.", "en", {"Morag"}) == ""


def test_german_step_noun_only_when_the_customer_wrote_it():
    assert step_line("Herr Meier unterschreibt den Rahmenvertrag.", "de", set()) == ""


def test_a_capitalised_function_word_or_a_noun_verb_is_no_sender():
    assert step_line("This email may contain confidential pastoral information.", "en", set()) == ""
    assert step_line("This will send a signal to the board.", "en", set()) == ""
