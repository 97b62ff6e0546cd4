"""A customer's dated statement about their side, noted in the follow-up even when it is not about "you"."""
from datetime import date, datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.noted import dated_day, dated_event, dated_statement, moved_later, the_body
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Europe/Madrid"
REP = RepProfile("Iker Sola", "iker@toldos.example", "Iker Sola\nToldos Sola")
TODAY = date(2026, 11, 25)


def draft(sources, now=datetime(2026, 11, 25, 9), name="Rosa Vidal"):
    state = build_state(sources, TZ, now, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Toldos", rep=REP)


def test_a_day_of_the_month_is_read_in_each_language():
    assert dated_day("the committee meets on 9th December", TODAY) == date(2026, 12, 9)
    assert dated_day("der Vorstand tagt am 3. Februar", TODAY) == date(2027, 2, 3)
    assert dated_day("la obra empieza el 12 de enero", TODAY) == date(2027, 1, 12)
    assert dated_day("Abnahme am 14.12.", TODAY) == date(2026, 12, 14)
    assert dated_day("we need 12 units", TODAY) is None


def test_a_foreign_dated_statement_is_noted_only_without_anyone_speaking_and_when_ahead():
    assert dated_statement("La junta de vecinos se reúne el 15 de diciembre.", "es", TODAY) == \
        "la junta de vecinos se reúne el 15 de diciembre"
    assert dated_statement("Nuestra junta se reúne el 15 de diciembre.", "es", TODAY) == ""
    assert dated_statement("La junta se reunió el 10 de noviembre.", "es", TODAY) == ""
    # the customer's "on" speaks for their side: never noted as it stands ("C'est noté : on commence ...")
    assert dated_statement("On commence le 11 janvier pour 6 semaines.", "fr", TODAY) == ""


def test_a_moved_day_is_out_of_force():
    assert moved_later(date(2026, 12, 7), ["The start must move to 14 December because of the roofer."], TODAY)
    assert not moved_later(date(2026, 12, 7), ["The roofer comes on 14 December."], TODAY)


def test_the_customers_committee_date_is_in_the_draft():
    sources = [Source("message", 1, "Hi Iker,\n\nWe need awnings for 6 balconies. The owners' committee votes on "
                                    "10 December.\n\nRosa", datetime(2026, 11, 20, 9), "inbound"),
               Source("message", 2, "Hi Rosa,\n\nFor 6 balconies the awnings come to EUR 4,800 installed.\n\nIker",
                      datetime(2026, 11, 21, 9), "outbound")]
    body = draft(sources).body
    assert "10 December" in body and "EUR 4,800" in body


def test_the_dated_event_of_a_long_sentence_is_cut_from_what_the_customer_wants_of_it():
    """'The partners are away from 20 December, so we want to sign before then': the event on its day is the clause
    to note; a past day, a question or a sentence without a day gives none."""
    assert dated_event("The partners are away from 20 December, so we want to sign before then.", TODAY) == \
        "The partners are away from 20 December"
    assert dated_event("Board meets Thursday 2 December and I'd like one recommendation to put up.", TODAY) == \
        "Board meets Thursday 2 December"
    assert dated_event("The partners were away from 2 November, so we could not sign.", TODAY) == ""
    assert dated_event("Can the board meet on 2 December and decide?", TODAY) == ""
    assert dated_event("We want to sign soon, the partners insist.", TODAY) == ""
    assert the_body("board meets Thursday 2 December") == "the board meets Thursday 2 December"
    assert the_body("Anna leaves on 2 December") == "Anna leaves on 2 December"


def test_a_board_meeting_ahead_in_the_customers_newest_email_is_noted():
    """The day their decision hangs on is what matters now: noted before the offer is said again."""
    offer = Source("message", 1, "Hi Rosa,\n\nThe awning is EUR 4,200 installed.\n\nIker", datetime(2026, 11, 20, 9),
                   "outbound")
    reply = Source("message", 2, "Hi Iker,\n\nBoard meets Thursday 3 December and I'd like one recommendation to put "
                                 "up.\n\nRosa", datetime(2026, 11, 24, 9), "inbound")
    body = draft([offer, reply]).body
    assert "The board meets Thursday 3 December" in body, body


def test_a_dated_point_the_rep_answered_twice_is_not_noted_again():
    """Their first email's scope with its day ahead is old news two offers that took it in later ("for the 6
    balconies"); a day ahead the rep's emails never took in stands (test above)."""
    first = Source("message", 1, "Hi Iker,\n\nWe need awnings. The owners' committee votes on 10 December on the "
                                 "awnings for 6 balconies.\n\nRosa", datetime(2026, 11, 2, 9), "inbound")
    offer = Source("message", 2, "Hi Rosa,\n\nFor 6 balconies the awnings come to EUR 4,800 installed.\n\nIker",
                   datetime(2026, 11, 3, 9), "outbound")
    ask = Source("message", 3, "Hi Iker,\n\nCan you do it for less?\n\nRosa", datetime(2026, 11, 10, 9), "inbound")
    again = Source("message", 4, "Hi Rosa,\n\nI can do EUR 4,500 installed for the 6 balconies.\n\nIker",
                   datetime(2026, 11, 12, 9), "outbound")
    assert "10 December" not in draft([first, offer, ask, again]).body
    assert "10 December" in draft([first, offer]).body
