"""A customer's request to send something, without a question mark (followup/drafting/sendback.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sendback import own_action, sent_request
from followup.drafting.sentences import Source

REP = RepProfile("Lea Roux", "lea@verre.example", "Lea Roux\nVerre & Co")


@pytest.mark.parametrize("sentence, language, said", [
    ("Envoyez-moi le bon de commande.", "fr", "Je vous envoie le bon de commande."),
    ("Merci de nous transmettre le planning, car le chantier commence lundi.", "fr", "Je vous envoie le planning."),
    ("Por favor, envíenos la factura proforma.", "es", "Le envío la factura proforma."),
    ("Mándeme el catálogo por favor.", "es", "Le envío el catálogo."),
    ("Schicken Sie uns bitte das Datenblatt.", "de", "Ich schicke Ihnen das Datenblatt."),
    ("Die Rechnung bitte per Post, unsere Buchhaltung braucht das Original.", "de",
     "Ich schicke Ihnen die Rechnung per Post."),
    # asked as a question: a slot "Pourriez-vous m'envoyer le devis ?" would ask the customer back
    ("Pourriez-vous m'envoyer le devis ?", "fr", "Je vous envoie le devis."),
    ("¿Nos mandás el plano de la cocina?", "es", "Le envío el plano de la cocina."),
    ("Können Sie uns noch die Montageanleitung schicken?", "de", "Ich schicke Ihnen die Montageanleitung."),
])
def test_a_request_to_send_is_answered_by_the_rep_sending_it(sentence, language, said):
    assert sent_request(sentence, language) == said
    assert own_action(said)


@pytest.mark.parametrize("sentence, language", [
    ("Pourriez-vous nous les envoyer ?", "fr"),  # what "les" stands for is in another sentence
    ("¿Me pasás los datos para la transferencia?", "es"),  # details to write out: a slot the rep fills in
    ("Nous avons reçu le devis.", "fr"),
    ("Die Rechnung ist angekommen.", "de"),
    ("Please send me the contract.", "en"),  # English requests are read by restating
])
def test_other_sentences_are_no_request_to_send(sentence, language):
    assert sent_request(sentence, language) == ""


def test_the_draft_says_the_rep_sends_it_and_does_not_note_it_as_the_customers_words():
    sources = [Source("message", 1, "Bonjour Madame Roux,\n\nVotre offre nous convient, nous signons. Envoie-moi le "
                      "contrat.\n\nMarc", datetime(2026, 12, 1, 9), "inbound")]
    state = build_state(sources, "Europe/Paris", datetime(2026, 12, 2, 9), customer_name="Marc Petit")
    asked = next(i for i in state.items if "contrat" in i.quote)
    assert asked.kind == "request" and asked.status == "open"
    body = compose_state(state, customer_name="Marc Petit", thread_subject="Offre", rep=REP).body
    assert "Je vous envoie le contrat." in body
    assert "noté : je vous envoie" not in body.lower()


def test_a_later_rep_email_sending_it_closes_the_request():
    sources = [Source("message", 1, "Hola Ana:\n\nFavor enviar la orden de compra para firma.\n\nLuis",
                      datetime(2026, 12, 1, 9), "inbound"),
               Source("message", 2, "Hola Luis:\n\nAdjunto la orden de compra para firma.\n\nAna",
                      datetime(2026, 12, 2, 9), "outbound")]
    state = build_state(sources, "Europe/Madrid", datetime(2026, 12, 3, 9), customer_name="Luis Gil")
    asked = next(i for i in state.items if i.direction == "inbound" and "orden" in i.quote)
    assert asked.status != "open"


def test_a_question_asking_to_send_is_no_slot_but_the_reps_line_said_once():
    sources = [Source("message", 1, "Hola Ana:\n\nAprobado. ¿Nos envía el contrato de mantenimiento?\n\nLuis",
                      datetime(2026, 12, 1, 9), "inbound")]
    state = build_state(sources, "Europe/Madrid", datetime(2026, 12, 2, 9), customer_name="Luis Gil")
    body = compose_state(state, customer_name="Luis Gil", thread_subject="Contrato", rep=REP).body
    assert "Le envío el contrato de mantenimiento." in body and "[[answer:" not in body
