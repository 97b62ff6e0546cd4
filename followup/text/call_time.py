"""Whether a sentence asks to be called at a part of the day, for the drafting state (a customer's message or a call
note, in en/de/fr/es). Read by the drafting state; the stored preference is wish_prefs'."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_call_parts import FOREIGN_PARTS

# A sentence asking to be called at a part of the day, for the drafting state: a call word and a part of the day close
# by ("Best to ring in the evening", "Er will Rückruf am Abend", "Préfère qu'on l'appelle tôt le matin").
_CALL_WORD = (r"\b(?:call|calls|ring|phone|reach|angerufen|telefonieren)\b|\b(?:an|zurück)?ruf(?:e|en|t)?\b|\brückruf|"
              r"\banruf\w*|\berreichbar|\b(?:r?appel(?:le|les|er|ez|s)?|joindre)\b|\bll[aá]m\w*")
_ANY_PART = "|".join([r"\bearly in the morning\b|\bfirst thing in the morning\b|\bin the morning\b|\bmornings?\b|"
                      r"\bin the afternoon\b|\bafternoons?\b|\blater in the day\b|\bin the evening\b|\bevenings?\b|"
                      r"\bafter work\b"] + [rx for parts in FOREIGN_PARTS.values() for rx, _ in parts])
_ASKED_CALL_TIME = (rf"(?:{_CALL_WORD})[^.!?]{{0,60}}(?:{_ANY_PART})|(?:{_ANY_PART})[^.!?]{{0,40}}(?:{_CALL_WORD})")
# The customer's own promise to call ("I'll call you in the morning"): theirs to keep, no time asked of the rep.
_OWN_CALL = r"\b(?:i|we)(?:'ll|’ll| will| can| could| shall) (?:call|ring|phone)\b"


def asks_call_time(sentence: str) -> bool:
    """Whether a sentence asks to be called at a part of the day."""
    return bool(re.search(_ASKED_CALL_TIME, sentence, re.I)) and not re.search(_OWN_CALL, sentence, re.I)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
