"""A signed document sent back is a yes, said back as received, and the rep's asks to sign are over
(followup/drafting/signedback.py)."""
from dataclasses import replace
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.signedback import signature_over, signed_document


@pytest.mark.parametrize("text, language, said", [
    ("Hi,\n\nSigned order form attached, the 50% transfer goes out this week.", "en", "the signed order form"),
    ("Forms signed and scanned, attached. Are we still in time?", "en", "the signed forms"),
    ("Hallo,\n\nAntrag ist unterschrieben raus.", "de", "den unterschriebenen Antrag"),
    ("Anbei der unterschriebene Leasingvertrag.", "de", "den unterschriebenen Leasingvertrag"),
    ("Vous trouverez ci-joint l'ordre de service signé.", "fr", "l'ordre de service signé"),
    ("Le adjunto el contrato firmado por nuestro director.", "es", "el contrato firmado"),
])
def test_a_signed_document_is_named(text, language, said):
    assert signed_document(text, language) == said


@pytest.mark.parametrize("text, language", [
    ("We will send the contract once it is signed.", "en"),
    ("Can we sign the contract on Tuesday?", "en"),
    ("Our director signed off the budget.", "en"),  # no document of the offer
    ("Der Vertrag ist noch nicht unterschrieben.", "de"),
    ("Pouvons-nous venir signer le contrat le mardi 18 avril ?", "fr"),
    ("Envoie-moi le bon de commande, je signe la semaine prochaine.", "fr"),
    ("We'll have the contract signed next week.", "en"),
    ("To issue the PO we need a signed quote.", "en"),
    ("El contrato se firmará cuando llegue el director.", "es"),
])
def test_no_signature_yet_is_no_yes(text, language):
    assert signed_document(text, language) == ""


def _item(kind, quote, sid, day, direction):
    return Item(kind, "", quote, "message", sid, datetime(2026, 8, day, 9), direction)


def test_the_ask_to_sign_is_over_once_signed_but_a_priced_term_stays():
    sources = [Source("message", 1, "", datetime(2026, 8, 1, 9), "outbound"),
               Source("message", 2, "", datetime(2026, 8, 5, 9), "inbound")]
    items = [_item("term", "Application forms attached, please sign pages 4 and 7.", 1, 1, "outbound"),
             _item("term", "Contract attached: $350,000 at 5.19%, please sign and return.", 1, 1, "outbound"),
             _item("term", "The contract is signed.", 2, 5, "inbound")]
    out = signature_over(items, sources, {"signed": "the signed contract", "source": "message:2"})
    assert [i.status for i in out] == ["kept", "open", "answered"]
    assert signature_over(items, sources, {"signed": "", "source": "message:2"}) == items


def test_a_signed_copy_still_to_be_sent_or_owed_is_no_yes():
    assert signed_document("El consejo rector lo aprobó el viernes. Koldo enviará el pedido firmado esta semana.",
                           "es") == ""
    assert signed_document("Il nous renverra le devis signé.", "fr") == ""
    assert signed_document("We'll send the signed contract on Monday.", "en") == ""
    assert signed_document("We must upload the following:\n- signed price proposal, valid 90 days\n- the DPA",
                           "en") == ""
    assert signed_document("Te adjunto para tu archivo el contrato firmado.", "es") == "el contrato firmado"
    assert signed_document("Signed order form attached, we'll transfer the 50% on Monday.", "en") == \
        "the signed order form"


@pytest.mark.parametrize("text, language, sent, said", [
    ("Hi Sam,\n\nMaria signed it this morning, scan attached.", "en", "The service agreement is attached for signature.",
     "the signed agreement"),
    ("Signed and attached. See you Monday.", "en", "Here is the lease for the two vans.", "the signed lease"),
    ("Signed copy attached for the second site.", "en", "Lease attached, please sign page 3.", "the signed lease"),
    ("Signed.", "en", "", "the signed copy"),
    ("Herr Ott hat beide Verträge unterschrieben.", "de", "", "die unterschriebenen Verträge"),
    ("Unterschrieben retour, danke.", "de", "anbei der Rahmenvertrag", "den unterschriebenen Rahmenvertrag"),
    ("Je l'ai signé hier soir.", "fr", "Voici le devis pour les trois sites.", "le devis signé"),
    ("Firmado, te lo mando adjunto.", "es", "Te adjunto el contrato de las tarjetas.", "el contrato firmado"),
    ("Lucía firmó ayer la solicitud, te la adjunto.", "es", "", "la solicitud firmada"),
])
def test_a_signature_by_pronoun_names_what_the_rep_sent(text, language, sent, said):
    assert signed_document(text, language, sent) == said


@pytest.mark.parametrize("text", [
    "Signed letter of authority attached.",  # a document the offer is not
    "We signed it off with finance yesterday.",  # approved, not signed
    "Signed up for your webinar, thanks.",
    "Will you have signed it by Friday?",
    "Our director will sign it tomorrow.",
])
def test_no_signature_of_the_offer(text):
    assert signed_document(text, "en", "The agreement is attached for signature.") == ""


@pytest.mark.parametrize("text, language, sent, said", [
    ("Grüezi Herr Roth\n\nDie unterschriebene Offerte liegt bei.", "de", "", "die unterschriebene Offerte"),
    ("Hi Ana,\n\nMarta signed, it's attached. Invoice to Vela Ltd please.", "en", "Contract attached as discussed.",
     "the signed contract"),
])
def test_a_swiss_offerte_and_a_named_signer_are_signed_documents(text, language, sent, said):
    """"Offerte" is the Swiss offer; "Marta signed," leaves the document unsaid: the one the rep sent."""
    assert signed_document(text, language, sent) == said


@pytest.mark.parametrize("text, language, sent, said", [
    ("Hi Tom,\n\nWe've already signed! Scan attached.", "en", "The hire agreement for the stage is attached.",
     "the signed agreement"),
    ("Hallo Herr Uhl,\n\nwir haben unterschrieben. Der Scan kommt mit.", "de", "anbei der Wartungsvertrag",
     "den unterschriebenen Wartungsvertrag"),
    ("Bonjour,\n\nOn a signé ! Je vous mets le scan en pièce jointe.", "fr", "Voici le contrat de location.",
     "le contrat signé"),
    ("Hola Bea:\n\n¡Ya firmamos! Va escaneado.", "es", "Te paso el contrato de mantenimiento.", "el contrato firmado"),
])
def test_the_signers_alone_name_what_the_rep_sent(text, language, sent, said):
    """The signers said with no document ("¡Ya firmamos!"): the one the rep sent to sign was signed."""
    assert signed_document(text, language, sent) == said
    assert signed_document("We will have signed by Friday.", "en", sent) == ""


def test_the_name_on_the_invoice_stays_said_when_the_signed_contract_names_it():
    sources = [Source("message", 1, "", datetime(2026, 8, 1, 9), "outbound"),
               Source("message", 2, "", datetime(2026, 8, 5, 9), "inbound")]
    named = replace(_item("request", "Contract signed and attached, in the name of Halden Print AS.", 2, 5, "inbound"),
                    text="I'll make the invoice out to Halden Print AS.")
    bare = _item("term", "The contract is signed.", 2, 5, "inbound")
    out = signature_over([named, bare], sources, {"signed": "the signed contract", "source": "message:2"})
    assert [i.status for i in out] == ["open", "answered"]
