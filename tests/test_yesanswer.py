"""Tests for yesanswer: a call note's yes or no to what was asked, said with what was asked."""
from datetime import datetime, timezone

from followup.drafting.items import Item
from followup.drafting.yesanswer import said_answers, yes_line, yes_words


def test_yes_after_the_asking_reported_before_it():
    assert yes_line("yes, SMS + app incl. fu w/ spec sheet", "He asked re remote alarms to phone ->", "en") == \
        "About remote alarms to phone: yes, SMS and app."


def test_labelled_yes_in_each_language():
    assert yes_line("Grippeimpfung vor Ort: ja, Impfstoff extra", "", "de") == \
        "Zum Thema Grippeimpfung vor Ort: ja, Impfstoff extra."
    assert yes_line("Nuit : oui, à partir de 23h30, majoration 15 %", "", "fr") == \
        "Concernant nuit : oui, à partir de 23h30, majoration 15 %."
    assert yes_line("factura electrónica: sí", "", "es") == "Sobre factura electrónica: sí."


def test_a_no_is_said_as_clearly():
    assert yes_line("no, weekdays only", "Asked about weekend cover -", "en") == \
        "About weekend cover: no, weekdays only."
    assert yes_line("livraison samedi : non", "", "fr") == "Concernant livraison samedi : non."


def test_no_answer_without_what_was_asked_or_not_an_answer():
    assert yes_line("yes, SMS + app", "", "en") == ""  # nothing says what the yes answers
    assert yes_line("no charge for the first visit", "asked about fees -", "en") == ""
    assert yes_line("si firma antes del 31", "pregunta por plazo -", "es") == ""
    assert yes_line("yes, tbc w/ eng", "He asked about probes -", "en") == ""


def test_said_answers_turns_an_empty_note_answer_into_the_reps_line():
    at = datetime(2026, 1, 5, tzinfo=timezone.utc)
    item = Item(kind="answer", text="", quote="yes IP69K, said so.", source_kind="note", source_id=1, at=at,
                direction="note")
    note = "Asked about saltwater washdown - yes IP69K, said so."
    out = said_answers([item], [], {("note", 1): note}, "en")
    assert out[0].kind == "commitment" and out[0].text == "About saltwater washdown: yes, IP69K."


def test_framing_words_are_registered():
    assert "Concernant" in yes_words("fr") and "nein" in yes_words("de")


def test_an_asking_whether_is_left_to_asked_py():
    assert yes_line("yes, BWP 1,200 per borehole", "He asked if we do water quality tests too -", "en") == ""


def test_the_customers_reaction_and_a_cut_incl_are_not_said():
    assert yes_line("RFID: yes, we chip all coveralls, she ok with that", "", "en") == \
        "About RFID: yes, we chip all coveralls."
    assert yes_line("yes, 1 loaner unit within 24h, incl.", "He asked about loaner -", "en") == \
        "About loaner: yes, 1 loaner unit within 24h."


def test_a_bare_topic_before_the_arrow_is_what_was_asked():
    assert yes_line("yes, cold-water rinse + mild soap, same tank.", "Call w/ Ana. rinsing -> ", "en") == \
        "About rinsing: yes, cold-water rinse and mild soap, same tank."
    assert yes_line("ja, mit Zusatzfilter, +320 €.", "Q Regenwasser -> ", "de") == \
        "Zum Thema Regenwasser: ja, mit Zusatzfilter, +320 €."
    assert yes_line("oui, rampe amovible fournie.", "Notes. accès PMR -> ", "fr") == \
        "Concernant accès PMR : oui, rampe amovible fournie."


def test_a_clause_before_the_arrow_is_no_topic():
    # a want or a count with its verb is the note's own clause, not the thing asked about
    assert yes_line("yes, by Friday.", "She wants the spare parts list sent over ->", "en") == ""
    assert yes_line("yes, fine.", "Delivery agreed, 40 units -> ", "en") == ""


def test_a_count_taken_at_the_answer_s_unit_price_keeps_its_total():
    assert yes_line("Spare filters: yes, GBP 45 per set, he takes 6 = GBP 270.", "", "en") == \
        "About spare filters: yes, GBP 45 per set, so GBP 270 for 6."
    assert yes_line("Wandhalterung: ja, 85 € pro Stück, er nimmt 6 = 510 €.", "", "de") == \
        "Zum Thema Wandhalterung: ja, 85 € pro Stück, insgesamt 510 € für 6."
    assert yes_line("Support étendu : oui, 120 € par poste, elle en prend 5 = 600 € HT.", "", "fr") == \
        "Concernant support étendu : oui, 120 € par poste, soit 600 € HT pour 5."
    assert yes_line("Soporte: sí, 40 € por unidad, toma 3 = 120 €.", "", "es") == \
        "Sobre soporte: sí, 40 € por unidad, en total 120 € por 3."


def test_a_taken_count_whose_total_does_not_work_out_is_left_with_the_reaction():
    assert yes_line("Spare filters: yes, GBP 45 per set, he takes 6 = GBP 300.", "", "en") == \
        "About spare filters: yes, GBP 45 per set."
