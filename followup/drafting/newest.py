"""Only the newest figure of a kind is in force, whoever restated it, and a question the rep's later email speaks to
is answered. Two general rules applied after the finer ones in followup.drafting.settle:

- an amount in one currency (per the same unit, when both say one) restated later at another value of the same
  order, in any later email or call note, by the rep or by the customer, replaces the older one ("the price goes
  to", "passe à", "pasa a", "geht auf" are just restatements); percentages also need a shared content word;
- a customer's question is answered by a later rep email whose sentences share a
  content stems with it (one for a short question), or state an amount when it asked for a price."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import CLOSE_RATIO, PRICE_WORDS, comparable, priced_amounts
from followup.drafting.inforce import rescoped
from followup.drafting.items import Item
from followup.drafting.pricedthing import prices_that
from followup.drafting.rival import rival_said
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import MONTH_DAY_WORDS, content, defers_answer, misses_acronym

# Words every request carries: sharing them says nothing about a reply speaking to the question.
_ASK_WORDS = {"please", "could", "would", "can", "possible", "possibility", "question", "questions", "know", "tell",
              "pouvez", "pourriez", "savoir", "können", "könnten", "möglich", "frage", "podéis", "puede",
              "pueden", "podría", "posible", "pregunta", "saber", "also", "aussi", "auch", "también"}


# How far apart the two prices of one requoted thing may be (a scope change can more than double a price).
REQUOTE_RATIO = 5

# A shared stem or two between a question and a later reply sentence: the reply speaks to the question.
ANSWER_OVERLAP = 2

# Asking for a quote or an estimate: a later reply that states an amount answers it ("do you offer financing?" asks
# whether a service exists, not for a price).
_QUOTE_ASKED = re.compile(r"\b(?:quote|quotation|estimate|devis|angebot|kostenvoranschlag|presupuesto|cotizaci[oó]n|"
                          r"tarif|tarifa|prix|price|preis|precio|cost|kosten|coût|mejorar\w*|improve|better|"
                          r"baisser|günstiger|rabais|descuento|discount|proposal|(?<!\byou )(?<!\bthey )offer|"
                          r"proposition|offre|angebot|"
                          r"propuesta|oferta)\b", re.I)


# A request for a quote itself ("¿Nos pueden enviar presupuesto?", "Could you send rates?", "Bitte um ein Angebot",
# "Pouvez-vous nous faire un devis ?"): the rep's next email stating an amount has sent it.
_QUOTE_REQUESTED = re.compile(r"\b(?:quote|quotation|estimate|rates|prices|pricing|angebot|kostenvoranschlag|preise|"
                              r"devis|tarifs|presupuesto|cotizaci[oó]n|precios|tarifas)\b", re.I)


def _amounts(text: str) -> set[tuple[str, str, str]]:
    """The amounts of a text written with a currency or a percent sign (head counts left to the finer rules)."""
    return {a for a in priced_amounts(text) if a[0] != "people" and len(a[2]) >= 1 and a[2] != "0"}


def _same_kind(mine: tuple[str, str, str], theirs: tuple[str, str, str]) -> bool:
    """Whether two amounts are one figure at two values: one currency, one unit when both name one, one order."""
    cur, per, value = mine
    cur2, per2, value2 = theirs
    if cur != cur2 or value == value2 or (per and per2 and per != per2):
        return False
    return comparable({value}, {value2}, CLOSE_RATIO)


def _sentences(ordered: Sequence[Source], cleaned: dict) -> list[tuple[Source, str]]:
    """Every sentence of every source (new text only), with its source."""
    out = []
    for src in ordered:
        text = cleaned.get((src.kind, src.id), "")
        out += [(src, text[a:b]) for a, b in split_sentences(text)]
    return out


# An amount said as what comes off a price ("EUR 5,200 comes off", "200 € weniger", "300 € de remise").
REDUCTION = re.compile(r"(?:[$€£]\s?|\b(?:usd|eur|chf|gbp)\s?)?\d[\d.,' ]*\s?(?:[$€£]|\b(?:usd|eur|chf|gbp)\b)?\s+"
                       r"(?:comes? off|off|less|discount|weniger|nachlass|rabatt|de remise|de moins|de descuento|menos)\b",
                       re.I)


def _prices_other(item: Item, src: Source, sentence: str, said: list[tuple[Source, str]]) -> bool:
    """Whether a later sentence prices another thing the customer asked about since ("¿Y cuánto cuesta el
    mantenimiento anual?" -> "El mantenimiento anual es de RD$ 36,000"): no topic word of the item's, two of the
    question's ("¿Cuánto sale?" asks the price of the same thing again)."""
    theirs = _stems(_topic_words(sentence))
    if not theirs or theirs & _stems(_topic_words(item.quote)):
        return False
    return any(q.direction == "inbound" and item.at < q.at <= src.at and "?" in asked
               and not _amounts(asked) & _amounts(item.quote)  # "Is the PHP 185 still same?" asks about the item
               and len(theirs & _stems(_topic_words(asked))) >= ANSWER_OVERLAP for q, asked in said)


def _replaced_by(item: Item, said: list[tuple[Source, str]]) -> Source | None:
    """The later source restating one of the item's amounts at another value, if any (not one pricing another thing
    the customer asked about since)."""
    mine = _amounts(item.quote)
    if not mine:
        return None
    words = content(item.quote) - PRICE_WORDS - MONTH_DAY_WORDS
    for src, sentence in said:
        if src.at <= item.at or _prices_other(item, src, sentence, said) or rival_said(sentence, src.direction):
            continue  # a rival's figure the customer cites replaces nothing of the rep's: rival.py
        theirs = _amounts(REDUCTION.sub(" ", sentence))  # "EUR 5,200 comes off" is a difference, not a price
        for a in mine:
            for b in theirs:
                if not _same_kind(a, b):
                    continue
                if a[0] == "%" and not (words & content(sentence)):
                    continue  # "10% deposit" is not "15% discount"
                if b in mine:
                    continue
                return src
    return None


def _requoted_by(item: Item, said: list[tuple[Source, str]], inbound: list) -> Source | None:
    """The later rep email or note that prices the same thing again in the same currency after the customer wrote
    back ("Fee: NGN 4,200,000 per quarter", then "the fee is NGN 1,850,000 per month" for the changed scope), if
    any: the two sentences share a topic word beyond the words every price carries."""
    if item.direction not in ("outbound", "note"):
        return None
    mine = {a for a in _amounts(item.quote) if a[0] != "%"}
    if not mine:
        return None
    words = _stems(_topic_words(item.quote))
    # the first part of a compound cut with a hyphen ("Süd- und Westfassade"): "Südfassade" is the same topic
    heads = {h.lower() for h in _HYPHEN_HEAD.findall(item.quote)}
    # the offer's scope counted anew since ("140 m²" -> "70 m²"): the rep's next price is for the new scope
    own = " ".join(t for s, t in said if (s.kind, s.id) == (item.source_kind, item.source_id))
    scope = rescoped(own, [t for s, t in said if s.at > item.at])
    for src, sentence in said:
        if src.at <= item.at or src.direction != "outbound":
            continue
        if not any(item.at < at < src.at for at in inbound):
            continue  # the rep restating the offer unasked is no revision
        theirs = {a for a in _amounts(REDUCTION.sub(" ", sentence)) if a[0] != "%"}
        if not theirs or theirs & mine or not any(
                a[0] == b[0] and comparable({a[2]}, {b[2]}, REQUOTE_RATIO) for a in mine for b in theirs):
            continue  # "Zuschlag 4,50 € pro Stunde" is not the hourly rate of 27,90 €
        theirs_words = _topic_words(sentence)
        if scope or words & _stems(theirs_words) or any(w.startswith(h) for h in heads for w in theirs_words):
            return src
    return None


# Words around any price that name no topic: "pro Jahr", "par passage" share "pro"/"par", not a thing priced
# (currency codes are price words already).
_PRICE_GLUE = {"pro", "par", "por", "per", "dazu", "also", "inkl", "exkl", "htva", "tva", "ttc"}


_HYPHEN_HEAD = re.compile(r"\b([^\W\d_]{3,})-\s+(?:und|oder|and|or|et|ou|y|o)\b", re.I)


def _topic_words(text: str) -> set[str]:
    """The content words of a priced sentence that can name what is priced."""
    return {w for w in content(text) - PRICE_WORDS - MONTH_DAY_WORDS - _PRICE_GLUE if len(w) >= 3}


def newest_figures(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Items whose amount a later source restated at another value marked superseded; the rest unchanged."""
    said = _sentences(ordered, cleaned)
    inbound = [s.at for s in ordered if s.direction == "inbound"]
    out = []
    for item in items:
        if item.status == "open" and item.kind != "question":
            src = _replaced_by(item, said) or _requoted_by(item, said, inbound)
            if src is not None:
                item = replace(item, status="superseded", by=f"{src.kind}:{src.id}")
        out.append(item)
    return out


def answered_in_other_words(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Open customer questions a later rep email speaks to (a shared content word, or an amount in the currency
    the question named) marked answered."""
    replies = [(src, s) for src, s in _sentences(ordered, cleaned) if src.direction == "outbound"]
    out = []
    for item in items:
        if item.kind == "request" and item.status == "open" and item.direction == "inbound" and \
                _QUOTE_REQUESTED.search(item.quote):
            src = next((src for src, s in replies if src.at > item.at and _amounts(s)), None)
            item = replace(item, status="answered", by=f"{src.kind}:{src.id}") if src is not None else item
        elif item.kind == "question" and item.status == "open" and item.direction == "inbound":
            words = _stems({w for w in content(item.quote) - _ASK_WORDS if len(w) >= 4 and not w.isdigit()})
            need = 1 if len(words) <= 2 else ANSWER_OVERLAP
            currencies = {a[0] for a in _amounts(item.quote)} - {"%"}
            priced = bool(currencies) or bool(_QUOTE_ASKED.search(item.quote) or _QUOTE_REQUESTED.search(item.quote))
            for src, sentence in replies:
                if src.at <= item.at or defers_answer(sentence) or misses_acronym(item.quote, sentence):
                    continue
                theirs = {a[0] for a in _amounts(sentence)} - {"%"}
                if len(words & _stems(content(sentence))) >= need or (
                        priced and theirs and (not currencies or theirs & currencies)
                        and prices_that(item.quote, sentence)):  # "the cost of a loaner": said of that thing
                    item = replace(item, status="answered", by=f"{src.kind}:{src.id}")
                    break
        out.append(item)
    return out


def _stems(words: set[str]) -> set[str]:
    """Words cut to their first five letters, so 'recyclé' meets 'recycled' and 'mejorarlo' meets 'mejorar'."""
    return {re.sub(r"[^\w]", "", w)[:5] for w in words}
