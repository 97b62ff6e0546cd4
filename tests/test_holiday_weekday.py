"""A day back said as a weekday after a named holiday (followup/text/holiday_weekday.py)."""
from datetime import date

import pytest

from followup.text.holiday_weekday import holiday_weekdays

SENT = date(2028, 9, 28)  # a Thursday, before Tuesday 3 October (Tag der Deutschen Einheit)


def _days(text: str, today: date = SENT) -> list[date]:
    return [day for _, day, _ in holiday_weekdays(text, today)]


@pytest.mark.parametrize("text, day", [
    ("Closed for the Thanksgiving holiday on Thursday and Friday. We will reopen on the following Monday.",
     date(2028, 11, 27)),
    ("Am Tag der Deutschen Einheit geschlossen. Ab Mittwoch sind wir wieder für Sie da.", date(2028, 10, 4)),
    ("Fermé pour la Toussaint, de retour le lundi suivant.", date(2028, 11, 6)),
    ("Cerrado por el día de la Hispanidad; volvemos el viernes.", date(2028, 10, 13)),
    ("Chiuso per Ognissanti, riapriamo venerdì.", date(2028, 11, 3)),
    ("Fechado na Implantação da República, regresso na sexta-feira.", date(2028, 10, 6)),
    ("Gesloten met Allerheiligen, vanaf vrijdag zijn we terug.", date(2028, 11, 3)),
])
def test_a_weekday_back_after_a_named_holiday_in_each_language(text, day):
    assert _days(text) == [day]


@pytest.mark.parametrize("text", [
    "We met at Thanksgiving and talked on Monday about the order.",  # no back word: no return said
    "Closed for Thanksgiving, back on Monday 27 November.",  # a full date: read by the dated rules
    "Closed for Thanksgiving. Please send the order by Monday.",
])
def test_no_weekday_back_without_a_back_word_or_with_a_date(text):
    assert _days(text) == []


def test_a_weekday_with_its_date_after_it_is_that_date_not_a_bare_weekday():
    assert _days("Closed for Labor Day, back on Tuesday, September 5, 2028.", date(2028, 8, 30)) == []
    assert _days("Closed for Labor Day, back on Tuesday 5 September.", date(2028, 8, 30)) == []
    assert _days("Closed for Labor Day, back on Tuesday.", date(2028, 8, 30)) == [date(2028, 9, 5)]
