"""Tests for followup.drafting.joinedasks: two indirect questions in one sentence, split."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.joinedasks import split_joined, split_joined_asks


def test_two_indirect_questions_in_every_language():
    assert split_joined("También queremos saber si los cursos pueden ser en sábado, para no parar línea, y si los "
                        "instructores están registrados ante la STPS.") == (
        "También queremos saber si los cursos pueden ser en sábado, para no parar línea.",
        "También queremos saber si los instructores están registrados ante la STPS.")
    assert split_joined("Avant de signer, on voudrait savoir si tu peux faire un paiement en trois fois, et si la "
                        "formation est comprise.")[1] == "On voudrait savoir si la formation est comprise."
    assert split_joined("We'd like to know whether the fans run on 415V, and whether the troughs can be installed "
                        "by 1 March.")[1] == "We'd like to know whether the troughs can be installed by 1 March."
    assert split_joined("Ich wüsste gern, ob Sie auch samstags kommen und ob die Anfahrt inklusive ist.")[1] == (
        "Ich wüsste gern, ob die Anfahrt inklusive ist.")
    assert split_joined("Wir möchten wissen, ob Sie samstags kommen, und ob die Anfahrt inklusive ist.")[0] == (
        "Wir möchten wissen, ob Sie samstags kommen.")


def test_one_question_or_a_direct_one_is_not_split():
    assert split_joined("Queremos saber si los cursos pueden ser en sábado.") is None
    assert split_joined("Can you deliver on Monday and install on Tuesday?") is None


def test_each_part_is_a_question_of_the_same_source():
    item = Item(kind="question", text="", quote="On voudrait savoir si tu peux livrer lundi, et si le transport est "
                "inclus.", source_kind="message", source_id=5, at=datetime(2026, 12, 4), direction="inbound")
    parts = split_joined_asks([item], "fr")
    assert [p.quote for p in parts] == ["On voudrait savoir si tu peux livrer lundi.",
                                        "On voudrait savoir si le transport est inclus."]
    assert all(p.source_id == 5 and p.kind == "question" for p in parts)
