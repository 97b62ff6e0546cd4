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
