"""A deadline, date or address asked for among things to send is asked as a question of its own (answered where a
source answers it, slotted where none does); the documents beside it are still sent."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.sendback import facts_asked
from followup.drafting.sentences import Source

TZ = "Europe/Paris"
D1, D2, NOW = (datetime(2028, 6, d, 10) for d in (26, 27, 28))


def _request(text: str) -> Item:
    """An open request from the customer that the rep answers with the given send line."""
    return Item(kind="request", text=text, quote="q", source_kind="message", source_id=1, at=D1, direction="inbound")


def _split(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(i.kind, i.text, i.quote) for i in facts_asked([_request(text)], language)]


def test_an_english_deadline_among_things_to_send_is_asked():
    assert _split("I'll send the artwork specs and the production deadline.", "en") == [
        ("request", "I'll send the artwork specs.", "q"),
        ("question", "what is the production deadline", "What is the production deadline?")]


def test_the_same_in_french_german_and_spanish():
    assert _split("Je vous envoie le gabarit de l'affiche et la date limite des fichiers.", "fr")[1][2] == \
        "La date limite des fichiers?"
    assert _split("Ich schicke Ihnen die Satzung und die Anlieferadresse der Druckerei.", "de") == [
        ("request", "Ich schicke Ihnen die Satzung.", "q"), ("question", "", "Die Anlieferadresse der Druckerei?")]
    assert _split("Le envío la plantilla y la fecha límite de los archivos.", "es")[0][1] == "Le envío la plantilla."


def test_documents_alone_are_sent_and_a_fact_alone_is_only_asked():
    assert _split("I'll send the contract and the floor plan.", "en") == [
        ("request", "I'll send the contract and the floor plan.", "q")]
    assert _split("Je vous envoie la date limite des fichiers.", "fr") == [
        ("question", "", "La date limite des fichiers?")]


def test_a_deadline_a_later_note_gives_is_answered_not_slotted():
    state = build_state([
        Source("message", 2, "Hi Alicia,\n\nPlease send the artwork specs and the production deadline.\n\nTrevor",
               D1, "inbound"),
        Source("note", 3, "Production deadline for artwork Fri 14 July.", D2, "note")], TZ, NOW,
        customer_name="Trevor Quan")
    asked = [i for i in state.items if i.kind == "question" and "deadline" in i.quote]
    assert asked and all(i.status != "open" for i in asked)
