"""The conversation state: what is open now, from every message and call note of one customer, in time order."""
from datetime import datetime

from followup.conversation import build_state, clean, detect_language, learn_voice, restate_dates, say_day
from followup.facts import Source

TZ = "America/Chicago"
MON = datetime(2026, 11, 23, 16)  # Monday 10:00 in Chicago
TUE = datetime(2026, 11, 24, 16)
THU = datetime(2026, 11, 26, 16)


def open_quotes(state, *kinds):
    return [i.quote for i in state.open(*kinds)]


def test_a_question_answered_in_a_later_call_note_is_closed_by_that_note():
    sources = [Source("message", 1, "Hi Sam,\n\nDoes the team plan include SSO?\n\nOllie", MON, "inbound"),
               Source("note", 2, "Call with Ollie, 11:00-11:35. Told him SSO is included in the team plan.", TUE,
                      "note")]
    state = build_state(sources, TZ, THU, customer_name="Ollie Example")
    question = next(i for i in state.items if i.kind == "question")
    assert (question.status, question.by) == ("answered", "note:2")
    assert not state.open("question")
    # the call's shorthand header is no point of the conversation
    assert all("11:00" not in i.quote for i in state.items)


def test_an_unanswered_question_stays_open_after_an_unrelated_note():
    sources = [Source("message", 1, "Does the team plan include SSO?", MON, "inbound"),
               Source("note", 2, "Budget 12k for next year.", TUE, "note")]
    state = build_state(sources, TZ, THU)
    assert open_quotes(state, "question") == ["Does the team plan include SSO?"]


def test_a_revised_offer_supersedes_the_first_one():
    sources = [Source("message", 1, "Hi Ann,\n\nThe quote for 25 seats is $4,800 per year.\n\nSam", MON, "outbound"),
               Source("message", 2, "Hi Ann,\n\nThe revised quote for 25 seats is $4,200 per year.\n\nSam", TUE,
                      "outbound")]
    state = build_state(sources, TZ, THU)
    terms = {i.quote: i for i in state.items if i.kind == "term"}
    first = terms["The quote for 25 seats is $4,800 per year."]
    assert (first.status, first.by) == ("superseded", "message:2")
    assert open_quotes(state, "term") == ["The revised quote for 25 seats is $4,200 per year."]


def test_a_newer_commitment_on_the_same_thing_supersedes_the_older():
    sources = [Source("note", 1, "Sending the rate sheet Thu.", MON, "note"),
               Source("note", 2, "Sending the updated rate sheet Fri instead.", TUE, "note")]
    state = build_state(sources, TZ, TUE)
    assert [i.status for i in state.items if i.kind == "commitment"] == ["superseded", "open"]


def test_a_commitment_kept_by_a_later_email_is_closed():
    sources = [Source("note", 1, "Sending the rate sheet tomorrow.", MON, "note"),
               Source("message", 2, "Hi Maria,\n\nAttached is the rate sheet.\n\nDana", TUE, "outbound")]
    state = build_state(sources, TZ, THU)
    commitment = next(i for i in state.items if i.kind == "commitment")
    assert (commitment.status, commitment.by) == ("kept", "message:2")


def test_a_notes_tomorrow_is_resolved_against_the_note_and_restated_against_the_draft_day():
    note = [Source("note", 1, "Sending rate sheet tomorrow.", MON, "note")]
    same_day = build_state(note, TZ, MON).open("commitment")[0]
    assert same_day.text == "I'll send the rate sheet tomorrow"
    next_day = build_state(note, TZ, TUE).open("commitment")[0]
    assert next_day.text == "I'll send the rate sheet today" and next_day.when == "today"
    # two days on, the day has passed: the promise stands, its stale day is dropped
    later = build_state(note, TZ, THU).open("commitment")[0]
    assert later.text == "I'll send the rate sheet" and "tomorrow" not in later.text


def test_restated_days_read_from_the_draft_day():
    assert say_day(THU.date(), MON.date()) == "on Thursday"
    assert say_day(MON.date(), MON.date()) == "today"
    assert restate_dates("the call on Tuesday", MON, TZ, THU.date()) == "the call"
    assert restate_dates("I'll send it Thursday", MON, TZ, TUE.date()) == "I'll send it on Thursday"


def test_list_items_are_kept_with_their_lead_in():
    text = "Hi Sam,\n\nWe're looking for:\n- SSO with Okta\n- an EU data centre\n- 40 seats\n\nThanks,\nPriya"
    cleaned = clean(text, "inbound", "Priya Patel")
    assert "SSO with Okta" in cleaned and "an EU data centre" in cleaned and "40 seats" in cleaned
    state = build_state([Source("message", 1, text, MON, "inbound")], TZ, TUE, customer_name="Priya Patel")
    item = next(i for i in state.items if "Okta" in i.quote)
    assert "an EU data centre" in item.text and "40 seats" in item.text


def test_a_signature_block_without_a_marker_is_dropped():
    text = ("Hi Sam,\n\nCan you send the onboarding plan?\n\nMaria Lopez\nHead of Operations\nAcme Logistics Inc.\n"
            "+1 312 555 0100")
    cleaned = clean(text, "inbound", "Maria Lopez")
    assert cleaned == "Can you send the onboarding plan?"
    state = build_state([Source("message", 1, text, MON, "inbound")], TZ, TUE, customer_name="Maria Lopez")
    assert all("Acme" not in i.quote and "555" not in i.quote for i in state.items)


def test_pleasantries_and_internal_asides_are_never_restated():
    sources = [Source("message", 1, "Thanks again for the walkthrough! Can you send the contract draft?", MON,
                      "inbound"),
               Source("note", 2, "Checked with billing (Jo) about the discount. Sending contract draft Thu.", TUE,
                      "note")]
    state = build_state(sources, TZ, TUE)
    assert all(not i.quote.startswith("Thanks again") for i in state.items)
    aside = next(i for i in state.items if i.quote.startswith("Checked with billing"))
    assert aside.internal and aside.text == ""


def test_language_is_read_from_the_customers_words():
    assert detect_language(["Bonjour, pouvez-vous nous envoyer le devis pour notre équipe ?"]) == "fr"
    assert detect_language(["Hallo, könnten Sie uns bitte das Angebot für unser Team schicken?"]) == "de"
    assert detect_language(["Hola, ¿podría enviarnos la oferta para nuestro equipo?"]) == "es"
    assert detect_language(["Hi, could you send the quote for our team?"]) == "en"


def test_the_reps_greeting_and_sign_off_are_learned_from_their_sent_mail():
    sent = ["Hey Ann,\n\nAttached.\n\nCheers,\nSam", "Hey Bo,\n\nDone.\n\nCheers,\nSam", "Hi Cy,\n\nOk.\n\nBest,\nSam"]
    voice = learn_voice(sent)
    assert (voice.greeting, voice.sign_off) == ("Hey", "Cheers,")
    assert learn_voice(["Hello Ann,\n\nx\n\nRegards,\nSam"]).sign_off == "Best,"  # one email shows no habit
