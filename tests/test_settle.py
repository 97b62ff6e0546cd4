"""A note's running sum gives way to the total the same note comes to last."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source


def test_a_running_sum_after_an_arrow_gives_way_to_the_notes_later_total():
    note = ("Tel.: Zusatzregal EUR 2.300 -> EUR 41.300 netto. Etiketten: EUR 900 optional, nimmt er. "
            "Total EUR 42.200 netto.")
    state = build_state([Source("note", 1, note, datetime(2026, 11, 2, 10), "note")], "Europe/Berlin",
                        datetime(2026, 11, 4, 10), customer_name="Rosa Lind")
    running = next(i for i in state.items if "41.300" in i.quote)
    total = next(i for i in state.items if "42.200" in i.quote)
    assert running.status == "superseded" and total.status == "open"


def test_without_a_total_the_notes_figures_stay():
    note = "Tel.: Zusatzregal EUR 2.300 -> EUR 41.300 netto. Lieferung im März."
    state = build_state([Source("note", 1, note, datetime(2026, 11, 2, 10), "note")], "Europe/Berlin",
                        datetime(2026, 11, 4, 10), customer_name="Rosa Lind")
    assert next(i for i in state.items if "41.300" in i.quote).status == "open"


def test_an_offer_in_force_is_kept_without_the_bracket_working_out_its_older_figure():
    mail = "Hi Ana,\n\nOrder confirmed: USD 5,270 (USD 4,900 plus 2 x USD 185). We ship by courier.\n\nBest,\nTom"
    state = build_state([Source("message", 1, mail, datetime(2026, 11, 2, 10), "outbound")], "Europe/London",
                        datetime(2026, 11, 4, 10), customer_name="Ana Silva")
    said = " ".join(i.quote for i in state.items if i.status == "open")
    assert "USD 5,270" in said and "4,900" not in said


def test_a_sentence_that_only_hands_the_document_over_answers_the_request_but_is_no_term_in_force():
    sources = [Source("message", 1, "Hi Jack,\n\nCan you send a proposal?\n\nMette", datetime(2027, 8, 2, 8), "inbound"),
               Source("message", 2, "Hi Mette,\n\nProposal attached. Phase 1 is DKK 210,000.\n\nJack",
                      datetime(2027, 8, 5, 13), "outbound")]
    state = build_state(sources, "Europe/Copenhagen", datetime(2027, 8, 18, 12), customer_name="Mette Sørensen")
    assert not any(i.quote.strip() == "Proposal attached." for i in state.items if i.status == "open"), state.items
    assert not any(i.kind == "request" and i.status == "open" for i in state.items)


def _note_after(question: str, note: str, name: str = "Walter Pita"):
    sources = [Source("message", 1, f"Dear Leah,\n\n{question}\n\nWalter", datetime(2027, 3, 1, 9), "inbound"),
               Source("note", 2, note, datetime(2027, 3, 2, 9), "note")]
    state = build_state(sources, "Europe/London", datetime(2027, 3, 3, 9), customer_name=name)
    return next(i for i in state.items if i.kind == "question" and i.direction == "inbound")


def test_a_figure_with_its_unit_counts_as_content_a_later_note_shares_with_the_question():
    assert _note_after("Can the hull take a 60 hp outboard?",
                       "Call with Walter: confirmed to him the hull is rated up to 60 hp.").status == "answered"
    assert _note_after("Could we pay in 3 parts?", "Called Walter. Payment 30/40/30 ok.").status == "answered"
    assert _note_after("Can the hull take a 60 hp outboard?",
                       "Call with Walter: the deck is rated up to 40 hp.").status == "open"


def test_the_leak_test_looks_at_the_reps_line_not_the_address_in_the_customers_sentence():
    mail = ("Hi Hannah,\n\nAll good, let's go with the NZD 6,950. Can you send the contract to Mere in our accounts "
            "team (mere.tane@aroquay.example.co.nz)?\n\nRoss")
    state = build_state([Source("message", 1, mail, datetime(2029, 1, 16, 9), "inbound")], "Pacific/Auckland",
                        datetime(2029, 1, 16, 21), customer_name="Ross Whitcombe")
    said = [i.text for i in state.items if "Mere" in i.quote]
    assert said and "I'll send the contract to Mere" in said[0] and "@" not in said[0]


def test_a_notes_promise_with_a_cut_day_is_kept_by_the_german_here_is():
    """"Angebot + Grundriss bis Mi schicken", then "Wie besprochen erhalten Sie das Angebot ... sowie den Grundriss":
    kept, so no apology for a delay once that Wednesday has passed; "Morgen erhalten Sie" keeps nothing."""
    note = Source("note", 1, "Tel. mit Fr. Bräuer. Angebot + Grundriss bis Mi schicken.", datetime(2028, 8, 11, 9),
                  "note")
    for mail, kept in (("wie besprochen erhalten Sie das überarbeitete Angebot sowie den Grundriss.", True),
                       ("morgen erhalten Sie das überarbeitete Angebot sowie den Grundriss.", False)):
        sent = Source("message", 2, f"Sehr geehrte Frau Bräuer,\n\n{mail}\n\nMit freundlichen Grüßen\nStefan Wolters",
                      datetime(2028, 8, 16, 10), "outbound")
        state = build_state([note, sent], "Europe/Berlin", datetime(2028, 8, 18, 7), customer_name="Katrin Bräuer")
        promise = next(i for i in state.items if i.kind == "commitment" and i.direction == "note")
        assert (promise.status == "kept") is kept, promise


def test_a_request_to_be_sent_an_offer_is_answered_by_the_reps_priced_email():
    """Written for this rule: 'I'll send you the offer' was said again after the rep's email had priced it."""
    ask = Source("message", 1, "Hello Dan,\n\nPlease send us an offer for 6 benches.\n\nIris", datetime(2027, 8, 2, 8),
                 "inbound")
    priced = Source("message", 2, "Hi Iris,\n\nThe bench is EUR 640 each, delivered.\n\nDan", datetime(2027, 8, 4, 8),
                    "outbound")
    answered = build_state([ask, priced], "Europe/Berlin", datetime(2027, 8, 10, 9), customer_name="Iris Kranz")
    assert not any(i.kind == "request" and i.status == "open" for i in answered.items), answered.items
    away = Source("message", 2, "Hi Iris,\n\nI am out until Monday.\n\nDan", datetime(2027, 8, 4, 8), "outbound")
    unanswered = build_state([ask, away], "Europe/Berlin", datetime(2027, 8, 10, 9), customer_name="Iris Kranz")
    assert any(i.kind == "request" and i.status == "open" for i in unanswered.items), unanswered.items


def test_a_notes_question_with_its_own_to_do_stays_open_whatever_the_note_says_next():
    """"Fragt, ob ... - mit Technik klären. Angebot raus Mi.": the next line is no answer to a question put off."""
    for note in ["Anruf Frau Roth: Fragt, ob ein Starkstromanschluss nötig ist, mit Technik klären. Angebot raus Mi.",
                 "Call with Ms Roth. Asks whether the cabins need a 3-phase supply, to check with ops. Quote out Wed."]:
        sources = [Source("note", 1, note, datetime(2027, 3, 1, 9), "note")]
        state = build_state(sources, "Europe/Berlin", datetime(2027, 3, 2, 9), customer_name="Greta Roth")
        assert [i.status for i in state.items if i.kind == "question"] == ["open"]
