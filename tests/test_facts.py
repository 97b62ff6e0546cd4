"""Fact extraction from realistic call notes and emails: kinds, rephrasing, due dates, answered flags."""
from datetime import datetime

from followup.drafting.facts import Source, extract_facts, needs_follow_up, resolve_due, split_sentences

TZ = "America/Chicago"
NOTE = Source("note", 3, "Wants to compare a 15 year fixed vs 30. Sending rate sheet Thu. Spouse decides. "
              "Budget 450k. Call back after 3pm.", datetime(2026, 11, 23, 16, 0), "note")  # Mon 10:00 CST
EMAIL_IN = Source("message", 12, "Hi Dana,\n\nThanks for the call today. Can you send me the closing cost "
                  "estimate as well? We need to close before Dec 15.\n\nThanks,\nMaria",
                  datetime(2026, 11, 23, 18, 0), "inbound")
EMAIL_OUT = Source("message", 13, "Hi Maria, I'll send the updated quote by end of day tomorrow. "
                   "Let's meet next Tuesday at 10am to go over it.", datetime(2026, 11, 23, 19, 0), "outbound")


def by_quote(facts):
    return {f.quote: f for f in facts}


def test_call_note_shorthand_is_rephrased_in_second_person():
    facts = by_quote(extract_facts([NOTE], TZ))
    assert facts["Wants to compare a 15 year fixed vs 30."].text == "you'd like to compare a 15 year fixed vs 30"
    assert facts["Wants to compare a 15 year fixed vs 30."].kind == "request"
    commitment = facts["Sending rate sheet Thu."]
    assert (commitment.kind, commitment.text) == ("commitment", "I'll send the rate sheet Thu")
    assert facts["Spouse decides."].kind == "constraint"
    assert facts["Spouse decides."].text == "your spouse decides"
    assert (facts["Budget 450k."].kind, facts["Budget 450k."].text) == ("figure", "your budget is 450k")
    step = facts["Call back after 3pm."]
    assert (step.kind, step.text) == ("next_step", "I'll call you back after 3pm")


def test_note_commitment_due_is_the_coming_weekday_at_close_of_business():
    facts = by_quote(extract_facts([NOTE], TZ))
    # Thursday 2026-11-26 17:00 CST = 23:00 UTC
    assert facts["Sending rate sheet Thu."].due == datetime(2026, 11, 26, 23, 0)


def test_email_question_figure_commitment_and_next_step():
    facts = by_quote(extract_facts([NOTE, EMAIL_IN, EMAIL_OUT], TZ))
    question = facts["Can you send me the closing cost estimate as well?"]
    assert question.kind == "question"
    assert question.text == "you asked if I can send you the closing cost estimate as well"
    assert question.answered  # the rep wrote afterwards
    assert facts["We need to close before Dec 15."].due == datetime(2026, 12, 15, 23, 0)
    commitment = facts["I'll send the updated quote by end of day tomorrow."]
    assert commitment.kind == "commitment"
    assert commitment.due == datetime(2026, 11, 24, 23, 0)  # Tue 17:00 CST
    assert not commitment.answered
    step = facts["Let's meet next Tuesday at 10am to go over it."]
    assert step.kind == "next_step"
    assert step.due == datetime(2026, 12, 1, 16, 0)  # said on a Monday: Tuesday of next week, 10:00 CST


def test_greeting_and_sign_off_are_not_facts_and_quotes_are_exact_spans():
    sources = [NOTE, EMAIL_IN, EMAIL_OUT]
    facts = extract_facts(sources, TZ)
    texts = {(s.kind, s.id): s.text for s in sources}
    assert all(f.quote in texts[(f.source_kind, f.source_id)] for f in facts)
    assert not any(f.quote.startswith(("Hi ", "Thanks,")) for f in facts)
    assert "Maria" not in {f.quote for f in facts}


def test_customer_first_person_becomes_second_person():
    src = Source("message", 1, "My wife is self-employed, so I'm not sure which documents you need from her. "
                 "Please send a quote for 12 seats with the 20% discount you mentioned.",
                 datetime(2026, 11, 20, 15, 0), "inbound")
    texts = [f.text for f in extract_facts([src], TZ)]
    assert texts[0] == "your wife is self-employed, so you're not sure which documents I need from her"
    assert texts[1] == "you asked me to send a quote for 12 seats with the 20% discount I mentioned"


def test_relative_dates_resolve_against_the_source_time_in_its_zone():
    # 2026-11-21 03:00 UTC is still Friday evening in Chicago
    at = datetime(2026, 11, 21, 3, 0)
    assert resolve_due("I'll send it tomorrow", at, TZ) == datetime(2026, 11, 21, 23, 0)
    assert resolve_due("by end of day Friday", at, TZ) == datetime(2026, 11, 20, 23, 0)
    assert resolve_due("call on 2026-12-02 at 3:30pm", at, TZ) == datetime(2026, 12, 2, 21, 30)
    assert resolve_due("I may get to it", at, TZ) is None


def test_sentences_do_not_split_inside_abbreviations():
    text = "Compare 15 yr vs. 30 yr fixed. Sending quote Thu. Done"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Compare 15 yr vs. 30 yr fixed.", "Sending quote Thu.", "Done"]


def test_needs_follow_up_reasons():
    now = datetime(2026, 11, 24, 12, 0)
    question_only = [EMAIL_IN]
    assert needs_follow_up(extract_facts(question_only, TZ), question_only, now) == "unanswered question"
    promised = [EMAIL_IN, EMAIL_OUT]
    assert needs_follow_up(extract_facts(promised, TZ), promised, now) == "commitment due 2026-11-24"
    kept = [Source("message", 20, "Thanks for the info.", datetime(2026, 11, 20, 12), "inbound"),
            Source("message", 21, "Happy to help.", datetime(2026, 11, 20, 13), "outbound")]
    assert needs_follow_up(extract_facts(kept, TZ), kept, now) is None
    with_note = kept + [Source("note", 5, "Spouse decides.", datetime(2026, 11, 21, 9), "note")]
    assert needs_follow_up(extract_facts(with_note, TZ), with_note, now) == "call note newer than last message"


def test_commitment_is_kept_once_the_rep_writes_on_or_after_its_due_day():
    later = Source("message", 14, "Here is the updated quote.", datetime(2026, 11, 24, 20, 0), "outbound")
    facts = by_quote(extract_facts([EMAIL_OUT, later], TZ))
    assert facts["I'll send the updated quote by end of day tomorrow."].answered


def test_kept_commitment_compares_days_in_the_customer_zone():
    note = Source("note", 80, "Will send case study tomorrow.", datetime(2026, 11, 18, 19), "note")  # Wed 11:00 PT
    sent = Source("message", 801, "Here is the case study.", datetime(2026, 11, 19, 17, 40), "outbound")  # Thu 09:40 PT
    facts = extract_facts([note, sent], "America/Los_Angeles")
    assert facts[0].due == datetime(2026, 11, 20, 1, 0)  # Thu 17:00 PT
    assert facts[0].answered
