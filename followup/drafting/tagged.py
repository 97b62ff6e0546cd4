"""A tag question closing the customer's word on when or how to go on ("Escríbeme a partir del 17 de julio, ¿vale?",
"Write to me from 17 July, ok?", "Schreiben Sie mir ab dem 17. Juli, gell?", "On en reparle en septembre, d'accord ?")
asks the rep to agree, not to answer: the sentence is read without it. A tag after a statement of fact ("the price
includes VAT, right?") still asks. en/de/fr/es."""
from __future__ import annotations

import re

# A tag asking for agreement, closing the sentence after a comma or a colon ("¿vale?", ", ok?", ", oui ?", ", gell?").
_TAG = re.compile(
    r"\s*[,;:–—-]?\s*¿?\s*(?<![^\W_])(?:ok(?:ay)?|o\.k\.|alright|all right|right|yes|yeah|deal|fine|"
    r"vale|de acuerdo|s[ií]|no|verdad|te parece|le parece|les parece|"
    r"d['’]accord|oui|non|n['’]est-ce pas|ça (?:vous|te) va|ça marche|"
    r"gell|gelle|gelt|ja|oder|ne|nicht wahr|einverstanden|in ordnung)\s*\?\s*$", re.I)

# The customer's word on when or how the talk goes on: an imperative to write, call or come back to them, or a
# proposal to talk, see or pick it up again ("escríbeme", "hablamos", "let's talk", "melden Sie sich", "on en reparle").
_GO_ON = re.compile(
    # en: "write to me", "get back to us", "call me", "let's talk", "we'll catch up", "talk then"
    r"\b(?:write|e-?mail|mail|call|ring|phone|contact|text|ping|message|try|reach)\s+(?:to\s+)?(?:me|us)\b|"
    r"\b(?:get|come|circle|check)\s+back\s+(?:to|with)\s+(?:me|us)\b|\breach out\b|\bfollow up with (?:me|us)\b|"
    r"\blet['’]?s\s+(?:talk|speak|chat|catch up|meet|reconnect|pick (?:it|this) up|look at|go over|revisit)\b|"
    r"\bwe(?:['’]ll| will| can)\s+(?:talk|speak|chat|catch up|pick (?:it|this) up|revisit)\b|\btalk (?:then|after|from)\b|"
    # es: "escríbeme", "llámame", "contáctanos", "escríbame", "hablamos", "lo vemos", "nos llamamos", "retomamos"
    r"\b(?:escr[ií]b|ll[aá]m|cont[aá]ct|vuelv)[ae](?:me|nos)\b|\b(?:escr[ií]b|ll[aá]m|cont[aá]ct)[ae]n(?:me|nos)\b|"
    r"\b(?:hablamos|lo hablamos|lo vemos|nos vemos|nos llamamos|nos escribimos|retomamos|lo retomamos|quedamos|"
    r"volvemos a hablar|seguimos hablando)\b|"
    # fr: "écrivez-moi", "rappelez-moi", "revenez vers moi", "on en reparle", "on se rappelle", "faisons le point"
    r"\b(?:écri(?:vez|s)|appele[zr]|appelle|rappele[zr]|rappelle|recontacte[zr]|contacte[zr]|relance[zr])-(?:moi|nous)\b|"
    r"\b(?:revenez|reviens)\s+vers\s+(?:moi|nous)\b|"
    r"\bon\s+(?:en\s+)?(?:reparle|rediscute|se\s+(?:reparle|rappelle|recontacte|parle|voit|redit)|fait\s+le\s+point|"
    r"voit\s+(?:ça|cela))\b|\b(?:reparlons|rediscutons)-en\b|\bfaisons\s+le\s+point\b|"
    # de: "schreiben Sie mir", "melden Sie sich", "rufen Sie mich an", "sprechen wir", "wir hören uns"
    r"\b(?:schreiben|mailen)\s+sie\s+(?:mir|uns)\b|\bschreib(?:e|t)?\s+(?:mir|uns)\b|\bmelden\s+sie\s+sich\b|"
    r"\bmeld(?:e|et)?\s+dich\b|\brufen\s+sie\s+(?:mich|uns)\b|\bruf\s+(?:mich|uns)\b|"
    r"\bkontaktieren\s+sie\s+(?:mich|uns)\b|\bkommen\s+sie\s+(?:\w+\s+)?auf\s+(?:mich|uns)\s+zu\b|"
    r"\b(?:sprechen|reden|telefonieren|hören)\s+wir\b|\bwir\s+(?:sprechen|hören|telefonieren)\s+uns\b|"
    r"\blassen\s+sie\s+uns\b", re.I)

# The body asking in its own right: a question word or an inverted verb first ("Can you call me after the 17th, ok?").
_ASKS = re.compile(r"^\s*¿|^\s*(?:what|when|where|which|who|why|how|is|are|do|does|did|can|could|would|will|should|"
                   r"shall|können|könnten|kann|wann|was|wie|wo|pourriez|pouvez|peux|quand|est-ce|puede|podría|"
                   r"puedes|cuándo|qué)\b", re.I)


def untagged(sentence: str) -> str:
    """The customer's sentence without a closing tag that only asks agreement to their word on when or how to go on;
    the sentence as it is otherwise."""
    tag = _TAG.search(sentence)
    if tag is None:
        return sentence
    body = sentence[:tag.start()].rstrip()
    if not body or "?" in body or _ASKS.match(body) or not _GO_ON.search(body):
        return sentence
    return body + "."
