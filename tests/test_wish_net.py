"""The wide "maybe" net (followup/text/wish_net.py), directly and through followup.text.wishes.detect_wishes."""
from datetime import datetime

import pytest

from followup.text import wish_net
from followup.text.wishes import detect_wishes

CHICAGO = "America/Chicago"
TUE = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago


def kinds(text):
    """The kinds of the wishes read in text, certain or possible."""
    return [w.kind for w in detect_wishes(text, TUE, CHICAGO)]


# Phrasings written for these tests, none of them from the blind batches: a refusal near a contact word, an erasure
# request, "take me off" with the list unsaid, typos, passive and idiomatic opt-outs. Each is at least a possible one.
@pytest.mark.parametrize("text", [
    "Take my name off your mailing.",
    "I did not give you permission to email me.",
    "Your emails are unwanted.",
    "I'd like to be taken off your distribution.",
    "Please forget my details.",
    "Do not contact this address in future.",
    "I object to receiving your marketing.",
    "I'm done hearing from you.",
    "no more mail pls",
    "I never agreed to be on this list",
    "Quit it with the emails.",
    "Please cancel my subscription to your emails.",
    "Please respect my wishes and stop.",
    "Erase me from your CRM.",
    "I want off this list.",
    "We are not the right contact for this; please update your database accordingly.",
    "I consider further emails from you harassment.",
    "Please stop emiling me.",
    "unsubscrbe",
    "Thanks for the catalogue.\n\nP.S. We switched suppliers; kindly strike us off whatever list this came from.",
])
def test_the_net_catches_unseen_opt_outs_at_least_as_possible(text):
    assert "do_not_contact" in kinds(text)


@pytest.mark.parametrize("text", [
    "Please stop by the office on Friday.",
    "We stopped using the old ERP last year.",
    "Remove me from the CC on the invoice thread, Dana handles it.",
    "I didn't get your email about the quote, can you resend?",
    "Don't hesitate to call me if anything is unclear.",
    "Could you take me off the rota for Thursday?",
    "The unsubscribe link in your footer is broken, FYI.",
    "Never mind my last email, the numbers were right.",
    "No need to reply to this one.",
    "Let's stop the shipment until the dock is fixed.",
    "My assistant unsubscribed by accident, please add her back.",
    "Please stop the auto-renewal on our account.",
    "I'd prefer not to get the printed catalogue, the PDF is fine.",
    "Please do not reply to this email, the mailbox is not monitored.",
    "If you no longer wish to receive these emails, use the form on our site.",
    "Why don't you send it to Steve for review?",
    "We do not want a follow-up visit from the engineer, all fixed.",
])
def test_the_net_leaves_look_alikes_alone(text):
    assert "do_not_contact" not in kinds(text)


def test_a_halt_limited_in_time_is_never_a_certain_opt_out():
    wishes = detect_wishes("Stop emailing me for the time being, we're not buying this year.", TUE, CHICAGO)
    assert not [w for w in wishes if w.kind == "do_not_contact" and w.certain]


def test_the_net_adds_a_possible_opt_out_beside_a_certain_pause():
    wishes = detect_wishes("We chose a different supplier, so I'd rather not hear about this again.", TUE, CHICAGO)
    assert ("do_not_contact", False) in [(w.kind, w.certain) for w in wishes]
    # round 21: "don't write to me about this again" is read by the rules, for certain, and outranks the pause
    wishes = detect_wishes("We chose a different supplier, so don't write to me about this again.", TUE, CHICAGO)
    assert [(w.kind, w.certain) for w in wishes] == [("do_not_contact", True)]


@pytest.mark.parametrize("text, kind", [
    ("Maybe next yr, the money is gone for now.", "paused"),
    ("We signed with a rival firm last week.", "paused"),
    ("Please hold the reminders until our audit is over.", "quiet"),
    ("Ring me only after 5:30pm, I'm on site all day.", "preference"),
])
def test_the_net_reads_possible_pauses_quiet_periods_and_times(text, kind):
    assert kind in kinds(text)


def test_a_possible_time_of_day_comes_from_the_clock():
    wishes = detect_wishes("If you phone, make it after 3, mornings I teach.", TUE, CHICAGO)
    assert "time:afternoon" in [w.preference for w in wishes if w.kind == "preference"]


def test_a_possible_quiet_period_takes_its_end_from_the_message():
    text = "Our board meets on 3 December. Please hold your follow-ups until after that."
    quiet = [w for w in detect_wishes(text, TUE, CHICAGO) if w.kind == "quiet"]
    assert quiet and quiet[0].until.date().isoformat() >= "2026-12-03"



@pytest.mark.parametrize("typo, word", [("unsubcribe", "unsubscribe"), ("emialing", "emailing"), ("remvoe", "remove")])
def test_one_typo_in_a_key_word_is_read_as_the_word(typo, word):
    assert wish_net._untypo(f"please {typo} me") == f"please {word} me"


def test_inflections_are_not_typos():
    assert wish_net._untypo("the last communication I receive") == "the last communication I receive"


@pytest.mark.parametrize("sentence, value", [
    ("The earliest I can take a call is 1pm.", "time:afternoon"),
    ("Only call before 10, I'm out after that.", "time:morning"),
    ("Please phone after 6:30pm.", "time:evening"),
    ("We meet at 4 pm on Tuesday to talk.", None),
    ("Call me back after 4 today.", None),
])
def test_a_time_of_day_from_the_clock_needs_a_constraint(sentence, value):
    assert wish_net.possible_time(sentence) == value


@pytest.mark.parametrize("sentence, limited", [
    ("No need to chase before then.", True),
    ("I won't have anything for about ten days.", True),
    ("We went with someone else.", False),
])
def test_an_end_in_time(sentence, limited):
    assert wish_net.has_time_limit(sentence) is limited


@pytest.mark.parametrize("sentence", [
    "Could you lift the opt-out flag on my account? I do want your updates again.",
    "Please stop the payment reminders, the transfer went out yesterday.",
    "Pas besoin de répondre, je vous recontacte lundi.",
    "Keine Antwort nötig, ich melde mich nächste Woche.",
    "No hace falta responder, le contacto yo el lunes.",
])
def test_lifting_an_opt_out_account_mail_and_i_will_be_in_touch_are_look_alikes(sentence):
    assert wish_net.looks_like_opt_out_but_is_not(sentence)
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(sentence, datetime(2026, 11, 10, 15), "UTC"))


@pytest.mark.parametrize("sentence, value", [
    ("The only time I can take a call is after 6, sorry about that.", "time:evening"),
    ("Days are hopeless on the ward, ring me after supper.", "time:evening"),
    ("Once my kids are asleep is when I can talk properly.", None),
    ("Early on it's all site visits; you'll have more luck reaching me after lunch.", "time:afternoon"),
    ("Mornings? Afternoons? Whatever works for your trainer, we're flexible.", None),
])
def test_possible_time_of_day_said_loosely(sentence, value):
    assert wish_net.possible_time(sentence) == value


def test_a_message_that_prefers_no_time_gets_no_possible_time():
    text = "Evenings? Mornings? Whatever suits your team, I'm flexible."
    assert not any((w.preference or "").startswith("time:") for w in detect_wishes(text, TUE, CHICAGO))


def test_a_part_of_day_called_tricky_is_avoided_not_preferred():
    text = "I collect the kids then, so evenings are tricky. Mid-morning works best."
    times = {w.preference for w in detect_wishes(text, TUE, CHICAGO) if (w.preference or "").startswith("time:")}
    assert "time:evening" not in times and "time:morning" in times


@pytest.mark.parametrize("sentence, english", [("Please don't email me again.", True),
                                               ("Vennligst ikke kontakt meg igjen.", False),
                                               ("Dobrý den, momentálně to neřešíme.", False)])
def test_english_sentences_are_told_apart_from_others(sentence, english):
    from followup.text.wish_base import english as is_english

    assert is_english(sentence) is english


def test_refusing_paper_documents_is_not_an_opt_out():
    assert wish_net.looks_like_opt_out_but_is_not("Please stop sending printed catalogues, we only order online.")


@pytest.mark.parametrize("sentence", ["Let's take the licensing question off-list.",
                                      "Sorry for not emailing you sooner about the outage.",
                                      "I wouldn't call it a bug, more a missing feature."])
def test_list_talk_apologies_and_call_it_idioms_are_look_alikes(sentence):
    assert wish_net.looks_like_opt_out_but_is_not(sentence)


@pytest.mark.parametrize("sentence, value", [("Ring me after half seven, the yard is mad all day.", "time:evening"),
                                             ("Try me first thing in the morning about the drawings.", "time:morning")])
def test_half_past_and_reach_me_with_a_part_of_day(sentence, value):
    assert wish_net.possible_time(sentence) == value


def test_a_spanish_prefer_verb_points_at_the_part_of_day_after_it():
    # the morning is named first as the bad time; "prefiero" points at the evening
    sentence = "Por la mañana no puedo hablar, prefiero que me llamen por la noche."
    assert wish_net.possible_time(sentence) == "time:evening"


def test_the_first_digit_of_a_larger_number_is_no_clock_time():
    # "around 30" is a head count; only "around 3" would be a time
    assert wish_net.possible_time("We'd only speak to around 30 growers, all of them English-only.") is None


@pytest.mark.parametrize("sentence", [
    "Please delete line 7 from the order, we have enough gaskets.",
    "Remove item #12 and send the revised quote.",
    "Newsletter settings: Unsubscribe | Update profile",
    "You are receiving this message as a member of the growers' association.",
])
def test_an_order_line_or_a_footer_link_bar_is_no_opt_out(sentence):
    assert wish_net.looks_like_opt_out_but_is_not(sentence)


def test_the_end_of_the_day_in_french_is_the_afternoon():
    assert wish_net.possible_time("Je préfère qu'on m'appelle en fin de journée.") == "time:afternoon"


def test_no_need_to_contact_me_again_may_be_an_opt_out_but_no_need_to_call_is_not():
    assert wish_net.possible_opt_out("There's really no need to email us again.")
    assert not wish_net.possible_opt_out("No need for you to call, the delivery arrived fine.")


def test_off_a_named_thread_is_no_opt_out():
    assert not wish_net.possible_opt_out("Please take me off the Kowalski thread, Ann has it now.")


def test_not_hearing_the_phone_is_no_refusal_of_calls():
    assert wish_net.looks_like_opt_out_but_is_not("In the yard I don't hear the phone, so try twice.")


def test_a_phone_not_heard_with_the_subject_left_out_is_no_opt_out():
    assert wish_net.looks_like_opt_out_but_is_not("I'm on the press floor all day and won't hear my phone, sorry.")
    assert not wish_net.looks_like_opt_out_but_is_not("Please stop calling my phone.")


@pytest.mark.parametrize("sentence, value", [
    ("On ne peut me joindre qu'à partir du soir, vers 19h.", "time:evening"),  # "only" said with ne ... que
    ("Telefonisch bin ich nur vormittags erreichbar.", "time:morning"),
    ("Solo me pueden llamar por la tarde, después de las 18 horas.", "time:evening"),  # an evening hour wins
])
def test_a_part_of_day_said_as_the_only_time_in_another_language(sentence, value):
    assert wish_net.possible_time(sentence) == value


def test_a_window_between_two_hours_said_for_a_call_is_a_possible_time():
    assert wish_net.possible_time("The shop is empty between 2 and 4, so ring me in that window.") == "time:afternoon"


@pytest.mark.parametrize("sentence", [
    "Please halt the shipment for the oak flooring, the site isn't ready.",  # goods
    "Could you delete the scaffolding line from the estimate? We own our own.",  # a line of a document
    "The contract says the processor shall promptly erase all records after termination.",  # a contract's clause
    "Our data protection officer checks every new vendor before we sign.",
    "Does the app let members opt out of push notifications?",  # a product feature
    "Is the new opt-out checkbox on by default?",
])
def test_goods_documents_clauses_and_features_are_no_possible_opt_out(sentence):
    assert wish_net.looks_like_opt_out_but_is_not(sentence)
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(sentence, datetime(2026, 11, 10, 15, 0),
                                                                      "America/Chicago"))


def test_a_halt_on_mail_is_still_no_look_alike():
    assert not wish_net.looks_like_opt_out_but_is_not("Please stop the newsletters, I never signed up.")


@pytest.mark.parametrize("sentence, value", [
    ("Bitte eher nachmittags anrufen.", "time:afternoon"),  # German "rather"
    ("Si quiere llamar, mejor después de las 19 horas.", "time:evening"),  # "if you want to call" + an evening hour
    ("Plutôt après 18h, merci.", "time:evening"),  # a preference word and an evening hour, no call word
])
def test_more_ways_of_preferring_a_time_in_another_language(sentence, value):
    assert wish_net.possible_time(sentence) == value


@pytest.mark.parametrize("sentence", [
    "Per ora non se ne fa niente, forse in primavera.",  # Italian: for now nothing comes of it
    "Im Moment nicht, das Budget ist aufgebraucht.",  # German
    "Voorlopig niet, we wachten op de nieuwe directeur.",  # Dutch
])
def test_not_now_in_another_language_is_a_possible_pause(sentence):
    assert wish_net.possible_pause(sentence)


@pytest.mark.parametrize("sentence", ["Ahora no puedo, te llamo en un rato.", "Nicht jetzt, ich rufe Sie gleich zurück."])
def test_not_now_with_a_call_back_in_another_language_is_a_moment(sentence):
    assert not wish_net.possible_pause(sentence)


@pytest.mark.parametrize("text", [
    "We talked it over as a board and neither of us wants to get more newsletters from your shop.",
    "Nobody here needs any further calls about printer leasing, thank you.",
    "Please don't approach us again at the trade fair stand.",
])
def test_the_writers_side_refusing_as_a_whole_or_an_approach_refused_is_a_possible_opt_out(text):
    assert wish_net.possible_opt_out(text)
    assert "do_not_contact" in kinds(text)


@pytest.mark.parametrize("text", ["None of us got the reminder you mention.", "Neither of us wants the paper catalogue."])
def test_the_writers_side_as_a_whole_without_mail_refused_is_not_an_opt_out(text):
    assert not wish_net.possible_opt_out(text)


@pytest.mark.parametrize("sentence, value", [
    ("Best to call around 7 or 8 in the evening when the shop is shut.", "time:evening"),  # the part said settles it
    ("Please ring me about 10 at night, that's when I'm free.", "time:evening"),
    ("Mornings are best to call - actually no, afternoons please.", "time:afternoon"),  # the taken-back part is not read
])
def test_the_part_of_day_said_with_an_hour_and_a_taken_back_clause(sentence, value):
    assert wish_net.possible_time(sentence) == value


@pytest.mark.parametrize("sentence", [
    "我们目前不考虑这个方案，明年再说。",  # Chinese: not considering it now, next year
    "今回は見送らせていただきます。",  # Japanese: we will pass this time
    "Hiện tại công ty chưa có nhu cầu, sang năm sẽ liên hệ lại.",  # Vietnamese: no need now, next year
    "Şu an için ilgilenmiyoruz, belki seneye.",  # Turkish: not interested for now, maybe next year
    "Naka on hold muna po kami, message na lang po ulit kami.",  # Tagalog-English: on hold for now
])
def test_not_now_in_chinese_japanese_vietnamese_turkish_and_tagalog_is_a_possible_pause(sentence):
    assert wish_net.possible_pause(sentence)
    assert "paused" in [w.kind for w in detect_wishes(sentence, TUE, CHICAGO) if not w.certain]


def test_the_far_languages_saying_something_else_are_no_pause():
    for sentence in ("我们明天下午三点开会。", "見積書を送ります。", "Cảm ơn anh đã gửi báo giá.",
                     "Teklifiniz için teşekkürler."):
        assert not wish_net.possible_pause(sentence), sentence


@pytest.mark.parametrize("sentence, value", [
    ("Le mieux serait de m'appeler vers 20h, après le dîner.", "time:evening"),  # "le mieux", an evening hour
    ("Mejor llámeme temprano, antes de que abra la tienda.", "time:morning"),  # "temprano": early in the day
    ("Am besten erreichen Sie mich frühmorgens.", "time:morning"),
    ("Najlepiej dzwonić do mnie rano.", "time:morning"),  # Polish: best to call me in the morning
])
def test_a_time_preferred_abroad_said_as_early_or_with_an_evening_hour(sentence, value):
    assert wish_net.possible_time(sentence) == value


def test_an_early_word_abroad_without_a_preference_or_contact_word_is_no_time():
    assert wish_net.possible_time("El camión llegó temprano.") is None


@pytest.mark.parametrize("sentence", [
    "Feel free to stop by on Thursday afternoon to drop them off, someone will be at reception until 5.",
    "Could we move our call from 3pm Thursday to 10am Friday instead?",
])
def test_a_time_on_one_named_day_is_an_appointment_not_a_possible_preference(sentence):
    from followup.text.wish_net import possible_time

    assert possible_time(sentence) is None


def test_a_weekday_said_as_a_habit_still_reads_a_possible_time():
    from followup.text.wish_net import possible_time

    assert possible_time("Thursdays are mad but try me after 2pm any other day.") == "time:afternoon"


@pytest.mark.parametrize("sentence", [
    "Nous avons décidé de ne rien engager pour le moment.",  # "ne rien" beside "pour le moment"
    "I'm sorry to tell you we've awarded the 2027 contract to another supplier.",
])
def test_not_now_and_a_contract_awarded_elsewhere_are_possible_pauses(sentence):
    assert wish_net.possible_pause(sentence)


@pytest.mark.parametrize("sentence", ["Rien de nouveau pour le moment, merci.", "Im Moment nichts Neues.",
                                      "Igual que siempre (inclusive ahora), sin nada raro."])
def test_nothing_new_for_now_is_no_pause(sentence):
    assert not wish_net.possible_pause(sentence)


def test_never_hearing_the_phone_is_where_the_customer_is_not_a_refusal():
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    said = "I'm up on the roofs all day, so I never hear the phone before dark."
    assert not [w for w in detect_wishes(said, datetime(2026, 11, 10, 15), "America/Chicago") if w.kind == "do_not_contact"]


def test_a_gdpr_course_is_no_privacy_request():
    from followup.text.wish_net import possible_opt_out
    assert not possible_opt_out("Please go ahead with the 40 places on the GDPR refresher on 2 February.")
    assert possible_opt_out("Under GDPR please delete my data.")


@pytest.mark.parametrize("text", [
    "Hold the press run! Don't cut the boards yet, I'll send you the revised drawing this afternoon.",
    "Our head office told suppliers not to call the store managers any more - do keep sending the offers to me.",
])
def test_another_step_halted_or_other_people_spared_with_mail_still_wanted_is_no_opt_out(text):
    assert "do_not_contact" not in kinds(text)
