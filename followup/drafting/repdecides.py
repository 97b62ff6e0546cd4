"""A customer's ask that is the rep's decision or a fact to find out, not an errand: "Can you include halal options?",
"Please confirm you can install 20 doors before the audit." An answer slot, never an "I'll include ..." promise."""
from __future__ import annotations

import re

from followup.drafting.reading import inverted

# Verbs of an ask whose yes the rep has not given yet: putting something more into the offer, or finding out.
# Sending, sharing, preparing, and holding or reserving the rep's own dates and stock are the rep's errands ("Can you
# send the contract?": "I'll send the contract").
_DECISION_VERB = re.compile(r"^(?:include|add|provide|check|confirm|find out|look into)$", re.I)
_FINDING_OUT = re.compile(r"^(?:check|confirm|find out|look into)$", re.I)
# What the customer asks to be confirmed, in the rep's voice after the pronoun swap: "(that) I can install ...",
# "it'll be with you before ...", "the delivery date".
_CONFIRM = re.compile(r"^(?:confirm|check|find out|look into)\s+(?:(?:that|if|whether)\s+)?(?P<what>.+)$", re.I)
# A clause with a pronoun subject and its auxiliary, which a direct question puts first.
_CLAUSE = re.compile(r"^(?P<subj>I|we|you|it|they|he|she)\s+(?P<aux>can|could|will|would|is|are)\b(?P<rest>.*)$", re.I)
_CONTRACTED = {"it'll": "it will", "i'll": "I will", "you'll": "you will", "they'll": "they will",
               "it's": "it is", "i'm": "I am"}


def rep_decides(verb: str, question: bool) -> bool:
    """Whether a "can you <verb> ...?" (or, for finding out, "please <verb> ...") is for the rep to answer."""
    return bool(_DECISION_VERB.match(verb.strip())) and (question or bool(_FINDING_OUT.match(verb.strip())))


def confirm_slot(said: str) -> str:
    """The question a "confirm ..." ask puts to the rep, in the rep's voice: "confirm I can install 20 doors" ->
    "can I install 20 doors?", "confirm the delivery date" -> "the delivery date"; "" when it is no such ask."""
    m = _CONFIRM.match(said.strip().rstrip("?. "))
    if not m:
        return ""
    what = m.group("what").strip()
    first, _, rest = what.partition(" ")
    what = f"{_CONTRACTED[first.lower()]} {rest}".strip() if first.lower() in _CONTRACTED else what
    clause = _CLAUSE.match(what)
    if clause:  # "I can install 20 doors before the audit": asked as "can I install ...?"
        return f"{clause.group('aux')} {clause.group('subj')}{clause.group('rest')}?"
    direct = inverted(what)
    return f"{direct}?" if direct != what else what
