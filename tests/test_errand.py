"""A request to send something by a day or to a person the customer names is the rep's promise with that day said
against the draft's day and that person (four languages), never an answer slot."""
from datetime import date, datetime, timezone

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.errand import asked_errand
from followup.drafting.sentences import Source

MON, TUE = date(2028, 4, 10), date(2028, 4, 11)


@pytest.mark.parametrize("language, sentence, before, said", [
    ("en", "Could you send the contract today or tomorrow?", "", "I'll send you the contract today."),
    ("en", "Can you send the booking form by Thursday?", "", "I'll send you the booking form by Thursday."),
    ("de", "Können Sie ihr den Vertrag bis Mittwoch schicken?", "Meine Assistentin, Frau Lena Krüger, unterschreibt.",
     "Ich schicke Frau Lena Krüger den Vertrag bis Mittwoch."),
    ("de", "Können Sie uns das Angebot morgen schicken?", "", "Ich schicke Ihnen das Angebot heute."),
    ("fr", "Pouvez-vous nous envoyer la facture d'acompte avant vendredi ?", "",
     "Je vous envoie la facture d'acompte avant vendredi."),
    ("es", "¿Nos los envía esta semana?", "Para pagar necesitamos la factura a nombre de Olmo S.A. y el certificado. ",
     "Le envío esta semana la factura a nombre de Olmo S.A. y el certificado."),
])
def test_the_day_and_the_addressee_asked_are_said_as_the_reps_promise(language, sentence, before, said):
    assert asked_errand(sentence, language, MON, TUE, before) == said


def test_a_day_now_past_is_today_and_a_day_ahead_is_kept():
    assert asked_errand("Could you send the contract tomorrow?", "en", MON, MON) == "I'll send you the contract tomorrow."
    assert asked_errand("Could you send the contract by Monday?", "en", date(2028, 4, 5), TUE) == \
        "I'll send you the contract today."


@pytest.mark.parametrize("language, sentence, before", [
    ("de", "Können Sie ihr den Vertrag bis Mittwoch schicken?", "Wir unterschreiben bald."),  # "ihr" names no one
    ("es", "¿Me lo manda esta semana?", "Gracias."),  # what "lo" is, is not said just before
    ("en", "Could you send the contract?", ""),  # no day: read by the plain request rule
    ("en", "Can you do a better price this week?", ""),  # a price is the rep's decision, no errand
])
def test_no_errand_when_its_parts_cannot_be_read(language, sentence, before):
    assert asked_errand(sentence, language, MON, TUE, before) == ""


def test_the_request_is_an_open_request_not_a_question():
    mail = [Source("message", 1, "Hi Gregor,\n\nWe're going ahead. Could you send the contract today or tomorrow?\n\nFiona",
                   datetime(2028, 4, 10, 8, 45, tzinfo=timezone.utc), "inbound")]
    state = build_state(mail, "Europe/London", datetime(2028, 4, 11, 9, tzinfo=timezone.utc), customer_name="Fiona Lee")
    asked = [i for i in state.items if "contract" in i.quote]
    assert [(i.kind, i.text) for i in asked] == [("request", "I'll send you the contract today.")]


def test_a_day_that_belongs_to_another_clause_is_no_errands_day():
    assert asked_errand("Please send the proforma in NPR and USD before our meeting on Saturday.", "en", MON, TUE) == ""
