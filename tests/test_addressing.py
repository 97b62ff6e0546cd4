"""Tests of addressing.py."""
from datetime import datetime

from followup.drafting.addressing import address, greeting_with, slot_paragraphs
from followup.drafting.items import IMPLIED, Item, Person


def test_a_colleague_is_named_by_first_name_informally_and_by_title_and_surname_formally():
    assert address(Person("Rafael", True), "en", True) == "Rafael"  # they wrote by first name
    assert address(Person("Petra Lang", True, True, True), "de", True) == "Frau Lang"
    assert address(Person("Claire Fabre", True, True, True), "fr", False) == "Madame Fabre"
    assert address(Person("Bence Tóth", False, False, False), "en", True) == "Mr Tóth"
    assert address(Person("Wilber Castillo", True, True, None), "es", True) == "Wilber Castillo"


def test_a_waiting_colleague_is_greeted_beside_the_customer_in_each_language():
    rafael, petra = Person("Rafael", True), Person("Petra Lang", True, True, True)
    assert greeting_with("Hi Fernanda,", [rafael], "en", False) == "Hi Fernanda and Rafael,"
    assert greeting_with("Sehr geehrter Herr Huber,", [petra], "de", True) == \
        "Sehr geehrter Herr Huber, sehr geehrte Frau Lang,"
    assert greeting_with("Bonjour Julien,", [Person("Claire Fabre", True, True, True)], "fr", False) == \
        "Bonjour Julien, bonjour Madame Fabre,"
    assert greeting_with("Hola Florencia:", [Person("Ezequiel", True)], "es", False) == "Hola Florencia, hola Ezequiel:"
    assert greeting_with("Hi Fernanda,", [], "en", False) == "Hi Fernanda,"


def test_a_colleagues_slots_come_under_a_lead_naming_them():
    at = datetime(2026, 11, 25, 9)
    own = Item("question", "", "q1?", "message", 4, at, "inbound")
    bence = Item("question", "", "q2?", "message", 4, at, "inbound", asker=Person("Bence Tóth", False))
    bence2 = Item("question", "", "q3?", "message", 4, at, "inbound", asker=Person("Bence Tóth", False))
    paras = slot_paragraphs([("[[answer: q1?]]", own), ("[[answer: q2?]]", bence), ("[[answer: q3?]]", bence2)],
                            "On your question:", "en", True)
    assert paras == ["On your question: [[answer: q1?]]",
                     "On the questions from Bence Tóth:\n[[answer: q2?]]\n[[answer: q3?]]"]
    rafael = Item("question", "", "q?", "message", 4, at, "inbound", asker=Person("Rafael", True))
    assert slot_paragraphs([("[[answer: q?]]", rafael)], "Zu Ihrer Frage:", "de", False) == \
        ["Rafael, zu Ihrer Frage: [[answer: q?]]"]
    iván = Item("question", "", "q?", "message", 4, at, "inbound", asker=Person("Iván Robles", False))
    assert slot_paragraphs([("[[answer: q?]]", iván)], "Sobre tu pregunta:", "es", False) == \
        ["Sobre la pregunta de Iván: [[answer: q?]]"]


def test_a_colleague_greeted_alone_takes_the_greeting_word_of_their_gender_and_a_bare_name_stays_bare():
    lindner, caron = Person("Markus Lindner", True, True, False), Person("Nathalie Caron", True, True, True)
    assert greeting_with("Sehr geehrte Frau Krämer,", [lindner], "de", True, away=True) == "Sehr geehrter Herr Lindner,"
    assert greeting_with("Bonjour Monsieur Lefebvre,", [caron], "fr", True, away=True) == "Bonjour Madame Caron,"
    assert greeting_with("Fernando:", [Person("Gabriela Ríos", True)], "es", False, away=True) == "Gabriela:"
    assert greeting_with("Hello,", [Person("Angela Ruiz", True)], "en", False, away=True) == "Hello Angela,"


def test_slots_of_a_colleague_greeted_alone_take_the_plain_lead_and_the_customers_name_the_customer():
    at = datetime(2026, 11, 25, 9)
    angela = Person("Angela Ruiz", True)
    hers = Item("question", "", "q1?", "message", 5, at, "inbound", asker=angela)
    gregs = Item("question", "", "q2?", "note", 3, at, "note")
    assert slot_paragraphs([("[[answer: q1?]]", hers), ("[[answer: q2?]]", gregs)], "On your question:", "en",
                           False, [angela], "Greg Lindstrom") == \
        ["On your question: [[answer: q1?]]", "On the question from Greg: [[answer: q2?]]"]
    lindner = Person("Markus Lindner", True, True, False)
    his = Item("question", "", "q?", "message", 4, at, "inbound", asker=lindner)
    assert slot_paragraphs([("[[answer: q?]]", his)], "Zu Ihrer Frage:", "de", True, [lindner], "Sabine Krämer") == \
        ["Zu Ihrer Frage: [[answer: q?]]"]


def test_a_price_owed_by_a_change_of_terms_is_slotted_without_a_question_lead():
    at = datetime(2026, 11, 20, 9)
    change = Item(IMPLIED, "", "Statt 5 bitte nur 4 Geräte.", "message", 2, at, "inbound")
    assert slot_paragraphs([("[[answer: Preis für 4 Geräte]]", change)], "Zu Ihrer Frage:", "de", True) == \
        ["[[answer: Preis für 4 Geräte]]"]
    asked = Item("question", "", "Und die Lieferzeit?", "message", 2, at, "inbound")
    assert slot_paragraphs([("[[answer: Lieferzeit]]", asked)], "Zu Ihrer Frage:", "de", True) == \
        ["Zu Ihrer Frage: [[answer: Lieferzeit]]"]


def test_a_title_greeting_is_no_greeting_word_for_the_colleague_greeted_alone():
    """"Madame Roux," greets a colleague who wrote alone by their own title and name, never "Madame Monsieur Blanc,"."""
    blanc = Person("Paul Blanc", True, True, False)
    assert greeting_with("Madame Roux,", [blanc], "fr", True, away=True) == "Monsieur Blanc,"
    assert greeting_with("Bonjour Madame Roux,", [blanc], "fr", True, away=True) == "Bonjour Monsieur Blanc,"


def test_an_academic_title_says_no_gender_and_is_kept_in_an_english_greeting():
    """"Prof. Ferenc Nagy" is no "Mr Nagy": the title is kept ("Professor Nagy"), and says nothing of gender."""
    assert address(Person("Prof. Ferenc Nagy", True, True, None), "en", True) == "Professor Nagy"
    assert address(Person("Dr. Ana Lima", True, True, None), "en", True) == "Dr Lima"
    assert address(Person("Ferenc Nagy", True, True, False), "en", True) == "Mr Nagy"
