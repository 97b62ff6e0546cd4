"""A refusal of contact bounded by a time is a quiet period to that end (followup.text.wish_optout_bounded)."""
import re
from datetime import datetime

import pytest

from followup.text.wish_optout_bounded import refusal_bound
from followup.text.wishes import detect_wishes

CHICAGO = "America/Chicago"
TUE = datetime(2026, 11, 10, 15, 0)  # a Tuesday, 09:00 in Chicago
NEXT_MONDAY = datetime(2026, 11, 16, 6, 0)  # its local midnight as naive UTC
WEDNESDAY = datetime(2026, 11, 11, 6, 0)
THURSDAY = datetime(2026, 11, 12, 6, 0)


def _read(text: str) -> list[tuple[str, bool, datetime | None]]:
    """(kind, certain, until) of every wish read in text."""
    return [(w.kind, w.certain, w.until) for w in detect_wishes(text, TUE, CHICAGO)]


@pytest.mark.parametrize(("text", "until"), [
    ("No more calls this week, I'm at the fair.", NEXT_MONDAY),
    ("Hi Tom,\n\nNo more calls this week, I'm at the fair. Next week is fine.\n\nBest, Ann", NEXT_MONDAY),
    ("No more emails today.", WEDNESDAY),
    ("No more calls tomorrow please, I'm in court.", THURSDAY),
    ("Keine Anrufe mehr diese Woche.", NEXT_MONDAY),
    ("Bitte keine E-Mails mehr heute.", WEDNESDAY),
    ("Geen telefoontjes meer deze week.", NEXT_MONDAY),
    ("Ne m'appelez plus cette semaine.", NEXT_MONDAY),
    ("No me contacten más esta semana.", NEXT_MONDAY),
    ("Non chiamatemi più questa settimana.", NEXT_MONDAY),
])
def test_bounded_refusal_is_a_certain_quiet_period_to_its_end(text: str, until: datetime) -> None:
    assert _read(text) == [("quiet", True, until)]


@pytest.mark.parametrize("text", [
    "No more calls please.",
    "No more emails from today on.",
    "No more emails after today, thanks.",
    "Please unsubscribe me today.",
])
def test_unbounded_or_started_refusal_stays_an_opt_out(text: str) -> None:
    assert ("do_not_contact", True, None) in _read(text)


def test_bound_must_stand_beside_the_refusal() -> None:
    sentence = "No more calls, and thanks again for the lovely lunch we had with the whole team today."
    refusal = re.search(r"No more calls", sentence)
    assert refusal is not None and refusal_bound(sentence, refusal) is None


def test_bound_in_another_clause_is_not_the_refusals() -> None:
    sentence = "Same answer today: no further contact, please."
    assert ("do_not_contact", True, None) in _read(sentence)


def test_a_refusal_without_a_negation_has_no_bound() -> None:
    sentence = "Unsubscribe me today."
    refusal = re.search(r"Unsubscribe me", sentence)
    assert refusal is not None and refusal_bound(sentence, refusal) is None


@pytest.mark.parametrize("text, until", [
    ("Plus d'appels cette semaine s'il vous plaît, je suis au salon.", NEXT_MONDAY),
    ("Merci, mais plus aucun appel jusqu'à lundi.", NEXT_MONDAY),
    ("Nada de llamadas hasta el lunes, estoy en la feria.", NEXT_MONDAY),
    ("Esta semana nada de llamadas, por favor.", NEXT_MONDAY),  # the bound opening the clause
    ("Ma niente telefonate fino a lunedì, per favore.", NEXT_MONDAY),
    ("Nada de chamadas até segunda-feira, obrigado.", NEXT_MONDAY),
    ("Keine Anrufe bis Montag bitte.", NEXT_MONDAY),
    ("No calls this week please, I'm at the fair.", NEXT_MONDAY),
    ("Nessuna chiamata oggi, grazie.", WEDNESDAY),
])
def test_contact_refused_as_a_bare_noun_with_a_time_is_a_quiet_period_to_its_end(text, until):
    assert _read(text) == [("quiet", True, until)]


@pytest.mark.parametrize("text", [
    "Aucun appel cette semaine ?",  # asked
    "Nous n'avons eu aucun appel cette semaine.",  # a report: the noun is no clause's start
    "No calls came in this week.",  # the bound is no end of the refusal's clause
    "Esta semana nada de llamadas del proveedor, qué raro.",
])
def test_a_bare_noun_with_a_time_that_refuses_nothing_is_no_quiet_period(text):
    assert not any(kind == "quiet" and certain for kind, certain, _ in _read(text))
