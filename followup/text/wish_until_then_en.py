"""The rep's contact refused "until then" in English and Scots, after a length or a day said before it ("need 10 days to
run the numbers, dont call or email till then", "they meet on the 22nd, so don't be chasing me before that", "Gie us a
fortnight ... dinnae be chasing me afore then", "Kindly hold on until then, no reminders please"): the same structure
wish_quiet_abroad reads in the six other languages, made a certain quiet period by until_then_certain."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import english

# "then" or "that" pointing back at the end said before ("before that" closing its clause, not "before that meeting")
UNTIL_THEN_EN = re.compile(r"\b(?:before|until|till|til|untill|b4|afore|up\s+to)\s+(?:then|that(?=\s*(?:[,.;!?]|$))|"
                           # "before this time" pointing back ("Before this time please not call me"), not a time
                           # it goes on to name ("this time next week", "this time of year")
                           r"that\s+(?:date|day|point)|(?:this|that)\s+time(?!\s+(?:of|next|last|tomorrow|today|"
                           r"yesterday|on|in|at|this|around|round|\d)\b))\b|"
                           # the length said before, as a period: "I ask you for one month. Please, in this period,
                           # don't send me mail"
                           r"\b(?:in|during|within)\s+(?:this|that)\s+(?:period|time)\b(?!\s+(?:of|next|last|tomorrow|"
                           r"today|yesterday|on|in|at|this|around|round|\d)\b)|"
                           # the time until then, as a stretch: "it'll be a fortnight ... No need to chase me in the meantime"
                           r"\b(?:in\s+the\s+)?mean\s?time\b|\bmeanwhile\b", re.I)
# a contact verb of the rep's, refused by a request (not the writer's own "I won't call before then"): "don't be chasing
# me", "do not write", "dinnae phone", "no reminders please", "hold your calls", "I'd rather not be chased", "please
# not call me" (the non-native request without its "do")
_CONTACT = (r"(?:call\w*|ring\w*|phon\w*|e-?mail\w*|mail\w*|writ\w*|text\w*|chas\w*|contact\w*|follow\w*\s+up|"
            r"follow-ups?|reach\w*\s+out|send\w*|remind\w*|check\w*\s+in|nudg\w*|pester\w*|bother\w*|get\w*\s+in\s+touch)")
# An English request not to be contacted, in its many forms ("don't call", "no reminders please").
HALT_CONTACT_EN = re.compile(
    rf"(?<!\bI\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)\b(?:don'?t|dont|do\s+not|dinnae|dinna|doh|"
    rf"(?:please|kindly|pls|so)\s+not?|rather\s+not|not\s+to|that\s+you\s+(?:do\s+)?not)\s+(?:\w+\s+){{0,3}}?{_CONTACT}\b|"
    rf"\bno\s+(?:more\s+)?(?:calls|emails|e-mails|reminders|chasers|chasing|follow-?ups|nudges)\b|"
    # contact said to be needless: "no need to chase me", "there's no need for you to call"
    rf"\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:\w+\s+)?{_CONTACT}\b|"
    rf"\bhold\s+(?:off\s+(?:on|with)\s+)?(?:any|your|the|all)?\s*(?:calls|emails|e-mails|reminders|follow-?ups|chasers)\b",
    re.I)
# the rep asked to hold, no contact word ("Please hold off with the proposal till then"; not the writer's own "we'll
# hold off until then"): a quiet period only with its end said before "then", never the guess of a few days
HOLD_EN = re.compile(r"(?:^\W*|\b(?:please|pls|kindly|so)\s+)hold\s+(?:off|fire)\b", re.I)
# someone else kept from hearing it, not the writer: "Please don't contact any journalists about it until then"
_OTHERS = re.compile(rf"\b{_CONTACT}\s+(?:any\s+|other\s+|the\s+|your\s+)?(?:journalists?|press|media|customers?|clients?|"
                     r"suppliers?|staff|public|people|anyone|anybody|them|others?)\b", re.I)
_PERIOD = re.compile(r"(?:in|during|within)\s|meanwhile", re.I)
# (or contact that only ever goes to the writer: "please do not send reminders during this period")
_TO_US = re.compile(r"\b(?:me|us|reminders|chasers|nudges|follow-?ups)\b", re.I)
# contact welcomed, not refused: "during this time, don't hesitate to call me"
_WELCOME = re.compile(r"\bhesitat\w*|\bfail\s+to\b", re.I)
# an hour of today, not a day: "I'm in surgery until 3, don't ring before then" is a time, not a quiet period
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)\b|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|lunch\w*|"
                    r"this\s+(?:morning|afternoon|evening)|tonight|later\s+today|in\s+an\s+hour)\b", re.I)


def refused_until_then_english(sentence: str, before: str = "") -> bool:
    """Whether an English sentence asks the rep not to get in touch until a time said before its "then" (in it or in
    the sentence ``before``), that time not an hour of today; a short one is English when the two read as English."""
    then = UNTIL_THEN_EN.search(sentence) if english(f"{before} {sentence}") and "?" not in sentence else None
    if then is None or (_PERIOD.match(then.group()) and not _TO_US.search(sentence)):
        return False  # a period refuses contact only with the writer named ("don't send the boxes during that time")
    halted = HALT_CONTACT_EN.search(sentence) or HOLD_EN.search(sentence)
    return bool(halted) and not _OTHERS.search(sentence) and not _CLOCK.search(sentence) \
        and not _CLOCK.search(before) and not _WELCOME.search(sentence)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
