"""An offer said as an offer only until the customer says yes: "We propose one 3,000-litre cooler, KES 1,480,000",
"Je peux vous proposer 9 200 €", "Wir bieten Ihnen ... an", "Le ofrecemos ..." once accepted are the terms agreed,
said without the offering lead. Blind readers marked drafts that re-offered what the customer had just ordered."""
from __future__ import annotations

import re

from followup.drafting.items import State

# The lead that offers, opening the rep's sentence, per language; the terms after it stay word for word.
# What the offer is for, opening the sentence before the lead ("For the Kipkaren centre we propose", "Für die Halle 3
# bieten wir"): kept, and closed by a colon once the lead is gone.
# Characters that phrase may have at most: a thing named, not a clause.
FOR_CHARS = 80
_FOR = r"(?P<for>(?:for|für|pour|para)\s+(?:[^,.:;]|(?<=\d)[.,](?=\d)){3," + str(FOR_CHARS) + r"}?,?\s+)?"
_LEAD = {
    "en": re.compile(r"^" + _FOR + r"(?:so\s+|and\s+)?(?:we|I)\s+"
                     r"(?:can\s+|could\s+|would\s+|'d\s+|are happy to\s+|am happy to\s+)?"
                     r"(?:propose|offer|suggest)(?:\s+you)?\s+", re.I),
    "fr": re.compile(r"^" + _FOR + r"(?:je|nous)\s+(?:(?:peux|pouvons|vous)\s+)*(?:propos\w*|offr\w*)\s+(?:vous\s+)?", re.I),
    "es": re.compile(r"^" + _FOR + r"(?:(?:le|te|les)\s+)?(?:(?:podemos|puedo)\s+)?(?:ofrec\w*|propon\w*|propong\w*)\s+", re.I),
    # "Wir bieten Ihnen X an": the verb's particle closes the terms, before a colon or the end
    "de": re.compile(r"^" + _FOR + r"(?:(?:wir|ich)\s+(?:bieten|biete)|(?:bieten wir|biete ich))\s+"
                     r"(?:Ihnen\s+|dir\s+|euch\s+)?(?=.*?\s+an(?:\s*[:.,;]|$))", re.I),
}


def accepted_lead(text: str, state: State) -> str:
    """A rep's older line without the lead that offers it ("We propose one cooler, KES 1,480,000" -> "One cooler,
    KES 1,480,000"), once the customer's newest email, the last interaction, said yes or sent the signed document back;
    a line with no figure stays."""
    last = state.last or {}
    lead = _LEAD.get(state.language)
    if not (last.get("accepted") or last.get("signed")) or last.get("direction") != "inbound" or lead is None \
            or not re.search(r"\d", text):
        return text
    m = lead.match(text)
    if not m:
        return text
    rest = text[m.end():]
    if state.language == "de":
        rest = re.sub(r"\s+an(?:\s*:\s*|(?=\s*[.,;]|$))", ", " if m.group("for") else "", rest, count=1).rstrip(", ")
    if len(rest.split()) < 2:
        return text
    head = m.group("for")
    return f"{head.rstrip(' ,')}: {rest}" if head else rest[:1].upper() + rest[1:]
