"""A customer's question without its question mark, or put indirectly, is still a question (en/de/fr/es)."""
import pytest

from followup.drafting.sentences import classify
from followup.drafting.unmarked import asks_unmarked


@pytest.mark.parametrize("sentence", [
    "Can the control panels be connected to our building automation (Fidelix)",
    "Also, do you offer installation crews or do we use our own people",
    "One thing I forgot - what is the turnaround time from pickup to return",
    "Also we want inspection on Saturday because the forklifts are not working then, is this possible",
    "Also the alerts, can they go to WhatsApp instead of SMS",
    "Kindly send the proposal form and tell me which documents you need.",
    "I'd like to know whether the price includes delivery.",
    "Und wer ist während der Messe unser Ansprechpartner vor Ort",
    "Außerdem: ist die Standfläche bei der Messe schon bestätigt, oder müssen wir da selber noch was machen",
    "Ab wann könnten Sie installieren, am liebsten noch vor Weihnachten.",
    "Ich wüsste gern, ob die Montage inbegriffen ist.",
    "Merci de me dire si la livraison est comprise.",
    "Est-ce que la formation est comprise",
    "Quisiera saber si el precio incluye la instalación.",
    "Ella pregunta también si se puede pagar con tarjeta de crédito.",
])
def test_unmarked_question_is_a_question(sentence):
    assert classify(sentence, "inbound") == "question"


@pytest.mark.parametrize("sentence", [
    "Thanks for the quote.",
    "Außerdem brauchen wir am ersten Abend einen Raum für 40 Gäste.",
    "Wie besprochen schicke ich Ihnen die Unterlagen.",
    "Was die Lieferung angeht, passt uns März.",
    "Bitte schicken Sie uns die Auftragsbestätigung.",
    "Let me know if you need anything else.",
    "What we need is a quote.",
    "Which is why we need it by Friday.",
    "Qué bueno saberlo.",
    "Can you send the contract?",  # marked: read as before
])
def test_statement_is_not_an_unmarked_question(sentence):
    assert not asks_unmarked(sentence)
