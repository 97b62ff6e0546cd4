"""The shared day arithmetic: one meaning of "next Friday" for wishes, drafts and grounding."""
import re
from datetime import date

import pytest

from followup.text.dates import (
    DAY_NAMES,
    EN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTH_CUTS,
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    alternation,
    day_names,
    foreign_duration_days,
    month_cuts,
    month_names,
    month_prefixes,
    next_day_of_month,
    next_weekday,
    short_weekdays,
)

TUESDAY = date(2026, 11, 10)


def test_coming_weekday_and_same_day():
    """A day name means the coming one; the same weekday is a week on unless today counts (a due date)."""
    assert next_weekday(TUESDAY, WEEKDAYS["fri"]) == date(2026, 11, 13)
    assert next_weekday(TUESDAY, WEEKDAYS["tuesday"]) == date(2026, 11, 17)
    assert next_weekday(TUESDAY, WEEKDAYS["tuesday"], today_counts=True) == TUESDAY


def test_next_weekday_said_earlier_in_the_week():
    """"next Friday" said on a Tuesday is the Friday of next week; "next Monday" is the coming Monday."""
    assert next_weekday(TUESDAY, WEEKDAYS["friday"], said_next=True) == date(2026, 11, 20)
    assert next_weekday(TUESDAY, WEEKDAYS["monday"], said_next=True) == date(2026, 11, 16)
    assert next_weekday(TUESDAY, WEEKDAYS["tuesday"], said_next=True, today_counts=True) == date(2026, 11, 17)


def test_day_of_month_rolls_into_next_month():
    """"the 4th" said on the 10th is the 4th of next month; a named month is honoured."""
    assert next_day_of_month(TUESDAY, 4, None) == date(2026, 12, 4)
    assert next_day_of_month(TUESDAY, 9, MONTHS["januar"]) == date(2027, 1, 9)
    assert next_day_of_month(TUESDAY, 31, MONTHS["février"]) is None


def test_a_length_of_time_in_the_other_six_languages():
    assert foreign_duration_days("Geben Sie mir bitte zwei Wochen Zeit") == 14
    assert foreign_duration_days("Laissez-moi quelques jours pour réfléchir") == 3
    assert foreign_duration_days("Revenez vers moi dans quinze jours") == 14
    assert foreign_duration_days("Dame un mes") == 30
    assert foreign_duration_days("Geef me een week") == 7
    # "about ten" and "about twenty" days in the five languages that count them so
    assert foreign_duration_days("Il me faut une dizaine de jours") == 10
    assert foreign_duration_days("mi serve una decina di giorni") == 10
    assert foreign_duration_days("necesito una decena de días") == 10
    assert foreign_duration_days("preciso de uma dezena de dias") == 10
    assert foreign_duration_days("geef me een tiental dagen") == 10
    assert foreign_duration_days("une vingtaine de jours") == 20
    assert foreign_duration_days("Thanks, see you soon") is None


@pytest.mark.parametrize("text, days", [
    ("jag behöver ett par veckor", 14),  # Swedish and Danish "a couple"
    ("giv mig et par uger", 14),
    ("jag behöver en vecka till", 7),  # Nordic "en" before a unit of those languages
    ("hör av dig om en månad", 30),
    ("дайте мені пару тижнів", 14),  # Ukrainian
    ("дайте мені десять днів", 10),
    ("зв'яжіться через тиждень", 7),  # one unit after "через", its count unsaid
    ("позвоните через месяц", 30),  # Russian
    ("proszę zadzwonić za tydzień", 7),
    ("denme dos semanas, bueno, mejor tres", 21),  # the length corrected: the later count, the first one's unit
    ("denme una semana... bueno, mejor diez días", 10),  # ... or its own unit
    ("zwei Wochen, besser drei", 21),
])
def test_lengths_in_nordic_and_cyrillic_and_a_corrected_length(text, days):
    from followup.text.dates import foreign_duration_days

    assert foreign_duration_days(text) == days


@pytest.mark.parametrize("text", ["je suis joignable en semaine", "доставка", "za chwilę"])
def test_words_that_are_no_length(text):
    from followup.text.dates import foreign_duration_days

    assert foreign_duration_days(text) is None


def test_a_correction_needs_a_correcting_word_and_a_count():
    from followup.text.dates import FOREIGN_COUNTS, FOREIGN_UNITS, corrected_days

    assert corrected_days(", bueno, mejor tres", FOREIGN_COUNTS, FOREIGN_UNITS, 7) == 21
    assert corrected_days(", tres días más tarde", FOREIGN_COUNTS, FOREIGN_UNITS, 7) is None  # no correcting word
    assert corrected_days(", mejor por correo", FOREIGN_COUNTS, FOREIGN_UNITS, 7) is None  # no count


@pytest.mark.parametrize("lead,weekday", [
    ("Return date: Wed ", 2), ("Rückkehr: Montag, ", 0), ("Date de retour : lundi ", 0), ("Fecha: miércoles ", 2),
    ("Data di rientro: lunedì ", 0), ("Data de regresso: segunda-feira, ", 0), ("Terug op: donderdag ", 3),
    ("Return date: ", None),
])
def test_a_weekday_before_a_date_in_the_seven_languages(lead, weekday):
    from followup.text.dates import weekday_before
    assert weekday_before(lead) == weekday


def test_falls_on_checks_the_day_exists_and_its_weekday():
    from followup.text.dates import falls_on
    assert falls_on(2026, 12, 2, 2)  # Wed 2 December 2026
    assert not falls_on(2026, 2, 12, 2)  # 12 February 2026 is a Thursday
    assert not falls_on(2026, 2, 30, 0)


def test_dutch_says_about_n_units_with_the_unit_first():
    from followup.text.dates import foreign_duration_days

    assert foreign_duration_days("Laat mij een dag of tien gerust") == 10
    assert foreign_duration_days("geef me een week of drie") == 21
    assert foreign_duration_days("een maand of twee") == 60
    assert foreign_duration_days("een dag of acht") == 8
    assert foreign_duration_days("een dag") == 1  # one day, no count after it


@pytest.mark.parametrize(("text", "language", "weekday"), [
    ("Angebot bis Fr. schicken.", "de", 4), ("Rückruf am Di wegen Förderung", "de", 1),
    ("Angebot bis Fr. Danach Termin.", "de", 4), ("Muster ab Mo", "de", 0),
    ("-> je vérifie et rappelle avant ven.", "fr", 4), ("devis d'ici mar.", "fr", 1), ("rappel le jeu.", "fr", 3),
    ("Enviar cotización antes del vie.", "es", 4), ("llamo el mié", "es", 2), ("hasta el mar tengo tiempo", "es", 1),
    ("Send the spec by Fri", "en", 4), ("call back on Thu", "en", 3),
])
def test_a_bare_weekday_cut_short_after_a_lead_word_is_that_day(text: str, language: str, weekday: int) -> None:
    assert [found[2] for found in short_weekdays(text, language)] == [weekday]
    assert [found[2] for found in short_weekdays(text)] == [weekday]  # a source of no known language reads it too


@pytest.mark.parametrize(("text", "language"), [
    ("Bitte an Fr. Müller.", "de"), ("Rückmeldung bis Fr. Müller.", "de"), ("nach Fr. Schulz sagt sie ja", "de"),
    ("Fr. Bräuer fragt nach der Anmeldung", "de"), ("Besichtigung Do 17.12. 14 Uhr", "de"), ("mit Mo reden", "de"),
    ("bis so weit", "de"), ("le 12 mar. au plus tard", "fr"), ("le jeu de clés", "fr"), ("pour Sam et Léa", "fr"),
    ("ce jeu de pièces", "fr"), ("vamos al mar.", "es"), ("una casa junto al mar", "es"), ("antes del vie 18 dic.", "es"),
    ("I'll be there on sun or rain.", "en"), ("by Thu 17 Dec", "en"),
])
def test_a_cut_weekday_needs_its_lead_and_is_no_title_name_word_or_date(text: str, language: str) -> None:
    """"Fr." titling a person is Frau, "12 mar." is March, "le jeu" a game, "al mar" the sea, "Do 17.12." a date."""
    assert short_weekdays(text, language) == []


def test_a_length_softened_by_a_diminutive() -> None:
    """"dos semanitas" is two weeks: a diminutive softens a length, it does not change it."""
    assert foreign_duration_days("Dame dos semanitas para mirarlo") == 14
    assert foreign_duration_days("me das unos diitas") == 3
    assert foreign_duration_days("espera un mesecito") == 30
    assert foreign_duration_days("me dá duas semaninhas") == 14


def test_each_language_names_twelve_months_and_seven_days_in_order() -> None:
    assert all(list(names.values()) == list(range(1, 13)) for names in MONTH_NAMES.values())
    assert sorted(set(DAY_NAMES["de"].values())) == list(range(7)) and DAY_NAMES["fr"]["dimanche"] == 6
    assert MONTHS["jänner"] == 1 and MONTHS["maart"] == 3 and EN_MONTHS["sept"] == 9 and "julio" not in EN_MONTHS
    assert FOREIGN_WEEKDAYS["sabado"] == 5 and "monday" not in FOREIGN_WEEKDAYS


def test_month_names_with_or_without_cuts_and_other_spellings() -> None:
    assert "aout" in month_names("fr") and "aout" not in month_names("fr", spellings=False)
    assert month_names("en", cuts=True)[:2] == ["jan", "feb"] and "jan" not in month_names("en")
    assert day_names("es", "de")[:2] == ["lunes", "martes"] and "montag" in day_names("es", "de")


def test_an_alternation_tries_the_longest_name_first_and_leaves_out_what_it_is_told() -> None:
    names = alternation(["sep", "sept", "september", "sept", "may"], without=["may"])
    assert names == "september|sept|sep"
    assert re.fullmatch(rf"(?:{names})\.?", "sept.") and not re.search(rf"\b(?:{names})\b", "in may")
    assert alternation(["a.m.", "x"]) == r"a\.m\.|x"


def test_each_language_cuts_its_twelve_months() -> None:
    assert all(sorted(set(cuts.values())) == list(range(1, 13)) for cuts in MONTH_CUTS.values())
    assert month_cuts("fr", "de")[:2] == ["janv", "févr"] and month_cuts("en", "es").count("feb") == 1


@pytest.mark.parametrize("word, month", [
    ("Jan", True), ("janv", True), ("Januar", True), ("dez", True), ("Décembre", True), ("ene", True),
    ("märz", True), ("Mai", True), ("mail", True),   # every cut takes the tail unless kept whole
    ("Monday", False), ("12", False),
])
def test_a_month_by_its_cut_and_any_letters_after_it(word: str, month: bool) -> None:
    assert bool(re.fullmatch(rf"(?:{month_prefixes('en', 'de', 'fr', 'es')})", word, re.I)) is month


@pytest.mark.parametrize("word, month", [("mai", True), ("may", True), ("mayo", True), ("mail", False),
                                         ("maybe", False), ("mayor", False), ("march", True)])
def test_a_cut_kept_whole_reads_only_itself_and_its_full_names(word: str, month: bool) -> None:
    pattern = month_prefixes("en", "de", "fr", "es", whole=("may", "mai"))
    assert bool(re.fullmatch(rf"(?:{pattern})", word, re.I)) is month


def test_a_month_cut_with_a_narrower_tail() -> None:
    assert re.fullmatch(rf"(?:{month_prefixes('fr', tail='[a-zéû]*')})", "février")
    assert not re.fullmatch(rf"(?:{month_prefixes('en', tail='[a-z]*')})", "Jan2")


def test_dutch_about_n_weeks_with_tal():
    assert foreign_duration_days("Contacteer mij over een drietal weken nog eens.") == 21
    assert foreign_duration_days("over een tweetal dagen") == 2
