"""The points of a conversation's sources (followup/drafting/sourcepoints.py, read through build_state)."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

OFFER = Source("message", 1, "Hello,\n\nHere is our offer for the 6 gantry cranes.\n\nAnna", datetime(2031, 5, 6, 9),
               "outbound")


@pytest.mark.parametrize(("tz", "reply"), [
    ("Europe/London", "We're in the middle of a plant move. Could you leave it with me and not chase before Monday 26 "
                      "May?"),
    ("Europe/Berlin", "Wir ziehen mit der Fertigung um. Könnten Sie sich bitte erst nach dem 26. Mai wieder melden?"),
    ("Europe/Paris", "Nous déménageons l'atelier. Pourriez-vous ne pas me relancer avant le lundi 26 mai ?"),
    ("Europe/Madrid", "Estamos cambiando de nave. ¿Podría no contactarme hasta el lunes 26 de mayo?"),
])
def test_a_question_that_asks_for_quiet_is_no_question_to_answer(tz, reply):
    sources = [OFFER, Source("message", 2, reply, datetime(2031, 5, 8, 14), "inbound")]
    state = build_state(sources, tz, datetime(2031, 5, 9, 9), customer_name="Ola Berg")
    assert not [i for i in state.open() if i.kind == "question" and i.direction == "inbound"]


def test_a_question_about_the_work_stays_open():
    sources = [OFFER, Source("message", 2, "Could you quote the cranes with 5 t hoists before Monday 26 May?",
                             datetime(2031, 5, 8, 14), "inbound")]
    state = build_state(sources, "Europe/London", datetime(2031, 5, 9, 9), customer_name="Ola Berg")
    assert [i for i in state.open() if i.kind in ("question", "request") and i.direction == "inbound"]


@pytest.mark.parametrize(("tz", "note", "line"), [
    ("Europe/London", "Spoke to Ola by phone. 6 cranes ok. Contract party: Tanabe Marine Co., Ltd. (HQ), covers the "
                      "Hull yard. Send order form by Fri.", "I'll make the contract out to Tanabe Marine Co., Ltd."),
    ("America/Toronto", "Ola au bout du fil : OK sur le principe. Contrat au nom de 9023-1147 Québec inc. (la société à "
                        "numéro). Je lui envoie le contrat demain.", "Je mets le contrat au nom de 9023-1147 Québec inc."),
])
def test_a_party_named_on_a_call_is_confirmed(tz, note, line):
    # the customer's own email names the firm, so the note's name is no in-house one (an unknown name is not said)
    reply = Source("message", 3, "Hello Anna,\n\nThe cranes look fine.\n\nOla Berg\nTanabe Marine Co., Ltd."
                   if tz == "Europe/London" else "Bonjour Anna,\n\nLes ponts roulants nous conviennent.\n\nOla",
                   datetime(2031, 5, 7, 9), "inbound")
    offer = OFFER if tz == "Europe/London" else Source(
        "message", 1, "Bonjour,\n\nVoici notre offre pour les 6 ponts roulants.\n\nAnna", datetime(2031, 5, 6, 9), "outbound")
    sources = [offer, reply, Source("note", 2, note, datetime(2031, 5, 8, 14), "note")]
    state = build_state(sources, tz, datetime(2031, 5, 9, 9), customer_name="Ola Berg")
    assert [i for i in state.open() if i.kind == "request" and i.text == line]


def test_a_party_asked_by_email_stays_open_until_the_rep_names_it():
    sources = [OFFER, Source("message", 2, "Hello Anna,\n\nContract to be in the name of Berg Marine Services Ltd. for "
                                           "both yards.\n\nOla", datetime(2031, 5, 8, 14), "inbound"),
               Source("note", 3, "Ola on phone: both yards ok, told him. Draft agreement Monday.",
                      datetime(2031, 5, 9, 8), "note")]
    state = build_state(sources, "Europe/London", datetime(2031, 5, 10, 9), customer_name="Ola Berg")
    assert [i for i in state.open() if i.text == "I'll make the contract out to Berg Marine Services Ltd. for both yards."]


def test_an_english_request_to_send_keeps_the_name_it_gives():
    sources = [OFFER, Source("message", 2, "Hello Anna,\n\nWe agree. Please send me the order form to sign, in the name "
                                           "of Berg Marine Services Ltd.\n\nOla", datetime(2031, 5, 8, 14), "inbound")]
    state = build_state(sources, "Europe/London", datetime(2031, 5, 9, 9), customer_name="Ola Berg")
    assert [i for i in state.open() if "Berg Marine Services Ltd" in i.text]


def test_a_note_s_promise_with_the_firm_keeps_both():
    # the customer's own email names the firm, so the note's name is no in-house one
    reply = Source("message", 2, "Bonjour Anna,\n\nÇa nous va pour Chantier naval du Nord SAS.\n\nOla Berg",
                   datetime(2031, 5, 7, 9), "inbound")
    note = Source("note", 3, "Ola au tél. Contrat de location à envoyer lundi, au nom de Chantier naval du Nord SAS.",
                  datetime(2031, 5, 8, 14), "note")
    offer = Source("message", 1, "Bonjour,\n\nVoici notre offre pour les 6 ponts roulants.\n\nAnna",
                   datetime(2031, 5, 6, 9), "outbound")
    state = build_state([offer, reply, note], "Europe/Paris", datetime(2031, 5, 9, 9), customer_name="Ola Berg")
    assert [i for i in state.open() if i.kind == "request"
            and i.text == "Je mets le contrat au nom de Chantier naval du Nord SAS."]
    assert [i for i in state.open() if i.kind == "commitment" and "contrat" in i.text.lower()]
