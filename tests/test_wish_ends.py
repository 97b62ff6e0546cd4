"""The end of a possible quiet period (followup/text/wish_ends.py): a date or length said, else a few days."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_ends import (
    foreign_after_day,
    foreign_event_wait,
    foreign_not_before,
    foreign_time_asked,
    net_quiet_end,
    refuses_before_abroad,
)

ZONE = ZoneInfo("America/Chicago")
LOCAL = datetime(2026, 11, 10, 9, 0, tzinfo=ZONE)  # Tuesday


def local_day(naive_utc: datetime) -> str:
    """The Chicago calendar day of a naive UTC moment, as ISO text."""
    return naive_utc.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZONE).date().isoformat()


@pytest.mark.parametrize("sentence, day", [
    ("Allow me a fortnight or so to line up the numbers and I'll write.", "2026-11-24"),  # an English length
    ("Hang on for two weeks, then ring.", "2026-11-24"),
    ("Nous reviendrons vers vous dans deux semaines.", "2026-11-24"),  # a length in French
    ("Let's pick it up after 3 December.", "2026-12-03"),  # a named date: that day (SPEC's "until after the 15th")
])
def test_a_length_or_date_said_ends_the_possible_quiet_period(sentence, day):
    assert local_day(net_quiet_end(sentence, sentence, LOCAL, ZONE)) == day


def test_nothing_said_is_a_few_days():
    assert local_day(net_quiet_end("Bear with me.", "Bear with me.", LOCAL, ZONE)) == "2026-11-13"


@pytest.mark.parametrize("sentence, day", [
    ("Ruf mich bitte nicht vor kommendem Donnerstag an.", "2026-11-12"),
    ("Merci de ne pas me relancer pas avant le 4 décembre.", "2026-12-04"),
    ("Por favor, no me llames antes del viernes... mejor: no antes del viernes.", "2026-11-13"),
])
def test_contact_refused_before_a_day_in_another_language(sentence, day):
    assert local_day(foreign_not_before(sentence, LOCAL, ZONE)) == day


def test_goods_not_before_a_day_ask_nothing():
    assert foreign_not_before("Die Lieferung kommt nicht vor Montag.", LOCAL, ZONE) is None


@pytest.mark.parametrize("sentence, day", [
    ("Denme unas dos semanas, por favor.", "2026-11-24"),  # Spanish: give me two weeks
    ("Lasciatemi fino al 18, poi ne parliamo.", "2026-11-18"),  # Italian: leave me until the 18th
    ("Reden wir in zehn Tagen wieder.", "2026-11-20"),  # German: let's talk again in ten days
    ("¿Me das hasta el viernes 20 para revisarlo?", "2026-11-20"),  # asked as a question, a weekday before the day
])
def test_time_asked_for_in_another_language(sentence, day):
    assert local_day(foreign_time_asked(sentence, LOCAL, ZONE)) == day


def test_giving_something_else_asks_for_no_time():
    assert foreign_time_asked("Dame el precio con transporte incluido.", LOCAL, ZONE) is None


def test_a_day_said_before_the_refusal_in_another_language_ends_the_wait():
    sentence = "On peut se rappeler à partir du 7 décembre, pas avant, merci."
    assert local_day(foreign_not_before(sentence, LOCAL, ZONE)) == "2026-12-07"


@pytest.mark.parametrize("sentence", ["Wir melden uns, sobald der Vorstand entschieden hat.",
                                      "Le escribiré cuando tengamos el presupuesto aprobado."])
def test_the_customer_writing_once_something_happens_in_another_language_is_a_wait(sentence):
    assert local_day(foreign_event_wait(sentence, LOCAL, ZONE)) == "2026-11-17"
    assert foreign_event_wait("Wir melden uns morgen mit den Zahlen.", LOCAL, ZONE) is None


@pytest.mark.parametrize("sentence, day", [
    ("Pouvez-vous nous laisser jusqu'au 26 pour en discuter en interne ?", "2026-11-26"),  # a day of the month alone
    ("¿Me podrían esperar hasta el 4 para decidir?", "2026-12-04"),  # the 4th has passed: next month
    ("Kunt u wachten tot 17 uur?", "2026-11-13"),  # a clock time is no end day
])
def test_until_a_bare_day_in_another_language_ends_the_possible_quiet_period(sentence, day):
    assert local_day(net_quiet_end(sentence, sentence, LOCAL, ZONE)) == day


@pytest.mark.parametrize("sentence, day", [
    # the contact verb between the negation and "before", and Spanish/Italian "not ... until"
    ("Per favore non richiamatemi prima del 27, siamo in fiera.", "2026-11-27"),
    ("Merci de ne pas me relancer avant la fin du mois.", "2026-11-30"),
    ("Por favor no me llames hasta el 20, estoy de viaje.", "2026-11-20"),
    # the day said before the refusal, alone: "d'ici le 25 ... mais pas avant"
    ("Je vous recontacte d'ici le 27 ; sinon rappelez-moi, mais pas avant.", "2026-11-27"),
])
def test_a_refusal_abroad_with_the_verb_inside_or_the_day_before_it(sentence, day):
    got = foreign_not_before(sentence, LOCAL, ZONE)
    assert got is not None and local_day(got) == day


def test_a_refusal_abroad_that_asks_nothing_of_the_rep_ends_nothing():
    assert foreign_not_before("La consegna non arriva prima del 25.", LOCAL, ZONE) is None


@pytest.mark.parametrize("sentence, day", [
    ("Deme hasta el jueves para pensarlo.", "2026-11-12"),  # a weekday named after the asking verb
    ("Kunt u ons tot maandag de tijd geven?", "2026-11-16"),
    ("Dame hasta el viernes de la semana que viene.", "2026-11-20"),  # the week named too: stated_end reads it
    ("Kan du vente til den 20.? Så vet vi mer.", "2026-11-20"),  # a wait asked, to a bare day (Norwegian)
    ("Pourriez-vous attendre le 4 décembre avant de revenir vers moi ?", "2026-12-04"),
    ("Proszę dać mi miesiąc do namysłu.", "2026-12-10"),  # a unit with its count unsaid: one month
])
def test_time_asked_abroad_until_a_weekday_a_named_day_or_a_bare_unit(sentence, day):
    got = foreign_time_asked(sentence, LOCAL, ZONE)
    assert got is not None and local_day(got) == day


def test_a_wait_abroad_with_no_day_or_length_is_no_end():
    assert foreign_time_asked("Pourriez-vous attendre un peu ?", LOCAL, ZONE) is None


@pytest.mark.parametrize("sentence, day", [
    ("社内で検討しますので、2週間ほどお時間をください。", "2026-11-24"),  # Japanese
    ("请给我们一个月时间考虑。", "2026-12-10"),  # Chinese: a month
    ("我们需要三天时间。", "2026-11-13"),
])
def test_time_asked_in_chinese_or_japanese_ends_after_that_length(sentence, day):
    got = foreign_time_asked(sentence, LOCAL, ZONE)
    assert got is not None and local_day(got) == day


def test_a_chinese_or_japanese_length_that_asks_no_time_is_no_end():
    assert foreign_time_asked("納期は2週間です。", LOCAL, ZONE) is None  # a delivery time


@pytest.mark.parametrize("sentence, after, day", [
    ("Дайте мені пару тижнів, будь ласка.", "", "2026-11-24"),  # Ukrainian: a couple of weeks
    ("Будь ласка, дайте мені десять днів.", "", "2026-11-20"),
    ("Дайте мені тиждень подумати.", "", "2026-11-17"),  # one week, its count unsaid
    ("Denme dos semanas, bueno, mejor tres.", "", "2026-12-01"),  # the length the customer corrected to
    ("Denme una semana...", " bueno, mejor diez días, que tenemos cierre.", "2026-11-20"),  # corrected after the stop
    ("Denme una semana.", " Gracias, dos saludos.", "2026-11-17"),  # what follows corrects nothing
])
def test_time_asked_in_ukrainian_and_a_corrected_length(sentence, after, day):
    assert local_day(foreign_time_asked(sentence, LOCAL, ZONE, after)) == day


def test_patience_asked_and_a_dutch_not_before_with_its_accent():
    assert local_day(foreign_time_asked("Pourriez-vous patienter jusqu'au 3 décembre ?", LOCAL, ZONE)) == "2026-12-03"
    assert local_day(foreign_not_before("Niet vóór 8 december graag, eerder heb ik geen tijd.", LOCAL, ZONE)) \
        == "2026-12-08"


def test_a_chase_refused_until_a_day_abroad_with_words_between_is_a_possible_quiet_period():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.text.wish_ends import foreign_not_before
    zone = ZoneInfo("Europe/Madrid")
    local = datetime(2027, 1, 6, 9, tzinfo=zone)
    assert foreign_not_before("No me persigas con esto hasta el 20; para entonces ya habré hablado.", local, zone)
    assert foreign_not_before("Non sollecitarmi prima del 20.", local, zone)
    assert foreign_not_before("La entrega no llega hasta el 20.", local, zone) is None


@pytest.mark.parametrize("sentence, day", [
    ("Ich bin bis zum 20. November im Urlaub, bitte schicken Sie mir vorher nichts.", "2026-11-20"),
    ("Wir haben bis 23. November geschlossen, bitte bis dahin nichts schicken.", "2026-11-23"),
    ("Je suis en congé jusqu'au 20, merci de ne rien m'envoyer avant.", "2026-11-20"),
    ("Estoy de vacaciones hasta el 20, por favor no me envíes nada antes.", "2026-11-20"),
    ("Sono in ferie fino al 20, per favore non mandatemi nulla prima.", "2026-11-20"),
    ("Estou de férias até dia 20, por favor não me mande nada antes disso.", "2026-11-20"),
    ("Ik ben met vakantie tot de 20e, stuur me alstublieft niets voor die tijd.", "2026-11-20"),
    ("Ich bitte Sie, sich bis Ende Monat nicht mehr zu melden.", "2026-11-30"),
])
def test_nothing_sent_before_a_day_said_first_abroad_ends_on_that_day(sentence, day):
    assert local_day(foreign_not_before(sentence, LOCAL, ZONE)) == day


@pytest.mark.parametrize("sentence", [
    "Wir haben bis zum 23. November geöffnet.",  # opening hours ask nothing
    "Nous sommes ouverts jusqu'au 23, rien ne change avant.",
])
def test_opening_days_without_a_request_are_no_wait_abroad(sentence):
    assert foreign_not_before(sentence, LOCAL, ZONE) is None


@pytest.mark.parametrize("sentence, day", [
    ("me procura só a partir do dia 25 blz?", "2026-11-25"),
    ("Merci de me recontacter à partir du 25.", "2026-11-25"),
])
def test_contact_asked_from_a_bare_day_abroad_is_that_day(sentence, day):
    assert local_day(foreign_after_day(sentence, LOCAL, ZONE)) == day


@pytest.mark.parametrize("sentence, day", [
    ("Me dá um tempo até depois do feriado do dia 20, por favor?", "2026-11-20"),
    ("Dame tiempo hasta después del puente del día 8, por favor.", "2026-12-08"),
    ("Me dá uma semana, por favor.", "2026-11-17"),
])
def test_time_asked_until_after_a_holiday_named_by_its_day_abroad(sentence, day):
    assert local_day(foreign_time_asked(sentence, LOCAL, ZONE)) == day


def test_not_before_said_alone_after_the_day_abroad_ends_on_that_day():
    sentence = "Estamos cerrados hasta el 7 de enero, no nos escriban antes, por favor."
    assert local_day(foreign_not_before(sentence, LOCAL, ZONE)) == "2027-01-07"


@pytest.mark.parametrize("sentence, day", [
    ("Melden Sie sich erst ab dem 24. November wieder.", "2026-11-24"),
    ("Contácteme solo a partir del 24 de noviembre.", "2026-11-24"),
    ("Contacteer mij pas terug vanaf 24 november.", "2026-11-24"),
])
def test_contact_asked_only_from_a_day_is_refused_before_it(sentence, day):
    assert local_day(foreign_not_before(sentence, LOCAL, ZONE)) == day


def test_a_day_from_which_something_else_happens_is_no_refusal():
    assert foreign_not_before("Solo a partir del 24 de noviembre tenemos stock.", LOCAL, ZONE) is None


def test_the_brazilian_me_chama_refused_before_a_day_is_a_wait():
    from datetime import datetime as _dt
    from zoneinfo import ZoneInfo

    from followup.text.wish_ends import foreign_not_before
    zone = ZoneInfo("America/Belem")
    local = _dt(2029, 12, 7, 9, tzinfo=zone)
    assert foreign_not_before("Não me chama antes do dia 3, tá?", local, zone) is not None
    assert foreign_not_before("Eu me chamo Pedro, não antes do dia 3.", local, zone) is None


# contact asked for only from a moment said after German "erst": that moment, read whole
@pytest.mark.parametrize(("sentence", "day"), [
    ("Bitte rufen Sie mich erst Ende nächster Woche an.", 20),  # Friday of next week
    ("Melden Sie sich bitte erst in zwei Wochen wieder.", 24),
    ("Schreiben Sie mir erst am Donnerstag wieder.", 12),
])
def test_contact_only_from_a_moment_after_erst(sentence, day):
    from followup.text.wish_ends import foreign_not_before
    until = foreign_not_before(sentence, LOCAL, ZONE)
    assert until is not None and until.astimezone(ZONE).day == day


def test_a_delivery_only_at_a_moment_asks_no_wait():
    from followup.text.wish_ends import foreign_not_before
    assert foreign_not_before("Die Ware kommt erst Ende nächster Woche.", LOCAL, ZONE) is None


@pytest.mark.parametrize("sentence, day", [
    ("Bitte melden Sie sich bis Ende nächster Woche nicht bei mir.", "2026-11-20"),  # the imperative, "nicht" after
    ("Ruf mich bis zum 20. November bitte nicht an.", "2026-11-20"),
    ("Por favor no me contacte hasta finales de la semana que viene.", "2026-11-20"),  # a moment with no day number
    ("No me marques antes del 18, porfa.", "2026-11-18"),  # Mexican "marcar" for a call
])
def test_contact_refused_until_a_moment_in_another_language(sentence, day):
    assert local_day(foreign_not_before(sentence, LOCAL, ZONE)) == day


def test_a_deadline_with_its_condition_refuses_nothing():
    assert foreign_not_before("Melden Sie sich bis Freitag, wenn nicht, rufe ich an.", LOCAL, ZONE) is None


def test_a_refusal_before_a_moment_abroad_is_seen():
    assert refuses_before_abroad("Bitte melden Sie sich nicht vor KW 48 wieder.")
    assert not refuses_before_abroad("Bitte melden Sie sich, sobald das Angebot da ist.")


@pytest.mark.parametrize("sentence", [
    "Ci sentiamo volentieri, ma non prima del 20.",
    "On se reparle, mais pas avant le 20.",
    "Hablamos, pero no antes del 20.",
    "Wir hören uns, aber nicht vor dem 20.",
])
def test_the_next_talk_itself_refused_before_a_bare_day(sentence):
    assert local_day(foreign_not_before(sentence, LOCAL, ZONE)) == "2026-11-20"
