"""A call the customer's newest email asks for, with its day or time in their words, is the close's promise to call
then (four languages); a call they make themselves or refuse is none."""
from datetime import date, datetime, timezone

import pytest

from followup.drafting.callback import asked_time, call_request, timed_call, with_call_request
from followup.drafting.items import Item
from followup.drafting.sentences import Source

WED = date(2028, 4, 12)


@pytest.mark.parametrize("language, sentence, said", [
    ("en", "And could you call me Thursday morning, I'm in court all afternoon.", "on Thursday morning"),
    ("en", "Please call me on my mobile after 5pm, I'm at work during the day.", "after 5pm"),
    ("de", "Rufen Sie mich bitte nach 17 Uhr an, tagsüber bin ich auf dem Dach.", "nach 17 Uhr"),
    ("de", "Können Sie mich am Freitag vormittags anrufen?", "am Freitag vormittags"),
    ("fr", "Merci de m'appeler plutôt en fin de journée, mes matinées sont prises.", "en fin de journée"),
    ("fr", "Appelez-moi jeudi après 14h.", "jeudi après 14h"),
    ("es", "Llámame por la mañana antes de las 10, luego estoy en obra.", "por la mañana antes de las 10"),
    ("es", "Llamame después de las 19, antes estoy con pacientes.", "después de las 19"),
    # a bare part of the day keeps its "in the": "I'll call you in the late afternoon", never "... you afternoon"
    ("en", "Best to call me late afternoon, I'm on the floor till 3.", "in the late afternoon"),
    ("en", "Please call me afternoons, I'm in the shop before lunch.", "in the afternoon"),
])
def test_the_call_asked_for_is_said_in_the_customers_words(language, sentence, said):
    assert asked_time(sentence, language, WED, WED) == said


def test_a_day_that_is_today_or_past_is_said_against_the_drafts_day():
    monday = date(2028, 4, 10)
    assert asked_time("Could you call me Wednesday morning?", "en", monday, WED) == "this morning"
    assert asked_time("Could you call me Tuesday after 3pm?", "en", monday, WED) == "after 3pm"
    assert asked_time("Could you call me Tuesday?", "en", monday, WED) is None


@pytest.mark.parametrize("language, sentence", [
    ("en", "Please don't call before 10, I have the morning meeting."),
    ("en", "I'll call you in the afternoon."),
    ("es", "Te llamo yo mejor por la tarde."),
    ("de", "Ich rufe Sie morgen um 10 Uhr an."),
    ("en", "Call me whenever you like."),
])
def test_no_call_asked_for_at_a_time(language, sentence):
    assert asked_time(sentence, language, WED, WED) is None


def test_only_the_newest_email_and_not_once_the_rep_wrote():
    at = datetime(2028, 4, 11, 23, 10, tzinfo=timezone.utc)
    ask = Source("message", 1, "Hi Bree,\n\nCould you call me Thursday morning, I'm in court.", at, "inbound")
    item = call_request([ask], {}, "Australia/Melbourne", WED, "en")
    assert item is not None and item.kind == "callback" and item.text == "on Thursday morning"
    reply = Source("message", 2, "Hi Tom, sure.", datetime(2028, 4, 12, 1, 0, tzinfo=timezone.utc), "outbound")
    assert call_request([ask, reply], {}, "Australia/Melbourne", WED, "en") is None


@pytest.mark.parametrize("language, sentence, said", [
    ("en", "Can only talk after 6pm, she's at the hospital all day.", "after 6pm"),
    ("de", "Ist nur nach 17 Uhr erreichbar, tagsüber auf der Baustelle.", "nach 17 Uhr"),
    ("fr", "Joignable seulement après 18h, elle est au bloc.", "après 18h"),
    ("es", "Solo puede hablar después de las 19, antes está en consulta.", "después de las 19"),
])
def test_a_call_notes_time_the_customer_can_be_reached_is_the_close(language, sentence, said):
    assert asked_time(sentence, language, WED, WED, note=True) == said
    assert asked_time(sentence, language, WED, WED) is None  # in an email it asks for no call


def test_the_newest_call_notes_reachable_time_when_no_email_asks_for_a_call():
    at = datetime(2028, 4, 11, 22, 40, tzinfo=timezone.utc)
    email = Source("message", 1, "Hi Nathan, could you set up some viewings?", at.replace(day=1), "inbound")
    note = Source("note", 2, "Priya called. Can only talk after 6pm, she's at the hospital all day.", at, "note")
    item = call_request([email, note], {}, "America/Vancouver", WED, "en")
    assert item is not None and item.text == "after 6pm" and item.direction == "note"
    reply = Source("message", 3, "Hi Priya, noted.", at.replace(hour=23), "outbound")
    assert call_request([email, note, reply], {}, "America/Vancouver", WED, "en") is None


@pytest.mark.parametrize(("sentence", "language", "today", "said"), [
    ("Pourriez-vous m'appeler demain matin ?", "fr", date(2028, 5, 31), "ce matin"),
    ("Pourriez-vous m'appeler demain matin ?", "fr", date(2028, 5, 30), "demain matin"),
    ("Pourriez-vous m'appeler demain matin ?", "fr", date(2028, 6, 2), "dans la matinée"),
    ("Could you call me tomorrow morning?", "en", date(2028, 5, 31), "this morning"),
    ("Können Sie mich morgen am Vormittag anrufen?", "de", date(2028, 5, 30), "morgen am Vormittag"),
    ("¿Puede llamarme mañana por la tarde?", "es", date(2028, 5, 30), "mañana por la tarde"),
])
def test_a_time_of_day_is_said_with_its_day(sentence, language, today, said):
    """'demain matin' keeps its day, resolved against the day it was written: never 'Je vous appellerai matin'."""
    assert asked_time(sentence, language, date(2028, 5, 30), today) == said


@pytest.mark.parametrize("language, sentence, said", [
    ("en", "Can we talk on Thursday morning?", "on Thursday morning"),
    ("de", "Können wir am Donnerstag vormittags telefonieren?", "am Donnerstag vormittags"),
    ("fr", "Pouvons-nous en parler jeudi matin ?", "jeudi matin"),
    ("fr", "Pourriez-vous m'appeler jeudi en fin d'après-midi ?", "jeudi en fin d'après-midi"),
    ("es", "¿Podemos hablar el jueves a primera hora?", "el jueves a primera hora"),
])
def test_asking_to_talk_at_a_time_is_a_call_the_rep_makes(language, sentence, said):
    assert asked_time(sentence, language, WED, WED) == said


def test_the_question_that_asks_for_the_call_is_answered_by_the_reps_yes():
    at = datetime(2028, 4, 11, 8, 0, tzinfo=timezone.utc)
    text = "Hola Javier:\n\nNos quedamos con la opción B. ¿Podemos hablar el jueves a primera hora?"
    ask = Source("message", 4, text, at, "inbound")
    question = Item(kind="question", text="", quote="¿Podemos hablar el jueves a primera hora?", source_kind="message",
                    source_id=4, at=at, direction="inbound")
    other = Item(kind="question", text="", quote="¿Incluye el almacenaje el transporte?", source_kind="message",
                 source_id=4, at=at, direction="inbound")
    items = with_call_request([question, other], [ask], {}, "Europe/Madrid", WED, "es")
    assert [i.status for i in items[:2]] == ["answered", "open"]
    assert items[2].kind == "callback" and items[2].text == "el jueves a primera hora"


@pytest.mark.parametrize("language, sentence, said", [
    ("en", "Can we have a call Friday morning, before 10?", "on Friday morning before 10"),
    ("en", "And can we do a call Thursday afternoon, after 2 pm Eastern?", "on Thursday afternoon after 2 pm"),
    ("de", "Rufen Sie mich gern am Donnerstag zwischen 10 und 12 Uhr an, danach bin ich im Lager.",
     "am Donnerstag zwischen 10 und 12 Uhr"),
    ("fr", "Pouvez-vous m'appeler jeudi, entre 9h et 11h ?", "jeudi entre 9h et 11h"),
    ("es", "¿Me puedes llamar el jueves entre las 9 y las 11?", "el jueves entre las 9 y las 11"),
])
def test_the_hours_after_the_day_stay_with_it(language, sentence, said):
    """An hour bound or span after a comma still says when to call; a reason after one does not (tested above)."""
    assert asked_time(sentence, language, WED, WED) == said


@pytest.mark.parametrize("language, sentence, said", [
    ("en", "Could you call me Thursday or Friday after 3pm?", "today or on Friday after 3pm"),
    ("de", "Rufen Sie mich bitte Donnerstag oder Freitag zwischen 9 und 11 Uhr an.",
     "heute oder am Freitag zwischen 9 und 11 Uhr"),
    ("fr", "Appelez-moi jeudi ou vendredi matin.", "aujourd'hui ou vendredi matin"),
    ("es", "Llámame el jueves o el viernes por la tarde.", "hoy o el viernes por la tarde"),
])
def test_two_days_offered_keep_the_choice(language, sentence, said):
    """"Donnerstag oder Freitag" read on Thursday: today or Friday, never "heute am Freitag"."""
    assert asked_time(sentence, language, WED, date(2028, 4, 13)) == said


@pytest.mark.parametrize("language, sentence, said", [
    ("es", "El lunes 5 es festivo, así que mejor llámame el martes 6 a primera hora.", "el martes 6 a primera hora"),
    ("fr", "Appelez-moi mardi 6 dans la matinée.", "mardi 6 dans la matinée"),
    ("en", "Could you call me Tuesday 6th in the morning?", "on Tuesday 6 in the morning"),
])
def test_a_weekday_with_its_day_of_the_month_is_that_day(language, sentence, said):
    """"el martes 6" written on Tuesday 30 May is Tuesday 6 June, not that same (past) Tuesday."""
    assert asked_time(sentence, language, date(2028, 5, 30), date(2028, 5, 31)) == said


@pytest.mark.parametrize("language, sentence, said", [
    ("en", "You can reach me in the mornings, afternoons I'm on the floor.", "in the mornings"),
    ("de", "Am besten erreichen Sie mich vormittags, nachmittags bin ich in der Halle.", "vormittags"),
    ("fr", "Vous pouvez me joindre en fin de journée.", "en fin de journée"),
    ("es", "Me puedes localizar por la tarde.", "por la tarde"),
])
def test_when_the_customer_can_be_reached_is_when_to_call(language, sentence, said):
    assert asked_time(sentence, language, WED, WED) == said


def test_a_call_asked_in_an_email_a_colleague_answered_after_is_still_asked():
    """Brittany asks for a call, then her controller writes about the fee: the call still sets the close."""
    at = datetime(2028, 4, 11, 13, 20, tzinfo=timezone.utc)
    ask = Source("message", 1, "Hi Nathan,\n\nCan we do a call Thursday afternoon, after 2 pm?", at, "inbound")
    other = Source("message", 2, "Hello Nathan,\n\nCan the fee be split?", at.replace(hour=18), "inbound")
    item = call_request([ask, other], {}, "America/New_York", WED, "en")
    assert item is not None and item.text == "on Thursday afternoon after 2 pm" and item.source_id == 1
    reply = Source("message", 3, "Hi Brittany, sure.", at.replace(hour=20), "outbound")
    assert call_request([ask, other, reply], {}, "America/New_York", WED, "en") is None


def test_a_call_without_an_hour_takes_the_preferences_hour():
    assert timed_call("on Thursday", "after 3pm", "en") == "on Thursday after 3pm"
    assert timed_call("am Donnerstag vormittags", "nach 16 Uhr", "de") == "am Donnerstag vormittags"


@pytest.mark.parametrize("language, sentence, said", [
    # the preferred time after a comma, opened by "am besten", "de préférence", "ideally", "mejor"
    ("de", "Und rufen Sie mich gern an, am besten vormittags vor 11.", "vormittags vor 11"),
    ("fr", "Appelez-moi, de préférence le matin.", "le matin"),
    ("en", "Give me a ring, ideally in the afternoon.", "in the afternoon"),
    ("es", "Llámame, mejor por la tarde.", "por la tarde"),
    # the call asked in the subjunctive, with no "me", or as a video call
    ("fr", "Je préfère que vous m'appeliez en début d'après-midi.", "en début d'après-midi"),
    ("es", "Prefiero que me llame por la mañana.", "por la mañana"),
    ("en", "Please call after 4 pm, mornings I am at the yard.", "after 4 pm"),
    ("es", "¿Podemos hacer una videollamada el jueves por la tarde?", "el jueves por la tarde"),
    ("en", "Can we have a video call Friday morning?", "on Friday morning"),
])
def test_a_preferred_time_and_other_ways_to_ask_for_the_call(language, sentence, said):
    assert asked_time(sentence, language, WED, WED) == said


@pytest.mark.parametrize("language, sentence", [
    ("en", "For bookings please call the office on 07 5550 1144."),  # whom to call, no time asked of the rep
    ("es", "Me llamo Ana y llevo las compras."),
    ("de", "Rufen Sie mich an, mein Kollege ist vor 11 Tagen ausgefallen."),  # a reason after the comma
])
def test_no_preferred_time_where_none_is_asked(language, sentence):
    assert asked_time(sentence, language, WED, WED) is None


@pytest.mark.parametrize("sentence, said", [
    ("I'm at work all day so ring me after six if you need to talk.", "after six"),
    ("Please call me before nine, I'm on site from ten.", "before nine"),
    ("Call me after work.", "after work"),
])
def test_an_hour_in_words_is_the_call_time_and_at_work_is_a_place(sentence, said):
    """"at work" says where the customer is, not when to call; "after six" is an hour."""
    assert asked_time(sentence, "en", WED, WED) == said


def test_a_count_in_words_is_no_hour():
    assert asked_time("Could you call me after two weeks of testing?", "en", WED, WED) is None
