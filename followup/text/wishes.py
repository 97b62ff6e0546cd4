"""Customer wishes (quiet period, pause, opt-out, preferences) and automatic replies, read from the customer's words.

Pure rules: the text is split into sentences, each sentence is matched against tables of named patterns, and a
pattern only counts when none of its guards match the same sentence. Guards carry the look-alikes that must not
fire ("a few days' notice", "don't stop emailing me", "take me off the waiting list", "not right now, but send ...").

Decision: asking for an unsubscribe *link* (for a newsletter, for a colleague) or saying "I unsubscribed" is not an
opt-out from the rep; only a first-person request ("unsubscribe me", a bare "Unsubscribe") is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.exceptions import BadInput
from followup.text.dates import MONTHS, WEEKDAY_NAMES, WEEKDAYS, next_day_of_month, next_weekday, start_of_local_day

A_FEW_DAYS = 3  # SPEC: "a few days" = 3 days; also the default for "let me think about it"
A_COUPLE_DAYS = 2
DAYS_PER_MONTH = 30
MAX_SENTENCE_CHARS = 400  # a longer "sentence" is a pasted block, not the customer speaking

QUIET, PAUSED, DNC, PREFERENCE = "quiet", "paused", "do_not_contact", "preference"


@dataclass(frozen=True)
class Wish:
    kind: str  # "quiet" | "paused" | "do_not_contact" | "preference"
    quote: str  # exact span of the input text that caused it
    until: datetime | None = None  # quiet: naive UTC end of the quiet period
    preference: str | None = None  # preference: "time:afternoon", "channel:email", ...
    certain: bool = True  # False: a possible wish, held for the rep to confirm or dismiss


@dataclass(frozen=True)
class AutoReply:
    is_auto: bool
    return_at: datetime | None  # naive UTC, start of the stated return day in the customer's time zone
    quote: str | None


# ---------------------------------------------------------------- shared vocabulary
_ME = r"(?:me|us)"
# every way of getting in touch, including the annoyed ones ("stop hounding me", "don't ring me again")
_CONTACT_VERB = (r"(?:contact(?:ing)?|e-?mail(?:ing)?|call(?:ing)?|messag(?:e|ing)|text(?:ing)?|writ(?:e|ing) to|"
                 r"reach(?:ing)? out(?: to)?|ring(?:ing)?|phon(?:e|ing)|hound(?:ing)?|harass(?:ing)?|hassl(?:e|ing)|"
                 r"badger(?:ing)?|pester(?:ing)?|bother(?:ing)?)")
# what arrives from a sender: the nouns an opt-out halts
_MAIL_NOUN = (r"(?:e-?mails|mails|mailings|messages|correspondence|communications?|contact|newsletters|marketing|"
              r"calls|follow[- ]?ups|solicitations|offers|promotions|updates\s+from\s+you)")
_NEG_BEFORE = re.compile(r"\b(?:don'?t|do not|never said|not asking (?:you )?to|didn'?t (?:say|ask)|no need to)\s+(?:\w+\s+){0,2}$", re.I)
_UNTIL_LATER = re.compile(r"\b(?:for\s+now|for\s+the\s+(?:time\s+being|moment)|at\s+(?:the|this)\s+moment|until|till|til|before|for (?:a|the next|another|one|two|\d+) (?:few )?(?:day|week)s?|next week)\b", re.I)

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "another": 1, "a further": 1, "an extra": 1,
        "couple": A_COUPLE_DAYS, "a couple": A_COUPLE_DAYS, "a couple of": A_COUPLE_DAYS, "couple of": A_COUPLE_DAYS,
        "few": A_FEW_DAYS, "a few": A_FEW_DAYS, "some": A_FEW_DAYS, "several": A_FEW_DAYS}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": DAYS_PER_MONTH}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

# ---------------------------------------------------------------- do_not_contact
_DNC_PATTERNS: dict[str, str] = {
    "stop_contacting": rf"\b(?:stop|quit|cease)\s+(?:{_CONTACT_VERB}|sending\s+(?:{_ME}|(?:these|those|your|any|"
                       rf"all|the)\s+(?:\w+\s+)?(?:e-?mails|messages|"
                       rf"mails?|newsletters|offers))|spamming|following up|"
                       rf"bothering|pestering)(?!\s+(?:them|it|him|"
                       rf"her|the|that|(?:this|my)(?!\s+(?:\w+\s+)?(?:e-?mail|address|inbox|number)))\b)"
                       rf"(?:\s+(?:and|or|&)\s+{_CONTACT_VERB})?(?:\s+{_ME})?(?:\s+(?:with|"
                       rf"these|those|your|any)\b[\w ]{{0,20}}?)?\b",
    "dont_contact_again": rf"\b(?:(?:do not|don'?t|never)\s+(?:ever\s+)?{_CONTACT_VERB}(?:\s+(?:or|"
                          rf"and)\s+{_CONTACT_VERB})?\s+(?:{_ME}|this\s+(?:number|(?:e-?mail\s+)?address))\s+"
                          rf"(?:again|anymore|any more|any further|further|"
                          rf"ever again)|never\s+{_CONTACT_VERB}\s+{_ME}\b)",
    # the whole sentence is "Do not contact me." / "Please don't email me!": nothing else to limit it
    "dont_contact_bare": rf"^\W*(?:please\s+)?(?:do\s+not|don'?t)\s+(?:ever\s+)?{_CONTACT_VERB}(?:\s+(?:or|and)\s+"
                         rf"{_CONTACT_VERB})?\s+{_ME}\s*[.!]*\s*$",
    "unsubscribe_me": rf"\bunsubscribe\s+(?:{_ME}|this\s+(?:e-?mail\s+)?address|"
                      rf"my\s+(?:e-?mail|address))\b|\b(?:want|wish|like|need)\s+to\s+unsubscribe\b(?!\s+(?:link|"
                      rf"button|page))",
    # a bare "STOP" / "Unsubscribe pls" reply is an opt-out, as in SMS
    "unsubscribe_alone": r"^\W*(?:(?:please|pls|plz|kindly)\s+)?(?:unsubscribe|stop)(?:\s+(?:please|pls|plz|me|us|thanks|"
                         r"thank\s+you|now))*\W*$",
    "remove_from_list": rf"\b(?:remove|take|delete|drop)\s+(?:{_ME}|my\s+(?:name|e-?mail(?:\s+address)?|address|"
                        rf"details|number)|our\s+\w+|this\s+(?:e-?mail\s+)?address)\s+"
                        # "of" for the common typo "take me of your list"; the list noun is still required
                        r"(?:from|off|of)\s+(?:(?:your|the|this|all|any|of|further|future)\s+){0,3}(?:(?:mailing|contact|"
                        r"e-?mail|distribution|marketing|call|sales)\s+)?"
                        r"(?:lists?|database|system|records|contacts|correspondence|communications?|mailings|books|register)\b",
    "want_removed": r"\b(?:I|we)(?:'d| would)?\s+(?:want|wish|like|ask)\s+to\s+be\s+removed\b",
    "no_wish_contacted": r"\b(?:do not|don'?t|no longer)\s+(?:wish|want)\s+to\s+be\s+(?:contacted|emailed|called)\b",
    # "I don't want to receive any more of your emails"; not "I don't want any more brochures"
    "dont_want_more": r"\b(?:don'?t|do not|no longer)\s+(?:want|wish)\s+(?:to\s+(?:receive|get)\s+)?any\s+(?:more|further)\s+"
                      r"(?:of\s+(?:your|these|those)\s+)?(?:e-?mails|calls|messages|contact|correspondence|communications?)\b",
    # "no more emails please", "not interested, no further contact"; not the report "I've had no more emails"
    "no_more": r"(?:^\W*|\bplease\s+|[,;]\s*|\b(?:want|need|wish\s+for)\s+)(?:please\s+)?no\s+(?:more|further)\s+(?:e-?mails|calls|messages|contact|"
               r"correspondence|follow[- ]?ups)\b",
    # "please do not send me any further emails"; "don't send me the paper copy" names a document, not mail
    "dont_send_me": r"\b(?:do\s+not|don'?t|never)\s+send\s+(?:me|us)\s+(?:any\s+)?(?:more\s+|further\s+|other\s+)?"
                    r"(?:e-?mails|messages|mail|newsletters|marketing|offers|promotions)\b",
    # "kindly refrain from contacting me"
    "refrain": rf"\brefrain\s+from\s+(?:{_CONTACT_VERB}\s+{_ME}|sending\s+(?:{_ME}\s+)?(?:any\s+)?(?:\w+\s+)?{_MAIL_NOUN})\b",
    # "I'd appreciate it if you stopped emailing"; not "I'd hate it if you stopped emailing"
    "if_you_stopped": rf"\b(?:appreciate\s+it|be\s+grateful|prefer\s+it|rather)\s+if\s+you\s+(?:would\s+|could\s+)?"
                      rf"(?:stopped|stop|ceased|quit)\s+{_CONTACT_VERB}",
    "leave_alone": r"\bleave\s+(?:me|us)\s+alone\b",
    "please_stop_alone": r"(?:^|[,;]\s*)(?:so\s+)?please\s+(?:just\s+)?stop\s*[.!]*\s*$",
    # "Please stop, I've already said no": "stop" as a whole clause before the customer's reason
    "stop_said_no": r"^\W*(?:please\s+)?(?:just\s+)?stop\s*[,;!-]+\s*(?:I|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:said|told)\b",
    "asked_before": r"\b(?:I|we)\s+(?:have\s+|already\s+|'ve\s+)?asked\s+(?:you\s+)?(?:\w+\s+)?to\s+(?:be\s+removed|"
                    r"remove\s+(?:me|us))\b",
    "hear_from_you": r"\b(?:no\s+longer|don'?t|do\s+not|never)\s+want\s+to\s+hear\s+from\s+(?:you|your\s+company)\b",
    "remove_me_alone": r"^\W*(?:please\s+)?remove\s+(?:me|us)\W*$",
    "lose_number": r"\blose\s+my\s+(?:number|e-?mail)\b",
    "delete_details": r"\b(?:delete|erase)\s+(?:all\s+)?my\s+(?:contact\s+)?(?:details|data|information|info)\b",
    "cease_contact": r"\bcease\s+all\s+(?:contact|communications?)\b",
    "opt_out": rf"\bopt\s+{_ME}\s+out\b|\b(?:I|we)\s+(?:want|would like|'d like)\s+to\s+opt\s+out\b",
    # compositional: a halt verb on the flow of mail itself ("please discontinue all communications to me",
    # "cease any further correspondence", "STOP sending these")
    "halt_flow": rf"\b(?:stop|cease|discontinue|end|halt|terminate)\s+(?:all\s+|any\s+)?(?:further\s+|future\s+)?"
                 rf"(?:{_MAIL_NOUN}|sending(?:\s+(?:these|this|them|me\s+\w+|us\s+\w+))?\s*(?:[.!]|$|,?\s+(?:please|thanks?|now)\b))",
    # "no longer receive correspondence from your firm", "if you no longer sent me emails"
    "no_longer_receive": rf"\bno\s+longer\s+(?:wish\s+to\s+|want\s+to\s+|to\s+)?(?:receive|get|be\s+sent|sen[dt]\s+(?:me|us))\s+"
                         rf"(?:any\s+)?(?:\w+\s+){{0,2}}?{_MAIL_NOUN}",
    # "please don't write again", "do not email me again", "never contact us again"
    "dont_again": rf"\b(?:don'?t|do\s+not|never)\s+(?:ever\s+)?(?:{_CONTACT_VERB}|write|send\s+(?:me|us)\s+anything)"
                  rf"(?:\s+(?:to\s+)?{_ME})?\s+(?:again|anymore|any\s+more|in\s+future|in\s+the\s+future)\b",
    # "... would be grateful if you removed my name and email address from your records"
    "removed_from_records": rf"\bremov(?:e|ed|ing)\s+(?:{_ME}|(?:my|our)\s+(?:\w+\s+){{0,5}}?(?:name|e-?mail|address|details|"
                            rf"data|number|contact\s+details))\s+(?:\w+\s+){{0,3}}?from\s+(?:(?:your|the|all|any)\s+)?"
                            rf"(?:\w+\s+)?(?:records|database|system|files|CRM|contacts|mailing\s+lists?|distribution\s+lists?|"
                            rf"marketing\s+lists?|e-?mail\s+lists?|lists)\b",
    # formal and legal wording: consent withdrawn, erasure, objection to processing
    "consent": r"\bwithdraw\w*\s+(?:(?:my|our|any|all)\s+)?(?:\w+\s+)?consent\b|\bconsent\b[^.]{0,30}\b(?:withdrawn|revoked)\b|"
               r"\brevoke\w*\s+(?:(?:my|our|any|all)\s+)?consent\b|\bright\s+to\s+(?:erasure|be\s+forgotten|object)\b|"
               r"\b(?:erase|delete|erasure\s+of)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:personal\s+)?(?:data|information|details)\b|"
               r"\bobject\s+to\s+(?:the\s+)?(?:further\s+)?processing\b|\b(?:art(?:icle)?\.?\s*(?:17|21))\s+(?:of\s+the\s+)?(?:GDPR|DSGVO|RGPD)\b",
    # the same asked in German, French, Spanish, Italian, Portuguese or Dutch inside English mail
    "foreign": r"\b(?:abmelden|austragen|abbestellen|keine\s+(?:weiteren\s+)?(?:e-?mails|nachrichten|werbung|newsletter)\s+mehr|"
               r"nicht\s+mehr\s+(?:kontaktieren|anschreiben|anrufen)|d[ée]sabonner|d[ée]sinscri\w+|ne\s+plus\s+(?:me\s+)?"
               r"(?:contacter|recevoir|[ée]crire)|darme\s+de\s+baja|dar(?:me)?\s+de\s+baja|no\s+(?:me\s+)?(?:contacten|"
               r"escriban|env[íi]en)|no\s+deseo\s+recibir|disiscriv\w+|non\s+(?:contattarmi|desidero\s+ricevere|"
               r"voglio\s+ricevere)|cancellatemi|descadastr\w+|n[ãa]o\s+(?:quero|desejo)\s+(?:mais\s+)?receber|"
               r"afmelden|uitschrijven|geen\s+(?:e-?mails|berichten|mails)\s+meer|niet\s+meer\s+(?:contacteren|mailen|"
               r"benaderen))\b",
    "no_consent": r"\b(?:do\s+not|don'?t|no\s+longer)\s+consent\b|\bremov\w*\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:personal\s+)?"
                  r"(?:data|information)\b",
    # a polite refusal of email is an opt-out, not a channel preference: "I'd rather not receive emails"
    # ... but "I'd prefer not to get the printed catalogue" refuses a document: what is refused must be mail or unsaid
    "rather_not": rf"\b(?:prefer|rather)\s+not\s+(?:to\s+)?(?:(?:receive|get|be\s+sent)(?=\s+(?:any\s+)?(?:more\s+|further\s+)?"
                  rf"(?:\w+\s+){{0,2}}?{_MAIL_NOUN}|\s+(?:these|them|this|those|anything|any\s+more)\b|\s*[.!,;]|\s*$)|"
                  rf"be\s+(?:contacted|e-?mailed|called))\b|"
                  rf"\b(?:prefer|rather)\s+(?:that\s+)?you\s+(?:didn'?t|did\s+not|don'?t|do\s+not|not)\s+"
                  rf"(?:{_CONTACT_VERB}|send)\b|\bnot\s+to\s+be\s+(?:contacted|e-?mailed)\b",
}
_DNC_GUARDS: dict[str, str] = {
    "third_party": r"\b(?:my|our)\s+(?:colleague|husband|wife|partner|boss|assistant)\s+(?:asked|wants|would like)\b",
    "self_stop": r"\b(?:I|we)\s*(?:'ll|will|'m\s+going\s+to|am\s+going\s+to|'re\s+going\s+to|are\s+going\s+to|"
                 r"can|could)\s+stop\b",
    "link_request": r"\bunsubscribe\s+(?:link|button|page|instructions)\b",
    "past_unsubscribe": r"\bunsubscribed\b",
    # "stop chasing, we'll let you know when we're ready" is a pause; when in doubt, pause rather than lose the customer
    "will_return": r"\b(?:I|we)(?:'ll|\s+will)\s+(?:\w+\s+)?(?:contact|call|e-?mail|reach\s+out|be\s+in\s+touch|get\s+in\s+touch|"
                   r"get\s+back|let\s+you\s+know|come\s+back)\b[^.]{0,30}\b(?:when|once|if)\b",
    # bulk-mail footers quoted or forwarded by the customer ("if you would like to unsubscribe click here")
    # a sender's instructions to the reader: "To no longer receive messages, update your preferences below",
    # "If you ... wish to no longer receive such correspondence", "to indicate that you would rather not be contacted"
    "instructions": r"\b(?:update|manage|change)\s+your\s+(?:\w+\s+)?(?:preferences|subscription|settings)\b|\blink\s+below\b|"
                    r"\bfollow\s+the\s+link\b|^\W*to\s+no\s+longer\b|(?:\bindicate\s+that|(?<!it\s)(?<!grateful\s)(?<!thankful\s)\bif)\s+you\b[^.]{0,80}\b(?:no\s+longer|"
                    r"rather\s+not)\b",
    "footer": r"\bclick\b|\$LINK|https?://|\bfrom\s+us\b|\bif\s+(?:at\s+any\s+time\s+)?you(?:'d)?\s+(?:would\s+|"
              r"do\s+not\s+|don'?t\s+|no\s+longer\s+)?(?:like|wish|want|prefer)\b",
}

# ---------------------------------------------------------------- paused
# Events without a date that a customer waits for before buying.
_FAR_CONDITION = (r"(?:the\s+|our\s+|my\s+)?(?:budget|funding|money|finances?|cash\s*flow)\s+(?:frees?\s+up|is\s+(?:approved|"
                  r"sorted|there|available)|comes?\s+(?:through|in)|allows?|improves?|recovers?)|the\s+time\s+is\s+right|"
                  r"things\s+(?:settle|calm\s+down|pick\s+up|improve|change|quieten|quiet\s+down)|"
                  r"(?:the\s+)?(?:interest\s+)?(?:rates|prices)\s+(?:come|go|drop|fall|settle)|"
                  r"the\s+market\s+(?:settles|improves|recovers|calms)|"
                  r"(?:we're|we\s+are|I'm|I\s+am)\s+(?:ready|in\s+a\s+(?:better\s+)?position)|"
                  r"the\s+(?:merger|restructur\w*|reorg\w*|move|sale|acquisition|audit)\s+(?:is\s+(?:done|complete|over|"
                  r"finished)|goes\s+through|completes)")
_PAUSED_PATTERNS: dict[str, str] = {
    "not_now": r"(?:\bnot\b|n't\b|\bno\b|\bnothing\b)(?:(?!\b(?:and|"
               r"but|so|where|which|because|as|if)\b)[^,.;:!?()]){0,45}?(?<!until )(?<!between )(?<!by )\b(?:right now|"
               r"now|at the moment|at this time|at present|at this point|at this stage|at this juncture|for now|for the time being|"
               r"for a while|this year|this quarter|currently)\b",
    "not_yet": r"\bnot\s+(?:anything\s+)?just\s+yet\b|\bdecided\s+not\s+to\s+do\s+anything\b",
    # "we've decided against it (for now)", "we decided not to go ahead"; not "decided against the premium tier"
    "decided_against": r"\bdecided\s+(?:against\s+(?:it|this|that|going\s+ahead|proceeding|moving\s+forward|"
                       r"(?:switching|changing|refinancing|remortgaging|buying|renewing|upgrading)\b)|not\s+to\s+(?:go\s+"
                       r"ahead|proceed|move\s+forward|pursue|buy|switch|change|renew|sign|continue|do\s+it)\b)",
    "later_period": r"\b(?:maybe|perhaps|possibly|probably)\s+(?:in\s+)?(?:(?:early|late|sometime)\s+)?(?:next\s+(?:year|"
                    r"quarter|spring|summer|fall|autumn|winter)|the\s+(?:spring|summer|fall|autumn|winter)|"
                    r"later\s+in\s+the\s+year)\b",
    # a deferral verb with a far-off horizon: "let's table this until next year", "revisit this in the summer"
    "revisit": r"\b(?:revisit|look\s+at|pick\s+(?:this|it)\s+up|come\s+back\s+to|table|park|shelve|postpone|push|defer|"
               r"reconsider|talk|speak|review|leave|get\s+in\s+touch|follow\s+up|check\s+back|touch\s+base|circle\s+back|"
               r"(?:ask|try|contact|call|e-?mail|ring)\s+(?:me|us))\b[^.]{0,30}\b(?:(?:(?:until|till|in|into|after|for)\s+"
               r"(?:the\s+)?)?next\s+(?:fiscal\s+)?(?:year|quarter|spring|summer|fall|autumn|winter)|(?:until|till|in|into|"
               r"after|for)\s+(?:the\s+)?(?:new\s+year|spring|summer|autumn|fall|winter|Q[1-4]))\b(?!'s)",
    # waiting on something that has no date: "when the budget frees up", "once things settle down"
    "far_condition": rf"\b(?:until|till|when|once|if\s+and\s+when|after)\s+(?:{_FAR_CONDITION})",
    # "let's table this", "park it", "shelve the idea"; not "the table" (needs an object right after the verb)
    "table_it": r"\b(?:table|shelve|park)\s+(?:this|it|that|things|the\s+(?:idea|project|discussion|conversation))\b",
    # "this will have to wait", "it can wait until rates come down", "we'd rather wait until the market settles"
    "will_wait": r"\b(?:this|it|that|everything|things)\s+(?:will|'ll|would|can|may|might)\s+(?:have\s+to\s+|need\s+to\s+)?"
                 r"wait\b|\b(?:I|we)(?:'d|\s+would)\s+(?:rather|prefer\s+to)\s+(?:wait|hold\s+off)\b",
    # first person holding off, without a near date (dates are quiet periods and are tried first):
    # "we'll hold off on changing insurers until the policy renews"; not the order instruction "hold off on ordering"
    "we_hold_off": r"\b(?:I|we)(?:'ll|\s+will|'re|\s+are|'m|\s+am|'d|\s+would|'ve|\s+have)?\s+(?:\w+\s+)?(?:going\s+to\s+|"
                   r"decided\s+to\s+|have\s+to\s+)?hold(?:ing)?\s+off\b",
    # spending frozen: "put a freeze on new vendors", "we've frozen all new projects"
    "freeze": r"\b(?:put\s+a\s+freeze\s+on|(?:spending|budget|hiring|vendor|project)\s+freeze|frozen\s+(?:all|our|any|"
              r"the)\s+(?:new\s+)?(?:projects|spend\w*|budgets?|purchas\w+|hiring|investments?))\b",
    # staying with what they have, for now: "we'll stick with what we've got for the time being"
    "stick_with": r"\b(?:stick|stay|keep\s+going)\s+with\s+(?:what\s+we(?:'ve|\s+have)\s+got|what\s+we\s+have|our\s+"
                  r"(?:current|existing)|the\s+(?:current|existing))\b",
    "wait_long": r"\b(?:wait|hold\s+off)\s+(?:until|till)\s+(?:next\s+(?:fiscal\s+)?(?:year|"
                 r"quarter)|the\s+new\s+(?:fiscal\s+)?year)\b|\bwait and see\b|\bdecided\s+to\s+wait\b",
    # "on hold" for the whole purchase; an item put on hold ("put the extra seat on hold") is an order detail
    "on_hold": r"\b(?:is|are|'s|'re|been|be|remains?|stays?|still|now|all|everything|currently)\s+on\s+hold\b|"
               r"\bon\s+hold\s+(?:for|until|indefinitely)\b|"
               r"\b(?:I|we|let's|let\s+us)\b[^.,]{0,25}?\b(?:put(?:ting)?|plac(?:e|ed|ing))\s+(?:\w+\s+){1,4}?on\s+hold\b|"
               r"\b(?:put(?:ting)?|place|placing)\s+(?:this|it|that|things|everything|(?:the|our|my)\s+(?:whole\s+)?(?:\w+\s+)?"
               r"(?:project|purchase|application|refinanc\w*|remortgage|deal|renewal|decision|process|search|plan|move|switch|"
               r"upgrade|rollout|idea|evaluation|conversation|discussion|quote|proposal|policy|loan|mortgage))\s+on\s+hold\b|"
               r"\bon\s+pause\b|\bback\s+burner\b|"
               r"\bshelved\b|\bpark\s+(?:this|it)\b|\bpostpon\w*\s+(?:the|this|our|it|everything|things)\b"
               r"|\bhold(?:ing)?\s+off\s+(?:for\s+now|for\s+the\s+time\s+being|"
               r"on\s+any|on\s+this|on\s+it)\b|\bbudget\s+(?:got\s+|"
               r"is\s+|has\s+been\s+)?(?:frozen|cut)\b|\bon\s+ice\b|"
               r"\bput\s+a\s+pin\s+in\b|\bhold(?:ing)?\s+off\s*[.!]*$"
               r"|\bhappy\s+with\s+(?:what\s+we\s+have|our\s+current|the\s+current)\b"
               r"|\b(?:sit\s+tight|leave\s+it|stop\s+here)\b[^.]{0,15}\b(?:for\s+now|for\s+the\s+time\s+being)\b",
    "not_priority": r"\bnot\s+a\s+priority\b|\b(?:not|isn'?t)\s+(?:the\s+)?right\s+time\b|"
                    r"\b(?:not|isn'?t)\s+(?:really\s+)?(?:a\s+good|a\s+great|the\s+right|the\s+best)\s+(?:time|moment)\b|"
                    r"\bbad\s+timing\b|\bthe\s+wrong\s+time\s+for\s+(?:us|me)\b|"
                    r"\btiming\s+(?:isn'?t|is\s+not)\s+right\b|\bnow\s+is\s+not\s+a\s+good\s+time\b",
    "pass": r"\bpass\s+for\s+now\b|\bstay\s+with\s+(?:our|the)\s+current\b[^.]{0,30}\bfor\s+now\b",
    # the customer will come back on a condition: "I'll let you know if our situation changes"
    "we_will_call": r"\b(?:I|we)(?:'ll| will)\s+(?:reach out|get in touch|"
                    r"be in touch|let you know|contact you|come back to you|get back to you)\b[^.]{0,20}\b(?:(?:when|"
                    r"if|once)\s+(?:we're|we are|I'm|I am)\s+ready|"
                    r"(?:if|when|once)\s+(?:we|I)\s+(?:decide|want\s+to)|"
                    r"if\s+(?:\w+\s+){0,3}(?:changes?|improves?))",
    # "not ready to commit yet", "we won't be proceeding"; not "not ready to sign today, but can we meet Wednesday"
    "not_ready": r"\bnot\s+(?:ready|going)\s+to\s+(?:make\s+a\s+decision|move\s+forward|proceed|go\s+ahead|commit|decide|buy|"
                 r"switch|change)\b|\bnot\s+(?:quite\s+)?ready\s+(?:yet|just\s+yet)\b"
                 r"|(?:\bnot|n't)\s+(?:be\s+)?(?:proceeding|moving\s+(?:ahead|forward)|going\s+ahead)\b"
                 r"|\bforeseeable\s+future\b|\bother\s+priorities\b",
    "not_interested": r"\bnot\s+interested\b(?!\s+in\b)",
    # a competitor won: "we decided to go with another supplier", "we chose a different vendor"
    "went_elsewhere": r"\b(?:go|goes|going|gone|went|decided\s+to\s+go|chose|choose|chosen|selected|picked|opted|signed|"
                      r"awarded\s+(?:it|the\s+\w+))\s+(?:with\s+|for\s+|to\s+)?(?:a\s+|an\s+)?(?:another|the\s+other|"
                      r"different|alternative|competing|other|local|cheaper|in-house)\s+(?:\w+\s+)?(?:supplier|vendor|provider|"
                      r"company|firm|broker|lender|agency|solution|option|contractor|partner|quote|offer|bank|insurer)s?\b",
    "shelving": r"\bshelv(?:e|ed|ing)\b|\bmothball\w*\b",
    "pass_now": r"\bpass\s+(?:for\s+now|for\s+the\s+time\s+being|this\s+time|on\s+(?:this|it)(?:\s+for\s+now)?)\b",
    "turned_down": r"\bturn(?:ed|ing)?\s+(?:the|this|our|your)\s+(?:\w+\s+)?(?:proposal|offer|quote|bid)\s+down\b|"
                   r"\b(?:turned|turning)\s+down\s+(?:the|this|your)\s+(?:\w+\s+)?(?:proposal|offer|quote|bid)\b",
    "no_need_chase": r"\bno\s+need\s+to\s+(?:keep\s+)?(?:follow(?:ing)?\s+up|chas(?:e|ing)|check(?:ing)?\s+in|"
                     r"reach(?:ing)?\s+out)\b",
    "will_pass": r"\b(?:we'll|we\s+will|I'll|I\s+will|going\s+to|gonna|have\s+to|must|'ll\s+have\s+to)\s+(?:have\s+to\s+)?"
                 r"(?:respectfully\s+|politely\s+)?pass\b(?!\s+(?:it|this|that|them|the|on\s+to|along|by))",
    "close_file": r"\bclose\s+(?:my|our|the)\s+(?:file|account|application|enquiry|inquiry|opportunity)\b",
}
_PAUSED_GUARDS: dict[str, str] = {
    # "not right now, but send the quote tomorrow": the customer still wants something now
    "contrast_request": r"\b(?:but|because|though)\b[^.]{0,40}\b(?:send|call|email|let'?s|quote|do|come)\b",
    # "if you call and I don't respond for a while": a condition on the rep, not the customer's pause
    "request": r"\b(?:can|could|would)\s+you\b|\bif\s+(?:possible|the|you)\b",
    "harmless": r"\bnot\s+urgent\b|\bnot\s+available\b|\bnot\s+(?:sure|"
                r"clear|certain)\b|\bnot\s+a\s+problem\b|\bno\s+problem\b|"
                r"\bnot\s+in\s+a\s+rush\b|\bno\s+rush\b|\bready\s+to\s+(?:sign|move forward|go)\b",
    "smalltalk": r"\bnot\s+doing\s+anything\s+special\b|\bdoesn'?t\s+look\b|\bany\s+questions\b",
    "not_now_question": r"\?\s*$",
    "third_party": r"^\W*(?:our|my|his|her|their)\s+\w+\s+(?:is|are|isn'?t|aren'?t|was|will|won'?t)\b",
    "footer": r"\bclick\b|\$LINK|https?://|\bif\s+you(?:'re|\s+are)\s+not\b",
    "send_later": r"(?<!don't )(?<!not )\bsend\s+(?:it|them|the)\b",
    # "now's not a good time, call me at 3": a moment, not a pause
    "call_later": r"\b(?:call|ring|try)\s+me\s+(?:back\s+)?(?:later|tomorrow|at|in\s+an?\s+|this|after)\b",
    # a partial "no" that keeps the rest of the deal alive: "not the patio this year, only the kitchen"
    "partial": r",\s*(?:only|just)\s+(?:the|our)\b|\bbut\s+(?:yes\b|(?:(?:we|I)(?:'d|\s+would)?\s+)?(?:still\s+)?(?:want|"
               r"like)\s+to\s+(?:go\s+ahead|proceed|keep)\b)",
}

# ---------------------------------------------------------------- quiet
# Ways of saying "wait" (British "hang fire", "hold fire" included) and "think it over" (any verb of slow thought).
_HOLD_VERB = r"(?:hold\s+off|hold\s+fire|hang\s+fire|wait)"
_THINK_IT_OVER = (r"(?:(?:think|mull|chew|ponder|reflect)\s+(?:about\s+|on\s+|over\s+)?(?:it|this|that|things)(?:\s+over|"
                  r"\s+through)?|(?:sleep|sit)\s+on\s+(?:it|this|that)|digest\s+(?:it|this|that|all\s+this)|"
                  r"consider\s+(?:it|this|that)|have\s+a\s+(?:think|ponder))")
# Verbs a customer asks for time with: "I need / I'd like / I'd appreciate / we could do with a few days".
_NEED_VERB = r"(?:need|want|like|appreciate|require|could\s+(?:do\s+with|use)|going\s+to\s+need)"
# The time asked for, without a length: "some time", "a bit more time", "a little breathing space".
_TIME_NOUN = (r"(?:(?:some|a\s+bit\s+of|a\s+little|a\s+bit\s+more|a\s+little\s+more|some\s+more|more|extra)\s+)?"
              r"(?:time|breathing\s+(?:space|room))(?!\s+(?:with|on|slot|off|to\s+(?:install|fit|deliver)))")
_DURATION = (r"(?:(?:about|around|roughly|maybe|perhaps)\s+)?(?P<n>\d{1,2}|"
             r"another|a\s+further|an\s+extra|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
             r"a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|some|several)"
             r"\s+(?:more\s+)?(?P<unit>day|week|fortnight|month)s?(?![-\w])(?:\s+or\s+(?P<n2>two|three|so|\d))?")
_QUIET_DURATION_PATTERNS: dict[str, str] = {
    "give_me": rf"\b(?:give|allow|grant)\s+{_ME}\s+(?:another\s+)?{_DURATION}",
    # "could I have a few days?", "can we get another week?": the customer asking for time as a question
    "may_i_have": rf"\b(?:could|can|may|might)\s+(?:I|we)\s+(?:have|get|take)\s+(?:another\s+)?{_DURATION}",
    # "I'd appreciate a few days", "we could do with a couple of weeks"; not "we need the car for a few days"
    "i_need": rf"(?:\b(?:I|we)(?:'ll|\s+will|'d|\s+would|'m|\s+am|'re|\s+are)?\s+|^\W*){_NEED_VERB}\s+(?:to\s+have\s+)?{_DURATION}",
    "in_duration": rf"\b(?:get back to you|revert|let you know|reply|respond|be in touch|come back to you|check back(?: with {_ME})?|"
                   rf"reach out(?: again)?|"
                   rf"follow up(?: with {_ME})?|touch base|try {_ME}(?: again)?|"
                   rf"circle back|talk again|check in(?: with {_ME})?|drop {_ME} a line|give {_ME} a (?:call|ring|"
                   rf"shout)|reconnect|speak|chat|(?:have|get) (?:an? )?(?:answer|"
                   rf"decision|reply)(?: for you)?|(?:contact|ping|"
                   rf"email|call|write to) {_ME}(?: again)?|get in touch)"
                   rf"\s+(?:again\s+)?(?:in|after)\s+{_DURATION}",
    # "don't follow up for two weeks", "please don't reach out for a month"
    "dont_for": rf"\b(?:don'?t|do\s+not|please\s+no)\s+(?:{_CONTACT_VERB}|follow(?:ing)?\s+up|chase|reach\s+out|get\s+in\s+touch)"
                rf"(?:\s+(?:with\s+)?{_ME})?(?:\s+again)?\s+(?:for|in|within)\s+(?:the\s+next\s+)?{_DURATION}",
    "for_duration": rf"\b(?:{_HOLD_VERB}|leave it with {_ME}|{_THINK_IT_OVER}|don'?t (?:chase|"
                    rf"contact|email|call) {_ME})\s+(?:for\s+)?{_DURATION}",
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
_CUE_TEMPLATE = (r"(?:\b(?:give\s+(?:me|us)|not(?=\s+(?:before|until|till)\b)|wait|hold\s+(?:off|on|it|that\s+thought)|leave\s+it|nothing|"
             r"don'?t\s+(?:follow\s+up|contact|e-?mail|call|chase|send)|reach\s+out|follow\s+up|contact\s+(?:me|"
             r"us)|e-?mail\s+(?:me|us)|"
             r"call\s+(?:me|us)|talk|touch\s+base|pick\s+(?:this|it)\s+up|circle\s+back|check\s+back|reconnect|"
             r"get\s+back\s+to\s+(?:me|you)|"
             r"be\s+in\s+touch|look\s+at\s+(?:this|it)"
             r"{away})\b[^.]{{0,40}}?|^\W*(?=(?:until|till)\s+after\b|after\s+the\b))")
_AWAY = r"|(?:I'm|I\s+am|we're|we\s+are)\s+(?:\w+\s+){0,3}?(?:out|away|busy|slammed|swamped|travell?ing|off)"
_WAIT_OR_AWAY_CUE = _CUE_TEMPLATE.format(away=_AWAY)
_WAIT_CUE = _CUE_TEMPLATE.format(away="")
_QUIET_DATE_PATTERNS: dict[str, str] = {
    "until_day": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|"
                 rf"till\s+after|until|till|til|after|before)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|"
                 rf"nd|rd|th)\b(?:\s+of\s+(?P<month>{_MONTH_RE}))?",
    "until_month_day": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|"
                       rf"till\s+after|until|till|after)\s+(?P<month>{_MONTH_RE})\.?\s+(?P<day>[0-3]?\d)(?:st|"
                       rf"nd|rd|th)?\b",
    # "don't follow up before 7 December", "not before the 7th Dec", "until after 15 January"
    "until_day_month": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|till\s+after|until|till|after|before)\s+(?:the\s+)?"
                       rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\b",
    "until_month_day_before": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>before)\s+(?P<month>{_MONTH_RE})\.?\s+(?P<day>[0-3]?\d)(?:st|"
                              rf"nd|rd|th)?\b",
    # "check back with me on the 23rd", "try me again on 4 January": that day itself
    "on_day": rf"\b(?:check\s+back|check\s+in|follow\s+up|reach\s+out|get\s+back\s+to\s+me|try\s+me|contact\s+me|"
              rf"call\s+me|touch\s+base|circle\s+back|come\s+back\s+to\s+me|pick\s+(?:this|it)\s+up)\b[^.]{{0,25}}?\b"
              rf"(?P<prep>on)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?:\s+(?:of\s+)?(?P<month>{_MONTH_RE}))?\b",
    "on_weekday": rf"\b(?:check\s+back|check\s+in|follow\s+up|reach\s+out|get\s+back\s+to\s+me|try\s+me|"
                  rf"touch\s+base|circle\s+back|come\s+back\s+to\s+me|pick\s+(?:this|it)\s+up)\b[^.]{{0,25}}?\b"
                  rf"(?P<prep>on)\s+(?:next\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday)\b",
    "end_of_month": rf"{_WAIT_CUE}\b(?:until\s+|till\s+|by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+month\b",
    "until_weekday": rf"{_WAIT_OR_AWAY_CUE}\b(?P<prep>until\s+after|"
                     rf"till\s+after|until|till|after)\s+(?:next\s+)?(?P<weekday>monday|"
                     rf"tuesday|wednesday|thursday|friday|saturday|sunday)\b",
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
_QUIET_GUARDS: dict[str, str] = {
    "notice": r"\b(?:days?|weeks?)'?\s+(?:notice|lead\s+time|turnaround)\b|\bweek'?s?'?\s+notice\b",
    "takes": r"\b(?:takes?|took|taking|needs?\s+a\s+week\s+to\s+finish|valid|due|delivery|install\w*|ago|last)\b",
    "asks_rep": r"\b(?:can|could|would)\s+you\s+(?:get back|reply|respond|send)\b|\bif\s+you\s+need\b|"
                r"\bdon'?t\s+wait\b",
    "meeting": r"\b(?:see you|meet|meeting|works for|how about|demo|closed)\b",
    "past": r"\b(?:gave it|were|was|did|had to|waited|deferred)\b",
    "sending": r"\bto\s+send\b|\bsend\s+out\b",
    # "I'm away next week, so please send the paperwork today": a request for now, not for quiet
    # "let me check with finance and get back to you today": same day, nothing to hold
    "same_day": r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|within\s+the\s+hour|in\s+an\s+hour|shortly)\b",
    "send_now": r"\bsend\b[^.]{0,30}\b(?:today|now|asap|tonight|tomorrow)\b",
    "others": r"^\W*(?:he|she|they|it)\b|\bwho\s+(?:is|are|will)\b",
    "third_party": r"^\W*(?:our|my|his|her|their)\s+\w+\s+(?:is|are|was|will)\b",
}

# An end stated anywhere in a sentence that already asks for time ("let me mull this over and revert by next week").
# Only looked for after a think/need/promise rule fired, so "the approval takes a week" never gets here.
_LOOSE_END_PATTERNS: dict[str, str] = {
    "end_of_next_week": r"\bend\s+of\s+next\s+week\b",
    "end_of_week": r"\bend\s+of\s+(?:the|this)\s+week\b",
    "next_week": r"\bnext\s+week\b",
    "weekend": r"\b(?:over|after)\s+the\s+weekend\b",
    "until_weekday": r"\b(?P<prep>by|until|till|on|before|after)\s+(?:next\s+)?(?P<weekday>monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday)\b",
    "until_day": rf"\b(?P<prep>until\s+after|till\s+after|until|till|after|before|by)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|"
                 rf"nd|rd|th)\b(?:\s+of\s+(?P<month>{_MONTH_RE}))?",
    "duration": rf"\b(?:in|within|after|for|probably|be|say)\s+{_DURATION}",
}

# ---------------------------------------------------------------- preferences
# Time of day: a clause that names a part of the day and says something good or bad about it for the customer.
_TIME_OF_DAY: dict[str, str] = {
    "morning": r"\b(?:early\s+)?mornings?\b|\bearly\s+(?:is|works|suits|would\s+be)\b|\bfirst\s+thing\b|\bearly\s+in\s+the\s+day\b|\bbefore\s+(?:noon|lunch|(?:8|9|10|11)\s*(?:am|a\.m\.)?)(?!\w)",
    "afternoon": r"\b(?:late\s+)?afternoons?\b|\b(?:around|at|"
                 r"from)\s+[1-5](?::\d\d)?\s*(?:pm|p\.m\.)|\bafter\s+(?:lunch|"
                 r"noon|[1-5](?::\d\d)?\s*(?:pm|p\.m\.)?)(?!\s*(?:am|a\.m\.))(?![\w:])|\blater\s+in\s+the\s+day\b|"
                 r"\b(?:towards?\s+)?the\s+end\s+of\s+the\s+(?:working\s+|work\s+)?day\b",
    "midday": r"\blunch\s*(?:time|hour)\b|\bmidday\b|\baround\s+noon\b|"
              r"\bbetween\s+(?:11|12|noon)(?:\s*(?:am|pm))?\s+and\s+(?:1|2)(?!\d)",
    "evening": r"\bevenings?\b|\bafter\s+(?:work|[6-8]\s*(?:pm|p\.m\.))(?!\w)",
    # days of the week only as a habit ("weekends are best", "Mondays are hopeless"); "on Monday" is an appointment
    "weekends": r"\bweekends\b|\b(?:at|on)\s+(?:the\s+)?weekends?\b",
    **{f"{day}s": rf"\b{day}s\b" for day in ("monday", "tuesday", "wednesday", "thursday", "friday")},
}
_TIME_BAD = (r"\b(?:busy|hectic|no\s+good|not\s+good|bad|tied\s+up|in\s+meetings|on\s+the\s+road|impossible|"
             r"difficult|crazy|packed|swamped|hopeless|terrible|a\s+no-go|don'?t\s+(?:call|ring|phone|text)|"
             r"not\s+before|can'?t\s+(?:talk|take\s+calls))\b")
_TIME_GOOD = (r"\b(?:better|best|easier|prefer|preferred|works?|good|free|available|ideal|suits?|quiet|quieter|calmer|"
              r"aim\s+for|go\s+for|target|shoot\s+for|stick\s+to)\b|\b(?:call|"
              r"try|reach|catch|ring|phone)\b|\bkeep\s+(?:calls|it|things)\s+to\b")
_TIME_GUARDS: dict[str, str] = {
    # a particular occasion ("this afternoon", "Tuesday morning", "tomorrow") is an appointment, not a standing preference
    "occasion": r"\b(?:this|tomorrow|today|tonight|yesterday|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening)\b",
    "past": r"\b(?:called|went|was|were|had)\b",
    # "can you call at 3pm?" proposes an appointment, unless it asks for a habit ("can we keep calls to after 3?")
    "question": r"^(?!.*\b(?:keep\s+(?:calls|it|things)\s+to|usually|generally|always|the\s+end\s+of\s+the\s+day|"
                r"in\s+the\s+(?:mornings|afternoons|evenings)))[^\n]*\?\s*$",
    # a time for something other than talking to the customer ("morning delivery would be ideal")
    "logistics": r"\b(?:delivery|deliveries|collection|pick-?up|install\w*|viewing|inspection|fitting|flight|train)\b",
    "own_plan": r"\b(?:I'll|I\s+will|we'll|we\s+will)\b|\bif\s+you\s+(?:call|ring|phone|e-?mail|come|send|need|do)\b",
}
_GREETING = re.compile(r"\bgood\s+(?:morning|afternoon|evening)\b|^\W*(?:morning|afternoon|evening)\s*[!,]", re.I)
_CLAUSE = re.compile(r"[^,;:]+?(?=,|;|:|\bso\b|\bbut\b|$)", re.I)

# Channel: email, phone or text message, each as the words customers use for it.
_CHANNELS: dict[str, str] = {
    "email": r"(?:e-?mail(?:s|ed|ing)?|in\s+writing|writ(?:e|ing)|(?:my\s+)?inbox)",
    "phone": r"(?:phone(?:s|d)?|call(?:s|ed|ing)?|ring|mobile|cell|voicemail|unknown\s+numbers)",
    "sms": r"(?:text(?:s|ed|ing)?|sms|whatsapp)",
}


def _channel_patterns(name: str, x: str, y: str) -> list[str]:
    """Ways of saying "use channel name (regex x) rather than y", as regexes."""
    never = r"(?!x)x"  # a rule that does not apply to this channel
    not_y = rf"(?:(?!{y})[^.,])"
    return [
        rf"\b{x}\s+(?:me\s+)?(?:is|are|works?|would\s+be)\s+(?:much\s+|a\s+lot\s+|usually\s+)?(?:better|best|easier|"
        rf"easiest|preferred|fine|great|the\s+(?:best|easiest)\s+way|the\s+way\s+to\s+go|my\s+preference)\b"
        # "any call is better after lunch" prefers a time, not the channel
        rf"(?!\s+(?:after|before|in\s+the|at|around|from|later|earlier|mornings?|afternoons?|evenings?|on\s+\w+days))",
        rf"\b{x}\b[^.,]{{0,25}}?\b(?:rather\s+than|instead\s+of|over|better\s+than|than|not)\s+(?:by\s+)?{y}",
        rf"\b(?:prefer|rather)\b(?!\s+than){not_y}{{0,25}}?(?<!morning )(?<!afternoon )(?<!evening )\b{x}\b",
        rf"\b(?:don'?t|do\s+not|never|no)\s+{y}\b[^.]{{0,30}}?\b{x}\b",
        rf"\b(?:terrible|bad|hopeless)\s+(?:with|at)\s+{y}\b|\b(?:rarely|never|barely|seldom|hardly\s+ever|don'?t|do\s+not|"
        rf"can'?t)\s+(?:check|read|look\s+at|answer|pick\s+up|take)\s+(?:my\s+|the\s+)?{y}\b[^.]{{0,30}}?\b{x}\b",
        rf"\b{x}\s+me\b[^.]{{0,15}}\b(?:rarely|never|hardly\s+ever|don'?t|do\s+not)\s+(?:check|"
        rf"read|look\s+at|answer)\s+(?:my\s+|the\s+)?{y}\b",
        rf"\b(?:rarely|never|barely|seldom|hardly\s+ever|don'?t|do\s+not)\s+(?:check|read|look\s+at)\s+(?:my\s+|the\s+)?{y}\b" if name != "sms" else never,
        rf"\bhard\s+to\s+reach\s+(?:by|on)\s+{y}\b|\b{y}\s+(?:is|are)\s+(?:difficult|hard|impossible)\b" if name == "email" else never,
        rf"\bstick\s+to\s+{x}\b|\breach\s+me\s+(?:by|"
        rf"via|on)\s+(?:my\s+|the\s+)?{x}\b|\bbest\s+(?:way\s+)?to\s+reach\s+me\s+(?:is\s+)?(?:by|via|on)\s+(?:my\s+)?{x}\b"
        rf"|\beasier\s+if\s+you\s+{x}\b|\bcontact(?:ed)?\s+(?:me\s+|us\s+)?(?:by|via)\s+{x}\b|\b{x}\s+only\b|"
        rf"\bcommunicate\s+(?:by|via)\s+{x}\b|\b{x}\s+me\s+instead\b"
        rf"|\b{x}\s+me\b[^.]{{0,5}}\b(?:it's|it\s+is|that's)\s+(?:quicker|faster|easier|simpler)\b",
        # "I'm easier to get hold of by text", "quickest to reach me on my mobile"
        rf"\b(?:easier|easiest|best|quicker|quickest)\s+(?:way\s+)?to\s+(?:get\s+hold\s+of|reach|contact|catch|get)\s+(?:me\s+)?"
        rf"(?:is\s+)?(?:by|via|on|over)\s+(?:my\s+)?{x}\b|\bget\s+hold\s+of\s+me\s+(?:by|via|on|over)\s+(?:my\s+)?{x}\b",
        # "put everything in writing" is a habit; "put that in writing" is about one document
        rf"\bput\s+(?:everything|it\s+all|all\s+of\s+(?:it|this)|things)\s+{x}\b" if name == "email" else never,
        # "I don't do phone calls" / "I don't do email": the other of the two; texts have no single opposite
        rf"\b(?:don'?t|do\s+not|never|can'?t)\s+do\s+{y}" if name != "sms" else never,
    ]


_CHANNEL_RULES: list[tuple[str, re.Pattern[str]]] = [
    (f"channel:{x}", re.compile(rx, re.I))
    for x, y in (("sms", "(?:e-?mail|inbox|phone|call|ring)\\w*"), ("email", _CHANNELS["phone"]), ("phone", _CHANNELS["email"]))
    for rx in _channel_patterns(x, _CHANNELS[x], y)
]

def _compile(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """The named regexes of a table, compiled case-insensitively."""
    return {name: re.compile(rx, re.I) for name, rx in table.items()}


_DNC = _compile(_DNC_PATTERNS)
_DNC_G = _compile(_DNC_GUARDS)
_PAUSED = _compile(_PAUSED_PATTERNS)
_PAUSED_G = _compile(_PAUSED_GUARDS)
_QUIET_DUR = _compile(_QUIET_DURATION_PATTERNS)
_QUIET_THINK = _compile(_QUIET_THINK_PATTERNS)
_QUIET_DATE = _compile(_QUIET_DATE_PATTERNS)
_QUIET_G = _compile(_QUIET_GUARDS)
_LOOSE_END = _compile(_LOOSE_END_PATTERNS)  # only searched after a think/need/promise rule fired
_TIME = _compile(_TIME_OF_DAY)
_TIME_G = _compile(_TIME_GUARDS)
_TIME_BAD_RX = re.compile(_TIME_BAD, re.I)
_TIME_GOOD_RX = re.compile(_TIME_GOOD, re.I)
_QUOTED = re.compile(r"\s*(?:>|&gt;)")  # a quoted line left in the new text is not the customer speaking now
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _zone(tz: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or BadInput naming it."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadInput(f"unknown time zone {tz!r}") from exc


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs so quotes stay exact substrings of the input."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _guarded(sentence: str, guards: dict[str, re.Pattern[str]]) -> bool:
    """True when any guard matches the sentence."""
    return any(g.search(sentence) for g in guards.values())


def _local(sent_at: datetime, zone: ZoneInfo) -> datetime:
    """sent_at (naive UTC) as an aware local time."""
    return sent_at.replace(tzinfo=timezone.utc).astimezone(zone)


def _count(word: str | None) -> int:
    """A count word or digits as an int."""
    word = re.sub(r"\s+", " ", (word or "").lower()).strip()
    return int(word) if word.isdigit() else _NUM.get(word, A_FEW_DAYS)


def _duration_days(m: re.Match[str]) -> int:
    """Days of a matched duration; "a week or two" takes the longer end, as the customer asked for up to that."""
    unit = _UNIT_DAYS[m.group("unit").lower()]
    n = _count(m.group("n"))
    n2 = (m.group("n2") or "").lower()
    if n2 and n2 != "so":
        n = max(n, _count(n2))
    return n * unit


def _thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _quiet_date(name: str, m: re.Match[str], local: datetime, zone: ZoneInfo) -> datetime | None:
    """End of a quiet period named by a date phrase, as naive UTC."""
    today = local.date()
    after = "after" in (m.groupdict().get("prep") or "after").lower()
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
        day = _thanksgiving(today.year)
        day = day if day >= today else _thanksgiving(today.year + 1)
    elif name in ("until_weekday", "on_weekday"):
        day = next_weekday(today, WEEKDAYS[m.group("weekday").lower()], said_next="next" in m.group().lower())
    else:
        month = MONTHS.get((m.group("month") or "").lower().rstrip(".")) if m.group("month") else None
        found = next_day_of_month(today, int(m.group("day")), month)
        if found is None:
            return None
        day = found
    return start_of_local_day(day + timedelta(days=1) if after else day, zone)


_NAMED_SUBJECT = re.compile(r"^\W*(?:Yes\W+)?[A-Z][a-z]+\s+(?:is|was|will|has|and)\b")  # "Steve is in Japan until Thursday"


def _quiet(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A quiet-period wish in one sentence, if any (dates win over durations, durations over "let me think")."""
    if _guarded(sentence, _QUIET_G) or _NAMED_SUBJECT.search(sentence):
        return None
    for name, rx in _QUIET_DATE.items():
        m = rx.search(sentence)
        if m:
            until = _quiet_date(name, m, local, zone)
            if until is not None:
                return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=until)
    for rx in _QUIET_DUR.values():
        m = rx.search(sentence)
        if m:
            until = (local + timedelta(days=_duration_days(m))).astimezone(timezone.utc).replace(tzinfo=None)
            return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=until)
    for rx in _QUIET_THINK.values():
        m = rx.search(sentence)
        if m:
            end = _loose_end(sentence, local, zone)
            if end is None:
                until = (local + timedelta(days=A_FEW_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)
                return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=until)
            return _spanning(m, end, offset, text)
    m = _QUIET_PROMISE.search(sentence)
    end = _loose_end(sentence, local, zone) if m else None
    return _spanning(m, end, offset, text) if m and end else None


def _loose_end(sentence: str, local: datetime, zone: ZoneInfo) -> tuple[datetime, re.Match[str]] | None:
    """(end, match) of the first end stated anywhere in the sentence ("by Monday", "probably a week"), if any."""
    for name, rx in _LOOSE_END.items():
        m = rx.search(sentence)
        if not m:
            continue
        if name == "duration":
            until = (local + timedelta(days=_duration_days(m))).astimezone(timezone.utc).replace(tzinfo=None)
        else:
            until = _quiet_date(name, m, local, zone)
        if until is not None:
            return until, m
    return None


def _spanning(trigger: re.Match[str], end: tuple[datetime, re.Match[str]], offset: int, text: str) -> Wish:
    """A quiet wish quoting from the trigger to the stated end, whichever comes first."""
    until, m = end
    start, stop = min(trigger.start(), m.start()), max(trigger.end(), m.end())
    return Wish(QUIET, text[offset + start: offset + stop], until=until)


def _do_not_contact(sentence: str, offset: int, text: str) -> Wish | None:
    """An opt-out in one sentence, if any; negated, time-limited or third-party requests do not count."""
    # The guards are read only for a sentence a trigger fires on: most sentences fire none (same answer, cheaper).
    for rx in _DNC.values():
        m = rx.search(sentence)
        if not m:
            continue
        if _NEG_BEFORE.search(sentence[: m.start()]):
            continue  # "don't stop emailing me", "please don't remove me from your list"
        if _UNTIL_LATER.search(sentence[m.end():]):
            continue  # "don't email me again until next week" is a quiet period, not an opt-out
        return None if _guarded(sentence, _DNC_G) else Wish(DNC, text[offset + m.start(): offset + m.end()])
    return None


def _paused(sentence: str, offset: int, text: str) -> Wish | None:
    """A pause ("not right now", "maybe next year") in one sentence, if any."""
    for rx in _PAUSED.values():
        m = rx.search(sentence)
        if m:
            return None if _guarded(sentence, _PAUSED_G) else Wish(PAUSED, text[offset + m.start(): offset + m.end()])
    return None


def _time_preferences(sentence: str, offset: int, text: str) -> list[Wish]:
    """Preferred (or avoided) times of day, clause by clause: "mornings are busy, so afternoons are better"."""
    if _guarded(sentence, _TIME_G):
        return []
    cleaned = _GREETING.sub(lambda m: " " * len(m.group()), sentence)  # keep offsets
    found = []
    for clause in _CLAUSE.finditer(cleaned):
        for part, rx in _TIME.items():
            m = rx.search(clause.group())
            if not m:
                continue
            if _TIME_BAD_RX.search(clause.group()):
                value = f"time:not_{part}"
            elif _TIME_GOOD_RX.search(clause.group()):
                value = f"time:{part}"
            else:
                continue
            start, end = offset + clause.start(), offset + clause.end()
            quote = text[start:end].strip()
            found.append(Wish(PREFERENCE, quote, preference=value))
            break
    return found


_CHANNEL_FOOTER = re.compile(  # a sender's footer ("if you prefer not to receive email from us"), not the customer's wish
    r"\bif\s+you(?:'d)?\s+(?:would\s+)?(?:prefer|like)\b|\bclick\b|\bunsubscribe\b|mailto:|\b(?:contact|reach|call)\s+us\b", re.I)


# "afternoon calls work better": the time is preferred, not the channel
_TIME_QUALIFIED = re.compile(r"\b(?:mornings?|afternoons?|evenings?|lunchtime|weekend|early|late|daytime)\s+$", re.I)


def _channel_preference(sentence: str, offset: int, text: str) -> list[Wish]:
    """The preferred channel (email, phone, text message) a sentence states, if any."""
    if _CHANNEL_FOOTER.search(sentence):
        return []
    for value, rx in _CHANNEL_RULES:
        m = rx.search(sentence)
        if m and not _TIME_QUALIFIED.search(sentence[: m.start()]):
            return [Wish(PREFERENCE, text[offset + m.start(): offset + m.end()], preference=value)]
    return []


def _preferences(sentence: str, offset: int, text: str) -> list[Wish]:
    """Time and channel preferences in one sentence, at most one per value."""
    found: dict[str, Wish] = {}
    for wish in _channel_preference(sentence, offset, text) + _time_preferences(sentence, offset, text):
        found.setdefault(wish.preference, wish)
    return list(found.values())


EVENT_QUIET_DAYS = 7  # "wait until the board has voted": an undated event; quiet this long, then the rep decides
# Waiting for an event that has no date: "wait until I've had a chance to talk to my partner", "hold off until my
# husband gets back", "please wait for that before reaching out", "I'll be back in touch once the survey is in".
_EVENT_WAIT = re.compile(
    r"\b(?:wait|hold\s+off|hold\s+fire|hang\s+fire|sit\s+tight)\s+(?:on\s+(?:this|it|that)\s+)?(?:until|till|for)\s+"
    r"(?!(?:a|the)\s+(?:reply|response|answer)\s+from\s+you)\b"
    r"|\b(?:before|until\s+you\s+hear\s+from\s+(?:me|us)\s+before)\s+(?:following\s+up|reaching\s+out|getting\s+back\s+to\s+(?:me|us)|"
    r"contacting\s+(?:me|us)|chasing|checking\s+in|you\s+(?:follow\s+up|reach\s+out|contact\s+(?:me|us)|chase))\b"
    r"|\b(?:I|we)(?:'ll|\s+will|\s+shall)\s+(?:be\s+back\s+in\s+touch|get\s+back\s+(?:in\s+touch|to\s+you)|come\s+back\s+to\s+you|"
    r"reach\s+out|be\s+in\s+touch|touch\s+base|reconnect|circle\s+back)\b[^.]{0,25}?\b(?:once|as\s+soon\s+as|after|when)\b"
    r"|\b(?:once|as\s+soon\s+as)\b[^.]{3,80}?,?\s*(?:I|we)(?:'ll|\s+will)\s+(?:be\s+back\s+in\s+touch|get\s+back\s+to\s+you|"
    r"come\s+back\s+to\s+you|be\s+in\s+touch|reach\s+out|touch\s+base)\b"
    r"|\b(?:don'?t|do\s+not|please\s+no)\s+(?:{verb}|follow(?:ing)?\s+up|chase|reach\s+out)(?:\s+(?:with\s+)?(?:me|us))?\s+"
    r"(?:until|till|before)\s+(?:I|we|you\s+hear|the|our|my)\b".replace("{verb}", _CONTACT_VERB),
    re.I)
_EVENT_GUARD = re.compile(r"\b(?:can|could|would|will)\s+you\b|\b(?:delivery|shipment|order|parcel|invoice|payment|install\w*)\b[^.]{0,30}\b(?:hold|wait)|"
                          r"\bwait\s+for\s+(?:you|your)\b|\bcan'?t\s+wait\b|\bwait\s+for\s+(?:it|this)\s*[.!]*$", re.I)


def _event_quiet(sentence: str, offset: int, text: str, local: datetime) -> Wish | None:
    """A wait for an undated event, as a quiet period of EVENT_QUIET_DAYS."""
    m = _EVENT_WAIT.search(sentence)
    if not m or _EVENT_GUARD.search(sentence) or _guarded(sentence, {"others": _QUIET_G["others"],
                                                                    "asks_rep": _QUIET_G["asks_rep"]}):
        return None
    stripped = sentence.strip()
    start = offset + sentence.index(stripped)
    until = (local + timedelta(days=EVENT_QUIET_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)
    return Wish(QUIET, text[start: start + len(stripped)], until=until)


def _rule_wishes(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes the rules read in one sentence (an opt-out hides pause and quiet in its sentence)."""
    dnc = _do_not_contact(sentence, offset, text)
    if dnc:
        return [dnc]
    found: list[Wish] = []
    quiet = _quiet(sentence, offset, text, local, zone)
    paused = None if quiet else _paused(sentence, offset, text)
    if not quiet and not paused:
        quiet = _event_quiet(sentence, offset, text, local)
    found.extend(w for w in (quiet, paused) if w)
    found.extend(_preferences(sentence, offset, text))
    return found


# ---------------------------------------------------------------- second opinion (followup.text.wish_model)
MAYBE_THRESHOLD = 0.3  # the classifier's probability for a kind the rules did not read -> a possible wish
_MODEL_KINDS = {"quiet": QUIET, "paused": PAUSED, "do_not_contact": DNC, "pref_time": PREFERENCE,
                "pref_channel": PREFERENCE}
# "Not right now, I'm in a meeting. Call me back in an hour": a moment, not a pause, whichever sentence says it
_SHORT_CALLBACK = re.compile(r"\b(?:call|ring|try)\s+(?:me\s+)?(?:back\s+)?(?:in\s+(?:an?|\d+|ten|twenty|thirty|"
                             r"fifteen|five)\s+(?:hour|min\w*)|later\s+today|this\s+(?:afternoon|evening)|"
                             r"after\s+(?:the|my)\s+meeting|at\s+\d)", re.I)


# what an opt-out is about (besides a halt word, in _MAYBE_CUES)
_DNC_TOPIC = re.compile(rf"{_MAIL_NOUN}|\b{_CONTACT_VERB}\b|\b(?:list(?!\s+of\b)|unsubscrib\w*|consent|data|records|database|"
                        rf"send(?:ing)?|writ(?:e|ing)|hear(?:ing)?\s+from)\b", re.I)
# A possible wish needs, besides the model's vote, a word of its kind in the sentence (a compositional minimum:
# an opt-out names mail or contact and a halt; a pause a "no" or a deferral; a quiet period some time).
_MAYBE_CUES = {
    DNC: re.compile(rf"\b(?:stop|no\s+longer|don'?t|do\s+not|never|remov\w*|off|unsubscrib\w*|opt\w*|delete|erase|"
                    rf"erasure|withdraw\w*|refrain|cease|discontinu\w*|not\s+(?:wish|want)|rather\s+not|enough|without)\b",
                    re.I),
    PAUSED: re.compile(r"\b(?:not|no|never|pass|later|hold|decid\w*|another|different|elsewhere|shelv\w*|postpon\w*|"
                       r"declin\w*|turn\w*\s+down|close|budget|next\s+(?:year|quarter)|for\s+now|time\s+being|"
                       r"wait\w*|priorit\w*|freez\w*|frozen|pause\w*|\w+n't)\b", re.I),
    QUIET: re.compile(rf"\b(?:days?|weeks?|months?|fortnight|until|till|after|before|once|back|time|think\w*|wait\w*|"
                      rf"hold|weekend|later|soon|{'|'.join(WEEKDAY_NAMES)}|[0-3]?\d(?:st|nd|rd|th)|{_MONTH_RE})\b", re.I),
    # a preference also needs a value (_guess_preference)
    PREFERENCE: re.compile(r"\b(?:mornings?|afternoons?|evenings?|midday|lunch\w*|noon|early|late|later|"
                           r"e-?mails?|phone|call\w*|ring|text\w*|sms|whatsapp|mobile)\b", re.I),
}


# The opt-out grammar loosened to a question: a halt verb, something sent, and someone addressed, in one sentence
# ("please take me off the distribution for this", "I'd rather not get these"). Never certain on its own.
_WEAK_HALT = re.compile(r"\b(?:stop|no\s+longer|never\s+again|remov\w*|unsubscrib\w*|opt(?:ed|ing)?\s+out|delete|erase|"
                        r"erasure|withdraw\w*|refrain|cease|discontinu\w*|not\s+(?:wish|want)\s+to\s+(?:receive|be)|"
                        r"rather\s+not|take\s+(?:me|us)\s+off|don'?t\s+(?:contact|e-?mail|write|call|send))\b", re.I)
_WEAK_ADDRESSED = re.compile(r"\b(?:please|kindly|me|us|my|our)\b", re.I)
# someone else, a list that is not for mail, or the customer's own "don't": "stop emailing my husband",
# "take me off the waiting list", "don't email me the contract"
_WEAK_NOT_ME = re.compile(r"\b(?:my|our)\s+(?:husband|wife|partner|colleague|boss|son|daughter|assistant|team)\b|"
                          r"\b(?:waiting|wait|guest|shopping|short|packing|parts|price|task|to-?do|cc)\s*-?list\b|"
                          r"\bnot\s+me\b|\b(?:don'?t|do\s+not)\s+(?:e-?mail|send|call)\s+(?:me\s+|us\s+)?(?:the|a|an|this|that|"
                          r"it|them|those|these\s+(?:files|drawings|documents))\b|\bunsubscribe\s+link\b|\bunsubscribed\b|"
                          r"\bback\s+on\s+(?:the|your)\s+(?:\w+\s+)?list\b|\baccidentally\b|\bby\s+mistake\b|\b(?:add|put)\s+(?:me|us)\s+back\b|\bre-?subscribe\b",
                          re.I)
_WEAK_GUARD = re.compile(r"\b(?:confidential\w*|intended\s+recipient|disclos\w*|privileged)\b", re.I)


def _weak_opt_out(sentence: str) -> bool:
    """Whether a sentence looks like an opt-out the rules did not read with certainty."""
    from followup.text.wish_net import looks_like_opt_out_but_is_not

    halt = _WEAK_HALT.search(sentence)
    return bool(halt and not looks_like_opt_out_but_is_not(sentence) and _DNC_TOPIC.search(sentence) and _WEAK_ADDRESSED.search(sentence)
                and not _WEAK_GUARD.search(sentence) and not _guarded(sentence, _DNC_G)
                and not _NEG_BEFORE.search(sentence[: halt.start()]) and not _WEAK_NOT_ME.search(sentence))


def _guess_preference(sentence: str, kind: str) -> str | None:
    """The time of day or channel a sentence names, for a possible preference (None when it names none)."""
    if kind == "pref_time":
        for part, rx in _TIME.items():
            if rx.search(sentence) and part in ("morning", "afternoon", "evening", "midday"):
                return f"time:{part}"
        return None
    for name in ("phone", "email", "sms"):
        if re.search(rf"\b{_CHANNELS[name]}\b", sentence, re.I):
            return f"channel:{name}"
    return None


def _second_opinion(sentence: str, offset: int, text: str, local: datetime) -> Wish | None:
    """A possible wish in a sentence where the rules read nothing: the loosened opt-out grammar, else the classifier.

    Not done: turning a rule's reading into a question when the model disagrees. Measured on blind batches 1-2, the
    model gave true opt-outs ("please discontinue all communications") P < 0.01 and caught no false one.
    """
    from followup.text import wish_model

    cued = [kind for kind, rx in _MAYBE_CUES.items() if rx.search(sentence)
            and (kind != DNC or _DNC_TOPIC.search(sentence))]
    if not cued:
        return None
    if DNC in cued and _weak_opt_out(sentence):
        label = "do_not_contact"  # a missed opt-out costs the customer; a false question costs the rep one click
    else:
        model = wish_model.load()
        if model is None:
            return None
        probs = model.probabilities(sentence)
        label, p = max(((c, v) for c, v in probs.items() if c != "none"), key=lambda cv: cv[1])
        if p < MAYBE_THRESHOLD or _MODEL_KINDS[label] not in cued:
            return None
    kind = _MODEL_KINDS[label]
    stripped = sentence.strip()
    start = offset + sentence.index(stripped)
    quote = text[start: start + len(stripped)]
    if kind == PREFERENCE:
        value = _guess_preference(sentence, label)
        return Wish(PREFERENCE, quote, preference=value, certain=False) if value else None
    if kind == QUIET:
        return Wish(QUIET, quote, until=_net_quiet_end(sentence, text, local, local.tzinfo), certain=False)
    return Wish(kind, quote, certain=False)


def detect_wishes(text: str, sent_at: datetime, tz: str, *, second_opinion: bool = True) -> list[Wish]:
    """Wishes stated in the new text of one inbound message, in text order; uncertain readings have certain=False.

    An opt-out hides pause and quiet readings in the same message; "call me back in an hour" hides a pause.
    """
    zone = _zone(tz)
    local = _local(sent_at, zone)
    wishes: list[Wish] = []
    for offset, sentence in _sentences(text):
        if len(sentence) > MAX_SENTENCE_CHARS or _QUOTED.match(sentence):
            continue
        found = _rule_wishes(sentence, offset, text, local, zone)
        if not found and second_opinion:  # the rules explained nothing here: is it a wish they were not written for?
            maybe = _second_opinion(sentence, offset, text, local)
            found = [maybe] if maybe else []
        if second_opinion:
            found += _net_wishes(sentence, offset, text, local, zone, wishes + found, found)
        wishes.extend(found)
    if _SHORT_CALLBACK.search(text or ""):
        wishes = [w for w in wishes if w.kind != PAUSED and (w.certain or w.kind != QUIET)]
    if any(w.kind == DNC and w.certain for w in wishes):  # an opt-out outranks any pause or wait in the same message
        wishes = [w for w in wishes if w.kind not in (PAUSED, QUIET) and (w.certain or w.kind != DNC)]
    return wishes


# "3 December", "Dec 7th", "7th Dec": a named day anywhere in the message, for the end of a possible quiet period
_NAMED_DATE = re.compile(rf"\b(?P<d1>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RE})\b\.?|"
                         rf"\b(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?\b", re.I)


def _net_quiet_end(sentence: str, text: str, local: datetime, zone: ZoneInfo) -> datetime:
    """End of a possible quiet period: a date or duration stated in the sentence, else in the message, else a few days.

    "We meet on 7th Dec, so please wait with any reminders until after that meeting": the date is a sentence earlier.
    """
    for where in (sentence, text):
        named = _NAMED_DATE.search(where)
        if named:
            day = next_day_of_month(local.date(), int(named.group("d1") or named.group("d2")),
                                     MONTHS[(named.group("m1") or named.group("m2")).lower().rstrip(".")])
            if day is not None:
                after = re.search(r"\bafter\b", sentence, re.I) is not None
                return start_of_local_day(day + timedelta(days=1) if after else day, zone)
        for name, rx in _QUIET_DATE.items():
            m = rx.search(where)
            until = _quiet_date(name, m, local, zone) if m else None
            if until is not None:
                return until
        end = _loose_end(where, local, zone)
        if end is not None:
            return end[0]
    return (local + timedelta(days=A_FEW_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)


def _net_wishes(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo, so_far: list[Wish],
                here: list[Wish]) -> list[Wish]:
    """Possible wishes from the wide net (followup.text.wish_net) for kinds nothing in the message has read yet.

    Runs beside the rules, not only where they read nothing: "We went with another vendor, please don't contact me
    about this again" is read as a pause for certain and may also be an opt-out.
    """
    from followup.text import wish_net

    kinds = {w.kind for w in so_far}
    # a possible time guessed from a part-of-day word in this sentence gives way to a clock time read here
    times = any(w.preference and w.preference.startswith("time:") and (w.certain or w not in here) for w in so_far)
    stripped = sentence.strip()
    start = offset + sentence.index(stripped)
    quote = text[start: start + len(stripped)]
    out: list[Wish] = []
    # the rules' own opt-out guards hold for the net too ("stop chasing, we'll let you know when we're ready"), and a
    # refusal of one channel beside a preferred one is a preference ("please don't call, just email")
    channel = any(w.preference and w.preference.startswith("channel:") for w in so_far)
    if DNC not in kinds and not channel and not _guarded(sentence, _DNC_G) and wish_net.possible_opt_out(sentence):
        out.append(Wish(DNC, quote, certain=False))
    if PAUSED not in kinds and DNC not in kinds and wish_net.possible_pause(sentence):
        out.append(Wish(PAUSED, quote, certain=False))
    # a pause read in the same sentence with no end in time already holds everything, and a time of day read here is not a date ("keep calls to after 3")
    time_here = any(w.preference and w.preference.startswith("time:") for w in here)
    paused_here = any(w.kind == PAUSED for w in here) and not wish_net.has_time_limit(sentence)
    if not kinds & {QUIET, DNC} and not paused_here and not time_here \
            and wish_net.possible_quiet(sentence):
        out.append(Wish(QUIET, quote, until=_net_quiet_end(sentence, text, local, zone), certain=False))
    if not times:
        value = wish_net.possible_time(sentence)
        if value:
            here[:] = [w for w in here if not (w.preference or "").startswith("time:")]
            out.append(Wish(PREFERENCE, quote, preference=value, certain=False))
    return out


def detect_stops(text: str, sent_at: datetime, tz: str) -> list[Wish]:
    """The opt-outs and pauses the rules of detect_wishes read, and nothing else (no second opinion): all that
    older mail can still change, read at a fraction of the cost."""
    zone = None
    wishes: list[Wish] = []
    for offset, sentence in _sentences(text):
        if len(sentence) > MAX_SENTENCE_CHARS or _QUOTED.match(sentence):
            continue
        dnc = _do_not_contact(sentence, offset, text)
        if dnc:
            wishes.append(dnc)
            continue
        paused = _paused(sentence, offset, text)
        if paused:
            # As in detect_wishes, a sentence that states a quiet period is not a pause (read only when it matters).
            zone = zone or _zone(tz)
            if _quiet(sentence, offset, text, _local(sent_at, zone), zone) is None:
                wishes.append(paused)
    if _SHORT_CALLBACK.search(text or "") or any(w.kind == DNC for w in wishes):
        wishes = [w for w in wishes if w.kind != PAUSED]
    return wishes


# ---------------------------------------------------------------- automatic replies
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|auto(?:matic)?[- ]?reply|autoreply|auto[- ]response|out\s+of\s+(?:the\s+)?office|"
    r"ooo\b|"
    r"abwesenheitsnotiz|automatische\s+antwort|abwesend\s*(?::|bis)|réponse\s+automatique|reponse\s+automatique|"
    r"absen(?:ce|te|t)\s*(?::|du\s+bureau|jusqu)|"
    r"respuesta\s+automática|respuesta\s+automatica|fuera\s+de\s+la\s+oficina|vacation|on\s+vacation|away\s+from|"
    r"risposta\s+automatica|fuori\s+(?:sede|ufficio)|assente|resposta\s+autom[áa]tica|aus[êe]ncia|fora\s+do\s+escrit[óo]rio|"
    r"automatisch(?:e)?\s+(?:antwoord|reactie)|afwezig(?:heid)?|niet\s+op\s+kantoor)", re.I)
_AUTO_BODY = re.compile(
    r"\b(?:I\s+am|I'm|I\s+will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|"
    r"away\s+from\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|maternity\s+|paternity\s+|sick\s+|medical\s+|study\s+)?"
    r"(?:leave|vacation|holiday))"
    r"|\bnicht\s+im\s+b(?:ü|ue)ro\b|\bbin\s+(?:[^.\n]|\d\.){0,60}?\b(?:abwesend|im\s+urlaub|au(?:ß|ss)er\s+haus)\b"
    r"|\bje\s+suis\s+(?:actuellement\s+)?(?:absente?|en\s+cong[ée]s?)\b|\bje\s+serai\s+absente?\b"
    r"|\bestar[ée]\s+(?:fuera\s+de\s+la\s+oficina|"
    r"ausente|de\s+vacaciones)\b|\bestoy\s+(?:fuera\s+de\s+la\s+oficina|de\s+vacaciones|ausente)\b"
    # Italian, Portuguese, Dutch
    r"|\b(?:al\s+momento\s+)?non\s+sono\s+in\s+(?:ufficio|sede)\b|\bencontro-me\s+(?:ausente|de\s+licen[çc]a|de\s+f[ée]rias|fora)\b"
    r"|\bestoy\s+de\s+viaje\b"
    r"|\bsono\s+(?:attualmente\s+)?(?:fuori\s+(?:dall'|dall’)?(?:ufficio|sede)|in\s+ferie|assente|in\s+vacanza)\b"
    r"|\bsar[òo]\s+(?:fuori\s+(?:ufficio|sede)|in\s+ferie|assente)\b"
    r"|\bestou\s+(?:(?:de|em)\s+f[ée]rias|fora\s+do\s+escrit[óo]rio|ausente)\b|\bestarei\s+(?:(?:de|em)\s+f[ée]rias|ausente|fora)\b"
    r"|\bik\s+ben\s+(?:momenteel\s+|tot\s+en\s+met\s+[^.\n]{0,20}\s+)?(?:afwezig|met\s+vakantie|op\s+vakantie|niet\s+(?:op\s+kantoor|aanwezig|bereikbaar))\b"
    # English wording that only an auto-reply uses
    r"|^\W*(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto(?:matic)?[- ]?reply|risposta\s+automatica|messaggio\s+automatico|"
    r"resposta\s+autom[áa]tica|mensagem\s+autom[áa]tica|respuesta\s+autom[áa]tica|mensaje\s+autom[áa]tico|r[ée]ponse\s+automatique|"
    r"message\s+automatique|automatische\s+antwort|automatisch(?:e)?\s+(?:antwoord|bericht|reactie))\s*[:/]"
    r"|\bthis\s+is\s+an\s+auto(?:mated|matic)(?:\s+|-)(?:reply|response|message)\b",
    re.I)
# Return-date phrases: "until"/"bis"/"jusqu'au"/"hasta" name the day the person is back; "through" names the last day away.
_RETURN_PREP = (r"(?P<prep>until|till|returning(?:\s+on)?|back\s+on|return(?:ing)?\s+to\s+(?:work|the\s+office)\s+on|"
                r"back\s+in\s+the\s+office\s+on|return(?:ing)?\s+on|through|"
                r"bis\s+(?:zum\s+|einschlie(?:ß|ss)lich\s+|inklusive\s+)?|ab\s+dem|ab|"
                r"jusqu'?(?:au|à)|jusqu’(?:au|à)|de\s+retour\s+le|"
                r"hasta\s+el|hasta|regreso\s+el|volver[ée]\s+el|regresar[ée]\s+el|estar[ée]\s+de\s+vuelta\s+el|"
                r"rientrer[òo]\s+(?:in\s+ufficio\s+)?(?:il|lunedì|martedì|mercoledì|giovedì|venerdì)?|rientro\s+(?:previsto\s+)?(?:il|per\s+il)|"
                r"fino\s+al|di\s+ritorno\s+il|torner[òo]\s+(?:in\s+ufficio\s+)?il|"
                r"retorno\s+(?:no\s+dia|em|a)|regresso\s+(?:no\s+dia|a|em)|volto\s+(?:no\s+dia|em|a)|at[ée]\s+(?:ao\s+dia|o\s+dia|dia)|at[ée]|"
                r"vanaf|tot\s+en\s+met|tot|terug\s+op|weer\s+aanwezig\s+op|weer\s+op\s+kantoor\s+op)")
_DATE_NUMERIC = r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})(?:[./](?P<y>\d{4}|\d{2}(?!\d)))?"
_DATE_WORDS_DM = rf"(?P<d1>[0-3]?\d)(?!\d)(?:er|\.|st|nd|rd|th)?\s+(?:de\s+)?(?P<m1>{_MONTH_RE})\.?(?:\s+(?:de\s+)?(?P<y1>\d{{4}}))?"
_DATE_WORDS_MD = rf"(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?"
_OOO_CUE = re.compile(
    r"\blimited\s+access\b|\b(?:on|upon|after)\s+my\s+return\b|\bwhen\s+I\s+(?:return|am\s+back|get\s+back)\b|"
    r"\burgent\w*\b|^\W*(?:risposta|messaggio|resposta|mensagem|respuesta|mensaje|r[ée]ponse|automatische|automatisch)\w*\s+\w+\s*[:/]"
    r"|\bdringend\b|\bvertretung\b|\bnach\s+meiner\s+r(?:ü|ue)ckkehr\b|\burgence\b|\bà\s+mon\s+retour\b|"
    r"\burgente?\b|\ba\s+mi\s+regreso\b|\burgenz[ae]\b|\bal\s+mio\s+rientro\b|\burg[êe]ncias?\b|\bno\s+meu\s+regresso\b|"
    r"\bdringende?\b|\bspoed\w*\b|\bna\s+mijn\s+terugkeer\b|\bdelayed\b|\bintermittent\w*\b|\bconference\b",
    re.I)
_RETURN_WEEKDAY = re.compile(
    r"\b(?P<prep>until|till|back\s+on|returning(?:\s+on)?|return\s+on|through)\s+(?:next\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RETURN = re.compile(
    rf"\b{_RETURN_PREP}\s*(?:(?:[^\W\d]+),?\s+(?:(?:the|"
    rf"le|el|den)\s+)?)?(?:(?:the|le|el|den)\s+)?(?:{_DATE_WORDS_DM}|{_DATE_WORDS_MD}|{_DATE_NUMERIC})",
    re.I)


# The day someone is back, said as such ("ab dem 23.11. wieder erreichbar", "back in the office on Monday 16 November",
# "rientrerò il 20 novembre", "retorno no dia 30", "vanaf 18 november"): preferred over an "until" in the same text.
_RETURN_BACK = re.compile(
    rf"\b(?P<prep>back\s+(?:in\s+the\s+office\s+)?on|returning(?:\s+on)?|return(?:ing)?\s+(?:to\s+(?:work|the\s+office)\s+)?on|"
    rf"vuelvo\s+el|regressando\s+(?:a|no\s+dia|em)|voltarei\s+(?:no\s+dia|em|a)|(?:sar[òo]\s+)?di\s+nuovo\s+in\s+ufficio|ab\s+dem|ab|de\s+retour\s+le|"
    rf"regreso\s+el|volver[ée]\s+el|regresar[ée]\s+el|estar[ée]\s+de\s+vuelta\s+el|rientrer[òo]\s+(?:in\s+ufficio\s+)?(?:il)?|"
    rf"rientro\s+(?:previsto\s+)?(?:il|per\s+il)|di\s+ritorno\s+il|torner[òo]\s+(?:in\s+ufficio\s+)?il|"
    rf"retorno\s+(?:no\s+dia|em|a)|regresso\s+(?:no\s+dia|a|em)|volto\s+(?:no\s+dia|em|a)|vanaf|terug\s+op|"
    rf"weer\s+aanwezig\s+op|weer\s+op\s+kantoor\s+op)\s*(?:(?:[^\W\d]+),?\s+(?:(?:the|le|el|den|il|o|de)\s+)?)?"
    rf"(?:(?:the|le|el|den|il|o|de)\s+)?(?:{_DATE_WORDS_DM}|{_DATE_WORDS_MD}|{_DATE_NUMERIC})",
    re.I)
# the day first, then "I'm back": "Maandag 16 november ben ik weer bereikbaar", "am 23. November bin ich wieder da"
_BACK_AFTER_DATE = re.compile(
    rf"(?P<prep>)(?:{_DATE_WORDS_DM}|{_DATE_WORDS_MD})\s+(?:ben\s+ik\s+weer|bin\s+ich\s+wieder|I'?m\s+back|I\s+am\s+back|"
    rf"I\s+will\s+be\s+back|je\s+serai\s+de\s+retour|estar[ée]\s+de\s+vuelta|sar[òo]\s+di\s+nuovo|estarei\s+de\s+volta)\b", re.I)
_THROUGH = ("through", "bis einschl", "bis inkl", "tot en met")


def _return_day(m: re.Match[str], today: date, us_order: bool) -> date | None:
    """The calendar day a return-date match names (next such day on or after today when no year is given)."""
    g = m.groupdict()
    if g.get("m1"):
        day, month, year = int(g["d1"]), MONTHS[g["m1"].lower()], g.get("y1")
    elif g.get("m2"):
        day, month, year = int(g["d2"]), MONTHS[g["m2"].lower()], g.get("y2")
    else:
        a, b, year = int(g["a"]), int(g["b"]), g.get("y")
        day, month = (b, a) if us_order and a <= 12 else (a, b)
    try:
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
            return date(y, month, day)
        found = date(today.year, month, day)
        return found if found >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def detect_auto_reply(*, auto_submitted: bool, subject: str, text: str, sent_at: datetime, tz: str) -> AutoReply:
    """Whether a message is an automatic reply (header flag, subject prefix or out-of-office wording) and its return date."""
    zone = _zone(tz)
    body = _AUTO_BODY.search(text or "")
    # Out-of-office wording alone is also how people chat ("I'm on vacation myself right now"), so a body-only
    # detection also needs a stated return date or a typical auto-reply cue ("limited access", "urgent", ...).
    body_says_auto = bool(body) and bool(_RETURN.search(text) or _RETURN_WEEKDAY.search(text) or _OOO_CUE.search(text))
    is_auto = bool(auto_submitted or _AUTO_SUBJECT.search(subject or "") or body_says_auto)
    if not is_auto:
        return AutoReply(False, None, None)
    today = _local(sent_at, zone).date()
    # US month/day order only when the wording is English; German, French and Spanish write day.month.
    us_order = not re.search(r"\b(?:bis|jusqu|hasta|regreso|volver|retour|ab|fino|rientr\w*|at[ée]|retorno|tot|vanaf)\b",
                             text or "", re.I)
    for source in (text or "", subject or ""):
        m = _RETURN_BACK.search(source) or _BACK_AFTER_DATE.search(source) or _RETURN.search(source)
        if m:
            day = _return_day(m, today, us_order)
            if day is not None:
                if m.group("prep").lower().startswith(_THROUGH):
                    day += timedelta(days=1)  # the named day is still away; back the day after
                return AutoReply(True, start_of_local_day(day, zone), m.group().rstrip("."))
    m = _RETURN_WEEKDAY.search(text or "")
    if m:
        day = next_weekday(today, WEEKDAYS[m.group("weekday").lower()])
        day += timedelta(days=1 if m.group("prep").lower() == "through" else 0)
        return AutoReply(True, start_of_local_day(day, zone), m.group())
    quote = body.group() if body else None
    return AutoReply(True, None, quote)
