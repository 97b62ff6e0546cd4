"""A wait until school holidays named without a return day: never a certain day (followup.text.wish_school_break)."""
from datetime import datetime

import pytest

from followup.text.wish_school_break import named_break
from followup.text.wishes import detect_wishes

TUE = datetime(2029, 3, 20, 9, 0)  # Tuesday 20 March 2029, Easter Sunday is 1 April


def _quiet(text: str, tz: str) -> list[tuple[bool, str]]:
    """(certain, local day of the end) of every quiet period read; every pause and opt-out as (certain, kind)."""
    from zoneinfo import ZoneInfo
    out = []
    for w in detect_wishes(text, TUE, tz):
        if w.kind == "quiet":
            day = w.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).date().isoformat()
            out.append((w.certain, day))
        elif w.kind in ("paused", "do_not_contact"):
            out.append((w.certain, w.kind))
    return out


@pytest.mark.parametrize(("text", "tz"), [
    ("Bitte melden Sie sich erst nach den Osterferien wieder bei mir.", "Europe/Berlin"),
    ("Merci de ne pas me recontacter avant la fin des vacances de Pâques.", "Europe/Paris"),
    ("Por favor, no me contacte hasta después de las vacaciones de Semana Santa.", "Europe/Madrid"),
    ("Per favore non contattatemi fino a dopo le vacanze pasquali.", "Europe/Rome"),
    ("Por favor não me contacte até depois das férias da Páscoa.", "Europe/Lisbon"),
    ("Neem pas na de paasvakantie weer contact met mij op.", "Europe/Amsterdam"),
    ("Please don't get in touch until after the Easter holidays.", "Europe/London"),
])
def test_easter_holidays_are_a_possible_quiet_to_the_tuesday_after_easter(text, tz):
    assert _quiet(text, tz) == [(False, "2029-04-03")]


@pytest.mark.parametrize("text", [
    "Please don't contact me again until after half-term.",
    "Please leave it until after the summer holidays.",
    "Please don't contact me until after the school holidays.",  # was a certain quiet of a week
])
def test_other_school_holidays_are_a_possible_quiet(text):
    read = _quiet(text, "Europe/London")
    assert len(read) == 1 and read[0][0] is False


def test_a_day_said_keeps_its_reading():
    assert named_break("Please don't contact me until after the Easter holidays, I'm back on Monday 16 April.") is None


@pytest.mark.parametrize("text", ["Wir haben in den Osterferien geöffnet.",
                                  "The kids are off over half-term so I'll be around less."])
def test_holidays_named_without_a_wait_are_no_wish(text):
    assert _quiet(text, "Europe/Berlin") == []


def test_an_opt_out_is_kept():
    text = "Please don't contact me ever again, not even after the summer holidays."
    assert _quiet(text, "Europe/London") == [(True, "do_not_contact")]


def test_a_length_said_keeps_its_reading():
    text = "I'm away for two weeks over the Easter holidays, please don't contact me before then."
    assert named_break(text) is None and _quiet(text, "Europe/London") == [(True, "2029-04-03")]


@pytest.mark.parametrize(("text", "tz"), [
    ("Thank you for your email. I am out of the office until after the Easter holidays.", "Europe/London"),
    ("Merci pour votre message. Je suis absente jusqu'à la fin des vacances de Pâques.", "Europe/Paris"),
    ("Obrigado pelo seu contacto. Estou de férias até depois das férias da Páscoa.", "Europe/Lisbon"),
    ("Gracias por su mensaje. Estoy fuera de la oficina hasta después de las vacaciones de Semana Santa.",
     "Europe/Madrid"),
])
def test_an_out_of_office_until_school_holidays_has_no_day_back(text, tz):
    from followup.text.auto_reply import detect_auto_reply
    auto = detect_auto_reply(auto_submitted=False, subject="", text=text, sent_at=TUE, tz=tz)
    assert auto.is_auto and auto.return_at is None  # (was the Tuesday after Easter)


def test_an_out_of_office_until_after_easter_monday_keeps_its_day():
    from followup.text.auto_reply import detect_auto_reply
    auto = detect_auto_reply(auto_submitted=False, subject="", text="Thank you for your email. I am on leave until after "
                             "Easter Monday.", sent_at=TUE, tz="Europe/London")
    assert auto.return_at == datetime(2029, 4, 2, 23, 0)
