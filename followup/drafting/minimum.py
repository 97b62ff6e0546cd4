"""The rep's minimum order once an order or a choice above it is on record: "Minimum de commande 1 500 € HT" or "Pedido
mínimo 12 unidades" is no term left to state when the customer has since chosen about 2 800 € or ordered 24 bikes;
said again, it reads as a condition still to meet. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source

# A minimum order and its figure a few words after it ("Minimum de commande 1 500 € HT", "pedido mínimo 12 unidades",
# "Mindestbestellwert 500 €", "minimum order of 24 units", "MOQ 50").
_MINIMUM = re.compile(r"\b(?:minimum (?:order|de commande|d['’]achat)|min\.? order|commande minimum|moq|"
                      r"mindestbestell(?:menge|wert|ung)|mindestabnahme|mindestmenge|pedido m[ií]nimo|"
                      r"m[ií]nimo de (?:pedido|compra)|compra m[ií]nima)\b(?:\s+(?:of|de|von|:))?\s*:?\s*"
                      r"(?P<cur1>[$€£]|[A-Z]{3}\s)?(?P<n>\d[\d  .,']*\d|\d)\s*(?P<cur2>[$€£]|[A-Z]{3}\b)?", re.I)
# What a later source says was ordered or chosen ("Je confirme la commande", "Choisit 4 modèles", "ya tengo el pedido").
_ORDERED = re.compile(r"\b(?:order(?:ed|s)?|we'?ll take|chose|choose|chooses|commande[rsz]?|choisit|choisi|"
                      r"prenons|bestell\w*|nehmen|gewählt|pedido|tomamos|elegimos|elige|compramos)\b", re.I)
_MONEY = re.compile(r"(?P<cur1>[$€£]|\b[A-Z]{3}\s)(?P<n1>\d[\d  .,']*\d)|(?P<n2>\d[\d  .,']*\d)\s*(?P<cur2>[$€£]|[A-Z]{3}\b)")
# A count of things at the start of a line or after a list's comma or "and" ("10 bicis", "4 modèles bottines").
_COUNT = re.compile(r"(?:^|[\n,;:+]|\b(?:and|und|et|y)\b)\s*(?:[-•*]\s*)?(?P<n>\d{1,5})\s+(?=[^\W\d_])", re.M)
# Parts of a term joined in one sentence, cut apart to drop the minimum only.
_PARTS = re.compile(r"\s*[,;]\s+|\.\s+")


def _value(number: str) -> float:
    """A written figure's value ("1 500" -> 1500, "1.500" -> 1500, "12,50" -> 12.5)."""
    n = re.sub(r"[  ']", "", number)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", n):
        return float(re.sub(r"[.,]", "", n))
    return float(n.replace(",", "."))


def _met(minimum: re.Match[str], text: str) -> bool:
    """Whether a later source's text orders or chooses at least the minimum (an amount in the same currency, or as
    many things counted)."""
    if not _ORDERED.search(text):
        return False
    least, currency = _value(minimum.group("n")), (minimum.group("cur1") or minimum.group("cur2") or "").strip()
    if currency:
        return any(_value(m.group("n1") or m.group("n2")) >= least and (m.group("cur1") or m.group("cur2")).strip()
                   == currency for m in _MONEY.finditer(text))
    return sum(int(m.group("n")) for m in _COUNT.finditer(text)) >= least


def minimum_met(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's open minimum-order terms, with the minimum cut out (or the point kept when it said nothing else)
    once a later order or choice of the customer's is at or above it."""
    out = []
    for item in items:
        m = _MINIMUM.search(item.quote) if item.status == "open" and item.direction in ("outbound", "note") \
            and item.kind in ("term", "constraint") else None
        later = next((s for s in ordered if m and s.at > item.at and s.direction in ("inbound", "note")
                      and _met(m, cleaned.get((s.kind, s.id), ""))), None)
        if later is None:
            out.append(item)
            continue
        rest = [p for p in _PARTS.split(item.text.strip().rstrip(".")) if p and not _MINIMUM.search(p)]
        said = [p for p in _PARTS.split(item.quote.strip().rstrip(".")) if p and not _MINIMUM.search(p)]
        out.append(replace(item, text=", ".join(rest), quote=", ".join(said) + ".") if rest and said and item.text
                   else replace(item, status="kept", by=f"{later.kind}:{later.id}"))
    return out
