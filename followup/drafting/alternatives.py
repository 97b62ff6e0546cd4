"""One sentence of the rep's that prices alternatives ("full page GHS 18,000, half page GHS 10,500, quarter page GHS
6,000", "a 12 sqm stand is €4,080 and an 18 sqm stand is €5,940", "in 5 Sälen kostet 2.400 €, in 3 Sälen 1.650 €",
"12 months at $40 or 24 months at $35") kept to the alternative a later customer sentence or call note takes ("We
choose the 18 sqm stand", "wir nehmen die 5 Säle", "Prend la demi-page", "nos quedamos con el cupón de 1/4"), said
with its name and the sentence's shared words: blind readers marked drafts that restated the prices not chosen.
en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from followup.drafting.figures import AMOUNT
from followup.drafting.items import Item
from followup.drafting.labelled import AFTER_PRICE, CHOOSES, NEGATED, NEGATED_AFTER
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import content

# Letters of a word that name an alternative ("page" / "pages", "Sälen" / "Säle" differ only past them).
NAME_STEM = 5
# Alternatives one sentence sets against each other at most; more is a price list, not a choice.
MAX_ALTERNATIVES = 4
# Words of an alternative's name at most ("an 18 sqm stand is", "cupón 1/4 de página"): longer is a clause of its own.
MAX_NAME_WORDS = 6

# Booking one names it taken too ("We book the half page", "wir buchen die Loge", "nous réservons", "reservamos").
_BOOKS = re.compile(r"\b(?:book|booked|buchen|buche|gebucht|réserv(?:ons|e|é|ée)|reserv(?:e|ed|amos|o|ado|ada))\b", re.I)
# The rep's own newer word that one is taken ("I've reserved the half page for you", "die halbe Seite ist gebucht",
# "la demi-page est confirmée", "te he reservado la media página").
_REP_TAKES = re.compile(r"\b(?:reserved|booked|confirmed|reserviert|gebucht|bestätigt|réservée?|confirmée?|"
                        r"reservad[oa]|confirmad[oa])\b", re.I)
# What stands between two priced alternatives: a comma or semicolon, "and", "or", "und", "oder", "et", "ou", "y", "o".
_BETWEEN = re.compile(r"^\s*(?:[,;/]\s*)?(?:(?:and|or|und|oder|bzw\.?|et|ou|y|o|u|versus|vs\.?)\s+)?", re.I)
# An add-on, not an alternative: "+ 900 €", "plus installation 200 €", "zuzüglich", "en plus", "más".
_ADD_ON = re.compile(r"^\s*(?:[,;]\s*)?(?:\+|plus\b|zuzüglich\b|zzgl\.?|en plus\b|más\b|with\b|mit\b|avec\b|con\b)",
                     re.I)
_WORD = re.compile(r"\S+")
# A currency's letters written onto its symbol ("TT$30,600", "NZ$", "HK$", "R$"): part of the price, not of its name.
_GLUED_CURRENCY = re.compile(r"(?<![^\W\d_])[A-Z]{1,3}$")
# A choice only weighed, before its verb: "if we take the half page", "wenn wir ... nehmen", "si on prend", "si tomamos".
_IF = re.compile(r"\b(?:if|unless|whether|wenn|falls|ob|si|s'il|sauf si)\b", re.I)
# A sum of the others, never an alternative to them: "total 11 900 €", "insgesamt", "au total", "soit", "en total".
_TOTAL = re.compile(r"\b(?:total|totals|gesamt\w*|insgesamt|summe|soit|en total|altogether|in all|so|also|i\.e\.)\s*:?\s*$",
                    re.I)


def _tokens(text: str) -> set[str]:
    """What names an alternative: content words by their first letters, and figures ("18", "1/4")."""
    return {w[:NAME_STEM] for w in content(text)} | set(re.findall(r"\d+(?:[/.,]\d+)*", text))


def _bare(word: str) -> str:
    """A word without the punctuation around it, lower-cased."""
    return word.strip(".,:;()«»\"'").lower()


@dataclass(frozen=True)
class _Part:
    """One priced alternative of a sentence: the words that name it, where they start, and where its price is."""

    label: str
    start: int
    price: int
    end: int


def _window(head: str, label: str) -> tuple[int, int] | None:
    """Where the first alternative's name stands in the words before its price, shaped like another's name ("a full
    page" for "a half page": as many words, the same first or last one), or None."""
    mine = [_bare(w) for w in label.split()]
    words = list(_WORD.finditer(head))
    if not mine or not all(mine) or len(words) < len(mine):
        return None
    found = []
    for n in range(len(words) - len(mine) + 1):
        span = words[n:n + len(mine)]
        said = [_bare(w.group(0)) for w in span]
        first, last = said[0] == mine[0], said[-1] == mine[-1]
        if (first or last) and said != mine:
            found.append((first and last, n, span[0].start(), span[-1].end()))
    if not found:
        return None
    best = max(found)  # both ends alike first, then the nearest the price
    return best[2], best[3]


def alternatives(sentence: str) -> tuple[list[_Part], str, str] | None:
    """The priced alternatives of a sentence with the words before the first one's name (its lead) and between that
    name and its price (the words every alternative shares), or None when it sets none against each other."""
    prices = list(AMOUNT.finditer(sentence))
    if not 2 <= len(prices) <= MAX_ALTERNATIVES:
        return None
    ends = [AFTER_PRICE.match(sentence, m.end()).end() for m in prices]
    parts, lead, middle = [], "", ""
    for k, m in enumerate(prices[1:], 1):
        gap = _GLUED_CURRENCY.sub("", sentence[ends[k - 1]:m.start()])  # "new total TT$30,600": "new total "
        if _ADD_ON.match(gap):
            return None  # "10 places = +900 €": one offer's parts
        sep = _BETWEEN.match(gap)
        label = gap[sep.end():].strip(" :=–-")
        if sep.end() == 0 and not gap[:1].isspace() or not label or not content(label) and not re.search(r"\d", label):
            return None
        if re.search(r"[,;%]", label) or len(label.split()) > MAX_NAME_WORDS:
            return None  # "€49 a month, 5% commission, up to 500 listings and €30": one option's terms
        if _TOTAL.search(label):
            return None  # "10 places = +900 €, total 11 900 €": one offer and its sum
        if label.endswith("("):
            return None  # "EUR 185,900 in total (EUR 8,450 per store)": the price explained in brackets, not another
        parts.append(_Part(label, ends[k - 1] + sep.end(), m.start(), ends[k]))
    head = sentence[:prices[0].start()]
    if re.search(r"[+=]\s*$", head):
        return None  # "= +900 €": a sum worked out, no alternative
    where = next((w for p in parts if (w := _window(head, p.label))), None)
    if where:
        lead, middle = sentence[:where[0]], head[where[1]:]
        first = _Part(sentence[where[0]:where[1]], where[0], prices[0].start(), ends[0])
    else:
        first = _Part(head.strip(" :=–-"), 0, prices[0].start(), ends[0])
    if not first.label:
        return None
    return [first] + parts, lead, middle


def _own(parts: Sequence[_Part]) -> list[set[str]]:
    """The words of each alternative's name that no other one's name has ("half", "18", "1/4")."""
    named = [_tokens(p.label) for p in parts]
    return [mine - set().union(*[o for j, o in enumerate(named) if j != k]) for k, mine in enumerate(named)]


def takes(sentence: str, parts: Sequence[_Part], rep: bool = False) -> int | None:
    """The alternative a sentence takes by its own words ("We choose the 18 sqm stand"; the rep's, `rep`: "I've
    reserved the half page"), or None: no question, no "not", one alternative named."""
    verb = _REP_TAKES.search(sentence) if rep else CHOOSES.search(sentence) or _BOOKS.search(sentence)
    if verb is None or "?" in sentence or "¿" in sentence or NEGATED.search(sentence[:verb.start()]) \
            or NEGATED_AFTER.match(sentence[verb.end():]) or _IF.search(sentence[:verb.start()]):
        return None
    own = _own(parts)
    for words in (_tokens(sentence[verb.end():]), _tokens(sentence)):  # "we take the half page"; "... entschieden"
        hits = [k for k, mine in enumerate(own) if mine and mine & words]
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None


def kept(sentence: str, parts: Sequence[_Part], lead: str, middle: str, k: int) -> str:
    """The sentence with only its k-th alternative: the lead and the words all share kept ("As discussed: a half page
    in the autumn catalogue (...) is DKK 16,500.")."""
    first, part, tail = parts[0], parts[k], sentence[parts[-1].end:]
    if k == 0:
        said = sentence[:first.end] + tail
    elif middle.strip(" :=–-") and not {_bare(w) for w in middle.split()} <= {_bare(w) for w in part.label.split()}:
        # "a half page DKK 16,500" said as the first one is: "a half page in the autumn catalogue ... is DKK 16,500"
        said = lead + part.label + middle + sentence[part.price:part.end] + tail
    else:
        said = lead + sentence[part.start:part.end] + tail
    said = re.sub(r"\s{2,}", " ", said).strip()
    return said[:1].upper() + said[1:] if not lead else said


def chosen_alternatives(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's open lines pricing alternatives in one sentence kept to the one the newest later customer sentence
    or call note takes."""
    out = []
    for item in items:
        found = alternatives(item.quote) if item.status == "open" and item.direction in ("outbound", "note") \
            and item.kind in ("term", "feature", "standing") else None
        k = _taken(found[0], item, ordered, cleaned) if found else None
        if k is not None:
            quote = kept(item.quote, *found, k)
            again = alternatives(item.text) if item.text else None
            i = _taken(again[0], item, ordered, cleaned) if again and len(again[0]) == len(found[0]) else None
            text = kept(item.text, *again, i) if i is not None else (quote[:1].lower() + quote[1:]).rstrip(".")
            item = replace(item, quote=quote, text=text if item.text else "")
        out.append(item)
    return out


def _taken(parts: Sequence[_Part], item: Item, ordered: Sequence[Source], cleaned: dict) -> int | None:
    """The alternative the newest customer sentence, call note or rep email after an item takes, or None; a call
    note's own later sentence too ("Told her EUR 2,350 pp, in-company EUR 24,000. Prefers in-company.")."""
    own = (item.source_kind, item.source_id) if item.direction == "note" else None
    for src in reversed([s for s in ordered if s.at > item.at or (s.kind, s.id) == own]):
        text = cleaned.get((src.kind, src.id), "")
        start = 0
        if src.at <= item.at:  # the item's own note: only what it says after the item
            at = text.find(item.quote)
            if at < 0:
                continue
            start = at + len(item.quote)
        for a, b in reversed(split_sentences(text)):
            k = takes(text[a:b], parts, rep=src.direction == "outbound") if a >= start else None
            if k is not None:
                return k
    return None
