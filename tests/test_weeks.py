"""Week numbers read as dates (followup/drafting/weeks.py)."""
from datetime import date

from followup.drafting.weeks import week_ends, week_spans


def span(text, said_on):
    return [(min(days), max(days)) for days, _ in week_spans(text, said_on)]


def test_a_week_number_is_its_iso_week_in_every_language():
    said = date(2027, 5, 3)
    for text in ("delivery week 34", "Lieferung KW 34", "wk 34 works", "livraison semaine 34", "livraison S34",
                 "entrega la semana 34"):
        assert span(text, said) == [(date(2027, 8, 23), date(2027, 8, 29))], text


def test_a_span_of_weeks_covers_every_day_of_them():
    assert span("we would schedule them in weeks 9 to 12", date(2027, 1, 4)) == [(date(2027, 3, 1), date(2027, 3, 28))]
    assert span("KW 6-7", date(2027, 1, 4)) == [(date(2027, 2, 8), date(2027, 2, 21))]


def test_a_week_long_past_in_the_sources_year_is_next_years():
    assert span("delivery week 3", date(2026, 11, 18)) == [(date(2027, 1, 18), date(2027, 1, 24))]
    assert span("delivery week 44", date(2026, 11, 18)) == [(date(2026, 10, 26), date(2026, 11, 1))]


def test_durations_amounts_and_other_numbers_are_no_week():
    said = date(2027, 1, 4)
    for text in ("in 3 weeks", "week 2027", "Woche 1.5", "S3 class", "weeks 2 to 40", "s34", "week 53"):
        assert span(text, said) == [], text
    assert week_ends("KW 8 and KW 10", said) == [date(2027, 2, 28), date(2027, 3, 14)]
