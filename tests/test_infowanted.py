"""A list point asking the rep for a date, a number or an answer becomes an answer slot (infowanted.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.infowanted import info_wanted
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Ines Varga", "ines@kilnworks.example", "Ines Varga\nKilnworks")


@pytest.mark.parametrize("point, language, want", [
    ("the install dates, not on a Friday please", "en", "the install dates, not on a Friday please"),
    ("a handover date - our old kiln is failing, so the sooner the better, ideally Tuesday 12 May", "en",
     "a handover date, ideally Tuesday 12 May"),
    ("the on-call phone number for our night shift", "en", "the on-call phone number for your night shift"),
    ("an answer about the glaze colours", "en", "an answer about the glaze colours"),
    ("einen Liefertermin, am besten vormittags", "de", "einen Liefertermin, am besten vormittags"),
    ("les dates proposées pour nos deux équipes", "fr", "les dates proposées pour vos deux équipes"),
    ("la fecha de instalación: nosotros preferimos el jueves 4", "es",
     "la fecha de instalación, nosotros preferimos el jueves 4"),
])
def test_a_point_naming_information_is_asked_in_its_own_words(point, language, want):
    assert info_wanted(point, language) == want


@pytest.mark.parametrize("point, language", [
    ("the signed contract", "en"), ("a copy of your safety procedure", "en"),
    ("the agreement in the name of Harlow Pottery Ltd", "en"), ("den Vertrag für beide Standorte", "de"),
    ("le contrat au nom de notre association", "fr"), ("el contrato firmado", "es"),
    ("when can you deliver?", "en"),
])
def test_a_document_or_a_question_is_no_such_point(point, language):
    assert info_wanted(point, language) == ""


def test_a_list_asking_for_dates_gets_slots_and_no_taken_on_board_line():
    """The contract is still a listed point; the dates and the phone number are slots the rep fills."""
    sources = [
        Source("message", 1, "Hi Ines,\n\nThe kiln is 9,800 EUR installed.\n\nBest,\nInes",
               datetime(2031, 4, 2, 9), "outbound"),
        Source("message", 2, "Hi Ines,\n\nWe'll go ahead. Please send:\n\n1. the contract for the studio\n"
                             "2. the install dates, not on a Friday please\n3. the service phone number for our "
                             "technicians\n\nMarta", datetime(2031, 4, 8, 9), "inbound"),
    ]
    state = build_state(sources, "Europe/Budapest", datetime(2031, 4, 9, 9), customer_name="Marta Kis")
    body = compose_state(state, customer_name="Marta Kis", thread_subject="Kiln", rep=REP).body
    assert "[[answer: the install dates, not on a Friday please]]" in body
    assert "[[answer: the service phone number for your technicians]]" in body
    assert "install dates" not in body.replace("[[answer: the install dates", "")
