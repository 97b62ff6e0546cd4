"""A deadline the customer's newest email sets is said back first, in the rep's words, and only while it is ahead."""
from datetime import date, datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.deadline import _line, deadlines, untold
from followup.drafting.items import Item
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Joanne Rigby", "joanne@rink.example", "Joanne Rigby\nRinkCare")
NOW = datetime(2026, 12, 14, 9)


def _msg(i: int, direction: str, text: str, day: int) -> Source:
    """One email of the conversation, on a day of December 2026."""
    return Source("message", i, text, datetime(2026, 12, day, 9), direction)


def _cleaned(sources: list[Source]) -> dict:
    """The sources' texts by key, as build_state passes them."""
    return {(s.kind, s.id): s.text for s in sources}


def test_a_third_persons_deadline_is_said_back_in_the_draft():
    """"The council needs the final price before Christmas." was read by no rule: the draft now notes it first."""
    sources = [_msg(1, "outbound", "Dear Mr. Horvath,\n\nThe ER-6 is EUR 138,500, delivery 10 weeks.\n\nJoanne", 4),
               _msg(2, "inbound", "Dear Ms. Rigby,\n\nWhat is the final trade-in price? The council needs the final "
                                  "price before Christmas.\n\nPeter", 11)]
    state = build_state(sources, "Europe/Bratislava", NOW, customer_name="Peter Horvath")
    draft = compose_state(state, customer_name="Peter Horvath", thread_subject="Resurfacer", rep=REP)
    assert "The council needs the final price before Christmas." in draft.body  # no label before it (confirming.py)


def test_the_reason_is_cut_and_our_turns_to_your():
    """The purpose after the day is no part of the line; "our cooperative" is the customer's."""
    line = _line("The district office needs a proforma invoice with our cooperative name before 30 December to "
                 "release the money.", "en")
    assert line == "the district office needs a proforma invoice with your cooperative name before 30 December"


def test_a_named_subject_keeps_its_capital_and_a_pronoun_object_is_left_out():
    """A name written with its capital inside a sentence keeps it, a sentence's first word does not; "Peter needs it
    before ..." would not say what is needed."""
    email = "I spoke to Kyle today. Kyle needs the signed form by 7 June. Finance needs the PO by end Sept."
    assert _line("Kyle needs the signed form by 7 June.", "en", email) == "Kyle needs the signed form by 7 June"
    assert _line("Finance needs the PO by end Sept.", "en", email) == "finance needs the PO by end Sept"
    assert _line("Peter needs it before the Easter break to take it to the board.", "en") == ""


def test_other_languages_keep_the_clause_of_the_need():
    """French and German: the third person's clause in its own words, the first clause before it left out."""
    assert _line("La fête commence le samedi 18 septembre, la campagne doit partir au plus tard le lundi 6 septembre.",
                 "fr") == "la campagne doit partir au plus tard le lundi 6 septembre"
    assert _line("Die Anlage muss bis 31. August laufen, weil das Audit kommt.", "de") == \
        "die Anlage muss bis 31. August laufen"


def test_no_limit_no_deadline_and_a_past_day_is_not_said():
    """A need without a time limit is no deadline; one whose day has passed is no longer what matters."""
    assert _line("We need the offer in English.", "en") == ""
    assert _line("Before I can raise the order I need your insurance certificate.", "en") == ""
    assert _line("Necesitamos el desembolso antes del 15 de junio.", "es") in ("", "necesitan el desembolso antes "
                                                                               "del 15 de junio")
    assert _line("Así que necesitamos la semilla antes del 17.", "es") != "necesitamos la semilla antes del 17"
    assert _line("Dime cuándo, tiene que ser antes de Semana Santa.", "es") == ""  # nothing needed, only the time
    assert _line("Außerdem brauchen wir ein Gruppenfoto vor dem Altbau.", "de") == ""  # a place, no time
    sources = [_msg(1, "inbound", "Hi,\n\nThe council needs the final price before 10 December.\n\nPeter", 2)]
    assert not [i for i in deadlines([], sources, _cleaned(sources), "en", "UTC", date(2026, 12, 14))
                if i.kind == "deadline"]


def test_a_rep_email_since_settles_it_and_a_time_said_is_not_said_again():
    """After the rep wrote, nothing is said back; a draft that already names the time does not note it twice."""
    sources = [_msg(1, "inbound", "Hi,\n\nThe council needs the final price before Christmas.\n\nPeter", 10),
               _msg(2, "outbound", "Hi Peter,\n\nYou will have it on Friday.\n\nJoanne", 11)]
    assert deadlines([], sources, _cleaned(sources), "en", "UTC", date(2026, 12, 14)) == []
    item = Item(kind="deadline", text="the council needs the final price before Christmas", quote="",
                source_kind="message", source_id=1, at=NOW, direction="inbound")
    assert untold([item], "I'll send the final price well before Christmas.") == []
    assert untold([item], "The price is EUR 138,500.") == [item]


def test_a_lead_to_a_list_is_no_line():
    assert _line("Because we are a public university we must upload following documents to the procurement portal "
                 "until 31 January:", "en") == ""


def test_an_event_named_before_its_date_is_a_time_limit_in_every_language():
    """"before our home match on 3 February": the event and its date are the limit; "our" turns to "your"."""
    assert _line("Everything has to be in place before our home match on 3 February.", "en") == \
        "everything has to be in place before your home match on 3 February"
    assert _line("Idéalement tout doit être en place avant notre match à domicile du 3 février.", "fr") == \
        "idéalement tout doit être en place avant votre match à domicile du 3 février"
    assert _line("Die Bühne muss vor unserem Sommerfest am 12. Juli stehen.", "de") == \
        "Die Bühne muss vor Ihrem Sommerfest am 12. Juli stehen"
    assert _line("La carpa tiene que estar montada antes de nuestra fiesta del 15 de agosto.", "es") == \
        "la carpa tiene que estar montada antes de su fiesta del 15 de agosto"
    assert _line("We need the screen before the opening night of the big spring festival.", "en") == ""


def test_a_list_items_deadline_ends_with_the_item():
    """In a list, the next item is no part of the deadline's line."""
    assert _line("we need the kayaks here before our open day on June 3\n- please send the invoice", "en") == \
        "you need the kayaks here before your open day on June 3"
