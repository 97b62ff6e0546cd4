"""Waits for an undated event read as quiet periods (followup/text/wish_event.py) and the look-alikes that are not."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.text.wish_base import local_time
from followup.text.wish_event import event_quiet_wish
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago
ZONE = ZoneInfo("America/Chicago")
MARCH_4 = datetime(2031, 3, 4, 9, 0)  # Tuesday 09:00 UTC


def event_quiet(text: str):
    """The quiet-period wish an undated wait reads in text, or None."""
    return event_quiet_wish(text, 0, text, local_time(SENT, ZONE))


@pytest.mark.parametrize("text", [
    "I'm on holiday until the 20th, please don't send me anything before then.",
    "We're closed till the 23rd, so please do not send us any more reminders before then.",
    "I would ask you not to follow up with me before that date.",
])
def test_nothing_sent_before_a_day_said_first_is_a_wait(text):
    assert event_quiet(text) is not None


@pytest.mark.parametrize("text", [
    "Board meets later this month, let's park it until they've had their say.",
    "Please leave it until then - I'd rather give it proper attention.",
    "Let's park the conversation until she's in post.",
])
def test_the_matter_set_aside_until_an_event_is_a_wait(text):
    assert event_quiet(text) is not None


def test_no_point_chasing_before_an_event_is_a_wait():
    assert event_quiet("Budgets are released on 21 January, so there's no point chasing me for a decision before that.")


@pytest.mark.parametrize("text", [
    "Let's park it until the budget frees up.",  # may never come: a pause (wish_pause)
    "We will get back to you if and when the situation improves.",
    "Please don't send the invoice before the meeting.",  # a document held, not the rep's mail
])
def test_an_event_that_may_never_come_or_a_document_held_is_no_wait(text):
    assert event_quiet(text) is None


def test_talks_paused_until_an_event_is_a_wait():
    assert event_quiet("Our client has asked us to request that you pause all commercial discussions until completion "
                       "has been announced.")


@pytest.mark.parametrize("text", [
    "Hold your horses until the board has met.",
    "As soon as the merger completes we can pick this up.",
])
def test_a_wait_for_an_undated_event_is_a_quiet_period(text):
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is not None


def test_a_wait_on_the_reps_own_step_is_no_quiet_period():
    text = "Once you've sent the revised drawing we can discuss it."
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is None


def test_a_wait_for_an_event_with_no_end_in_sight_is_no_quiet_period():
    def event(text: str):
        return event_quiet_wish(text, 0, text, local_time(SENT, ZONE))

    assert event("We'll be in touch once the merger closes, and honestly no one knows when that will happen.") is None
    assert event("We'll be in touch once the merger closes.") is not None


def test_the_customer_s_own_team_left_alone_until_after_an_event_is_a_wait():
    text = "Please do not contact our finance team until after the year-end close."
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is not None


@pytest.mark.parametrize("text", [
    "Your best bet is to get back to us once the refurbishment is finished, I'll shout when it is.",
    "Come back to me after the stocktake and we'll see where we are.",
])
def test_contact_asked_for_after_the_customers_own_event_is_a_wait(text):
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is not None


@pytest.mark.parametrize("text", ["Could you get back to me after the demo with a price?",
                                  "Come back to me after the inspection with the revised figures."])
def test_contact_after_the_reps_own_step_is_no_wait(text):
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is None


def test_a_promise_to_let_the_rep_know_once_goods_arrive_is_no_wait():
    assert event_quiet("Once the delivery arrives, I'll let you know.") is None


@pytest.mark.parametrize("text", [
    "Please don't rush us until the board has signed off.",
    "Don't pressure me before I've spoken to my partner.",
])
def test_pressure_held_back_until_an_event_is_a_wait(text):
    assert event_quiet(text) is not None


def test_pushing_a_thing_until_an_event_is_no_wait():
    assert event_quiet("We don't push the order until the approval.") is None


def test_a_wait_for_the_reps_own_document_is_no_quiet_period():
    text = "I will not say anything to my boss about the discount yet, better I wait for the final invoice."
    assert event_quiet(text) is None
    assert event_quiet("Please hold off until the board has met.") is not None


def test_a_wait_asked_on_the_customer_s_behalf_is_a_wait():
    text = ("She asks that you hold off on any follow-up regarding the payroll proposal until our new Financial "
            "Controller has taken up the post.")
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is not None
    assert event_quiet_wish("She is waiting until the board has met.", 0, "She is waiting until the board has met.",
                            local_time(SENT, ZONE)) is None


@pytest.mark.parametrize("text", [
    "Wacht dus even met mailen tot die deal getekend is, ik kom dan zelf bij je terug.",
    "Aspetta che arrivi quel permesso prima di scrivermi ancora.",
    "Bitte warten Sie mit Nachfragen, bis der Vorstand entschieden hat.",
    "Merci d'attendre que le conseil ait voté avant de me relancer.",
    "Espere a que firmemos el contrato antes de llamarme.",
    "Aguarde que a direção decida antes de me contactar.",
])
def test_a_wait_with_contact_until_an_event_in_six_languages_is_a_wait(text):
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is not None


@pytest.mark.parametrize("text", [
    "Wacht even met de levering tot maandag.",  # goods, not contact
    "Aspettiamo che arrivi il permesso.",  # no contact held back
    "Bitte warten Sie mit weiteren Nachfragen bis nach dem 8. Dezember.",  # a day, read as one
    "Pouvez-vous attendre la fin du mois avant de me relancer ?",  # a month's end, asked
])
def test_a_wait_for_goods_or_with_no_contact_held_back_is_no_wait_abroad(text):
    assert event_quiet_wish(text, 0, text, local_time(SENT, ZONE)) is None


@pytest.mark.parametrize("text", [
    "Please do not contact us about the tender until the board has approved the budget.",
    "Kindly do not call me again before that.",
    "Please don't chase her until the landlord has signed.",
    "I'd appreciate it if you could hold off contacting me until the committee has met.",
    "Could you hold off contacting me until the owner has decided?",
    "Please hold off on following up until after that meeting.",
    "Please hold your follow-ups to him until the review has taken place.",
    "Please wait with follow-ups until our new director has started.",
    "So let's hold until the new manager is on board.",
    "Please exercise patience with us until our trustees sit on this matter.",
    "I would prefer no follow-up until after the steering group meets.",
    "Can we pick this up once the merger has closed?",
    "Circle back once that audit is done.",
    "I'll get in touch once the refurbishment is finished.",
    "Until the council gives its answer, so please don't chase us in the meantime.",
    "Until that, please not to write me about this.",
])
def test_further_english_asks_to_wait_for_an_undated_event(text):
    assert event_quiet(text) is not None


@pytest.mark.parametrize("text", [
    "Merci de patienter jusqu'à sa décision, je reviendrai vers vous.",
    "Merci de patienter jusque-là avant de nous relancer.",
    "Recontactez-moi après sa prochaine réunion.",
    "Bitte sehen Sie bis dahin von weiteren Nachfragen ab.",
    "Wir bitten Sie, bis zu dieser Sitzung von Nachfragen abzusehen.",
    "Bitte warten Sie bis dahin ab, ich melde mich.",
    "Por favor, esperen hasta entonces antes de volver a llamarnos.",
    "Wilt u wachten tot na de vergadering?",
    "Wil je tot die tijd even niet navragen?",
    "Fino ad allora non mi scriva, per favore.",
    "Até lá não me contacte, por favor.",
])
def test_the_same_waits_for_an_event_abroad(text):
    assert event_quiet(text) is not None


@pytest.mark.parametrize("text", [
    "Please hold off contacting me until the 20th.",  # a day, read by the dated rules
    "Please hold off contacting me until next week.",
    "Can we pick this up once you have sent the revised quote?",  # the rep's own step
    "Can we pick this up after the demo?",
    "The meeting runs until the budget is approved.",  # not about contact
    "Bitte sehen Sie bis dahin von Nachfragen ab.",  # "until then" after a day said before: not an event
    "Recontactez-moi après la réunion du 12.",
])
def test_look_alikes_of_the_further_event_waits(text):
    before = "Ich bin bis zum 3. Dezember im Urlaub. " if text.startswith("Bitte sehen") else ""
    full = before + text
    assert event_quiet_wish(text, len(before), full, local_time(SENT, ZONE)) is None


def test_a_hold_until_the_end_of_a_month_ends_on_its_last_day():
    wish = event_quiet("Hold off until the end of November on the software and we'll pick it back up then.")
    assert wish is not None and local_time(wish.until, ZONE).date().isoformat() == "2026-11-30"


def _quiet(text):
    return [(w.until.date().isoformat(), w.certain) for w in detect_wishes(text, MARCH_4, "Europe/London")
            if w.kind == "quiet"]


def test_undated_wait_after_a_length_asked_keeps_the_length():
    text = "Leave it with me for ten days, please. I'll get back to you once my partner has seen it."
    assert _quiet(text) == [("2031-03-14", True)]


def test_undated_wait_alone_still_read():
    assert _quiet("I'll get back to you once my partner has seen it.")


@pytest.mark.parametrize("text", [
    "Good news, the board signed it off, so there's no reason to wait till the audit is done.",
    "There is no need to wait until our committee has met.",
])
def test_a_wait_called_off_is_no_wait(text):
    assert event_quiet(text) is None


@pytest.mark.parametrize("text", [
    "Please don't chase this until the council has approved the budget.",
    "Please don't follow up on this until our auditors have finished.",
])
def test_the_matter_not_to_be_chased_until_an_event_is_a_certain_wait(text):
    assert [(w.kind, w.certain) for w in detect_wishes(text, SENT, "America/Chicago")] == [("quiet", True)]


def test_a_document_not_to_be_mailed_until_an_event_is_no_certain_wait():
    assert event_quiet("Please don't email that until the council has approved it.") is None
