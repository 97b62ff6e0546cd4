"""The plain short opt-outs abroad and their event look-alikes (followup/text/wish_optout_plain.py)."""
from datetime import datetime

import pytest

from followup.text.wish_optout_plain import for_an_event
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 2, 25, 8)


def _opt_outs(text: str) -> list:
    return [w for w in detect_wishes(text, SENT, "Europe/Berlin") if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    "Melden Sie uns bitte ab.",
    "Bitte melde mich ab, danke.",
    "Tragen Sie mich bitte aus.",
    "Melden Sie mich doch aus Ihrem Newsletter-Verteiler ab.",
    "Deme de baja, gracias.",
    "Dadnos de baja de su lista.",
    "Cancellami, grazie.",
    "Mi cancelli per favore.",
    "Remova-me, obrigado.",
    "Descadastrem-me.",
    "Meld ons maar af.",
    "Schrijf mij alstublieft uit.",
])
def test_the_short_imperative_alone_is_a_certain_opt_out(text):
    found = _opt_outs(text)
    assert found and found[0].certain


@pytest.mark.parametrize("text", [
    "Wir möchten uns vom Sommerfest abmelden.",
    "Melden Sie mich bitte für den Kurs am Montag ab.",
    "Ich melde mich ab, bis morgen.",
    "Melden Sie sich bitte am Empfang ab.",
    "Désinscrivez-moi du cours de samedi.",
    "Deme de baja de la clase de spinning.",
    "Deme de baja la domiciliación, pago por transferencia.",
    "Cancellatemi l'iscrizione alla gita di domenica.",
    "Removam-me da reunião de quinta.",
    "Meld me af voor de excursie.",
    "Kun je ons afmelden voor het toernooi?",
])
def test_leaving_an_event_course_or_payment_is_no_certain_opt_out(text):
    assert not any(w.certain for w in _opt_outs(text))


def test_an_event_is_seen_in_each_language():
    assert for_an_event("Ik wil me afmelden voor de vergadering")
    assert for_an_event("dame de baja el débito automático")
    assert not for_an_event("Bitte melden Sie mich ab.")


@pytest.mark.parametrize("text", [
    "Wir bitten Sie, uns abzumelden.",
    "Ich möchte Sie bitten, mich aus Ihrem Newsletter auszutragen.",
    "Ich bitte dich, mich abzumelden, danke.",
])
def test_the_opt_out_asked_with_bitten_and_an_infinitive_is_certain(text):
    found = _opt_outs(text)
    assert found and found[0].certain


@pytest.mark.parametrize("text", [
    "Wir bitten Sie, uns vom Workshop am Freitag abzumelden.",
    "Ich bitte Sie, mich für die Schulung abzumelden.",
])
def test_the_infinitive_opt_out_from_an_event_is_not_certain(text):
    assert not any(w.certain for w in _opt_outs(text))
