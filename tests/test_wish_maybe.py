"""Possible wishes (followup/text/wish_maybe.py): the second opinion in seven languages."""
from datetime import datetime

import pytest

from followup.text import wish_maybe
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
TZ = "America/Chicago"


def kinds(text: str) -> set[tuple[str, bool]]:
    """(kind, certain) of every wish read in text."""
    return {(w.kind, w.certain) for w in detect_wishes(text, SENT, TZ)}


@pytest.mark.parametrize("text", [
    "Merci de ne plus me solliciter.",
    "Gelieve mij niet meer te contacteren.",
    "Vi prego di non scrivermi più.",
    "Les agradecería que no me escribieran más.",
    "Je vous prie de bien vouloir cesser toute sollicitation à mon égard.",
    # blind batch 56, read after scoring: the object before the verb, and Korean "don't email or call me"
    "Я больше не работаю в компании. Меня прошу удалить из рассылки.",
    "앞으로 저에게 영업 관련 이메일이나 전화는 하지 말아 주세요. 제 연락처도 삭제해 주시기 바랍니다.",
])
def test_an_opt_out_in_another_language_is_at_least_a_question(text):
    assert ("do_not_contact", False) in kinds(text) or ("do_not_contact", True) in kinds(text)


@pytest.mark.parametrize("text", [
    "Bitte löschen Sie die alte Rechnung aus dem Portal.",
    "Ich kann die Datei nicht mehr öffnen, können Sie sie erneut senden?",
    "Nous ne travaillons plus avec ce transporteur.",
    "Por favor, eliminen la línea duplicada del presupuesto.",
    "Wij werken niet meer met dat systeem.",
    "Non riesco più ad accedere al portale.",
    "Já não trabalhamos com essa transportadora.",
    "제 연락처가 바뀌었습니다: 010-555-1234. 주소록에서 예전 번호는 삭제해 주세요.",  # "new number; delete the old one"
])
def test_look_alikes_in_other_languages_raise_nothing(text):
    assert kinds(text) == set()


def test_a_formal_refusal_of_outreach_is_read_beside_the_pause():
    # a question while the rules had no "refrain from any further <what is sent>"; read for certain since round 11
    found = kinds("Kindly refrain from any further outreach. We have no requirement for your services now or in the future.")
    assert ("do_not_contact", True) in found


def test_without_other_languages_cues_only_a_confident_model_reads_them(monkeypatch):
    monkeypatch.setattr(wish_maybe, "ML_CUES", False)
    assert ("do_not_contact", False) in kinds("Avregistrera mig, tack.")
    monkeypatch.setattr(wish_maybe, "DNC_CONFIDENT", 1.01)
    assert kinds("Avregistrera mig, tack.") == set()


def test_a_line_without_a_full_stop_above_a_signature_is_read():
    text = "Remove me and everyone at acmeplumbing.com from your list please\n\nBest regards,\nFarid Haddad\nSales Manager"
    assert ("do_not_contact", True) in kinds(text) or ("do_not_contact", False) in kinds(text)


def test_a_report_about_another_sender_is_not_an_opt_out():
    text = ("Our previous supplier wouldn't stop emailing us, so I appreciate that you only write when there's "
            "something to say.")
    assert not any(kind == "do_not_contact" and certain for kind, certain in kinds(text))
    assert ("do_not_contact", True) in kinds("Why won't you stop emailing me?")


def test_a_preference_in_another_language_names_the_first_value():
    wishes = detect_wishes("Je préfère échanger par e-mail plutôt que par téléphone, merci.", SENT, TZ)
    assert [w.preference for w in wishes if w.kind == "preference"] == ["channel:email"]


def test_a_hard_wrapped_line_is_one_sentence_and_interest_is_no_refusal():
    from followup.text.wish_base import sentence_offsets

    assert [s for _, s in sentence_offsets("I would not want to call it\na packaging police, but fine.\nBest,\nAl")] == [
        "I would not want to call it\na packaging police, but fine.", "Best,", "Al"]
    assert not any(kind == "do_not_contact" for kind, _ in kinds("I'm interested."))


def test_a_possible_quiet_period_in_german_ends_when_it_says():
    wishes = detect_wishes("Geben Sie mir bitte zwei Wochen Zeit, ich muss das intern noch abstimmen.", SENT, TZ)
    quiet = [w for w in wishes if w.kind == "quiet"]
    assert quiet and quiet[0].until.date().isoformat() == "2026-11-24"


@pytest.mark.parametrize("text", [
    "Hej, avregistrera mig från era utskick, tack.",
    "Afmeld mig venligst jeres nyhedsbrev.",
    "Meld meg av nyhetsbrevet deres, takk.",
    "Proszę mnie nie kontaktować w sprawie ofert.",
    "Prosím, nekontaktujte mě s dalšími nabídkami.",
    "Poista minut postituslistalta, kiitos.",
    "Ik wil je vragen om ons voortaan niet meer te benaderen, ook niet telefonisch.",
])
def test_an_opt_out_in_a_language_the_model_never_saw_is_at_least_a_question(text):
    assert {("do_not_contact", False), ("do_not_contact", True)} & kinds(text)


@pytest.mark.parametrize("text", [
    "Proszę nie wysyłać faktury przed 5 grudnia.",  # until a date: not an opt-out
    "- Remove bundled pstack.",  # a changelog line addresses no one
    "- Drop no longer needed libdvdread header dir hack.",
])
def test_limited_or_unaddressed_refusals_are_no_opt_out(text):
    assert ("do_not_contact", True) not in kinds(text) and ("do_not_contact", False) not in kinds(text)


@pytest.mark.parametrize("text", [
    "Thanks for checking in but we're all set. How did I end up on your list? Please just drop me from it.",
    "She's asked me to tell you that you should exclude her from any future sales emails, calls or mailers.",
])
def test_an_indirect_opt_out_is_at_least_a_question(text):
    assert {("do_not_contact", False), ("do_not_contact", True)} & kinds(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Hola Pablo, mejor llámame por las tardes, por las mañanas estoy en la obra.", "time:afternoon"),
    ("Prefiro ser contactado à tarde, de manhã tenho reuniões.", "time:afternoon"),
    ("I'm a night owl. Anything after dinner works much better for a call.", "time:evening"),
])
def test_a_preferred_time_in_other_words_is_at_least_a_question(text, value):
    assert value in {w.preference for w in detect_wishes(text, SENT, TZ)}


# ---------------------------------------------------------------- round 6: more languages, consent withdrawn
@pytest.mark.parametrize("text", [
    "Vă rugăm să nu ne mai trimiteți oferte.",
    "Nu mai vreau să primesc newsletterul vostru.",
    "Vennligst ikke send meg flere tilbud.",
    "Ring mig ikke op igen, tak.",
    "Kérjük, ne hívjon minket többet.",
    "Ne šaljite mi više poruke, hvala.",
    "Не присылайте нам больше рассылку.",
    "Trækker hermed mit samtykke tilbage.",
    "Odvolávám svůj souhlas se zasíláním nabídek.",
])
def test_an_opt_out_in_a_language_no_rule_reads_is_asked(text):
    got = [w for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago") if w.kind == "do_not_contact"]
    assert got and not any(w.certain for w in got), text


@pytest.mark.parametrize("text", ["Lütfen cuma gününe kadar beni aramayın.", "Vă rog să nu mă sunați până vineri."])
def test_a_foreign_refusal_with_an_end_is_no_opt_out(text):
    assert not any(w.kind == "do_not_contact" for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago"))


@pytest.mark.parametrize("text", ["Prosim, ne pošiljajte mi več ponudb.", "Palun ärge saatke mulle enam pakkumisi.",
                                  "Моля, не ми пишете повече."])
def test_opt_outs_in_yet_more_languages_are_asked(text):
    got = [w for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago") if w.kind == "do_not_contact"]
    assert got and not any(w.certain for w in got), text


@pytest.mark.parametrize("text", ["Please reach out after the holidays.", "Could you check out the attached plan?"])
def test_reach_out_and_check_out_are_no_refusal(text):
    assert not wish_maybe._ANY_REFUSAL.search(text)


@pytest.mark.parametrize("text", [
    "Пожалуйста, больше не звонить нам по этому вопросу.",  # Russian, the infinitive after a request
    "Просим удалить мою почту из списка.",
    "En halua enää saada mainoksia teiltä.",  # Finnish "I no longer want to get ..."
    "Poistakaa sähköpostiosoitteeni listaltanne, kiitos.",  # "remove my email address" with the possessive suffix
])
def test_a_russian_or_finnish_opt_out_is_asked(text):
    got = kinds(text)
    assert ("do_not_contact", False) in got or ("do_not_contact", True) in got


def test_a_foreign_end_of_month_dates_a_possible_quiet_period():
    wishes = [w for w in detect_wishes("Ne me relancez pas avant la fin du mois, s'il vous plaît.", SENT, TZ)
              if w.kind == "quiet"]
    assert wishes and all(w.until.date().isoformat() == "2026-11-30" for w in wishes)


def test_stop_sending_a_numbered_order_is_no_possible_opt_out():
    got = kinds("Por favor, dejen de enviar el pedido 812 hasta que confirmemos.")
    assert not any(kind == "do_not_contact" for kind, _ in got)


@pytest.mark.parametrize("text", [
    "Proszę nas więcej nie kontaktować w tej sprawie.",  # Polish
    "더 이상 연락하지 마세요.",  # Korean
    "メール配信リストから外してください。",  # Japanese
])
def test_czech_polish_korean_and_japanese_refusals_are_asked(text):
    got = [w for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago") if w.kind == "do_not_contact"]
    assert got and not any(w.certain for w in got), text


@pytest.mark.parametrize("text", [
    "אל תתקשרו אליי יותר בבקשה.",  # Hebrew, "don't call me"
    "من فضلكم احذفوا رقمي من قائمتكم.",  # Arabic, "delete my number"
])
def test_hebrew_arabic_hindi_and_bulgarian_refusals_are_asked(text):
    got = [w for w in detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago") if w.kind == "do_not_contact"]
    assert got and not any(w.certain for w in got), text


@pytest.mark.parametrize("text", [
    "אל תשכחו לשלוח את החשבונית עד יום חמישי.",  # Hebrew: "don't forget to send the invoice by Thursday"
    "شكرا على الاتصال، سأرد عليكم غدا.",  # Arabic: "thanks for the call, I'll answer tomorrow"
    "कृपया मुझे कल फ़ोन करें।",  # Hindi: "please call me tomorrow"
])
def test_ordinary_hebrew_arabic_and_hindi_lines_are_no_possible_opt_out(text):
    got = detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago")
    assert not any(w.kind == "do_not_contact" for w in got), text


@pytest.mark.parametrize("text", [
    "Please remove Ann Cole from the distribution list, she has retired.",  # a named colleague, not the customer
    "Don't bother sending the printed manuals anymore, the online ones are fine.",  # paper documents, not mail
    "Thanks for the email earlier.",  # a past message thanked for
    "Priya joins us on Monday, please include her on future emails.",  # someone added to the mail
])
def test_admin_requests_and_mentions_of_a_channel_are_not_asked(text):
    got = detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago")
    assert not [w for w in got if w.kind == "do_not_contact" or (w.preference or "").startswith("channel:")], got


@pytest.mark.parametrize("text", ["Hi Callum,\nThe mock-ups look good, see you Friday.", "Thanks for calling me back so fast."])
def test_a_name_or_thanks_for_a_call_is_no_possible_channel(text):
    assert not any((w.preference or "").startswith("channel:") for w in detect_wishes(text, SENT, TZ))


@pytest.mark.parametrize("text", [
    "Vennligst fjerner dere meg fra listen.",  # Norwegian, present tense
])
def test_a_nordic_refusal_in_another_verb_form_is_asked(text):
    assert ("do_not_contact", False) in kinds(text)


def test_a_possible_time_guessed_skips_the_part_taken_back():
    sentence = "Early is good - actually no, mornings are full of meetings now."
    assert wish_maybe._guess_preference(sentence, "pref_time") is None


def test_a_part_of_day_refused_in_one_sentence_leaves_the_time_preferred_in_the_next_to_be_read():
    from followup.text.wishes import detect_wishes

    text = "Mornings are a write-off for me, I teach. After 3pm is much better if you need to call."
    times = [w.preference for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")
             if (w.preference or "").startswith("time:")]
    assert "time:not_morning" in times and "time:afternoon" in times, times


def test_a_part_of_day_refused_in_the_same_sentence_is_not_read_as_preferred():
    from followup.text.wishes import detect_wishes

    text = "Calling me at 7 in the evening while I'm cooking is not ideal. Before noon, please."
    times = [w.preference for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")
             if (w.preference or "").startswith("time:")]
    assert "time:evening" not in times and "time:morning" in times, times


@pytest.mark.parametrize("text", [
    "Take Old Ferry Brewing off whatever list we're on and leave it there.",  # the customer's own business, any list
])
def test_a_list_we_are_on_and_a_japanese_refrain_with_a_note_are_possible_opt_outs(text):
    got = [w for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago") if w.kind == "do_not_contact"]
    assert got and not got[0].certain


def test_a_named_person_off_a_list_is_no_opt_out_of_the_customer():
    text = "Can you take Priya off the distribution list for the weekly reports? Keep me on it."
    assert not [w for w in detect_wishes(text, datetime(2026, 11, 10, 15, 0), "America/Chicago")
                if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text,day", [
    ("Kindly give me like two weeks, we are very busy with the guests at the campsite now.", 24),
    ("He asked me to tell you to give him three weeks before you chase anything about the van lettering.", 1),
])
def test_a_stretch_of_time_asked_for_is_a_possible_quiet_period_ending_then(text, day):
    wishes = [w for w in detect_wishes(text, SENT, TZ) if w.kind == "quiet"]
    assert wishes and wishes[0].until.day == day


def test_without_wide_cues_a_stretch_of_time_asked_for_is_not_read(monkeypatch):
    monkeypatch.setattr(wish_maybe, "WIDE_CUES", False)
    assert kinds("Could you give them two weeks? They are swamped with the harvest.") == set()


class _Sure:
    """A stand-in classifier that is sure of one kind for every sentence."""

    def __init__(self, label: str):
        self.label = label

    def probabilities(self, sentence: str) -> dict[str, float]:
        return {c: (0.95 if c == self.label else 0.01) for c in ("none", "quiet", "paused", "do_not_contact",
                                                                 "pref_time", "pref_channel")}


@pytest.mark.parametrize("label,text,kind", [
    ("paused", "Our CFO pushed it to the new fiscal.", "paused"),
    ("pref_channel", "Phoned messages reach me quicker these days.", "preference"),
])
def test_a_sure_model_vote_needs_only_a_wide_cue_word(monkeypatch, label, text, kind):
    from followup.text import wish_model

    monkeypatch.setattr(wish_model, "opinion", lambda: _Sure(label))
    assert (kind, False) in kinds(text)
    monkeypatch.setattr(wish_maybe, "WIDE_CUES", False)
    assert kinds(text) == set()


def test_a_wide_cue_word_is_not_enough_for_an_unsure_model_vote(monkeypatch):
    from followup.text import wish_model

    class Unsure(_Sure):
        def probabilities(self, sentence):
            return {**super().probabilities(sentence), "paused": 0.6, "none": 0.35}

    monkeypatch.setattr(wish_model, "opinion", lambda: Unsure("paused"))
    assert kinds("Our CFO pushed it to the new fiscal.") == set()


@pytest.mark.parametrize("sentence,value", [
    ("Best before 10am, after that I'm with patients all day.", "time:morning"),
    ("Anything after 2 is easier.", "time:afternoon"),
    ("Try after 6pm.", "time:evening"),
    ("Catch me first thing.", "time:morning"),
    ("Catch me whenever.", None),
])
def test_a_clock_time_bounding_the_day_gives_the_part_of_day(sentence, value):
    assert wish_maybe._clock_part(sentence) == value


def test_a_delivery_time_is_no_possible_time_preference():
    text = "The van can't arrive before 9am - the car park gates are locked until then.\nLunch at 12:30 please."
    assert not [w for w in detect_wishes(text, SENT, TZ) if w.preference and w.preference.startswith("time:")]


@pytest.mark.parametrize("text", [
    "Feel free to swing by the depot any morning and see the trailers, we're in from 6.",
    "You're welcome to come over to the farm any evening, I'm free after 7.",
    "Come and have a look at the showroom some evening, we're open till 8 on weekdays.",
])
def test_an_invitation_to_come_by_names_opening_hours_not_a_time_to_be_contacted(text):
    assert not any(w.kind == "preference" for w in detect_wishes(text, SENT, TZ))


def test_an_invitation_beside_a_call_asked_for_keeps_the_time():
    wishes = detect_wishes("Pop round whenever, but if you want to talk, ring me after 6pm.", SENT, TZ)
    assert any((w.preference or "").startswith("time:evening") for w in wishes)


@pytest.mark.parametrize("text", [
    "In a meeting right now, can you try me again in an hour or so? Want to go over the numbers before we sign.",
    "Busy this minute - ring me again in 20 minutes.",
])
def test_a_call_again_within_the_hour_is_a_moment_not_a_quiet_period(text):
    """'try me again in an hour or so' was a possible few-day quiet period (blind batch 57): again reads as back."""
    assert detect_wishes(text, SENT, TZ) == []


def test_no_possible_opt_out_beside_a_day_from_which_contact_is_asked():
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    text = "So please kindly contact me again from Monday 15 February, not earlier."
    assert [w.kind for w in detect_wishes(text, datetime(2027, 1, 6, 8), "Europe/Madrid")] == ["quiet"]


def test_the_visit_test_still_guards_a_time_the_net_reads_after_an_invitation():
    """The net reads the time first and asks the visit test only then: the hours of a visit invited in the sentence
    before are still no time to be reached, and a long run of such pairs is read to its end."""
    pair = "Feel free to stop by the workshop Thursday. We're in from 7.\n\n"
    assert not any(w.kind == "preference" for w in detect_wishes(pair, SENT, TZ))
    assert not any(w.kind == "preference" for w in detect_wishes(pair * 300, SENT, TZ))


@pytest.mark.parametrize("text", [
    # nobody asked to make contact, beside a pause the rules read for certain
    "We will pass for this year; I would ask that nobody from your side gets in touch again, phone or email.",
    "Je vous prie d'effacer mon adresse de votre liste.",  # a deletion verb as the refusal
    "Solicito la supresión de mi dirección de su base de datos.",
])
def test_nobody_to_get_in_touch_or_a_deletion_asks_the_model(text):
    assert ("do_not_contact", False) in kinds(text) or ("do_not_contact", True) in kinds(text)


@pytest.mark.parametrize("text", [
    "Nobody in our office has had time to look at the offer yet.",
    "Met de verhuizing heeft niemand er nu tijd voor.",
])
def test_nobody_without_contact_is_no_refusal(text):
    assert not wish_maybe._ANY_REFUSAL.search(text)
    assert ("do_not_contact", False) not in kinds(text)


def test_portuguese_no_before_a_time_word_is_no_refusal():
    text = "Só me procura de novo no final de junho, tá bom?"
    assert ("do_not_contact", False) not in kinds(text)
    assert ("quiet", True) in kinds(text)


@pytest.mark.parametrize("text, refused", [
    ("Please don't send anything in writing to the depot either.", "channel:email"),
    ("Phone tag with your office never gets anywhere.", "channel:phone"),
    ("Long emails back and forth aren't getting us anywhere.", "channel:email"),
])
def test_a_possible_channel_is_never_the_one_the_sentence_refuses(text, refused):
    assert refused not in {w.preference for w in detect_wishes(text, SENT, TZ)}


def test_a_refusal_before_its_day_abroad_is_no_possible_opt_out_beside_the_wait():
    from datetime import datetime as _dt

    from followup.text.wishes import detect_wishes as _detect

    text = "Bitte melden Sie sich nicht vor KW 48 wieder, dann habe ich die Zahlen."
    kinds = [(w.kind, w.certain) for w in _detect(text, _dt(2026, 11, 10, 15, 0), "Europe/Berlin")]
    assert kinds == [("quiet", True)]


@pytest.mark.parametrize("text", [
    "The order from last week still stands, of course.",
    "De bestelling van vorige week blijft gewoon staan.",
    "Die Bestellung von letzter Woche gilt weiterhin.",
])
def test_a_stretch_of_time_already_past_is_no_possible_wait(text):
    assert not any(kind == "quiet" for kind, _ in kinds(text))


def test_a_channel_said_too_slow_is_no_possible_pause():
    text = "We have to decide this week and honestly mails take too long. Please ring my mobile, any time."
    found = detect_wishes(text, SENT, TZ)
    assert not any(w.kind == "paused" for w in found)
    assert any(w.preference == "channel:phone" and w.certain for w in found)


@pytest.mark.parametrize("text", [
    "Kindly do not call me for the next few days.",
    "Kindly do not email us for the next two weeks.",
])
def test_a_refusal_bounded_by_its_length_is_no_possible_opt_out(text):
    assert kinds(text) == {("quiet", True)}


def test_a_refusal_beside_the_wait_is_still_asked():
    text = "Kindly do not call me for the next two weeks, and stop the newsletters."
    assert ("do_not_contact", False) in kinds(text)
