"""How a queue row reads: when a draft can go and why, its opening lines, the snooze presets in the rep's zone."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from followup.clock import to_local

OPENING_CHARS = 160  # of a draft's body shown under its subject in the queue
LATER_TODAY = timedelta(hours=3)
LAST_LATER_TODAY_HOUR = 19  # "later today" is not offered after this local hour
MORNING = time(9, 0)


def when_text(verdict, tz: str, now: datetime) -> str:
    """'now', '14:05 · min gap', 'Mon 09:00 · send window', 'Nov 30 · quiet period' or just the reason's label."""
    if verdict is None:
        return ""
    if verdict.ok:
        return "now"
    if verdict.next_slot is None:
        return verdict.label
    at, today = to_local(verdict.next_slot, tz), to_local(now, tz)
    if verdict.label == "undo window":
        text = f"{at:%H:%M:%S}"
    elif at.date() == today.date():
        text = f"{at:%H:%M}"
    elif at - today < timedelta(days=6):
        text = f"{at:%a %H:%M}"
    else:
        text = f"{at:%b} {at.day}"
    return f"{text} · {verdict.label}"


def opening_lines(body: str) -> str:
    """The first words of a draft after its greeting, for the queue."""
    lines = [line.strip() for line in (body or "").splitlines() if line.strip()]
    if len(lines) > 1 and len(lines[0]) < 40 and lines[0].endswith(","):
        lines = lines[1:]
    text = " ".join(lines)
    return text if len(text) <= OPENING_CHARS else text[:OPENING_CHARS].rsplit(" ", 1)[0] + "…"


def snooze_presets(tz: str, now: datetime) -> list[tuple[str, str]]:
    """(label, datetime-local value in the rep's zone): later today, tomorrow 9:00, Monday 9:00, next week."""
    local = to_local(now, tz).replace(tzinfo=None, second=0, microsecond=0)
    presets = []
    later = (local + LATER_TODAY).replace(minute=0) + timedelta(hours=1)
    if later.date() == local.date() and later.hour <= LAST_LATER_TODAY_HOUR:
        presets.append((f"Later today {later:%H:%M}", later))
    tomorrow = datetime.combine(local.date() + timedelta(days=1), MORNING)
    presets.append(("Tomorrow 9:00", tomorrow))
    monday = datetime.combine(local.date() + timedelta(days=7 - local.weekday()), MORNING)
    if monday != tomorrow:
        presets.append(("Monday 9:00", monday))
    presets.append((f"Next week ({local + timedelta(days=7):%a} 9:00)",
                    datetime.combine(local.date() + timedelta(days=7), MORNING)))
    return [(label, f"{at:%Y-%m-%dT%H:%M}") for label, at in presets]
