"""Quiet periods read for certain (followup/text/wish_quiet.py)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_base import local_time
from followup.text.wish_quiet import quiet_wish

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
ZONE = ZoneInfo("America/Chicago")


def quiet_until(text: str) -> str | None:
    """The local end day of the quiet period read in text, as ISO, or None."""
    wish = quiet_wish(text, 0, text, local_time(SENT, ZONE), ZONE)
    return None if wish is None else local_time(wish.until, ZONE).date().isoformat()


@pytest.mark.parametrize("text, day", [
    ("Please bear with us for two weeks while the auditors are in.", "2026-11-24"),
    ("I'd ask you to be patient for a week or so.", "2026-11-17"),
])
def test_patience_for_a_length_of_time_is_a_quiet_period(text, day):
    assert quiet_until(text) == day


def test_thinking_time_ends_on_the_next_weekday_named():
    assert quiet_until("Let me think it over and ping me next Thursday.") == "2026-11-19"


@pytest.mark.parametrize("text, day", [
    ("We're swamped until mid-January, so hold fire till then.", "2027-01-15"),
    ("Nudge me on the 3rd if nothing has arrived.", "2026-12-03"),
    ("Ping me on Friday about it.", "2026-11-13"),
])
def test_mid_month_and_a_nudge_on_a_day_end_the_quiet_period(text, day):
    assert quiet_until(text) == day


def test_a_non_native_please_not_to_chase_before_a_day():
    assert quiet_until("Please not to chase us before the 21st, we are closing the books.") == "2026-11-21"


def test_could_you_get_back_to_me_after_a_day_asks_for_the_wait():
    assert quiet_until("Could you get back to me after the 22nd?") == "2026-11-22"  # SPEC: after X = X
    assert quiet_until("Could you get back to me by the 22nd with a price?") is None


def test_contact_again_without_an_object_still_ties_the_date_to_the_wait():
    assert quiet_until("Please contact again after 4 December, the stocktake ends then.") is not None


def test_a_length_hedged_with_ish_still_ends_the_quiet_period():
    assert quiet_until("Please hold off for two weeks-ish while we restructure.") == "2026-11-24"


def test_a_contact_verb_right_before_mid_month_ends_the_quiet_period_then():
    assert quiet_until("Busy season here, let's touch base mid-January.") == "2027-01-15"
    assert quiet_until("The mid-January delivery slot works for us.") is None


@pytest.mark.parametrize("text, day", [
    ("Let me have a fortnight to go over the figures with our accountant.", "2026-11-24"),
    # someone else named first does not hide the customer's own request for time
    ("My partner is on leave until Friday, so please give us ten days to decide.", "2026-11-20"),
])
def test_a_length_of_time_asked_for_is_a_quiet_period(text, day):
    wish = quiet_wish(text, 0, text, local_time(SENT, ZONE), ZONE)
    assert wish is not None and wish.certain
    assert wish.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZONE).date().isoformat() == day


def test_sit_tight_until_a_day_ends_on_that_day_not_a_week_on():
    text = "Could you sit tight till after the 4th? The auditors are in."
    wish = quiet_wish(text, 0, text, local_time(SENT, ZONE), ZONE)
    assert wish is not None and wish.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZONE).date().isoformat() == "2026-12-04"


def test_give_me_weeks_written_short_is_a_quiet_period():
    text = "slammed this month, give me 3 wks"
    wish = quiet_wish(text, 0, text, local_time(SENT, ZONE), ZONE)
    assert wish is not None and wish.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZONE).date().isoformat() == "2026-12-01"


@pytest.mark.parametrize("text, day", [
    ("Please hold off until Friday week, the board meets that morning.", "2026-11-20"),  # a week after the coming Friday
    ("Can you wait till weds wk? I'm on leave until then.", "2026-11-18"),
    ("Hold off till Mon week please.", "2026-11-23"),
    ("Hold off till weds please.", "2026-11-11"),  # shortened, no week: the coming one
])
def test_a_weekday_shortened_or_said_with_week_ends_the_wait_a_week_on(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Kindly hold all further emails until the 2nd of December.", "2026-12-02"),  # what is held, named
    ("Please hold our follow-up until after the 20th.", "2026-11-20"),  # SPEC: until after X = X
    ("no chasing till the 18th please, I'm at a conference", "2026-11-18"),
])
def test_a_wait_naming_what_is_held_or_not_chased_ends_on_the_day(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    # Nigerian English: the weekday of next week, not next week's Monday
    ("Kindly bear with us till next week Thursday, our director will look at it and we will revert.", "2026-11-19"),
    # British: weeks counted on from the coming weekday ("Monday fortnight")
    ("Would you hold off till 2 weeks Friday, once stocktake is done?", "2026-11-27"),
    ("Hold fire till Tuesday fortnight please.", "2026-12-01"),
    # "til", as "till", before the middle of a month
    ("Snowed under here, so leave it with me til mid-Jan.", "2027-01-15"),
])
def test_weeks_ahead_of_a_weekday_and_til_mid_month(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Can you give me a week? Actually, make that three weeks, the auditors arrive Monday.", "2026-12-01"),
    ("Please give us a month. On reflection, make it two weeks, the budget came through early.", "2026-11-24"),  # shorter
    ("We'd like ten days to decide. Sorry, make it a fortnight.", "2026-11-24"),
])
def test_a_length_corrected_in_the_message_replaces_the_one_asked_first(text, day):
    from followup.text.wishes import detect_wishes

    quiet = [w for w in detect_wishes(text, SENT, "America/Chicago") if w.kind == "quiet"]
    assert [local_time(w.until, ZONE).date().isoformat() for w in quiet] == [day], quiet


def test_make_it_a_length_without_a_wait_asked_is_no_quiet_period():
    from followup.text.wishes import detect_wishes

    text = "Two pallets were booked. Make it three days' delivery if you can."
    assert not any(w.kind == "quiet" for w in detect_wishes(text, SENT, "America/Chicago"))


@pytest.mark.parametrize("text", [
    "We have decided to put the new website on the back burner for now. I'll be in touch when it is back on the agenda.",
    "The board decided not to go ahead for now. We will reach out when the budget stabilises.",
])
def test_a_promise_to_write_again_beside_a_certain_pause_is_the_pause_not_a_wait(text):
    from followup.text.wishes import detect_wishes

    kinds = [(w.kind, w.certain) for w in detect_wishes(text, SENT, "America/Chicago")]
    assert ("paused", True) in kinds and ("quiet", True) not in kinds, kinds


def test_a_promise_to_write_again_alone_is_still_a_wait_for_the_event():
    from followup.text.wishes import detect_wishes

    text = "I'll be in touch once the board has met."
    assert [(w.kind, w.certain) for w in detect_wishes(text, SENT, "America/Chicago")] == [("quiet", True)]


@pytest.mark.parametrize("text, day", [
    ("Need to mull it over - two weeks maybe?", "2026-11-24"),  # a length after a dash, hedged after it
    ("Let me think about it, a month or so.", "2026-12-10"),
    ("Kindly give me a good ten days before you follow up.", "2026-11-20"),  # a filler before the count
    ("Could you give us a solid two weeks? The auditors are in.", "2026-11-24"),
])
def test_a_length_hedged_after_it_or_with_a_filler_before_its_count_ends_the_wait(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Give me two weeks, actually make it three.", "2026-12-01"),  # the length the customer corrected to
    ("Give me a week, or rather ten days.", "2026-11-20"),
    ("Give me two weeks, then call.", "2026-11-24"),  # no correcting word: the length said
])
def test_a_corrected_length_is_the_one_asked_for(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Give me a few days to run the numbers past my partner, especially the delivery schedule.", "2026-11-13"),
    ("Maybe best to hold off till the 18th before we talk again - that's when the surveyor is due.", "2026-11-18"),
])
def test_a_word_of_time_taken_in_a_later_clause_leaves_the_wait_asked(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text", ["The delivery takes a week.", "Give me a call, the invoice is due on the 18th."])
def test_time_taken_is_still_no_wait(text):
    assert quiet_until(text) is None


@pytest.mark.parametrize("text, day", [
    ("Me and the missus need to talk it through, so give us a week.", "2026-11-17"),
    ("Me and Jo are off to the coast, leave it with me for ten days.", "2026-11-20"),
])
def test_me_and_someone_is_the_customer_speaking_not_a_third_party(text, day):
    assert quiet_until(text) == day


def test_a_third_party_named_as_subject_is_still_no_wait_of_the_customer():
    assert quiet_until("Priya is away, wait until the 20th.") is None


@pytest.mark.parametrize("text, day", [
    ("Kindly hold the proposal till the 4th and then we can take it forward.", "2026-12-04"),
    ("We request you to hold this matter until 2nd December, after that we will take it further.", "2026-12-02"),
])
def test_the_matter_held_until_a_day_is_a_quiet_period_and_taking_it_forward_is_no_time_taken(text, day):
    assert quiet_until(text) == day


def test_no_follow_up_during_a_break_is_a_wait_for_its_end():
    from followup.text.wish_event import event_quiet_wish
    local = local_time(datetime(2026, 11, 10, 15, 0), ZoneInfo("America/Chicago"))
    sentence = "Please don't chase me during the Christmas break."
    assert event_quiet_wish(sentence, 0, sentence, local) is not None
    assert not wish_net_opt_out(sentence)


def wish_net_opt_out(sentence):
    from followup.text.wish_net import possible_opt_out
    return possible_opt_out(sentence)


def test_thanks_in_advance_for_a_few_days_asks_for_them_and_weeks_of_a_service_do_not():
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    sent = datetime(2026, 11, 10, 15)
    asked = detect_wishes("I would be grateful for a few days before you follow this up.", sent, "Europe/London")
    assert [(w.kind, w.certain) for w in asked] == [("quiet", True)]
    for text in ("We would be grateful for two weeks of on-site support after go-live.",
                 "I would be grateful for a few days' notice before the engineer comes."):
        assert not [w for w in detect_wishes(text, sent, "Europe/London") if w.kind == "quiet"]


def test_time_allowed_until_a_day_is_a_quiet_period_and_contact_from_a_day_on_waits_for_it():
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    sent = datetime(2026, 12, 14, 10)
    allowed = detect_wishes("We should be grateful if you would allow us until the end of the month to consider it.",
                            sent, "Europe/London")
    assert [(w.kind, w.certain, w.until) for w in allowed] == [("quiet", True, datetime(2026, 12, 31))]
    start = detect_wishes("So please kindly contact me again from Monday 15 February, not earlier.", sent, "Europe/London")
    assert [(w.kind, w.certain, w.until) for w in start] == [("quiet", True, datetime(2027, 2, 15))]
    # a start said as no start ("don't call me from the 20th") is never a wait
    assert not [w for w in detect_wishes("Don't call me from the 20th, I'm away.", sent, "Europe/London")
                if w.kind == "quiet"]


@pytest.mark.parametrize("text, day", [
    ("Please do not chase me before the 4th, then I will have an answer for you.", "2026-12-04"),
    ("can u pls not chase till 2026-11-24, waiting on finance to sign off", "2026-11-24"),
    ("Please do not disturb me before the first week of December, we are closing our books.", "2026-12-01"),
    ("There's no point chasing me before the 21st, I won't have a decision.", "2026-11-21"),
    ("Please exercise patience with me till month end.", "2026-11-30"),
])
def test_contact_held_back_in_other_words_than_dont_ends_on_the_day_said(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Don't bother calling or emailing until the end of the month.", "2026-11-30"),
    ("Don't bother ringing until after the 9th.", "2026-12-09"),
    ("No need to bother emailing before the 20th.", "2026-11-20"),
])
def test_contact_said_not_worth_the_bother_until_an_end_is_a_certain_quiet_period(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Could you circle back with me in a fortnight?", "2026-11-24"),
    ("Let's touch base with us in two weeks.", "2026-11-24"),
])
def test_a_contact_verb_with_me_before_the_length_is_a_quiet_period(text, day):
    assert quiet_until(text) == day


def test_a_refusal_by_someone_not_to_chase_without_a_day_is_no_quiet_period():
    assert quiet_until("We do not chase late payers, we just send a statement.") is None


@pytest.mark.parametrize("text, day", [
    ("We're flat out with the harvest crew arriving today, so don't be chasing us till the 20th.", "2026-11-20"),
    ("The inspectors are in this afternoon, so please hold off until Monday.", "2026-11-16"),
])
def test_a_guard_word_in_the_reason_before_so_does_not_hold_back_the_wait_after_it(text, day):
    assert quiet_until(text) == day


def test_a_guard_word_in_the_request_itself_still_holds_it_back():
    assert quiet_until("I'm away next week, so please send the paperwork today.") is None


@pytest.mark.parametrize("text, day", [
    ("Please don't call me till the 24th, after that we can fix a date for the demo.", "2026-11-24"),
    ("Don't ring me before the 20th; then we can book the visit.", "2026-11-20"),
])
def test_a_meeting_named_after_the_quiet_does_not_undo_it(text, day):
    assert quiet_until(text) == day


def test_a_meeting_on_the_day_is_still_no_quiet_period():
    assert quiet_until("Let's meet on the 24th, after that we can sort the demo.") is None


def test_rather_you_didnt_before_a_day_is_a_quiet_period():
    assert quiet_until("I'd rather you didn't call before the 20th, the auditors are in.") == "2026-11-20"


def test_do_not_phone_until_a_day_of_the_month_is_that_day():
    assert quiet_until("I'm away most of next week, so please don't phone me until the 27th.") == "2026-11-27"


def test_people_or_goods_not_sent_before_a_day_is_no_quiet_period():
    assert quiet_until("The floor must dry, so please don't send the fitters with the shelving before Friday.") is None


@pytest.mark.parametrize("text, day", [
    ("Could you check with us again in two weeks' time?", "2026-11-24"),
    ("Kindly check with me in a week, I should know more then.", "2026-11-17"),
])
def test_check_with_me_in_a_length_is_a_quiet_period(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text", [
    "Leave it with us till the month's out, we're flat out with stocktake.",
    "Please don't ring before the month is out.",
])
def test_the_month_run_out_is_its_last_day(text):
    assert quiet_until(text) == "2026-11-30"


@pytest.mark.parametrize("text", [
    "We'll stay with the wholesaler since they allow us 45 days terms.",
    "The co-op gives us 30 days' credit on every invoice.",
])
def test_payment_terms_in_days_are_no_quiet_period(text):
    assert quiet_until(text) is None


@pytest.mark.parametrize("text, day", [
    ("Could you write me again in two weeks, when the audit is done?", "2026-11-24"),
    ("Write us again after a month, please.", "2026-12-10"),
])
def test_write_me_without_to_is_a_contact_verb(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Don't be at me about the quote till Friday, I'm flat out.", "2026-11-13"),
    ("Don't be on at us about it before the 20th, the owner's away.", "2026-11-20"),
    ("Please don't be bugging me till Monday.", "2026-11-16"),
    ("Doh call me before Thursday, the shop is too busy.", "2026-11-12"),
    ("Doh ring we till the 18th, we gone by the mas camp.", "2026-11-18"),
])
def test_pestering_and_doh_held_back_to_a_day_is_a_quiet_period(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text", [
    "Could you be at the site before Monday?",
    "Doh! Call me before Thursday so we can settle it.",
    "Call me before Friday about the Wi-Fi.",
])
def test_being_at_a_place_or_a_call_wanted_sooner_is_no_quiet_period(text):
    assert quiet_until(text) is None


@pytest.mark.parametrize("text", [
    "We need two weeks' notice for any site visit, the yard has to be cleared first.",  # notice before a job
    "I need a week's lead time on every order.",
    "We require three days' warning before the engineer comes.",
    "I'd need a couple of days in advance to book the crane.",
])
def test_a_length_of_notice_needed_is_no_quiet_period(text):
    assert quiet_wish(text, 0, text, local_time(SENT, ZONE), ZONE) is None


def test_a_length_asked_for_itself_is_still_a_quiet_period():
    text = "I need a week to talk it over with the board."
    assert quiet_wish(text, 0, text, local_time(SENT, ZONE), ZONE) is not None


@pytest.mark.parametrize("text", [
    "We're going to sit on it for now, the bank wants us to wait.",
    "I'd like to think it over for the time being.",
])
def test_thinking_held_for_now_with_no_end_is_no_quiet_period(text):
    assert quiet_until(text) is None  # a pause (wish_pause), not a few days


def test_thinking_with_a_length_is_still_a_quiet_period():
    assert quiet_until("Let me sit on it for a week.") == "2026-11-17"



@pytest.mark.parametrize("text, day", [
    ("Let's talk next week about the spring order, I'm free Wednesday after lunch.", None),  # a slot offered
    ("Happy to talk next week, I am around on Thursday.", None),
    ("Let's talk next week about the spring order.", "2026-11-16"),  # no slot: the wait stands
])
def test_a_slot_offered_beside_next_week_is_no_wait(text, day):
    assert quiet_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Please don't call me for next ten days, after that I will look at the offer.", "2026-11-20"),
    ("Don't email us for next two weeks, we are moving offices.", "2026-11-24"),
])
def test_a_refusal_for_a_length_with_its_article_dropped_is_that_length(text, day):
    assert quiet_until(text) == day


def test_a_refusal_for_a_length_without_its_article_is_no_opt_out():
    from followup.text.wishes import detect_wishes

    kinds = {(w.kind, w.certain) for w in detect_wishes("Please don't call me for next few days.", SENT,
                                                        "America/Chicago")}
    assert kinds == {("quiet", True)}
