"""An organisation refusing contact for its own people read as the writer's opt-out (followup.text.wish_optout_staff)."""
from datetime import datetime

import pytest

from followup.text.wishes import detect_wishes

CHICAGO = "America/Chicago"
TUE = datetime(2026, 11, 10, 15, 0)


def _opt_outs(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every opt-out read in text."""
    return [(w.kind, w.certain) for w in detect_wishes(text, TUE, CHICAGO) if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "Please do not contact our employees.",
    "Our staff are not to be contacted.",
    "I'm asking that you cease all marketing communication to our staff.",
    "We would ask you to refrain from contacting any partner or member of staff of this firm in future.",
    "We request that your sales representatives do not contact any of our doctors, nurses or staff from now on.",
])
def test_the_writers_people_refused_is_a_certain_opt_out(text):
    assert ("do_not_contact", True) in _opt_outs(text)


@pytest.mark.parametrize("text", [
    "Please do not contact our staff directly, send everything to me.",  # a route offered: no opt-out
    "Please do not contact our engineers. All questions should go to me.",
    "Please don't contact our customers.",  # not the writer's people
    "Our staff will not contact you again.",  # said of the writer's side
    "I told our staff not to contact you.",
    "Please do not contact our staff until Monday.",  # a wait
])
def test_staff_look_alikes_are_no_certain_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


def test_one_channel_refused_for_the_staff_with_another_offered_is_that_channel():
    wishes = detect_wishes("Please stop calling our staff, email is fine.", TUE, CHICAGO)
    assert [(w.kind, w.preference) for w in wishes] == [("preference", "channel:email")]


@pytest.mark.parametrize("text", [
    "My team won't leave me alone about the demo units - they love them.",  # the people as who acts, not the aim
    "Our staff keep asking when you will call again.",
])
def test_the_people_as_subject_are_no_opt_out(text):
    assert ("do_not_contact", True) not in _opt_outs(text)


def test_my_colleagues_alone_are_not_the_writer():
    """"Please stop emailing my colleagues about this.": the writer's people, not the writer; no certain opt-out."""
    text = "Please stop emailing my colleagues about this."
    assert all(not w.certain for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")
               if w.kind == "do_not_contact")


@pytest.mark.parametrize(("text", "tz"), [
    ("Bitte kontaktieren Sie unsere Mitarbeiter nicht mehr.", "Europe/Berlin"),
    ("Bitte kontaktieren Sie keinen unserer Mitarbeiter mehr.", "Europe/Berlin"),
    ("Ne contactez plus nos employés, merci.", "Europe/Paris"),
    ("Não contactem mais os nossos funcionários.", "Europe/Lisbon"),
    ("No contacten más a nuestros empleados.", "Europe/Madrid"),
    ("Non contattate più il nostro personale.", "Europe/Rome"),
])
def test_the_writers_people_refused_abroad_is_a_certain_opt_out(text, tz):
    assert ("do_not_contact", True) in [(w.kind, w.certain) for w in detect_wishes(text, TUE, tz)]


@pytest.mark.parametrize(("text", "tz"), [
    # a way in offered: the organisation is still reached
    ("Bitte kontaktieren Sie unsere Mitarbeiter nicht direkt, sondern wenden Sie sich an mich.", "Europe/Berlin"),
    ("Merci de ne plus contacter nos employés directement, écrivez-moi.", "Europe/Paris"),
    ("Não contactem os nossos colaboradores diretamente, escreva-me.", "Europe/Lisbon"),
    # the same sentence with "ons" is no certain opt-out either
    ("Neem alstublieft geen contact meer op met onze medewerkers.", "Europe/Amsterdam"),
    # one writer's colleagues, not the organisation
    ("Meine Kollegen haben mich gebeten, Sie nicht mehr zu kontaktieren.", "Europe/Berlin"),
    ("Nos employés ne vous contacteront plus.", "Europe/Paris"),
    # the people offered, not refused
    ("N'hésitez pas à contacter nos collaborateurs pour toute question.", "Europe/Paris"),
    ("Zögern Sie nicht, unsere Mitarbeiter zu kontaktieren.", "Europe/Berlin"),
    ("Non esitate a contattare il nostro personale.", "Europe/Rome"),
])
def test_staff_look_alikes_abroad_are_no_certain_opt_out(text, tz):
    assert ("do_not_contact", True) not in [(w.kind, w.certain) for w in detect_wishes(text, TUE, tz)]
