"""Slips and spoken forms set right before the rules read a message (followup.text.typos)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.typos import spelled
from followup.text.wishes import detect_wishes

PARIS = "Europe/Paris"
FRI = datetime(2030, 11, 29, 9, 0)


def test_spoken_german_is_set_right_in_the_phrase_that_tells():
    assert spelled("Geben Se mir ne Woche. Vorher brauchen Se nich nachfragen.")[0] == \
        "Geben Sie mir eine Woche. Vorher brauchen Sie nicht nachfragen."
    assert spelled("rufen's mi einfach im Geschäft an. Mails les i fast nia")[0] == \
        "rufen Sie mich einfach im Geschäft an. Mails les i fast nie"


@pytest.mark.parametrize("text", ["Je ne sais pas.", "Ne, danke.", "Llámame, mi móvil es 555.", "Scrivimi, mi fa piacere.",
                                  "We relaunch the product next month."])
def test_the_same_words_elsewhere_stay_as_written(text):
    assert spelled(text) == (text, [])


def test_a_spoken_week_is_a_certain_quiet_week_and_a_relaunch_of_us_a_chase():
    got = detect_wishes("Geben Se mir ne Woche, dann weiß ich, ob mein Schwager mitzieht. Vorher brauchen Se nich "
                        "nachfragen.", FRI, PARIS)
    local = [w.until.astimezone(ZoneInfo(PARIS)).date().isoformat() for w in got if w.kind == "quiet" and w.certain]
    assert local == ["2030-12-06"]
    got = detect_wishes("Please do not relaunch us about this file until the general assembly has voted.", FRI, PARIS)
    assert [(w.kind, w.certain) for w in got if w.certain] == [("quiet", True)]
    assert "relaunch" in got[0].quote  # the customer's own words quoted


def test_geordie_wor_is_set_right_before_the_writers_details():
    assert spelled("Take wor details off your lists, ta.")[0] == "Take our details off your lists, ta."
    assert spelled("We went to the wor memorial.")[0] == "We went to the wor memorial."  # no detail after it
    wishes = detect_wishes("Take wor number off your lists, ta.", FRI, PARIS)
    assert [(w.kind, w.certain, w.quote) for w in wishes] == [("do_not_contact", True, "Take wor number off your lists")]


def test_austrian_s_apostrophe_after_the_verb_is_sie():
    assert spelled("Lassen S' mir bitte zehn Tage Zeit.")[0] == "Lassen Sie mir bitte zehn Tage Zeit."
    assert spelled("Die Kunden' Akten sind da.")[0] == "Die Kunden' Akten sind da."  # no verb before it


def test_austrian_in_der_frueh_is_the_morning_and_the_quote_keeps_it():
    text = "Rufen Sie mich bitte in der Früh an, nachmittags bin ich bei Gericht."
    assert spelled(text)[0].startswith("Rufen Sie mich bitte am Vormittag an")
    wishes = [w for w in detect_wishes(text, FRI, PARIS) if w.preference == "time:morning"]
    assert wishes and "in der Früh" in wishes[0].quote
