"""A range of clock hours asked for, or an hour after "po" / "після" / "efter" (followup/text/wish_clock.py)."""
from datetime import datetime

import pytest

from followup.text.wish_clock import clock_range_time
from followup.text.wishes import detect_wishes


@pytest.mark.parametrize("sentence, value", [
    ("Best time to get me is straight after milking, like 10 to noon.", "time:morning"),
    ("Call me between 2 and 4.", "time:afternoon"),  # a bare hour below 7 is in the afternoon at work
    ("Could you ring me at lunchtime, say half twelve to half one?", "time:afternoon"),  # British "half twelve"
    ("Call me from 2 to 4pm please.", "time:afternoon"),
    ("Best reached 7-9pm.", "time:evening"),
    ("Bitte rufen Sie mich zwischen 14 und 16 Uhr an.", "time:afternoon"),
    ("Appelez-moi entre 14h et 16h.", "time:afternoon"),
    ("Llámeme de 9 a 11, por favor.", "time:morning"),
    ("Dzwonić od 9 do 11.", "time:morning"),
    ("Телефонуйте з 9 до 11.", "time:morning"),
    ("Proszę dzwonić po 18:00, wcześniej jestem na budowie.", "time:evening"),  # one hour after "po"
    ("Ring mig efter 17.", "time:evening"),
])
def test_a_range_of_hours_is_the_part_of_the_day_it_falls_in(sentence, value):
    assert clock_range_time(sentence) == value


@pytest.mark.parametrize("sentence", [
    "Our office is open 9 to 5, call anytime.",  # opening hours: longer than a range asked for
    "I work 9 to 5, call me whenever.",
    "Call me Thursday between 2 and 4.",  # an occasion, not a standing wish
    "Ten to five works, call me.",  # a time (4:50), not a range
    "I don't do email much, easier to just phone me on 541-555-0143.",  # a phone number
    "Call me, we have 2 to 3 people on site.",
    "We meet between 2 and 4.",  # nobody asks to be reached
    "Ring me po 2.",  # a bare small hour after "po" is no clock time
    "I belive lunch is 12:30-1:30.",  # no word of being reached ("belive" is no Dutch "bel")
    "The Nashville conference runs October 10-13, call me when you land.",  # days of a month
])
def test_hours_that_ask_for_no_time(sentence):
    assert clock_range_time(sentence) is None


def test_a_time_asked_beside_a_time_avoided_for_certain_is_read_too():
    text = ("im in the milking shed from 4am till about 10 and out in the fields after lunch\n"
            "best time to get me is straight after milking, like 10 to noon")
    got = {(w.preference, w.certain) for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")}
    assert ("time:not_afternoon", True) in got and ("time:morning", False) in got


def _times(text: str) -> set[str]:
    """The time-of-day values (certain or possible) detect_wishes reads in a message."""
    return {w.preference for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")
            if (w.preference or "").startswith("time:")}


@pytest.mark.parametrize("text, value", [
    ("Hoi zäme\nAm Vormittag bin i immer im Stall, da chönd Sie mi nöd erreiche.\nAm beschte am Namittag, so ab zwei.",
     "time:afternoon"),
    ("Grüezi Herr Meier, Sie erreichen mich am besten ab halb drei.", "time:afternoon"),  # "halb drei" is 2:30
    ("Hej Peter, ring gerne kl. 14-16, der er jeg på kontoret.", "time:afternoon"),  # "kl." ends no sentence
    ("Hei, du kan ringe meg mellom kl. 14 og 16.", "time:afternoon"),
    ("Hej, jag nås bäst efter kl. 9.", "time:morning"),  # the Nordic clock is the 24-hour one
    ("Merhaba, beni saat 15'ten sonra arayabilirsiniz.", "time:afternoon"),
    ("Merhaba, lütfen saat 10'dan önce arayın.", "time:morning"),
    ("Öğleden sonra arayabilirsiniz, sabahları çok yoğunum.", "time:afternoon"),
    ("Ring gerne fra kl. 14, før det er jeg ude hos kunder.", "time:afternoon"),
    ("Ring meg gjerne før kl. 10.", "time:morning"),  # the hour before ten
    ("Soita mieluiten klo 14-16.", "time:afternoon"),
    ("Beni akşam 6'dan sonra arayabilirsiniz.", "time:evening"),
])
def test_local_clock_formats_and_parts_of_the_day(text, value):
    assert value in _times(text)


@pytest.mark.parametrize("text", [
    "Das Angebot gilt ab zwei Stück.",
    "Ab zwei Paletten gibt es Rabatt, rufen Sie an.",
    "Vi holder møde kl. 14-16 på torsdag, så send gerne tilbuddet inden.",  # an occasion
    "Leveringen kommer efter kl. 15 i dag.",
    "Leveringen kommer før kl. 10 i morgen.",
    "Vi holder møde fra kl. 14 på torsdag.",
    "Toplantı saat 15'ten sonra başlayacak, teklifi e-posta ile gönderin.",  # a meeting, and nobody asks to be called
])
def test_local_clock_look_alikes_ask_for_no_time(text):
    assert not _times(text)


def test_a_german_morning_said_by_the_opening_of_the_shop_and_a_channel_preferred_over_mailen():
    got = detect_wishes("Guten Tag,\n\nrufen Sie mich bitte frühmorgens an, bevor das Studio um 8 Uhr öffnet.",
                        datetime(2026, 11, 10, 15, 0), "America/Chicago")
    assert [w.preference for w in got] == ["time:morning"]
    assert not _times("Wir liefern, bevor der Laden um 9 öffnet, rufen Sie den Fahrer an.")  # someone else called
    text = "bitte rufen Sie mich künftig lieber an, statt zu mailen - mein Postfach quillt über."
    assert [w.preference for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")] == [
        "channel:phone"]


@pytest.mark.parametrize("sentence", ["Vanaf do 19-11 ben ik weer bereikbaar.", "Ab 23-11 bin ich wieder erreichbar."])
def test_a_day_and_month_is_no_range_of_hours(sentence):
    """An out-of-office's "do 19-11" was read as 19:00 to 23:00, the evening (blind batch 44)."""
    assert clock_range_time(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Le pido el favor de llamarme en la mañanita, de 6 a 8, antes de abrir la panadería.",
    "Rufen Sie mich zwischen 6 und 8 an, vor der Ladenöffnung.",
])
def test_small_hours_beside_the_morning_said_stay_before_noon(sentence):
    assert clock_range_time(sentence) == "time:morning"
    assert clock_range_time("Llámeme de 6 a 8.") == "time:evening"  # no morning said: after work


@pytest.mark.parametrize("sentence", [
    "If you need to talk about the welding rig, call me early, between 6:30 and 8 is best.",
    "Ruf mich früh an, zwischen 6 und 8 bin ich erreichbar.",
    "Appelez-moi tôt, entre 6 et 8.",
    "Chiamami presto, tra le 6 e le 8.",
])
def test_early_said_beside_small_hours_keeps_them_in_the_morning(sentence):
    assert clock_range_time(sentence) == "time:morning"


def test_early_evening_is_no_morning():
    assert clock_range_time("Call me in the early evening, between 6 and 8.") == "time:evening"


@pytest.mark.parametrize("sentence", [
    "The depot takes goods only between 10 AM and 1 PM, the truck should reach in that window.",
    "Die Warenannahme ist nur von 7 bis 10 Uhr erreichbar, danach bleibt die Rampe zu.",
])
def test_a_range_of_hours_goods_are_received_in_is_no_time_to_be_reached(sentence):
    assert clock_range_time(sentence) is None


def test_a_range_asked_to_be_called_in_beside_goods_is_still_read():
    assert clock_range_time("The pallets come at 7, so call me between 2 and 4.") == "time:afternoon"


@pytest.mark.parametrize("sentence", [
    "Mi telefoni pure, ma presto la mattina, tra le sei e le otto.",
    "Rufen Sie mich an, am besten morgens zwischen acht und zehn.",
    "Appelez-moi plutôt le matin, entre huit et dix heures.",
    "Llámeme mejor por la mañana, entre las ocho y las diez.",
    "Ligue-me de manhã, entre as oito e as dez.",
    "Bel me liever 's ochtends, tussen acht en tien.",
])
def test_hours_said_in_words_abroad_are_a_range(sentence):
    assert clock_range_time(sentence) == "time:morning"


@pytest.mark.parametrize("sentence", [
    "Llámeme en dos o tres meses.",  # a count of months
    "Rufen Sie mich morgen zwischen acht und zehn an.",  # one occasion
])
def test_words_that_are_no_range_of_hours(sentence):
    assert clock_range_time(sentence) is None


@pytest.mark.parametrize("sentence, value", [
    ("Please call me between 2 and 4, mornings I'm unloading pallets.", "time:afternoon"),
    ("Please call between 2 and 4, I'm unloading pallets in the mornings.", "time:afternoon"),
    ("Rufen Sie mich bitte zwischen 2 und 4 an, morgens bin ich im Lager.", "time:afternoon"),
    ("Appelez-moi entre 2 et 4, le matin je suis au dépôt.", "time:afternoon"),
    ("Llámeme entre las 2 y las 4, por la mañana estoy en el almacén.", "time:afternoon"),
    ("Mornings I'm free, call me between 9 and 11.", "time:morning"),  # the morning asked, not taken
])
def test_the_hours_asked_beside_a_morning_the_customer_is_taken_are_the_afternoon(sentence, value):
    assert clock_range_time(sentence) == value
    assert {w.preference for w in detect_wishes(sentence, datetime(2035, 3, 15, 9, 0), "Europe/Warsaw")
            if w.certain} == {value}
