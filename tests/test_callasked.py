"""A question asked on a call and the answer given on it (followup/drafting/callasked.py)."""
from followup.drafting.callasked import answer_inside, direct_question, said_back


def test_the_answer_after_the_arrow_is_taken_without_told_him():
    assert answer_inside("Er fragt ob Starkstrom nötig → hab gesagt 230 V reicht") == "230 V reicht"
    assert answer_inside("asked about PMI -> yes") == ""


def test_what_the_rep_said_back_is_taken_without_the_notes_record_of_saying_it():
    assert said_back("30 % bei Bestellung, hab ihm gesagt") == "30 % bei Bestellung"
    assert said_back("told him 12 to 14 weeks (factory)") == "12 to 14 weeks"


def test_a_question_asked_on_the_call_is_put_directly_in_its_language():
    assert direct_question("permits, I think", "asked about ", "en") == "what about permits"
    assert direct_question("SSO enthalten ist", "fragt ob ", "de") == "ist SSO enthalten"
    assert direct_question("funciona con hielo", "pregunta si ", "es") == "¿funciona con hielo"


def test_a_wh_question_asked_on_the_call_puts_its_verb_before_the_subject():
    assert direct_question("how long they would need for the survey", "asked ", "en") == \
        "how long would they need for the survey"
    assert direct_question("when you can ship the spare parts", "wants to know ", "en") == \
        "when can you ship the spare parts"
    assert direct_question("warum das Angebot teurer ist", "fragt, ", "de") == "warum ist das Angebot teurer"
    assert direct_question("dónde recogen las cajas", "preguntó ", "es") == "¿dónde recogen las cajas"
    # a topic after "nach" is no wh-clause, even when it opens like one ("Wochenende")
    assert direct_question("Wochenendlieferung", "fragt nach ", "de") == "wie sieht es mit Wochenendlieferung aus"
