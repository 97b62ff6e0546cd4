"""The contact policy gate: parsing, each rule and its reason, DST, and a simulated sender that tries to break it."""
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.outbound.policy import (
    CustomerState,
    Decision,
    Limits,
    SendWindow,
    effective_limits,
    may_send,
    next_allowed,
)

CHICAGO = "America/Chicago"
BERLIN = "Europe/Berlin"
MINUTE = timedelta(minutes=1)
WEEKDAYS = SendWindow.parse("Mon-Fri 09:00-17:00")


def limits(**changes) -> Limits:
    """The SPEC's default policy, with changes."""
    base = dict(max_per_window=2, window=timedelta(days=7), min_gap=timedelta(hours=48), send_window=WEEKDAYS,
                timezone=CHICAGO)
    return Limits(**{**base, **changes})


def customer(**changes) -> CustomerState:
    """An active customer without quiet period in the default zone, with changes."""
    return CustomerState(**{**dict(status="active", quiet_until=None, timezone=None), **changes})


def oracle_in_window(moment: datetime, window: SendWindow, zone_name: str) -> bool:
    """Whether the customer's wall clock at this naive-UTC instant is inside the window, straight from zoneinfo."""
    if window.always:
        return True
    local = moment.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(zone_name))
    return local.weekday() in window.days and window.start <= local.time().replace(fold=0) < window.end


# --- parsing -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, days, start, end, canonical",
    [
        ("Mon-Fri 09:00-17:00", {0, 1, 2, 3, 4}, time(9), time(17), "Mon-Fri 09:00-17:00"),
        ("Mon,Wed,Fri 10:00-16:00", {0, 2, 4}, time(10), time(16), "Mon,Wed,Fri 10:00-16:00"),
        ("Mon-Sun 08:30-20:00", set(range(7)), time(8, 30), time(20), "Mon-Sun 08:30-20:00"),
        ("fri-mon 8:30-20:00", {4, 5, 6, 0}, time(8, 30), time(20), "Fri-Mon 08:30-20:00"),
        ("Mon-Wed,Sat 00:00-23:59", {0, 1, 2, 5}, time(0), time(23, 59), "Mon-Wed,Sat 00:00-23:59"),
    ],
)
def test_send_window_parses_and_prints_back(text, days, start, end, canonical):
    window = SendWindow.parse(text)
    assert (window.days, window.start, window.end, window.always) == (frozenset(days), start, end, False)
    assert str(window) == canonical
    assert SendWindow.parse(str(window)) == window


def test_always_window():
    window = SendWindow.parse(" Always ")
    assert window.always and str(window) == "always"


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("", "write it like"),
        ("Mon-Fri", "write it like"),
        ("Mon-Fri 09:00", "write it like"),
        ("Mon-Fri 9-17", "'9' is not a time"),
        ("Mun 09:00-10:00", "'Mun' is not a day"),
        ("Mon-Tue-Wed 09:00-10:00", "is not a day"),
        ("Mon 25:00-26:00", "'25:00' is not a time"),
        ("Mon 17:00-09:00", "start time must be before"),
        ("Mon 09:00-09:00", "start time must be before"),
        ("Mon 09:00-17:00 extra", "write it like"),
    ],
)
def test_bad_send_window_is_one_line_value_error(text, fragment):
    with pytest.raises(ValueError) as caught:
        SendWindow.parse(text)
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "changes, fragment",
    [
        (dict(max_per_window=-1), "max_per_window"),
        (dict(window=timedelta(0)), "window must be longer"),
        (dict(min_gap=timedelta(hours=-1)), "min_gap"),
        (dict(timezone="Mars/Olympus"), "unknown time zone"),
    ],
)
def test_bad_limits_are_refused(changes, fragment):
    with pytest.raises(ValueError, match=fragment):
        limits(**changes)


def test_bad_customer_state_is_refused():
    with pytest.raises(ValueError, match="unknown customer status"):
        customer(status="gone")
    with pytest.raises(ValueError, match="unknown time zone"):
        customer(timezone="Nowhere/City")


def test_aware_now_is_refused():
    with pytest.raises(ValueError, match="naive UTC"):
        may_send(customer(), datetime(2026, 11, 23, 18, tzinfo=timezone.utc), [], limits())


# --- each rule and its reason --------------------------------------------------------------------

MONDAY_NOON_CHICAGO = datetime(2026, 11, 23, 18, 0)  # Mon 12:00 CST


@pytest.mark.parametrize(
    "state, history, extra, reason, slot",
    [
        (customer(), [], {}, None, MONDAY_NOON_CHICAGO),
        (customer(status="do_not_contact", status_quote="stop emailing me"), [], {},
         "do not contact (customer asked: stop emailing me)", None),
        (customer(status="do_not_contact"), [], {}, "do not contact", None),
        (customer(bouncing=True), [], {}, "address is bouncing", None),
        (customer(status="paused"), [], {}, "paused", None),
        (customer(), [],
         dict(newest_customer_message_at=datetime(2026, 11, 23, 17), draft_prepared_at=datetime(2026, 11, 23, 16)),
         "customer wrote after this draft was prepared", None),
        (customer(quiet_until=datetime(2026, 11, 25, 6)), [], {}, "quiet period until 2026-11-25",
         datetime(2026, 11, 25, 15)),
        # 05:59 UTC on the 25th is still the 24th in Chicago
        (customer(quiet_until=datetime(2026, 11, 25, 5, 59)), [], {}, "quiet period until 2026-11-24",
         datetime(2026, 11, 25, 5, 59) + timedelta(hours=9, minutes=1)),
        (customer(), [datetime(2026, 11, 17, 16), datetime(2026, 11, 20, 16)], {},
         "rate limit: 2 in 7d; next slot 2026-11-24 10:00 America/Chicago", datetime(2026, 11, 24, 16)),
        (customer(), [datetime(2026, 11, 22, 16)], {},
         "min gap: next slot 2026-11-24 10:00 America/Chicago", datetime(2026, 11, 24, 16)),
        (customer(), [datetime(2026, 11, 20, 22)], {},  # gap ends Sun 16:00 local; window opens Mon 09:00
         "outside send window Mon-Fri 09:00-17:00 America/Chicago; next slot 2026-11-23 09:00 America/Chicago",
         datetime(2026, 11, 23, 15)),
    ],
)
def test_each_rule_gives_its_reason_and_slot(state, history, extra, reason, slot):
    now = MONDAY_NOON_CHICAGO if reason is None or "outside" not in reason else datetime(2026, 11, 23, 14, 0)
    decision = may_send(state, now, history, limits(), **extra)
    assert decision == Decision(reason is None, reason, slot)
    if slot is not None:
        assert next_allowed(state, now, history, limits()) == slot


def test_no_slot_for_opted_out_paused_or_bouncing_customers():
    for state in (customer(status="do_not_contact"), customer(status="paused"), customer(bouncing=True)):
        assert next_allowed(state, MONDAY_NOON_CHICAGO, [], limits()) is None
    assert next_allowed(customer(), MONDAY_NOON_CHICAGO, [], limits()) == MONDAY_NOON_CHICAGO


def test_history_order_does_not_matter():
    sends = [datetime(2026, 11, 22, 16), datetime(2026, 11, 17, 16)]
    decision = may_send(customer(), MONDAY_NOON_CHICAGO, sends, limits(max_per_window=3))
    assert decision.reason.startswith("min gap") and decision.next_slot == datetime(2026, 11, 24, 16)


def test_not_stale_when_draft_is_newer_or_times_unknown():
    now = MONDAY_NOON_CHICAGO
    assert may_send(customer(), now, [], limits(), newest_customer_message_at=now - MINUTE, draft_prepared_at=now).ok
    assert may_send(customer(), now, [], limits(), newest_customer_message_at=now, draft_prepared_at=now).ok
    assert may_send(customer(), now, [], limits(), newest_customer_message_at=now).ok
    assert may_send(customer(), now, [], limits(), draft_prepared_at=now).ok


def test_checks_run_in_spec_order():
    now = datetime(2026, 11, 23, 3)  # Sunday 21:00 local: outside the window too
    crowded = [now - timedelta(hours=1), now - timedelta(hours=2)]
    stale = dict(newest_customer_message_at=now, draft_prepared_at=now - MINUTE)
    quiet = now + timedelta(days=1)
    cases = [
        (customer(status="do_not_contact", bouncing=True, quiet_until=quiet), stale, "do not contact"),
        (customer(status="paused", bouncing=True, quiet_until=quiet), stale, "address is bouncing"),
        (customer(status="paused", quiet_until=quiet), stale, "paused"),
        (customer(quiet_until=quiet), stale, "customer wrote"),
        (customer(quiet_until=quiet), {}, "quiet period"),
        (customer(), {}, "rate limit"),
    ]
    for state, extra, start in cases:
        assert may_send(state, now, crowded, limits(), **extra).reason.startswith(start)
    assert may_send(customer(), now, crowded[:1], limits()).reason.startswith("min gap")
    assert may_send(customer(), now, [], limits()).reason.startswith("outside send window")


def test_rolling_window_excludes_its_left_edge():
    rules = limits(min_gap=timedelta(0), send_window=SendWindow.parse("always"))
    first, second = datetime(2026, 11, 16, 12), datetime(2026, 11, 18, 12)
    now = first + timedelta(days=7)
    assert may_send(customer(), now - MINUTE, [first, second], rules).next_slot == now
    assert may_send(customer(), now, [first, second], rules).ok
    assert not may_send(customer(), now, [first, second, now], rules).ok


def test_more_sends_than_the_limit_wait_for_enough_to_age_out():
    rules = limits(max_per_window=2, min_gap=timedelta(0), send_window=SendWindow.parse("always"))
    sends = [datetime(2026, 11, day, 12) for day in (16, 17, 18, 19)]
    decision = may_send(customer(), datetime(2026, 11, 20), sends, rules)
    assert decision.reason.startswith("rate limit: 4 in 7d")
    assert decision.next_slot == datetime(2026, 11, 25, 12)  # the 3rd oldest ages out; 1 remains


def test_zero_per_window_never_allows():
    decision = may_send(customer(), MONDAY_NOON_CHICAGO, [], limits(max_per_window=0))
    assert not decision.ok and decision.next_slot is None and decision.reason.startswith("rate limit: 0 in 7d")


def test_min_gap_exact_boundary_and_duration_formats():
    last = datetime(2026, 11, 23, 12, 0, 30)
    for window, text in [(timedelta(hours=36), "36h"), (timedelta(hours=48), "2d"), (timedelta(seconds=150), "150s")]:
        rules = limits(min_gap=timedelta(0), window=window, max_per_window=1, send_window=SendWindow.parse("always"))
        assert may_send(customer(), last + MINUTE, [last], rules).reason.startswith(f"rate limit: 1 in {text};")
    rules = limits(min_gap=timedelta(minutes=90), send_window=SendWindow.parse("always"))
    blocked = may_send(customer(), last + timedelta(minutes=89), [last], rules)
    # the slot has seconds; the reason rounds up so a rep who waits until then is not held again
    assert blocked.next_slot == last + timedelta(minutes=90)
    assert blocked.reason == "min gap: next slot 2026-11-23 07:31 America/Chicago"
    assert may_send(customer(), last + timedelta(minutes=90), [last], rules).ok


def test_customer_overrides_and_time_zone_apply():
    berlin_mornings = SendWindow.parse("Mon-Sun 08:00-10:00")
    state = customer(timezone=BERLIN, send_window=berlin_mornings, max_per_window=1, min_gap=timedelta(hours=1),
                     window=timedelta(days=1))
    effective = effective_limits(state, limits())
    assert effective == Limits(1, timedelta(days=1), timedelta(hours=1), berlin_mornings, BERLIN)
    assert effective_limits(customer(), limits()) == limits()
    decision = may_send(state, datetime(2026, 11, 23, 12), [], limits())  # 13:00 in Berlin
    assert decision.reason == (
        "outside send window Mon-Sun 08:00-10:00 Europe/Berlin; next slot 2026-11-24 08:00 Europe/Berlin")
    assert decision.next_slot == datetime(2026, 11, 24, 7)


def test_slot_satisfies_all_rules_at_once():
    # the gap ends Friday 18:00 local, after hours, so the slot is Monday's opening
    last, now = datetime(2026, 11, 26, 0, 0), datetime(2026, 11, 26, 12)
    decision = may_send(customer(), now, [last], limits())
    assert decision.reason == "min gap: next slot 2026-11-30 09:00 America/Chicago"
    assert decision.next_slot == datetime(2026, 11, 30, 15)
    # quiet until Monday 10:00 local as well: both pushes apply
    state = customer(quiet_until=datetime(2026, 11, 30, 16))
    decision = may_send(state, now, [last], limits())
    assert (decision.reason, decision.next_slot) == ("quiet period until 2026-11-30", datetime(2026, 11, 30, 16))


# --- DST -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "zone, window, now, slot",
    [
        # Chicago springs forward 2026-03-08 02:00 CST -> 03:00 CDT (08:00 UTC): 02:30 never happens,
        # so the window is entered at the jump, 03:00 CDT
        (CHICAGO, "Sun 02:30-04:00", datetime(2026, 3, 7, 12), datetime(2026, 3, 8, 8, 0)),
        # an ordinary 09:00 opening moves from 15:00 UTC (CST) to 14:00 UTC (CDT) across the change
        (CHICAGO, "Mon-Sun 09:00-17:00", datetime(2026, 3, 7, 12), datetime(2026, 3, 7, 15)),
        (CHICAGO, "Mon-Sun 09:00-17:00", datetime(2026, 3, 7, 23, 30), datetime(2026, 3, 8, 14)),
        # Chicago falls back 2026-11-01 02:00 CDT -> 01:00 CST (07:00 UTC): 01:30 happens twice; the first counts
        (CHICAGO, "Sun 01:30-02:00", datetime(2026, 10, 31, 12), datetime(2026, 11, 1, 6, 30)),
        # ... and once the clock turned back to 01:00, the second 01:30 re-enters the window
        (CHICAGO, "Sun 01:30-02:00", datetime(2026, 11, 1, 7, 0), datetime(2026, 11, 1, 7, 30)),
        # a window that closed at 01:30 CDT opens again when the clock turns back to 01:00 CST
        (CHICAGO, "Sun 00:30-01:30", datetime(2026, 11, 1, 6, 30), datetime(2026, 11, 1, 7, 0)),
        (CHICAGO, "Mon-Sun 09:00-17:00", datetime(2026, 10, 31, 23), datetime(2026, 11, 1, 15)),
        # Berlin springs forward 2026-03-29 02:00 CET -> 03:00 CEST: a window wholly inside the gap
        # does not exist that day, so the slot is the next Sunday
        (BERLIN, "Sun 02:15-02:45", datetime(2026, 3, 28, 12), datetime(2026, 4, 5, 0, 15)),
        (BERLIN, "Mon-Sun 09:00-17:00", datetime(2026, 3, 28, 17), datetime(2026, 3, 29, 7)),
        # Berlin falls back 2026-10-25 03:00 CEST -> 02:00 CET (01:00 UTC)
        (BERLIN, "Sun 02:30-03:00", datetime(2026, 10, 24, 12), datetime(2026, 10, 25, 0, 30)),
        (BERLIN, "Sun 02:30-03:00", datetime(2026, 10, 25, 1, 0), datetime(2026, 10, 25, 1, 30)),
    ],
)
def test_send_window_across_dst(zone, window, now, slot):
    rules = limits(send_window=SendWindow.parse(window), timezone=zone)
    assert next_allowed(customer(), now, [], rules) == slot
    assert may_send(customer(), slot, [], rules).ok
    assert slot - MINUTE < now or not may_send(customer(), slot - MINUTE, [], rules).ok


def test_reason_shows_the_local_time_after_the_change():
    rules = limits(send_window=SendWindow.parse("Sun 02:30-04:00"))
    decision = may_send(customer(), datetime(2026, 3, 7, 12), [], rules)
    assert decision.reason.endswith("next slot 2026-03-08 03:00 America/Chicago")


SWEEP_CASES = [
    (zone, window, day)
    for zone, days in [
        (CHICAGO, [datetime(2026, 3, 8), datetime(2026, 11, 1)]),
        (BERLIN, [datetime(2026, 3, 29), datetime(2026, 10, 25)]),
        ("Australia/Lord_Howe", [datetime(2026, 4, 5), datetime(2026, 10, 4)]),  # half-hour shifts
        ("America/Havana", [datetime(2026, 3, 8), datetime(2026, 11, 1)]),  # midnight does not exist
    ]
    for day in days
    for window in ["Sun 00:00-00:30", "Sun 01:30-02:30", "Sat,Sun 02:00-03:00", "Mon-Fri 09:00-17:00"]
]


@pytest.mark.parametrize("zone, window, day", SWEEP_CASES)
def test_next_open_matches_a_minute_by_minute_scan(zone, window, day):
    """Around each transition, next_allowed equals the first in-window minute found by brute force."""
    parsed = SendWindow.parse(window)
    rules = limits(send_window=parsed, timezone=zone, min_gap=timedelta(0))
    start = day - timedelta(days=2)
    horizon = 12 * 24 * 60
    inside = [oracle_in_window(start + i * MINUTE, parsed, zone) for i in range(horizon)]
    first_from = [None] * (horizon + 1)
    for i in range(horizon - 1, -1, -1):
        first_from[i] = i if inside[i] else first_from[i + 1]
    edges = {j for i in range(1, 4 * 24 * 60) if inside[i] != inside[i - 1] for j in (i - 1, i, i + 1)}
    for i in sorted(edges | set(range(0, 4 * 24 * 60, 17))):
        expected = first_from[i]
        assert expected is not None
        assert next_allowed(customer(), start + i * MINUTE, [], rules) == start + expected * MINUTE


# --- property-based: a sender that sends whenever the gate says ok ----------------------------------

ZONES = [CHICAGO, BERLIN, "UTC", "Australia/Lord_Howe", "America/Havana"]
WINDOWS = ["always", "Mon-Fri 09:00-17:00", "Mon,Wed,Fri 10:00-16:00", "Sun 01:30-02:30", "Sat,Sun 02:00-03:00",
           "Mon-Sun 08:30-20:00", "Tue 23:00-23:59"]
ANCHORS = [datetime(2026, 3, 6), datetime(2026, 3, 27), datetime(2026, 10, 23), datetime(2026, 10, 30),
           datetime(2026, 4, 3), datetime(2026, 11, 20)]

limits_strategy = st.builds(
    Limits,
    max_per_window=st.integers(1, 4),
    window=st.integers(1, 10 * 24).map(lambda hours: timedelta(hours=hours)),
    min_gap=st.integers(0, 72 * 60).map(lambda minutes: timedelta(minutes=minutes)),
    send_window=st.sampled_from(WINDOWS).map(SendWindow.parse),
    timezone=st.sampled_from(ZONES),
)
start_strategy = st.builds(
    lambda anchor, minutes, seconds: anchor + timedelta(minutes=minutes, seconds=seconds),
    st.sampled_from(ANCHORS), st.integers(0, 4 * 24 * 60), st.integers(0, 59),
)
event_strategy = st.one_of(
    st.tuples(st.just("advance"), st.integers(1, 3 * 24 * 60)),
    st.tuples(st.just("advance"), st.integers(1, 6 * 60)),
    st.tuples(st.just("attempt"), st.none()),
    st.tuples(st.just("attempt"), st.none()),
    st.tuples(st.just("jump"), st.none()),
    st.tuples(st.just("jump"), st.none()),
    st.tuples(st.just("message"), st.none()),
    st.tuples(st.just("draft"), st.none()),
    st.tuples(st.just("quiet"), st.one_of(st.none(), st.integers(1, 7 * 24 * 60))),
    st.tuples(st.just("status"), st.sampled_from(["active", "active", "paused", "do_not_contact"])),
)
customer_strategy = st.builds(
    lambda zone, window, gap: CustomerState("active", None, zone, send_window=window, min_gap=gap),
    st.one_of(st.none(), st.sampled_from(ZONES)),
    st.one_of(st.none(), st.sampled_from(WINDOWS).map(SendWindow.parse)),
    st.one_of(st.none(), st.integers(0, 72).map(lambda hours: timedelta(hours=hours))),
)


def check_slot(state, now, history, rules, decision):
    """A given next slot is not in the past, passes every rule, and the minute before it does not."""
    if decision.ok:
        assert decision.next_slot == now
        return
    if decision.next_slot is None:
        return
    assert decision.next_slot == next_allowed(state, now, history, rules)
    effective = effective_limits(state, rules)
    slot = decision.next_slot
    assert all(slot >= sent + effective.min_gap for sent in history)
    assert sum(1 for sent in history if sent > slot - effective.window) < effective.max_per_window
    assert state.quiet_until is None or slot >= state.quiet_until
    assert oracle_in_window(slot, effective.send_window, effective.timezone)
    slot = decision.next_slot
    assert slot > now
    assert may_send(state, slot, history, rules).ok
    if slot - MINUTE >= now:
        assert not may_send(state, slot - MINUTE, history, rules).ok


@settings(max_examples=200, deadline=None)
@given(rules=limits_strategy, base=customer_strategy, now=start_strategy,
       events=st.lists(event_strategy, min_size=10, max_size=80))
def test_simulated_sender_never_breaks_a_rule(rules, base, now, events):
    state, newest_message, draft_at, decision = base, None, now, None
    sends = []  # (time, customer state then, newest message then, draft time then)

    def attempt():
        nonlocal decision
        history = [sent for sent, *_ in sends]
        decision = may_send(state, now, history, rules, newest_customer_message_at=newest_message,
                            draft_prepared_at=draft_at)
        check_slot(state, now, history, rules, decision)
        if decision.ok:
            sends.append((now, state, newest_message, draft_at))

    for kind, value in events:
        if kind == "advance":
            now += timedelta(minutes=value)
        elif kind == "attempt":
            attempt()
        elif kind == "jump" and decision is not None and decision.next_slot is not None:
            now = max(now, decision.next_slot)
            attempt()
        elif kind == "message":
            newest_message = now
        elif kind == "draft":
            draft_at = now
        elif kind == "quiet":
            until = None if value is None else now + timedelta(minutes=value)
            state = CustomerState(**{**state.__dict__, "quiet_until": until})
        elif kind == "status":
            state = CustomerState(**{**state.__dict__, "status": value})

    effective = effective_limits(base, rules)
    times = [sent for sent, *_ in sends]
    for sent, then, message_then, draft_then in sends:
        assert sum(1 for other in times if sent - effective.window < other <= sent) <= effective.max_per_window
        assert then.status == "active"
        assert then.quiet_until is None or sent >= then.quiet_until
        assert message_then is None or message_then <= draft_then
        assert oracle_in_window(sent, effective.send_window, effective.timezone)
    for earlier, later in zip(times, times[1:]):
        assert later - earlier >= effective.min_gap


history_strategy = st.lists(st.integers(-20 * 24 * 60, 2 * 24 * 60).map(lambda m: timedelta(minutes=m)), max_size=8)


@settings(max_examples=200, deadline=None)
@given(rules=limits_strategy, base=customer_strategy, now=start_strategy, offsets=history_strategy,
       quiet=st.one_of(st.none(), st.integers(-3 * 24 * 60, 9 * 24 * 60)))
def test_next_slot_is_allowed_and_earliest_for_any_history(rules, base, now, offsets, quiet):
    """Even with a history the gate never produced (other tools, clock skew), the slot is right."""
    state = CustomerState(**{**base.__dict__, "quiet_until": None if quiet is None else now + timedelta(minutes=quiet)})
    history = [now + offset for offset in offsets]
    check_slot(state, now, history, rules, may_send(state, now, history, rules))


# ---------------------------------------------------------------- issue 15: possible wishes and preferred times
def test_a_possible_wish_holds_every_send_with_its_question():
    from followup.outbound.policy import CustomerState

    question = 'possible pause: confirm or dismiss ("not sure now is the time")'
    state = CustomerState(status="active", quiet_until=None, timezone=CHICAGO, possible_wish=question)
    tuesday_10 = datetime(2026, 11, 10, 16, 0)  # inside the window: only the question holds it
    decision = may_send(state, tuesday_10, [], limits())
    assert decision == Decision(False, question, None)
    assert may_send(CustomerState(status="active", quiet_until=None, timezone=CHICAGO), tuesday_10, [], limits()).ok


@pytest.mark.parametrize("prefs, window", [
    (("time:afternoon",), "Mon-Fri 12:00-17:00"),
    (("time:morning",), "Mon-Fri 09:00-12:00"),
    (("time:not_morning",), "Mon-Fri 12:00-17:00"),
    (("time:evening",), "Mon-Fri 17:00-20:00"),  # no overlap with the team's window: the customer's hours
    (("time:not_morning", "time:afternoon"), "Mon-Fri 12:00-17:00"),
    (("time:fridays",), "Fri 09:00-17:00"),
    (("time:not_mondays",), "Tue-Fri 09:00-17:00"),
    (("channel:phone",), "Mon-Fri 09:00-17:00"),  # not a time: no change
])
def test_preferred_times_move_the_send_window(prefs, window):
    from followup.outbound.policy import preferred_send_window

    assert str(preferred_send_window(WEEKDAYS, prefs)) == window


def test_a_customer_who_wants_the_afternoon_gets_mail_in_their_afternoon():
    from followup.outbound.policy import CustomerState

    state = CustomerState(status="active", quiet_until=None, timezone=BERLIN, preferred_times=("time:afternoon",))
    tuesday_0900_chicago = datetime(2026, 11, 10, 15, 0)  # 16:00 in Berlin: their afternoon, open
    assert may_send(state, tuesday_0900_chicago, [], limits()).ok
    tuesday_0800_berlin = datetime(2026, 11, 10, 7, 0)
    held = may_send(state, tuesday_0800_berlin, [], limits())
    assert not held.ok and "Mon-Fri 12:00-17:00" in held.reason
    assert held.next_slot == datetime(2026, 11, 10, 11, 0)  # 12:00 in Berlin
    rep_window = CustomerState(status="active", quiet_until=None, timezone=BERLIN, preferred_times=("time:afternoon",),
                               send_window=SendWindow.parse("Mon-Fri 08:00-10:00"))
    assert may_send(rep_window, tuesday_0800_berlin, [], limits()).ok  # a rep's own window for them wins
