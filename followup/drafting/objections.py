"""Figures a conversation ruled out, never said again as current: the customer's objection to a figure that the rep
has answered since ("8-10 weeks is too long for us", then the rep's faster offer), the rep's own refusal of the
customer's counter ("$79 wasn't possible, but this is our best rate"), and an option a call note says the customer
left for the one they kept ("12 months would be €19.50; she stays with 24 months at €17.90"). en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.fragments import TOO
from followup.drafting.items import Item
from followup.drafting.sentences import Source

# A figure with what it counts or costs: "8-10 weeks", "€79", "19,50 €", "USD 900".
_FIGURE = re.compile(r"\d")
_SUM = re.compile(r"(?:[$€£¥]|\b[A-Z]{3}\s?)\s?\d[\d.,']*|\d[\d.,']*\s?(?:[€$£¥]|[A-Z]{3}\b)")

# The rep saying a sum the customer asked for cannot be done: the sum, then "wasn't possible" / "isn't doable", or
# "can't do" / "couldn't get" before it; "... ist nicht möglich", "... n'est pas possible", "... no es posible".
_NOT_DOABLE = (r"(?:was(?:n't| not)|is(?:n't| not)|isn't|wasn't)\s+(?:possible|doable|approved|feasible)|"
               r"(?:war|ist|wäre)\s+(?:leider\s+)?nicht\s+(?:möglich|machbar|drin|freigegeben)|"
               r"(?:n'était|n'est|ne serait)\s+pas\s+(?:possible|faisable|envisageable)|"
               r"no\s+(?:fue|es|era|sería)\s+(?:posible|viable|factible)")
_REFUSED = re.compile(
    rf"(?P<sum>{_SUM.pattern})\s+(?:{_NOT_DOABLE})\b|"
    r"\b(?:(?:we|I)\s+(?:can't|cannot|couldn't|could not)\s+(?:do|get|go (?:down )?to|match)|"
    r"(?:wir|ich)\s+(?:können|konnten|kann|konnte)\s+(?:leider\s+)?nicht\s+(?:auf\s+)?|"
    r"(?:nous\s+ne\s+pouvons|je\s+ne\s+peux)\s+pas\s+(?:faire|descendre à|accorder)|"
    r"no\s+(?:podemos|puedo|pudimos|pude)\s+(?:hacer|bajar a|llegar a|dar))\s+(?P<sum2>" + _SUM.pattern + ")",
    re.I)
# Where a refusal's clause ends and what the rep says instead begins.
_CLAUSES = re.compile(r",\s+(?:but|aber|mais|pero|sin embargo|however)\s+|;\s+|\.\s+", re.I)

# The customer kept one way over the other, said of the customer, not of a price ("30 L stays at €2.10", "der Preis
# bleibt bei", "le prix reste à" are no choice): "she stays with 24 months", "sie bleibt bei 24 Monaten", "elle reste
# sur 24 mois", "se queda con 24 meses".
_STAYS = re.compile(r"\b(?:he|she|they|the (?:customer|client))\s+(?:stays?|sticks?|keeps?|remains?)\s+(?:with|on)\b|"
                    r"\b(?:sie|er|kunde|kundin)\s+(?:bleibt|bleiben)\s+(?:doch\s+)?(?:bei|beim)\b|"
                    r"\b(?:il|elle|ils|elles|le client|la cliente)\s+(?:reste|restent)\s+(?:sur|avec|à)\b|"
                    r"\bse\s+queda(?:n)?\s+con\b|\b(?:prefiere|prefieren)\s+seguir\s+con\b", re.I)


def _later_reply(item: Item, ordered: Sequence[Source]) -> Source | None:
    """The rep's first email after the item's source."""
    return next((s for s in ordered if s.direction == "outbound" and s.at > item.at), None)


def _met(items: Sequence[Item], ordered: Sequence[Source]) -> list[Item]:
    """The customer's objection to a figure ("8-10 weeks is too long for us") answered once the rep wrote after it:
    the figure they ruled out is not noted back to them."""
    out = []
    for item in items:
        too = TOO.search(item.quote) if item.status == "open" and item.direction == "inbound" else None
        reply = _later_reply(item, ordered) if too and _FIGURE.search(item.quote[:too.start()]) else None
        out.append(replace(item, status="answered", by=f"{reply.kind}:{reply.id}") if reply else item)
    return out


def _refusals_cut(items: Sequence[Item]) -> list[Item]:
    """The rep's lines without the clause refusing the customer's counter ("$79 wasn't possible, but ..."); a line
    with no figure left says nothing in force and is settled."""
    out = []
    for item in items:
        if item.status != "open" or item.direction == "inbound" or not _REFUSED.search(item.text or item.quote):
            out.append(item)
            continue
        kept = [c for c in _CLAUSES.split(item.text) if c.strip() and not _REFUSED.search(c)]
        rest = ". ".join(c.strip(" ,;.") for c in kept)
        if _FIGURE.search(rest):
            out.append(replace(item, text=rest[:1].upper() + rest[1:] if item.text[:1].isupper() else rest))
        else:
            out.append(replace(item, status="superseded", by=f"{item.source_kind}:{item.source_id}"))
    return out


def _left_for_kept(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """A source's priced clause before its "stays with" clause in the same sentence, at another sum than the one
    kept: an option the customer left, settled by that source."""
    out = list(items)
    for src in ordered:
        if src.direction == "inbound":
            continue
        text = cleaned.get((src.kind, src.id)) or ""
        # a whole sentence to its full stop: the reader splits "12 months would be X; she stays with Y" at the ';'
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            stay = _STAYS.search(sentence)
            if not stay:
                continue
            kept = {re.sub(r"\s", "", m) for m in _SUM.findall(sentence[stay.end():])}
            before = sentence[:stay.start()]
            for n, item in enumerate(out):
                quote = item.quote.strip().rstrip(".;, ")
                sums = {re.sub(r"\s", "", m) for m in _SUM.findall(quote)}
                if item.status == "open" and (item.source_kind, item.source_id) == (src.kind, src.id) and quote \
                        and quote in before and sums and kept and not sums & kept:
                    out[n] = replace(item, status="superseded", by=f"{src.kind}:{src.id}")
    return out


def ruled_out(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The items without the figures the conversation ruled out: objections answered, refusals, options left."""
    return _left_for_kept(_refusals_cut(_met(items, ordered)), ordered, cleaned)


__all__ = ["ruled_out"]
