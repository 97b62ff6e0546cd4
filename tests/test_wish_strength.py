"""When an opt-out read by the rules is certain, asked, or a channel preferred (followup/text/wish_strength.py)."""
from datetime import datetime

import pytest

from followup.text.wish_strength import channel_instead, weakly_said
from followup.text.wishes import detect_stops, detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


def readings(text: str) -> set[tuple[str, bool, str | None]]:
    """(kind, certain, preference) of every wish read in text."""
    return {(w.kind, w.certain, w.preference) for w in detect_wishes(text, SENT, TZ)}


@pytest.mark.parametrize("text", [
    "Our reseller asked us to stop emailing their customers about renewals; can you pause that?",
    "The hospital wants you to stop contacting its patients, my manager told me to pass it on.",
    "One of our users asked to be removed from your mailing list, who handles that?",
    "Does your platform stop emailing a contact once they unsubscribe from the list?",
    "How would your CRM handle it if someone says stop contacting me?",
])
def test_an_opt_out_about_someone_else_or_a_product_question_is_never_certain(text):
    got = readings(text)
    assert ("do_not_contact", True, None) not in got
    assert not any(w.kind == "do_not_contact" and w.certain for w in detect_stops(text, SENT, TZ))


def test_a_weak_reading_is_asked_not_dropped():
    got = readings("Please stop emailing my colleagues about this.")
    assert ("do_not_contact", False, None) in got


def test_the_customer_asking_for_themselves_and_their_people_is_certain():
    # round 21: the customer's own people named beside them do not make it someone else's request
    for text in ("Please stop emailing me and my colleagues about this.",
                 "Please delete our details from your records and do not contact us or our staff again."):
        assert ("do_not_contact", True, None) in readings(text), text


@pytest.mark.parametrize("text", ["Please stop emailing me.", "Can you please stop emailing me?",
                                  "Take me off your mailing list.", "I withdraw my consent to be contacted.",
                                  "We'd be grateful if you no longer sent us newsletters."])
def test_the_customers_own_request_stays_certain(text):
    assert not weakly_said(text)
    assert ("do_not_contact", True, None) in readings(text)


@pytest.mark.parametrize("text, channel", [
    ("Please stop ringing me at work, an email is fine.", "channel:email"),
    ("Don't email me about this, a call is much better.", "channel:phone"),
    ("No more calls please, email me instead.", "channel:email"),
    ("Stop phoning, a text is okay though.", "channel:sms"),
])
def test_a_channel_refused_beside_another_offered_is_that_channel_preferred(text, channel):
    got = readings(text)
    assert ("preference", True, channel) in got
    assert not any(kind == "do_not_contact" for kind, _, _ in got)


@pytest.mark.parametrize("text", ["Stop emailing me, a call is not welcome either.",
                                  "Please stop calling and emailing me."])
def test_refusing_every_channel_is_still_an_opt_out(text):
    assert channel_instead(text, 0, text) is None
    assert ("do_not_contact", True, None) in readings(text)


@pytest.mark.parametrize("text", [
    "A client of ours asked to be taken off all mailings; can your system sync that to our CRM?",
    "Is there a way to unsubscribe our members from the monthly digest in bulk?",
    "Does the app let a recipient opt out of reminder emails on their own?",
])
def test_someone_elses_request_or_a_product_question_is_not_even_asked(text):
    assert not any(kind == "do_not_contact" for kind, _, _ in readings(text))


@pytest.mark.parametrize("text", [
    "If I ever want you to stop emailing me, I'll say so.",
    'Our old supplier kept ignoring "please stop emailing me" requests, which is why we left them.',
])
def test_a_condition_or_words_in_quotation_marks_are_asked_not_applied(text):
    assert ("do_not_contact", True, None) not in readings(text)


@pytest.mark.parametrize("text", [
    # an earlier request retold, here taken back in the same breath
    "Apologies for my previous email asking you to stop contacting me; we are ready to sign after all.",
    # one address swapped for another: a change of address, not a wish to hear nothing
    "Could you unsubscribe the team mailbox from the weekly updates and use my address instead?",
])
def test_a_retold_request_or_an_address_swap_is_asked_not_applied(text):
    found = {(w.kind, w.certain) for w in detect_wishes(text, SENT, TZ)}
    assert ("do_not_contact", True) not in found
    assert weakly_said(text)


def test_a_plain_opt_out_stays_certain_beside_the_new_guards():
    assert ("do_not_contact", True, None) in readings("Please stop emailing me, we are not interested.")
    assert not weakly_said("Please stop emailing me, we are not interested.")


def test_a_polite_question_asking_to_halt_mail_is_a_request_not_a_product_question():
    assert not weakly_said("Would you please stop emailing us about the new scheduling software?")
    assert weakly_said("Does your scheduling software stop emailing a client who opted out?")


@pytest.mark.parametrize("text", ["Could you take Dr. Brennan off the reminder emails? He retired in June.",
                                  "Please unsubscribe Mr. Ortiz from the weekly digest, he has left the club."])
def test_someone_named_by_title_taken_off_the_mail_is_not_the_customer_opting_out(text):
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(text, SENT, TZ))


@pytest.mark.parametrize("text", [
    "He is not keen on solar and asked not to be contacted about the panels, so leave him out of it.",
    "She says she'd like no more calls about the survey, so please cross her off.",
])
def test_a_request_relayed_from_a_third_person_is_not_the_customer_opting_out(text):
    assert not any(w.kind == "do_not_contact" and w.certain for w in detect_wishes(text, SENT, TZ))


@pytest.mark.parametrize("text, channel", [
    ("Hi Sam,\nPlease don't phone me. I'm on a ward all day and can't answer. Email is fine, I read it at night.\nJo",
     "channel:email"),
    ("Don't email me, please.\nMy inbox is a swamp. A call works better, any afternoon.", "channel:phone"),
    ("Please stop texting me.\nI never look at texts on this phone. Email me instead.", "channel:email"),
    ("I'd rather you didn't call the site about quotes. Put the figures in an email and I'll reply.", "channel:email"),
])
def test_one_channel_refused_and_another_offered_in_another_sentence_is_never_certain(text, channel):
    got = readings(text)
    assert ("do_not_contact", True, None) not in got
    assert ("preference", True, channel) in got
    assert not any(w.kind == "do_not_contact" and w.certain for w in detect_stops(text, SENT, TZ))


@pytest.mark.parametrize("text", [
    "Please don't phone me again.\nAnd don't email either: we are not interested.",
    "Please stop contacting me.\nEmail is fine for the invoice query only.",
    "Please don't phone me again.\n> Email is fine, she said last year.",
])
def test_a_refusal_with_no_other_channel_offered_now_stays_certain(text):
    assert ("do_not_contact", True, None) in readings(text)


@pytest.mark.parametrize("text", [
    "Don't text me, I never look at them. Call me.",
    "Please stop emailing me at the office. Write to my gmail instead.",
    "Please don't email me, I'd prefer a phone call.",
    "Stop ringing me at home please. Office hours only, on the work line.",
    "Please don't send me emails. Send a letter by post if you need me.",
])
def test_one_channel_refused_beside_any_other_way_to_reach_the_customer_is_never_certain(text):
    got = readings(text)
    assert ("do_not_contact", False, None) in got or any(k == "preference" and c for k, c, _ in got)
    assert ("do_not_contact", True, None) not in got
    assert not any(w.kind == "do_not_contact" and w.certain for w in detect_stops(text, SENT, TZ))


@pytest.mark.parametrize("text", ["Stop emailing me. If you call me again I'll report it.",
                                  "Don't phone me. Don't write to me either.",
                                  "Please stop calling and emailing me. Write to me if you must."])
def test_no_other_way_offered_leaves_the_opt_out_certain(text):
    assert ("do_not_contact", True, None) in readings(text)


def test_a_channel_offered_in_two_sentences_is_one_preference():
    text = "Please don't phone me again. Email is fine. Email me."
    assert [w.preference for w in detect_wishes(text, SENT, TZ) if w.kind == "preference"] == ["channel:email"]


@pytest.mark.parametrize("text", [
    "Please stop emailing me about the trade show, but do keep me posted on the new price list.",
    "Unsubscribe me from the monthly digest please, and keep sending the quotes as usual.",
    "Stop emailing my old work address please, use this one from now on.",
    "Please stop ringing our front desk, ring me directly on 0161 496 0000.",
    "Stop messaging me on LinkedIn, email is the place for this.",
])
def test_an_opt_out_beside_mail_still_wanted_or_of_one_line_only_is_asked_not_applied(text):
    got = readings(text)
    assert ("do_not_contact", True, None) not in got
    assert ("do_not_contact", False, None) in got


@pytest.mark.parametrize("text", [
    "Stop all marketing emails please. I still need the invoices and delivery notes, of course.",
    "Stop emailing me. If you keep sending these I will report you.",
    "You keep sending me these. Please stop emailing me.",
])
def test_account_mail_still_wanted_or_a_complaint_keeps_the_opt_out_certain(text):
    assert ("do_not_contact", True, None) in readings(text)


@pytest.mark.parametrize("text", [
    "Last year we told your sales team to stop emailing us, and they did. Now we have a budget, so send me a quote.",
    "In March I asked Tom to take me off your lists. That was before the merger; happy to talk again now.",
])
def test_an_earlier_request_told_in_the_past_tense_is_asked_not_applied(text):
    got = readings(text)
    assert ("do_not_contact", True, None) not in got
    assert ("do_not_contact", False, None) in got


@pytest.mark.parametrize("text", [
    "Rufen Sie mich bitte nicht mehr an, schicken Sie mir lieber eine Mail.",
    "Ne m'appelez plus, écrivez-moi plutôt un mail.",
    "No me llame más, mejor escríbame un correo.",
    "Non chiamatemi più, scrivetemi piuttosto una mail.",
])
def test_one_channel_refused_for_another_in_another_language_is_never_certain(text):
    assert not any(w.kind == "do_not_contact" and w.certain for w in detect_wishes(text, SENT, TZ))


def test_refusing_contact_as_such_with_a_word_of_preference_stays_certain():
    text = "Don't call me and don't email me either; I would rather you did not contact me at all."
    assert ("do_not_contact", True, None) in readings(text)


@pytest.mark.parametrize("text, channel", [
    ("Just text me, dont ring, the signal in the warehouse is awful.", "sms"),
    ("Phone me instead - don't email, it gets lost.", "phone"),
    ("plz email only, never call while I'm on shift", "email"),
])
def test_a_channel_asked_for_before_the_refused_one_is_a_preference(text, channel):
    wish = channel_instead(text, 0, text)
    assert wish is not None and wish.preference == f"channel:{channel}"


@pytest.mark.parametrize("text", [
    "I'll email you the form, don't call the office.",  # the customer's own plan, not a channel asked of the rep
    "Please call, don't stop writing to me either.",  # nothing refused
    "Don't text me and don't phone me.",  # both refused
])
def test_no_channel_asked_for_before_a_refusal_is_no_preference(text):
    assert channel_instead(text, 0, text) is None


def test_a_line_refused_beside_the_opt_out_is_no_other_route_offered():
    from followup.text.wish_optout import do_not_contact
    from followup.text.wish_strength import weigh_opt_out
    sentence = "Please delete my contacts from your CRM and do not write me again, also not on my private number."
    assert weigh_opt_out(do_not_contact(sentence, 0, sentence), sentence, 0, sentence).certain
    offered = "Please do not write me again. Call me on my private number instead."
    first = offered.split(". ")[0] + "."
    assert not weigh_opt_out(do_not_contact(first, 0, offered), first, 0, offered).certain


@pytest.mark.parametrize("text", [
    "Please no more calls to my mobile for the winter offers, I don't want these calls.",
    "Stop to call me and stop to send SMS, every day somebody from you calls.",
])
def test_the_line_a_refusal_names_is_no_other_route_offered(text):
    from followup.text.wish_optout import do_not_contact
    from followup.text.wish_strength import weigh_opt_out
    assert weigh_opt_out(do_not_contact(text, 0, text), text, 0, text).certain


def test_another_line_offered_after_the_refusal_is_still_a_route():
    from followup.text.wish_optout import do_not_contact
    from followup.text.wish_strength import weigh_opt_out
    text = "Please no more calls to my office number, try my mobile."
    assert not weigh_opt_out(do_not_contact(text, 0, text), text, 0, text).certain


@pytest.mark.parametrize("text", [
    "Please remove Losa from the distribution list for the health plan updates, she has left us.",
    "Nehmen Sie bitte Frau Huber aus dem Verteiler.",
    "Merci de retirer Mme Dubois de la liste.",
    "Le agradezco retirar a la ingeniera Patiño de sus listas de correo.",
    "Potete togliere la dottoressa Neri dalla lista?",
    "Podem retirar o Pedro da lista?",
    "Haal Jan van de lijst aub.",
])
def test_someone_named_taken_off_a_list_is_someone_elses(text):
    from followup.text.wish_strength import someone_elses
    assert someone_elses(text)


@pytest.mark.parametrize("text", ["Remove Me From Your List", "Please remove me from the list."])
def test_the_writer_taken_off_a_list_is_their_own(text):
    from followup.text.wish_strength import someone_elses
    assert not someone_elses(text)


@pytest.mark.parametrize("text, certain", [
    ("Please do not call my mobile again, I will not be picking.", True),
    ("Please don't call my mobile again, call the office instead.", False),  # another line asked for
    ("Please don't call my mobile again, ring the office number.", False),
])
def test_the_writers_phone_refused_is_certain_unless_another_line_is_asked_for(text, certain):
    from followup.text.wish_optout import do_not_contact
    from followup.text.wish_strength import weigh_opt_out
    assert weigh_opt_out(do_not_contact(text, 0, text), text, 0, text).certain is certain


@pytest.mark.parametrize("note", [
    "Nous ne sommes pas intéressés, merci de ne plus nous contacter.",
    "We are not interested, please don't contact us again.",
])
def test_a_note_quoted_after_a_colon_whose_closing_mark_was_split_off_is_someone_elses(note):
    text = (f'FYI, our distributor forwarded your last offer to me with this note:\n"{note}"\n'
            "So please take them off the territory plan.")
    assert not [w for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago")
                if w.kind == "do_not_contact" and w.certain]


# the writer's side still wants the offer beside an opt-out: asked, never applied ("the clinic itself still wants the
# quotation", "we are still interested", "wir sind weiterhin interessiert", "seguimos interesados", "we willen nog steeds")
@pytest.mark.parametrize("text", [
    "Please stop calling me. However the clinic itself still wants the quotation, so kindly send it to me.",
    "Don't call me again. We are still interested in the dashcam quotation for 30 trucks.",
    "Rufen Sie mich nicht mehr an. Wir sind aber weiterhin interessiert an dem Angebot.",
    "No me llamen más. Seguimos interesados en la propuesta.",
    "Bel me niet meer. We willen nog steeds de offerte ontvangen.",
])
def test_an_opt_out_beside_the_offer_still_wanted_is_asked_not_applied(text):
    found = detect_wishes(text, SENT, TZ)
    assert any(w.kind == "do_not_contact" for w in found)
    assert not any(w.kind == "do_not_contact" and w.certain for w in found)


@pytest.mark.parametrize("text", [
    "I'd rather you didn't ring the office about this.\nPut the offer in an email and I'll read it tonight.",
    "Please don't phone me again.\nSend the figures in writing, that way I can forward them.",
])
def test_a_call_refused_and_the_offer_asked_in_writing_is_email_preferred(text):
    got = readings(text)
    assert ("do_not_contact", True, None) not in got
    assert ("preference", True, "channel:email") in got


def test_a_call_refused_and_writing_refused_too_stays_certain():
    got = readings("I'd rather you didn't ring me again.\nAnd please don't put anything in writing either.")
    assert ("do_not_contact", True, None) in got


@pytest.mark.parametrize("text", [
    "I'd rather you didn't call my mobile.\nAnd don't put the quote in an email either, I'll collect it.",
    "Please don't ring the office.\nNo need to put it in writing either, we're not buying.",
])
def test_writing_refused_beside_a_refused_call_offers_no_channel(text):
    got = readings(text)
    assert not {p for _, certain, p in got if certain and p}


@pytest.mark.parametrize("text", [
    "You keep ringing my mobile every day. Don't call this number again and don't send me any more emails.",
    "Your reps phone my cell nonstop. Please don't text me again or write to me again.",
])
def test_two_channels_refused_in_one_sentence_are_certain_beside_a_line_named_elsewhere(text):
    got = readings(text)
    assert ("do_not_contact", True, None) in got
    assert not any(k == "preference" for k, _, _ in got)


def test_one_channel_refused_with_another_offered_stays_a_question():
    got = readings("Don't call this number again. Email me at my work address instead.")
    assert ("do_not_contact", True, None) not in got


@pytest.mark.parametrize("text", [
    "I've moved on from the practice. Please take my details out of your system altogether, I won't need your products "
    "again and don't want calls on my mobile either.",
    "Take our company and my name out of whatever database you use, and no more calls to the office.",
])
def test_a_whole_record_erased_beside_a_line_refused_stays_certain(text):
    assert ("do_not_contact", True, None) in readings(text)


@pytest.mark.parametrize("text", [
    "Please take my mobile number out of your system, email is fine.",  # the line named, another route offered
    "Please remove our company from the tender list for the Hall Road job.",  # a list kept for something else
])
def test_a_line_or_a_list_for_something_else_is_not_a_certain_opt_out(text):
    assert ("do_not_contact", True, None) not in readings(text)
