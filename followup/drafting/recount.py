"""A count changed later ("9 fontaines et non 10", "subir a 70 cartas", "4 chairs after all"): an offer that still
counts the old number of the same thing is out of force, whoever changed it (the customer in a reply, the rep's note
of a call). en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source

# Letters of a counted noun compared ("fontaines"/"fontaine", "chairs"/"chair", "Terminals"/"Terminal").
STEM_LETTERS = 5


# A count and the thing counted: "8 fontaines", "150 hampers", "3 x WX-60", "12 Terminals".
_COUNTED = re.compile(r"(?<![\d.,'’/:-])(?P<n>\d{1,5})(?![\d.,'’:/-]\d)\s*(?:x\s+)?(?P<noun>[^\W\d_]{4,})", re.I)


# Counts of time, measure or money, not of things ordered: "36 months", "7 días", "4 weeks", "25 dB".
_NOT_THINGS = re.compile(
    r"^(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|jour|jours|semaine|semaines|mois|"
    r"heure|heures|minutes|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|stunde|stunden|minuten|"
    r"días|dias|semana|semanas|meses|años|anos|horas|minutos|percent|prozent|pour|cent|euro|euros|dollars|pounds|"
    r"francs|pesos|rand|liter|litre|litres|liters|meter|metre|metres|meters|gallon|gallons|pages|page|"
    r"seiten|páginas|palabras|words|mots|wörter|times|fois|veces|mal|units|unit|stück|pièces|uds|unidades|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|working|business|laborables|arbeitstage|ouvrés|ouvrables|"
    r"from|with|each|plus|and|und|para|pour|para|sur|bis|till|until|per|pro|par|por)$", re.I)


def counts(text: str) -> dict[str, set[str]]:
    """The things a text counts, by the first letters of their noun: {"fonta": {"8"}}."""
    out: dict[str, set[str]] = {}
    for m in _COUNTED.finditer(text or ""):
        noun = m.group("noun")
        if _NOT_THINGS.match(noun):
            continue
        out.setdefault(noun.lower()[:STEM_LETTERS], set()).add(m.group("n"))
    return out


# A figure priced per thing ("39 € par fontaine", "CHF 380 pro Baum", "$240 each"), not per stretch of time.
_PER_THING = re.compile(r"^[^.;:\d]{0,16}?\b(?:(?:per|pro|par|por|je|la|le|the)\s+(?!(?:month|mois|monat|mes|year|an|"
                        r"année|jahr|año|quarter|trimestre|quartal|week|semaine|woche|semana|day|jour|tag|día|hour|"
                        r"heure|stunde|hora|visit|visite|einsatz|visita)\b)[^\W\d_]{3,}|each|chacune?|cada\s+un[oa]|"
                        r"stück|pièce|unidad)\b", re.I)


# An amount of money: a currency beside a figure (as followup.drafting.figures reads it).
_MONEY = re.compile(r"(?:[$€£¥]|\b[A-Z]{3}\b)\s?\d(?:[\d,.' ]*\d)?|\d(?:[\d,.' ]*\d)?\s?(?:[$€£¥]|\b[A-Z]{3}\b)")


# A later count that says how many fewer or more, not how many in all ("4 pianos removed", "2 more chairs").
_DELTA = re.compile(r"\b(?:more|fewer|less|extra|additional|another|removed|de baja|menos|más|adicional(?:es)?|"
                    r"otros?|otras?|de plus|en plus|en moins|supplémentaires?|autres?|mehr|weniger|zusätzlich\w*|"
                    r"weitere?n?)\b", re.I)


def per_thing(quote: str) -> bool:
    """Whether every sum of money a sentence names is a price per thing, so no total depends on its count."""
    found = list(_MONEY.finditer(quote or ""))
    return bool(found) and all(_PER_THING.search(quote[m.end():m.end() + 40]) for m in found)


def _told(src: Source, cleaned: dict) -> list[str]:
    """The sentences of a source that state something (a question counts nothing yet)."""
    return [x for x in re.split(r"(?<=[.!?])\s+", cleaned.get((src.kind, src.id), "")) if not x.rstrip().endswith("?")]


def recount_said(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The offer said with the newest count ("8 fontaines ..., 39 € par fontaine" -> "9 fontaines ..."), when its
    prices are per thing and the newest source to count a thing anew gives one count in all; "" otherwise."""
    if not per_thing(item.quote):
        return ""
    out = item.quote
    for stem, nums in counts(item.quote).items():
        where = [x for src in ordered if src.at > item.at for x in _told(src, cleaned) if stem in counts(x)]
        if not where or counts(where[-1])[stem] & nums:
            continue  # never counted again, or the newest count is this one
        theirs = counts(where[-1])[stem]
        if len(theirs) != 1 or _DELTA.search(where[-1]):
            return ""
        out = re.sub(rf"(?<![\d.,'’/:-])(?:{'|'.join(map(re.escape, nums))})(?=\s*(?:x\s+)?{re.escape(stem)})",
                     next(iter(theirs)), out, flags=re.I)
    return out if out != item.quote else ""


def recounted(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The source ("message:7") that later counts a thing of this offer anew, "" when none does."""
    mine = counts(item.quote)
    if not mine:
        return ""
    for src in ordered:
        if src.at <= item.at:
            continue
        # a question counts nothing yet ("can we go up to 40 licences later?")
        said = " ".join(x for x in re.split(r"(?<=[.!?])\s+", cleaned.get((src.kind, src.id), ""))
                        if not x.rstrip().endswith("?"))
        theirs = counts(said)
        # a later count of the same thing that never says this one ("10 cases: 6 here, 4 there" agrees with 10)
        if any(stem in theirs and not theirs[stem] & nums for stem, nums in mine.items()):
            return f"{src.kind}:{src.id}"
    return ""
