"""A "not now" said of one part of the business, in a message that goes on with the rest ("Please go ahead with the
chairs. The standing desk is not for now, maybe later."): no pause of the whole customer. A certain pause or hold
stops every follow-up, so it must be about the customer's whole relation with the rep, not one item, site, option
or person's request."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import PAUSED, QUIET, Wish, sentence_offsets
from followup.text.wish_scoped_abroad import scope_of_abroad

# what a refusal is said of: a thing named with its determiner ("the standing desk", "our Bristol site", "not the
# caps") or one person's request ("Paul's request for a second laptop")
_DETERMINED = re.compile(r"\b(?:the|this|that|these|those|our|my|its|your)\s+"
                         r"(?!(?:for|at|on|in|to|of|from|with|by|as|is|are|was|were|we|I|you|it|they|now|then)\b)"
                         r"((?:[\w-]+\s+){0,3}?[\w-]+)"
                         r"(?=\s*(?:[,;:.!?()\u2013\u2014-]|$|\s(?:is|are|isn'?t|aren'?t|was|were|will|won'?t|can|can'?t|we|I|"
                         r"for|at|from|until|till|on|in|right|just|not|too|as|has|have|'s|must|should|may|might|it|they|"
                         r"would|shall|then|though)\b))", re.I)
# a part of the business set by a threshold: "any further approvals above $10k"
_THRESHOLD = re.compile(r"\bany\s+(?:further\s+|more\s+|new\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:above|over|under|below|"
                        r"beyond|exceeding)\s+[$€£]?\d", re.I)
# ... or by a count, a part of the quantity ordered ("Four rooms at Hillview", "two of the vans", "3 spare laptops")
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+couple\s+of|"
                      r"a\s+few\s+of)\s+(?:of\s+(?:the|our|these|those)\s+)?([\w-]+)\b", re.I)
# a count of time or of people is no part of an order ("two weeks", "three of us")
_NOT_A_PART = re.compile(r"^(?:(?:second|minute|hour|day|week|month|year|quarter|time)s?|of|us|people|more|other|others|"
                         r"percent|per|%)$", re.I)
_POSSESSED = re.compile(r"\b(?-i:[A-Z][a-z]+)(?:'s|’s)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\b")
# heads that name the whole relation, its reason or a time, not one part of it: a refusal of these is the customer's
# pause ("the project is on hold", "our budget is frozen", "the timing isn't right", "the contract we leave for now")
_WHOLE_HEAD = re.compile(
    r"^(?:project|proposal|quote|quotation|offer|deal|purchase|idea|plans?|decision|renewal|budgets?|spend\w*|"
    r"process|conversation|discussion|evaluation|matters?|topic|things?|whole|everything|moment|time|timing|year|"
    r"quarter|month|week|day|season|stage|point|present|future|spring|summer|autumn|fall|winter|holidays?|weekend|"
    r"end|start|beginning|market|company|business|firm|board|director|manager|boss|owners?|partners?|management|"
    r"side|tender|investment|initiative|contract|services?|subscription|account|relationship|partnership|"
    r"collaboration|cooperation|orders?|agreement|pilot|trial|programme|program|rollout|upgrade|switch|move|"
    r"search|application|policy|mortgage|loan|refinanc\w*|remortgage|cash\s*flow|funding|finances?|priorit\w*|"
    r"rates?|prices?|situation|circumstances|office|team|staff|people|us|me|it|one|lot|rest|others?|"
    r"offers|proposals|quotes|emails?|mails?|calls?|messages?|follow-?ups?|contact|newsletters?|reply|answer|"
    r"own|job|work|workload|capacity|inbox|md|ceo|cfo|coo|cto|gm|head|colleagues?|"
    r"wife|husband|accountant|solicitor|lawyer|bank|family|partner)$", re.I)
# the rest of the same order going ahead: "please go ahead with the chairs", "we'll take the printer", "we'd like the
# jackets", "please ship them", "order confirmed", "everything else is fine"; not the business of closing a deal put
# aside ("please send the final invoice", "could you confirm the lead time", "arrange a replacement")
_GOES_ON = re.compile(
    # (not denied: "we cannot proceed with the evaluation yet" is the whole deal waiting)
    r"(?<!not )(?<!n't )(?<!cannot )(?<!unable to )\b(?:go(?:ing)?\s+ahead|proceed(?:ing)?)\s+with\s+"
    r"(?:the|our|both|all|\d+)\b|"
    r"\b(?:we|I)(?:'ll|\s+will|'d|\s+would)?\s+(?:still\s+)?(?:like\s+to\s+)?(?:take|order|like|go\s+with)\s+"
    r"(?:the|both|all|\d+|two|three|four|five|six|ten|twelve|twenty)\b|"
    # a choice made now: "We're going with the BW-75 Core"
    r"\b(?:we(?:'re|\s+are)|I(?:'m|\s+am))\s+going\s+with\s+(?:the|both|all|\d+|option|model)\b|"
    r"\b(?:please|pls|kindly)\s+(?:(?:do|also|just)\s+)?(?:ship|order|book|deliver|dispatch|go\s+ahead)\b|"
    r"\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:ship|deliver|dispatch)\b|"
    # a quantity sent for is an order: "please send 200 of the blue mugs"
    r"\bsend\s+(?:us\s+|me\s+)?(?:another\s+)?\d+\b|"
    r"\b(?:everything\s+else|the\s+rest|the\s+others?)\b(?!\s+of\s+the\s+(?:year|month|week|quarter|contract))"
    r"[^.;!?]{0,40}?\b(?:stays?|remains?|goes|can\s+go|fine|ok(?:ay)?|good|approved|confirmed|as\s+(?:quoted|planned|"
    r"agreed))\b|\b(?:order|purchase)\s+(?:is\s+)?(?:confirmed|approved)\b|\bare\s+approved\b|\bas\s+quoted\b|"
    r"\bconfirm\s+the\s+order\b|"
    # the order confirmed or approved, by its name or its count: "we're confirming the order for 38 rooms", "I can
    # confirm 34 rooms", "approving the purchase"
    r"\b(?:confirm|approv)\w*\s+(?:(?:the|our|this|an?|your)\s+)?(?:(?:order|purchase|PO)\b|"
    r"(?!(?:at|on|by|for|before|after|until|till|in|from)\b)(?:[\w-]+\s+)?\d+(?![\w:.]))|"
    # the rest said to go on without the rep waiting: "Everything under that threshold I can sign off myself"
    r"\b(?:everything|anything)\s+(?:else|under|below|up\s+to|within)\b[^.;!?]{0,40}?\b(?:I|we)\s+can\s+"
    r"(?:sign|approve|order|buy|take|go\s+ahead)\b", re.I)
# a decision of the customer's side about the deal (its board, its management, a freeze) or a priority given up is
# the whole relation put aside, whatever it names ("the refit on the back burner", "parked by the residents'
# committee", "management has decided to keep it pending")
_DEAL_DECIDED = re.compile(r"\b(?:decid\w*|decision|committee|board|management|director|partners|owners|freeze|frozen|"
                           r"indefinitely|priority|budget)\b", re.I)
# a condition or an end in time: what a wait waits for is no part of the business refused ("hold off until the
# purchase of the building has gone through", "hold fire till the 9th")
# ("wait for the accreditation visit to be over": the visit is waited for, not refused)
_CONDITION = re.compile(r"\b(?:until|till|til|when|once|after|before|unless|if|by|wait(?:ing)?\s+for)\b", re.I)
# a time named with its determiner ("this year", "the moment"): the refusal's when, not its what
_TIME_WORD = re.compile(r"^(?:moment|time|timing|year|quarter|month|week|day|season|stage|point|present|future|spring|"
                        r"summer|autumn|fall|winter|weekend)$", re.I)
_TIME_HEAD = re.compile(r"^(?:\d+(?:st|nd|rd|th)|january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)

# the words of a hold or a wait, in the quote of a quiet period made from one ("the Bristol site is on hold until
# January"): a quiet period the customer asked for in so many words ("give me a few weeks") is not one of these
_HOLD = re.compile(r"\bhold\b|\bwait|\bnot\s+(?:right\s+)?now\b|\bfor\s+now\b|\blater\b|\bpark|\bpaus", re.I)
_CLAUSE_CUT = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s|\bbut\b", re.I)
SCOPE_CLAUSES = 2  # clauses before the refusal read for its item ("The coffee machine - we like it, but it is not for now")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence, cut at commas, colons, dashes and "but"."""
    out, start = [], 0
    for m in _CLAUSE_CUT.finditer(sentence):
        out.append((start, m.start()))
        start = m.end()
    return out + [(start, len(sentence))]


def _part_named(words: str) -> bool:
    """Whether the words refused name one part of the business (an item, a site, an option), not the whole of it."""
    if _DEAL_DECIDED.search(words):
        return False
    cut = _CONDITION.search(words)
    words = words[:cut.start()] if cut else words
    if _THRESHOLD.search(words):  # a threshold names a part, whatever its noun ("any orders over $5k")
        return True
    if any(not _NOT_A_PART.match(m.group(1)) and not _WHOLE_HEAD.match(m.group(1)) for m in _COUNTED.finditer(words)):
        return True
    found = [m.group(1) for rx in (_DETERMINED, _POSSESSED) for m in rx.finditer(words)]
    return any(not _WHOLE_HEAD.match(head) and not _TIME_HEAD.match(head) and not head.isdigit()
               for head in (np.split()[-1] for np in found))


def _names_more_than_time(clause: str) -> bool:
    """Whether a clause names a thing with its determiner, a time aside ("the project", not "this year")."""
    return any(not _TIME_WORD.match(m.group(1).split()[-1]) for m in _DETERMINED.finditer(clause))


def scope_of(quote: str, own: str) -> bool:
    """Whether the pause quoted is said of one part of the business while the customer's own text goes on with
    another part (a clause or sentence outside the refusal asking for it)."""
    at = own.find(quote)
    if at < 0:
        return False
    hold = _HOLD.search(quote)  # a quote of a whole sentence: the clause of its hold or wait
    at += hold.start() if hold else 0
    for offset, sentence in sentence_offsets(own):
        if not offset <= at < offset + len(sentence):
            continue
        clauses = _clauses(sentence)
        here = next((i for i, (a, b) in enumerate(clauses) if at - offset < b), len(clauses) - 1)
        # the quote's own clause first, the ones before (blank ones skipped) only while it names nothing itself
        before = [i for i in range(here - 1, -1, -1) if sentence[clauses[i][0]:clauses[i][1]].strip(" ,;:-")]
        first = here
        named = _part_named(sentence[clauses[here][0]:clauses[here][1]])
        if not named and not _names_more_than_time(sentence[clauses[here][0]:clauses[here][1]]):
            for i in before[:SCOPE_CLAUSES]:
                first = i
                if _part_named(sentence[clauses[i][0]:clauses[i][1]]):
                    named = True
                    break
        if not named:
            return False
        start, end = offset + clauses[first][0], offset + clauses[here][1]
        rest = own[:start] + "\n" + own[end:]
        return bool(_GOES_ON.search(rest))
    return False


def scoped_pauses(wishes: list[Wish], own: str) -> list[Wish]:
    """The wishes without a certain pause, or a quiet period made from a hold, said of one part of the business
    while the rest goes on (such a "not now" is an order detail, no wish about contact)."""
    if not any(w.certain and w.kind in (PAUSED, QUIET) for w in wishes):
        return wishes
    out = []
    for w in wishes:
        if w.certain and (w.kind == PAUSED or (w.kind == QUIET and _HOLD.search(w.quote))) and scope_of(w.quote, own):
            continue
        if w.certain and w.kind == PAUSED and scope_of_abroad(w.quote, own):  # the same in the six other languages
            continue
        out.append(w)
    return out


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
