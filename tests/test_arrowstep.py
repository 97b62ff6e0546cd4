"""A call note's arrow or to-do line as the rep's own next step (followup/drafting/arrowstep.py)."""
from __future__ import annotations

import pytest

from followup.drafting.arrowstep import arrow_in_house, arrow_step

KNOWN = {"dana", "whitfield", "garnier"}


@pytest.mark.parametrize(("quote", "before", "language", "want"), [
    ("send by Thu.", "Wants sample report -> ", "en", "I'll send you the sample report by Thu."),
    ("=> send spec", "", "en", "I'll send you the spec."),
    ("-> check stock levels", "", "en", "I'll check stock levels and get back to you."),
    ("-> call her back tomorrow", "", "en", "I'll call you tomorrow."),
    ("envoyer.", "M. Blanc demande la liste des interfaces standard -> ", "fr",
     "Je vous envoie la liste des interfaces standard."),
    ("> je vérifie avec le bureau de contrôle.", "Commission de sécurité obligatoire pour 400 personnes ? -", "fr",
     "Je vérifie avec le bureau de contrôle et je reviens vers vous."),
    ("-> je vérifie", "", "fr", "Je vérifie et je reviens vers vous."),
    ("TODO: Preise prüfen", "", "de", "Ich prüfe Preise und melde mich bei Ihnen."),
    ("schicke ich bis Di.", "Will Angebot für die Hausmesse -> ", "de",
     "Ich schicke Ihnen das Angebot für die Hausmesse bis Di."),
    ("revisar el stock", "Pide 20 unidades -> ", "es", "Reviso el stock y le digo algo."),
    ("enviar", "Pide la ficha técnica -> ", "es", "Le envío la ficha técnica."),
])
def test_an_arrow_or_to_do_step_on_the_customers_matter_is_said_in_the_reps_voice(quote, before, language, want):
    assert arrow_step(quote, before, language, KNOWN) == want
    assert not arrow_in_house(quote, before, language, KNOWN)


@pytest.mark.parametrize(("quote", "before", "language"), [
    ("→ check w/ boss", "", "en"), ("check with marketing", "Asked if demo kit possible -> ", "en"),
    ("ask MF/docs", "++ wants PL manual -> ", "en"), ("-> check Dwayne", "", "en"),
    ("-> klären mit dem Lager", "", "de"), ("-> je vérifie avec la compta", "", "fr"),
    ("-> revisar en el CRM", "", "es"),
])
def test_a_step_that_names_a_colleague_department_or_in_house_system_is_never_said(quote, before, language):
    assert arrow_in_house(quote, before, language, KNOWN)
    assert arrow_step(quote, before, language, KNOWN) == ""


@pytest.mark.parametrize(("quote", "before", "language"), [
    ("send the proposal by Friday", "Call went well. ", "en"),  # no arrow, no to-do: the promise readers' matter
    ("envoyer.", "Rappel -> ", "fr"),  # nothing to send named, no want before the arrow
    ("schicke ich bis Di.", "Will Muster-Kissen für die Ausstellung -> ", "de"),  # article unknown: left unsaid
])
def test_no_step_is_made_up(quote, before, language):
    assert arrow_step(quote, before, language, KNOWN) == ""


def test_a_channel_after_the_arrow_is_no_step():
    """"She'd rather have it all in writing -> email only": how to reach her, not a thing to send."""
    assert arrow_step("email only, no calls during lessons (9-4).", "She'd rather have it all in writing -> ", "en",
                      KNOWN) == ""
