"""An invitation to come by ("feel free to stop by the yard any morning, we're there from 7"), work done on site or goods
received, in the seven languages: the hours a place is open, not a time the customer asks to be reached in."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# an invitation to come by ("feel free to stop by the yard any morning, we're there from 7"): the hours the place is
# open, not a time to be contacted, unless a call or a talk is asked for as well
# (in the seven languages: "kommen Sie gerne vorbei", "passez nous voir", "pasaos por la bodega", "venite a trovarci",
# "passem cá", "kom gerust langs")
_VISIT = re.compile(r"\b(?:(?:stop|drop|pop|swing)\s+(?:by|in|over|round)|come\s+(?:by|over|round|along)|"
                    r"come\s+and\s+(?:see|have\s+a\s+look)|visit\s+(?:us|the|our)|"
                    r"(?:kommen|schauen)\s+sie\s+(?:\w+\s+){0,2}?vorbei|vorbei(?:kommen|schauen)|besuchen\s+sie\s+uns|"
                    r"pass(?:ez|er)\s+(?:nous\s+voir|au|à\s+la|chez)|venez\s+(?:nous\s+)?voir|"
                    r"p[áa]s(?:ate|aos|ad|ense|en|e)\s+por|ven(?:id|ga|gan)\s+a\s+ver(?:nos)?|vis[íi]t(?:enos|adnos)|"
                    r"venite\s+a\s+trovarci|vieni\s+a\s+trovarci|(?:ci\s+)?venga\s+a\s+trovarci|passate\s+(?:in|da|a)|"
                    r"pass(?:e|em)\s+(?:por|c[áa]|aqui|na|no)|venha(?:m)?\s+(?:c[áa]|ver|visitar)|"
                    r"k(?:om|omen)\s+(?:gerust\s+|maar\s+)?(?:eens\s+)?langs|langskomen)\b", re.I)
# work done at the customer's place, or someone sent to do it ("don't start hoovering before 7pm", "il tecnico ...
# meglio il martedì", "no manden al técnico el viernes ... de preferencia en la mañana"): when the work is to be done,
# not a time to be reached
_WORK_SENT = re.compile(r"\b(?:technicians?|engineers?|fitters?|installers?|cleaners?|cleaning\s+crew|hoover\w*|vacuum\w*|"
                        r"techniker\w*|monteur\w*|staubsaug\w*|putzkr[äa]ft\w*|technicien\w*|aspirateur|m[ée]nage|"
                        r"t[ée]cnic[oa]s?|limpieza|aspirar|tecnic[oi]|pulizi\w*|limpeza|schoonma\w*|stofzuig\w*)\b", re.I)
# goods received at the customer's place, in the seven languages ("stores receive material only between 10 AM and 1 PM",
# "die Warenannahme ist nur vormittags", "nous réceptionnons les marchandises le matin", "el almacén recibe mercancía por
# la mañana", "il magazzino riceve merce solo di mattina", "mercadorias só de manhã", "goederen alleen 's ochtends"):
# when the goods may come, not a time to be reached
_GOODS_IN = re.compile(r"\b(?:goods|materials?|merchandise|loading\s+(?:bay|dock)|Ware|Waren\w*|Anliefer\w*|"
                       r"marchandises?|mercanc[íi]as?|merce|mercadorias?|goederen)\b", re.I)
# (deliveries, shipments or pallets alone are no goods window: "Mornings are all deliveries, catch me after lunch", "In
# the morning I'm at the port with the shipments" say when the customer is taken)
# a call asked for then ("please ring before lunch", "catching me after lunch"), as wish_prefs' logistics guard reads it
_CALL_THEN = re.compile(r"\b(?:call|ring|phone|try|reach|catch)(?:ing)?\s+(?:me\s+|us\s+)?(?:after|before|in\s+the|from|"
                        r"between|around)\b", re.I)
_CALL_TOO = re.compile(r"\b(?:phon\w*|talk|speak|(?:call|ring|try|reach|catch|text|e-?mail)\s+(?:me|us)|"
                       r"anruf\w*|ruf\w*\s+sie|appel\w*|t[ée]l[ée]phon\w*|ll[áa]m\w*|chiam\w*|lig(?:ue|ar|a)\w*|bel\s+me)\b",
                       re.I)


# how far back the invitation a sentence's hours answer may stand ("feel free to stop by ... We're in from 7.")
VISIT_BEFORE_CHARS = 200


def goods_in(sentence: str) -> bool:
    """Whether a sentence is about goods received or delivered and asks for no call ("stores receive material only
    between 10 AM and 1 PM"): the hours it names are the goods', not a time to be reached."""
    return bool(_GOODS_IN.search(sentence)) and not _CALL_TOO.search(sentence) and not _CALL_THEN.search(sentence)


def visit_only(sentence: str, offset: int = 0, text: str = "") -> bool:
    """Whether a sentence invites the rep to come by (or times work done on site, or goods received) without asking to
    be called or written to, or gives the hours of a visit the sentence before it in the same paragraph invited ("... stop by the
    workshop Thursday. We're in from 7."): the place's hours, not a time to be reached."""
    if _CALL_TOO.search(sentence):
        return False
    if _VISIT.search(sentence) or _WORK_SENT.search(sentence) or _GOODS_IN.search(sentence):
        return True
    before = text[max(0, offset - VISIT_BEFORE_CHARS): offset]
    before = before[before.rfind("\n\n") + 1:]  # the paragraph the sentence stands in
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    return bool(_VISIT.search(last) or _WORK_SENT.search(last)) and not _CALL_TOO.search(last)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
