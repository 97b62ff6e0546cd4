"""Public holidays by name (followup/text/holidays.py): Easter-based, fixed and nth-weekday days in seven languages."""
from datetime import date, timedelta

import pytest

from followup.text.holidays import HOLY_WEEK, MOVABLE, easter, next_holiday, observed


@pytest.mark.parametrize("year, day", [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
                                       (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28))])
def test_easter_sunday(year, day):
    assert easter(year) == day


@pytest.mark.parametrize("name, day", [
    ("Whit Monday", date(2027, 5, 17)), ("Pfingstmontag", date(2027, 5, 17)), ("lundi de Pentecote", date(2027, 5, 17)),
    ("tweede pinksterdag", date(2027, 5, 17)), ("Fronleichnam", date(2027, 5, 27)), ("Corpo de Deus", date(2027, 5, 27)),
    ("Ascension Day", date(2027, 5, 6)), ("Hemelvaartsdag", date(2027, 5, 6)), ("Christi  Himmelfahrt", date(2027, 5, 6)),
])
def test_movable_holidays_counted_from_easter(name, day):
    assert next_holiday(name, date(2027, 3, 23)) == day


@pytest.mark.parametrize("name, day", [
    ("Festa della Repubblica", date(2027, 6, 2)), ("Keti Koti", date(2027, 7, 1)), ("Dia de Africa", date(2027, 5, 25)),
    ("Glorias Navales", date(2027, 5, 21)), ("Tag der Deutschen Einheit", date(2027, 10, 3)),
    ("Koningsdag", date(2028, 4, 27)),  # already past this year: next year's
    ("Thanksgiving", date(2027, 11, 25)), ("Memorial Day", date(2027, 5, 31)), ("Labor Day", date(2027, 9, 6)),
])
def test_fixed_and_nth_weekday_holidays_the_next_time_they_fall(name, day):
    assert next_holiday(name, date(2027, 5, 13)) == day


def test_a_name_not_in_the_table():
    assert next_holiday("Independence Day", date(2027, 5, 13)) is None


@pytest.mark.parametrize("name, day", [
    ("Tynwald Day", date(2027, 7, 5)),  # Isle of Man, 5 July
    ("Heroes and Unity Day", date(2027, 7, 6)),  # Zambia: the Tuesday after the first Monday of July
    ("Wapenstilstand", date(2027, 11, 11)),
    ("Independencia de Cartagena", date(2027, 11, 15)),  # Colombia: 11 November moved to the Monday after
    ("Independencia de Cartagena", date(2026, 11, 16)),
])
def test_holidays_of_more_countries(name, day):
    assert next_holiday(name, date(day.year, 7, 1)) == day


def test_a_monday_holiday_of_colombia_stays_on_its_monday():
    assert next_holiday("Independencia de Cartagena", date(2030, 7, 1)) == date(2030, 11, 11)


def test_a_holiday_on_a_weekend_is_observed_on_the_monday_after():
    assert observed(date(2028, 1, 1)) == date(2028, 1, 3)  # a Saturday
    assert observed(date(2027, 12, 26)) == date(2027, 12, 27)  # a Sunday
    assert observed(date(2028, 6, 13)) == date(2028, 6, 13)  # a Tuesday stays


def test_the_city_holidays_of_lisbon_and_porto():
    assert next_holiday("Santo António", date(2028, 5, 24)) == date(2028, 6, 13)
    assert next_holiday("São João", date(2028, 5, 24)) == date(2028, 6, 24)


@pytest.mark.parametrize("zone, day", [
    ("America/Chicago", date(2028, 7, 4)), ("America/Indiana/Indianapolis", date(2028, 7, 4)),
    ("America/Mexico_City", date(2028, 9, 16)), ("Asia/Kolkata", date(2028, 8, 15)),
])
def test_a_name_several_countries_give_different_days_is_read_by_the_zone(zone, day):
    assert next_holiday("Independence Day", date(2028, 6, 30), zone) == day


def test_a_name_several_countries_give_different_days_is_none_without_a_known_zone():
    assert next_holiday("Independence Day", date(2028, 6, 30)) is None
    assert next_holiday("Independence Day", date(2028, 6, 30), "Europe/Berlin") is None


def test_the_pilar_is_spains_national_day():
    for name in ("el Pilar", "del Pilar", "Virgen del Pilar"):
        assert next_holiday(name, date(2028, 9, 28)) == date(2028, 10, 12)
    assert next_holiday("Pilar", date(2028, 9, 28)) is None  # a woman's name, without its article


def test_holy_week_named_as_one_time_away_ends_on_easter_sunday():
    for name in HOLY_WEEK:
        assert next_holiday(name, date(2029, 3, 29)) == date(2029, 4, 1)


def test_a_feast_inside_school_holidays_is_no_day():
    from followup.text.holidays import in_school_break
    text = "until after the Easter holidays"
    assert in_school_break(text, text.index("Easter"))
    assert not in_school_break("until after Easter Monday", 12)
    assert in_school_break("bis nach den Osterferien", 15) and in_school_break("na de paasvakantie", 6)


def test_shrove_tuesday_and_ash_wednesday_are_counted_from_easter():
    assert "ash wednesday" in MOVABLE[-46] and "mardi gras" in MOVABLE[-47]
    assert easter(2034) + timedelta(days=-46) == date(2034, 2, 22)


@pytest.mark.parametrize("name, day", [
    ("Michaelmas", date(2027, 9, 29)), ("Michaelis", date(2027, 9, 29)), ("la Saint-Michel", date(2027, 9, 29)),
    ("Martinmas", date(2027, 11, 11)), ("Martinstag", date(2027, 11, 11)), ("la Saint-Martin", date(2027, 11, 11)),
    ("Candlemas", date(2028, 2, 2)), ("Lichtmess", date(2028, 2, 2)), ("la Chandeleur", date(2028, 2, 2)),
    ("Lammas", date(2028, 8, 1)),
])
def test_farm_year_feast_days(name, day):
    assert next_holiday(name, date(2027, 9, 1)) == day


@pytest.mark.parametrize("name", ["San Miguel", "Martini", "Saint-Michel"])
def test_feast_names_that_are_towns_or_drinks_give_no_day(name):
    assert next_holiday(name, date(2027, 9, 1)) is None


@pytest.mark.parametrize("name, day", [
    ("St Andrew's Day", date(2034, 11, 30)), ("St. Andrews Day", date(2034, 11, 30)),
    ("Saint David's Day", date(2035, 3, 1)), ("St George's Day", date(2035, 4, 23)),
])
def test_the_uk_nations_patron_saints_days(name, day):
    assert next_holiday(name, date(2034, 11, 15)) == day


@pytest.mark.parametrize("name, day", [
    ("Santa Lucia", date(2026, 12, 13)), ("St Lucy's Day", date(2026, 12, 13)), ("Sinterklaas", date(2026, 12, 5)),
    ("Nikolaustag", date(2026, 12, 6)), ("Three Kings Day", date(2027, 1, 6)),
])
def test_the_december_saints_and_three_kings_day(name, day):
    assert next_holiday(name, date(2026, 11, 10)) == day
