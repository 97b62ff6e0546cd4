"""When the customer wants to be called: the part of the day they ask for, never the one they say they are busy in.

"Please call me in the morning, afternoon I am at the ponds" asks for the morning, although "afternoon" comes later in
the sentence; "Bitte rufen Sie mich vormittags an, nachmittags bin ich im Wald" asks for the forenoon. The close says
the asked part of the day back in the customer's language, in their own words where they used a phrase the close can
carry ("en soirée", "tôt le matin", "en la mañana"), otherwise in a plain one ("mornings are busy" -> "in the
afternoon").
"""
from __future__ import annotations

import re

# A part of the day, per language: its pattern, the part it names, and how the close says it (None: as written).
_PARTS: dict[str, list[tuple[str, str, str | None]]] = {
    "en": [(r"\bearly in the morning\b|\bfirst thing in the morning\b", "am", None),
           (r"\bin the morning\b", "am", None), (r"\bmornings?\b", "am", "in the morning"),
           (r"\bin the afternoon\b", "pm", None), (r"\bafternoons?\b", "pm", "in the afternoon"),
           (r"\blater in the day\b", "pm", "in the afternoon"),
           (r"\bin the evening\b", "eve", None), (r"\bevenings?\b|\bafter work\b", "eve", "in the evening")],
    # German nouns keep their capital ("am Abend"), so each form is said as the close writes it
    "de": [(r"\bfrüh morgens\b", "am", "früh morgens"), (r"\bam frühen morgen\b", "am", "am frühen Morgen"),
           (r"\bam vormittag\b", "am", "am Vormittag"), (r"\bvormittags\b", "am", "vormittags"),
           (r"\bam morgen\b", "am", "am Morgen"), (r"\bmorgens\b", "am", "morgens"),
           (r"\bam nachmittag\b", "pm", "am Nachmittag"), (r"\bnachmittags\b", "pm", "nachmittags"),
           (r"\bam abend\b", "eve", "am Abend"), (r"\babends\b", "eve", "abends")],
    "fr": [(r"\btôt le matin\b|\bde bonne heure\b", "am", None), (r"\ben matinée\b|\bdans la matinée\b", "am", None),
           (r"\ble matin\b", "am", None), (r"\bdans l'après-midi\b|\ben après-midi\b|\bl'après-midi\b", "pm", None),
           (r"\ben soirée\b|\ble soir\b|\ben fin de journée\b", "eve", None)],
    "es": [(r"\btemprano\b", "am", None), (r"\b(?:por|en) la mañana\b", "am", None),
           (r"\b(?:por|en) la tarde\b", "pm", None), (r"\b(?:por|en) la noche\b", "eve", None)],
}
# The plain way a close says a part of the day, when the customer named only the part they are busy in.
_PLAIN = {"en": {"am": "in the morning", "pm": "in the afternoon"},
          "de": {"am": "am Vormittag", "pm": "am Nachmittag"},
          "fr": {"am": "dans la matinée", "pm": "dans l'après-midi"},
          "es": {"am": "por la mañana", "pm": "por la tarde"}}
_OTHER = {"am": "pm", "pm": "am"}

# A clause saying the customer is taken then ("afternoon I am at the ponds", "nachmittags bin ich im Wald", "en la
# tarde estoy en terreno", "mornings are busy"): the part of the day it names is the one not to call in.
_BUSY = re.compile(
    r"\b(?:busy|bad|no good|tied up|away|out|(?:i|we) (?:am|'m|’m|are|'re) (?:at|in|on)|i'm|i’m|not|n't|"
    r"bin ich|ich bin|ist er|er ist|sie ist|nicht|schlecht|besetzt|unterwegs|im (?:feld|wald|stall|büro)|"
    r"je suis|il est|elle est|pas|occupée?s?|pris|"
    r"estoy|está|no|ocupad[oa]s?|en terreno)\b", re.I)
# A clause asking for that time ("call me", "best to ring", "erreichbar", "appelle-moi", "prefiere llamadas").
_ASKS = re.compile(r"\b(?:call|ring|phone|reach|best|prefer\w*|free|available|frei|disponible|libre|"
                   r"ruf\w*|anruf\w*|rückruf|erreichbar|lieber|am besten|"
                   r"r?appel\w*|joindre|préfèr\w*|ll[aá]m\w*|prefier\w*|mejor)\b", re.I)
# A clause saying not to call then ("don't call in the morning", "bitte nicht vormittags", "no me llame por la tarde").
_NOT = re.compile(r"\b(?:don't|don’t|do not|never|nicht|nie|no me|no le|nunca)\b|\bn['’]\w+(?:-\w+)? pas\b|\bne \w+ pas\b",
                  re.I)
_CLAUSES = re.compile(r"[,;:.!?()]|\s[-–—]\s|\b(?:but|aber|sonst|mais|sinon|pero|sino)\b", re.I)

# A sentence asking to be called at a part of the day, for the state reader: a call word and a part of the day close
# by ("Best to ring in the evening", "Er will Rückruf am Abend", "Préfère qu'on l'appelle tôt le matin").
_CALL_WORD = (r"\b(?:call|calls|ring|phone|reach|angerufen|telefonieren)\b|\b(?:an|zurück)?ruf(?:e|en|t)?\b|\brückruf|\banruf\w*|"
              r"\berreichbar|\b(?:r?appel(?:le|les|er|ez|s)?|joindre)\b|\bll[aá]m\w*")
_ANY_PART = "|".join(p for parts in _PARTS.values() for p, _, _ in parts)
ASKED_CALL_TIME = re.compile(rf"(?:{_CALL_WORD})[^.!?]{{0,60}}(?:{_ANY_PART})|(?:{_ANY_PART})[^.!?]{{0,40}}(?:{_CALL_WORD})",
                             re.I)
# The customer's own promise to call ("I'll call you in the morning"): theirs to keep, no time asked of the rep.
_OWN_CALL = re.compile(r"\b(?:i|we)(?:'ll|’ll| will| can| could| shall) (?:call|ring|phone)\b", re.I)


def asks_call_time(sentence: str) -> bool:
    """Whether a sentence asks to be called at a part of the day."""
    return bool(ASKED_CALL_TIME.search(sentence)) and not _OWN_CALL.search(sentence)


def call_time(sentence: str, language: str) -> str | None:
    """The part of the day a sentence asks the rep to call in, as the close says it ("in the morning", "am Abend",
    "en soirée", "en la mañana"), or None when it names none."""
    parts = _PARTS.get(language, _PARTS["en"])
    asked: list[tuple[str, str]] = []
    busy: list[str] = []
    for clause in _CLAUSES.split(sentence):
        found = None
        for pattern, part, said in parts:
            m = re.search(pattern, clause, re.I)
            if m:
                found = (part, said or m.group(0).lower())
                break
        if found is None:
            continue
        if _NOT.search(clause) or (_BUSY.search(clause) and not _ASKS.search(clause)):
            busy.append(found[0])
        else:
            asked.append(found)
    if asked:
        return asked[0][1]
    for part in busy:
        if part in _OTHER:
            return _PLAIN.get(language, _PLAIN["en"])[_OTHER[part]]
    return None
