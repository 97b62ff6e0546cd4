"""Tests of restatedays.py."""
from datetime import date, datetime, timezone

import pytest

from followup.drafting.restatedays import restate_dates


def test_a_german_french_or_spanish_by_day_keeps_its_by_and_a_passed_day_leaves_no_gap():
    monday = datetime(2026, 11, 23, 9)  # Monday in Berlin
    wednesday = date(2026, 11, 25)
    assert restate_dates("Angebot schicke ich bis Freitag.", monday, "Europe/Berlin", wednesday, "de") == \
        "Angebot schicke ich bis Freitag."
    assert restate_dates("Je vous envoie le devis avant vendredi.", monday, "Europe/Paris", wednesday, "fr") == \
        "Je vous envoie le devis d'ici vendredi."
    assert restate_dates("Die Probe schicke ich Ihnen morgen.", monday, "Europe/Berlin", wednesday, "de") == \
        "Die Probe schicke ich Ihnen."


def test_weekdays_in_a_list_are_a_schedule_and_stay_as_written():
    from datetime import date, datetime

    from followup.drafting.restatedays import restate_dates
    said = datetime(2026, 11, 26, 9)  # a Thursday
    assert restate_dates("classes Tue + Thu at 7pm", said, "Europe/London", date(2026, 12, 1)) == \
        "classes Tue + Thu at 7pm"
    assert restate_dates("open Mon, Wed and Fri", said, "Europe/London", date(2026, 11, 30)) == "open Mon, Wed and Fri"
    assert restate_dates("sending it Tue", said, "Europe/London", date(2026, 11, 30)) == "sending it tomorrow"


def test_a_french_weekday_with_le_is_a_schedule_and_stays():
    monday = datetime(2026, 11, 23, 9)
    friday = date(2026, 11, 27)
    assert restate_dates("une collecte le mardi est possible", monday, "Europe/Paris", friday, "fr") == \
        "une collecte le mardi est possible"
    assert restate_dates("je passe mardi", monday, "Europe/Paris", friday, "fr") == "je passe"


def test_a_foreign_end_of_the_week_deadline_is_dropped_once_that_week_is_over():
    """"bis Ende der Woche" in Tuesday's note still holds on Wednesday; the next Wednesday it has passed."""
    tuesday = datetime(2027, 3, 9, 13)
    line = "Ich schicke Ihnen bis Ende der Woche die Maße."
    assert restate_dates(line, tuesday, "Europe/Berlin", date(2027, 3, 10), "de") == line
    assert restate_dates(line, tuesday, "Europe/Berlin", date(2027, 3, 17), "de") == "Ich schicke Ihnen die Maße."
    assert restate_dates("je vous rappelle d'ici la fin de la semaine", tuesday, "Europe/Paris", date(2027, 3, 17),
                         "fr") == "je vous rappelle"


def test_a_german_coming_weekday_with_its_date_keeps_the_date_and_loses_coming():
    """"am kommenden Freitag, 12. März" was the sender's week: the date says the day, "kommenden" goes."""
    line = "Wir liefern am kommenden Freitag, 12. März, ab 8 Uhr."
    said = restate_dates(line, datetime(2027, 3, 8, 9), "Europe/Berlin", date(2027, 3, 10), "de")
    assert said == "Wir liefern am Freitag, 12. März, ab 8 Uhr."


def test_a_weekday_naming_a_thing_takes_no_on():
    at, tz, today = datetime(2026, 12, 10, 21, 40), "Pacific/Fiji", date(2026, 12, 15)
    assert restate_dates("I'll confirm the Thursday delivery", at, tz, today) == "I'll confirm the Thursday delivery"
    assert restate_dates("I'll send it Thursday", at, tz, today) == "I'll send it on Thursday"


def test_a_weekday_after_a_names_no_day():
    at, tz, today = datetime(2026, 12, 10, 21, 40), "Pacific/Fiji", date(2026, 12, 11)
    assert restate_dates("we can do it on a Saturday", at, tz, today) == "we can do it on a Saturday"


def test_a_past_day_said_as_a_possessive_leaves_the_thing_not_its_s():
    """"over on Friday's boat" once Friday is past: "over the boat", never "over 's boat"."""
    from followup.drafting.restatedays import restate_dates
    said = restate_dates("The hire unit can come over on Friday's boat.", datetime(2027, 2, 20, 10), "Europe/London",
                         date(2027, 4, 7))
    assert said == "The hire unit can come over the boat."


def test_a_weekday_inside_a_holiday_name_is_part_of_the_name():
    """'from Good Friday' is no Friday to restate (blind heldout26: 'shut from Good on Friday until Tuesday 18 April');
    the same for Easter Monday, Vendredi saint, lundi de Pâques, Jueves and Viernes Santo."""
    monday = datetime(2028, 4, 10, 8)
    tuesday = date(2028, 4, 11)
    for language, text in (("en", "Our office is shut from Good Friday until Tuesday 18 April."),
                           ("en", "We are closed on Maundy Thursday and Easter Monday."),
                           ("de", "Wir haben am Karfreitag und am Ostermontag geschlossen."),
                           ("fr", "Le bureau est fermé du Vendredi saint au lundi de Pâques."),
                           ("es", "Cerramos el Jueves Santo y el Viernes Santo, toda la Semana Santa.")):
        assert restate_dates(text, monday, "Europe/Madrid", tuesday, language).rstrip(".") == text.rstrip(".")
    assert restate_dates("I'll call you Friday", monday, "Europe/London", tuesday) == "I'll call you on Friday"


def test_a_weekday_of_any_week_is_a_recurring_slot_not_one_day():
    """'Thu or Fri morning, any week from 5 June' names no day to restate as 'tomorrow'; in every language."""
    said, today = datetime(2028, 5, 30, 12, 30), date(2028, 5, 31)
    assert restate_dates("Wants site visit, Thu or Fri morning, any week from 5 June.", said, "Africa/Johannesburg",
                         today) == "Wants site visit, Thursday or Friday morning, any week from 5 June."
    for text, language in [("Besuch Donnerstag oder Freitag vormittags, jede Woche ab 5. Juni.", "de"),
                           ("Visite jeudi ou vendredi matin, n'importe quelle semaine à partir du 5 juin.", "fr"),
                           ("Visita jueves o viernes por la mañana, cualquier semana desde el 5 de junio.", "es")]:
        assert restate_dates(text, said, "Europe/Paris", today, language) == text


@pytest.mark.parametrize(("text", "language", "said"), [
    ("Suite à notre visite de mercredi, veuillez trouver le devis.", "fr",
     "Suite à notre visite, veuillez trouver le devis."),
    ("Con su confirmación del lunes, la DM-800 llega.", "es", "Con su confirmación, la DM-800 llega."),
    ("Nach unserem Gespräch vom Montag schicke ich das Angebot.", "de", "Nach unserem Gespräch schicke ich das Angebot."),
    ("Following our visit of Tuesday, here is the quote.", "en", "Following our visit, here is the quote."),
])
def test_a_dropped_past_day_takes_the_word_tying_it_along(text, language, said):
    at = datetime(2026, 11, 2, 10, tzinfo=timezone.utc)
    assert restate_dates(text, at, "Europe/Paris", date(2026, 11, 30), language) == said


def test_a_weekday_naming_a_thing_stays_a_weekday_when_it_is_today_or_tomorrow() -> None:
    """"our Thursday route" said on that Thursday is never "our today route"; a plain day still is "today"."""
    written = datetime(2027, 3, 1, 10, tzinfo=timezone.utc)
    for today in (date(2027, 3, 4), date(2027, 3, 3)):
        assert restate_dates("Collections are included on our Thursday route.", written, "Europe/Dublin", today) == \
            "Collections are included on our Thursday route."
    assert restate_dates("I'll send the quote on Thursday", written, "Europe/Dublin", date(2027, 3, 4)) == \
        "I'll send the quote today"


def test_a_notes_cut_weekday_is_restated_as_its_full_name_would_be():
    """"bis Fr." written on a Monday is that Friday: "bis Freitag" on Wednesday, "heute" on Friday, gone after."""
    monday = datetime(2026, 11, 23, 9)
    assert restate_dates("Ich schicke Ihnen das Angebot bis Fr.", monday, "Europe/Berlin", date(2026, 11, 25),
                         "de") == "Ich schicke Ihnen das Angebot bis Freitag."
    assert restate_dates("Ich schicke Ihnen das Angebot bis Fr.", monday, "Europe/Berlin", date(2026, 11, 27),
                         "de") == "Ich schicke Ihnen das Angebot heute."
    assert restate_dates("Je vous rappelle avant ven.", monday, "Europe/Paris", date(2026, 11, 26), "fr") == \
        "Je vous rappelle d'ici demain."
    assert restate_dates("Le envío la cotización antes del vie.", monday, "Europe/Madrid", date(2026, 11, 24),
                         "es") == "Le envío la cotización antes del viernes."
    assert restate_dates("Ich schicke es an Fr. Müller.", monday, "Europe/Berlin", date(2026, 11, 25), "de") == \
        "Ich schicke es an Fr. Müller."


@pytest.mark.parametrize("text, language, said", [
    ("I'll confirm the discount by Wednesday 6 Apr.", "en", "I'll confirm the discount today."),
    ("I'll confirm the discount on Wednesday, April 6.", "en", "I'll confirm the discount today."),
    ("Ich bestätige den Rabatt bis Mittwoch, 6. April.", "de", "Ich bestätige den Rabatt heute."),
    ("Je confirme la remise d'ici le mercredi 6 avril.", "fr", "Je confirme la remise aujourd'hui."),
    ("Confirmo el descuento el miércoles 6 de abril.", "es", "Confirmo el descuento hoy."),
])
def test_a_weekday_with_its_date_that_is_the_drafts_day_is_said_as_today(text, language, said):
    at = datetime(2033, 4, 1, 8, 30, tzinfo=timezone.utc)
    assert restate_dates(text, at, "Europe/Madrid", date(2033, 4, 6), language) == said


def test_a_weekday_with_another_days_date_is_not_today():
    at = datetime(2033, 4, 1, 8, 30, tzinfo=timezone.utc)
    assert restate_dates("Delivery on Thursday 7 April.", at, "Europe/Madrid", date(2033, 4, 6)) == \
        "Delivery on Thursday 7 April."


def test_an_english_date_cut_whole_or_a_span_ending_in_one_keeps_its_cut_day_names():
    monday = datetime(2031, 3, 3, 9)
    assert restate_dates("Fitting Thu 13 Mar at 9am.", monday, "Europe/London", date(2031, 3, 4)) == \
        "Fitting Thu 13 Mar at 9am."
    assert restate_dates("Install Mon 17 - Wed 19 Mar.", monday, "Europe/London", date(2031, 3, 4)) == \
        "Install Mon 17 - Wed 19 Mar."
    assert restate_dates("Fitting Thu 13th at 9am.", monday, "Europe/London", date(2031, 3, 4)) == \
        "Fitting Thursday 13th at 9am."  # no month: the day name is written out
