"""Quiet periods read for certain: a duration ("give me a week"), thinking time, a date ("until after the 15th"), an
end stated anywhere in a sentence that asks for time, and waits for an undated event."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.text.dates import MONTHS, WEEKDAYS, next_day_of_month, next_weekday, start_of_local_day
from followup.text.prefilter import live, prefilter_patterns
from followup.text.wish_base import (  # noqa: F401
    A_FEW_DAYS,
    CONTACT_VERB,
    ME,
    MONTH_RE,
    QUIET,
    Wish,
    compiled,
    duration_days,
    guarded,
    thanksgiving,
)
from followup.text.wish_meeting import dated_meeting_wait
from followup.text.wish_month import refused_until_month
from followup.text.wish_quiet_abroad import refused_before_abroad, refused_before_date_english

# ---------------------------------------------------------------- quiet
# Ways of saying "wait" (British "hang fire", "hold fire" included) and "think it over" (any verb of slow thought).
_HOLD_VERB = r"(?:hold\s+off|hold\s+fire|hang\s+fire|wait)"
_THINK_IT_OVER = (r"(?:(?:think|mull|chew|ponder|reflect)\s+(?:about\s+|on\s+|over\s+)?(?:it|this|that|things)(?:\s+over|"
                  r"\s+through)?|(?:sleep|sit)\s+on\s+(?:it|this|that)|digest\s+(?:it|this|that|all\s+this)|"
                  r"consider\s+(?:it|this|that)|have\s+a\s+(?:think|ponder))")
# Verbs a customer asks for time with: "I need / I'd like / I'd appreciate / we could do with a few days" ("I would be
# grateful for a few days before you follow this up": the formal thanks in advance asks the same)
_NEED_VERB = (r"(?:need|want|like|appreciate|require|could\s+(?:do\s+with|use)|going\s+to\s+need|"
              r"be\s+(?:very\s+|most\s+|really\s+)?(?:grateful|thankful)\s+for)")
# notice needed before a job, no wait for the rep: "a fortnight's notice", "a week's lead time", "a week in advance"
_NOTICE = (r"['’]s?\s+(?:\w+\s+)?(?:notice|lead[-\s]?time|warning|heads[-\s]?up)\b|"
           r"\s+(?:in\s+advance|ahead\s+of\s+(?:time|any|the|each|every))\b|\s+(?:notice|lead[-\s]?time)\b")
# The time asked for, without a length: "some time", "a bit more time", "a little breathing space".
_TIME_NOUN = (r"(?:(?:some|a\s+bit\s+of|a\s+little|a\s+bit\s+more|a\s+little\s+more|some\s+more|more|extra)\s+)?"
              r"(?:time|breathing\s+(?:space|room))(?!\s+(?:with|on|slot|off|to\s+(?:install|fit|deliver)))")
# ("a good ten days", "a solid two weeks": the length said with a filler before its count)
DURATION = (r"(?:(?:about|around|roughly|maybe|perhaps|like)\s+)?(?:a\s+(?:good|solid|full)\s+(?=\w+\s+(?:day|week|month)s?))?"
            r"(?P<n>\d{1,2}|"
            r"another|a\s+further|an\s+extra|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|some|several)"
             # "ten days-ish": the suffix hedges the length, it still is one
            r"\s+(?:more\s+)?(?P<unit>day|week|wk|fortnight|month)s?(?:-?ish)?(?![-\w])(?:\s+or\s+(?P<n2>two|three|so|\d))?")
_QUIET_DURATION_PATTERNS: dict[str, str] = {
    # ("leave me one week", "can you leave it a fortnight?": the time left to the customer)
    "give_me": rf"\b(?:(?:give|allow|grant|leave)\s+{ME}|let\s+{ME}\s+have|leave\s+(?:it|this|things)(?:\s+for)?)\s+"
               rf"(?:another\s+)?{DURATION}",
    # "could I have a few days?", "can we get another week?": the customer asking for time as a question
    "may_i_have": rf"\b(?:could|can|may|might)\s+(?:I|we)\s+(?:have|get|take)\s+(?:another\s+)?{DURATION}",
    # relayed for the contact: "Petra asked me to pass on that she needs ten days", "... to tell you to give him 3 weeks"
    "relayed_need": rf"\b(?:asked|wanted)\s+me\s+to\s+(?:pass\s+on|tell\s+you|let\s+you\s+know)\s+(?:that\s+)?(?:(?:she|he)\s+"
                    rf"(?:needs|would\s+like|wants)|(?:to\s+)?give\s+(?:him|her))\s+{DURATION}",
    # "I'd appreciate a few days", "we could do with a couple of weeks"; not "we need the car for a few days", nor
    # "two weeks of on-site support" (a service) or "a fortnight's notice" (_NOTICE)
    "i_need": rf"(?:\b(?:I|we)(?:'ll|\s+will|'d|\s+would|'m|\s+am|'re|\s+are)?\s+|"
              rf"^\W*){_NEED_VERB}\s+(?:to\s+have\s+)?{DURATION}(?!\s+of\b|{_NOTICE})",
    "in_duration": rf"\b(?:get back to you|revert|let you know|reply|respond|be in touch|come back to you|"
                   rf"check back(?: with {ME})?|"
                   rf"reach out(?: again)?|"
                   rf"follow up(?: with {ME})?|touch base|try {ME}(?: again)?|"
                   # ("please check with me again in three weeks' time": "with" without "back" or "in")
                   rf"circle back|talk again|check in(?: with {ME})?|check with {ME}|drop {ME} a line|give {ME} a (?:call|ring|"
                   rf"shout)|reconnect|speak|chat|(?:have|get) (?:an? )?(?:answer|"
                   rf"decision|reply)(?: for you)?|(?:contact|ping|"
                   rf"email|call|write(?: to)?) {ME}(?: again)?|get in touch)"
                   # ("circle back with me in a fortnight", "touch base with us in two weeks")
                   rf"(?:\s+with\s+{ME})?\s+(?:again\s+)?(?:in|after)\s+{DURATION}",
    # "don't follow up for two weeks", "please don't reach out for a month"
    "dont_for": rf"\b(?:don'?t|do\s+not|please\s+no)\s+(?:{CONTACT_VERB}|follow(?:ing)?\s+up|chase|reach\s+out|get\s+in\s+touch)"
                rf"(?:\s+(?:with\s+)?{ME})?(?:\s+again)?\s+(?:for|in|within)\s+(?:the\s+next\s+)?{DURATION}",
    "for_duration": rf"\b(?:{_HOLD_VERB}|leave it with {ME}|(?:exercise|have|show)\s+(?:some\s+|a\s+little\s+)?patience|"
                    rf"be\s+patient|bear\s+with\s+{ME}|{_THINK_IT_OVER}|park\s+(?:this|it|that|things|(?:the|our)\s+\w+)|"
                    rf"don'?t (?:chase|"
                    rf"contact|email|call) {ME})\s+(?:for\s+)?{DURATION}",
}
_QUIET_THINK_PATTERNS: dict[str, str] = {
    # "let me think it over", "I'd like to sit on it", "let me ponder this"; the customer's own slow thought
    "think_about_it": rf"\b(?:let\s+me|let\s+us|let's|I'd\s+like\s+to|"
                      rf"we'd\s+like\s+to|I\s+want\s+to|I'll\s+have\s+to|I\s+have\s+to|need\s+to|going\s+to)\s+"
                      rf"(?:{_THINK_IT_OVER}|digest)\b",
    # "let me discuss it with my wife", "I need to run it past the board": time to consult the customer's own people.
    # Not "let's discuss this" (with the rep) nor "I'll have to check with Kathleen on the details" (a task).
    "consult_first": r"\b(?:let\s+me|I\s+need\s+to|we\s+need\s+to|I'll\s+(?:need|have)\s+to|we'll\s+(?:need|have)\s+to|"
                     r"I\s+have\s+to|we\s+have\s+to|I\s+must|I\s+want\s+to|I'd\s+like\s+to|we'd\s+like\s+to)\s+(?:first\s+)?"
                     r"(?:(?:discuss|talk\s+over|talk\s+through|go\s+over)\s+(?:it|this|that|the\s+\w+)\s+with|"
                     r"talk\s+(?:it|this|that)\s+(?:over|through)\s+with|run\s+(?:it|this|that|the\s+\w+)\s+(?:past|by)|"
                     r"check\s+with|speak\s+(?:to|with)|consult(?:\s+with)?)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:wife|husband|"
                     r"partner|family|team|board|boss|manager|director|accountant|broker|lawyer|solicitor|bank|finance|CFO|CEO|"
                     r"owner|colleagues?|IT|procurement|legal|dad|mum|mom|parents)\b",
    # "please hold off for a bit": a short wait of unstated length
    "wait_a_bit": rf"\b{_HOLD_VERB}\s+(?:for\s+)?(?:a\s+(?:little\s+)?bit|a\s+little\s+while|a\s+short\s+while)\b",
    "still_thinking": r"\bstill\s+thinking\s+(?:it|this)\s+over\b",
    "sleep_on_it": r"\bsleep\s+on\s+it\b|\blet\s+me\s+digest\b|\b(?:have|take)\s+a\s+think\b",
    # "I'd appreciate a bit of time", "we need a little breathing space", "I'm going to need some more time";
    # guarded by _TIME_NOUN against "time with your engineer", "time on site"
    "need_time": rf"(?:\b(?:I|we)(?:'ll|\s+will|'d|\s+would|'m|\s+am|'re|\s+are)?\s+|^\W*|\bjust\s+){_NEED_VERB}\s+"
                 rf"{_TIME_NOUN}\b|\b(?:give|allow|grant)\s+(?:me|us)\s+{_TIME_NOUN}\b",
}
# Replies the customer promises, which only make a quiet period when an end is stated somewhere in the sentence
# ("I'll let you know by Monday", "hold fire until I've spoken to the bank, should be a week").
_QUIET_PROMISE = re.compile(
    rf"\b(?:I|we)(?:'ll|\s+will|'d|\s+would|\s+shall)\s+(?:\w+\s+)?(?:get\s+back\s+to\s+you|revert|let\s+you\s+know|"
    rf"be\s+in\s+touch|come\s+back\s+to\s+you|have\s+an\s+answer|decide)\b|^\W*(?:please\s+)?{_HOLD_VERB}\b", re.I)
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
             r"not\s+(?:chase|disturb)|no\s+point\s+(?:in\s+)?(?:chasing|calling|contacting|following\s+up|e-?mailing)|"
             r"(?:exercise|have|show)\s+(?:some\s+|a\s+little\s+)?patience|be\s+patient|bear\s+with\s+(?:me|us)|"
             r"follow\s+up|contact\s+(?:again|me|"
             r"us)|e-?mail\s+(?:me|us)|"
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
                 rf"nd|rd|th)\b(?:\s+of\s+(?P<month>{MONTH_RE}))?",
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
_QUIET_GUARDS: dict[str, str] = {
    # ("they give us 60 days terms", "30 days' credit": how long a bill may wait, no wait of the customer's)
    "notice": r"\b(?:days?|weeks?)'?\s+(?:notice|lead\s+time|turnaround|(?:payment\s+)?terms|credit)\b|"
              r"\b(?:day|week)'?s?'?\s+(?:notice|warning|heads[- ]up)\b",
    # ("then we can take it forward" moves the matter on: no time taken)
    "takes": r"\b(?:takes?(?!\s+(?:it|this|that|things|the\s+matter)\s+(?:forward|further|from\s+there)\b)|took|taking|"
             r"needs?\s+a\s+week\s+to\s+finish|valid|due|delivery|install\w*|ago|last)\b",
    # (but "could you get back to me after the 15th?" asks for the wait)
    "asks_rep": r"\b(?:can|could|would)\s+you\s+(?:get back|reply|respond|send)\b(?![^.?]{0,25}\bafter\b)|\bif\s+you\s+need\b|"
                r"\bdon'?t\s+wait\b",
    "meeting": r"\b(?:see you|meet|meeting|works for|how about|demo|closed)\b",
    # (not the polite subjunctive: "we would be grateful if no further correspondence were sent to us before 1 December")
    "past": r"\b(?:gave it|was|did|had to|waited|deferred)\b|\bwere\b(?!\s+(?:sent|directed|addressed)\b)",
    "sending": r"\bto\s+send\b|\bsend\s+out\b|"
               # people or goods sent, not a message: "please don't send the crew with the sign before Tuesday"
               r"\bsend\s+(?:the|your|a|an|any|our|my)\s+(?:[\w-]+\s+){0,2}?(?:crew|fitters?|installers?|engineers?|"
               r"technicians?|drivers?|vans?|trucks?|lorr(?:y|ies)|couriers?|workers?|builders?|goods|stock|equipment|"
               r"machines?|materials?|parts|pallets?|signs?|totems?)\b",
    # the time offered is turned down: "No need to give us more time to think. We've decided: yes"
    # ("there's no reason to wait till April": the wait said before is called off)
    "not_needed": r"\bno\s+(?:need|reason)\s+to\s+(?:give|allow|wait|hold)\b|"
                  r"\b(?:don'?t|do\s+not)\s+need\s+(?:any\s+)?(?:more|extra)\s+time\b",
    # "I'm away next week, so please send the paperwork today": a request for now, not for quiet
    # "let me check with finance and get back to you today": same day, nothing to hold
    "same_day": r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|within\s+the\s+hour|in\s+an\s+hour|shortly)\b",
    "send_now": r"\bsend\b[^.]{0,30}\b(?:today|now|asap|tonight|tomorrow)\b",
    "others": r"^\W*(?:he|she|they|it)\b(?![^.]*\basked\s+me\s+to\s+(?:tell|let|pass)\b)|\bwho\s+(?:is|are|will)\b",
    # (unless the customer then asks for themselves: "my partner is away this week, so please give us a week")
    "third_party": r"^\W*(?:our|my|his|her|their)\s+\w+\s+(?:is|are|was|will)\b"
                   r"(?![^.]*\b(?:please\s+)?(?:give|allow|grant)\s+(?:me|us)\b)",
}

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
                 rf"nd|rd|th)\b(?:\s+of\s+(?P<month>{MONTH_RE}))?",
    # "until after 1.12.", "until 27.11, then": a day and month in figures, European order, right after "until"
    "until_figures": r"\b(?P<prep>until\s+after|till\s+after|until|till|til|before|by)\s+(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)"
                     r"\b\.?(?![\d,]\d)",
    "duration": rf"\b(?:in|within|after|for|probably|be|say|take|about)\s+{DURATION}",
    # "Need to think it over - three weeks maybe?": a length set off by a dash, or hedged after it
    "hedged_duration": rf"(?:\s[-\u2013\u2014]\s*|\b){DURATION}(?=\s*(?:maybe|perhaps|or\s+so|tops|at\s+most)\b|\s*\?)",
}

_QUIET_DUR = compiled(_QUIET_DURATION_PATTERNS)
_QUIET_THINK = compiled(_QUIET_THINK_PATTERNS)
# The rules of a quiet period to a date (_QUIET_DATE_PATTERNS), compiled.
QUIET_DATE = compiled(_QUIET_DATE_PATTERNS)
# The quiet-period guards (_QUIET_GUARDS), compiled.
QUIET_G = compiled(_QUIET_GUARDS)
_LOOSE_END = compiled(_LOOSE_END_PATTERNS)  # only searched after a think/need/promise rule fired

# contact held back before a day, as against contact wanted before it ("would like to talk before Monday")
_HELD_BEFORE = re.compile(r"n't\b|\b(?:not|doh|no|never|nothing|hold|wait|sit\s+tight|hang|leave|busy|away|out|slammed|"
                          r"swamped)\b", re.I)


def quiet_date(name: str, m: re.Match[str], local: datetime, zone: ZoneInfo) -> datetime | None:
    """End of a quiet period named by a date phrase, as naive UTC."""
    today = local.date()
    if name in ("next_week", "weekend"):
        return start_of_local_day(today + timedelta(days=7 - today.weekday()), zone)
    if name == "end_of_month":
        first_next = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return start_of_local_day(first_next - timedelta(days=1), zone)
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


# Every date and duration pattern names a number, weekday, week, month, fortnight or Thanksgiving: without one, skip them
_DATEISH = re.compile(r"\d|day|week|month|fortnight|thanksgiving|\bmid|\b(?:wk|mon|tues?|weds?|thu(?:rs?)?|fri)\b", re.I)
# "Steve is in Japan until Thursday"; not the customer in colloquial English: "Me and Trace want a fortnight"
_NAMED_SUBJECT = re.compile(r"^\W*(?:Yes\W+)?(?!Me\b|Myself\b)[A-Z][a-z]+\s+(?:is|was|will|has|and)\b")


def quiet_wish(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A quiet-period wish in one sentence, if any (dates win over durations, durations over "let me think")."""
    refused = refused_before_date_english(sentence, offset, text, local, zone) \
        or refused_until_month(sentence, offset, text, local, zone) \
        or dated_meeting_wait(sentence, offset, text, local, zone)  # "until the board has met", it meets on the 11th
    if refused is not None:  # a refusal with its date says its own reason ("we are closed, so don't ... before 10 Jan")
        return refused
    wish = _quiet_unguarded(sentence, offset, text, local, zone)
    if wish is None:  # the six other languages the rules read: "no me busque antes del 2 de junio"
        return refused_before_abroad(sentence, offset, text, local, zone)
    # the guards are read only where a pattern fired: most sentences fire none (the same answers, cheaper)
    if wish is None or _NAMED_SUBJECT.search(sentence) or not guarded(sentence, QUIET_G):
        return None if wish is None or _NAMED_SUBJECT.search(sentence) else wish
    return wish if _only_later_takes(sentence, wish.quote) or _only_in_reason(sentence, wish.quote) \
        or _only_in_sequel(sentence, wish.quote) else None


_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-\u2013\u2014]\s")
# the reason handed on to the request by "so" ("We're flat out with the Easter lot arriving today, so don't be chasing us
# till the 20th"): the reason's words say why, not what is asked
# the clause that says what follows the quiet ("..., after that we can talk", "...; then we can discuss the demo")
_SEQUEL_BREAK = re.compile(r"(?:[,;]|\s[-\u2013\u2014])\s*(?:and\s+)?(?:after\s+(?:that|which)|then|from\s+then\s+on)\b",
                           re.I)
_SO_BREAK = re.compile(r"(?:[,;]|\s[-\u2013\u2014])\s*(?:and\s+)?so\s", re.I)


def _only_later_takes(sentence: str, quote: str) -> bool:
    """Whether the only guard that fired is a word of time taken ("delivery", "due") in a later clause than the wish
    read: "Give me a few days to run the numbers, especially the delivery schedule" still asks for the days."""
    if any(rx.search(sentence) for name, rx in QUIET_G.items() if name != "takes"):
        return False
    end = sentence.find(quote) + len(quote) if quote in sentence else len(sentence)
    return all(m.start() >= end and _CLAUSE_BREAK.search(sentence, end, m.start())
               for m in QUIET_G["takes"].finditer(sentence))


def _only_in_sequel(sentence: str, quote: str) -> bool:
    """Whether every guard that fired stands in what the customer plans for after the quiet ("don't call me till the
    28th, after that we can discuss the demo"): that clause names the later talk, not a meeting on the date."""
    end = sentence.find(quote) + len(quote) if quote in sentence else -1
    after = _SEQUEL_BREAK.search(sentence, end) if end > 0 else None
    return bool(after) and all(m.start() >= after.end() for rx in QUIET_G.values() for m in rx.finditer(sentence))


def _only_in_reason(sentence: str, quote: str) -> bool:
    """Whether every guard that fired stands in the reason a ", so" hands on to the wish read (the wish after it)."""
    start = sentence.find(quote) if quote in sentence else -1
    so = [m.end() for m in _SO_BREAK.finditer(sentence, 0, start + 1)] if start > 0 else []
    return bool(so) and all(m.end() <= so[-1] for rx in QUIET_G.values() for m in rx.finditer(sentence))


def _quiet_unguarded(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """The quiet-period wish the patterns read in one sentence, before the look-alike guards."""
    dated = _DATEISH.search(sentence)
    for name, rx in live(QUIET_DATE, sentence) if dated else ():
        m = rx.search(sentence)
        if m:
            until = quiet_date(name, m, local, zone)
            if until is not None:
                return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=until)
    for _, rx in live(_QUIET_DUR, sentence) if dated else ():
        m = rx.search(sentence)
        if m:
            until = (local + timedelta(days=duration_days(m))).astimezone(timezone.utc).replace(tzinfo=None)
            return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=until)
    for _, rx in live(_QUIET_THINK, sentence):
        m = rx.search(sentence)
        if m:
            end = loose_end(sentence, local, zone)
            if end is None:
                until = (local + timedelta(days=A_FEW_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)
                return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=until)
            return _spanning(m, end, offset, text)
    m = _QUIET_PROMISE.search(sentence)
    end = loose_end(sentence, local, zone) if m else None
    return _spanning(m, end, offset, text) if m and end else None


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


def _spanning(trigger: re.Match[str], end: tuple[datetime, re.Match[str]], offset: int, text: str) -> Wish:
    """A quiet wish quoting from the trigger to the stated end, whichever comes first."""
    until, m = end
    start, stop = min(trigger.start(), m.start()), max(trigger.end(), m.end())
    return Wish(QUIET, text[offset + start: offset + stop], until=until)


EVENT_QUIET_DAYS = 7  # "wait until the board has voted": an undated event; quiet this long, then the rep decides


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
