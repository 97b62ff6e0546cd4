"""Tests for the name on a contract or invoice settled by the rep sending that paper."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.papersent import hands_paper
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Mara Quint", "mara@fieldnet.example", "Mara Quint\nFieldnet")


@pytest.mark.parametrize("sentence, kind", [
    ("The contract is attached for signature.", "contract"),
    ("Please find the order form enclosed.", "contract"),
    ("Anbei der Vertrag zur Unterschrift.", "contract"),
    ("Ci-joint le contrat à signer.", "contract"),
    ("Te mando el contrato para firmar.", "contract"),
    ("Attached is the first invoice.", "invoice"),
])
def test_a_paper_handed_over_now(sentence, kind):
    assert hands_paper(sentence, kind)


@pytest.mark.parametrize("sentence, kind", [
    ("I'll send the contract tomorrow.", "contract"),
    ("The draft agreement is with our legal team, I will share it by Thursday.", "contract"),
    ("Please find attached the revised proposal.", "contract"),
    ("Je vous envoie le contrat lundi.", "contract"),
    ("Der Vertrag ist noch nicht fertig, anbei das Angebot.", "contract"),
    ("The contract is attached for signature.", "invoice"),
    ("Is the contract attached?", "contract"),
])
def test_a_promise_another_paper_or_a_question_hands_nothing(sentence, kind):
    assert not hands_paper(sentence, kind)


_CASES = {
    "en": ("Hi Mara,\n\nWe'll go ahead with the 24 switches at £310 each. The contract has to be with Penrose Harbour "
           "Logistics Ltd.\n\nTom", "Hi Tom,\n\nThanks. The contract is attached for signature.\n\nMara",
           "Hi Mara,\n\nThanks. Can you install during the weekend of 14 June?\n\nTom", "Penrose Harbour"),
    "de": ("Hallo Frau Quint,\n\nwir nehmen die 24 Switches zu 310 € je Stück. Vertragspartner ist die Penrose Logistik "
           "GmbH.\n\nTom Berger", "Hallo Herr Berger,\n\nanbei der Vertrag zur Unterschrift.\n\nMara Quint",
           "Hallo Frau Quint,\n\ndanke. Können Sie am Wochenende 14. Juni installieren?\n\nTom Berger", "Penrose"),
    "fr": ("Bonjour Madame Quint,\n\nNous prenons les 24 commutateurs à 310 € pièce. Le contrat doit être au nom de "
           "Penrose Logistique SAS.\n\nTom Berger", "Bonjour Monsieur Berger,\n\nCi-joint le contrat à signer.\n\n"
           "Mara Quint", "Bonjour Madame Quint,\n\nMerci. Pouvez-vous installer le week-end du 14 juin ?\n\nTom Berger",
           "Penrose"),
}


def _draft(sources: list[Source]) -> str:
    state = build_state(sources, "Europe/London", datetime(2031, 5, 20, 9), customer_name="Tom Berger")
    return compose_state(state, customer_name="Tom Berger", thread_subject="Network", rep=REP).body


@pytest.mark.parametrize("language", sorted(_CASES))
def test_the_name_line_goes_once_the_contract_is_sent_and_stays_until_then(language):
    named, sent, asked, firm = _CASES[language]
    first = Source("message", 1, named, datetime(2031, 5, 2, 9), "inbound")
    last = Source("message", 3, asked, datetime(2031, 5, 19, 9), "inbound")
    assert firm in _draft([first, last])
    assert firm not in _draft([first, Source("message", 2, sent, datetime(2031, 5, 6, 9), "outbound"), last])
