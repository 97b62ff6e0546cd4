"""One gate, two readers: the only place that builds the policy gate's inputs for a draft.

The outbox (deciding) and every page and command (explaining) call verdict()/verdicts(), so what a rep
sees as a draft's earliest send time is what the sender will decide. A draft's earliest send time is the
latest of: the policy gate's next slot, the draft's not_before (snooze or SMTP retry; the outbox does not
look at a draft before it) and, for an approved draft, its approval + [outbox] undo_window. While its team's
older mail is still being read (followup.inbound.history) a draft waits for it with no time, unless a rep chose
to send without waiting; only a hold that never ends by waiting (an opt-out) is shown before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from sqlmodel import Session, col, select

from followup.clock import to_local, utcnow
from followup.config import Settings
from followup.drafts import written_past
from followup.inbound import history
from followup.models import LIVE_STATUSES, Customer, Draft, DraftStatus, Mailbox, User
from followup.outbound.policy import (
    CustomerState,
    Limits,
    SendWindow,
    effective_limits,
    format_slot,
    may_send,
    next_open,
)
from followup.sends import sent_since

# The first words of a gate reason -> the short label a queue row shows.
LABELS = (("do not contact", "opted out"), ("address is bouncing", "bouncing"), ("paused", "paused"),
          ("customer wrote after", "stale: customer wrote"), ("quiet period", "quiet period"),
          ("rate limit", "window full"), ("min gap", "min gap"), ("outside send window", "send window"),
          ("undo window", "undo window"), ("snoozed", "snoozed"), ("temporary SMTP error", "retry"),
          ("the customer's limits", "check customer"), ("possible ", "possible wish"),
          ("history still loading", "history loading"), ("outside working hours", "working hours"),
          ("the rep's working hours", "check settings"))
LIVE = LIVE_STATUSES
# Rounds of "the rep's hours open at t, but the customer's rules hold t: try their next slot" before settling.
HOURS_ROUNDS = 8


def limits_from_settings(settings: Settings) -> Limits:
    """The global contact limits of [policy]."""
    policy = settings.policy
    return Limits(max_per_window=policy.max_per_window, window=policy.window, min_gap=policy.min_gap,
                  send_window=SendWindow.parse(policy.send_window), timezone=policy.default_timezone)


def customer_state(customer: Customer) -> CustomerState:
    """What the policy gate needs to know about a customer, with its overrides (ValueError when unreadable)."""
    def seconds(value: int | None) -> timedelta | None:
        return None if value is None else timedelta(seconds=value)

    return CustomerState(status=customer.status, quiet_until=customer.quiet_until, timezone=customer.timezone,
                         bouncing=customer.bouncing, max_per_window=customer.max_per_window,
                         window=seconds(customer.window_seconds), min_gap=seconds(customer.min_gap_seconds),
                         send_window=SendWindow.parse(customer.send_window) if customer.send_window else None,
                         status_quote=customer.status_reason, possible_wish=customer.possible_wish,
                         preferred_times=preferred_times(customer))


def preferred_times(customer: Customer) -> tuple[str, ...]:
    """The customer's time-of-day preferences ("time:afternoon"), which move their send window."""
    return tuple(p["value"] for p in customer.preferences or [] if str(p.get("value", "")).startswith("time:"))


@dataclass(frozen=True)
class Verdict:
    """A draft's send decision: ok now, or why not and the earliest time it can leave (naive UTC; None: not by waiting)."""

    ok: bool
    reason: str | None
    next_slot: datetime | None
    stale: bool = False  # the customer wrote after the draft's sources: the outbox marks it stale

    @property
    def label(self) -> str:
        """The short why of a queue row: 'now', 'send window', 'quiet period', ..."""
        if self.ok:
            return "now"
        for prefix, label in LABELS:
            if (self.reason or "").startswith(prefix):
                return label
        return "held"


@dataclass(frozen=True)
class Hours:
    """The sending rep's working hours on their own clock: sends to any customer wait for them."""

    window: SendWindow
    zone: str
    who: str


def sending_reps(session: Session, drafts: list) -> dict[int, int | None]:
    """{draft id: the rep a draft goes out from}: its mailbox's owner, else the approver's first mailbox's, else the
    team's first mailbox's, else the approver (the outbox's choice of sender, followup.outbound.connections.sender_for)."""
    teams = {d.team_id for d in drafts}
    boxes = session.exec(select(Mailbox.id, Mailbox.owner_id, Mailbox.team_id)
                         .where(col(Mailbox.team_id).in_(teams)).order_by(Mailbox.id)).all() if teams else []
    owner = {box_id: owner_id for box_id, owner_id, _team in boxes}
    first_of_owner, first_of_team = {}, {}
    for _box, owner_id, team in boxes:
        first_of_owner.setdefault(owner_id, owner_id)
        first_of_team.setdefault(team, owner_id)
    result = {}
    for d in drafts:
        mailbox_id, approver = getattr(d, "mailbox_id", None), getattr(d, "approved_by_id", None)
        if mailbox_id in owner:
            result[d.id] = owner[mailbox_id]
        elif approver in first_of_owner:
            result[d.id] = approver
        else:
            result[d.id] = first_of_team.get(d.team_id, approver)
    return result


def rep_hours(session: Session, drafts: list, settings: Settings) -> dict[int, Hours | str | None]:
    """{draft id: the sending rep's Hours, None (any time), or why they cannot be read (a hold until the rep fixes
    them in Settings: unlike a customer's unreadable limits, the draft is not failed)}."""
    reps = sending_reps(session, drafts)
    ids = {r for r in reps.values() if r is not None}
    rows = session.exec(select(User.id, User.email, User.timezone, User.work_hours)
                        .where(col(User.id).in_(ids))).all() if ids else []
    hours: dict[int, Hours | str | None] = {}
    for user_id, email, zone, text in rows:
        if not text:
            continue
        try:
            zone = zone or settings.policy.default_timezone
            hours[user_id] = Hours(SendWindow.parse(text), zone, email)
            next_open(datetime(2000, 1, 1), hours[user_id].window, zone)  # the zone is readable
        except ValueError as exc:  # stored before the settings form checked it
            hours[user_id] = f"the rep's working hours cannot be applied ({email}): {exc}"
    return {draft_id: hours.get(rep) for draft_id, rep in reps.items()}


def _within_hours(v: "Verdict", hours: Hours | None, cstate: CustomerState, sent: list[datetime], limits: Limits,
                  now: datetime) -> "Verdict":
    """The verdict moved into the sending rep's working hours: the earliest time both they and the customer allow."""
    if hours is None or (not v.ok and v.next_slot is None):
        return v
    at, reason = (now if v.ok else v.next_slot), v.reason
    for _ in range(HOURS_ROUNDS):
        opens = next_open(at, hours.window, hours.zone)
        if opens is None:
            return Verdict(False, f"outside working hours {hours.window} {hours.zone} ({hours.who})", None, v.stale)
        if opens == at:
            break
        at = opens
        reason = reason or (f"outside working hours {hours.window} {hours.zone} ({hours.who}); next slot "
                            f"{format_slot(at, hours.zone)}")
        later = may_send(cstate, at, sent, limits)
        if later.ok:
            break
        if later.next_slot is None:
            return Verdict(False, later.reason, None, v.stale)
        at = later.next_slot
    if v.ok and at == now:
        return v
    return Verdict(False, reason, at, v.stale)


def _clock(moment: datetime, zone: str) -> str:
    """'14:03:27 America/Chicago', the second a held draft may leave."""
    return f"{to_local(moment, zone):%H:%M:%S} {zone}"


def _decide(draft: Draft, cstate: CustomerState, sent: list[datetime], wrote_since: bool, limits: Limits,
            undo_window: timedelta, now: datetime, history_hold: str | None = None) -> Verdict:
    """The verdict from the gate's inputs (pure); wrote_since: a customer message arrived after the sources;
    history_hold: why the draft waits for its team's older mail to be read (no time: it ends when the read does)."""
    decision = may_send(cstate, now, sent, limits, customer_wrote_since=wrote_since)
    # whatever else holds it, a draft the customer has written past is stale (SPEC invariant 4)
    stale = wrote_since
    if not decision.ok and decision.next_slot is None:
        return Verdict(False, decision.reason, None, stale=stale)
    if history_hold is not None:  # an opt-out or pause may be in the unread history: no time can be promised
        return Verdict(False, history_hold, None)
    zone = effective_limits(cstate, limits).timezone
    waits = []
    if draft.not_before is not None and draft.not_before > now:
        # the outbox does not look at a draft before not_before (a snooze or an SMTP retry)
        waits.append((draft.not_before, draft.hold_reason or f"snoozed until {_clock(draft.not_before, zone)}"))
    if draft.status == DraftStatus.APPROVED and draft.approved_at is not None and undo_window:
        leaves = draft.approved_at + undo_window
        if leaves > now:
            waits.append((leaves, f"undo window: leaves at {_clock(leaves, zone)}"))
    if not waits:
        return Verdict(decision.ok, decision.reason, decision.next_slot)
    start, why = max(waits)
    later = may_send(cstate, start, sent, limits)
    if later.ok:
        return Verdict(False, why, start)
    return Verdict(False, later.reason, later.next_slot)


def verdicts(session: Session, pairs: Iterable[tuple[Draft, Customer]], settings: Settings,
             now: datetime | None = None, strict: bool = False) -> dict[int, Verdict]:
    """{draft id: Verdict} for many drafts at once (strict: an unreadable customer setting raises ValueError)."""
    now = now or utcnow()
    pairs = list(pairs)
    limits = limits_from_settings(settings)
    states: dict[int, CustomerState | str] = {}
    horizon = now
    for _draft, customer in pairs:
        if customer.id in states:
            continue
        try:
            states[customer.id] = customer_state(customer)
            own = effective_limits(states[customer.id], limits)
            horizon = min(horizon, now - max(own.window, own.min_gap))
        except (ValueError, OverflowError) as exc:  # stored before limits were bounded
            if strict:
                raise
            states[customer.id] = f"the customer's limits cannot be applied: {exc}"
    ids = list(states)
    sent = sent_since(session, ids, horizon) if ids else {}
    undo = settings.outbox.undo_window
    loading = {team: history.loading(session, team) for team in {d.team_id for d, _c in pairs}}
    hours = rep_hours(session, [d for d, _c in pairs], settings)
    # arrival order, not Date headers (invariant 4): a customer message stored after the sources were read
    written = written_past(session, [d for d, _c in pairs if d.status in LIVE])
    result = {}
    for draft, customer in pairs:
        cstate = states[customer.id]
        if isinstance(cstate, str):
            result[draft.id] = Verdict(False, cstate, None)
            continue
        wrote = draft.id in written
        if isinstance(hours[draft.id], str):
            result[draft.id] = Verdict(False, hours[draft.id], None)
            continue
        waits = history.SEND_HOLD if loading[draft.team_id] and not getattr(draft, "history_override", False) else None
        decided = _decide(draft, cstate, sent[customer.id], wrote, limits, undo, now, waits)
        result[draft.id] = _within_hours(decided, hours[draft.id], cstate, sent[customer.id], limits, now)
    return result


def verdict(session: Session, draft: Draft, customer: Customer, settings: Settings,
            now: datetime | None = None, strict: bool = False) -> Verdict:
    """The one draft's verdict: what the outbox decides, and what every page and command shows."""
    return verdicts(session, [(draft, customer)], settings, now, strict)[draft.id]


def customer_verdict(session: Session, customer: Customer, settings: Settings, now: datetime | None = None) -> Verdict:
    """Whether a follow-up could go to this customer now (a customer page without a draft)."""
    probe = Draft(id=0, team_id=customer.team_id, customer_id=customer.id, subject="", body="", status=DraftStatus.PENDING)
    return verdict(session, probe, customer, settings, now)
