"""A customer's "not going ahead for now" in English, as plain or as non-native writers put it ("For the moment we don't
go forward with this project", "We are not going forward with the health plan at this moment", "we've decided to leave
the cleaning contract as it is for the time being", "decided to continue with our existing lease for the time
being", "Not for us at the mo"): a pause as certain as "not right now"
(followup.text.wish_pause)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# "for now" and its kin ("at the mo": British for "at the moment")
_FOR_NOW = (r"(?:for\s+now|for\s+the\s+(?:time\s+being|moment|present)|for\s+this\s+moment|"
            r"at\s+(?:the|this)\s+(?:moment|mo|point\s+in\s+time)|at\s+present|at\s+the\s+present\s+time)")
CLAUSE_GAP = 40  # how many characters may stand between "for now" and the refusal in one clause
# the deal not taken further: "we don't go forward", "we will not take the new range", "we are not proceeding"
_NOT_AHEAD = (r"(?:(?:we|I)\s+(?:do\s+not|don'?t|will\s+not|won'?t|not)|(?:we|I)(?:'re|\s+are|\s+am)\s+not)\s+"
              r"(?:going\s+to\s+)?(?:go(?:ing)?\s+(?:forward|ahead)|proceed(?:ing)?|continu(?:e|ing)|pursu(?:e|ing)|"
              r"tak(?:e|ing)\s+(?:the|this|it|your)\b)")
# a decision to stay as things are, or to set the matter aside, for now: "we've decided to stay as we are for now",
# "the practice has decided to hold off on outsourcing payroll for the time being", "decided to freeze all new
# publisher accounts for the time being", "decided to keep the matter in pending for the time being"
_DECIDED_TO_WAIT = (r"\b(?:decided|resolved|agreed|chosen)\s+to\s+(?:stay\s+(?:as\s+(?:we|it)\s+(?:are|is)|put)|"
                    r"leave\s+(?:[\w'’-]+\s+){0,4}?as\s+(?:it\s+is|they\s+are)|freeze|hold\s+off|park|shelve|pause|"
                    r"keep\s+(?:[\w'’-]+\s+){0,3}?(?:in\s+)?(?:pending|on\s+ice|on\s+hold)|"
                    # what they have kept instead: "decided to continue with our existing copier lease for the time being"
                    r"(?:continue|stay|stick|remain)\s+with\s+(?:our|the|my)\s+(?:existing|current|present|old)\s+\w+|"
                    r"keep\s+(?:our|the|my)\s+(?:existing|current|present|old)\s+\w+)\b")
_NOT_NOW_EN = re.compile(
    rf"\b{_FOR_NOW}\b[^.;!?]{{0,{CLAUSE_GAP}}}?\b{_NOT_AHEAD}|\b{_NOT_AHEAD}[^.;!?]{{0,{CLAUSE_GAP}}}?\b{_FOR_NOW}\b|"
    rf"{_DECIDED_TO_WAIT}[^.;!?]{{0,60}}?\b{_FOR_NOW}\b|"
    # a bare answer: "Not for us at the mo", "for the moment, nothing from our side"
    rf"^\W*not\s+for\s+(?:us|me)\s+{_FOR_NOW}\b|\b{_FOR_NOW},?\s+nothing\s+from\s+(?:our|my)\s+side\b", re.I)
# not the customer's buying paused: a question, a condition, a wait for a day or an event (a quiet period), the rep's
# own step awaited, or a payment, delivery or order held
_NOT_THIS = re.compile(r"\?|^\W*(?:if|unless|when)\b|\b(?:until|till|before|unless)\b|\byou(?:r)?\b[^.;!?]{0,20}\b(?:send|"
                       r"quote|sample|offer)|\b(?:payment|invoice|delivery|shipment|order|refund|return|parcel)s?\b", re.I)
_ANY_CUE = re.compile(rf"\b{_FOR_NOW}\b", re.I)


def may_say_not_now_english(text: str) -> bool:
    """Whether a whole text holds the words not_now_english needs (the cheap test before its sentences are read)."""
    return bool(_ANY_CUE.search(text))


def not_now_english(sentence: str) -> bool:
    """Whether an English sentence says the customer is not going ahead, or stays as they are, for now."""
    return bool(_NOT_NOW_EN.search(sentence)) and not _NOT_THIS.search(sentence)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
