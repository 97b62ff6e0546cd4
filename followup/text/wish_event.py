"""Quiet periods read for certain that wait for an undated event: "wait until I've had a chance to talk to my partner",
"let's park it until they've had their say", "don't send me anything before then" (its day set from the sentence
before, by detect_wishes)."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import CONTACT_VERB, QUIET, Wish, guarded, sentence_quote
from followup.text.wish_quiet import EVENT_QUIET_DAYS, QUIET_G
from followup.text.wish_when import held_until, stated_end

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
    r"chase|reach\s+out|send(?=\s+(?:me\s+|us\s+)?any))(?:\s+(?:with\s+)?(?:me|us|(?:the|our|my)\s+(?:\w+\s+){0,2}?(?:team|office|department|staff|board))"
    # the matter chased, as the writer is: "please don't chase this until I let you know the board has voted" (not a
    # thing sent or mailed: "don't email that until ...")
    r"|(?<=chase)\s+(?:this|it|that)|(?<=follow\sup)\s+(?:on\s+)?(?:this|it|that))?"
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
    .replace("{verb}", CONTACT_VERB),
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
# More ways of asking the rep to wait for an undated event: "please do not contact us about the offer until the council
# has approved the budget", "hold off contacting me until the Committee has met", "please hold your follow-ups to him until
# that meeting has taken place", "please wait with follow-ups until she has started", "let's hold until she's on board",
# "exercise patience with us until our board sits", "she would prefer no follow-up until after that meeting", "can we
# pick this up once the show is over?", "circle back once that close is done", "please don't chase us in the meantime"
_WHOM = r"(?:me|us|her|him|them)(?:\s+or\s+(?:my|our|his|her)\s+\w+)?"
_ABOUT = r"(?:\s+(?:on|about|regarding|concerning|re|with)\s+(?:[\w'’-]+\s+){1,5}?)?"
_CHASING = r"(?:chas(?:e|ing)|follow(?:ing)?\s+up\s+with|nag(?:ging)?|remind(?:ing)?|writ(?:e|ing)(?:\s+to)?)"
_FOLLOW_UPS = r"(?:follow[- ]?ups?|contact|calls|e-?mails|chasing|reminders|correspondence)"
_EVENT_WAIT_MORE = re.compile(
    r"\b(?:don'?t|do\s+not|not\s+to)\s+(?:bother\s+)?(?:{verb}|{chasing})\s+{whom}(?:\s+again)?{about}\s*"
    r"(?:until|till|before)\s+(?:after\s+)?(?:I|we|she|he|they|it|that|this|the|our|my|their|his|its)\b|"
    r"\bhold\s+off\s+(?:on\s+)?(?:contacting|chasing|calling|e-?mailing|following\s+up|reaching\s+out)"
    r"(?:\s+(?:with\s+|to\s+)?{whom})?{about}\s*(?:until|till)\s+|"
    r"\bhold\s+(?:your|any|all)\s+(?:further\s+)?{fu}(?:\s+to\s+{whom})?\s+(?:until|till)\s+|"
    r"\bwait\s+with\s+(?:any\s+|your\s+|further\s+)*{fu}\s+(?:until|till)\s+|"
    r"\blet'?s\s+(?:hold|wait|pause)(?:\s+off|\s+fire)?\s+(?:until|till)\s+|"
    r"\b(?:exercise|have)\s+(?:some\s+)?patience\s+(?:with\s+(?:me|us)\s+)?(?:until|till)\s+|"
    r"\b(?:prefer|like|ask\s+for|want)\s+no\s+(?:further\s+)?{fu}\s+(?:until|till)\s+|"
    r"\b(?:can|could|shall)\s+we\s+(?:pick\s+(?:this|it)\s+(?:back\s+)?up|revisit\s+(?:this|it)|talk\s+again|reconnect)"
    r"\s+(?:again\s+)?(?:once|after|when)\s+(?:the|our|my|that|this|it|they|she|he)\b"
    r"(?![^.;?]*\b(?:demo|call|visit|trial|quote|proposal|samples?)\b)|"
    r"^\W*(?:circle|come|get)\s+back\s+(?:to\s+(?:me|us)\s+)?(?:once|after|when)\s+(?:that|this|it|they|she|he)\b|"
    r"\b(?:I|we)(?:'ll|\s+will)\s+get\s+in\s+touch\b[^.]{0,25}?\b(?:once|as\s+soon\s+as)\s+(?:the|our|my|it|that|this)\b|"
    r"\b(?:until|till|once)\b[^.;]{3,100}\b(?:don'?t|do\s+not)\s+(?:{verb}|{chasing})\s+(?:me|us)\s+in\s+the\s+meantime\b|"
    r"\b(?:don'?t|do\s+not)\s+bother\s+before\s*(?:[.!;]|$)|"
    r"^\W*(?:until|till)\s+(?:that|then|this)\s*,\s*(?:please\s+|kindly\s+)?(?:not\s+to|don'?t|do\s+not)\s+(?:{verb}|{chasing})"
    .replace("{verb}", CONTACT_VERB).replace("{chasing}", _CHASING).replace("{whom}", _WHOM)
    .replace("{about}", _ABOUT).replace("{fu}", _FOLLOW_UPS),
    re.I)
# a day or time after the wait's "until" makes it a dated wait, read elsewhere ("do not contact me until the 20th")
_DAY_AFTER = re.compile(r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                        r"june|july|august|september|october|november|december|tomorrow|week|month|year|spring|summer|"
                        r"autumn|fall|winter|christmas|easter|new\s+year)\b", re.I)
# The same abroad: "merci de patienter jusqu'à sa décision", "Recontactez-moi après sa prochaine séance", "Bitte sehen
# Sie bis dahin von weiteren Nachfragen ab", "Wir bitten Sie, bis zu dieser Sitzung von Nachfragen abzusehen", "Bitte
# warten Sie bis dahin ab", "esperen hasta entonces antes de volver a escribirnos", "Wilt u wachten tot na de
# raadsvergadering?", "Wil je tot die tijd even niet navragen?", "fino ad allora non mi scriva", "até lá não me contacte"
_EVENT_NOUN_ABROAD = (r"(?:s[ée]ance|r[ée]union|d[ée]cision|comit[ée]|conseil|assembl[ée]e|audit|cl[ôo]ture|validation|vote|"
                      r"raadsvergadering|vergadering|beslissing|bestuursvergadering|aandeelhoudersvergadering|"
                      r"sitzung|entscheidung|versammlung|abstimmung|reuni[óo]n|decisi[óo]n|junta|riunione|decisione|"
                      r"consiglio|assemblea|reuni[ãa]o|decis[ãa]o|assembleia)")
_EVENT_WAIT_ABROAD_MORE = re.compile(
    r"\bpatient(?:er|ez)\s+jusqu['’][àa]\s+(?:sa|la|leur|notre|ce\s+que)\b|"
    rf"\b(?:recontactez|relancez|revenez\s+vers)[- ]?(?:moi|nous)?\s+(?:seulement\s+)?apr[èe]s\s+(?:sa|la|le|leur|notre)\s+"
    rf"(?:prochaine?\s+)?{_EVENT_NOUN_ABROAD}\b|"
    r"\bwachten\s+tot\s+na\s+(?:de|het|onze)\s+\w+|"
    r"\bbis\s+zu\s+(?:dieser|der|dem|ihrer|seiner)\s+\w+\s+(?:\w+\s+){0,6}?von\s+(?:weiteren\s+)?"
    r"(?:Nachfrag|Anruf|Kontakt|Erinnerung|Mail)\w*\s+(?:\w+\s+){0,6}?ab(?:zusehen)?\b", re.I)
# "until then" abroad, with no day named before it (else the day said is the end, wish_quiet_abroad.until_then_certain)
_UNTIL_THEN_WAIT_ABROAD = re.compile(
    r"\bsehen\s+Sie\s+bis\s+dahin\s+von\s+(?:weiteren\s+)?(?:Nachfrag|Anruf|Kontakt|Erinnerung|Mail)\w*\s+ab\b|"
    r"\bwarten\s+Sie\s+bis\s+dahin\s+ab\b|"
    r"\bpatient(?:er|ez)\s+jusque[- ]l[àa]\b|"
    r"\besper\w*\s+hasta\s+(?:entonces|ese\s+momento)\b[^.;!?]{0,40}?\bantes\s+de\s+(?:volver\s+a\s+)?"
    r"(?:escribir|llamar|contactar)\w*|"
    r"\btot\s+(?:die\s+tijd|dan)\s+(?:\w+\s+){0,2}?niet\s+(?:na)?(?:vragen|mailen|bellen|appen|contact\w*)\b|"
    r"\bfino\s+ad?\s+allora\s+(?:\w+\s+){0,2}?non\s+(?:mi|ci)\s+(?:ri)?(?:scriv|chiam|contatt|sollecit|cerc)\w*|"
    r"\bat[ée]\s+l[áa]\s+(?:\w+\s+){0,2}?n[ãa]o\s+(?:me|nos)\s+(?:contact|lig|escrev|procur)\w*", re.I)
_DATED_ABROAD = re.compile(r"\d|\?|\b(?:fin|ende|fine|final|eind)\b[^.;!?]{0,12}\b(?:mois|monats?|mese|mes|m[êe]s|maand|"
                           r"semaine|woche|settimana|semana|week)\b", re.I)
# (and a wait on the rep's own step: "once you send the drawings we can discuss the price")
# ("could you hold off contacting me until she's decided?" is the wait itself, asked politely)
_EVENT_GUARD = re.compile(r"\b(?:can|could|would|will)\s+you\b(?!\s+(?:please\s+)?hold\s+(?:off\s+(?:on\s+)?(?:contacting|"
                          r"chasing|calling|e-?mailing|following)|your\s+follow))|\b(?:once|as\s+soon\s+as|when)\s+(?:you|I\s+(?:get|receive|"
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


def _more_event_wait(sentence: str, before: str, local: datetime) -> re.Match | None:
    """The further English and foreign asks to wait for an undated event (none where a day follows the wait, or where
    "until then" points at a day named before)."""
    m = _EVENT_WAIT_MORE.search(sentence)
    if m and not _DAY_AFTER.search(sentence, m.end()):
        return m
    m = None if _DIGIT.search(sentence) else _EVENT_WAIT_ABROAD_MORE.search(sentence)
    if m is None and (then := _UNTIL_THEN_WAIT_ABROAD.search(sentence)):
        m = None if _DIGIT.search(sentence) or stated_end(before + sentence, local, local.tzinfo) else then
    return m


def event_quiet_wish(sentence: str, offset: int, text: str, local: datetime) -> Wish | None:
    """A wait for an undated event, as a quiet period of EVENT_QUIET_DAYS (none when the event may never come)."""
    # (an undated reason, then the customer's own ask: "They haven't met, so please")
    m = _EVENT_WAIT.search(sentence)
    if m is None and _EVENT_WAIT_ABROAD.search(sentence):
        # ("bis nach dem 8. Dezember", "attendre la fin du mois ... ?": a day or a question, not an event)
        m = None if _DATED_ABROAD.search(sentence) else _EVENT_WAIT_ABROAD.search(sentence)
    if m is None:
        m = _more_event_wait(sentence, text[:offset], local)
    own = _OWN_ASK.search(sentence, 0, m.start()) if m and not _DIGIT.search(sentence, 0, m.start()) else None
    # ("no reason to wait till April": the wait is called off, on anyone's behalf)
    guards = {"asks_rep": QUIET_G["asks_rep"], "not_needed": QUIET_G["not_needed"]} if _ON_BEHALF.match(sentence) else {
        "others": QUIET_G["others"], "asks_rep": QUIET_G["asks_rep"], "not_needed": QUIET_G["not_needed"]}
    if not m or _EVENT_GUARD.search(sentence) or guarded(sentence[own.end() if own else 0:], guards):
        return None
    if _NO_END_IN_SIGHT.search(text) or _IF_AND_WHEN.search(sentence):
        return None
    # "hold off until the end of September": a day of the calendar after "until" is the end, not an event's wait
    until = held_until(sentence, local, local.tzinfo) or _guessed_end(local)
    return Wish(QUIET, sentence_quote(sentence, offset, text), until=until)


def _guessed_end(local: datetime) -> datetime:
    """The end event_quiet_wish gives a wait for an undated event (EVENT_QUIET_DAYS on)."""
    return (local + timedelta(days=EVENT_QUIET_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)


def event_within_length(found: list[Wish], earlier: list[Wish], local: datetime) -> list[Wish]:
    """The wishes of a sentence without an undated event's guessed wait when an earlier sentence asked for a certain
    length ("leave it with me a few days ... I'll come back to you once I've had a look": the few days, not a week)."""
    said = {w.until for w in earlier if w.kind == QUIET and w.certain and w.until}
    guess = _guessed_end(local)
    if not said or guess in said:  # (a length of a week said before: the same end, nothing to correct)
        return found
    return [w for w in found if not (w.kind == QUIET and w.until == guess)]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
