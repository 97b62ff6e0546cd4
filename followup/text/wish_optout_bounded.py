"""A refusal of contact bounded by a time: a quiet period to that end, never an opt-out.

Decision: a negated refusal ("no more calls", "Keine Anrufe mehr", "geen telefoontjes meer") with a time bound right
before or after it ("No more calls this week, I'm at the fair.", "Today no more emails", "Keine Anrufe mehr diese
Woche") is a certain quiet period ending with that bound (the bound is wish_optout_refused's TIME_BOUND); a start
("no more emails from today on", "after today") leaves it an opt-out.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.dates import start_of_local_day
from followup.text.prefilter import live
from followup.text.wish_base import QUIET, Wish, _guarded
from followup.text.wish_optout_refused import _NEG, TIME_BOUND

_BOUND = re.compile(rf"\b(?:{TIME_BOUND})\b", re.I)
# words between the refusal and its bound ("no more emails for today")
BOUND_REACH = 2
# a clause break between the refusal and the time: the time is another clause's
_BREAK = re.compile(r"[,.;:!?()\u2013\u2014]|\s-\s")
# the time said as the refusal's start, not its end: "from today", "as of today", "ab heute", "à partir d'aujourd'hui"
_STARTS = re.compile(r"\b(?:from|as\s+of|starting|beginning|effective|after|ab|seit|nach|[àa]\s+partir\s+d['\u2019e]?|"
                     r"d[èe]s|apr[èe]s|desde|a\s+partir\s+de|despu[ée]s\s+de|da|dopo|a\s+partire\s+da|depois\s+de|"
                     r"vanaf|na)\s*$", re.I)
_ONWARDS = re.compile(r"^\s*(?:on\b|onwards?\b|forward\b|an\b|on?\s+)", re.I)


def _end(bound: re.Match[str], today: date) -> date:
    """The day the period a bound names is over: tomorrow for today, the next Monday for this week."""
    if bound.group("week"):
        return today + timedelta(days=7 - today.weekday())
    if bound.group("month"):
        return (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    if bound.group("year"):
        return date(today.year + 1, 1, 1)
    return today + timedelta(days=2 if bound.group("tomorrow") else 1)


def _words_start(refusal: re.Match[str]) -> int:
    """Where a refusal's words start (a rule's match may open on the punctuation before them: ": no further contact")."""
    return refusal.start() + len(refusal.group()) - len(refusal.group().lstrip(" \t\n,;:.!?-\u2013\u2014"))


def refusal_bound(sentence: str, refusal: re.Match[str]) -> re.Match[str] | None:
    """The time bound right before or after a negated refusal in its sentence, else None."""
    if not _NEG.search(refusal.group()):
        return None  # ("unsubscribe me today" asks for the end now)
    start = _words_start(refusal)
    for bound in _BOUND.finditer(sentence):
        between = sentence[refusal.end(): bound.start()] if bound.start() >= refusal.end() \
            else sentence[bound.end(): start] if bound.end() <= start else None
        if between is None or len(between.split()) > BOUND_REACH or _BREAK.search(between):
            continue  # ("Same answer today: no further contact, please.": the time is the answer's)
        if _STARTS.search(sentence[: bound.start()]) or _ONWARDS.match(sentence[bound.end():]):
            continue  # "no more emails from today on": the refusal starts then
        return bound
    return None


def bounded_quiet(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo,
                  rules: dict[str, re.Pattern[str]], guards: dict[str, re.Pattern[str]]) -> Wish | None:
    """A certain quiet period where an opt-out rule's refusal is bounded by a time, else None."""
    if not _BOUND.search(sentence) or _guarded(sentence, guards):
        return None
    for _, rx in live(rules, sentence):
        if (m := rx.search(sentence)) and (bound := refusal_bound(sentence, m)):
            start, end = min(_words_start(m), bound.start()), max(m.end(), bound.end())
            until = start_of_local_day(_end(bound, local.date()), zone)
            return Wish(QUIET, text[offset + start: offset + end], until=until)
    return None


def bounded_read(found: list[Wish]) -> bool:
    """Whether a sentence's wishes hold a bounded refusal read as its quiet period (no opt-out is to be guessed too)."""
    return any(w.kind == QUIET and w.certain and _NEG.search(w.quote) and _BOUND.search(w.quote) for w in found)
