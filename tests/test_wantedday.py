"""Tests for a day the customer wants the rep's work on, turned into the question the rep answers."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.wantedday import wanted_day


def _item(quote: str, source_id: int = 1) -> Item:
    return Item(kind="term", text="", quote=quote, source_kind="message", source_id=source_id,
                at=datetime(2031, 3, 1), direction="inbound")


def _ask(quote: str, language: str, text: str = ""):
    src = Source(kind="message", id=1, at=datetime(2031, 3, 1), direction="inbound", text=text or quote)
    return wanted_day(_item(quote), [src], {}, language)


def test_preferred_day_with_its_hour():
    assert _ask("Die Montage bitte an einem Montag, am liebsten am 7. April ab 8 Uhr.", "de") == \
        ("klappt die Montage am 7. April ab 8 Uhr", "")
    assert _ask("The cutover over a weekend, ideally on Saturday 5 April from 6pm.", "en") == \
        ("can the cutover be on Saturday 5 April from 6pm", "")
    assert _ask("La livraison de préférence le mardi 8 avril à 9 h.", "fr") == \
        ("la livraison est-elle possible le mardi 8 avril à 9 h", "")
    assert _ask("La instalación idealmente el 9 de abril a las 10.", "es") == \
        ("¿se puede hacer la instalación el 9 de abril a las 10", "")


def test_the_work_named_in_the_sentence_before():
    text = "Schulung bitte nicht am Freitag. Am besten Dienstag, 8. April. Danke."
    assert _ask("Am besten Dienstag, 8. April.", "de", text) == ("klappt die Schulung am Dienstag, 8. April", "")
    assert _ask("Am besten Dienstag, 8. April.", "de", "Wir freuen uns. Am besten Dienstag, 8. April.") is None


def test_finish_day_asked_with_please_keeps_the_start():
    assert _ask("Umbau ab 3. April passt, aber bitte bis 9. April fertig.", "de") == \
        ("ist der Umbau bis 9. April fertig", "ab 3. April")


def test_working_from_a_day_and_a_day_pointed_back_at():
    assert _ask("We move on 2 May, and the printers need to be working there from first thing Monday 5 May.", "en") == \
        ("can the printers be working from Monday 5 May", "")
    assert _ask("Opening is moved to 12 May, so the network must be ready by then.", "en") == \
        ("can the network be ready by 12 May", "")


def test_asked_already_or_no_work_named():
    assert _ask("Can the install be ideally on Saturday 5 April?", "en") is None
    assert _ask("We are ideally on holiday on 5 April.", "en") is None


def test_an_hour_after_and_a_second_day_are_kept():
    assert _ask("Sie brauchen eine Einweisung, am liebsten am Mittwoch, 9. April nach 13:30 Uhr.", "de") == \
        ("klappt die Einweisung am Mittwoch, 9. April nach 13:30 Uhr", "")
    assert _ask("Wir möchten die Schulung am liebsten am Dienstag, 8. April, oder am Donnerstag, 10. April machen.",
                "de") == ("klappt die Schulung am Dienstag, 8. April, oder am Donnerstag, 10. April", "")
