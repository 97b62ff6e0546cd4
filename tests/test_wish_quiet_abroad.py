"""Quiet periods read for certain in the six other languages, and in English before a date with its month
(followup/text/wish_quiet_abroad.py)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_base import local_time
from followup.text.wish_quiet_abroad import (
    refused_before_abroad,
    refused_before_date_english,
    refused_until_then_abroad,
)

SENT = datetime(2027, 5, 13, 7, 0)  # Thursday 09:00 in Berlin
ZONE = ZoneInfo("Europe/Berlin")


def certain_until(text: str) -> str | None:
    """The local end day of the certain quiet period read in text, as ISO, or None."""
    wish = refused_before_abroad(text, 0, text, local_time(SENT, ZONE), ZONE)
    return None if wish is None else local_time(wish.until, ZONE).date().isoformat()


@pytest.mark.parametrize("text, day", [
    ("Bitte melden Sie sich nicht vor Dienstag, 1. Juni, wieder bei mir.", "2027-06-01"),
    ("Ne me relancez pas avant le 4 juin.", "2027-06-04"),
    ("Le pido que no me busque antes del 2 de junio.", "2027-06-02"),
    ("Non mi chiami prima del 25.", "2027-05-25"),
    ("Não me contacte antes de 1 de junho.", "2027-06-01"),
    ("Bel me niet voor 26 mei.", "2027-05-26"),
    ("Neem geen contact met me op voor 1 juni.", "2027-06-01"),
    ("Fino a lunedì 31 maggio non mi scrivere, sono sommerso.", "2027-05-31"),  # the day first, Italian
    ("Gelieve mij tot vrijdag 28 mei niet te contacteren.", "2027-05-28"),  # and Dutch
    # the rep addressed by the verb's own form, or the contact itself refused
    ("Bitte melde dich nicht vor nächstem Montag, dann schaue ich es mir an.", "2027-05-17"),
    ("Bitte haken Sie nicht vor dem 07.06. nach.", "2027-06-07"),
    ("Ich bitte Sie, sich bis Ende Monat nicht mehr zu melden.", "2027-05-31"),
    ("Bitte warten Sie mit weiteren Nachfragen bis nach dem 8. Juni, vorher kann ich nichts entscheiden.", "2027-06-08"),
    ("Non sollecitatemi prima di lunedì 31 maggio, poi ne parliamo.", "2027-05-31"),
    ("No me persigas con esto hasta el 20; para entonces ya habré hablado con dirección.", "2027-05-20"),
    ("No me escribas hasta final de mes, por favor.", "2027-05-31"),
    ("Donc pas de relance avant le lundi 7 juin s'il vous plaît.", "2027-06-07"),
    ("Je vous propose de reprendre contact à partir du 3 juin, pas avant s'il vous plaît.", "2027-06-03"),
    ("Niet vóór maandag 24 mei mailen graag, dan ben ik weer thuis.", "2027-05-24"),
])
def test_the_rep_refused_before_a_named_day_is_a_certain_quiet_period(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text", [
    "Ich melde mich nicht vor dem 1. Juni.",  # the writer's own step
    "Je ne vous rappellerai pas avant le 4 juin.",
    "Können Sie mich nicht vor dem 1. Juni anrufen?",  # a question
    "Die Lieferung kommt nicht vor dem 1. Juni.",  # no one reached
    "Si vous ne pouvez pas me rappeler avant le 4 juin, écrivez-moi.",  # a condition
    "Please do not contact me before June 1.",  # English: read by the English rules
    "Fino a lunedì 31 maggio non sono in ufficio.",  # no one reached
    "Tot vrijdag 28 mei ben ik niet bereikbaar.",
    "Wir können Sie nicht vor dem 1. Juni anrufen.",  # the writer's side unable, nothing asked
    "Niet vóór maandag 24 mei kunnen we leveren.",  # a delivery, no contact refused
])
def test_look_alikes_of_a_refusal_before_a_day_are_not_read_here(text):
    assert certain_until(text) is None


def english_until(text: str) -> str | None:
    """The local end day of the certain quiet period read in an English text, as ISO, or None."""
    wish = refused_before_date_english(text, 0, text, local_time(SENT, ZONE), ZONE)
    return None if wish is None else local_time(wish.until, ZONE).date().isoformat()


@pytest.mark.parametrize("text, day", [
    ("Please do not remind me before 30 May.", "2027-05-30"),
    ("We are closed, so please do not follow up before Friday 4 June.", "2027-06-04"),
    ("pls dont send anything before monday 7 june nobody will read it", "2027-06-07"),
    ("Please don't contact us before June 1st.", "2027-06-01"),
])
def test_contact_refused_before_an_english_date_is_a_certain_quiet_period(text, day):
    assert english_until(text) == day


@pytest.mark.parametrize("text", [
    "Please don't follow up before Friday.",  # a weekday alone: wish_quiet's own patterns
    "Could you not call before 3 June?",  # a question
    "If you can, don't send anything before 3 June.",  # a condition
    "She said don't call before 3 June.",  # someone else's words
])
def test_a_weekday_alone_a_question_a_condition_or_someone_else_is_no_english_refusal(text):
    assert english_until(text) is None


@pytest.mark.parametrize("sentence", [
    "Bis dahin bitte net nachhaken, gell.",
    "Vorher bitte nicht nachfragen.",
    "Lassen Sie mir bitte drei Wochen, bevor Sie wieder nachfragen.",
    "Merci de ne pas me relancer d'ici là.",
    "No me escribas antes porfa, que me estreso.",
    "Non scrivermi prima, tanto non lo guardo.",
    "Peço-lhe que não nos contacte até lá.",
    "Niet eerder appen of mailen graag.",
])
def test_contact_refused_until_then_in_six_languages(sentence):
    assert refused_until_then_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "Please don't chase me before then.",  # English: wish_quiet's own patterns
    "Können Sie vorher nicht anrufen?",  # a question
    "Bis dahin ist alles geliefert.",  # no contact refused
])
def test_english_a_question_or_no_contact_refused_is_no_refusal_until_then(sentence):
    assert not refused_until_then_abroad(sentence)


@pytest.mark.parametrize("text, day", [
    ("Pourriez-vous me laisser tranquille jusqu'au lundi 31 mai ?", "2027-05-31"),  # a polite question is a request
    ("Laissez-moi tranquille jusqu'au 31 mai, merci.", "2027-05-31"),
    ("Lassen Sie mich bitte bis zum 31. Mai in Ruhe.", "2027-05-31"),
    ("Déjeme en paz hasta el 31 de mayo, por favor.", "2027-05-31"),
    ("Mi lasci tranquillo fino al 31 maggio.", "2027-05-31"),
    ("Deixe-me em paz até 31 de maio.", "2027-05-31"),
    ("Laat me met rust tot maandag 31 mei.", "2027-05-31"),
])
def test_left_alone_until_a_named_day_is_a_certain_quiet_period(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text", [
    "Si vous me laissez tranquille jusqu'au 31 mai, je signe.",  # a condition
    "Laissez-moi tranquille, merci.",  # no day: no end to read
])
def test_left_alone_on_a_condition_or_without_a_day_is_no_quiet_period(text):
    assert certain_until(text) is None


@pytest.mark.parametrize("sentence", [
    "Então segura os follow-ups até lá, beleza?",  # the reminders held back, a question tag closing it
    "Halten Sie die Erinnerungen bis dahin zurück, ok?",
])
def test_reminders_held_until_then_behind_a_question_tag_is_a_refusal_until_then(sentence):
    assert refused_until_then_abroad(sentence)


def test_a_length_then_the_reminders_held_until_then_is_a_certain_quiet_period():
    from followup.text.wish_base import PAUSED, Wish
    from followup.text.wish_quiet_abroad import until_then_certain

    spoken = ["Vou levar umas duas semanas pra fechar o orçamento, então segura os follow-ups até lá, beleza?"]
    guessed = [Wish(PAUSED, "semanas pra fechar", certain=False)]
    wishes = until_then_certain(spoken, guessed, local_time(SENT, ZONE), ZONE)
    assert [(w.kind, w.certain, local_time(w.until, ZONE).date().isoformat()) for w in wishes] == \
        [("quiet", True, "2027-05-27")]
    assert until_then_certain(["Segura os follow-ups até lá."], [], local_time(SENT, ZONE), ZONE) == []  # no length said


@pytest.mark.parametrize("spoken, day", [
    (["Le conferme arriveranno entro il 3 giugno; fino a quella data la pregherei di non sollecitarmi."], "2027-06-03"),
    (["Der Vorstand entscheidet am 2. Juni.", "Bis zu diesem Datum bitte keine Nachfragen."], "2027-06-02"),
    (["La decisión se toma el 4 de junio.", "Hasta esa fecha no me llame, por favor."], "2027-06-04"),
])
def test_contact_refused_until_that_date_is_a_certain_quiet_period_to_the_day_said_before(spoken, day):
    from followup.text.wish_quiet_abroad import until_then_certain

    wishes = until_then_certain(spoken, [], local_time(SENT, ZONE), ZONE)
    assert [(w.kind, w.certain, local_time(w.until, ZONE).date().isoformat()) for w in wishes] == [("quiet", True, day)]


@pytest.mark.parametrize("text, day", [
    ("Melden Sie sich erst ab Montag, 7. Juni wieder.", "2027-06-07"),
    ("Recontactez-moi seulement à partir du lundi 7 juin.", "2027-06-07"),
    ("Contácteme solo a partir del lunes 7 de junio.", "2027-06-07"),
    ("Mi richiami solo a partire da lunedì 7 giugno.", "2027-06-07"),
    ("Me procura só a partir de segunda, 7 de junho, aí eu vejo com calma, viu?", "2027-06-07"),
    ("Contacteer mij pas terug vanaf maandag 7 juni, dan bekijk ik het.", "2027-06-07"),
])
def test_contact_asked_only_from_a_named_day_is_a_certain_quiet_period(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text", [
    "Llámame a partir del lunes 7 de junio.",  # no "only": asked to call then, not refused before
    "Solo a partir del lunes 7 de junio tenemos stock, llámame.",  # the stock, not the contact
    "Können Sie mich erst ab Montag, 7. Juni anrufen?",
])
def test_contact_from_a_day_without_only_or_asked_as_a_question_is_not_read_here(text):
    assert certain_until(text) is None


@pytest.mark.parametrize("text, day", [
    ("Only contact me again from Monday 7 June.", "2027-06-07"),
    ("Please call me again only from 7 June.", "2027-06-07"),
])
def test_contact_asked_only_from_an_english_date_is_a_certain_quiet_period(text, day):
    assert english_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Recontactez-moi après le 20, s'il vous plaît.", "2027-05-20"),
    ("Contácteme a partir del día 20.", "2027-05-20"),
    ("Mi ricontatti dopo il 2, grazie.", "2027-06-02"),  # the next 2nd after the send date
    ("Bitte melden Sie sich erst nach dem 1. Juni wieder.", "2027-06-01"),
    ("Bel me na de 20e.", "2027-05-20"),
    ("Me procure depois do dia 25.", "2027-05-25"),
])
def test_contact_asked_after_a_day_is_a_certain_quiet_period(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text", [
    "Ich melde mich nach dem 20. wieder.",  # the writer's own step
    "Können Sie mich nach dem 20. anrufen?",  # a question
    "La livraison arrive après le 20.",  # reaches no one
])
def test_look_alikes_of_contact_after_a_day(text):
    assert certain_until(text) is None


@pytest.mark.parametrize("text, day", [
    ("Laat mij een dag of tien gerust, aub.", "2027-05-23"),  # Dutch "a day or ten": about ten days
    ("Laat ons een week of twee met rust.", "2027-05-27"),
    ("Laat mij tien dagen met rust.", "2027-05-23"),
])
def test_left_alone_for_a_length_is_a_certain_quiet_period(text, day):
    assert certain_until(text) == day


def test_feel_free_to_let_me_know_is_not_left_alone():
    assert certain_until("Laat mij gerust binnen twee weken weten of het past.") is None


@pytest.mark.parametrize("sentence", [
    "Laat mij een dag of tien gerust, aub, en bel mij niet voor die tijd.",  # the verb first, as a Dutch command
    "Ruf mich bis dahin bitte nicht an.",
    "Bis dahin bitte ned nachhake, weder per Telefon noch per Mail.",  # the dialect's "ned"
])
def test_contact_refused_until_then_with_the_verb_first_or_a_dialect_negation(sentence):
    assert refused_until_then_abroad(sentence)


@pytest.mark.parametrize("spoken", [
    ["Mir wartet jetzt erst amol ab, bis der neue Pächter vom Autohof unterschriebe hat.", "Wann des isch, woiß koiner.",
     "Bis dahin bitte ned nachhake, weder per Telefon noch per Mail."],
    ["Nous attendons que le conseil se prononce.", "D'ici là, merci de ne pas nous relancer."],
    ["We wachten af tot de nieuwe huurder getekend heeft.", "Bel ons niet voor die tijd."],
])
def test_contact_refused_until_an_undated_event_awaited_is_a_certain_event_wait(spoken):
    from followup.text.wish_quiet import EVENT_QUIET_DAYS
    from followup.text.wish_quiet_abroad import until_then_certain

    wishes = until_then_certain(spoken, [], local_time(SENT, ZONE), ZONE)
    assert [(w.kind, w.certain) for w in wishes] == [("quiet", True)]
    assert (wishes[0].until - SENT).days == EVENT_QUIET_DAYS


def test_a_wait_for_a_dated_event_is_not_read_as_undated():
    from followup.text.wish_quiet_abroad import until_then_certain

    spoken = ["Wir warten ab, bis der Vertrag am 2. Juni unterschrieben ist.", "Bis dahin bitte nicht nachhaken."]
    wishes = until_then_certain(spoken, [], local_time(SENT, ZONE), ZONE)
    assert [(w.kind, local_time(w.until, ZONE).date().isoformat()) for w in wishes] == [("quiet", "2027-06-02")]


@pytest.mark.parametrize("text", ["No me llamen antes del lunes 16, ¿vale?", "No me llamen antes del lunes 16, ¿de acuerdo?"])
def test_a_tag_question_in_its_own_question_marks_closes_a_request(text):
    from followup.text.wishes import detect_wishes
    wishes = detect_wishes(text, datetime(2026, 11, 10, 15, 0), "Europe/Madrid")
    assert [(w.kind, w.certain) for w in wishes] == [("quiet", True)]


@pytest.mark.parametrize("text, day", [
    ("Só me liga de novo no fim de junho, combinado?", "2027-06-30"),
    ("Llámeme solo a finales de junio, por favor.", "2027-06-30"),
    ("Rappelez-moi seulement début juillet.", "2027-07-01"),
])
def test_contact_asked_only_at_a_later_moment_is_quiet_until_then(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Attendez le 19 avant de me rappeler, s'il vous plaît.", "2027-05-19"),
    ("Espere até dia 25 antes de me ligar.", "2027-05-25"),
    ("Aspetti il 20 prima di ricontattarmi.", "2027-05-20"),
])
def test_a_wait_to_a_day_before_the_writer_is_reached_is_quiet(text, day):
    assert certain_until(text) == day


def test_the_writers_own_wait_before_their_call_is_not_asked():
    assert certain_until("J'attends le 19 avant de te rappeler.") is None


@pytest.mark.parametrize("text, day", [
    ("Rufen Sie frühestens am 25. wieder an, vorher sind wir im Umzug.", "2027-05-25"),
    ("Reviens-moi pas avant le 20, on est en plein inventaire.", "2027-05-20"),
])
def test_contact_at_the_earliest_on_a_day_or_get_back_not_before_it(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text, day", [
    ("Lassen Sie mich bitte bis zum 20. damit in Ruhe.", "2027-05-20"),  # a day alone, its number and a full stop
    ("Laissez-moi tranquille jusqu'au 20, s'il vous plaît.", "2027-05-20"),
    ("Non mi cerchi prima del 25: fino ad allora siamo in chiusura.", "2027-05-25"),  # the day before a colon
])
def test_left_alone_until_a_bare_day(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text", [
    "Volte a contactar-me nessa altura, e não antes.",  # contact asked for then, and not before
    "Rappelez-moi à ce moment-là, pas avant.",
    "Vuelva a llamarme entonces y no antes, por favor.",
])
def test_contact_then_and_not_before_refuses_until_then(text):
    assert refused_until_then_abroad(text)


def test_contact_then_not_before_takes_the_length_said_before():
    from followup.text.wishes import detect_wishes

    wishes = detect_wishes("Só consigo ver isto daqui a três semanas. Volte a ligar-me nessa altura, e não antes.",
                           SENT, "Europe/Berlin")
    assert [(w.kind, w.certain, local_time(w.until, ZONE).date().isoformat()) for w in wishes if w.kind == "quiet"] \
        == [("quiet", True, "2027-06-03")]


@pytest.mark.parametrize("text", [
    "Laissez-moi une semaine. D'ici là, inutile de me rappeler.",
    "Mi serve una settimana, fino ad allora è inutile chiamarmi.",
])
def test_contact_said_of_no_use_until_then_is_refused(text):
    assert refused_until_then_abroad(text.split(". ")[-1])


@pytest.mark.parametrize("text, day", [
    ("Me procura de novo lá pro dia 20, visse?", "2027-05-20"),
    ("Pode me ligar lá para o dia 28, agora não dá.", "2027-05-28"),
    ("Me liga pro dia 20 que eu já tenho o orçamento.", "2027-05-20"),
    ("Llámame para el 24, que ya tendré los números.", "2027-05-24"),
    ("Mi richiami verso il 20, adesso sono in fiera.", "2027-05-20"),
    ("Rappelez-moi vers le 20, je serai rentré.", "2027-05-20"),
    ("Bel me rond de 20e, dan weet ik meer.", "2027-05-20"),
    ("Me procura lá pro dia 3.", "2027-06-03"),  # passed this month: the next month's
])
def test_contact_asked_for_around_a_numbered_day_is_a_quiet_period_to_that_day(text, day):
    assert certain_until(text) == day


@pytest.mark.parametrize("text", [
    "Me manda a proposta pro dia 20.",  # a deadline for something sent
    "Envíame el presupuesto para el 20.",
    "Rappelez-moi vers le 20 heures.",  # an hour
    "Não me liga pro dia 20.",  # refused: the refusal readers'
    "Se você puder, me liga lá pro dia 20.",  # a condition
])
def test_a_day_that_is_a_deadline_an_hour_or_a_condition_is_no_quiet_period(text):
    assert certain_until(text) is None


def test_the_mexican_marcar_is_a_call_refused_until_then():
    assert refused_until_then_abroad("No me marques antes porfa.")
