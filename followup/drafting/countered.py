"""What a call settled: a customer's ask answered with the rep's own figure ("Budget tight, asked for better bedroom
rate. Offered GBP 149 B&B", "Demande 380 € pour 35. Accordé 395 € HT", "Will 10 % Nachlass. Angeboten: 4.150 €", "Pide
40.000 €. Le ofrecí 42.500 €"), never said again as current ("vous demandez 380 € pour 35"); a wish the rep said he
would clear up ("Sie will Ladeboxen für den Hof - kläre mit Elektro Witt") once a later note gives the answer
("Elektro Witt: 3 Wallboxen am Hof, 4.200 €"); an offer's figure the call ruled out ("10 Wochen zu lang")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.fragments import TOO
from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.words import content, defers_answer, shared_words

# The note reporting what the customer asked for: a better price, a discount, or a figure of their own.
_ASKED = re.compile(
    r"\b(?:asked (?:for|about)|asks? for|asking for|wants?|wanted|requested|pushed for|hoping for|budget tight|"
    # the ask with its figure or price word as its object, no "for" ("Asks 10% discount for 12-month contract")
    r"(?:asks?|asked|asking)\s+(?=\d|(?:an?\s+)?(?:better|lower|discount|reduction|rebate|deal)\b)|"
    r"will\s+(?=\d|(?:mehr\s+)?(?:nachlass|rabatt))|wollte|möchte|fragt nach|verlangt|wünscht|hätte gern|"
    r"demande|veut|voulait|voudrait|souhaite|"
    r"pide|pidió|quiere|quería|solicita|busca|"
    # an order or signature on the customer's own figure: "Elle commande si on tient 27 500 000 FCFA", "signs if we
    # do $9,000", "bestellt, wenn wir 4.000 € schaffen", "compra si llegamos a 40.000 €"
    r"(?:orders?|signs?|buys?|will (?:order|sign|buy))\s+if|commande(?:ra)?\s+si|signe(?:ra)?\s+si|"
    r"(?:bestellt|unterschreibt|kauft)\W+(?:wenn|falls)|(?:compra|firma|pide)(?:rá)?\s+si)\b", re.I)
_PRICE_ASKED = re.compile(
    r"\b(?:better|lower|cheaper|best|discount|reduction|rate|price|deal|nachlass|rabatt|günstiger|preis\w*|skonto|"
    r"remise|rabais|réduction|prix|tarif|geste|descuento|rebaja|mejor|precio|tarifa)\b|\d\s?%", re.I)
# A sum of money: a currency sign, or a currency code apart from its figure ("GBP 149", "38 000 HTG", "650 000 FCFA";
# not "PSC1").
_MONEY = re.compile(r"[$€£¥₦₹]|\b(?:[A-Z]{3}|FCFA)\s\d|\d\s(?:[A-Z]{3}|FCFA)\b")
# The rep's answer on the call with a figure: "Offered GBP 149", "Accordé 395 €", "Angeboten 4 %", "Le ofrecí ...".
_COUNTERED = re.compile(
    r"\b(?:offered|agreed|gave|given|quoted|settled on|met (?:her|him|them) at|angeboten|zugesagt|gewährt|"
    r"vereinbart|geeinigt|accordé|accordée|proposé|consenti|concédé|convenu|ofrec\w*|acordado|acordamos|concedido|"
    r"concedí|dejé|propuse|propuesto|cerramos)\b", re.I)


def _asks_price(quote: str) -> bool:
    """Whether a note clause reports the customer asking for a better price or a figure of their own."""
    return bool(_ASKED.search(quote) and (_PRICE_ASKED.search(quote) or _MONEY.search(quote))
                and not _COUNTERED.search(quote))


# Content words a later note shares with the rep's "kläre mit Elektro Witt" to be its answer.
CLEARED_OVERLAP = 2
# The rep's note that they will clear a wish up with someone: "kläre mit Elektro Witt", "check w/ ops", "voir avec
# l'atelier", "lo veo con el taller" (beside the forms words.defers_answer reads).
_CLEARING = re.compile(r"^(?:(?:ich\s+)?(?:kläre|klär|prüfe|frage)\s+(?:mit|bei|ich)|(?:will\s+|to\s+)?check(?:ing)?\s+"
                       r"w(?:/|ith)|(?:je\s+)?(?:vérifie|vois|voir)\s+avec|à voir avec|(?:lo\s+)?(?:consulto|verifico|"
                       r"veo|reviso)\s+con)(?!\w)", re.I)
# A figure with what it counts ("10 Wochen", "14 weeks", "6 semaines").
_COUNTED = re.compile(r"\b\d[\d.,]*\s?[^\W\d_]{3,}")


def _cleared(items: list[Item]) -> list[Item]:
    """The items with a note's customer wish settled where the rep's next clause put it off ("kläre mit Elektro
    Witt", "will check w/ ops") and a later note or rep email answers that clause or the wish."""
    out = list(items)
    for n, item in enumerate(items[:-1]):
        then = items[n + 1]
        if item.status != "open" or item.direction != "note" or item.kind not in ("constraint", "request") or (
                then.source_kind, then.source_id) != (item.source_kind, item.source_id) or not (
                    defers_answer(then.quote) or _CLEARING.match(then.quote.strip())):
            continue
        asked = content(then.quote) | content(item.quote)
        # the answer may be the rep's own business ("Elektro Witt: ..."): it settles the wish all the same
        answer = next((o for o in items if o.at > item.at and o.direction in ("note", "outbound")
                       and o.kind not in ("question", "unsure", "commitment") and not defers_answer(o.quote)
                       and shared_words(asked, content(o.quote)) >= CLEARED_OVERLAP), None)
        if answer is not None:
            out[n] = replace(item, status="kept", by=f"{answer.source_kind}:{answer.source_id}")
            out[n + 1] = replace(then, status="kept", by=out[n].by)
    return out


def _ruled_out(items: list[Item], ordered: Sequence[Source]) -> list[Item]:
    """The items with an earlier figure a later note rules out ("10 Wochen zu lang", "14 weeks is too tight") out of
    force."""
    out = list(items)
    for note in (s for s in ordered if s.direction == "note"):
        for clause in re.split(r"(?<=[.;!?])\s+|,\s+", note.text or ""):
            too = TOO.search(clause)
            figures = {re.sub(r"\s", "", f).lower() for f in _COUNTED.findall(clause[:too.start()])} if too else set()
            for n, item in enumerate(out):
                if figures and item.status == "open" and item.kind == "term" and item.at < note.at and any(
                        re.sub(r"\s", "", f).lower() in figures for f in _COUNTED.findall(item.quote)):
                    out[n] = replace(item, status="superseded", by=f"{note.kind}:{note.id}")
    return out


def countered(items: Sequence[Item], ordered: Sequence[Source]) -> list[Item]:
    """The items with a note's report of the customer's price ask settled where the same note, after it, or a later
    note or rep email gives the rep's figure in answer; a wish cleared up since and a figure ruled out settled too."""
    items = _ruled_out(_cleared(list(items)), ordered)
    offers = [i for i in items if i.direction in ("note", "outbound") and _COUNTERED.search(i.quote)
              and _MONEY.search(i.quote)]
    out, said = [], {}
    for item in items:
        if item.status == "open" and item.direction == "note" and item.kind in ("term", "constraint", "request") \
                and _asks_price(item.quote):
            note = next((s for s in ordered if (s.kind, s.id) == (item.source_kind, item.source_id)), None)
            text = (note.text or "") if note is not None else ""
            at = text.find(item.quote.strip()[:30])
            answer = next((o for o in offers if o.at > item.at or (
                (o.source_kind, o.source_id) == (item.source_kind, item.source_id)
                and text.find(o.quote.strip()[:30]) > at >= 0)), None)
            if answer is not None:
                item = replace(item, status="kept", by=f"{answer.source_kind}:{answer.source_id}")
                if (answer.source_kind, answer.source_id) == (item.source_kind, item.source_id):
                    said[id(answer)] = _what_for(item.quote, answer.quote)
        out.append(item)
    # the rep's figure said with what the ask was for ("I offered 5% for 12-month contract, i.e. PKR 36,100")
    return [replace(i, quote=said[id(o)]) if id(o) in said else i for i, o in zip(out, items)]


# What a note's ask is for, after its figure ("Asks 10% discount for 12-month contract", "demande 5 % pour 3 ans").
_FOR = re.compile(r"\s(?P<for>(?:for|für|pour|para|por)\s+[^,;.]+?)\s*$", re.I)
# The rep's figure in the counter, after which what it is for is said ("I offered 5%", "Angeboten: 4 %").
_FIGURE = re.compile(r"\d[\d.,]*(?:\s?[%€$£])?")


def _what_for(ask: str, counter: str) -> str:
    """The counter with what the ask was for said after its first figure, when it does not say it itself."""
    asked = _FIGURE.search(ask)  # "for" after the figure asked: "asked for better rate" is the ask itself
    m = _FOR.search(ask.strip(" .;"), asked.end()) if asked else None
    figure = _FIGURE.search(counter)
    if not m or not figure or content(m.group("for")) <= content(counter):
        return counter
    return counter[:figure.end()] + " " + m.group("for") + counter[figure.end():]
