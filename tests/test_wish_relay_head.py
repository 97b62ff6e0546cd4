"""An opt-out passed on for someone at the customer's firm, in seven languages (followup/text/wish_relay_head.py)."""
from datetime import datetime

import pytest

from followup.text.wish_relay_head import relayed_opt_out, relayed_person
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)


def _optouts(text):
    """The opt-outs read in a short message around the sentence, as (certain, quote)."""
    return [(w.certain, w.quote) for w in detect_wishes(f"Hi Anna,\n\n{text}\n\nKim", SENT, "Europe/Berlin")
            if w.kind == "do_not_contact"]


@pytest.mark.parametrize("sentence", [
    "My boss doesn't want any more emails from you.",
    "Our director no longer wishes to be contacted.",
    "Mein Chef möchte keine Mails mehr von Ihnen.",
    "Ma directrice ne souhaite plus être contactée.",
    "Il titolare non vuole più essere chiamato.",
    "A dona pediu para não enviarem mais nada.",
    "Mijn baas wil niet meer gebeld worden.",
    "Mi jefe dice que no le escriban más.",
])
def test_a_decision_makers_plain_opt_out_passed_on_is_certain(sentence):
    assert [c for c, _ in _optouts(sentence)] == [True]


def test_a_weak_relayed_opt_out_is_only_asked():
    assert [c for c, _ in _optouts("My boss doesn't want any more emails from you, but I still want the quote.")] \
        == [False]


@pytest.mark.parametrize("sentence", [
    "My colleague doesn't want any more emails from you.",  # not the one who decides for the firm
    "Mijn collega wil niet meer gebeld worden.",
    "Stop emailing my boss, he is not the decision maker.",  # the person as the object: no one asks
])
def test_only_the_decision_maker_as_the_subject_is_read(sentence):
    assert relayed_opt_out(sentence, 0, sentence) is None


@pytest.mark.parametrize("sentence", [
    "My colleague said she stopped using the old app.",
    "Mein Kollege meinte, er sei nächste Woche nicht da.",
    "My boss said 'stop wasting time on tools' but I convinced him.",
    "Der Chef will dies Jahr nix mehr investieren.",
    "Il titolare vuole vedere la demo la settimana prossima.",
])
def test_a_third_party_relayed_where_nothing_is_wanted_is_no_opt_out(sentence):
    assert relayed_opt_out(sentence, 0, sentence) is None
    assert not any(c for c, _ in _optouts(sentence))


def test_the_person_becomes_a_pronoun_and_the_verb_of_saying_is_dropped():
    assert relayed_person("Mi jefe dice que no le escriban más.") == (" no le escriban más.", "es")
    assert relayed_person("Il titolare non vuole più essere chiamato.") == ("lei non vuole più essere chiamato.", "it")
    assert relayed_person("Honestly, the owner said that we should stop.") == ("Honestly,  we should stop.", "en")
    assert relayed_person("De vorige eigenaar wil niet meer gebeld worden.") is None  # a former owner decides nothing
