"""A matter put on hold in so many words, with the writer's next contact promised on a condition, is a certain pause:
"we've parked the whole CRM replacement. I'll drop you a line when it's back on the agenda", "The bar renovation pon
hold fi now ... When we ready we wi link yuh", "decided to freeze this plan for a while. If we restart it, I will
contact you again". Either clause alone stays what it was (wish_set_aside: a possible pause at most); a negation with
"for now" is firm only when the return waits for a change ("it isn't going to happen this financial year ... I'll get
back in touch if things change", "pour l'instant ... si la situation change, on vous recontactera"); "not this year,
we'll see" stays asked. Hold words in English; the negation and "for now" in the seven languages of wish_set_aside."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PAUSED, QUIET, Wish
from followup.text.wish_set_aside import NOT_THE_MATTER as _NOT_ASIDE
from followup.text.wish_set_aside import OPEN_END, SET_ASIDE

# the matter a hold word halts, named after it ("parked the whole CRM replacement", not "parked the car")
_MATTER = (r"(?:this|it|that|everything|(?:the|our|this|that)\s+(?:whole\s+)?(?:[\w-]+\s+){0,2}?(?:project|idea|plans?|matter|"
           r"conversation|discussion|topic|purchase|proposal|decision|upgrade|replacement|renovation|roll-?out|evaluation|"
           r"search|tender|migration|initiative|refit|fit-?out|redesign))\b")
# the matter itself halted by a hold word (not goods frozen, a car parked or a caller put on hold); "skip" only with
# the round it skips
_HELD = re.compile(
    r"\bp?on\s+(?:hold|ice)\b|\bshelv(?:e|ed|ing)\b|\bback[\s-]?burn+er\b|\bhold(?:ing)?\s+off\b|"
    r"\b(?:is|are|was|were|been|be|has|have|had|['\u2019]ve|to)\s+(?:\w+\s+)?(?:fr(?:eeze|ozen)|paused|parked)\b|"
    rf"\b(?:fr(?:eeze|oze|ozen)|pause|paused|park(?:ed|ing)?)\s+{_MATTER}|"
    r"\b(?:['\u2019]re|are|is)\s+(?:\w+\s+)?(?:parked|paused|frozen)\b|"
    r"\bskip(?:s|ping|ped)?\s+(?:\w+\s+){0,4}?(?:this|that)\s+(?:go-?round|round|time|year|season|cycle)\b", re.I)
# a hold that is not the matter's: someone kept waiting on a phone line, a payment, delivery, order or account held,
# goods in transit held up ("the vessel carrying your spares is on hold at anchorage")
_NOT_THE_MATTER = re.compile(
    r"\?|\b(?:was|were|been|being|got|kept|left|put\s+(?:me|us)|placed\s+(?:me|us))\s+on\s+hold\b|\bhold\s+music\b|"
    r"\b(?:payment|invoice|delivery|shipment|parcel|refund|order|account|ticket|card|stock|goods|food|pipes?|vessel|ship|"
    r"cargo|consignment|container|spare|freight|pallet)s?\b", re.I)
# the writer promises the next contact ("I'll let you know", "we will surely inform you", "will holler", "we wi link yuh")
_PROMISE = re.compile(
    r"\b(?:(?:I|we)(?:['\u2019]ll|\s+will|\s+wi|\s+shall)|ill|will)\s+(?:(?:just|surely|definitely|certainly|then|gladly)\s+)?"
    r"(?:be\s+(?:back\s+)?in\s+touch|get\s+(?:back\s+)?(?:in\s+touch|back\s+to\s+you)|reach\s+(?:back\s+)?out|"
    r"let\s+you\s+know|contact\s+you|call\s+you|ring\s+you|message\s+you|e-?mail\s+you|text\s+you|inform\s+you|holler|"
    r"link\s+(?:you|yuh|u)\b|circle\s+back|come\s+back\s+to\s+you|give\s+you\s+a\s+(?:shout|call|ring|buzz)|"
    r"drop\s+you\s+a\s+line|ping\s+you)", re.I)
# ... on a condition: the matter coming back, whenever that is ("if that changes", "when it's back on the agenda")
_CONDITION = re.compile(r"\b(?:if|when|whenever|once|as\s+soon\s+as)\b", re.I)


# ... or on the matter changing or coming back, in the seven languages ("if things change", "when we can continue",
# "wenn sich etwas ändert", "si la situation change", "si cambia algo", "se cambia qualcosa", "se mudar", "als er iets
# verandert"): a loose "not for now" with such a return is a hold as firm as a hold word
_ON_CHANGE = re.compile(
    r"\b(?:if|when|whenever|once|as\s+soon\s+as|should|wenn|falls|sobald|si|quand|d[èe]s\s+que|cuando|en\s+cuanto|se|"
    r"quando|assim\s+que|als|zodra|wanneer)\b[^.;!?\n]{0,60}?\b(?:chang\w*|comes?\s+back|restart\w*|resum\w*|"
    r"continu\w*|possible\s+again|back\s+on|(?:sich\s+)?(?:etwas\s+)?[äa]nder\w*|weitergeht|reprend\w*|cambi\w*|"
    r"retom\w*|mud(?:ar|e|em|ou)\b|verander\w*)", re.I)


def _promised_on_change(sentence: str) -> bool:
    """Whether a sentence leaves the next contact to the writer once the matter changes or resumes."""
    return bool(OPEN_END.search(sentence) and _ON_CHANGE.search(sentence) and "?" not in sentence)


def _promised_on_condition(sentence: str) -> bool:
    """Whether a sentence promises the writer's next contact on a condition, in either order."""
    return bool(_PROMISE.search(sentence) and _CONDITION.search(sentence) and "?" not in sentence)


def firmly_set_aside(sentences: list[str], wishes: list[Wish]) -> list[Wish]:
    """The wishes with a certain pause in place of a possible one (or of none) where a sentence puts the matter on hold
    in so many words and one (the same or another) promises the writer's contact on a condition; unchanged where a
    wait or an opt-out was read, or a pause for certain."""
    if any(w.kind in (QUIET, DNC) or (w.kind == PAUSED and w.certain) for w in wishes):
        return wishes
    held = None
    if any(_promised_on_condition(s) for s in sentences):
        held = next((s for s in sentences if _HELD.search(s) and not _NOT_THE_MATTER.search(s)), None)
    if held is None and any(_promised_on_change(s) for s in sentences):
        held = next((s for s in sentences if SET_ASIDE.search(s) and not _NOT_ASIDE.search(s)
                     and not _NOT_THE_MATTER.search(s)), None)
    if held is None:
        return wishes
    return [w for w in wishes if w.kind != PAUSED] + [Wish(PAUSED, held.strip())]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
