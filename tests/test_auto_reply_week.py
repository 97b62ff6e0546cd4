"""The day back after a week away (followup/text/auto_reply_week.py)."""
from datetime import date

import pytest

from followup.text.auto_reply_week import day_back_after_week

TODAY = date(2028, 8, 14)  # a Monday; Ferragosto (15 August) falls on the Tuesday


@pytest.mark.parametrize("text, day", [
    ("Sarò assente per tutta la settimana di Ferragosto e rientrerò il lunedì successivo.", date(2028, 8, 21)),
    ("Away for the Ferragosto week, back the Tuesday after.", date(2028, 8, 22)),
    ("Je suis absent la semaine de l'Assomption et de retour le lundi suivant.", date(2028, 8, 21)),
    ("Estoy fuera la semana de la Asunción, vuelvo el primer día hábil.", date(2028, 8, 21)),
    ("Our factory has summer shutdown in weeks 34 and 35. I will answer on the first working day after.",
     date(2028, 9, 4)),
    ("Betriebsferien in KW 34-35, wir antworten am Montag danach.", date(2028, 9, 4)),
])
def test_a_weekday_or_first_working_day_after_a_week_away(text, day):
    assert day_back_after_week(text, TODAY)[0] == day


@pytest.mark.parametrize("text", [
    "Sarò assente per tutta la settimana di Ferragosto.",  # no day back said
    "We shipped 27 units last week, invoice on Monday.",  # a number after no week word
    "Back the Monday after.",  # no week named
])
def test_no_day_back_without_a_week_and_a_day_after_it(text):
    assert day_back_after_week(text, TODAY) is None


def test_a_holiday_week_whose_day_depends_on_the_country_is_read_in_the_customers_zone():
    text = "Our plant is closed for the Independence Day week shutdown. I will be back on the Monday after the shutdown week."
    assert day_back_after_week(text, date(2028, 6, 30), "America/Chicago")[0] == date(2028, 7, 10)
    assert day_back_after_week(text, date(2028, 6, 30)) is None  # no zone: the name alone does not tell the day
