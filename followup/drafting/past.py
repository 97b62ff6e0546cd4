"""A point whose every named day has passed ("Prueba en PDF el lunes 7", "addresses by 8 Dec", "Termin am 12.
Dezember") is no longer in force on the draft's day: restating it would say a stale day as if it were ahead. A
point that also prices something keeps its figure in force and is left to the figure rules. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from followup.drafting.days import told_past
from followup.drafting.figures import amounts
from followup.drafting.items import Item
from followup.drafting.memo import memo
from followup.drafting.noted import DAY_MONTH, MONTHS
from followup.drafting.weeks import week_ends
from followup.text.dates import FOREIGN_WEEKDAYS, WEEKDAYS, alternation

# A date said without its year is read as the nearest one not more than this many days before its source.
LOOKBACK_DAYS = 31


# Kinds that state something in force; a question or a promise has its own rules.
PAST_KINDS = ("term", "constraint", "next_step")


_WEEKDAY_WORDS = alternation({*WEEKDAYS, *FOREIGN_WEEKDAYS})
# "el lunes 7", "Monday the 7th", "jeudi 10", "Mo 21.": a weekday with its day of the month and no month
_WEEKDAY_DAY = re.compile(rf"\b(?:{_WEEKDAY_WORDS})\.?,?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\b"
                          rf"(?!\.?\s*\d|[.:/]\d|\s*(?:[ap]\.?m|h\b|uhr)|\.?\s*(?:de\s+|of\s+)?[a-zé]{{3}})", re.I)


# "20/01", "25/01/2027": a slash date with a two-digit month ("24/7" is no date)
_SLASH_DATE = re.compile(r"(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[01]\d)(?![\d])")


def year_of(month: int, day: int, said_on: date) -> date | None:
    """The date with that month and day nearest on or after its source's day (less LOOKBACK_DAYS)."""
    for year in (said_on.year, said_on.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found >= said_on - timedelta(days=LOOKBACK_DAYS):
            return found
    return None


_WEEKDAY_BEFORE = re.compile(rf"\b(?P<w>{_WEEKDAY_WORDS})\.?,?\s*$", re.I)


def slash_day(before: str, d: int, m: int, said_on: date) -> date | None:
    """A slash date read day first ("20/01"), only when that reading is sure: the day is over 12, or the weekday
    written before it is that date's ("mer. 20/01"); "Fri 12/11" in US order is no 12 November."""
    found = year_of(m, d, said_on)
    if found is None:
        return None
    named = _WEEKDAY_BEFORE.search(before)
    if named:
        number = WEEKDAYS.get(named.group("w").lower(), FOREIGN_WEEKDAYS.get(named.group("w").lower()))
        return found if number == found.weekday() else None
    return found if d > 12 else None


@memo
def named_days(text: str, said_on: date) -> list[date]:
    """Every calendar day a sentence names, resolved against the day it was written."""
    days = []
    for m in DAY_MONTH.finditer(text or ""):
        d = int(m.group("d") or m.group("d2") or m.group("d3"))
        if m.group("m3"):
            month = int(m.group("m3"))
        else:
            # the whole month word: the table's "jui" alone is June, "juillet" is "juil"
            name = re.match(r"[^\W\d_]+", text[m.start("m" if m.group("m") else "m2"):]).group(0).lower()
            month = MONTHS.get(name[:4], MONTHS.get(name[:3], 0))
        if 1 <= month <= 12 and (found := year_of(month, d, said_on)):
            days.append(found)
    for m in _SLASH_DATE.finditer(text or ""):
        if found := slash_day(text[:m.start()], int(m.group("d")), int(m.group("m")), said_on):
            days.append(found)
    for m in _WEEKDAY_DAY.finditer(text or ""):
        d = int(m.group("d"))
        nxt = said_on
        for _ in range(62):  # the next day of the month with that number, from the source's day on
            if nxt.day == d:
                days.append(nxt)
                break
            nxt += timedelta(days=1)
    return days


def all_past(text: str, said_on: date, today: date) -> bool:
    """Whether a sentence names at least one day and every one of them is before today."""
    days = named_days(text, said_on) + lapses(text, said_on) + week_ends(text, said_on)  # "KW 8" is its Sunday
    return bool(days) and max(days) < today


# An offer's validity said as a span or a month's end: "Offer valid 14 days", "valid until the end of this month",
# "gilt bis Ende November", "valable jusqu'à fin novembre", "válida hasta finales de noviembre".
_VALID_FOR = re.compile(r"\b(?:valid|good|gültig|gilt|valable|válid[oa]|vigente)\b[^.;]{0,25}?\b(?P<n>\d{1,3})\s*"
                        r"(?P<u>days?|weeks?|tagen?|wochen?|jours?|semaines?|días|semanas?)\b", re.I)
_MONTH_END = re.compile(r"\b(?:end of (?:(?:this|the) month|(?P<m>[a-z]{3,9}))|ende (?:des|dieses) monats|"
                        r"ende (?P<m2>[a-zä]{3,9})|fin (?:du|de ce) mois|fin (?:de |d')?(?P<m3>[a-zéû]{3,9})|"
                        r"finales de (?P<m4>[a-z]{3,10})|fin de(?: este)? mes)\b", re.I)


def lapses(text: str, said_on: date) -> list[date]:
    """The last day of an offer's validity span or of a month whose end a sentence names, from the day it was said."""
    out = []
    if m := _VALID_FOR.search(text or ""):
        weeks = m.group("u").lower().startswith(("w", "s"))
        out.append(said_on + timedelta(days=int(m.group("n")) * (7 if weeks else 1)))
    for m in _MONTH_END.finditer(text or ""):
        name = (m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or "").lower()
        month = MONTHS.get(name[:4], MONTHS.get(name[:3])) if name else said_on.month
        if month and (first := year_of(month, 1, said_on)):
            out.append((first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1))
    return out


# The day a sentence is written on: "the samples ship today", "partent aujourd'hui", "geht heute raus", "sale hoy".
_TODAY = re.compile(r"\b(?:today|this morning|aujourd'hui|aujourd’hui|ce matin|heute|hoy|esta mañana)\b", re.I)


def past_points(items: list[Item], today: date) -> list[Item]:
    """Open points of PAST_KINDS whose every named day has passed, marked past; a priced point stays open. So is
    the rep's own email's news of that day ("les sachets partent aujourd'hui") once that day is over."""
    out = []
    for item in items:
        if item.status == "open" and item.kind in PAST_KINDS and not amounts(item.quote) \
                and (all_past(item.quote, item.at.date(), today)
                     or (item.direction == "outbound" and item.at.date() < today and _TODAY.search(item.quote))
                     # "the trustees approved it at their meeting on Friday": a step told done, no step ahead
                     or (item.kind == "next_step" and item.due is not None and told_past(item.quote))):
            item = replace(item, status="past")
        out.append(item)
    return out


# A wait for someone's return ("when she is back", "nach ihrer Rückkehr", "à son retour", "cuando vuelva") and the
# absence it waits out ("on leave until 16 August", "en congé jusqu'au", "im Urlaub bis", "de vacaciones hasta").
BACK = re.compile(r"\s*,?\s*\b(?:when|once|as soon as|after) (?:she|he|they|I)(?:'s| is| are|'m| am|'re)? (?:back|returns?)\b|"
                  r"\s*,?\s*\b(?:nach (?:seiner|ihrer|meiner) Rückkehr|sobald (?:er|sie|ich) zurück (?:ist|bin)|"
                  r"wenn (?:er|sie|ich) zurück (?:ist|bin)|à (?:son|mon|leur) retour|dès (?:son|mon) retour|"
                  r"(?:cuando|en cuanto) (?:vuelva|regrese)|a su (?:vuelta|regreso))\b", re.I)
_AWAY = re.compile(r"\b(?:leave|vacation|holiday|away|off|urlaub|abwesend|ferien|congé|vacances|absente?|"
                   r"vacaciones|licencia|permiso)\b", re.I)


def back_now(items: list[Item]) -> list[Item]:
    """The rep's lines that wait for someone's return said without the wait once the absence their email named is
    past ("Sarah will send the proposal form." after "Sarah is on leave until 16 August")."""
    over = {(i.source_kind, i.source_id) for i in items if i.status == "past" and _AWAY.search(i.quote)}
    return [replace(i, text=BACK.sub("", i.text).strip(), quote=BACK.sub("", i.quote)) if i.status == "open"
            and i.direction != "inbound"
            and (i.source_kind, i.source_id) in over and BACK.search(i.text or i.quote) else i for i in items]


# A condition with a deadline at the end of a term: "fine if addresses by 9 Dec", "sofern die Freigabe bis 3.3. kommt".
_CONDITION = re.compile(r"[,;]?\s+\b(?:if|provided|as long as|wenn|falls|sofern|si|siempre que|con tal de que)\b[^,;]*$",
                        re.I)


# Where a term's clauses part: a comma before a word ("Abholung Montag, 15. März, Rücklieferung bis Mittwoch, 5. Mai"
# parts before "Rücklieferung", not before "15.").
_CLAUSE_CUT = re.compile(r",\s+(?=[^\W\d_]{4,})")
_DAY_WORD = re.compile(rf"^(?:{_WEEKDAY_WORDS})\b", re.I)


def without_past_events(text: str, said_on: date, today: date) -> str:
    """A term without the clauses of events whose every day has passed, when another of its clauses names a day still
    ahead ("Abholung Montag, 15. März, Rücklieferung bis Mittwoch, 5. Mai" in April: the return is what stands)."""
    parts = _CLAUSE_CUT.split(text or "")
    dated = [p for p in parts if named_days(p, said_on) or week_ends(p, said_on)]
    if len(dated) < 2 or not any(not all_past(p, said_on, today) for p in dated):
        return text
    kept = [p for p in parts if not (all_past(p, said_on, today) and not _DAY_WORD.match(p))]
    return ", ".join(kept) if kept and len(kept) < len(parts) else text


def without_past_condition(text: str, said_on: date, today: date) -> str:
    """A term without its trailing condition when every day the condition names has passed ("delivery by 18 Dec fine
    if addresses by 9 Dec" on 14 December): met or missed, that deadline is no longer ahead; and without the clauses
    of events already past (without_past_events)."""
    text = without_past_events(text, said_on, today)
    m = _CONDITION.search(text or "")
    if m is None or not all_past(m.group(0), said_on, today) or len(text[:m.start()].split()) < 3:
        return text
    return text[:m.start()].rstrip(" ,;")
