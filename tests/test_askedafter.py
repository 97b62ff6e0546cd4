"""Tests for followup.drafting.askedafter: the customer's own sentence before a question they asked."""
from datetime import datetime

from followup.drafting.askedafter import own_context, sentence_before, with_own_context
from followup.drafting.items import Item

_AT = datetime(2026, 12, 4, 10, 0)


def _item(quote: str, kind: str = "question", status: str = "open", sid: int = 4) -> Item:
    return Item(kind=kind, text="", quote=quote, source_kind="message", source_id=sid, at=_AT,
                direction="inbound", status=status)


def test_the_sentence_before_a_question_though_no_point_holds_it():
    text = ("C'est d'accord pour nous. Pouvez-vous m'envoyer le contrat ? Par contre, le premier passage ne pourra "
            "pas avoir lieu avant la fin des travaux du hall, en janvier. Quelle date proposez-vous ?")
    assert sentence_before(text, "Quelle date proposez-vous ?").startswith("Par contre, le premier passage")
    items = with_own_context([_item("Quelle date proposez-vous ?")], {("message", 4): text})
    assert "premier passage" in items[0].context


def test_in_every_language():
    de = "Wir brauchen doch drei Fahrzeuge. Wann könnten Sie liefern?"
    assert sentence_before(de, "Wann könnten Sie liefern?") == "Wir brauchen doch drei Fahrzeuge."
    es = "Queremos empezar en febrero. ¿Qué fecha propone?"
    assert sentence_before(es, "¿Qué fecha propone?") == "Queremos empezar en febrero."


def test_none_for_a_first_sentence_or_a_greeting_before_it():
    assert sentence_before("Quelle date proposez-vous ?", "Quelle date proposez-vous ?") == ""
    assert sentence_before("Thanks a lot! What date suits you?", "What date suits you?") == ""


def test_no_context_that_asks_itself_or_was_replaced_since():
    asked = _item("Quelle date ?")
    assert own_context(Item(**{**asked.__dict__, "context": "Pouvez-vous m'envoyer le contrat ?"}), []) == ""
    old = _item("We need the grey finish.", kind="term", status="superseded")
    q = Item(**{**asked.__dict__, "context": "We need the grey finish."})
    assert own_context(q, [old]) == ""
    assert own_context(q, []) == "We need the grey finish"


def test_no_context_from_a_lead_in_announcing_the_questions():
    for lead in ("A few things after family discussion:", "Zwei Fragen noch:", "Quelques points :"):
        q = Item(**{**_item("Could we add a chill-out area?").__dict__, "context": lead})
        assert own_context(q, []) == ""


def test_no_context_naming_a_figure_no_point_kept():
    q = Item(**{**_item("Reicht das nicht für eine Steuerkanzlei?").__dict__,
                "context": "Ein Mitbewerber bietet uns Business Standard um EUR 11,70 an."})
    assert own_context(q, []) == ""


def test_no_context_that_follows_another_question_or_asks_or_requests_itself():
    text = "Can you bring the lift on Monday? The yard closes at noon.\nHow many drivers come?"
    assert sentence_before(text, "How many drivers come?") == ""
    asked = _item("How many drivers come?")
    relayed = _item("Our buyer Tom asks whether the lift can stay a week", kind="question", sid=4)
    said = Item(**{**asked.__dict__, "context": "Our buyer Tom asks whether the lift can stay a week."})
    assert own_context(said, [relayed, asked]) == ""
    please = Item(**{**asked.__dict__, "context": "Please put the invoice to the parish council."})
    assert own_context(please, [asked]) == ""
