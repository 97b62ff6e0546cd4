"""A customer's request to be sent or told a price ("please send new price for the 8 meters", "Bitte nennen Sie uns
den Preis für die Heizkörper", "merci de nous envoyer le prix pour ...", "envíenos el precio de ..."): a figure only
the rep can give, so an answer slot naming the thing priced, never a promise to send it later."""
from __future__ import annotations

import re

# What a price is called, with its optional "new"/"updated", up to the end of the sentence; a quote is a document
# the rep sends ("send the revised quote in the band's name"), not a figure asked.
_WHAT = {
    "en": r"(?P<what>(?:(?:the|a|your)\s+)?(?:(?:new|updated|revised|final)\s+)?(?:price|cost)s?\b.*)",
    "de": r"(?P<what>(?:den|einen|die)\s+(?:(?:neuen|aktuellen)\s+)?(?:Preis|Kosten)\b.*)",
    "fr": r"(?P<what>(?:le|un|les)\s+(?:(?:nouveau|nouveaux)\s+)?(?:prix|coût|tarif)\b.*)",
    "es": r"(?P<what>(?:el|un|los)\s+(?:(?:nuevo|nuevos)\s+)?(?:precios?|costos?|coste)\b.*)",
}
# The request up to what is asked for: a sending or telling verb, the customer as its receiver.
_ASK = {
    "en": r"(?:^(?:and|also|so)?\s*,?\s*(?:please|kindly)?\s*(?:also\s+)?(?:send|tell|give|let)\s+(?:(?:me|us)\s+)?"
          r"(?:(?:know|have)\s+)?(?:also\s+)?|"
          # or asked for on someone's behalf: "our client asks a price for ...", "we'd like a price for ..."
          r"^(?:(?:our|my|the)\s+[^\W\d_]+|we|I)\s*(?:asks?|would like|'d like|wants?|needs?)\s+(?:for\s+)?"
          r"(?=(?:a|the)\s+(?:new\s+)?price\s+for\b))",
    "de": r"^(?:und\s+)?(?:bitte\s+)?(?:schicken|senden|nennen|geben|sagen)\s+Sie\s+(?:(?:mir|uns)\s+)?(?:bitte\s+)?"
          r"(?:auch\s+|noch\s+)*",
    "fr": r"^(?:et\s+)?(?:merci\s+de\s+|pouvez-vous\s+|pourriez-vous\s+)?(?:(?:nous|me|m')\s*)(?:envoyer|transmettre|"
          r"communiquer|indiquer|donner)\s+(?:aussi\s+|également\s+)?",
    "es": r"^(?:y\s+)?(?:por favor,?\s+)?(?:env[ií](?:e|en|a)|mand(?:e|en|a)|pas(?:e|en|a)|ind[ií]qu(?:e|en)|"
          r"d[ií]g(?:a|an))(?:me|nos)\s+(?:también\s+)?",
}
_PATTERNS = {lang: re.compile(_ASK[lang] + _WHAT[lang], re.I) for lang in _ASK}


def price_wanted(quote: str, language: str) -> str:
    """The price a customer's request asks to be sent or told ("the new price for the 8 meters"), or ""."""
    pattern = _PATTERNS.get(language)
    m = pattern.match(quote.strip().rstrip(" .!?")) if pattern else None
    if not m:
        return ""
    return re.sub(r"^a (?=price\b)", "the ", m.group("what").strip(" ,;:"))  # "a price for X" asked as the price
