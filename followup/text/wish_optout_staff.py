"""An organisation refusing contact for its people: "please do not contact our employees", "cease all marketing
communication to our staff", "not follow up with me or anyone on my team", "Bitte kontaktieren Sie unsere Mitarbeiter
nicht mehr", "Ne contactez plus nos employés", "No llamen más a nuestro personal", "Non contattate più i nostri
dipendenti", "Não contactem mais os nossos colaboradores", "Benader onze medewerkers niet meer": the people named stand
for the writer ("us", "uns", "nous", "nos", "ci", "ons"), and the sentence is read again as the writer's own opt-out,
certain only where that reading is certain.

Decision: the writer is one of the people refused; a route to someone else offered in the message ("contact me
directly", "all questions go through procurement") keeps the rep in touch with the organisation, so that is no opt-out
here (the looser readers may still ask about it)."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, Wish, sentence_quote
from followup.text.wish_optout_staff_abroad import routed_abroad, staff_abroad

# the writer's own people: "our staff", "any member of our staff", "any of our doctors, nurses or staff", "my
# colleagues", "anyone on my team", "anybody in our office", "all of us", "me or anyone on my team" (the writer named
# first is the same "us"); not the writer's customers, patients or tenants (wish_optout's their_own_people guard)
_STAFF_NOUN = r"(?:staff|employees|personnel|workforce|colleagues|team(?:\s+members)?|people|(?:members\s+of\s+staff))"
_OURS = r"(?:our|my|this\s+(?:firm|company|practice|office|organi[sz]ation)'s)"
_STAFF = re.compile(
    r"\b(?:(?:me|us)\s*,?\s*(?:or|and|nor)\s+(?:(?:with|to)\s+)?)?(?:"
    rf"(?:any|all|every)\s+(?:(?:partner|member)\s+or\s+)?(?:members?\s+of|one\s+of|of)\s+{_OURS}\s+{_STAFF_NOUN}|"
    rf"(?:any|all)\s+(?:of\s+)?{_OURS}\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){{0,4}}?{_STAFF_NOUN}|"
    rf"{_OURS}\s+{_STAFF_NOUN}|"
    r"(?:any\s*one|any\s*body|every\s*one|every\s*body)\s+(?:else\s+)?(?:on|in|at|from)\s+(?:our|my)\s+(?:team|office|"
    r"company|firm|practice|organi[sz]ation|business|department|staff)|"
    r"(?:any|all)\s+(?:one\s+)?of\s+us|(?:any\s+)?(?:partners?|members?)\s+or\s+members?\s+of\s+staff(?:\s+of\s+this\s+\w+)?)"
    r"\b", re.I)
# "my colleagues", "anyone on my team" without "me or" before them: the writer's people, not the writer (asked only)
_MINE_ONLY = re.compile(r"(?!(?:me|us)\b)(?:(?!\bour\b).)*\bmy\b", re.I)
# the passive said of the people: "our staff are not to be contacted", "our employees must not be called"
_ARE = re.compile(r"\bus\s+(?:are|is|must|should|may)\b(?=\s+(?:not|never)\b)", re.I)
# the people as what contact is aimed at, not as who does something ("my team won't leave me alone"): after a contact
# word or a preposition ("contact our staff", "approaches to our staff", "with my colleagues"), or the passive's subject
_AIMED_AT = re.compile(r"(?:\b(?:to|with|at|for|contact\w*|call\w*|e-?mail\w*|ring\w*|phon\w*|messag\w*|text\w*|"
                       r"approach\w*|pester\w*|bother\w*|disturb\w*|solicit\w*|harass\w*|target\w*|chas\w*|"
                       r"writ\w*|reach(?:\s+out\s+to)?|follow\s+up\s+with)\s+)$", re.I)
_PASSIVE = re.compile(r"\s+(?:are|is|must|should|may)\s+(?:not|never)\s+(?:to\s+)?be\b", re.I)
# another way in offered: "directly", "instead", "go through", "via", "only through", "contact me", "send it to"
_ROUTE = re.compile(r"\b(?:directly|instead|through|via|only|except|other\s+than|apart\s+from|rather\s+than|"
                    r"unless|(?:contact|call|ring|e-?mail|write\s+to|send\s+(?:it|them|everything|anything)\s+to)\s+"
                    r"(?:me|us)\b(?!\s+(?:or|and|again|any\s*more)\b)|(?:point|single)\s+of\s+contact|"
                    r"(?:go|be\s+sent|be\s+addressed|be\s+directed|come)\s+(?:to|through|via))\b", re.I)


def names_staff(text: str) -> bool:
    """Whether the text names the writer's own people at all (the cheap test in front of the opt-out rules)."""
    return _STAFF.search(text) is not None or staff_abroad(text) is not None


def staff_opt_out(sentence: str, offset: int, text: str, read, weigh, own: Wish | None = None) -> Wish | None:
    """A certain opt-out where the sentence refuses contact with the writer's own people and read (the opt-out reader,
    given a sentence, its offset and its text) then weigh (its strength, the same) find a certain one with "us" in
    their place; None otherwise, and None where the writer's own reading of the sentence (own, weighed) is a certain
    opt-out or something else than an opt-out."""
    if own is not None and own.kind == DNC and own.certain and staff_abroad(sentence) and routed_abroad(text):
        # "Ne contactez plus nos employés directement, écrivez-moi": a way in offered, the organisation still reached
        return replace(own, certain=False)
    if own is not None and (own.kind != DNC or own.certain):
        return None
    if (foreign := staff_abroad(sentence)) is not None:
        return None if routed_abroad(text) else _as_us(sentence, foreign, offset, text, read, weigh)
    m = _STAFF.search(sentence)
    if m is None or _MINE_ONLY.match(m.group(0)) or _ROUTE.search(text) or not (_AIMED_AT.search(sentence[:m.start()])
                                                 or _PASSIVE.match(sentence, m.end())):
        return None
    return _as_us(sentence, _ARE.sub("we are", _STAFF.sub("us", sentence)), offset, text, read, weigh)


def _as_us(sentence: str, as_us: str, offset: int, text: str, read, weigh) -> Wish | None:
    """A certain opt-out quoting the sentence where read then weigh find a certain one in it said with "us"."""
    said = text[:offset] + as_us + text[offset + len(sentence):]  # the message as if the writer said "us"
    dnc = read(as_us, offset, said)
    if dnc is None or not dnc.certain or not (dnc := weigh(dnc, as_us, offset, said)).certain or dnc.kind != DNC:
        return None
    return Wish(DNC, sentence_quote(sentence, offset, text))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
