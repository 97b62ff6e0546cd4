"""The "maybe" net for a time of day (followup/text/wish_net_time.py): a clock time or a part of day preferred."""
from datetime import datetime

import pytest

from followup.text.wish_net_time import possible_time
from followup.text.wishes import detect_wishes

CHICAGO = "America/Chicago"
TUE = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago


def test_a_possible_time_of_day_comes_from_the_clock():
    wishes = detect_wishes("If you phone, make it after 3, mornings I teach.", TUE, CHICAGO)
    assert "time:afternoon" in [w.preference for w in wishes if w.kind == "preference"]


@pytest.mark.parametrize("sentence, value", [
    ("The earliest I can take a call is 1pm.", "time:afternoon"),
    ("Only call before 10, I'm out after that.", "time:morning"),
    ("Please phone after 6:30pm.", "time:evening"),
    ("We meet at 4 pm on Tuesday to talk.", None),
    ("Call me back after 4 today.", None),
])
def test_a_time_of_day_from_the_clock_needs_a_constraint(sentence, value):
    assert possible_time(sentence) == value


@pytest.mark.parametrize("sentence, value", [
    ("The only time I can take a call is after 6, sorry about that.", "time:evening"),
    ("Days are hopeless on the ward, ring me after supper.", "time:evening"),
    ("Once my kids are asleep is when I can talk properly.", None),
    ("Early on it's all site visits; you'll have more luck reaching me after lunch.", "time:afternoon"),
    ("Mornings? Afternoons? Whatever works for your trainer, we're flexible.", None),
])
def test_possible_time_of_day_said_loosely(sentence, value):
    assert possible_time(sentence) == value


def test_a_message_that_prefers_no_time_gets_no_possible_time():
    text = "Evenings? Mornings? Whatever suits your team, I'm flexible."
    assert not any((w.preference or "").startswith("time:") for w in detect_wishes(text, TUE, CHICAGO))


@pytest.mark.parametrize("sentence, value", [("Ring me after half seven, the yard is mad all day.", "time:evening"),
                                             ("Try me first thing in the morning about the drawings.", "time:morning")])
def test_half_past_and_reach_me_with_a_part_of_day(sentence, value):
    assert possible_time(sentence) == value


def test_a_spanish_prefer_verb_points_at_the_part_of_day_after_it():
    # the morning is named first as the bad time; "prefiero" points at the evening
    sentence = "Por la mañana no puedo hablar, prefiero que me llamen por la noche."
    assert possible_time(sentence) == "time:evening"


def test_the_first_digit_of_a_larger_number_is_no_clock_time():
    # "around 30" is a head count; only "around 3" would be a time
    assert possible_time("We'd only speak to around 30 growers, all of them English-only.") is None


def test_the_end_of_the_day_in_french_is_the_afternoon():
    assert possible_time("Je préfère qu'on m'appelle en fin de journée.") == "time:afternoon"


@pytest.mark.parametrize("sentence, value", [
    ("On ne peut me joindre qu'à partir du soir, vers 19h.", "time:evening"),  # "only" said with ne ... que
    ("Telefonisch bin ich nur vormittags erreichbar.", "time:morning"),
    ("Solo me pueden llamar por la tarde, después de las 18 horas.", "time:evening"),  # an evening hour wins
])
def test_a_part_of_day_said_as_the_only_time_in_another_language(sentence, value):
    assert possible_time(sentence) == value


def test_a_window_between_two_hours_said_for_a_call_is_a_possible_time():
    assert possible_time("The shop is empty between 2 and 4, so ring me in that window.") == "time:afternoon"


@pytest.mark.parametrize("sentence, value", [
    ("Bitte eher nachmittags anrufen.", "time:afternoon"),  # German "rather"
    ("Si quiere llamar, mejor después de las 19 horas.", "time:evening"),  # "if you want to call" + an evening hour
    ("Plutôt après 18h, merci.", "time:evening"),  # a preference word and an evening hour, no call word
])
def test_more_ways_of_preferring_a_time_in_another_language(sentence, value):
    assert possible_time(sentence) == value


@pytest.mark.parametrize("sentence, value", [
    ("Best to call around 7 or 8 in the evening when the shop is shut.", "time:evening"),  # the part said settles it
    ("Please ring me about 10 at night, that's when I'm free.", "time:evening"),
    ("Mornings are best to call - actually no, afternoons please.", "time:afternoon"),  # the taken-back part is not read
])
def test_the_part_of_day_said_with_an_hour_and_a_taken_back_clause(sentence, value):
    assert possible_time(sentence) == value


@pytest.mark.parametrize("sentence, value", [
    ("Le mieux serait de m'appeler vers 20h, après le dîner.", "time:evening"),  # "le mieux", an evening hour
    ("Mejor llámeme temprano, antes de que abra la tienda.", "time:morning"),  # "temprano": early in the day
    ("Am besten erreichen Sie mich frühmorgens.", "time:morning"),
    ("Najlepiej dzwonić do mnie rano.", "time:morning"),  # Polish: best to call me in the morning
])
def test_a_time_preferred_abroad_said_as_early_or_with_an_evening_hour(sentence, value):
    assert possible_time(sentence) == value


def test_an_early_word_abroad_without_a_preference_or_contact_word_is_no_time():
    assert possible_time("El camión llegó temprano.") is None


@pytest.mark.parametrize("sentence", [
    "Feel free to stop by on Thursday afternoon to drop them off, someone will be at reception until 5.",
    "Could we move our call from 3pm Thursday to 10am Friday instead?",
])
def test_a_time_on_one_named_day_is_an_appointment_not_a_possible_preference(sentence):
    assert possible_time(sentence) is None


def test_a_weekday_said_as_a_habit_still_reads_a_possible_time():
    assert possible_time("Thursdays are mad but try me after 2pm any other day.") == "time:afternoon"


def test_a_range_of_hours_is_read_by_both_ends():
    # "between 6:30" alone would be the evening; the range with "early" is the morning
    assert possible_time("Call me early, between 6:30 and 8 is best.") == "time:morning"
    assert possible_time("Call me between 2 and 4 if you can.") == "time:afternoon"


@pytest.mark.parametrize("sentence,expected", [
    ("If you want to talk it over, early suits me best, ideally before eight, after that I'm in meetings till evening.",
     "time:morning"),
    ("Best to ring me after six, once the shop is shut.", "time:evening"),
])
def test_an_hour_said_as_a_word_is_read_as_a_clock_hour(sentence, expected):
    assert possible_time(sentence) == expected


def test_a_number_word_that_is_no_hour_stays_a_quantity():
    assert possible_time("Please call before one of us leaves for the afternoon shift.") != "time:morning"
