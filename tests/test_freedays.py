"""The days the customer's newest email says suit them, or that they are closed on, are said back in the rep's words."""
from datetime import datetime

import pytest

from followup.drafting.freedays import free_days
from followup.drafting.sentences import Source


def _said(text: str, language: str = "en", rep_after: bool = False) -> list[str]:
    """The lines free_days adds for a customer's email (a rep's reply after it when `rep_after`)."""
    sources = [Source("message", 1, "Hello,\n\nHere is our offer.\n\nSam", datetime(2030, 3, 1, 9), "outbound"),
               Source("message", 2, text, datetime(2030, 3, 4, 9), "inbound")]
    if rep_after:
        sources.append(Source("message", 3, "Thanks, noted.", datetime(2030, 3, 5, 9), "outbound"))
    cleaned = {(s.kind, s.id): s.text for s in sources}
    return [i.text for i in free_days([], sources, cleaned, language, "Europe/London")]


@pytest.mark.parametrize("text, language, line", [
    ("When can you come? We're closed Mondays and Tuesdays, those are easiest.", "en",
     "you're closed Mondays and Tuesdays, those are easiest"),
    ("FYI we're closed Thursday for the holiday.", "en", "you're closed Thursday for the holiday"),
    ("Wir sind montags und dienstags geschlossen.", "de", "Sie sind montags und dienstags geschlossen"),
    ("Nous sommes fermés le lundi et le mardi.", "fr", "vous êtes fermés le lundi et le mardi"),
])
def test_the_days_they_are_closed_or_free_are_said_back(text, language, line):
    """A statement naming a weekday and being closed, free or easiest is turned to them."""
    assert _said(text, language) == [line]


@pytest.mark.parametrize("text, language", [
    ("Can you come on Monday? We are free then?", "en"),  # a question has its slot
    ("Priya is free until Wednesday.", "en"),  # an absence for a while
    ("Los lunes cerramos.", "es"),  # never turned: the first person is left
    ("The delivery on Monday was fine.", "en"),  # no word of being free or closed
    ("Please call me on Mondays, that's best.", "en"),  # a contact wish the rep honours
])
def test_what_is_no_free_day_or_cannot_be_turned_is_not_said(text, language):
    """Questions, absences, untouched first persons, other news and contact wishes add nothing."""
    assert _said(text, language) == []


def test_nothing_once_the_rep_has_written_since():
    """The rep's reply after it took the days up."""
    assert _said("We're closed Mondays, those are easiest.", rep_after=True) == []


def test_a_third_persons_news_put_in_reported_speech_is_not_said_behind_the_lead():
    """"Le cabinet est fermé ..." would come back as "C'est noté : vous m'avez indiqué que ...": said twice over."""
    assert _said("Le cabinet est fermé de vendredi à lundi pour les fêtes de Pâques, merci de livrer avant.", "fr") == []
