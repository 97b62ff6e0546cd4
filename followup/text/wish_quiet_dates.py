"""The end of a quiet period: a length ("a good ten days"), a date tied to a wait ("hold off until after the 15th"),
and an end stated loosely in a sentence that already asks for time ("... and revert by next week")."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.text.dates import MONTHS, WEEKDAYS, next_day_of_month, next_weekday, start_of_local_day
from followup.text.prefilter import live, prefilter_patterns
from followup.text.wish_base import MONTH_RE, compiled, duration_days, thanksgiving

# ("a good ten days", "a solid two weeks": the length said with a filler before its count)
DURATION = (r"(?:(?:about|around|roughly|maybe|perhaps|like)\s+)?(?:a\s+(?:good|solid|full)\s+(?=\w+\s+(?:day|week|month)s?))?"
            r"(?P<n>\d{1,2}|"
            r"another|a\s+further|an\s+extra|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|some|several)"
             # "ten days-ish": the suffix hedges the length, it still is one
            r"\s+(?:more\s+)?(?P<unit>day|week|wk|fortnight|month)s?(?:-?ish)?(?![-\w])(?:\s+or\s+(?P<n2>two|three|so|\d))?")

# "think it over" (any verb of slow thought), also read before "over the weekend"
_THINK_IT_OVER = (r"(?:(?:think|mull|chew|ponder|reflect)\s+(?:about\s+|on\s+|over\s+)?(?:it|this|that|things)(?:\s+over|"
                  r"\s+through)?|(?:sleep|sit)\s+on\s+(?:it|this|that)|digest\s+(?:it|this|that|all\s+this)|"
                  r"consider\s+(?:it|this|that)|have\s+a\s+(?:think|ponder))")
# A date only makes a quiet period when the customer ties it to being left alone or contacted later
# ("hold off until after the 15th", "I'm travelling until the 19th"), not in "Steve is in Japan until Thursday".
# ("contact again after 21 November": the object left out, as writers of English as a second language often do)
_CUE_TEMPLATE = (r"(?:\b(?:(?:give|allow|grant)\s+(?:me|us)|not(?=\s+(?:before|until|till)\b)|wait|hold\s+(?:off|on|it|fire|"
                 r"that\s+thought)|sit\s+tight|hang\s+(?:on|fire)|leave\s+it|nothing|"
                 # what is held or not done named: "hold any follow-ups until ...", "no chasing till ..."
                 r"hold\s+(?:any|all|the|our|my)\s+(?:further\s+)?(?:follow[- ]?ups?|e-?mails?|calls?|chasers?|reminders?|"
                 r"contact)|(?:no|not)\s+chasing|"
                 # the matter itself held (Indian English "kindly hold the matter till the 9th")
                 r"hold\s+(?:the|this|that|our)\s+(?:matter|proposal|discussion|topic|file|case|enquiry|inquiry|deal)|"
             # ("I'd rather you didn't ring before the 9th": the polite past says "don't")
             r"(?:don'?t|doh|do\s+not|not\s+to|rather\s+you\s+didn'?t)\s+(?:follow\s+up|contact|e-?mail|call|chase|send|"
             r"get\s+in\s+touch|ring|phone|write|"
             r"disturb)|reach\s+out|"
             # the contact said not worth the rep's while: "don't bother calling or emailing until the end of the month"
             r"(?:don'?t|do\s+not|no\s+need\s+to)\s+bother\s+(?:with\s+)?(?:calling|ringing|phoning|e-?mailing|chasing|"
             r"contacting|writing|sending|following\s+up|getting\s+in\s+touch)|"
             # "can u pls not chase till the 24th", "no point chasing me before the 21st", "exercise patience with me
             # till month end": contact held back in other words than "don't"
             r"not\s+(?:chase|disturb)|no\s+point\s+(?:in\s+)?(?:you\s+|your\s+)?(?:chasing|calling|contacting|following\s+up|"
             # ("there's no point you ringing me about it before the 20th": the rep named, the call said British)
             r"e-?mailing|ringing|phoning)|"
             r"(?:exercise|have|show)\s+(?:some\s+|a\s+little\s+)?patience|be\s+patient|bear\s+with\s+(?:me|us)|"
             r"follow\s+up|contact\s+(?:again|me|"
             r"us)|e-?mail\s+(?:me|us)|write\s+(?:to\s+)?(?:me|us)\s+again|"
             # "ping me after the 5th", "don't be chasing us before the 9th" (said so in Ireland and the north of England)
             r"(?:ping|nudge)\s+(?:me|us)|(?:don'?t|doh|do\s+not)\s+be\s+(?:chasing|contacting|calling|e-?mailing|ringing|"
             # "don't be at me till Monday", "don't be on at us about it" (Irish, Newfoundland): pestering
             r"pestering|bothering|bugging|hassling|hounding|(?:on\s+)?at\s+(?:me|us))|"
             r"call\s+(?:me|us)|talk|touch\s+base|pick\s+(?:this|it)\s+(?:back\s+)?up|circle\s+back|check\s+back|reconnect|"
             # "we would be grateful if no further correspondence were sent to us before 1 December"
             r"no\s+(?:further|more)\s+(?:correspondence|contact|e-?mails?|calls?|follow[- ]?ups?|messages?)|"
             r"get\s+back\s+to\s+(?:me|you)|"
             r"be\s+in\s+touch|look\s+at\s+(?:this|it)|revisit|park\s+(?:this|it|that|things|the\s+\w+)|"
             r"come\s+back\s+to\s+(?:this|it)"
             r"{away})\b[^.]{{0,40}}?|^\W*(?=(?:until|till)\s+after\b|after\s+the\b))")
_AWAY = r"|(?:I'm|I\s+am|we're|we\s+are)\s+(?:\w+\s+){0,3}?(?:out|away|busy|slammed|swamped|snowed\s+under|travell?ing|off)"
_WAIT_OR_AWAY_CUE = _CUE_TEMPLATE.format(away=_AWAY)
_WAIT_CUE = _CUE_TEMPLATE.format(away="")
# a weekday, whole or shortened as people type it ("thurs", "weds"; not "sat", "sun": words of their own)
_WEEKDAY_RE = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri)")
DAYS_IN_WEEK = 7
# what may stand before a weekday: "next", Nigerian "next week Friday" (the Friday of next week) and British
# "2 weeks Monday" (that many weeks after the coming Monday, as "Monday fortnight")
_WEEKDAY_AHEAD = r"(?:(?P<next_week>next\s+week\s+)|(?P<weeks>a|one|1|two|2|three|3)\s+weeks?\s+|next\s+)?"
_WEEKS_AHEAD = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}
_WEEK_OF = r"(?:the\s+)?(?:w/c|week\s+(?:commencing|beginning|starting|of))\s+(?:(?:the|mon(?:day)?)\s+)?"
_QUIET_DATE_PATTERNS: dict[str, str] = {
    # "hold off until w/c 7 December", "circle back the week of the 23rd", "week commencing Nov 30": that week's first day
    # (not "we're away the week of the 16th": away that week ends after it)
    "week_of": rf"{_WAIT_CUE}\b(?:(?:until|till|til|before|in|on|during|for)\s+)?{_WEEK_OF}(?P<day>[0-3]?\d)"
               rf"(?:st|nd|rd|th)?\b(?:\s+(?:of\s+)?(?P<month>{MONTH_RE})\b)?",
    "week_of_month_day": rf"{_WAIT_CUE}\b(?:(?:until|till|til|before|in|on|during|for)\s+)?{_WEEK_OF}"
                         rf"(?P<month>{MONTH_RE})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b",
    "until_day": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|"
                 rf"till\s+after|until|till|til|after|before)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|"
                 rf"nd|rd|th)\b(?:\s+(?:of\s+)?(?P<month>{MONTH_RE})\b)?",
    "until_month_day": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|"
                       rf"till\s+after|until|till|after)\s+(?P<month>{MONTH_RE})\.?\s+(?P<day>[0-3]?\d)(?:st|"
                       rf"nd|rd|th)?\b",
    # "don't follow up before 7 December", "not before the 7th Dec", "until after 15 January"
    "until_day_month": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|till\s+after|until|till|after|before)\s+(?:the\s+)?"
                       rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE})\b",
    # "hold off til 2026-11-24": a date written year first, as forms and calendars print it
    "until_iso": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|till\s+after|until|till|til|after|before)\s+"
                 rf"(?:the\s+)?(?P<iso>20\d\d-[01]?\d-[0-3]?\d)\b",
    "until_month_day_before": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>before)\s+(?P<month>{MONTH_RE})\.?\s+(?P<day>[0-3]?\d)(?:st|"
                              rf"nd|rd|th)?\b",
    # "contact me again from Monday 15 February, not earlier": that day (said as a start: "don't call from the 20th" is none)
    "from_day": rf"\b(?:contact|call|ring|phone|e-?mail|write\s+to|reach|try|get\s+back\s+to)\s+(?:me|us)\s+(?:again\s+)?"
                rf"(?P<prep>from)\s+(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                rf"(?:\s+(?:of\s+)?(?P<month>{MONTH_RE})\b)?(?=[^.]{{0,25}}\b(?:not\s+(?:earlier|before|sooner)|onwards?|on)\b)",
    # "check back with me on the 23rd", "try me again on 4 January": that day itself
    "on_day": rf"\b(?:check\s+back|check\s+in|follow\s+up|reach\s+out|get\s+back\s+to\s+me|try\s+me|contact\s+me|"
              rf"(?:chase|nudge|ping|remind)\s+(?:me|us)|"
              rf"call\s+me|touch\s+base|circle\s+back|come\s+back\s+to\s+me|pick\s+(?:this|it)\s+up)\b[^.]{{0,25}}?\b"
              rf"(?P<prep>on)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?:\s+(?:of\s+)?(?P<month>{MONTH_RE}))?\b",
    "on_weekday": r"\b(?:check\s+back|check\s+in|follow\s+up|reach\s+out|get\s+back\s+to\s+me|try\s+me|"
                  r"(?:chase|nudge|ping|remind)\s+(?:me|us)|"
                  r"touch\s+base|circle\s+back|come\s+back\s+to\s+me|pick\s+(?:this|it)\s+up)\b[^.]{0,25}?\b"
                  r"(?P<prep>on|next)\s+(?:next\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday)\b",
    # "don't chase before the first week of December": the 1st of that month
    "first_week_of": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until|till|til|before)\s+(?:the\s+)?(?:first|1st)\s+week\s+of\s+"
                     rf"(?P<month>{MONTH_RE})\b",
    # "until mid-December": the 15th of that month
    "mid_month": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until|till|til|after)\s+(?:the\s+)?mid(?:-|\s+|dle\s+of\s+)"
                 rf"(?P<month>{MONTH_RE})\b",
    # "let's reconnect mid-December", "check back in mid January": the contact verb right before the middle of a month
    # (the verb stands as the "preposition": no "after", so the day is the middle itself)
    "talk_mid_month": rf"\b(?P<prep>reconnect|talk|speak|touch\s+base|circle\s+back|follow\s+up|check\s+(?:back|in)|revisit|"
                      rf"reach\s+out|(?:try|ping|call|e-?mail)\s+me|get\s+back\s+to\s+me)\s+(?:again\s+)?(?:in\s+)?"
                      rf"(?:the\s+)?mid(?:-|\s+|dle\s+of\s+)(?P<month>{MONTH_RE})\b",
    # ("leave it with me till the month's out", "not before the month is out": the month run out, said in Britain)
    "end_of_month": rf"{_WAIT_CUE}\b(?:until\s+|till\s+|by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+month|month[- ]end|"
                    rf"month(?:'s|\s+is)\s+out)\b",
    # "hold off till the end of July", "don't chase before the close of March": the last day of that month
    "end_of_named_month": rf"{_WAIT_CUE}\b(?:until|till|til|by|before)\s+(?:the\s+)?(?:end|close)\s+of\s+"
                          rf"(?P<month>{MONTH_RE})\b",
    "until_weekday": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|"
                     rf"till\s+after|until|till|after|up\s+to|before)\s+{_WEEKDAY_AHEAD}(?P<weekday>{_WEEKDAY_RE})\b"
                     rf"(?:\s+(?:of\s+)?next\s+week\b|(?P<week>\s+w(?:ee)?k|\s+(?P<fortnight>fortnight))\b)?",
    # "give us till the end of next week": the Friday of next week (before "next_week", which would say Monday)
    "end_of_next_week": rf"{_WAIT_CUE}\b(?:until\s+|till\s+|by\s+)?(?:the\s+)?end\s+of\s+next\s+week\b",
    "next_week": rf"{_WAIT_CUE}\b(?:until\s+)?next\s+week\b|\b(?:try\s+me|"
                 rf"come\s+back|check\s+in|reply|respond|answer|"
                 rf"decide|talk\s+to\s+you)\b[^.]{{0,15}}\bnext\s+week\b",
    # "I'm out all next week": quiet until the Monday after that week
    "away_next_week": r"\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:\w+\s+){0,4}?(?:out|"
                      r"away|off|on\s+(?:vacation|holiday|leave)|"
                      r"travell?ing)\s+(?:all\s+|the\s+whole\s+)?next\s+week\b",
    "thanksgiving": rf"{_WAIT_OR_AWAY_CUE}\b(?:until\s+after|after)\s+thanksgiving\b",
    "weekend": rf"\b(?:give\s+(?:me|us)|until\s+after)\s+the\s+weekend\b|{_WAIT_CUE}\b(?:until\s+)?after\s+the\s+weekend\b|"
               rf"\b(?:{_THINK_IT_OVER}|think|mull|look\s+at)\b[^.]{{0,20}}\bover\s+the\s+weekend\b",
}
MID_MONTH_DAY = 15  # "mid-December"


# An end stated anywhere in a sentence that already asks for time ("let me mull this over and revert by next week").
# Only looked for after a think/need/promise rule fired, so "the approval takes a week" never gets here.
_LOOSE_END_PATTERNS: dict[str, str] = {
    "end_of_next_week": r"\bend\s+of\s+next\s+week\b",
    "end_of_week": r"\bend\s+of\s+(?:the|this)\s+week\b|\bthe\s+week(?:'s|\s+is)\s+out\b",
    # "till next week Friday": the weekday names the day, before "next week" alone would say its Monday
    "next_week_weekday": rf"\b(?P<prep>by|until|till|til|on|before)?\s*(?P<next_week>next\s+week\s+)(?P<weekday>{_WEEKDAY_RE})\b",
    "next_week": r"\bnext\s+week\b",
    "weekend": r"\b(?:over|after)\s+the\s+weekend\b",
    "until_weekday": rf"\b(?P<prep>by|until|till|on|before|after)\s+{_WEEKDAY_AHEAD}(?P<weekday>{_WEEKDAY_RE})\b"
                     rf"(?:\s+(?:of\s+)?next\s+week\b|(?P<week>\s+w(?:ee)?k|\s+(?P<fortnight>fortnight))\b)?",
    # "check back next Monday": that Monday itself
    "next_weekday": r"\b(?P<prep>next)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday)\b",
    "until_day": rf"\b(?P<prep>until\s+after|till\s+after|until|till|after|before|by)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|"
                 rf"nd|rd|th)\b(?:\s+(?:of\s+)?(?P<month>{MONTH_RE})\b)?",
    # "until after 1.12.", "until 27.11, then": a day and month in figures, European order, right after "until"
    "until_figures": r"\b(?P<prep>until\s+after|till\s+after|until|till|til|before|by)\s+(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)"
                     r"\b\.?(?![\d,]\d)",
    "duration": rf"\b(?:in|within|after|for|probably|be|say|take|about)\s+{DURATION}",
    # "Need to think it over - three weeks maybe?": a length set off by a dash, or hedged after it
    "hedged_duration": rf"(?:\s[-\u2013\u2014]\s*|\b){DURATION}(?=\s*(?:maybe|perhaps|or\s+so|tops|at\s+most)\b|\s*\?)",
}

# The rules of a quiet period to a date (_QUIET_DATE_PATTERNS), compiled.
QUIET_DATE = compiled(_QUIET_DATE_PATTERNS)

_LOOSE_END = compiled(_LOOSE_END_PATTERNS)  # only searched after a think/need/promise rule fired

# contact held back before a day, as against contact wanted before it ("would like to talk before Monday")
_HELD_BEFORE = re.compile(r"n't\b|\b(?:not|doh|no|never|nothing|hold|wait|sit\s+tight|hang|leave|busy|away|out|slammed|"
                          r"swamped)\b", re.I)


def _month_end(day: date) -> date:
    """The last day of the month a day falls in."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def quiet_date(name: str, m: re.Match[str], local: datetime, zone: ZoneInfo) -> datetime | None:
    """End of a quiet period named by a date phrase, as naive UTC."""
    today = local.date()
    if name in ("next_week", "weekend"):
        return start_of_local_day(today + timedelta(days=7 - today.weekday()), zone)
    if name == "end_of_month":
        return start_of_local_day(_month_end(today), zone)
    if name == "end_of_named_month":  # the month named, this one while it lasts, else its next coming
        month = MONTHS[m.group("month").lower().rstrip(".")]
        return start_of_local_day(_month_end(today.replace(year=today.year + (month < today.month), month=month, day=1)),
                                  zone)
    if name == "end_of_next_week":
        return start_of_local_day(today + timedelta(days=7 - today.weekday() + 4), zone)
    if name == "end_of_week":
        return start_of_local_day(today + timedelta(days=(4 - today.weekday()) % 7 or 7), zone)
    if name == "away_next_week":
        return start_of_local_day(today + timedelta(days=14 - today.weekday()), zone)
    if name == "thanksgiving":
        day = thanksgiving(today.year)
        day = day if day >= today else thanksgiving(today.year + 1)
    elif name == "until_iso":
        try:
            day = date(*map(int, m.group("iso").split("-")))
        except ValueError:  # "2026-02-30"
            return None
    elif name in ("until_weekday", "on_weekday", "next_weekday", "next_week_weekday"):
        if (m.groupdict().get("prep") or "").lower() == "before" and not _HELD_BEFORE.search(m.group()):
            return None  # "if you would like to talk before Monday" wants contact sooner, not a wait
        weekday = WEEKDAYS[m.group("weekday").lower()]
        day = next_weekday(today, weekday, said_next="next" in m.group().lower())
        groups = m.groupdict()
        if groups.get("next_week"):  # "next week Friday": that weekday in the week after this one
            day = today + timedelta(days=DAYS_IN_WEEK - today.weekday() + weekday)
        elif groups.get("weeks") or groups.get("fortnight"):  # "2 weeks Monday", "Monday fortnight"
            ahead = _WEEKS_AHEAD[groups["weeks"].lower()] if groups.get("weeks") else 2
            day = next_weekday(today, weekday) + timedelta(days=DAYS_IN_WEEK * ahead)
        elif groups.get("week"):  # "Thursday week", "thurs wk" (British): a week after the coming Thursday
            day = next_weekday(today, weekday) + timedelta(days=DAYS_IN_WEEK)
    elif name == "until_figures":
        if not 1 <= int(m.group("mnum")) <= 12:
            return None
        found = next_day_of_month(today, int(m.group("day")), int(m.group("mnum")))
        if found is None:
            return None
        day = found
    else:
        month = MONTHS.get((m.group("month") or "").lower().rstrip(".")) if m.group("month") else None
        number = MID_MONTH_DAY if name in ("mid_month", "talk_mid_month") else 1 if name == "first_week_of" \
            else int(m.group("day"))
        found = next_day_of_month(today, number, month)
        if found is None:
            return None
        day = found
    return start_of_local_day(day, zone)  # SPEC: "until after the 15th" = the 15th itself, as "until the 15th"


def loose_end(sentence: str, local: datetime, zone: ZoneInfo) -> tuple[datetime, re.Match[str]] | None:
    """(end, match) of the first end stated anywhere in the sentence ("by Monday", "probably a week"), if any."""
    for name, rx in live(_LOOSE_END, sentence):
        m = rx.search(sentence)
        if not m:
            continue
        if name in ("duration", "hedged_duration"):
            until = (local + timedelta(days=duration_days(m))).astimezone(timezone.utc).replace(tzinfo=None)
        else:
            until = quiet_date(name, m, local, zone)
        if until is not None:
            return until, m
    return None



prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
