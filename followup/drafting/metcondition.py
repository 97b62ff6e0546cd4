"""The rep's promise made on a condition the customer has since met by asking for the thing itself ("I'll send the
service agreement once the board is happy with that", then "I need from you: the service agreement ..."; "Den
Vertragsentwurf schicke ich Ihnen, sobald Sie sich entschieden haben", then "Bitte Vertrag auf ... OHG"): said
without its condition, which is moot now and reads as an old email pasted back (en/de/fr/es)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.words import content, shared_words

# The condition at the end of the promise: "once ...", "as soon as ...", "sobald ...", "dès que ...", "en cuanto ...".
_CONDITION = re.compile(r",?\s+(?:once|as soon as|sobald|dès que|dès qu'|une fois que|une fois qu'|en cuanto|una vez que|"
                        r"tan pronto como)\s+(?P<c>[^,;]+?)[.!]?$", re.I)
# A condition the rep's own side meets ("once I'm back", "sobald wir die Teile haben", "dès que notre usine confirme"):
# the customer's asking meets none of it.
# ("dès que son notaire me le transmet", "en cuanto me los pase la aseguradora": a third party's, through the rep)
_OURS = re.compile(r"\b(?:I|I'm|I've|me|we|we've|we're|us|our|my|ich|mir|mich|wir|uns|unser\w*|mein\w*|je|j'|m'|moi|"
                   r"nous|notre|nos|mon|ma|mes|yo|nosotros|nuestr\w*|mi|mis|tenga|tengamos)\b|\bm'", re.I)
# The sending verbs a promise and a request share without being about the same thing.
_SENDING = {"send", "sending", "schicke", "schicken", "sende", "senden", "envoie", "envoyer", "envío", "enviar",
            "enviaré", "enviarle", "mail", "email", "forward", "ihnen", "vous", "usted"}


def condition_met(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The items with an emailed promise of the rep's said without its condition, where a later email of the
    customer's asks for what the promise is about."""
    out = list(items)
    for n, item in enumerate(items):
        if item.status != "open" or item.kind != "commitment" or item.direction != "outbound":
            continue
        cut = _CONDITION.search(item.quote)
        if cut is None or _OURS.search(cut.group("c")):
            continue
        thing = content(item.quote[:cut.start()]) - _SENDING
        if not thing or not any(s.direction == "inbound" and s.at > item.at and shared_words(
                thing, content(cleaned.get((s.kind, s.id), s.text or ""))) for s in ordered):
            continue
        said = item.quote[:cut.start()].rstrip(" ,;") + "."
        out[n] = replace(item, quote=said, text=_CONDITION.sub("", item.text) if item.text else "")
    return out
