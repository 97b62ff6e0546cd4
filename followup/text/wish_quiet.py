"""Quiet periods read for certain: a duration ("give me a week"), thinking time, a date ("until after the 15th"), an
end stated anywhere in a sentence that asks for time, and waits for an undated event (the ends: wish_quiet_dates)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.text.prefilter import live, prefilter_patterns
from followup.text.wish_base import (  # noqa: F401
    A_FEW_DAYS,
    CONTACT_VERB,
    ME,
    QUIET,
    Wish,
    compiled,
    duration_days,
    guarded,
)
from followup.text.wish_meeting import dated_meeting_wait
from followup.text.wish_month import refused_until_month
from followup.text.wish_named_day import named_day_dropped
from followup.text.wish_quiet_abroad import refused_before_abroad, refused_before_date_english
from followup.text.wish_quiet_dates import _THINK_IT_OVER, DURATION, QUIET_DATE, loose_end, quiet_date  # noqa: F401

# ---------------------------------------------------------------- quiet
# Ways of saying "wait" (British "hang fire", "hold fire" included); "think it over" is wish_quiet_dates._THINK_IT_OVER.
_HOLD_VERB = r"(?:hold\s+off|hold\s+fire|hang\s+fire|wait)"
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
    # "don't follow up for two weeks", "please don't reach out for a month" ("for next ten days": the article dropped)
    "dont_for": rf"\b(?:don'?t|do\s+not|please\s+no)\s+(?:{CONTACT_VERB}|follow(?:ing)?\s+up|chase|reach\s+out|get\s+in\s+touch)"
                rf"(?:\s+(?:with\s+)?{ME})?(?:\s+again)?\s+(?:for|in|within)\s+(?:(?:the\s+)?next\s+)?{DURATION}",
    "for_duration": rf"\b(?:{_HOLD_VERB}|leave it with {ME}|(?:exercise|have|show)\s+(?:some\s+|a\s+little\s+)?patience|"
                    rf"be\s+patient|bear\s+with\s+{ME}|{_THINK_IT_OVER}|park\s+(?:this|it|that|things|(?:the|our)\s+\w+)|"
                    rf"don'?t (?:chase|"
                    rf"contact|email|call) {ME})\s+(?:for\s+)?{DURATION}",
}
_QUIET_THINK_PATTERNS: dict[str, str] = {
    # "let me think it over", "I'd like to sit on it", "let me ponder this"; the customer's own slow thought (held "for
    # now", with no end, it is a pause: wish_pause's "sit_on_now")
    "think_about_it": rf"\b(?:let\s+me|let\s+us|let's|I'd\s+like\s+to|"
                      rf"we'd\s+like\s+to|I\s+want\s+to|I'll\s+have\s+to|I\s+have\s+to|need\s+to|going\s+to)\s+"
                      rf"(?:{_THINK_IT_OVER}|digest)\b(?!(?:\s+(?:over|through))?\s+for\s+(?:now|the\s+time\s+being)\b)",
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
    "meeting": r"\b(?:see you|meet|meeting|works for|how about|demo|closed)\b|"
               # a slot offered: "let's talk next week, I'm around Tuesday afternoon" names when to talk, not a wait
               r"\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:usually\s+|mostly\s+)?(?:around|free|available|about)\s+(?:on\s+)?"
               r"(?:mon|tues|wednes|thurs|fri)day\b",
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

_QUIET_DUR = compiled(_QUIET_DURATION_PATTERNS)
_QUIET_THINK = compiled(_QUIET_THINK_PATTERNS)
# The quiet-period guards (_QUIET_GUARDS), compiled.
QUIET_G = compiled(_QUIET_GUARDS)

# Every date and duration pattern names a number, weekday, week, month, fortnight, Thanksgiving or the end of a month
# named ("till the end of July"): without one, skip them
_DATEISH = re.compile(r"\d|day|week|month|fortnight|thanksgiving|\bmid|\b(?:wk|mon|tues?|weds?|thu(?:rs?)?|fri)\b|"
                      r"\b(?:end|close)\s+of\b", re.I)
# "Steve is in Japan until Thursday"; not the customer in colloquial English: "Me and Trace want a fortnight"
_NAMED_SUBJECT = re.compile(r"^\W*(?:Yes\W+)?(?!Me\b|Myself\b)[A-Z][a-z]+\s+(?:is|was|will|has|and)\b")


def quiet_wish(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A quiet-period wish in one sentence, if any (dates win over durations, durations over "let me think"); a named
    day beside its own date read by the date ("only after Merdeka Day, 31st August")."""
    wish = _quiet_wish(sentence, offset, text, local, zone)
    if wish is None and (dated := named_day_dropped(sentence)) != sentence:
        wish = _quiet_wish(dated, offset, text, local, zone)
        return replace(wish, quote=sentence.strip()) if wish and wish.quote not in text else wish
    return wish


def _quiet_wish(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """quiet_wish as the patterns and their guards read ``sentence``."""
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



def _spanning(trigger: re.Match[str], end: tuple[datetime, re.Match[str]], offset: int, text: str) -> Wish:
    """A quiet wish quoting from the trigger to the stated end, whichever comes first."""
    until, m = end
    start, stop = min(trigger.start(), m.start()), max(trigger.end(), m.end())
    return Wish(QUIET, text[offset + start: offset + stop], until=until)


EVENT_QUIET_DAYS = 7  # "wait until the board has voted": an undated event; quiet this long, then the rep decides


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
