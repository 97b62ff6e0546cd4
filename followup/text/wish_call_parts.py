"""The part of the day a sentence asks to be called in, in English, German, French and Spanish (the drafting close's reader)."""
from __future__ import annotations

import re

from followup.text.wish_prefs import time_preferences

# Read here, beside wish_prefs' English time of day, for every sentence the drafting close honours: a customer's message
# or a call note ("Er will Rückruf am Abend"), so the close and the stored preference have one reader. A note is the
# rep's words and is never stored as a wish; it is only read for the close.
# The part of the day in German, French and Spanish (English is _TIME_OF_DAY's), as a list so no needle test wraps it.
FOREIGN_PARTS: dict[str, list[tuple[str, str]]] = {
    "de": [(r"\bfrüh morgens\b|\bam frühen morgen\b|\bam vormittag\b|\bvormittags\b|\bam morgen\b|\bmorgens\b", "morning"),
           (r"\bam nachmittag\b|\bnachmittags\b", "afternoon"), (r"\bam abend\b|\babends\b", "evening")],
    "fr": [(r"\btôt le matin\b|\bde bonne heure\b|\ben matinée\b|\bdans la matinée\b|\ble matin\b", "morning"),
           (r"\bdans l'après-midi\b|\ben après-midi\b|\bl'après-midi\b", "afternoon"),
           (r"\ben soirée\b|\ble soir\b|\ben fin de journée\b", "evening")],
    "es": [(r"\btemprano\b|\b(?:por|en) la mañana\b", "morning"), (r"\b(?:por|en) la tarde\b", "afternoon"),
           (r"\b(?:por|en) la noche\b", "evening")],
}
# A clause saying the customer is taken then ("nachmittags bin ich im Wald", "en la tarde estoy en terreno").
_FOREIGN_BUSY = (r"\b(?:bin ich|ich bin|ist er|er ist|sie ist|nicht|schlecht|besetzt|unterwegs|im (?:feld|wald|stall|büro)|"
                 r"je suis|il est|elle est|pas|occupée?s?|pris|estoy|está|no|ocupad[oa]s?|en terreno)\b")
# A clause asking for that time ("erreichbar", "appelle-moi", "prefiere llamadas").
_FOREIGN_ASKS = (r"\b(?:frei|disponible|libre|ruf\w*|anruf\w*|rückruf|erreichbar|lieber|am besten|"
                 r"r?appel\w*|joindre|préfèr\w*|ll[aá]m\w*|prefier\w*|mejor)\b")
# A clause saying not to call then ("bitte nicht vormittags", "ne m'appelez pas le matin", "no me llame por la tarde").
_FOREIGN_NOT = r"\b(?:nicht|nie|no me|no le|nunca)\b|\bn['’]\w+(?:-\w+)? pas\b|\bne \w+ pas\b"
_FOREIGN_CLAUSES = r"[,;:.!?()]|\s[-–—]\s|\b(?:aber|sonst|mais|sinon|pero|sino)\b"
_PARTS_OF_DAY = ("morning", "afternoon", "evening")


def call_parts(sentence: str, language: str) -> list[str]:
    """The parts of the day a sentence asks to be called in or says the customer is taken in, clause by clause, as
    preference values ("time:morning", "time:not_afternoon"); English by the rules the stored preference is read by."""
    if language not in FOREIGN_PARTS:
        found = time_preferences(sentence, 0, sentence)
        return [w.preference for w in found if (w.preference or "").split(":")[1].removeprefix("not_") in _PARTS_OF_DAY]
    out = []
    for clause in re.split(_FOREIGN_CLAUSES, sentence, flags=re.I):
        part = next((p for rx, p in FOREIGN_PARTS[language] if re.search(rx, clause, re.I)), None)
        if part is None:
            continue
        busy = re.search(_FOREIGN_NOT, clause, re.I) or (re.search(_FOREIGN_BUSY, clause, re.I)
                                                         and not re.search(_FOREIGN_ASKS, clause, re.I))
        out.append(f"time:{'not_' if busy else ''}{part}")
    return out
