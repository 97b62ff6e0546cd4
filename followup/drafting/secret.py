"""A call note's word that what follows is for the rep's side only ("Keep quiet:", "Nur für uns:", "Entre nous :")."""
from __future__ import annotations

import re

# Said of a note's clause anywhere in it: keep it quiet / to ourselves / between us, not for the customer, in each
# drafting language ("quiet hours" or "a spare we keep for ourselves" are no such words).
SECRET_WORDS = (
    r"keep (?:it |this |that )?(?:quiet|to ourselves|between us|under wraps)|off the record|"
    r"not for (?:the )?(?:client|customer)s?|nur für uns|unter uns|nicht für (?:den |die )?kunden|"
    r"entre nous|pas pour (?:le|la) client[e]?|entre nosotros|s[oó]lo para nosotros|no para el cliente|no decirle"
)
SECRET = re.compile(rf"\b(?:{SECRET_WORDS})\b", re.I)
# A lead before a note sentence's colon that is only such a word, or a weaker one that says the same as a lead
# ("Internal only:", "For us:", "Pour nous :", "Intern:"): what follows the colon is internal.
_SECRET_LEAD = re.compile(rf"^\W*(?:{SECRET_WORDS}|(?:internal|intern|interne?|interno)(?:\s+(?:only|seulement|"
                          r"solamente))?|(?:only |just )?for us(?: only)?|pour nous(?: seulement)?|"
                          r"(?:s[oó]lo )?para nosotros)\W*$", re.I)


def secret_lead(lead: str) -> bool:
    """Whether a note sentence's lead ("Keep quiet", "Nur für uns", "Internal only") marks what follows as internal."""
    return bool(_SECRET_LEAD.match(lead.strip()))


__all__ = ["SECRET", "SECRET_WORDS", "secret_lead"]
