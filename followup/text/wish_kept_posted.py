"""The writer away for a while who asks to be kept posted ("I'm out next week ... Marcus can answer anything. Keep me in
the loop on the delivery date though."): mail is still wanted, so the time away is no quiet period.

Decision: only a certain quiet period read from the writer's own absence gives way, and only where the same text asks,
in so many words, to be kept informed; a wait asked for ("don't call me next week") stays."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import QUIET, Wish

# the writer asks to be kept informed, in the seven languages ("keep me in the loop", "keep us posted", "cc me",
# "halten Sie mich auf dem Laufenden", "tenez-moi au courant", "manténgame informado", "mi tenga aggiornato",
# "mantenha-me informado", "houd me op de hoogte")
_KEEP_POSTED = re.compile(
    r"\b(?:keep|kept)\s+(?:me|us)\s+(?:in\s+the\s+loop|posted|updated|informed|copied|in\s+copy)\b|"
    r"\b(?:loop|copy)\s+(?:me|us)\s+in\b|\b(?:cc|bcc)\s+(?:me|us)\b|"
    r"\bhalten\s+Sie\s+(?:mich|uns)\s+(?:bitte\s+)?(?:auf\s+dem\s+Laufenden|informiert)\b|"
    r"\b(?:halte|haltet)\s+(?:mich|uns)\s+(?:bitte\s+)?auf\s+dem\s+Laufenden\b|"
    r"\btene[sz]-(?:moi|nous)\s+(?:au\s+courant|inform[ée]e?s?)\b|"
    r"\bmant[ée]n(?:ga|gan|me|gam|ganme)?(?:me|nos)?\s+(?:informad[oa]s?|al\s+(?:tanto|corriente|d[íi]a))\b|"
    r"\b(?:tenetemi|tienimi|mi\s+tenga|ci\s+tenga|teneteci)\s+(?:aggiornat[oaie]|informat[oaie]|al\s+corrente)\b|"
    r"\bmantenha(?:-me|-nos)?\s+(?:informad[oa]s?|a\s+par)\b|\bme\s+mantenha\s+informad[oa]\b|"
    r"\bhoud\s+(?:me|mij|ons)\s+(?:op\s+de\s+hoogte|ge[iï]nformeerd)\b", re.I)
# the quiet period's own words say the writer is away, not asking to be left alone ("I'm out next week")
_AWAY = re.compile(r"\b(?:out|away|off|on\s+(?:vacation|holiday|leave)|travell?ing|abwesend|im\s+Urlaub|unterwegs|"
                   r"absente?s?|en\s+cong[ée]s?|en\s+vacances|fuera|de\s+vacaciones|ausente|assente|in\s+ferie|"
                   r"fora|de\s+f[ée]rias|afwezig|weg|op\s+vakantie)\b", re.I)
# ... with no contact refused beside it ("I'm away next week, don't call")
_REFUSED = re.compile(r"\b(?:don'?t|do\s+not|no)\s+(?:\w+\s+)?(?:call|e-?mail|contact|chase|ring|write|follow)\w*|"
                      r"\b(?:hold\s+off|wait)\b|\bnicht\b|\bne\s+\w+\s+pas\b|\bno\s+me\b|\bnon\s+mi\b|\bn[ãa]o\s+me\b|"
                      r"\bniet\b", re.I)


def kept_posted(wishes: list[Wish], own: str) -> list[Wish]:
    """The wishes without a certain quiet period that only says the writer is away, where ``own`` (the writer's own
    text) asks to be kept informed all the same."""
    if not _KEEP_POSTED.search(own):
        return wishes
    return [w for w in wishes if not (w.kind == QUIET and w.certain and _AWAY.search(w.quote)
                                      and not _REFUSED.search(w.quote))]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
