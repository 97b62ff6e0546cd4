"""The customer's newest asks and changes that no other rule reads are said back in the rep's words, once."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.latest import _turn_en, echoes, is_clause, latest_asks, turned, unsaid
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Dana Reyes", "dana@lifts.example", "Dana Reyes\nLiftCo")
NOW = datetime(2026, 5, 12, 9)


def _msg(i: int, direction: str, text: str, day: int) -> Source:
    """One email of the conversation, on a day of May 2026."""
    return Source("message", i, text, datetime(2026, 5, day, 9), direction)


def _item(text: str) -> Item:
    """A latest ask with its reported text."""
    return Item(kind="latest", text=text, quote=text, source_kind="message", source_id=1, at=NOW, direction="inbound")


def test_a_colleague_taking_over_is_said_back_in_the_draft():
    """"Kyle will handle it from here." after the rep's offer: the draft notes it, in its own short words."""
    sources = [_msg(1, "outbound", "Hi Tom,\n\nThe 40 ft boom is GBP 1,320 per week.\n\nBest,\nDana", 4),
               _msg(2, "inbound", "Hi Dana,\n\nThanks. Kyle will handle it from here. Can you send the insurance "
                                  "certificate?\n\nTom", 6)]
    state = build_state(sources, "Europe/London", NOW, customer_name="Tom Hale")
    assert any(i.kind == "latest" and "Kyle will handle it" in i.text for i in state.items)
    draft = compose_state(state, customer_name="Tom Hale", thread_subject="Boom lift", rep=REP)
    assert "Kyle will handle it from here." in draft.body


def test_a_later_rep_email_settles_the_ask():
    """The rep wrote after the customer's change: nothing of it is said back as still open."""
    sources = [_msg(1, "inbound", "Hi Dana,\n\nKyle will handle it from here.\n\nTom", 6),
               _msg(2, "outbound", "Hi Kyle,\n\nNoted, I'll write to you from now on.\n\nDana", 7)]
    assert not [i for i in latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en")
                if i.kind == "latest"]


def test_a_later_note_that_repeats_it_settles_it():
    """A call note after the email that speaks of the same thing took it up."""
    sources = [_msg(1, "inbound", "Kyle will handle the hire from here.", 6),
               Source("note", 2, "Call: Kyle handles the hire now, fine.", datetime(2026, 5, 7, 9), "note")]
    assert latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en") == []


def test_pronouns_are_turned_and_questions_left_to_their_slots():
    """"We don't need the 40 ft, the 35 ft is fine." -> "you don't need ..."; a question is never an ask here."""
    assert turned("But we don't need the 40 ft, the 35 ft is fine.", "en").startswith("you don't need the 40 ft")
    assert turned("Mein Sohn Jonas übernimmt ab jetzt die Bestellungen.", "de").startswith("Ihr Sohn Jonas übernimmt")
    sources = [_msg(1, "inbound", "Will the 35 ft do?", 6)]
    assert latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en") == []


def test_a_long_third_person_sentence_is_not_pasted():
    """A sentence with no pronoun to turn is said in its own words only when shorter than an echo."""
    assert turned("Le premier passage ne pourra pas avoir lieu avant la fin des travaux du hall.", "fr") == ""
    assert echoes("noted that the premier passage ne pourra pas avoir lieu avant la fin",
                  "Le premier passage ne pourra pas avoir lieu avant la fin des travaux.")


def test_what_the_draft_already_says_is_not_said_again():
    """An ask whose words the draft already holds is left out; at most two new ones are added."""
    assert unsaid([_item("Kyle will handle it from here")], "Kyle will handle the order from here on") == []
    three = [_item("Kyle will handle the hire"), _item("the 35 ft is fine"), _item("pickup is Thursday at 8am")]
    assert len(unsaid(three, "")) == 2


def test_a_changed_count_is_turned_word_by_word():
    """"After measuring ... we can fit only 280 lockers, not 320." -> the rep says the new count back, lead dropped."""
    sources = [_msg(1, "outbound", "Hi Zsofia,\n\nOur wristband lockers are EUR 185 each.\n\nBest,\nDana", 4),
               _msg(2, "inbound", "Hi Dana,\n\nAfter measuring the changing rooms we can fit only 280 lockers, not "
                                  "320. Can you guarantee the week of 22 November?\n\nZsofia", 6)]
    state = build_state(sources, "Europe/Budapest", NOW, customer_name="Zsofia Kiss")
    draft = compose_state(state, customer_name="Zsofia Kiss", thread_subject="Lockers", rep=REP)
    assert "You can fit only 280 lockers." in draft.body  # the old count they corrected left out
    assert "we can fit" not in draft.body  # never their own words pasted back


def test_an_out_of_office_reply_asks_nothing():
    """"For urgent matters please call our front desk": an auto-reply's line is never said back."""
    sources = [_msg(1, "outbound", "Hi Simone,\n\nThe heaters are BBD 41,700.\n\nBest,\nDana", 4),
               _msg(2, "inbound", "I am out of the office until Monday, May 18, with limited access to email. For "
                                  "urgent matters please call our front desk at 246-555-0190.", 6)]
    assert latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en", "America/Barbados") == []


def test_the_rep_in_the_sentence_is_not_turned():
    """A sentence that speaks to the rep ("your offer") would need the rep's own answer: not said back by turning."""
    assert _turn_en("We like your offer but the price is too high.") == ""
    assert _turn_en("After that we only buy 120 units first.") == "after that you only buy 120 units first."
    assert turned("Our peelers will only work mornings.", "en") == "your peelers will only work mornings"


def test_a_thing_noted_without_a_verb_is_said_as_a_thing():
    """"delivery to our new plant in Igarapé-Miri instead" has no verb: "I've noted delivery to ...", never "that"."""
    assert not is_clause("delivery to your new plant in Igarapé-Miri instead", "en")
    assert is_clause("you talked with your partner", "en") and is_clause("Kyle will handle it", "en")
    sources = [_msg(1, "outbound", "Hi Ana,\n\nThe DP-500 is USD 18,400.\n\nBest,\nDana", 4),
               _msg(2, "inbound", "Hi Dana,\n\nOK. Delivery to our new plant in Igarapé-Miri instead.\n\nAna", 6)]
    state = build_state(sources, "America/Belem", NOW, customer_name="Ana Souza")
    draft = compose_state(state, customer_name="Ana Souza", thread_subject="Pulper", rep=REP)
    assert "I've noted delivery to your new plant in Igarapé-Miri instead." in draft.body


def test_a_lead_in_clause_cut_from_an_echo_is_not_said():
    """An echo cut to its first clause "change of plan again though" keeps no point: nothing is said back."""
    sources = [_msg(1, "inbound", "Change of plan again though, we're also releasing a magnum run so please make it "
                                  "10,000 sets after all.", 6)]
    assert latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en") == []


def test_a_day_turned_down_is_left_to_its_new_day():
    """"Sept 16 doesn't work anymore": the refused day is never said back (the draft says the new one)."""
    sources = [_msg(1, "inbound", "One change - May 26 doesn't work anymore, we have a blast scheduled that day.", 6)]
    assert latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en", "America/Denver") == []


def test_a_question_reported_in_a_statement_is_no_ask():
    """"Dylan's mum has now asked whether you could do Friday 14 September instead": a question, never noted back."""
    sources = [_msg(1, "inbound", "Dylan's mum has now asked whether you could do Friday 14 September instead.", 6)]
    assert latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en") == []


def test_an_imperative_change_is_said_as_what_they_asked():
    """"Make it 1,350 t instead", "Bitte auf 1.350 t erhöhen": the rep says what was asked of them."""
    assert turned("Make it 1,350 t instead.", "en") == "you'd like me to make it 1,350 t instead"
    assert turned("Bitte auf 1.350 t erhöhen.", "de") == "Sie möchten, dass ich auf 1.350 t erhöhe"
    assert turned("Merci de passer à 1 350 t.", "fr") == "vous me demandez de passer à 1 350 t"
    assert turned("Súbanlo a 1.350 t, por favor.", "es") == "me piden que lo suban a 1.350 t"


def test_a_third_persons_news_is_reported_with_its_verb_shifted():
    """No pronoun to turn and eight words or more: reported speech, when no run of eight words is left pasted."""
    assert turned("Die Lieferung kann erst ab dem 15. März erfolgen, weil das Lager umgebaut wird.", "de") == \
        "Sie schreiben, die Lieferung könne erst ab dem 15. März erfolgen"
    assert turned("La livraison ne pourra pas se faire avant le 15 mars à cause des travaux du quai.", "fr") == \
        "vous m'avez indiqué que la livraison ne pourrait pas se faire avant le 15 mars"
    assert turned("La entrega de los equipos no podrá hacerse antes del 15 de marzo.", "es") == \
        "me indicó que la entrega de los equipos no podría hacerse antes del 15 de marzo"


def test_a_separable_verbs_particle_joins_it_again():
    """"Bitte planen Sie Liebefeld ... ein." -> "dass ich Liebefeld ... einplane"; a lead word loses its capital."""
    assert turned("Bitte planen Sie Liebefeld in der ersten Ferienwoche ein.", "de") == \
        "Sie möchten, dass ich Liebefeld in der ersten Ferienwoche einplane"
    assert turned("Am besten vormittags, nachmittags wird gemolken und gekäst.", "de") == \
        "Sie schreiben, am besten vormittags, nachmittags werde gemolken und gekäst"
    assert turned("Go-live we want before Tet.", "en") == ""


def test_newest_unanswered_is_the_customers_last_email_before_any_reply():
    """The customer's newest email (an out-of-office passed over), and none once the rep has written after it."""
    from followup.drafting.latest import customer_emails, newest_unanswered
    ask = _msg(1, "inbound", "Hi Dana,\n\nCan you send the insurance certificate?\n\nTom", 6)
    away = _msg(2, "inbound", "I am out of the office until 20 May with limited access to email.", 7)
    assert customer_emails([ask, away], "Europe/London") == [ask]
    assert newest_unanswered([ask, away], "Europe/London") == ask
    reply = _msg(3, "outbound", "Hi Tom,\n\nAttached.\n\nDana", 8)
    assert newest_unanswered([ask, reply], "Europe/London") is None


def test_a_wish_about_contact_is_followed_not_noted():
    """"Drop me an email rather than phoning" and "please get back to me after the 20th of July": the sender keeps
    them; the draft never sends the instruction back ("I've noted that drop you an email")."""
    for wish in ("Drop me an email rather than phoning, there's no signal in the warehouse.",
                 "Please get back to me after the 20th of July, not before."):
        sources = [_msg(1, "inbound", f"Hi Dana,\n\nWe now run 12 sites. {wish}\n\nTom", 6)]
        found = latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en", "Europe/London")
        assert not any("email" in i.text or "get back" in i.text for i in found), found


def test_a_sentence_on_the_questions_before_it_is_not_noted():
    """"If we get answers on those we'll sign." names nothing of its own: the questions have their slots."""
    sources = [_msg(1, "inbound", "Hi Dana,\n\nDoes the lift fit a 2 m door? If we get answers on those we'll sign."
                                  "\n\nTom", 6)]
    assert latest_asks([], sources, {(s.kind, s.id): s.text for s in sources}, "en") == []


def test_a_thing_asked_for_with_please_is_said_as_their_wish():
    """"Statements to our Hull office please" -> "you'd like statements to your Hull office"."""
    assert turned("Statements to our Hull office please.", "en") == "you'd like statements to your Hull office"
    assert turned("The quote in euros, please.", "en") == "you'd like the quote in euros"
    assert not turned("Send the quote to our office please.", "en").startswith("you'd like send")
