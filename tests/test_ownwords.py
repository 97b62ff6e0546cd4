"""The customer's words said in the rep's voice (followup/drafting/ownwords.py)."""
from followup.drafting.ownwords import dative_turned, ours
from followup.drafting.reported import customer_said
from followup.drafting.sendback import sent_request


def test_the_reps_own_things_asked_for_are_said_as_the_reps():
    assert ours("votre RIB et vos conditions générales de vente", "fr") == "notre RIB et nos conditions générales de vente"
    assert ours("Ihre Preisliste und Ihr Datenblatt", "de") == "unsere Preisliste und unser Datenblatt"
    assert ours("su catálogo y sus condiciones y su lista", "es") == "nuestro catálogo y nuestras condiciones y nuestra lista"
    assert ours("the samples and your price list", "en") == "the samples and our price list"
    assert ours("ihre Unterlagen", "de") == "ihre Unterlagen"  # lower-case "ihre" is "her"/"their", not the rep's


def test_a_request_to_send_the_reps_own_document_is_answered_in_the_reps_voice():
    fr = "Pour ouvrir le compte fournisseur, merci de nous transmettre votre RIB et vos conditions générales de vente."
    assert sent_request(fr, "fr").text == "Je vous envoie notre RIB et nos conditions générales de vente."
    assert sent_request("Schicken Sie uns bitte Ihre Preisliste.", "de").text == "Ich schicke Ihnen unsere Preisliste."
    assert sent_request("Envíenos su catálogo.", "es").text == "Le envío nuestro catálogo."
    assert sent_request("Please send us the samples and your price list.", "en").text == \
        "I'll send you the samples and our price list."


def test_uns_after_a_dative_preposition_is_turned_to_ihnen():
    assert dative_turned("bei uns und für uns") == "bei Ihnen und für uns"
    assert customer_said("Am 2. Oktober ist bei uns Brückentag.", "de") == "Am 2. Oktober ist bei Ihnen Brückentag"


def test_a_french_verb_joined_to_the_turned_one_is_turned_too():
    assert customer_said("Nous sommes au Maroc pendant les vacances de Pâques et rentrons le 23 avril.", "fr") == \
        "vous êtes au Maroc pendant les vacances de Pâques et rentrez le 23 avril"
    assert customer_said("Nous avons trois magasins et maisons à Lille.", "fr") == "vous avez trois magasins et maisons à Lille"
