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
