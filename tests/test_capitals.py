"""A name a restatement lowered keeps its capital; an ordinary word never gets one."""
from datetime import datetime

from followup.drafting.capitals import named, names_in, with_names
from followup.drafting.items import Item
from followup.drafting.sentences import Source


def test_a_word_written_capitalised_inside_a_sentence_is_a_name():
    names = names_in(("Teams call Sanne + Joris Bakker (marketing).", "Storage between fairs is EUR 1,200.",
                      "Call Brodie + Mel (finance).", "Hola Marta:\n\nLlamé a Iñaki y Koldo ayer."))
    assert {"Sanne", "Joris", "Bakker", "Mel", "Iñaki", "Koldo"} <= names
    assert "Storage" not in names  # only ever at a sentence's start: no name


def test_a_sentence_opening_on_someone_and_where_they_work_names_them():
    names = names_in(("Gracias. Miren, de nuestro departamento financiero, pregunta si podemos pagar en tres plazos.",
                      "Jana, aus der Buchhaltung, fragt nach der Rechnung.", "However, from next week, we can."))
    assert {"Miren", "Jana"} <= names
    assert "However" not in names


def test_a_word_also_written_in_lower_case_is_no_name():
    assert "Design" not in names_in(("We love the Design team.", "The design is ready."))


def test_the_first_word_gets_its_capital_back_only_when_a_name():
    names = frozenset({"Sanne", "Mel"})
    assert named("sanne is on holiday until 28 August", names) == "Sanne is on holiday until 28 August"
    assert named("mel asks if I could split the invoice", names) == "Mel asks if I could split the invoice"
    assert named("storage is EUR 1,200 per year", names) == "storage is EUR 1,200 per year"
    assert named("Sanne est en congés", names) == "Sanne est en congés"


def test_items_restated_from_a_colleagues_sentence_keep_the_name():
    at = datetime(2028, 8, 16, 9)
    sources = [Source("note", 1, "Teams call Sanne + Joris Bakker (marketing).", at, "note"),
               Source("message", 2, "Sanne is on holiday until 28 August, so I am your contact now.", at, "inbound")]
    item = Item(kind="constraint", text="sanne is on holiday until 28 August", quote="Sanne is on holiday until 28 August",
                source_kind="message", source_id=2, at=at, direction="inbound")
    assert with_names([item], sources)[0].text == "Sanne is on holiday until 28 August"
