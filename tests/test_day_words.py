"""Return days in words (followup/text/day_words.py): spelled days of the month and days named from a holiday."""
from datetime import date

import pytest

from followup.text.day_words import DAY_WORDS, day_back_in_words

SENT = date(2027, 5, 13)  # a Thursday


def _day(text: str, today: date = SENT) -> date | None:
    got = day_back_in_words(text, today)
    return got[0] if got else None


def test_every_day_of_the_month_is_spelled_in_each_language():
    for words in (("first", "thirty-first"), ("ersten", "einunddreißigsten"), ("premier", "trente et un"),
                  ("primero", "treinta y uno"), ("primo", "trentuno"), ("primeiro", "trinta e um"),
                  ("eerste", "eenendertig")):
        assert [DAY_WORDS[w.replace("-", " ")] for w in words] == [1, 31], words
    assert DAY_WORDS["twenty fourth"] == DAY_WORDS["vierundzwanzigsten"] == DAY_WORDS["vingt quatre"] == 24


@pytest.mark.parametrize("text, day", [
    ("I am back in the office on the twenty-first of June.", date(2027, 6, 21)),
    ("Ab dem dritten Juni bin ich wieder im Büro.", date(2027, 6, 3)),
    ("Je serai de retour le trente et un mai.", date(2027, 5, 31)),
    ("Vuelvo a la oficina el veintidós de junio.", date(2027, 6, 22)),
    ("Rientro in ufficio il ventitré giugno.", date(2027, 6, 23)),
    ("Regresso no dia vinte e um de junho.", date(2027, 6, 21)),
    ("Ik ben terug op achtentwintig mei.", date(2027, 5, 28)),
    ("Back on Monday, the fourth of March, 2030.", date(2030, 3, 4)),
])
def test_a_spelled_day_of_the_month(text, day):
    assert _day(text) == day


def test_a_spelled_day_included_in_the_absence_is_the_last_day_away():
    assert _day("I am away until the third of June inclusive.") == date(2027, 6, 4)
    # a Friday included: back on the Monday, the next working day
    assert _day("I am away until the fourth of June inclusive.") == date(2027, 6, 7)


@pytest.mark.parametrize("text", ["The first may be late, the rest on time.", "Once May comes we talk.",
                                  "Ik heb een april vol afspraken."])
def test_words_that_are_no_day_back(text):
    assert _day(text) is None


@pytest.mark.parametrize("text, day", [
    ("I'm back the day after Ascension.", date(2028, 5, 26)),  # this year's was last week
    ("Estaré de vuelta el primer día hábil después de Pentecostés.", date(2027, 5, 18)),  # Whit Monday is off too
    ("Am Montag nach Pfingsten bin ich wieder da.", date(2027, 5, 17)),
    ("Je reviens le lendemain de la Fête-Dieu.", date(2027, 5, 28)),
    ("Rientro il giorno successivo a Ognissanti.", date(2027, 11, 2)),
    ("Volto no primeiro dia útil após o Dia de Portugal.", date(2027, 6, 11)),
    ("Ik ben weer op kantoor de dag na Koningsdag.", date(2028, 4, 28)),
    ("Ich bin bis einschließlich Brückentag nach Fronleichnam im Urlaub.", date(2027, 5, 31)),
    ("Back on Boxing Day.", date(2027, 12, 26)),
    ("Away until Whit Monday.", date(2027, 5, 18)),  # nobody is back on the holiday itself
])
def test_a_day_named_from_a_public_holiday(text, day):
    assert _day(text) == day


def test_a_holiday_named_without_a_return_or_until_word_is_no_day_back():
    assert _day("Happy Whit Monday to the whole team!") is None


@pytest.mark.parametrize("text, today, day", [
    # the steps said after the holiday, back to it
    ("I'm taking a long weekend over Tynwald Day and will be back at my desk the day after it.", date(2027, 7, 2),
     date(2027, 7, 6)),
    ("I am out for the Heroes and Unity Day holidays and will be back on the first working day after them.",
     date(2027, 7, 2), date(2027, 7, 7)),
    # a Monday's holiday: its bridge is the long weekend itself
    ("Sono fuori per il ponte di Ognissanti e rientrerò il primo giorno lavorativo dopo il ponte.", date(2027, 10, 27),
     date(2027, 11, 2)),
    # a Thursday's holiday: the bridge is the Friday
    ("Ik ben afwezig tot en met de brugdag na Wapenstilstand.", date(2027, 10, 27), date(2027, 11, 15)),
    ("Regreso el martes siguiente al festivo de la Independencia de Cartagena.", date(2027, 10, 27),
     date(2027, 11, 16)),
])
def test_days_back_named_from_holidays_of_more_countries(text, today, day):
    assert _day(text, today) == day


def test_a_holiday_said_with_no_return_is_no_day_back():
    assert _day("We met on Tynwald Day and talked about the day after it.", date(2027, 7, 2)) is None


@pytest.mark.parametrize("text, today, day", [
    # a holiday on a weekend kept on the Monday after ("observed"): New Year's Day 2028 is a Saturday
    ("Our office reopens the day after the observed New Year's Day statutory holiday.", date(2027, 12, 23),
     date(2028, 1, 4)),
    # Lisbon's own holiday, through it inclusive
    ("Encontro-me de férias até ao feriado de Santo António, inclusive, e regresso ao escritório no dia seguinte.",
     date(2028, 5, 24), date(2028, 6, 14)),
    # the step's "al" holds the article; Whit Monday (5 June 2028) is a working day in Italy
    ("Sono fuori ufficio per il ponte della Festa della Repubblica e rientrerò il primo giorno lavorativo successivo "
     "al ponte del 2 giugno.", date(2028, 5, 24), date(2028, 6, 5)),
    # ... and a holiday in Germany, and in Brazil none again
    ("Ich bin am ersten Arbeitstag nach Pfingstsonntag zurück.", date(2028, 5, 24), date(2028, 6, 6)),
    ("Volto no primeiro dia útil depois de Pentecostes.", date(2028, 5, 24), date(2028, 6, 5)),
])
def test_an_observed_holiday_a_city_s_holiday_and_whit_monday_where_it_is_kept(text, today, day):
    assert _day(text, today) == day


@pytest.mark.parametrize("text, today, day", [
    ("Our office is closed for Canada Day, observed on Monday, July 3. I'll be back on the next business day.",
     date(2028, 6, 30), date(2028, 7, 4)),  # kept on the Monday: back the Tuesday
    ("Wir sind über Pfingstmontag geschlossen und ab dem nächsten Werktag wieder erreichbar.", SENT, date(2027, 5, 18)),
    ("Fermé pour l'Ascension, je serai de retour le jour ouvré suivant.", date(2028, 5, 20), date(2028, 5, 26)),
    ("Escritório fechado no Dia de Portugal; voltamos no próximo dia útil.", date(2028, 6, 5), date(2028, 6, 12)),
    ("Kantoor gesloten op Koningsdag, vanaf de eerstvolgende werkdag zijn we terug.", date(2028, 4, 20),
     date(2028, 4, 28)),
])
def test_back_the_next_working_day_after_a_holiday_named_with_no_step(text, today, day):
    assert _day(text, today) == day


def test_a_next_working_day_with_no_return_said_is_no_day_back():
    assert _day("We were closed for Christmas and the next business day was busy.", date(2028, 6, 5)) is None


def test_the_first_business_day_of_the_new_year_and_a_spanish_back_verb():
    # the holidays off: back on the first working day after New Year's Day, not on the day itself
    assert _day("Closed through New Year's Day. We will be back on the first business day of the new year.",
                date(2028, 11, 22)) == date(2029, 1, 2)
    # "volveré" (volver) says the return, as "vuelvo" does
    assert _day("Fuera durante el puente del Pilar y volveré el lunes siguiente al festivo.",
                date(2028, 9, 28)) == date(2028, 10, 16)


def test_a_weekday_after_a_named_holiday_is_a_day_back():
    assert _day("Geschlossen am Tag der Deutschen Einheit. Ab Mittwoch sind wir wieder da.",
                date(2028, 9, 28)) == date(2028, 10, 4)


@pytest.mark.parametrize("text, day", [
    ("Sono in ferie e rientrerò in ufficio dopo Ferragosto.", date(2027, 8, 16)),  # after it: not the holiday itself
    ("De retour au bureau après l'Assomption.", date(2027, 8, 16)),
    ("Vuelvo a la oficina después de la Asunción.", date(2027, 8, 16)),
    ("I'll be back in the office after Christmas.", date(2027, 12, 27)),  # Boxing Day is off too
    ("Sono in ferie e rientro il giorno dopo Ferragosto.", date(2027, 8, 16)),  # a step, read as before
])
def test_back_after_a_holiday_is_the_first_working_day_after_it(text, day):
    assert _day(text) == day


def test_back_at_a_holiday_in_portuguese_is_not_after_it():
    assert _day("Volto na Páscoa.") != _day("Volto depois da Páscoa.")


def test_the_return_word_after_the_holiday_it_follows():
    # "nach der Karwoche wieder im Büro": back on the first working day after Holy Week (Easter Monday off)
    found = day_back_in_words("Ich bin nach der Karwoche wieder im Büro.", date(2029, 3, 29))
    assert found is not None and found[0] == date(2029, 4, 3)
    assert day_back_in_words("Wir haben nach Ostern viel zu tun.", date(2029, 3, 29)) is None
