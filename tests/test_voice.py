"""Whether a customer needs a follow-up now (followup/drafting/voice.py)."""
from datetime import datetime

from followup.drafting.conversation import build_state, needs_follow_up_state
from followup.drafting.sentences import Source
from followup.drafting.voice import held_quiet


def test_a_yes_to_the_offer_with_one_change_needs_the_reps_confirmation():
    sources = [Source("message", 1, "Bonjour Madame Rochat,\n\n10 % n'est pas possible, mais je peux vous accorder 6 %, "
                                    "soit CHF 45 778 HT.\n\nNicolas Perrin", datetime(2027, 11, 23, 16), "outbound"),
               Source("message", 2, "Bonjour Monsieur Perrin,\n\nC'est d'accord pour CHF 45 778 HT, vous recevrez la "
                                    "commande signée demain. Une seule modification : 10 armoires au lieu de 8.\n\n"
                                    "Valérie Rochat", datetime(2027, 11, 30, 13, 45), "inbound")]
    now = datetime(2027, 12, 1, 9)
    state = build_state(sources, "Europe/Zurich", now, customer_name="Valérie Rochat")
    assert not state.open("order")  # the change makes it no order of the offer as it stands
    assert needs_follow_up_state(state, sources, now) == "acceptance to confirm"


def test_a_call_asked_for_needs_a_follow_up_though_a_colleague_writes_about_one_matter():
    """"Meine Buchhalterin meldet sich wegen der Rechnungsadresse" leaves the call the customer asked for to the rep."""
    sources = [Source("message", 1, "Sehr geehrter Herr Brückner,\n\nLoge mit 10 Plätzen, 42.000 € netto.\n\nNina Esser",
                      datetime(2028, 3, 16, 9), "outbound"),
               Source("message", 2, "Hallo Frau Esser,\n\nMeine Buchhalterin Frau Yilmaz meldet sich wegen der "
                                    "Rechnungsadresse. Rufen Sie mich bitte nach 17 Uhr an, tagsüber bin ich auf dem "
                                    "Dach.\n\nThomas Brückner", datetime(2028, 4, 12, 15, 45), "inbound")]
    now = datetime(2028, 4, 13, 7, 30)
    state = build_state(sources, "Europe/Berlin", now, customer_name="Thomas Brückner")
    assert needs_follow_up_state(state, sources, now) == "call asked for"


_OFFER = Source("message", 1, "Hi Morag,\n\nHere is the quote for 40 drums of coolant at £2,180. Is the delivery date "
                              "alright?\n\nPete", datetime(2031, 5, 6, 9), "outbound")


def _needs(reply: Source, now: datetime, tz: str = "Europe/London") -> str | None:
    sources = [_OFFER, reply]
    return needs_follow_up_state(build_state(sources, tz, now, customer_name="Morag Baird"), sources, now)


def test_a_quiet_period_asked_in_a_question_holds_the_follow_up_until_its_day():
    reply = Source("message", 2, "Pete,\n\nWe're mid-shutdown. Can you give me until Monday 26 May and not chase me "
                                 "before then?\n\nMorag", datetime(2031, 5, 8, 16), "inbound")
    assert _needs(reply, datetime(2031, 5, 13, 9)) is None
    assert held_quiet([_OFFER, reply], "Europe/London", datetime(2031, 5, 13, 9))
    assert not held_quiet([_OFFER, reply], "Europe/London", datetime(2031, 5, 27, 9))  # its day has come


def test_an_away_notice_said_only_in_the_subject_holds_the_follow_up_until_the_day_back():
    notice = Source("message", 2, "Thank you for your email. I am visiting suppliers in Spain and will be back in the "
                                  "office on Monday 26 May. I will answer after my return.\n\nMorag Baird",
                    datetime(2031, 5, 6, 9, 1), "inbound", subject="Out of Office: RE: Coolant quote")
    assert held_quiet([_OFFER, notice], "Europe/London", datetime(2031, 5, 13, 9))
    assert _needs(notice, datetime(2031, 5, 13, 9)) is None
    assert not held_quiet([_OFFER, notice], "Europe/London", datetime(2031, 5, 27, 9))


def test_a_customer_question_is_not_held_by_an_old_notice_or_a_plain_reply():
    reply = Source("message", 2, "Pete,\n\nCan you do the drums in 25 litre size too?\n\nMorag",
                   datetime(2031, 5, 8, 16), "inbound")
    assert not held_quiet([_OFFER, reply], "Europe/London", datetime(2031, 5, 13, 9))
    assert _needs(reply, datetime(2031, 5, 13, 9)) == "unanswered question"


def test_a_quiet_period_whose_quote_is_only_its_day_holds_when_its_sentence_says_do_not_chase():
    """The wish reader may quote only "leave it with me until Monday"; the sentence it sits in says not to chase."""
    reply = Source("message", 2, "Pete,\n\nWe're in the middle of a stock count. Please leave it with me until Monday "
                                 "26 May and don't chase me before then, by email or phone.\n\nMorag",
                   datetime(2031, 5, 8, 16), "inbound")
    assert held_quiet([_OFFER, reply], "Europe/London", datetime(2031, 5, 13, 9))
    assert not held_quiet([_OFFER, reply], "Europe/London", datetime(2031, 5, 27, 9))


def test_a_work_day_with_no_word_of_contact_does_not_hold():
    reply = Source("message", 2, "Pete,\n\nThanks. The drums can come after Monday 26 May, please.\n\nMorag",
                   datetime(2031, 5, 8, 16), "inbound")
    assert not held_quiet([_OFFER, reply], "Europe/London", datetime(2031, 5, 13, 9))



def test_a_list_of_what_the_customer_still_needs_in_their_newest_email_needs_a_follow_up():
    """"Bevor der Vorstand unterschreibt, brauche ich noch: - ... - ...": no question mark and no "schicken Sie",
    but each point wants something of the rep."""
    offer = Source("message", 1, "Sehr geehrter Herr Brandt,\n\nunser Angebot: 12 Regale, montiert, 8.400 € netto.\n\n"
                                 "Mit freundlichen Grüßen\nJana Roth", datetime(2031, 5, 2, 9), "outbound")
    reply = Source("message", 2, "Liebe Frau Roth,\n\ndas passt uns. Bevor der Vorstand unterschreibt, brauche ich "
                                 "noch:\n\n- das Angebot mit dem neuen Betrag auf Brandt Logistik GmbH\n\n- einen "
                                 "Montagetermin in der Woche ab 9. Juni, da ist das Lager ruhiger\n\nViele Grüße\n"
                                 "Paul Brandt", datetime(2031, 5, 8, 16), "inbound")
    now = datetime(2031, 5, 9, 9)
    state = build_state([offer, reply], "Europe/Berlin", now, customer_name="Paul Brandt")
    assert needs_follow_up_state(state, [offer, reply], now) == "list in the customer's newest email"
