"""A contact moment joined to "not before" is a certain quiet period ending then (followup.text.wish_not_before)."""
from datetime import date, datetime

import pytest

from followup.text.wish_not_before import not_before
from followup.text.wishes import detect_wishes

TUE = datetime(2026, 11, 10, 15, 0)  # Tuesday 10 November 2026, 09:00 in Chicago


def _quiet(text: str) -> list[tuple[bool, date]]:
    """(certain, end day) of each quiet period read in a message."""
    return [(w.certain, w.until.date()) for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]


@pytest.mark.parametrize("text,until", [
    ("Busy week with the audit. Flick me a message end of next week and not before, cheers.", date(2026, 11, 20)),
    ("I'll think it over - no follow-ups before next Monday, if you don't mind.", date(2026, 11, 16)),
    ("If you haven't heard from me by the 20th, try me again then - just not before.", date(2026, 11, 20)),
    ("Wir besprechen das intern; bitte melden Sie sich nicht vor Ende nächster Woche wieder.", date(2026, 11, 20)),
    ("Bitte melden Sie sich frühestens in zwei Wochen wieder, vorher komme ich nicht dazu.", date(2026, 11, 24)),
    ("Je vous propose de ne pas relancer avant la fin du mois, nous serons fixés à ce moment-là.", date(2026, 11, 30)),
    ("Ci serve tempo fino alla fine del mese; per favore non sentiamoci prima.", date(2026, 11, 30)),
    ("Wil je niet eerder dan week 49 terugkomen op de offerte?", date(2026, 11, 30)),
    ("Te pido que me des hasta el lunes 14 de diciembre, no antes, porque cerramos la campaña.", date(2026, 12, 14)),
])
def test_a_moment_joined_to_not_before_is_a_certain_quiet_period(text, until):
    assert _quiet(text)[-1:] == [(True, until)]


@pytest.mark.parametrize("text", [
    "Please send the signed order before Friday.",  # a deadline, no quiet asked
    "dont worry about calling before friday, i know youre busy with the trade show.",
    "The parts won't arrive before Monday 16 November, so the fitter comes on Tuesday.",  # a thing, not contact
])
def test_look_alikes_are_no_certain_quiet_period(text):
    assert not any(certain for certain, _ in _quiet(text))


def test_a_time_of_day_said_beside_it_stays_a_preference():
    wishes = detect_wishes("Call me next Monday, not before - and mornings are best, before 10.", TUE, "America/Chicago")
    assert [(w.certain, w.until.date()) for w in wishes if w.kind == "quiet"] == [(True, date(2026, 11, 16))]
    assert any((w.preference or "").startswith("time:morning") for w in wishes)


@pytest.mark.parametrize("sentence,joined", [
    ("Ruf mich bitte nicht vor Montag an.", True),
    ("Niet vóór 8 december graag.", True),  # the marker alone: the contact left unsaid
    ("We must finish before Friday.", False),  # "before" with no marker
    ("If you need it, call before noon.", False),
    ("If they don't call before Friday, we'll cancel the order.", False),  # a condition holding the marker
])
def test_not_before_needs_the_marker_and_contact(sentence, joined):
    assert not_before(sentence) is joined


@pytest.mark.parametrize("text,until", [
    ("Estou fechando o mês aqui na loja. Me liga só no fim do mês, beleza? Antes disso não adianta.",
     date(2026, 11, 30)),
    ("Bitte rufen Sie mich Ende des Monats an. Vorher hat's keinen Sinn.", date(2026, 11, 30)),
    ("Rappelez-moi à la fin du mois. Avant ça, ça ne sert à rien.", date(2026, 11, 30)),
    ("Mi chiami alla fine del mese. Prima non serve.", date(2026, 11, 30)),
    ("Call me at the end of the month. Before that there's no point.", date(2026, 11, 30)),
])
def test_contact_before_the_moment_said_to_be_of_no_use_is_a_quiet_period(text, until):
    assert (True, until) in _quiet(text)


@pytest.mark.parametrize("text,until", [
    ("Ring me again in three weeks; before that there's no point, the budget isn't set.", date(2026, 12, 1)),
    ("Versuchen Sie es in zwei Wochen noch einmal, vorher hat es keinen Sinn.", date(2026, 11, 24)),
    ("Richiamami tra due settimane, prima non ha senso.", date(2026, 11, 24)),
    ("Probeer het over twee weken opnieuw, eerder heeft het geen zin.", date(2026, 11, 24)),
])
def test_a_moment_with_contact_before_it_futile_in_the_same_sentence_is_a_certain_quiet_period(text, until):
    assert _quiet(text)[-1:] == [(True, until)]


@pytest.mark.parametrize("text", [
    "The parts arrive in two weeks, before that there's no point booking the fitter.",  # no contact with the writer
    "If they call you in two weeks, before that there's no point.",  # a condition, nothing asked
])
def test_a_futile_before_beside_no_contact_asked_is_no_certain_quiet_period(text):
    assert not any(certain for certain, _ in _quiet(text))


@pytest.mark.parametrize("text,until", [
    ("Stuur ons op zijn vroegst volgende maandag een voorstel, eerder heeft de raad niet vergaderd.", date(2026, 11, 16)),
    ("Schicken Sie uns frühestens nächsten Montag ein Angebot.", date(2026, 11, 16)),
    ("Please send us something on Monday 16th at the earliest.", date(2026, 11, 16)),
    ("Mándenos la propuesta el lunes que viene como muy pronto.", date(2026, 11, 16)),
])
def test_something_sent_to_the_writer_at_the_earliest_on_a_day_is_a_certain_quiet_period(text, until):
    assert (True, until) in _quiet(text)


@pytest.mark.parametrize("text", [
    "Stuur de monteur ten vroegste volgende maandag.",  # a worker sent, not a message to the writer
    "Please send us the invoice before Friday.",  # a deadline, no "not before"
])
def test_a_thing_sent_elsewhere_or_a_deadline_is_no_certain_quiet_period(text):
    assert not any(certain for certain, _ in _quiet(text))


@pytest.mark.parametrize("text,until", [
    ("No nos apuren hasta el lunes 16, por favor.", date(2026, 11, 16)),
    ("Não me apressem antes do dia 16, por favor.", date(2026, 11, 16)),
])
def test_the_writer_not_to_be_hurried_before_a_day_is_a_quiet_period(text, until):
    assert until in [day for _, day in _quiet(text)]
