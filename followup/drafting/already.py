"""A customer's cost question that the rep's earlier offer, still in force, already answers ("is the pilot test free
or paid?" after "a pilot test ...: JPY 600,000 for two weeks, credited against the order"): answered by that offer,
which the draft restates, and never handed back to the rep as an answer slot."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.items import Item
from followup.drafting.paired import asks_price, states_price
from followup.drafting.words import content

# Asking whether something costs at all, in English, German, French and Spanish ("free or paid", "ist das kostenlos",
# "est-ce payant", "¿es gratis?"), besides the price questions asks_price knows.
_COSTS_AT_ALL = re.compile(r"\b(?:free|paid|charged|chargeable|free of charge|kostenlos|kostenpflichtig|gratis|"
                           r"umsonst|gratuit\w*|payant\w*|factur\w*|gratuit[oa]s?|de pago|se cobra\w*)\b", re.I)

# The cost words themselves: what a question shares with the offer must be its subject, not "price" or "free".
_COST_WORDS = content("free paid charged chargeable charge cost costs price fee kostenlos kostenpflichtig gratis "
                      "umsonst preis kosten kostet gratuit gratuite payant payante prix coût coûte tarif gratuito "
                      "gratuita pago precio costo coste cuesta tarifa")

# A cost question about a change ("what is the price then?", "also included", "avec", "wenn", "en vez de"): the earlier
# offer prices what was, not what is asked; and an offer that names the thing to leave it out ("except ropes").
_ASKS_CHANGE = re.compile(r"\b(?:then|instead|also|if|with|extra|additional|more|dann|stattdessen|auch|wenn|falls|mit|"
                          r"zusätzlich\w*|alors|aussi|si|avec|au lieu|supplémentaire\w*|entonces|también|con|en vez|"
                          r"en lugar|adicional\w*)\b", re.I)
_LEAVES_OUT = re.compile(r"\b(?:except|excluding|without|not included|ohne|außer|ausgenommen|exklusive|sauf|sans|hors|"
                         r"excepto|sin|salvo)\b", re.I)

# Subject words a question must share with the rep's earlier offer (the offer names the thing asked about).
MIN_SUBJECT_WORDS = 2


def answered_already(items: list[Item]) -> list[Item]:
    """The items with each open customer question on what something costs marked answered when an earlier offer of
    the rep's, still in force, prices that very thing (all of the question's subject words are in it)."""
    offers = [i for i in items if i.kind == "term" and i.direction == "outbound" and i.status == "open"
              and states_price(i.quote) and not _LEAVES_OUT.search(i.quote)]
    out = []
    for item in items:
        if item.kind == "question" and item.direction == "inbound" and item.status == "open" and (
                asks_price(item.quote) or _COSTS_AT_ALL.search(item.quote)) and not _ASKS_CHANGE.search(item.quote):
            subject = content(item.quote) - _COST_WORDS
            offer = next((o for o in reversed(offers) if o.at < item.at and len(subject) >= MIN_SUBJECT_WORDS
                          and subject <= content(o.quote)), None)
            if offer is not None:
                item = replace(item, status="answered", by=f"{offer.source_kind}:{offer.source_id}")
        out.append(item)
    return out


__all__ = ["answered_already"]
