"""Quiet periods read for certain that wait for an undated event: "wait until I've had a chance to talk to my partner",
"let's park it until they've had their say", "don't send me anything before then" (its day set from the sentence
before, by detect_wishes)."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import _CONTACT_VERB, QUIET, Wish, _guarded
from followup.text.wish_quiet import _QUIET_G, EVENT_QUIET_DAYS

# Waiting for an event that has no date: "wait until I've had a chance to talk to my partner", "hold off until my
# husband gets back", "please wait for that before reaching out", "I'll be back in touch once the survey is in".
_EVENT_WAIT = re.compile(
    r"\b(?:wait|hold\s+off|hold\s+fire|hang\s+fire|sit\s+tight|hold\s+your\s+horses)\s+(?:(?:on|with)\s+(?:this|it|that|"
    r"(?:any|all|the|your)\s+(?:further\s+)?(?:contact|follow[- ]?ups?|calls|e-?mails|chasing|reminders))\s+"
    # what the follow-ups are about: "hold off on any follow-up regarding the payroll proposal until ..."
    r"(?:(?:regarding|about|concerning|on)\s+(?:[\w-]+\s+){1,5}?)?)?"
    r"(?:until|till|for)\s+"
    r"(?!(?:a|the)\s+(?:reply|response|answer)\s+from\s+you)\b"
    r"|\b(?:before|until\s+you\s+hear\s+from\s+(?:me|us)\s+before)\s+(?:following\s+up|reaching\s+out|getting\s+back\s+to\s+(?:me|us)|"
    r"contacting\s+(?:me|us)|chasing|checking\s+in|you\s+(?:follow\s+up|reach\s+out|contact\s+(?:me|us)|chase))\b"
    r"|\b(?:I|we)(?:'ll|\s+will|\s+shall)\s+(?:be\s+back\s+in\s+touch|get\s+back\s+(?:in\s+touch|to\s+you)|come\s+back\s+to\s+you|"
    r"reach\s+out|be\s+in\s+touch|touch\s+base|reconnect|circle\s+back)\b[^.]{0,25}?\b(?:once|as\s+soon\s+as|after|when)\b"
    # "once the acquisition closes we can talk again"
    r"|\b(?:once|as\s+soon\s+as)\b[^.]{3,80}?,?\s*(?:I|we)\s+can\s+(?:talk|speak|pick\s+(?:this|it)\s+up|revisit|reconnect|"
    r"continue|discuss|look\s+at\s+(?:this|it))\b"
    r"|\b(?:once|as\s+soon\s+as)\b[^.]{3,80}?,?\s*(?:I|we)(?:'ll|\s+will)\s+(?:be\s+back\s+in\s+touch|get\s+back\s+to\s+you|"
    r"come\s+back\s+to\s+you|be\s+in\s+touch|reach\s+out|touch\s+base)\b"
    r"|\b(?:(?:don'?t|do\s+not|please\s+no|not\s+to)\s+|refrain\s+from\s+(?:any\s+)?(?:further\s+)?)(?:{verb}|follow(?:ing)?\s+up|"
    r"chase|reach\s+out|send(?=\s+(?:me\s+|us\s+)?any))(?:\s+(?:with\s+)?(?:me|us|(?:the|our|my)\s+(?:\w+\s+){0,2}?(?:team|office|department|staff|board)))?"
    # what is not to be sent named: "please don't send me anything before then"
    r"(?:\s+(?:anything|any\s+more|any\s+(?:further|more|other)\s+\w+))?"
    r"\s+(?:until|till|before|during(?=\s+(?:the|our|my)\s+(?:\w+\s+)?(?:holidays|break|vacation|shutdown|harvest)\b))"
    r"\s+(?:after\s+)?(?:I|we|you\s+hear|the|our|my|that|this|then)\b"
    # pressure held back until an event: "please don't push us until we get the approval", "don't rush me until ..."
    r"|\b(?:don'?t|do\s+not|please\s+no|not\s+to)\s+(?:push|pressure|rush|hurry|nag|press)\s+(?:me|us)\s+(?:until|till|before)\s+"
    r"(?:after\s+)?(?:I|we|you\s+hear|the|our|my|that|this|then)\b"
    # the matter set aside until an event: "let's park it until they've had their say", "please leave it until then"
    r"|\b(?:park|leave)\s+(?:it|this|that|things|the\s+(?:conversation|discussion|matter|topic|idea))\s+(?:until|till)\s+"
    r"(?!now\b|further\s+notice\b|(?:the\s+)?(?:budget|funding|money|market|rates|prices|things|time\s+is)\b)"
    # the talks paused until an event: "request that you pause all commercial discussions until completion"
    r"|\bpause\s+(?:all\s+|any\s+|the\s+|our\s+)?(?:\w+\s+)?(?:discussions?|conversations?|contact|correspondence|"
    r"communications?|talks|negotiations?)\s+(?:until|till|pending)\s+(?!now\b|further\s+notice\b)"
    # contact said to be pointless before an event: "there's no point chasing me for a decision before that"
    r"|\bno\s+point\s+(?:in\s+)?(?:chasing|calling|contacting|following\s+up|e-?mailing|checking\s+in|reaching\s+out)\b"
    r"[^.]{0,30}?\b(?:before|until|till)\s+(?:after\s+)?(?:then|that|the|our|my|I|we)\b"
    # the event first: "Until Cabinet has made its decision, please hold off on any further follow-up"
    r"|^\W*(?:until|till)\s+(?!now\b|further\s+notice\b)[^,.;]{3,80},\s*(?:please\s+|kindly\s+)?(?:wait|hold\s+off|hold\s+fire|"
    r"hang\s+fire|sit\s+tight|(?:don'?t|do\s+not)\s+(?:{verb}|follow\s+up|chase))\b"
    # "best to come back to me after the audit": contact asked for once the customer's own event is over (not the rep's
    # step, "get back to me after the demo with a price")
    r"|\b(?:come|get|circle)\s+back\s+to\s+(?:me|us)\s+(?:again\s+)?(?:once|after|when)\s+"
    r"(?![^.,;?]*\b(?:with|and\s+send)\s)(?:the|our|my)\s+(?!(?:\w+\s+)?(?:demo|call|visit|trial|quote|proposal)s?\b)"
    r"(?:\w+\s+)?[a-z]{4,}\b"
    # "I won't have an answer until our board signs off"
    r"|\b(?:I|we)\s+(?:won'?t|will\s+not|can'?t|cannot)\s+(?:have|give\s+you)\s+(?:an?\s+)?(?:answer|decision|reply|"
    r"update)\s+(?:for\s+you\s+)?(?:until|till|before)\s+(?:after\s+)?(?:the|our|my|we|I|they)\b"
    .replace("{verb}", _CONTACT_VERB),
    re.I)
# The same in the six other languages: the rep asked to wait with contact until an event ("Wacht dus even met mailen
# tot die deal getekend is", "Aspetta che arrivi il permesso prima di scrivermi", "Warten Sie mit Nachfragen, bis ...",
# "attendez que le conseil ait voté avant de me relancer", "espere a que firmemos antes de llamarme", "aguarde que a
# direção decida antes de me contactar")
_EVENT_WAIT_ABROAD = re.compile(
    r"\bwacht\w*\s+(?:\w+\s+){0,3}?met\s+(?:mailen|bellen|appen|contact\w*|benaderen|opvolgen|nabellen)\s+(?:tot|totdat)\s|"
    r"\bwart\w*\s+(?:Sie\s+)?(?:\w+\s+){0,3}?mit\s+(?:\w+\s+)?(?:Nachfrage\w*|Anruf\w*|Mail\w*|Kontakt\w*|Erinnerung\w*)"
    r",?\s+bis\s|"
    r"\baspett\w*\s+(?:che|finch[ée]|fino\s+a)\b[^.;!?]{0,60}\bprima\s+di\s+(?:ri)?(?:scriver|chiamar|contattar|sollecitar|"
    r"cercar)\w*|"
    r"\battend\w*\s+(?:que|la|le|les)\b[^.;!?]{0,60}\bavant\s+de\s+(?:me|nous)\s+(?:relancer|recontacter|contacter|rappeler|"
    r"[ée]crire)|"
    r"\besper\w*\s+(?:a\s+que|hasta\s+que)\b[^.;!?]{0,60}\bantes\s+de\s+(?:volver\s+a\s+)?(?:escribir|llamar|contactar)\w*|"
    r"\baguard\w*\s+(?:que|at[ée])\b[^.;!?]{0,60}\bantes\s+de\s+(?:me|nos)\s+(?:contactar|ligar|escrever)", re.I)
_DATED_ABROAD = re.compile(r"\d|\?|\b(?:fin|ende|fine|final|eind)\b[^.;!?]{0,12}\b(?:mois|monats?|mese|mes|m[êe]s|maand|"
                           r"semaine|woche|settimana|semana|week)\b", re.I)
# (and a wait on the rep's own step: "once you send the drawings we can discuss the price")
_EVENT_GUARD = re.compile(r"\b(?:can|could|would|will)\s+you\b|\b(?:once|as\s+soon\s+as|when)\s+(?:you|I\s+(?:get|receive|"
                          r"have)\s+(?:your|the))\b|\b(?:delivery|shipment|order|parcel|invoice|"
                          r"payment|install\w*)\b[^.]{0,30}\b(?:hold|wait)|\bwait\s+for\s+(?:the|your|our)\s+(?:final\s+|signed\s+|revised\s+|"
                          r"corrected\s+|updated\s+|new\s+|last\s+|first\s+)?(?:delivery|shipment|"
                          r"order|parcel|invoice|payment|install\w*)\b|"
                          r"\bwait\s+for\s+(?:you|your)\b|\bcan'?t\s+wait\b|\bwait\s+for\s+(?:it|this)\s*[.!]*$|"
                          r"\b(?:no\s+need|needn'?t|(?:don'?t|do\s+not)\s+(?:need|have))\s+(?:for\s+you\s+)?to\s+wait\b", re.I)


_OWN_ASK, _DIGIT = re.compile(r"[,;]\s*(?:and\s+)?so\s+(?:please\s+|kindly\s+)?$", re.I), re.compile(r"\d")
# the customer says the event has no end in sight: "we're on hold until they lift it and nobody knows when": a pause
_NO_END_IN_SIGHT = re.compile(r"\b(?:nobody|no\s+one|no-one)\s+knows\s+when\b|\bno\s+idea\s+when\b|"
                              r"\b(?:don'?t|do\s+not)\s+know\s+when\b|\bindefinitely\b|"
                              r"\bno\s+(?:timeline|timeframe|time\s+frame|end\s+date)\b", re.I)


# an event that may never come: "We will get back to you if and when the situation improves" (a pause)
_IF_AND_WHEN = re.compile(r"\bif\s+and\s+when\b", re.I)


# a colleague's wait asked of the rep on the customer's behalf: "She asks that you hold off ... until ..."
_ON_BEHALF = re.compile(r"\W*(?:she|he|they)\s+(?:asks?|asked|requests?|requested)\s+(?:that\s+)?you\b", re.I)


def _event_quiet(sentence: str, offset: int, text: str, local: datetime) -> Wish | None:
    """A wait for an undated event, as a quiet period of EVENT_QUIET_DAYS (none when the event may never come)."""
    # (an undated reason, then the customer's own ask: "They haven't met, so please")
    m = _EVENT_WAIT.search(sentence)
    if m is None and _EVENT_WAIT_ABROAD.search(sentence):
        # ("bis nach dem 8. Dezember", "attendre la fin du mois ... ?": a day or a question, not an event)
        m = None if _DATED_ABROAD.search(sentence) else _EVENT_WAIT_ABROAD.search(sentence)
    own = _OWN_ASK.search(sentence, 0, m.start()) if m and not _DIGIT.search(sentence, 0, m.start()) else None
    guards = {"asks_rep": _QUIET_G["asks_rep"]} if _ON_BEHALF.match(sentence) else {
        "others": _QUIET_G["others"], "asks_rep": _QUIET_G["asks_rep"]}
    if not m or _EVENT_GUARD.search(sentence) or _guarded(sentence[own.end() if own else 0:], guards):
        return None
    if _NO_END_IN_SIGHT.search(text) or _IF_AND_WHEN.search(sentence):
        return None
    stripped = sentence.strip()
    start = offset + sentence.index(stripped)
    until = (local + timedelta(days=EVENT_QUIET_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)
    return Wish(QUIET, text[start: start + len(stripped)], until=until)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
