"""A wait until after a feast or the year-end season, dated by the season's day (followup.text.wish_season)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wishes import detect_wishes

WED = datetime(2030, 12, 11, 9, 0)  # Wednesday 11 December 2030 (naive UTC); Epiphany 2031 is a Monday
SPRING = datetime(2031, 3, 12, 9, 0)  # Wednesday 12 March 2031; Easter Sunday is 13 April


def _read(text: str, at: datetime = WED, tz: str = "Europe/Berlin") -> list[tuple[str, bool, str | None]]:
    """(kind, certain, local day of a quiet period's end) of every wish read."""
    out = []
    for w in detect_wishes(text, at, tz):
        day = w.until.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).date().isoformat() if w.until else None
        out.append((w.kind, w.certain, day))
    return out


@pytest.mark.parametrize("text", [
    "Give me a ring after Epiphany, the board meets that week.",
    "Können Sie sich bitte erst nach Dreikönig wieder bei mir melden?",
    "Recontactez-nous après l'Épiphanie, s'il vous plaît.",
    "Escríbame después de Reyes, que antes no hay nadie en la oficina.",
    "Mi richiami dopo l'Epifania, per cortesia.",
    "Pode ligar-me depois dos Reis?",
    "Wilt u na Driekoningen opnieuw contact met mij opnemen?",
])
def test_epiphany_is_its_own_day(text):
    assert _read(text) == [("quiet", True, "2031-01-06")]


@pytest.mark.parametrize("text", [
    "Please get in touch after the holidays, we're closing the books till then.",
    "Could you come back to me once the new year has started?",
    "Bitte melden Sie sich nach den Festtagen noch einmal.",
    "Écrivez-moi après les fêtes de fin d'année.",
    "Llámeme después de las fiestas, por favor.",
    "Ci sentiamo dopo le feste, adesso siamo pieni.",
    "Me liga depois das festas de fim de ano, tá?",
    "Bel me maar na de jaarwisseling.",
])
def test_the_year_end_holidays_end_on_new_years_day(text):
    assert _read(text) == [("quiet", True, "2031-01-01")]


@pytest.mark.parametrize(("text", "day"), [
    ("Please hold off until after Christmas, the shop is chaos.", "2030-12-25"),
    ("Rufen Sie mich nach den Weihnachtstagen an.", "2030-12-26"),
    ("Neem na de kerstdagen contact op, dan heb ik tijd.", "2030-12-26"),
    ("Melden Sie sich doch zwischen den Jahren, da ist es ruhig.", "2030-12-27"),
])
def test_christmas_and_the_days_after_it(text, day):
    assert _read(text) == [("quiet", True, day)]


@pytest.mark.parametrize("text", [
    "Bitte rufen Sie nicht vor Dreikönig an.",
    "No me llames hasta después de Reyes, que estoy fuera.",
    "Non mi chiami prima dell'Epifania.",
    "Bitte rufen Sie mich nicht vor Dreikönig an.",  # the German "not" after the feast's name
])
def test_not_before_a_feast_is_a_wait_to_it(text):
    assert _read(text) == [("quiet", True, "2031-01-06")]


@pytest.mark.parametrize("text", [
    "Please don't phone me over the holidays.",
    "Bitte schreiben Sie mir während der Feiertage nicht.",
    "Merci de ne pas m'écrire pendant les fêtes.",
    "Por favor, no me escriba durante las fiestas.",
    "Non chiamatemi durante le feste, l'ufficio è chiuso.",
    "Belt u mij aub niet tijdens de feestdagen.",
])
def test_no_contact_over_the_holidays_is_a_wait_to_their_end(text):
    assert _read(text) == [("quiet", True, "2031-01-01")]


def test_a_call_asked_during_the_holidays_is_no_wait():
    assert _read("Give me a call during the holidays, I'll have more time then.") == []


def test_easter_is_read_in_spring():
    assert _read("Could you contact me after Easter?", SPRING, "Europe/London") == [("quiet", True, "2031-04-13")]


@pytest.mark.parametrize("text", [
    "After the holidays maybe, we'll see how the budget looks.",  # hedged: no wait asked
    "Peut-être après les fêtes, on verra.",
    "Call me before Christmas if you can.",  # sooner, not later
    "We need the second delivery after the holidays, any day that week.",  # no contact asked
    "I'll call you after Christmas to confirm the order.",  # the writer's own promise
    "Here's to a new year, call me soon.",
    "Try me again in the new year.",  # no day asked: a pause
    "Can you deliver after the holidays and call me when the truck leaves?",  # the call is another clause's
])
def test_no_wait_asked_is_no_season_quiet(text):
    assert not any(kind == "quiet" and certain for kind, certain, _ in _read(text))


def test_a_day_said_as_well_keeps_its_own_reading():
    read = _read("Call me after the holidays, on Tuesday 7 January 2031.")
    assert all(day != "2031-01-01" for _, _, day in read)


def test_the_holidays_said_in_spring_give_no_year_end():
    assert all(day != "2032-01-01" for _, _, day in _read("Call me after the holidays.", SPRING, "Europe/London"))


@pytest.mark.parametrize("text", [
    "Please get back to me after the Christmas holidays.",
    "Bitte melden Sie sich nach den Weihnachtsferien wieder.",
    "Recontactez-moi après les vacances de Noël.",
    "Llámeme después de las vacaciones de Navidad, por favor.",
    "Risentiamoci dopo le vacanze di Natale.",
    "Me liga depois das férias do Natal.",
    "Neem na de kerstvakantie contact met me op.",
    "Please don't call over the Christmas break.",
])
def test_christmas_school_holidays_said_in_december_are_the_year_end_ones(text):
    assert _read(text) == [("quiet", True, "2031-01-01")]


def test_christmas_holidays_keep_the_quiet_period_quote():
    text = "We are swamped. Please hold off until after the Christmas holidays."
    quiet = [w for w in detect_wishes(text, WED, "Europe/Berlin") if w.kind == "quiet"]
    assert [w.quote for w in quiet] == ["Please hold off until after the Christmas holidays."]


def test_christmas_holidays_said_in_spring_stay_school_holidays():
    assert [(k, c) for k, c, _ in _read("Please get back to me after the Christmas holidays.", SPRING)] == [("quiet", False)]


@pytest.mark.parametrize("text", [
    "Please call me after Ash Wednesday, the carnival has the whole office out.",
    "Check me back after Ash Wednesday, nothing moves here before then.",
    "Rufen Sie mich bitte erst nach Aschermittwoch wieder an.",
    "Rappelez-moi après le mercredi des Cendres, s'il vous plaît.",
    "Llámeme después del Miércoles de Ceniza.",
])
def test_ash_wednesday_ends_a_wait_on_its_own_day(text):
    # Ash Wednesday 2031 is 26 February (46 days before Easter Sunday, 13 April)
    assert _read(text, datetime(2031, 2, 12, 9, 0)) == [("quiet", True, "2031-02-26")]


@pytest.mark.parametrize("text, day", [
    ("Could you leave it till after Martinmas? We're flat out until then.", "2031-11-11"),
    ("Lassen wir das bitte bis nach Lichtmess, vorher komme ich nicht dazu.", "2031-02-02"),
    ("Laissons ça jusqu'après la Chandeleur, merci.", "2031-02-02"),
    ("Déjalo hasta después de Reyes, que ahora no puedo.", "2031-01-06"),
    ("Laat het even rusten tot na Driekoningen.", "2031-01-06"),
    ("Deixe isso para depois dos Reis, por favor.", "2031-01-06"),
])
def test_matter_left_to_rest_until_a_feast_is_a_certain_wait(text, day):
    assert ("quiet", True, day) in _read(text)


def test_goods_left_until_a_feast_are_no_wait():
    assert not any(k == "quiet" and c for k, c, _ in _read("Leave the pallets at the gate until after Epiphany."))


@pytest.mark.parametrize("text", [
    "Maybe leave it till after Easter?",
    "Perhaps hold off until after Easter, the grant only lands then.",
])
def test_a_hedged_wait_for_a_feast_still_ends_on_the_feast(text):
    days = [day for kind, _, day in _read(text, at=SPRING) if kind == "quiet"]
    assert days == ["2031-04-13"]  # never the week an undated event is given


def test_a_wait_until_after_saint_lucy_ends_on_her_day():
    assert _read("Ci sentiamo dopo Santa Lucia, che ho la testa più libera.", tz="Europe/Rome") == \
        [("quiet", True, "2030-12-13")]


def test_a_feast_with_its_own_date_beside_it_ends_on_the_feast():
    text = "Please write to me again after Three Kings Day (6 January), then I will have time to compare offers."
    assert _read(text, tz="Europe/Warsaw") == [("quiet", True, "2031-01-06")]
