"""Ends said in another sentence than the wait: "until then" pointing back at a day or length named before, an
event waited for whose day was named before ("Our quarter closes on December 31 ... hold off until the quarter closes"),
and a length corrected after it was asked ("Give us a week. Actually, make that two weeks")."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.text.dates import MONTHS, WEEKDAYS, next_day_of_month, next_weekday, start_of_local_day
from followup.text.holidays import HOLIDAY_RE, next_holiday
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import MONTH_RE, QUIET, Wish, duration_days
from followup.text.wish_quiet import DURATION, quiet_date

# "Please sit tight until then", "no point chasing me before then", "pick it up then", "bis dahin", "efter det": the end
# was named a sentence or two earlier ("procurement usually takes a fortnight", "by the end of the month")
# "after that date" in the other languages: "contácteme después de esa fecha", "melden Sie sich nach diesem Datum"
_THAT_DATE = (r"\b(?:despu[ée]s\s+de\s+(?:esa|esta)\s+fecha|nach\s+diesem\s+(?:datum|tag|termin)|apr[èe]s\s+cette\s+date|"
              r"dopo\s+(?:quella|questa)\s+data|depois\s+(?:dessa|desta)\s+data|na\s+(?:die|deze)\s+datum)\b")
_THEN_BACK = re.compile(r"\b(?:until|till|before|by|after)\s+(?:then|that|(?:this|that)\s+(?:day|date))\b|"
                        r"\b(?:pick\s+(?:it|this)\s+up|leave\s+it|"
                        r"talk|speak)\s+then\b|\bbis\s+dahin\b|\bd'ici\s+l[àa]\b|\bhasta\s+entonces\b|\bat[ée]\s+l[áa]\b|"
                        r"\bfino\s+ad\s+allora\b|\btot\s+dan\b|\befter\s+det\b|\bindtil\s+da\b|\btil\s+da\b|" + _THAT_DATE, re.I)
# a length the customer takes for themselves, said with "the" instead of a count ("I'm going to take the week to walk
# through it", "je prends la semaine pour en parler", "ich nehme mir die kommende Woche"): one such unit ("la semaine
# prochaine", "the week of the 16th" name a day, not a length)
_TAKE_THE = (r"\b(?:take|taking|use|using|spend|spending|nehme|nehmen|prends|prenons|prendre|tomo|tomamos|tomar|prendo|"
             r"prendiamo|prendere|tiro|tiramos|tirar|neem|nemen)\s+(?:mir|uns|me|nous|mi|ci|ons)?\s*"
             r"(?:the|die|la|a|de)\s+(?:(?:next|coming|n[äa]chste|kommende|prochaine|pr[óo]xima|prossima|volgende|komende)\s+)?"
             r"(?P<tunit>week|fortnight|month|woche|monat|semaine|mois|semana|mes|settimana|mese|m[êe]s|maand)\b"
             r"(?!\s+(?:of\b|prochaine|pr[óo]xima|prossima|que\s+vem|que\s+viene|qui\s+vient))")
_TAKEN_DAYS = {"week": 7, "woche": 7, "semaine": 7, "semana": 7, "settimana": 7, "fortnight": 14}  # else a month: 30
# a feast named as a day, closing its clause ("this side of St Andrew's Day. Leave it till then"), not a word before a
# noun ("the Easter holidays", "the christmas bake orders", "the Thanksgiving sale"): only then is it the end pointed at
_FEAST_ALONE = (r"(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:and|or|but|so|then|when|as|because|I|we|you|it|is|are|was|will|at\s+the\s+"
                r"latest)\b)")
_EARLIER_END = re.compile(
    rf"(?P<eom>\bend\s+of\s+(?:the|this)\s+month\b)|(?P<eonw>\bend\s+of\s+next\s+week\b)|"
    rf"\b(?:next|on|by|until|till|after)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday)\b|"
    rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<m1>{MONTH_RE})\b|\b(?P<m2>{MONTH_RE})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b|"
    rf"\bthe\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)\b|\b(?:el\s+d[íi]a|el|le|den|am)\s+(?P<d4>[0-3]?\d)\b(?![.,:/]?\d)|"
    rf"\b{DURATION}|{_TAKE_THE}|\b(?P<feast>{HOLIDAY_RE})\b{_FEAST_ALONE}", re.I)
_A_DATE_BACK = re.compile(r"\b(?:until|till|before|by|after)\s+(?:this|that)\s+(?:day|date)\b|" + _THAT_DATE, re.I)
EARLIER_END_CHARS = 300  # how far back "until then" looks for the end it points at


def end_said_before(before: str, sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The end a "until then" in this sentence points back at: the last date or length named just before it."""
    back = _THEN_BACK.search(sentence)
    if not back:
        return None
    region = before + sentence[: back.start()]
    # "not before that date" points at a day, however far up it was named ("As I said at the top"), never at a length
    dated = _A_DATE_BACK.search(sentence)
    ends = _EARLIER_END.finditer(region if dated else region[-EARLIER_END_CHARS:])
    ends = (m for m in ends if not (dated and (m.group("unit") or m.group("tunit"))))
    found = max(ends, key=lambda m: m.start(), default=None)  # the one named last
    if found is None:
        return None
    today = local.date()
    g = found.groupdict()
    if g["eom"]:
        return quiet_date("end_of_month", found, local, zone)
    if g["eonw"]:
        return quiet_date("end_of_next_week", found, local, zone)
    if g["weekday"]:
        return start_of_local_day(next_weekday(today, WEEKDAYS[g["weekday"].lower()], said_next="next" in found.group().lower()),
                                  zone)
    if g["feast"]:  # "no decision this side of St Andrew's Day. Leave it till then": the feast day itself
        feast = next_holiday(g["feast"], today, zone.key)
        return start_of_local_day(feast, zone) if feast else None
    if g["tunit"]:
        days = _TAKEN_DAYS.get(g["tunit"].lower(), 30)
        return (local + timedelta(days=days)).astimezone(timezone.utc).replace(tzinfo=None)
    if g["unit"]:
        return (local + timedelta(days=duration_days(found))).astimezone(timezone.utc).replace(tzinfo=None)
    month = MONTHS.get((g["m1"] or g["m2"] or "").lower().rstrip(".")) if (g["m1"] or g["m2"]) else None
    day = next_day_of_month(today, int(g["d1"] or g["d2"] or g["d3"] or g["d4"]), month)
    if day is None:
        return None
    # "meeting on 4 December ... until after that": the 4th itself (SPEC: "until after the 15th" = that date)
    return start_of_local_day(day, zone)


_ASKED_AFTER = re.compile(_THAT_DATE, re.I)
_GET_IN_TOUCH = re.compile(r"\b(?:contact\w*|cont[áa]ct\w*|llam\w*|llám\w*|escrib\w*|meld\w*|ruf\w*|schreib\w*|kontakt\w*|"
                           r"[ée]cri\w*|appel\w*|recontact\w*|relanc\w*|chiam\w*|scriv\w*|sentir\w*|lig\w*|escrev\w*|"
                           r"fal[ae]\w*|bel\w*|mail\w*)\b", re.I)


def then_quiet(before: str, sentence: str, found: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """A possible quiet period when a sentence in another language asks to be contacted after "that date", named in a
    sentence before ("termina el día 20. Mejor contácteme después de esa fecha"); [] otherwise."""
    if any(w.kind == QUIET for w in found) or not _ASKED_AFTER.search(sentence) or not _GET_IN_TOUCH.search(sentence):
        return []
    until = end_said_before(before, sentence, local, zone)
    return [Wish(QUIET, sentence.strip(), until=until, certain=False)] if until else []


# the event a wait names ("hold off until the quarter closes", "wait until the board has met"): its noun, to look for
# the day it falls on in the sentences before ("Our quarter closes on December 31")
_EVENT_NAMED = re.compile(r"\b(?:until|till|once|after|before)\s+(?:after\s+)?(?:the|our|my|their|that|this)\s+(?:\w+\s+)?"
                          r"(?P<noun>[a-z]{4,})\s+(?:closes|ends|meets|has\s+met|is\s+over|is\s+done|finishes|signs\s+off|"
                          r"has\s+taken\s+place|takes\s+place|(?:is|has\s+been)\s+held|decides|has\s+decided|"
                          r"is\s+back|gets\s+back|returns|starts|opens)\b", re.I)
# ("at its meeting on Wednesday 9 December": a weekday may come first)
_DAY_SAID = re.compile(rf"\b(?:on|by|is|until|till)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+(?:the\s+)?)?"
                       rf"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
                       rf"(?P<m1>{MONTH_RE})\b|(?P<m2>{MONTH_RE})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b|"
                       rf"(?P<d3>[0-3]?\d)(?:st|nd|rd|th)\b)", re.I)


# the event named by a pronoun: "The audit finishes on the 25th, so please wait until it's over"
_IT_OVER = re.compile(r"\b(?:until|till|after|before)\s+(?:it|that|this)(?:'s|\s+is|\s+has)\s+(?:been\s+)?(?:over|done|finished|"
                      r"closed|complete[d]?|through|wrapped\s+up)\b", re.I)


# the contact back on a day: "wait until he's back on the 30th"
_BACK_ON = re.compile(r"\b(?:until|till|before)\s+(?:he|she|they|I|we)(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+gets?|\s+comes?)\s+"
                      r"back(?:\s+in\s+the\s+office)?", re.I)


def event_dated_before(before: str, sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day a waited-for event falls on when it is named with its day, right after the wait ("before our audit
    closes on the 20th") or in a sentence before ("Our quarter closes on December 31. Please hold off until the quarter
    closes"; "The audit finishes on the 25th, so please wait until it's over"), else None."""
    event = _EVENT_NAMED.search(sentence) or _BACK_ON.search(sentence)
    if not event:
        it = _IT_OVER.search(sentence)
        said = (before[-EARLIER_END_CHARS:] + " " + sentence[: it.start()]) if it else ""
        last = max(_DAY_SAID.finditer(said), key=lambda m: m.start(), default=None)
        return _said_day(last, local, zone) if last else None
    if (m := _DAY_SAID.match(sentence, event.end())) or (m := _DAY_SAID.match(sentence, event.end() + 1)):
        return _said_day(m, local, zone)
    if "noun" not in event.re.groupindex:
        return None
    noun = event.group("noun").lower()
    for said in reversed(re.split(r"(?<=[.!?])\s+|\n", before[-EARLIER_END_CHARS:])):
        at = said.lower().find(noun)
        if at < 0:
            continue
        m = _DAY_SAID.search(said, at)
        return _said_day(m, local, zone) if m else None
    return None


def _said_day(m: re.Match[str], local: datetime, zone: ZoneInfo) -> datetime | None:
    """The start of the local day a _DAY_SAID match names (the next such day), or None."""
    g = m.groupdict()
    month = MONTHS.get((g["m1"] or g["m2"] or "").lower().rstrip(".")) if (g["m1"] or g["m2"]) else None
    day = next_day_of_month(local.date(), int(g["d1"] or g["d2"] or g["d3"]), month)
    return start_of_local_day(day, zone) if day else None


# "Give us a week. Actually, make that two weeks", "I said a week, but make it a fortnight instead": a length said
# again to correct the one asked for before (read only where a quiet period was read already)
_CORRECTED = re.compile(rf"\bmake\s+(?:that|it)\s+{DURATION}", re.I)


def corrected_length(sentence: str, offset: int, text: str, local: datetime) -> Wish | None:
    """The quiet period a corrected length ends ("Actually, make that two weeks"), replacing the one it corrects."""
    if not (m := _CORRECTED.search(sentence)):
        return None
    until = (local + timedelta(days=duration_days(m))).astimezone(timezone.utc).replace(tzinfo=None)
    return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=until)


# the customer's promise to write again once something happens ("I'll be in touch once it's back on the agenda"):
# beside a pause said for certain ("we've shelved it for now"), that is the pause itself, not a wait of its own
_PROMISED_RETURN = re.compile(
    r"\b(?:I|we)(?:'ll|\s+will|\s+shall)\s+(?:be\s+back\s+in\s+touch|get\s+back\s+(?:in\s+touch|to\s+you)|"
    r"come\s+back\s+to\s+you|reach\s+out|be\s+in\s+touch|touch\s+base|reconnect|circle\s+back)\b[^.]{0,25}?"
    r"\b(?:once|as\s+soon\s+as|when)\b|"
    r"\b(?:once|as\s+soon\s+as)\b[^.]{3,80}?,?\s*(?:I|we)(?:'ll|\s+will)\s+(?:be\s+back\s+in\s+touch|get\s+back\s+to\s+you|"
    r"come\s+back\s+to\s+you|be\s+in\s+touch|reach\s+out|touch\s+base)\b|"
    # "on hold till further notice. Kindly wait for my communication": the customer will write, no end of its own
    r"\bwait\s+(?:for|till|until)\s+(?:my|our)\s+(?:communication|call|reply|response|word|message|e-?mail|letter|"
    r"go-?ahead|signal|update)\b", re.I)


def promised_return(quote: str) -> bool:
    """Whether a quiet period's quote is only the customer's promise to write again once something happens."""
    return bool(_PROMISED_RETURN.search(quote))


# a decision of the customer's side awaited ("I'll come back to you once they've signed it off", "once the board has
# approved it"): an event that will come, so a "no need to check in" beside it waits for it rather than pausing
_DECISION_AWAITED = re.compile(r"\b(?:once|when|after|as\s+soon\s+as|until|till)\s+[^.;!?]{0,40}?\b(?:sign(?:ed|s)?\s+"
                               r"(?:it\s+|this\s+|that\s+|them\s+)?off|approv(?:es?|ed)|(?:has|have|had)\s+met|vot(?:es|ed)|"
                               r"(?:has|have)\s+decided|ratif(?:y|ies|ied)|(?:has|have)\s+agreed)\b", re.I)


def decision_awaited(sentence: str) -> bool:
    """Whether a sentence waits for a decision of the customer's side (a sign-off, an approval, a vote, a meeting)."""
    return bool(_DECISION_AWAITED.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
