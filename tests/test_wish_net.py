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


def test_a_possible_quiet_period_takes_its_end_from_the_message():
    text = "Our board meets on 3 December. Please hold your follow-ups until after that."
    quiet = [w for w in detect_wishes(text, TUE, CHICAGO) if w.kind == "quiet"]
    assert quiet and quiet[0].until.date().isoformat() >= "2026-12-03"


@pytest.mark.parametrize("typo, word", [("unsubcribe", "unsubscribe"), ("emialing", "emailing"), ("remvoe", "remove")])
def test_one_typo_in_a_key_word_is_read_as_the_word(typo, word):
    assert wish_net._untypo(f"please {typo} me") == f"please {word} me"


def test_inflections_are_not_typos():
    assert wish_net._untypo("the last communication I receive") == "the last communication I receive"


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


@pytest.mark.parametrize("sentence", [
    "Please delete line 7 from the order, we have enough gaskets.",
    "Remove item #12 and send the revised quote.",
    "Newsletter settings: Unsubscribe | Update profile",
    "You are receiving this message as a member of the growers' association.",
])
def test_an_order_line_or_a_footer_link_bar_is_no_opt_out(sentence):
    assert wish_net.looks_like_opt_out_but_is_not(sentence)


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


def test_untypo_remembered():
    """A sentence's typos are set right once: the net asks for the same sentence from two readers."""
    sentence = "Please stop emailling me about the offer."
    assert wish_net._untypo(sentence) is wish_net._untypo(sentence)
    assert "emailing" in wish_net._untypo(sentence)


@pytest.mark.parametrize("text", [
    "We would be grateful if you didn't get in touch with us about this again.",
    "I'd prefer it if you didn't reach out to me again.",
])
def test_a_refusal_asked_as_a_condition_is_no_report_about_mail(text):
    assert not wish_net.looks_like_opt_out_but_is_not(text)


@pytest.mark.parametrize("text", ["I didn't get your email.", "We still haven't received the brochure you sent."])
def test_a_report_about_mail_stays_a_look_alike(text):
    assert wish_net.looks_like_opt_out_but_is_not(text)


def test_a_switch_refused_is_no_change_of_address():
    assert wish_net.looks_like_opt_out_but_is_not("Please switch my emails to the new office address.")
    assert not wish_net.looks_like_opt_out_but_is_not("We're not switching, so please stop calling us about it.")


@pytest.mark.parametrize("sentence", [
    "Ik lees mijn mail momenteel niet elke dag.",
    "Ich schaue nicht jeden Tag in mein Postfach.",
    "Je ne consulte pas ma messagerie tous les jours.",
    "No reviso el correo todos los días.",
    "Non controllo la posta tutti i giorni.",
    "Não vejo os e-mails todos os dias.",
])
def test_mail_read_only_now_and_then_is_no_opt_out(sentence):
    assert wish_net.looks_like_opt_out_but_is_not(sentence)
