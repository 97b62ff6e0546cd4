"""A list whose lead-in is the asking: each item asked with it."""
from followup.drafting.cleaning import clean
from followup.drafting.leadin import asked_per_item


def test_each_item_under_an_asking_lead_in_is_asked_with_it_in_each_language():
    assert asked_per_item("Nos vendanges commencent le 4 septembre. Pouvez-vous :", ["livrer le vendredi 1er septembre ?",
                                                                                      "nous envoyer le contrat ?"]) == (
        "Nos vendanges commencent le 4 septembre.",
        ["Pouvez-vous livrer le vendredi 1er septembre?", "Pouvez-vous nous envoyer le contrat?"])
    assert asked_per_item("Could you:", ["Deliver on Friday", "send the contract"])[1] == [
        "Could you deliver on Friday?", "Could you send the contract?"]
    assert asked_per_item("Könnten Sie bitte:", ["die Lieferung vorziehen", "das Muster schicken"])[1] == [
        "Könnten Sie bitte die Lieferung vorziehen?", "Könnten Sie bitte das Muster schicken?"]
    assert asked_per_item("¿Podéis:", ["entregar el viernes", "mandar el contrato"])[1] == [
        "¿Podéis entregar el viernes?", "¿Podéis mandar el contrato?"]


def test_a_please_lead_in_makes_each_item_a_request():
    assert asked_per_item("Please:", ["send the contract", "book the crane"])[1] == [
        "Please send the contract.", "Please book the crane."]


def test_a_lead_in_that_only_names_the_items_is_no_asking():
    assert asked_per_item("We need:", ["nickel recovery", "25 m3 per day"]) is None
    assert asked_per_item("Our director asks:", ["is the pilot test free?"]) is None


def test_a_cleaned_email_asks_each_item_as_its_own_sentence():
    text = "Bonjour Julie,\n\nOn prend la location. Pouvez-vous :\n\n- livrer le vendredi 1er septembre ?\n\n" \
           "- nous envoyer le contrat ?\n\nBenoît"
    out = clean(text, "inbound", "Benoît Castéra")
    assert "Pouvez-vous livrer le vendredi 1er septembre?" in out
    assert "Pouvez-vous nous envoyer le contrat?" in out
    assert "Pouvez-vous :" not in out
