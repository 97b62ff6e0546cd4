"""The newest agreed appointment with its day and time, restated against the draft day; proposals and past days are
not agreements."""
from datetime import date, datetime

from followup.drafting.appointment import find_appointment, named_weekdays
from followup.drafting.sentences import Source

TZ = "Europe/Berlin"


def appointment(sources, today, language="en"):
    cleaned = {(s.kind, s.id): s.text for s in sources}
    return find_appointment(sources, cleaned, TZ, today, language)


def test_a_confirmed_time_takes_its_word_from_the_proposal():
    sources = [Source("message", 1, "We could do the tasting next Friday at 3pm?", datetime(2026, 11, 16, 9),
                      "outbound"),
               Source("message", 2, "Friday 3pm is fine. Thanks!", datetime(2026, 11, 17, 9), "inbound")]
    found = appointment(sources, date(2026, 11, 18))
    assert found is not None and found.text == "the tasting is on Friday at 3pm"
    assert (found.source_kind, found.source_id) == ("message", 2)


def test_a_proposal_nobody_confirmed_is_no_appointment():
    sources = [Source("message", 1, "Shall we do the tasting Friday at 3pm?", datetime(2026, 11, 16, 9), "outbound")]
    assert appointment(sources, date(2026, 11, 17)) is None


def test_a_past_appointment_is_dropped_and_the_newest_wins():
    sources = [Source("note", 1, "Fitting booked Monday Nov 16 at 10am.", datetime(2026, 11, 12, 9), "note"),
               Source("note", 2, "Second fitting Thursday Nov 26 at 11:30.", datetime(2026, 11, 17, 9), "note")]
    found = appointment(sources, date(2026, 11, 20))
    assert found is not None and "11:30" in found.text and "10am" not in found.text
    assert appointment(sources[:1], date(2026, 11, 20)) is None


def test_german_and_french_notes_keep_the_date_as_written():
    de = [Source("note", 1, "Besichtigung am 4.12. um 15 Uhr vereinbart.", datetime(2026, 11, 24, 9), "note")]
    assert appointment(de, date(2026, 11, 25), "de").text == "Besichtigung am 4.12. um 15 Uhr"
    fr = [Source("note", 1, "Rdv pris : visite vendredi 4 déc. à 10h30.", datetime(2026, 11, 24, 9), "note")]
    assert appointment(fr, date(2026, 11, 25), "fr").text == "visite le vendredi 4 déc. à 10h30"


def test_a_note_header_with_the_calls_own_time_is_no_appointment():
    sources = [Source("note", 1, "Call Tue 11:00-11:40 with Ines. Wants the brochure.", datetime(2026, 11, 24, 12),
                      "note"),
               Source("note", 2, "Meeting Tue 14:00, notes below.", datetime(2026, 11, 24, 15), "note")]
    assert appointment(sources, date(2026, 11, 25)) is None


def test_short_day_names_in_notes_are_days_the_grounding_knows():
    assert named_weekdays("Demo Do 10 Uhr per Video", date(2026, 11, 24)) == {date(2026, 11, 26)}
    assert named_weekdays("Dokumente bis Dienstag", date(2026, 11, 24)) == {date(2026, 12, 1)}


def test_a_day_name_with_its_day_of_the_month_keeps_the_number():
    sources = [Source("note", 1, "Llamada con Rosa. Visita a la nave: jueves 10 a las 9:30.", datetime(2026, 12, 1, 16),
                      "note")]
    found = appointment(sources, date(2026, 12, 2), "es")
    assert found is not None and "jueves 10" in found.text and "9:30" in found.text


def test_the_english_appointment_is_a_whole_sentence_in_the_draft():
    from followup.drafting.composition import compose_state
    from followup.drafting.conversation import build_state
    from followup.drafting.profile import RepProfile
    sources = [Source("note", 1, "Call with Dana about the cold store. Site visit Wed 9 Dec 11am, she will have the "
                                 "floor plan ready.", datetime(2026, 12, 1, 15), "note")]
    state = build_state(sources, "Europe/London", datetime(2026, 12, 2, 9), customer_name="Dana Whitfield")
    body = compose_state(state, customer_name="Dana Whitfield", thread_subject="",
                         rep=RepProfile("Sam Reid", "sam@coldline.example", "Sam Reid")).body
    assert "As agreed, the site visit is on Wed 9 Dec at 11am." in body  # its date as the note cuts it, not "next week"


def test_an_english_date_written_month_first_keeps_its_order():
    sources = [Source("message", 1, "The site visit is booked: December 9 at 11am.", datetime(2026, 12, 1, 15),
                      "outbound")]
    found = appointment(sources, date(2026, 12, 2), "en")
    assert found is not None and found.text == "the site visit is on Wednesday, December 9 at 11am"


def test_a_day_the_customer_then_turns_down_is_no_appointment():
    """"Je peux faire la visite technique le mardi 5 janvier à 9h", then "Le mardi 5 janvier ne va pas": not agreed."""
    offer = Source("message", 1, "Je peux faire la visite technique le mardi 5 janvier à 9h.",
                   datetime(2026, 12, 14, 9), "outbound")
    no = Source("message", 2, "Le mardi 5 janvier ne va pas, je serai en brousse.", datetime(2026, 12, 17, 9),
                "inbound")
    fine = Source("message", 2, "Le mardi 5 janvier me va très bien.", datetime(2026, 12, 17, 9), "inbound")
    assert appointment([offer, no], date(2026, 12, 21), "fr") is None
    assert appointment([offer, fine], date(2026, 12, 21), "fr") is not None


def test_a_short_month_after_the_day_is_a_date_and_the_short_day_name_is_said_in_full():
    de = [Source("note", 1, "Vorführung bei uns in Speyer Fr 12. März, 10 Uhr. Angebot folgt.", datetime(2027, 2, 22, 9),
                 "note")]
    assert appointment(de, date(2027, 2, 23), "de").text == "Vorführung am Freitag, 12. März um 10 Uhr"
    de2 = [Source("note", 1, "Besichtigung Di 9. Feb., 15 Uhr.", datetime(2027, 1, 25, 9), "note")]
    assert appointment(de2, date(2027, 1, 26), "de").text == "Besichtigung am Dienstag, 9. Feb. um 15 Uhr"
    es = [Source("note", 1, "Demostración en la finca jue 11 mar, 9:30.", datetime(2027, 2, 22, 9), "note")]
    assert appointment(es, date(2027, 2, 23), "es").text == "demostración el jueves 11 mar a las 9:30"


def test_an_english_appointment_after_tomorrow_is_said_with_its_date_in_full():
    note = [Source("note", 1, "Demo at the orchard Tue 16 Mar, 9am. Price given.", datetime(2027, 3, 4, 9), "note")]
    assert appointment(note, date(2027, 3, 5)).text == "the demo is on Tue 16 Mar at 9am"  # cut whole, kept so
    full = [Source("note", 1, "Demo at the orchard Tue 16 March, 9am.", datetime(2027, 3, 4, 9), "note")]
    assert appointment(full, date(2027, 3, 5)).text == "the demo is on Tuesday 16 March at 9am"
    soon = [Source("note", 1, "Fitting Sat 6 Mar 9am.", datetime(2027, 3, 4, 9), "note")]
    # tomorrow with the note's cut date beside it: the customer reading it days later still knows the day
    assert appointment(soon, date(2027, 3, 5)).text == "the fitting is tomorrow, Sat 6 Mar, at 9am"


def test_a_day_still_to_be_confirmed_or_an_earlier_sentences_day_is_no_appointment():
    note = [Source("note", 1, "Ernte bis 30. Juni. Termin vor Ort vorgeschlagen Do 20. Mai 8 Uhr, er bestätigt noch.",
                   datetime(2027, 5, 10, 9), "note")]
    assert appointment(note, date(2027, 5, 11), "de") is None


def test_a_bare_cut_weekday_after_its_lead_names_a_day_for_the_grounding_check():
    assert named_weekdays("Angebot bis Fr. schicken", date(2026, 12, 7)) == {date(2026, 12, 11)}
    assert named_weekdays("rappeler avant jeu.", date(2026, 12, 7)) == {date(2026, 12, 10)}
    assert named_weekdays("Bitte an Fr. Müller", date(2026, 12, 7)) == set()


def test_receiving_hours_over_a_span_of_days_are_no_delivery_day():
    # the days and hours a dock takes goods in: said back as the customer's window elsewhere, never as a delivery
    cases = [("en", "Deliveries to our stores dock only Tuesday to Friday 7am-1pm, the yard is shut on Mondays."),
             ("en", "Our goods-in takes deliveries weekdays, 6:30-15:00."),
             ("de", "Anlieferung bitte nur Di-Fr 7-13 Uhr an Rampe 2, montags ist Inventur."),
             ("fr", "Livraison possible du mardi au jeudi de 7 h à 12 h, à la porte B."),
             ("es", "La entrega solo de martes a jueves de 8 a 13 h por el muelle 4."),
             ("en", "Please deliver every Thursday at 8am to the back gate.")]
    for language, text in cases:
        sources = [Source("message", 1, text, datetime(2026, 11, 16, 9), "inbound")]
        assert appointment(sources, date(2026, 11, 17), language) is None, text


def test_an_agreed_day_with_a_window_keeps_the_whole_window():
    de = [Source("note", 1, "Lieferung fest am 9.12. zwischen 8 und 10 Uhr vereinbart.", datetime(2026, 11, 24, 9),
                 "note")]
    assert appointment(de, date(2026, 11, 25), "de").text == "Lieferung am 9.12., zwischen 8 und 10 Uhr"
    en = [Source("message", 1, "Delivery confirmed for Thursday 3 December, 8-10am.", datetime(2026, 11, 24, 9),
                 "inbound")]
    assert appointment(en, date(2026, 11, 25)).text.endswith("8-10am")
    es = [Source("message", 1, "Confirmada la instalación el jueves 3 de diciembre de 9 a 12 h.",
                 datetime(2026, 11, 24, 9), "inbound")]
    assert appointment(es, date(2026, 11, 25), "es").text.endswith("entre las 9 y las 12 h")


def test_a_day_of_the_month_before_its_time_is_no_window():
    fr = [Source("note", 1, "Visite fixée jeudi 3 à 14h avec le chef d'atelier.", datetime(2026, 11, 24, 9), "note")]
    found = appointment(fr, date(2026, 11, 25), "fr")
    assert found is not None and found.text.endswith("à 14h")


def test_a_french_time_written_apart_keeps_its_minutes():
    fr = [Source("note", 1, "Rdv pris : visite vendredi 4 déc. 9 h 45 au dépôt.", datetime(2026, 11, 24, 9), "note")]
    found = appointment(fr, date(2026, 11, 25), "fr")
    assert found is not None and "9 h 45" in found.text


def test_the_person_met_the_place_and_the_bound_of_the_time_come_with_the_appointment():
    en = [Source("note", 1, "Call with Ruth. Tasting booked Wed 14 Apr 15:00 at their Leeds bar, Omar will be there.",
                 datetime(2027, 4, 1, 9), "note")]
    assert appointment(en, date(2027, 4, 2)).text == "the tasting is on Wed 14 Apr at 15:00 at your Leeds bar with Omar"
    fr = [Source("note", 1, "Essai fixé jeudi 8 avril à 9 h avec leur chef d'équipe Julien.", datetime(2027, 4, 1, 9),
                 "note")]
    assert appointment(fr, date(2027, 4, 2), "fr").text == "essai le jeudi 8 avril à 9 h avec Julien"
    es = [Source("note", 1, "Visita martes 13 de abril 10:00 en la bodega, con su enólogo Pablo.",
                 datetime(2027, 4, 1, 9), "note")]
    assert appointment(es, date(2027, 4, 2), "es").text == "visita el martes 13 de abril a las 10:00 en la bodega con Pablo"
    de = [Source("note", 1, "Aufbau Do 15.04. ab 7 Uhr mit Aufbauhelfern.", datetime(2027, 4, 1, 9), "note")]
    assert appointment(de, date(2027, 4, 2), "de").text == "Aufbau am Donnerstag, 15.04. ab 7 Uhr"  # no person: a noun
    before = [Source("note", 1, "Delivery Fri 9 Apr before 8:00 at gate 2.", datetime(2027, 4, 1, 9), "note")]
    assert appointment(before, date(2027, 4, 2)).text == "the delivery is on Fri 9 Apr before 8:00 at gate 2"


def test_the_customer_is_never_the_person_met_and_a_weekday_after_with_is_no_person():
    en = [Source("note", 1, "Demo booked Thu 8 Apr 10:00 with Ruth.", datetime(2027, 4, 1, 9), "note")]
    found = find_appointment(en, {(s.kind, s.id): s.text for s in en}, TZ, date(2027, 4, 2), "en", "Ruth Bell")
    assert found.text == "the demo is on Thu 8 Apr at 10:00"


def test_a_customers_wish_for_the_same_day_is_said_once_as_the_agreed_appointment():
    from followup.drafting.appointment import same_meeting
    from followup.drafting.items import Item
    wish = Item(kind="term", text="", quote="Die Montage müsste am Dienstag, 13. April passieren.",
                source_kind="message", source_id=1, at=datetime(2027, 4, 1, 9), direction="inbound")
    meet = Item(kind="appointment", text="Montage am Dienstag, 13.04. ab 8 Uhr", quote="Montage Di 13.04. ab 8 Uhr.",
                source_kind="note", source_id=2, at=datetime(2027, 4, 2, 9), direction="note")
    other = Item(kind="term", text="", quote="Die Montage müsste am Mittwoch, 14. April passieren.",
                 source_kind="message", source_id=1, at=datetime(2027, 4, 1, 9), direction="inbound")
    assert same_meeting(wish, meet) and not same_meeting(other, meet)


def test_a_german_cut_day_after_the_rep_who_sends_is_a_day_for_the_grounding_check():
    monday = date(2027, 4, 5)
    assert named_weekdays("Revidierte Offerte schicke ich Fr. Kamerateam offen.", monday) == {date(2027, 4, 9)}
    assert named_weekdays("Offerte schicke ich Frau Meier.", monday) == set()  # a title, no day
