"""Preferences read for certain (followup/text/wish_prefs.py): time of day and channel."""
from datetime import datetime

import pytest

from followup.text.call_time import asks_call_time
from followup.text.wish_net_time import possible_time
from followup.text.wish_prefs import preferences


def values(text: str) -> set[str]:
    """The preference values read in text."""
    return {w.preference for w in preferences(text, 0, text)}


@pytest.mark.parametrize("text", [
    "I'd prefer calls late in the afternoon, after 3.",
    "Rather ring me in the mornings.",
    "Evenings are the best time to reach me on the phone.",  # the time is what is preferred
    "If you'd rather ring than write, late afternoon is the best time to catch me.",  # the rep's choice of channel
])
def test_a_call_asked_at_a_time_of_day_prefers_the_time_not_the_channel(text):
    assert not any(v.startswith("channel:") for v in values(text))


@pytest.mark.parametrize("text, value", [
    ("Phone isn't really the best way to reach me, I'm on site all day.", "channel:email"),
    ("Please send everything on the renewal to me by email from now on.", "channel:email"),
])
def test_a_channel_refused_or_everything_by_email(text, value):
    assert value in values(text)


def test_a_spaced_dash_parts_the_good_time_from_the_bad_one():
    got = values("Evenings suit me far better - afternoons I'm out with the boat.")
    assert "time:evening" in got and "time:afternoon" not in got


@pytest.mark.parametrize("text, value", [
    ("Mostly reachable via text these days.", "channel:sms"),
    ("Don't bother with email, I'm never at a desk - phone me.", "channel:phone"),
    ("Lunchtimes suit me best.", "time:midday"),
])
def test_reachable_by_dont_bother_and_lunchtimes(text, value):
    assert value in values(text)


def test_best_to_text_me_is_a_channel_unless_a_time_follows():
    assert "channel:sms" in values("Best to text me, signal is poor here.")
    assert not any(v.startswith("channel:") for v in values("Best to ring me before 9am, I'm on site after."))


def test_reachable_while_away_is_no_channel_habit():
    assert not values("I'm at a trade fair in Lyon next week but reachable by email.")


@pytest.mark.parametrize("text, value", [
    ("Text's way better for me, I'm up a ladder most days.", "channel:sms"),
    ("Better to ring me early in the day, after this I'm out on the shop floor.", "time:morning"),
    ("Afternoons are hopeless with the deliveries, so please ring before lunch.", "time:morning"),
    ("I'm on the road till six, so evenings are the only time I can talk.", "time:evening"),
])
def test_contracted_channel_this_without_an_occasion_and_calls_beside_deliveries(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text, value", [
    ("Give me a ring in the aftenoon, mornings I'm at the market.", "time:afternoon"),  # typo of afternoon
    ("Arvo's the best time to call, I'm on site till lunch.", "time:afternoon"),  # Australian
    ("I'm useless before noon, try me after lunch.", "time:afternoon"),
])
def test_afternoon_typos_slang_and_a_useless_morning(text, value):
    assert value in values(text) and "time:morning" not in values(text)


def test_a_call_asked_because_email_goes_unread_prefers_the_phone():
    text = "Ring me on my cell about the order, I'm not really checking email while I'm on the road."
    assert "channel:phone" in values(text)


@pytest.mark.parametrize("text, value", [
    ("I get things done far faster by phone than over email.", "channel:phone"),  # a comparison of the two
    ("Much better that you phone me, typing is slow on site.", "channel:phone"),
    ("Drop me a call on the landline, that is the easiest way to reach me.", "channel:phone"),  # named, then "best way"
    ("Long emails are hard for me, my English is basic.", "channel:phone"),  # the other channel is hard for them
    ("I'm honestly not good at email these days.", "channel:phone"),
    ("We're in clinic all day so phone calls are very difficult.", "channel:email"),
    ("From here on, send things in writing please.", "channel:email"),
])
def test_a_channel_preferred_by_comparison_or_by_the_other_being_hard(text, value):
    assert value in values(text)


def test_a_time_in_a_later_clause_does_not_take_the_channel_s_place():
    assert "channel:email" in values("Email is best for me, I go through it in the evenings.")


@pytest.mark.parametrize("text, value", [
    ("Don't bother phoning before lunch, the kitchen is mad till then.", "time:not_morning"),
    ("Don't bother with calling in the evenings.", "time:not_evening"),
    ("Evenings are when I can think straight.", "time:evening"),  # "<part> is when I ..." is the good time
    ("Mornings we're out on the boats, so that's no use.", "time:not_morning"),  # away then
    ("If it's urgent this week, catch me first thing.", "time:morning"),  # "this week" in another clause
])
def test_a_time_of_day_by_negation_absence_or_a_when_clause(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", ["Would one morning this week suit you for the demo?",
                                  "Could you tell me if an afternoon this week is free for the install?"])
def test_a_part_of_day_this_week_is_an_appointment(text):
    assert not values(text)


@pytest.mark.parametrize("text, value", [
    ("For anything further use only email, the workshop is too loud for calls.", "channel:email"),
    ("Could we keep all correspondence to email from here?", "channel:email"),
    ("A text reaches me much faster than anything else.", "channel:sms"),
    ("I'm most contactable early in the day.", "time:morning"),
])
def test_a_channel_kept_to_or_reaching_better_and_a_reachable_time(text, value):
    assert value in values(text)


def test_using_a_channel_for_one_document_is_no_preference():
    assert not values("Please use email for the signed copy of the invoice.")


@pytest.mark.parametrize("text", ["Sure, Monday at 3pm works for the call.", "Thursday at 2 pm is good for the demo."])
def test_a_weekday_with_an_hour_is_an_appointment_not_a_preferred_time(text):
    assert not values(text)


@pytest.mark.parametrize("text, value", [
    ("The call actually was fine, thanks for your time.", None),  # one call that went well: no habit
    ("Texts honestly work better, I'm never at my desk.", "channel:sms"),
    ("A call really would be easier than all this back and forth.", "channel:phone"),
    ("From now on please route all future communications to us via email.", "channel:email"),
    ("Rather than writing, just give us a bell when the parts arrive.", "channel:phone"),
])
def test_a_channel_praised_with_an_adverb_routed_by_email_or_asked_as_a_bell(text, value):
    got = {v for v in values(text) if v.startswith("channel:")}
    assert got == ({value} if value else set())


@pytest.mark.parametrize("text, value", [
    ("Never phone me and no more emails either.", None),  # both refused: no channel left to prefer
    ("Don't ring this number or write to me again.", None),
    ("No emails, no phone calls, nothing.", None),
    ("Don't phone, just email me the figures.", "channel:email"),  # one refused, the other offered
    ("Please don't email, a call is better.", "channel:phone"),
])
def test_both_channels_refused_is_no_channel_preference(text, value):
    got = {v for v in values(text) if v.startswith("channel:")}
    assert got == ({value} if value else set())


@pytest.mark.parametrize("text, expected", [
    # a part of day refused in words of inconvenience or a full diary
    ("Ringing me at 7 in the morning on the commute is not convenient.", {"time:not_morning"}),
    ("My afternoons are pretty full with site visits.", {"time:not_afternoon"}),
    # the clause taken back by "actually no" leaves only what follows it
    ("Evenings suit me - actually no, evenings are full with the kids.", {"time:not_evening"}),
    # a bare time, then a clause of politeness alone that asks for it
    ("Before 10am, thanks.", {"time:morning"}),
])
def test_refused_taken_back_and_bare_times_of_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Please deliver before 9am so the forklift driver is still on shift.",
    "Could the van deliver after 2pm, the gate is shut at lunch.",
])
def test_a_delivery_time_is_no_contact_time(text):
    assert not any(v.startswith("time:") for v in values(text))


def test_a_call_after_a_named_prayer_prefers_the_time_not_the_channel():
    assert not any(v.startswith("channel:") for v in values("I prefer calls after Maghrib prayers, please."))


@pytest.mark.parametrize("text", [
    "Confirming our call at 3pm Thursday to go through the spec.",  # one appointment, the hour before the day
    "Happy to talk this week. I'm free Wednesday after 3.",  # a day with a bound
    "We also need to agree the call-out rates for weekends before we sign.",  # a service's hours, not a call
])
def test_an_appointment_or_a_service_is_no_time_preference(text):
    assert not any(v.startswith("time:") for v in values(text))


@pytest.mark.parametrize("text, value", [
    ("I never look at the inbox. If you want a quick answer, phone me on 07700 900456.", "channel:phone"),
    ("If you need to get hold of me, just text me, I'm on the tractor all day.", "channel:sms"),
    ("If you want a decision, email me, I can't hear a thing on site.", "channel:email"),
])
def test_the_channel_named_as_the_way_to_get_an_answer(text, value):
    assert value in values(text)


def test_a_channel_refused_in_the_way_to_an_answer_is_not_the_one_preferred():
    assert "channel:phone" not in values("If you want an answer, don't ring me, write.")


@pytest.mark.parametrize("text", [
    "I'm on ward rounds until eleven most days, so if you need anything from me it's far better to aim for the afternoon.",
    "If you need something from me, afternoons are much better, I teach every morning.",
])
def test_a_time_asked_for_after_if_you_need_anything_is_still_a_preference(text):
    assert "time:afternoon" in values(text)


def test_if_you_need_the_paperwork_is_still_the_customers_plan_not_a_time():
    assert not values("If you need the signed copy, I'll drop it in tomorrow afternoon.")


@pytest.mark.parametrize("text", [
    "Feel free to pop in to the nursery any afternoon, we're open after 1.",
    "Swing by the workshop any morning and have a look, I'm about from 7.",
])
def test_an_invitation_to_come_by_is_no_time_to_be_contacted(text):
    assert not values(text)


def test_an_invitation_beside_a_call_asked_for_still_prefers_the_time():
    assert "time:evening" in values("Pop round whenever you like, or if you'd sooner talk, ring me evenings.")


def test_hours_after_an_invitation_to_drop_in_are_the_places_hours():
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    text = "Happy for you to pop in to the bakery next week and see the ovens. We're there from 6."
    assert not [w for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")
                if (w.preference or "").startswith("time:")]


def test_a_worker_sent_over_told_whom_to_ring_is_no_time_wish():
    sentence = "She should call the site office on arrival after 3pm, the foreman is in then."
    assert not preferences(sentence, 0, sentence)


@pytest.mark.parametrize("sentence, value", [
    ("Emails are pretty useless to me out on the boats, so ring me.", "channel:phone"),
    ("Please put every quote and variation in writing by email going forward.", "channel:email"),
])
def test_a_channel_of_no_use_or_everything_from_now_on(sentence, value):
    assert [w.preference for w in preferences(sentence, 0, sentence)] == [value]


def test_a_line_wrapped_after_a_copula_keeps_its_clause():
    sentence = "I'm in the classroom until lunch, so evenings are\nwhen I can actually talk on the phone."
    assert [w.preference for w in preferences(sentence, 0, sentence)] == ["time:evening"]


@pytest.mark.parametrize("text,value", [
    ("Ring me from lunchtime onwards, mornings I'm on the shop floor.", "time:afternoon"),
    ("If you need me, the second half of the day is your best bet.", "time:afternoon"),
    ("The first half of the day works best for me.", "time:morning"),
    ("Try me after tea, that's when I'm home.", "time:evening"),
])
def test_a_part_of_day_said_as_from_then_on_or_by_a_meal_is_that_part(text, value):
    """'lunchtime onwards' was read as midday, 'the back half of the day' and 'after tea' not at all (blind batch 57)."""
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    prefs = [w.preference for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago") if w.certain]
    assert value in prefs


@pytest.mark.parametrize("text,value", [
    ("So a phone call or WhatsApp is much better for reaching me.", "channel:phone"),
    ("Email or text works best for me, I'm in meetings all day.", "channel:email"),
    ("WhatsApp is much better for reaching me.", "channel:sms"),
])
def test_a_pair_of_channels_praised_together_prefers_the_first_named(text, value):
    """'a phone call or WhatsApp is much better' was read as text messages, the second of the pair (blind batch 57)."""
    assert [v for v in values(text) if v.startswith("channel:")] == [value]


@pytest.mark.parametrize("sentence", [
    "Pasaos por la bodega cuando queráis para ver las barricas; por las mañanas siempre hay alguien en la nave.",
    "Kommen Sie gerne vorbei, vormittags ist immer jemand in der Halle.",
    "Passez nous voir à l'atelier, le matin il y a toujours quelqu'un.",
    "Venite a trovarci in cantina, la mattina c'è sempre qualcuno.",
    "Passem cá na loja, de manhã está sempre alguém.",
    "Kom gerust langs in de winkel, 's ochtends is er altijd iemand.",
])
def test_an_invitation_to_come_by_in_the_seven_languages_is_a_visit(sentence):
    """A Spanish 'pasaos por la bodega ... por las mañanas' was a possible morning preference (blind batch 57)."""
    from followup.text.wish_prefs import visit_only
    assert visit_only(sentence)
    assert not visit_only("Kommen Sie gerne vorbei, aber rufen Sie mich bitte vormittags an.")


@pytest.mark.parametrize("sentence, asks", [
    ("Best to phone in the evening, I work nights.", True),
    ("Er möchte Rückruf am Vormittag.", True),
    ("Préfère qu'on le rappelle le matin.", True),
    ("Prefiere llamadas en la mañana.", True),
    ("I'll call you in the morning about the crane.", False),
    ("The delivery comes in the morning.", False),
])
def test_a_sentence_asking_for_a_call_time(sentence, asks):
    assert asks_call_time(sentence) is asks


def test_hours_in_words_or_roughly_and_lunchtime_or_after_name_their_part_of_the_day():
    from followup.text.wish_prefs import preferences
    for sentence, value in (("Best time to catch me is after about four, before that I'm in court most days.", "time:afternoon"),
                            ("Call me after four.", "time:afternoon"),
                            ("Do it early: before half nine I'm at my desk with a coffee.", "time:morning"),
                            ("Lunchtime or after is easiest for me.", "time:afternoon")):
        assert value in [w.preference for w in preferences(sentence, 0, sentence)], sentence
    for sentence in ("We can talk after two weeks.", "Please reply before ten days have passed."):
        assert not [w for w in preferences(sentence, 0, sentence) if (w.preference or "").startswith("time:")]


def test_contact_over_a_channel_and_the_other_hard_to_discuss_on_are_preferred_channels():
    from followup.text.wish_prefs import preferences
    for sentence, value in (("Please do the needful and contact me over phone from now on.", "channel:phone"),
                            ("It is difficult for me to discuss on phone, I sit in an open office.", "channel:email"),
                            ("It is hard for us to talk by email.", "channel:phone")):
        assert value in [w.preference for w in preferences(sentence, 0, sentence)], sentence


@pytest.mark.parametrize("text", [
    "Ring me after six, I'm on the tractor all day.",
    "Best to phone after seven o'clock.",
])
def test_an_evening_hour_in_words_is_the_evening(text):
    assert "time:evening" in values(text)


@pytest.mark.parametrize("text", ["We'll decide after five suppliers have quoted.", "Call me after five days."])
def test_five_as_a_count_is_no_evening(text):
    assert "time:evening" not in values(text)


@pytest.mark.parametrize("text", ["don't text, don't call", "Do not phone and do not text me."])
def test_a_phone_and_text_both_refused_prefer_neither(text):
    assert not any(v.startswith("channel:") for v in values(text))


@pytest.mark.parametrize("text, value", [
    ("Just give me a ring, I'm hopeless with email these days", "channel:phone"),  # no text message named
    ("I'm hopeless with email, just text me", "channel:sms"),
])
def test_hopeless_with_one_channel_prefers_the_one_named(text, value):
    assert values(text) == {value}


@pytest.mark.parametrize("text", [
    "She would prefer no follow-up calls or emails until the end of next week.",
    "I would rather not have it in my inbox until I am ready.",
])
def test_preferring_no_contact_prefers_no_channel(text):
    assert not any(v.startswith("channel:") for v in values(text))


def test_a_call_asked_at_a_time_when_there_is_something_to_discuss():
    text = "If you need to discuss any of the points by phone, please call in the afternoon."
    assert values(text) == {"time:afternoon"}


@pytest.mark.parametrize("text", [
    "Our office is open only 9:00 to 14:00 in August, so please ask the courier to come in the morning.",
    "The technician should come in the afternoon, when the shop is quiet.",
])
def test_a_time_for_someone_sent_over_to_come_prefers_no_time(text):
    assert not any(v.startswith("time:") for v in values(text))


def test_someone_sent_over_beside_a_call_asked_for_keeps_the_call_time():
    assert "time:afternoon" in values("The driver can come in the morning, but call me after 3pm.")


def test_both_channels_refused_in_the_infinitive_prefer_neither():
    # "I ask you to not write me and not call me anymore": an opt-out, not email preferred over calls
    assert not any(v.startswith("channel:") for v in values("I ask you to not write me and not call me anymore about this."))


@pytest.mark.parametrize("text", [
    "Best to call me early, before 10 in the morning, because I can't talk after.",
    "Best to call me early.",
])
def test_a_call_asked_early_prefers_the_time_not_the_channel(text):
    assert values(text) == {"time:morning"}


def test_best_to_call_with_no_time_still_prefers_the_phone():
    assert "channel:phone" in values("Best to call me, email is hopeless.")


@pytest.mark.parametrize("text, value", [
    # "it'll have to be": the only time a talk can be, asked
    ("We're flat out all day, so if we need to talk it'll have to be after 6pm.", "time:evening"),
    ("Try me early, before 9 - after that I'm on the shop floor.", "time:morning"),
    # "catching me" asks for the time beside the deliveries that fill the morning
    ("Mornings are all deliveries, you'll have better luck catching me after lunch.", "time:afternoon"),
])
def test_a_time_asked_as_the_only_one_or_by_a_call_in_the_ing_form_is_certain(text, value):
    from followup.text.wishes import detect_wishes
    found = {(w.preference, w.certain) for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")}
    assert (value, True) in found


@pytest.mark.parametrize("text", [
    "The delivery will have to be after 6pm, the dock is busy before.",
    "Try me early next week about the order.",
    "Any weekday works for the install, ideally before 10.",
])
def test_a_time_for_something_else_or_an_occasion_is_no_certain_time(text):
    from followup.text.wishes import detect_wishes
    found = detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")
    assert not any(w.certain and (w.preference or "").startswith("time:") for w in found)


@pytest.mark.parametrize("text, value", [
    ("hello pls call after 2pm only mornings i am live on air with our own radio show cant talk", "time:afternoon"),
    ("sir pls call after 3pm in afternoon time morning time is very busy in shop", "time:afternoon"),
    ("pls ring me in the evening afternoons i am out on the boats", "time:evening"),
])
def test_a_run_on_clause_asking_one_part_of_day_and_refusing_another_asks_the_first(text, value):
    found = values(text)
    assert value in found and not {v for v in found if v.startswith("time:") and v != value and "not_" not in v}


@pytest.mark.parametrize("text, value", [
    ("mornings and afternoons I am on site", "time:not_morning"),  # both refused, no ask: one clause as before
    ("call me in the morning or afternoon", "time:morning"),
])
def test_a_clause_with_two_parts_of_day_and_no_ask_then_refusal_stays_whole(text, value):
    assert value in values(text)


def test_calls_said_to_go_unanswered_then_is_the_time_avoided():
    assert values("Calls in the afternoon go unanswered most of the time.") == {"time:not_afternoon"}
    assert values("Calls in the morning go to voicemail.") == {"time:not_morning"}


@pytest.mark.parametrize("text", [
    "Many readers prefer light text on a dark background.",
    "We would rather have plain text than HTML in the export.",
])
def test_text_as_print_is_no_channel(text):
    assert not [w for w in preferences(text, 0, text) if (w.preference or "").startswith("channel:")]


def test_a_text_message_is_still_a_channel():
    text = "I'd prefer a text, I never pick up calls at work."
    assert [w.preference for w in preferences(text, 0, text)] == ["channel:sms"]


@pytest.mark.parametrize("text, value", [
    ("Ring me before ten and I'll answer, the afternoons are gone on site visits.", "time:morning"),
    ("Give me a bell after three o'clock most days.", "time:afternoon"),
    ("Try us after seven of an evening and we'll get it sorted.", "time:evening"),
    ("There's no point ringing in the mornings, I'm in surgery.", "time:not_morning"),
])
def test_an_hour_in_words_with_a_promise_or_a_habit_after_it(text, value):
    assert value in values(text)


def test_the_customers_own_plan_still_asks_no_time():
    assert not values("I'll ring you after three o'clock most days.")


def test_a_channel_refused_after_rather_is_not_preferred():
    assert "channel:phone" not in values("I'd rather you didn't phone me before the 20th, I'm at a conference.")


def test_a_number_before_a_month_is_a_day_not_an_hour():
    for said in ("Please don't call me before 9 July.", "Please call after 3 August.", "Ring before 9 May, thanks."):
        assert possible_time(said) is None
        assert preferences(said, 0, said) == []


def test_an_hour_still_read():
    assert possible_time("Please call me before 10, I am out after.") == "time:morning"
    assert possible_time("Calling after 2 may be best.") == "time:afternoon"
    said = "Please ring before 9am."
    assert [w.preference for w in preferences(said, 0, said)] == ["time:morning"]


@pytest.mark.parametrize("text", [
    "If you want to phone about the valves, early's best - by nine I'm out on the yard.",
    "Give me a ring whenever, though early’s better, the site gets loud after lunch.",
])
def test_early_with_is_contracted_prefers_the_morning(text):
    assert "time:morning" in values(text)


@pytest.mark.parametrize("text", [
    "Could you put everything in an email from here on out? I lose track of calls.",
    "Please send anything about the new contract by email from here on.",
])
def test_everything_in_one_channel_from_here_on_is_a_channel(text):
    assert [w.preference for w in preferences(text, 0, text) if w.certain] == ["channel:email"]


def test_the_writers_own_mail_from_now_on_in_another_clause_is_no_channel():
    said = "Send all the drawings over, I'll email you from now on about the changes."
    assert not [w for w in preferences(said, 0, said) if (w.preference or "").startswith("channel:")]


@pytest.mark.parametrize("text, wanted", [
    ("I'm never near the phone in the afternoons, best to ring me mornings.", {"time:not_afternoon", "time:morning"}),
    ("I'm rarely at my desk in the mornings, afternoons are better.", {"time:not_morning", "time:afternoon"}),
    ("We're hardly ever reachable in the evenings, so try us after lunch.", {"time:not_evening", "time:afternoon"}),
])
def test_a_time_the_customer_is_never_by_the_phone_is_the_one_avoided(text, wanted):
    assert values(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("I see emails only late. Better you ring me on mobile.", {"channel:phone"}),
    ("I read texts only in the evening, so best to email me.", {"channel:email"}),
    ("Email only, please.", {"channel:email"}),
])
def test_when_a_channel_is_read_is_no_wish_for_it(text, wanted):
    assert values(text) & {"channel:email", "channel:phone", "channel:sms"} == wanted


@pytest.mark.parametrize("text, value", [
    ("Give us a buzz in the evenings, days I'm on the road.", "time:evening"),
    ("Give me a tinkle after lunch any day.", "time:afternoon"),
    ("Give me a shout in the mornings, that's when I'm free.", "time:morning"),
    ("Give me a buzz rather than email, I hardly check it.", "channel:phone"),
])
def test_a_bell_a_buzz_or_a_shout_asks_for_a_time_or_a_call(text, value):
    assert value in values(text)


def test_a_buzz_on_one_day_is_no_preference():
    assert not values("Give me a buzz this afternoon about the order.")


@pytest.mark.parametrize("text, value", [
    ("Please call, but not in the morning.", "time:not_morning"),  # the call asked before, the part refused after it
    ("Ring me any day, just not in the evenings.", "time:not_evening"),
    ("Try me whenever, but not after lunch.", "time:not_afternoon"),
])
def test_a_part_refused_after_a_call_asked_is_avoided(text, value):
    assert values(text) == {value}


@pytest.mark.parametrize("text", [
    "Thanks for calling, but I'm not in the office in the mornings.",  # no "not" right before the part
    "I called, but you were not in the afternoon.",  # the call is the writer's own, said of the past
])
def test_no_refused_part_without_a_call_asked(text):
    assert not any(v.startswith("time:not_") for v in values(text))


@pytest.mark.parametrize("text", [
    "Please contact me again after 6 January.",
    "Call me after 5 February, the budget is set by then.",
])
def test_a_date_after_after_is_no_evening_hour(text):
    assert not any(v.startswith("time:") for v in values(text))


def test_an_hour_after_after_is_still_the_evening():
    assert "time:evening" in values("Please call after 6, I'm in the shop till then.")


def test_a_house_full_of_guests_is_no_time_refused():
    assert not any(v.startswith("time:") for v in values("The season starts and all weekends are full with guests."))
    assert values("Mornings are full for me, I'm in meetings.") == {"time:not_morning"}


@pytest.mark.parametrize("text, value", [
    ("Email only loads when I'm ashore, so stuff sits for days.", []),
    ("Email only, please.", ["channel:email"]),
])
def test_a_channel_as_the_subject_of_a_verb_is_not_the_one_asked_for(text, value):
    assert [w.preference for w in preferences(text, 0, text) if (w.preference or "").startswith("channel:")] == value
