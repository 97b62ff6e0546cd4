"""Asides in brackets: dropped, but for the bracket after an amount that gives another amount or what it covers."""
import pytest

from followup.drafting.words import defers_answer, unbracketed


def test_an_aside_is_dropped_but_an_amount_in_brackets_after_a_rate_is_kept():
    assert unbracketed("Anzahlung 30% (EUR 2.940) bei Bestellung") == "Anzahlung 30% (EUR 2.940) bei Bestellung"
    assert unbracketed("total $6,200 (pump + install)") == "total $6,200 (pump + install)"
    assert unbracketed("Pumpe PX-2 (wie besprochen) geliefert") == "Pumpe PX-2 geliefert"
    assert unbracketed("Modell PX-2 (3 Stufen) im Lager") == "Modell PX-2 im Lager"


def test_a_notes_asked_is_followed_by_what_a_rep_writes():
    """"asked re FAA Part 107" is "asked about ...", "asked 10% discount" "asked for a 10% discount"."""
    from followup.drafting.words import asked_what
    assert asked_what("asked", " re FAA Part 107") == " about FAA Part 107"
    assert asked_what("asked", " 10% discount") == " for a 10% discount"
    assert asked_what("asked", " whether we can start") == " whether we can start"
    assert asked_what("wants", " re the roof") == " re the roof"


def test_a_note_that_only_says_the_rep_will_check_answers_nothing_in_each_language():
    from followup.drafting.words import defers_answer
    assert defers_answer("klär ich mit dem Versicherer, vermutlich nein")
    assert defers_answer("consulto con producto")
    assert defers_answer("I'm checking with the lender")
    assert not defers_answer("ja, über ein Wochenende")


def test_a_clause_loses_only_the_closing_marks_given_and_a_german_date_keeps_its_dot():
    from followup.drafting.words import trim_end
    assert trim_end("Aufbau ab 22.9.", " .") == "Aufbau ab 22.9."
    assert trim_end("Aufbau ab 22.9.;", " .;") == "Aufbau ab 22.9."
    assert trim_end("Lieferung ab März.;", " .") == "Lieferung ab März.;"
    assert trim_end("Lieferung ab März.", " .") == "Lieferung ab März"


def test_a_bracket_counting_what_a_sum_buys_is_kept_after_the_sum_but_not_a_day():
    assert unbracketed("New total USD 9,400 (150 vests).") == "New total USD 9,400 (150 vests)."
    assert unbracketed("New total USD 9,400 (14 November).") == "New total USD 9,400."
    assert unbracketed("Crew of 4 (2 drivers) on site.") == "Crew of 4 on site."  # after no sum: an aside


@pytest.mark.parametrize("sentence", [
    "told him I'd check.", "said we would come back to her on that", "Habe ihr gesagt, ich kläre das.",
    "Ihm zugesagt, das zu klären.", "Je lui ai dit que je vérifierais.", "Le dije que lo averiguaría.",
    "Quedé en confirmar con la fábrica.",
])
def test_a_note_reporting_the_promise_to_find_out_defers(sentence):
    assert defers_answer(sentence)


@pytest.mark.parametrize("sentence", ["told him the price stands", "I told her it fits.",
                                      "He said he would check with his boss"])
def test_a_note_reporting_an_answer_does_not_defer(sentence):
    assert not defers_answer(sentence)
