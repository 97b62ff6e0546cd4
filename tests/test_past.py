"""Points whose every named day has passed (followup/drafting/past.py)."""
from datetime import date, datetime

from followup.drafting.conversation import build_state
from followup.drafting.past import all_past, lapses, named_days
from followup.drafting.sentences import Source

TZ = "Europe/Madrid"


def test_days_are_read_in_four_languages_against_their_source():
    said = date(2026, 12, 4)
    assert named_days("Prueba en PDF el lunes 7.", said) == [date(2026, 12, 7)]
    assert named_days("addresses by 9 Dec", said) == [date(2026, 12, 9)]
    assert named_days("Termin am 19.12. ab 6 Uhr", said) == [date(2026, 12, 19)]
    assert named_days("livraison le 14 janvier", said) == [date(2027, 1, 14)]
    assert named_days("Monday at 10:00", said) == []  # a weekday alone is left to the relative-day rules


def test_a_point_is_past_only_when_every_day_it_names_is():
    said, today = date(2026, 12, 1), date(2026, 12, 14)
    assert all_past("Proof in PDF on Monday 7", said, today)
    assert not all_past("Delivery by 18 Dec fine if addresses by 9 Dec", said, today)
    assert not all_past("Delivery within 7 working days", said, today)


def test_a_term_whose_day_has_passed_is_not_in_force_but_a_priced_one_is():
    sources = [Source("note", 1, "Llamé a Lucía. Prueba en PDF el lunes 7. Anticipo de 900 € + IVA el lunes 7.",
                      datetime(2026, 12, 4, 10), "note"),
               Source("message", 2, "Sergio, ¿me confirmas la fecha de entrega?", datetime(2026, 12, 11, 10), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 12, 14, 10), customer_name="Lucía Moreno")
    proof = next(i for i in state.items if "PDF" in i.quote)
    priced = next(i for i in state.items if "900" in i.quote)
    assert proof.status == "past"
    assert priced.status == "open"


def test_a_slash_date_is_read_day_first_only_when_that_is_sure():
    from followup.drafting.past import slash_day
    said = date(2027, 1, 11)
    assert slash_day("Visite fixée mer. ", 20, 1, said) == date(2027, 1, 20)  # a Wednesday: the weekday agrees
    assert slash_day("le collège du ", 25, 1, said) == date(2027, 1, 25)  # a day over 12 can only be the day
    assert slash_day("proposal by Fri ", 12, 11, date(2026, 12, 8)) is None  # US order: 11 December is the Friday
    assert slash_day("call on ", 3, 4, said) is None  # 3 April or 4 March: not sure


def test_a_visit_on_a_weekday_with_a_slash_date_is_that_date_not_the_next_weekday():
    sources = [Source("note", 1, "Appel M. Pellerin. Visite fixée mer. 20/01 à 9h30, clés à la mairie.",
                      datetime(2027, 1, 11, 15), "note")]
    state = build_state(sources, "Europe/Paris", datetime(2027, 1, 12, 9), customer_name="Luc Pellerin")
    visit = state.open("appointment")
    assert visit and "demain" not in visit[-1].text and "20/01" in visit[-1].text


def test_a_terms_condition_whose_deadline_has_passed_is_left_off():
    """"install on 20 March if the deposit is in by 6 March" on 10 March: the install stands, the deposit deadline
    is behind us; a condition still ahead stays."""
    from followup.drafting.past import without_past_condition
    line = "install on 20 March works if the deposit is in by 6 March"
    assert without_past_condition(line, date(2027, 3, 1), date(2027, 3, 10)) == "install on 20 March works"
    assert without_past_condition(line, date(2027, 3, 1), date(2027, 3, 4)) == line
    assert without_past_condition("Lieferung am 2.4., sofern die Freigabe bis 15.3. kommt", date(2027, 3, 1),
                                  date(2027, 3, 20)) == "Lieferung am 2.4."


def test_an_offers_validity_span_or_month_end_lapses_from_the_day_it_was_said():
    said = date(2026, 11, 20)
    assert lapses("Offer valid 14 days.", said) == [date(2026, 12, 4)]
    assert lapses("This price is valid until the end of this month.", said) == [date(2026, 11, 30)]
    assert lapses("Das Angebot gilt bis Ende November.", said) == [date(2026, 11, 30)]
    assert lapses("Offre valable jusqu'à fin janvier.", said) == [date(2027, 1, 31)]
    assert lapses("Delivery in 14 days, end of the meeting, fin de semaine.", said) == []
    assert all_past("Válida hasta finales de noviembre.", said, date(2026, 12, 14))
    assert not all_past("Offer valid 30 days.", said, date(2026, 12, 14))


def test_a_week_number_that_has_passed_is_past_like_a_day():
    said = date(2026, 11, 30)
    assert all_past("Lieferung KW 49 ab Werk.", said, date(2026, 12, 14))
    assert not all_past("Lieferung KW 49 ab Werk.", said, date(2026, 12, 6))  # the week's Sunday is not past yet
    assert not all_past("Montage in semaine 3.", said, date(2026, 12, 14))  # next year's week 3


def test_a_terms_clause_of_an_event_already_past_is_left_off_when_another_day_is_ahead():
    from followup.drafting.past import without_past_events
    said, today = date(2027, 3, 10), date(2027, 4, 6)
    assert without_past_events("Abholung Montag, 15. März, Rücklieferung bis Mittwoch, 5. Mai", said, today) == \
        "Rücklieferung bis Mittwoch, 5. Mai"
    assert without_past_events("Pickup on Monday 15 March, return by Wednesday 5 May", said, today) == \
        "return by Wednesday 5 May"
    assert without_past_events("Enlèvement le 15 mars, livraison le 5 mai", said, today) == "livraison le 5 mai"
    assert without_past_events("Recogida el 15 de marzo, entrega el 5 de mayo", said, today) == "entrega el 5 de mayo"
    # nothing past yet, every day past, or a weekday opening the clause: the term as it was
    for text, on in (("Abholung Montag, 15. März, Rücklieferung bis Mittwoch, 5. Mai", date(2027, 3, 12)),
                     ("Abholung 15. März, Rücklieferung 20. März", today),
                     ("Montag, den 15. März, Lieferung 5. Mai", today)):
        assert without_past_events(text, said, on) == text


def test_a_wait_for_someones_return_is_dropped_once_the_absence_their_email_named_is_past():
    for text, wait in (("Sarah is on leave until 16 August. Sarah will send the proposal form when she is back.",
                        "when she is back"),
                       ("Laurent est en congé jusqu'au 16 août. Laurent vous proposera des dates à son retour.",
                        "à son retour")):
        mail = Source("message", 1, f"Hello,\n\n{text}\n\nRashid", datetime(2027, 8, 4, 8), "outbound")
        state = build_state([mail], "Asia/Dubai", datetime(2027, 8, 18, 8), customer_name="Khalid Mansoori")
        said = [i for i in state.open() if "proposal form" in i.quote or "dates" in i.quote]
        assert said and not any(wait in i.quote or wait in i.text for i in said), state.items


def test_july_in_french_is_july_not_june():
    said = date(2028, 6, 1)
    assert named_days("le samedi 8 juillet", said) == [date(2028, 7, 8)]
    assert named_days("le 8 juil.", said) == [date(2028, 7, 8)]
    assert named_days("le 3 juin", said) == [date(2028, 6, 3)]
