"""A figure that is a threshold, not a price: a note's "franco à partir de 250 € HT", "ab 500 € frei Haus", "free
shipping over $300", "portes pagados a partir de 300 €" said as the condition it is ("Franco à partir de 250 € HT."),
never as "the price for franco à partir is 250 € HT". en/de/fr/es."""
from __future__ import annotations

import re

from followup.drafting.pricefor import PRICE_FOR

# The words that make the figure after them a bound a term starts at: "from", "over", "à partir de", "dès", "ab".
_FROM = {"en": r"from|over|above|upwards of|for orders (?:of|over|above|from)|on orders (?:of|over|above|from)",
         "fr": r"à partir de|a partir de|dès|des|au-delà de|au-dessus de|pour toute commande de|pour (?:une )?commande de",
         "de": r"ab|über|bei Bestellungen ab|ab einem Bestellwert von|ab Bestellwert",
         "es": r"a partir de|desde|por encima de|para pedidos de|en pedidos de|para pedidos desde"}
# A word naming a price before the bound ("prix à partir de 7 €" is a starting price, said as a price elsewhere).
_PRICE_WORD = re.compile(r"\b(?:price|prices|cost|costs|prix|coûte|tarif|preis|preise|kostet|precio|precios|cuesta)\b",
                         re.I)
# The words a threshold's term may have around it at most (a longer clause is a sentence of its own).
MAX_TERM_WORDS = 5


def threshold_sentence(text: str, money: re.Match[str] | None, language: str) -> str:
    """A clause whose figure `money` follows a bound word, said as the rep's condition with its term ("Franco à
    partir de 250 € HT.", "Ab 500 € frei Haus."); "" when the figure is no threshold."""
    if money is None or language not in _FROM:
        return tiered_discount(text, language)
    before, after = text[:money.start()], text[money.end():]
    bound = re.search(rf"(?:^|\s)(?:{_FROM[language]})\s*$", before, re.I)
    if not bound:
        return ""
    term = before[:bound.start()].strip(" :,-")
    rest = after.strip(" .;,")
    if _PRICE_WORD.search(term) or re.search(r"\d", rest) or len(term.split()) + len(rest.split()) > MAX_TERM_WORDS \
            or not (term or rest):
        return ""  # "price from €7" is said as a price elsewhere
    if re.search(r"\d", term):  # "Agenda 2029 ab 7,20 €": a thing's starting price, its bound kept with the figure
        x = f"{bound.group(0).strip()} {money.group(0)}{after.rstrip(' .;,')}"
        return PRICE_FOR.get(language, PRICE_FOR["en"]).format(label=term, x=x)
    said = text.strip(" .;,")
    return said[:1].upper() + said[1:] + "."


# A discount word a note opens with, and how the rep says it: "Descuento librero 35 %, 40 % a partir de 50 ejemplares".
_DISCOUNT = {"en": r"(?:trade |volume |dealer |retailer |bookseller )?discount",
             "de": r"[A-ZÄÖÜ]?[\wäöü]*[Rr]abatt",
             "fr": r"remise",
             "es": r"descuento"}
_DISCOUNT_SAID = {"en": "The {w} is {p}{tiers}.", "de": "Der {w} beträgt {p}{tiers}.", "fr": "La {w} est de {p}{tiers}.",
                  "es": "El {w} es del {p}{tiers}."}
_PERCENT = r"\d{1,2}(?:[.,]\d{1,2})?\s?%"


def tiered_discount(text: str, language: str) -> str:
    """A note's discount with the bound a higher rate starts at ("Descuento librero 35 %, 40 % a partir de 50
    ejemplares" -> "El descuento librero es del 35 %, 40 % a partir de 50 ejemplares."); "" when it is none."""
    if language not in _DISCOUNT:
        return ""
    tier = rf"(?:,\s*|\s+(?:and|und|et|y)\s+)?{_PERCENT}\s+(?:{_FROM[language]})\s+\d[\d.,]*\s+[^\W\d_]+"
    m = re.fullmatch(rf"(?P<w>{_DISCOUNT[language]}(?:\s+[^\W\d_]+)?)\s*:?\s+(?P<p>{_PERCENT})"
                     rf"(?P<tiers>(?:{tier})*)(?:\s+(?P<bound>(?:{_FROM[language]})\s+\d[\d.,]*\s+[^\W\d_]+))?",
                     text.strip(" .;"), re.I)
    if not m or not (m.group("tiers") or m.group("bound")):
        return ""  # a discount without a bound is said elsewhere
    word = m.group("w") if language == "de" else m.group("w").lower()
    tiers = m.group("tiers") + (f" {m.group('bound')}" if m.group("bound") else "")
    return _DISCOUNT_SAID[language].format(w=word, p=m.group("p"), tiers=tiers)
