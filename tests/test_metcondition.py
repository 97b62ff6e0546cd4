"""A promise on a condition the customer met by asking for the thing (followup/drafting/metcondition.py)."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.metcondition import condition_met
from followup.drafting.sentences import Source


def _promise(quote: str) -> Item:
    return Item(kind="commitment", text="", quote=quote, source_kind="message", source_id=1,
                at=datetime(2031, 6, 2, 9), direction="outbound")


def _reply(text: str) -> Source:
    return Source("message", 2, text, datetime(2031, 6, 5, 14), "inbound")


def test_the_condition_goes_when_the_customer_asks_for_the_promised_thing():
    for promise, reply, said in [
        ("I'll send the lease contract once your partners have signed off on it.",
         "Partners agreed. Please put the lease contract in the name of Orwell Dental LLP.",
         "I'll send the lease contract."),
        ("Die Auftragsbestätigung schicke ich Ihnen, sobald Sie die Farbe gewählt haben.",
         "Wir nehmen Anthrazit. Bitte die Auftragsbestätigung an die Buchhaltung.",
         "Die Auftragsbestätigung schicke ich Ihnen."),
        ("Je vous envoie le bon de commande dès que vous aurez choisi le modèle.",
         "Ce sera le modèle B, merci de m'envoyer le bon de commande.", "Je vous envoie le bon de commande."),
        ("Le envío el contrato en cuanto la junta lo apruebe.", "La junta aprobó. Necesito el contrato esta semana.",
         "Le envío el contrato."),
    ]:
        item = _promise(promise)
        assert condition_met([item], [_reply(reply)], {})[0].quote == said, promise


def test_the_condition_stays_when_the_customer_did_not_ask_for_it_or_it_is_the_reps_own():
    item = _promise("I'll send the lease contract once your partners have signed off on it.")
    assert condition_met([item], [_reply("Still waiting on the partners, sorry.")], {})[0] == item
    own = _promise("I'll send the lease contract once we have the insurer's figures.")
    assert condition_met([own], [_reply("Can you send the lease contract?")], {})[0] == own


def test_the_condition_stays_when_a_third_party_meets_it_through_the_rep():
    for promise in ["Je vous envoie l'attestation dès que l'assureur me la transmet.",
                    "Le envío la póliza en cuanto me la pase la aseguradora."]:
        item = _promise(promise)
        assert condition_met([item], [_reply("Merci de m'envoyer l'attestation. Necesito la póliza.")], {})[0] == item
