import re

from followup.drafting.whasked import ASKED, ASKED_LEAD, CLAUSE_AFTER, NO_COMMIT, WH_LEAD, with_wh


def test_a_request_or_a_wh_question_in_a_note_is_read_as_asked():
    assert ASKED.search("Also asked for free freight on the second order").group(0) == "asked for "
    assert ASKED.search("asked which sizes come in black").group(0) == "asked "
    assert ASKED.search("Sie fragt, wann die Regale kommen").group(0) == "fragt, "
    assert ASKED.search("Il demande quand passe le technicien").group(0) == "demande "
    assert ASKED.search("Pregunta dónde se recogen las cajas").group(0) == "Pregunta "
    # the yes/no leads read as before
    assert ASKED.search("demande quel format").group(0) == "demande quel "


def test_the_lead_of_a_wh_question_keeps_its_question_word():
    assert ASKED_LEAD.match("He asked how soon we can ship").group(0) == "He asked "
    assert ASKED_LEAD.match("He asked if we ship").group(0) == "He asked if "
    assert ASKED_LEAD.match("He asked for a sample") is None  # a request is read only where the note cannot answer it
    assert WH_LEAD.search("He asked ") and not WH_LEAD.search("He asked if ")


def test_an_answer_after_a_dash_and_a_forbidden_commitment_are_told_apart():
    assert CLAUSE_AFTER.match(" - EU, Frankfurt.") and not CLAUSE_AFTER.match(". Send deck Fri.")
    forbids = re.compile(NO_COMMIT, re.I)
    assert forbids.search("don't commit before Petra") and forbids.search("nicht zusagen, Lager knapp")
    assert forbids.search("ne rien promettre") and forbids.search("no comprometer fecha")
    assert not forbids.search("committed to Friday")


def test_question_words_are_filled_in_per_language():
    assert re.fullmatch(with_wh("WH_DE"), "wann") and re.fullmatch(with_wh("WH_ES"), "cuándo")
