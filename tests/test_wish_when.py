"""The end of a quiet period read by a grammar over parts of a date, and a possible quiet period from a request to get in
touch again on such a day (followup.text.wish_when)."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_when import end_day
from followup.text.wishes import detect_wishes

CHICAGO = "America/Chicago"
TUE = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
TODAY = date(2026, 11, 10)


def _quiet_day(text: str) -> tuple[bool, date] | None:
    """(certain, local end day) of the quiet period read in text, or None."""
    for w in detect_wishes(text, TUE, CHICAGO):
        if w.kind == "quiet":
            local = w.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(CHICAGO))
            return w.certain, local.date()
    return None


@pytest.mark.parametrize("said, day", [
    ("end of next week", date(2026, 11, 20)),
    ("Ende nächster Woche", date(2026, 11, 20)),
    ("à la fin de la semaine prochaine", date(2026, 11, 20)),
    ("a finales de la semana que viene", date(2026, 11, 20)),
    ("alla fine della prossima settimana", date(2026, 11, 20)),
    ("eind volgende week", date(2026, 11, 20)),
    ("early December", date(2026, 12, 1)),
    ("mid-December", date(2026, 12, 15)),
    ("Anfang Dezember", date(2026, 12, 1)),
    ("début du mois prochain", date(2026, 12, 1)),
    ("the end of the month", date(2026, 11, 30)),
    ("week 50", date(2026, 12, 7)),
    ("KW 48", date(2026, 11, 23)),
    ("by 04.12.", date(2026, 12, 4)),
    ("on 07/12", date(2026, 12, 7)),
    ("Thursday the 19th", date(2026, 11, 19)),
    ("lundi prochain", date(2026, 11, 16)),
    ("venerdì prossimo", date(2026, 11, 20)),
    ("volgende week maandag", date(2026, 11, 16)),
    ("next month", date(2026, 12, 1)),
    ("in the new year", date(2027, 1, 1)),
    ("until January", date(2027, 1, 1)),
    ("over twee weken", date(2026, 11, 24)),
])
def test_end_day_reads_parts_of_a_date(said, day):
    assert end_day(said, TODAY) == day


@pytest.mark.parametrize("said", ["at 10.30", "2.5 million", "24/7 support", "we met last week", "the price is 40"])
def test_end_day_reads_no_date_in_numbers_that_are_none(said):
    assert end_day(said, TODAY) is None


@pytest.mark.parametrize("text, day", [
    ("Könnten Sie sich Ende nächster Woche wieder melden?", date(2026, 11, 20)),
    ("Pourriez-vous me recontacter à la fin de la semaine prochaine ?", date(2026, 11, 20)),
    ("Pouvez-vous me rappeler lundi prochain ?", date(2026, 11, 16)),
    ("Kunt u over twee weken terugkomen?", date(2026, 11, 24)),
    ("Please get back in touch in the new year.", date(2027, 1, 1)),
])
def test_a_request_to_get_in_touch_again_on_a_day_is_a_possible_quiet_period(text, day):
    assert _quiet_day(text) == (False, day)


@pytest.mark.parametrize("text, day", [
    ("Bitte melden Sie sich Anfang Dezember wieder bei mir.", date(2026, 12, 1)),
    ("Recontactez-moi début décembre, s'il vous plaît.", date(2026, 12, 1)),
    ("Vuelve a contactarme a principios de diciembre, por favor.", date(2026, 12, 1)),
    ("Mi ricontatti alla fine della prossima settimana.", date(2026, 11, 20)),
    ("Bel me begin december maar terug.", date(2026, 12, 1)),
])
def test_contact_asked_outright_at_a_part_of_a_week_or_month_is_certain(text, day):
    # session 57 (wish_contact_in): as English "call me at the end of next week"; a question stays possible
    assert _quiet_day(text) == (True, day)


def test_touching_base_again_next_weekday_is_a_quiet_period_for_certain():
    # round 21: "next Friday" after a check-back verb names the day, as "on Friday" does
    assert _quiet_day("Can you touch base again next Friday?") == (True, date(2026, 11, 20))


@pytest.mark.parametrize("text, day", [
    ("Please give me until early December to look at it.", date(2026, 12, 1)),
    ("We'll be in a better position mid-December, can you reach out then?", date(2026, 12, 15)),
])
def test_a_possible_quiet_period_ends_on_the_day_the_grammar_reads(text, day):
    assert _quiet_day(text) == (False, day)


@pytest.mark.parametrize("text, day", [
    ("The board meets on 3/12. Please don't chase before 04/12.", date(2026, 12, 4)),
    ("Please don't contact me again before week 48.", date(2026, 11, 23)),
])
def test_contact_refused_before_the_day_the_grammar_reads_is_certain(text, day):
    # (session 46: a contact moment joined to "not before" is a certain quiet period, wish_not_before)
    assert _quiet_day(text) == (True, day)


def test_a_weekday_written_with_its_day_of_the_month_ends_on_that_day():
    assert _quiet_day("Can you check in again on Thursday the 19th?") == (True, date(2026, 11, 19))
    assert _quiet_day("Please don't follow up until after Wednesday the 18th.")[1] == date(2026, 11, 18)  # SPEC


@pytest.mark.parametrize("text", [
    "Could you get back to me in a few days with the revised figures?",
    "Pouvez-vous me rappeler lundi à 10h ?",
    "Rufen Sie mich bitte am Montag um 14 Uhr an.",
    "Je vous ai rappelé hier, lundi 9.",
    "Bitte melden Sie sich, wenn die Lieferung Anfang Dezember kommt.",
    "Llámame el lunes con el presupuesto.",
])
def test_appointments_deliveries_and_things_asked_for_are_no_quiet_period(text):
    assert _quiet_day(text) is None


@pytest.mark.parametrize("text", [
    "Bitte warten Sie, bis der Vorstand entschieden hat.",
    "Merci d'attendre que le conseil se prononce.",
    "Espere a que hable con mi socio, por favor.",
    "Aspetti che il direttore torni dalle ferie, per favore.",
    "Wacht u even tot de begroting rond is.",
])
def test_a_request_to_wait_for_an_event_in_another_language_is_a_possible_quiet_period(text):
    assert _quiet_day(text) == (False, date(2026, 11, 17))  # an undated event: a week, then the rep decides


@pytest.mark.parametrize("text", [
    "Wir warten noch auf die Lieferung, bis dahin ist alles offen.",  # the customer waits for a delivery
    "J'attends que vous m'envoyiez le devis avec les prix.",  # the customer waits for the rep
])
def test_waiting_for_a_delivery_or_for_the_rep_is_no_quiet_period(text):
    assert _quiet_day(text) is None


@pytest.mark.parametrize("said, day", [
    ("un paio di settimane", date(2026, 11, 24)),
    ("un par de semanas", date(2026, 11, 24)),
    ("een weekje", date(2026, 11, 17)),
])
def test_end_day_reads_pairs_and_diminutives(said, day):
    assert end_day(said, TODAY) == day


def test_try_me_on_a_day_is_a_possible_quiet_period_and_try_me_alone_is_not():
    assert _quiet_day("Not this week, try me Friday.") == (False, date(2026, 11, 13))
    assert _quiet_day("Try me on my mobile if the office line is busy.") is None


def test_a_hold_for_the_next_length_of_time_is_a_quiet_period_not_a_pause():
    text = "It will take a while, so please hold off on any follow-ups for the\nnext two weeks or so."
    assert _quiet_day(text) == (True, date(2026, 11, 24))
    assert [w.kind for w in detect_wishes("Please hold off for now.", TUE, CHICAGO)] == ["paused"]


@pytest.mark.parametrize("text, day, certain", [
    ("Ne m'écrivez pas avant deux semaines, merci.", date(2026, 11, 24), True),  # refused: certain (wish_not_before)
    ("Não me contacte antes da próxima terça.", date(2026, 11, 17), True),
    ("Hablamos el viernes de la semana que viene.", date(2026, 11, 20), False),
])
def test_a_refusal_before_a_day_or_length_and_a_weekday_of_next_week(text, day, certain):
    assert _quiet_day(text) == (certain, day)


def test_a_hold_until_a_month_is_a_quiet_period_and_until_the_new_year_stays_a_pause():
    assert _quiet_day("Everything is on hold till December, so no point chasing before.") == (True, date(2026, 12, 1))
    assert [w.kind for w in detect_wishes("We are holding off until the new year.", TUE, CHICAGO)] == ["paused"]


@pytest.mark.parametrize("text", [
    "Schreiben Sie mir bitte Anfang Dezember die neue Preisliste.",
    "Envoyez-moi le devis début décembre.",
    "La consegna non arriverà prima di venerdì, mi chiami per confermare.",
])
def test_a_document_asked_for_on_a_day_is_no_quiet_period(text):
    assert _quiet_day(text) is None


def test_a_spanish_refusal_until_the_end_of_the_month_ends_the_wait_then():
    """Read as certain, as "Please don't email me until the end of the month." is (wish_ends reads "hasta final de mes")."""
    assert _quiet_day("No me escribas hasta final de mes, por favor.") == (True, date(2026, 11, 30))


def test_a_weekday_with_its_day_and_month_is_that_month():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.text.wish_when import day_with_number

    zone = ZoneInfo("America/Chicago")
    local = datetime(2026, 11, 10, 9, 0, tzinfo=zone)
    got = day_with_number("Mi dia tempo fino a venerdì 11 dicembre, per favore.", local, zone)
    assert got.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone).date().isoformat() == "2026-12-11"
    got = day_with_number("Can you check in again on Thursday the 19th?", local, zone)
    assert got.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone).date().isoformat() == "2026-11-19"


@pytest.mark.parametrize("said, day", [
    ("our fiscal year restarts on the 3rd of next month", date(2026, 12, 3)),
    ("la commission se réunit le 15 du mois prochain", date(2026, 12, 15)),
    ("sometime next month", date(2026, 12, 1)),
])
def test_a_day_of_next_month_is_that_day_not_the_first(said, day):
    assert end_day(said, TODAY) == day


def test_a_customer_away_who_names_the_day_back_is_quiet_until_it():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.text.wish_when import away_until_back
    zone = ZoneInfo("Europe/London")
    local = datetime(2027, 8, 10, 9, tzinfo=zone)
    sentence = "I am away for the holidays and will return to the office on Monday 23 August."
    wish = away_until_back(sentence, 0, sentence, local, zone)
    assert wish.kind == "quiet" and wish.certain and wish.until == datetime(2027, 8, 22, 23)
    for other in ("Steve is away and will return on 23 August.", "The parts will return to the depot on 23 August."):
        assert away_until_back(other, 0, other, local, zone) is None


@pytest.mark.parametrize("text, day", [
    ("Nous sommes fermés jusqu'au 4 janvier, merci de ne rien nous envoyer d'ici là.", "2027-01-04"),
    ("We zijn gesloten tot 4 januari, stuur ons tot die tijd niets.", "2027-01-04"),
    ("Wir sind bis 4. Januar geschlossen, bitte schicken Sie uns bis dahin nichts.", "2027-01-04"),
])
def test_nothing_sent_until_then_abroad_is_a_possible_wait_to_the_day_said(text, day):
    from followup.text.wish_when import possible_event_wait

    zone = ZoneInfo(CHICAGO)
    end = possible_event_wait(text, datetime(2026, 11, 10, 9, 0, tzinfo=zone), zone)
    assert end is not None and end.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone).date().isoformat() == day


def test_nothing_changing_until_then_abroad_is_no_wait():
    from followup.text.wish_when import possible_event_wait

    zone = ZoneInfo(CHICAGO)
    assert possible_event_wait("D'ici là, rien ne change pour nous.", datetime(2026, 11, 10, 9, 0, tzinfo=zone), zone) is None


@pytest.mark.parametrize("text, day", [
    ("Circle back with me on Monday, November 30 and not before.", date(2026, 11, 30)),
    ("Please don't chase us before Friday, December 4th.", date(2026, 12, 4)),
])
def test_a_weekday_with_its_month_and_day_after_it_is_that_day(text, day):
    assert _quiet_day(text) == (True, day)


@pytest.mark.parametrize("text, day", [
    ("Le ruego que no me busquen antes del 3 de diciembre.", date(2026, 12, 3)),
    ("Por favor não me procure antes de 3 de dezembro.", date(2026, 12, 3)),
])
def test_not_looked_for_before_a_day_is_a_certain_wait_to_it(text, day):
    assert _quiet_day(text) == (True, day)  # the day named and the writer's own contact refused (wish_quiet_abroad)


def test_a_quiet_wish_waits_for_its_own_numbered_day_not_an_earlier_one_in_its_sentence():
    text = "Our board meets on Thursday 27 July, so please don't chase me before Friday 28 July."
    quiet = [w for w in detect_wishes(text, datetime(2028, 7, 17, 7, 30), "Europe/Madrid") if w.kind == "quiet"]
    assert [w.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo("Europe/Madrid")).date()
            for w in quiet] == [date(2028, 7, 28)]


def test_a_weekday_with_its_number_alone_still_names_that_day():
    quiet = [w for w in detect_wishes("Can you check in again on Thursday the 19th?", TUE, CHICAGO) if w.kind == "quiet"]
    assert quiet and quiet[0].until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(CHICAGO)).date() == \
        date(2026, 11, 19)


def test_a_day_numbered_in_the_wish_itself_wins_over_a_meeting_day_in_its_sentence():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.text.wish_when import numbered_day

    zone = ZoneInfo("America/Chicago")
    local = datetime(2026, 11, 10, 9, 0, tzinfo=zone)
    sentence = "Our board sits on Monday, November 16, so please do not chase me until the 17th."
    assert numbered_day(sentence, ["do not chase me until the 17th"], local, zone) is None
    got = numbered_day("Can you check in again on Thursday the 19th?", ["check in again on Thursday"], local, zone)
    assert got.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone).date().isoformat() == "2026-11-19"


@pytest.mark.parametrize("text, day", [
    ("Probeer het over drie weken nog eens.", date(2026, 12, 1)),  # the rep told to try again after a length
    ("Versuchen Sie es in drei Wochen noch einmal.", date(2026, 12, 1)),
    ("Réessayez dans trois semaines.", date(2026, 12, 1)),
    ("Please try again in three weeks.", date(2026, 12, 1)),
])
def test_try_again_after_a_length_is_a_possible_quiet_period(text, day):
    assert _quiet_day(text) == (False, day)


def test_try_again_told_of_the_past_is_no_wait():
    assert _quiet_day("I told them in October to try again after Christmas.") is None


@pytest.mark.parametrize("said", ["call me when the month is over", "wenn der Monat rum ist", "quand le mois sera fini",
                                  "cuando acabe el mes", "quando il mese sarà finito", "quando acabar o mês",
                                  "als de maand om is"])
def test_end_day_reads_the_month_said_to_be_over_as_its_last_day(said):
    assert end_day(said, TODAY) == date(2026, 11, 30)


def test_period_end_only_for_a_part_of_a_week_or_month():
    from followup.text.wish_base import local_time, zone_of
    from followup.text.wish_when import period_end
    zone = zone_of(CHICAGO)
    local = local_time(TUE, zone)
    end = period_end("à la fin de la semaine prochaine", local, zone)
    assert end is not None and end.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone).date() == date(2026, 11, 20)
    assert period_end("lundi prochain", local, zone) is None
