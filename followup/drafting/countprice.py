"""A note's recount said with the same note's lump price: "Now 25 users, ..." beside "Repriced: CAD 46,500 first year,
then CAD 21,000 per year" as "the price for 25 users is CAD 46,500 first year, then CAD 21,000 per year", instead of
the price alone with what it now buys lost ("Ils ont racheté un labo : 2 sites, 14 utilisateurs" + "Nouveau chiffrage :
34 500 € HT" -> "le prix pour 2 sites et 14 utilisateurs est de 34 500 € HT"). en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.moneyforms import MONEY_RE
from followup.text.dates import month_names

# Words a counted thing may take ("14 utilisateurs", "9 m de mesa"); more is the note's account, not a count.
COUNT_WORDS = 4
# A word opening a note's recount ("Now 25 users", "Ahora son 2 campanas", "Jetzt 6 Arme", "Désormais 14 postes").
_NOW = re.compile(r"^(?:now|jetzt|nun|maintenant|désormais|ahora)\b(?:\s+(?:it's|it\s+is|they\s+are|they're|sind\s+es|"
                  r"es\s+sind|sind|ce\s+sont|sont|son|serán|seront|werden\s+es)\b)?\s*:?\s*", re.I)
# Where a recount's counts end: the reason for it ("because", "weil", "parce que", "porque").
_REASON = re.compile(r"\s*,?\s*\b(?:because|since|as|weil|da|denn|car|parce\s+que|puisque|porque|pues|ya\s+que)\b.*$",
                     re.I)
_AND_SPLIT = re.compile(r"\s+(?:and|plus|und|sowie|et|y|e)\s+", re.I)
# One count of a thing: a number (not of money) and the words naming the thing.
_ONE = re.compile(rf"(?:\d{{1,3}}(?:[.,'’\u202f ]\d{{3}})+|\d+(?:[.,]\d+)?)\s+[^\W\d_][\w'’²³-]*"
                  rf"(?:\s+[^\W\d_][\w'’²³-]*){{0,{COUNT_WORDS - 1}}}")
# Words after a number that make it a time or a day, never a count of what a price buys.
_WHEN = {"h", "uhr", "am", "pm", "min", "minutes", "hours", "hour", "stunden", "heures", "horas", "day", "days", "tage",
         "jours", "días", "dias", "week", "weeks", "wochen", "semaines", "semanas", "month", "months", "monate", "mois",
         "meses", "year", "years", "jahre", "ans", "años", "percent", "prozent", "pour", "por",
         *month_names("en", "de", "fr", "es", spellings=False)}
# The label before a lump price: a short label with its colon ("Repriced:", "Nouveau chiffrage :", "Neues Angebot:")
# or a price word alone ("Cotización MXN 548,000", "Quoted CAD 12,000", "Angebot 8.400 €").
_LABEL = re.compile(r"^(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}\s*:|(?:re)?quoted?|offered|(?:re)?priced|"
                    r"price|angebot|angeboten|preis|devis|prix|chiffrage|cotizaci[oó]n|cotizado|presupuesto|"
                    r"precio)\s*", re.I)
# After an amount, the words making it a price per thing ("/visit", "each", "por enlace"), its period aside ("/month
# per trailer"): a unit price, not the lump price a recount is for.
_PERIOD = r"(?:year|yr|annum|month|mo|week|jahr|monat|woche|an|mois|semaine|año|mes|semana)\b"
_UNIT = re.compile(rf"(?:\s?/\s?{_PERIOD}\.?)?\s*(?:each\b|apiece\b|/\s?(?!{_PERIOD})[^\W\d_]|"
                   rf"(?:per|pro|je|par|por|a)\s+(?!{_PERIOD})(?!(?:the|la|le|el|das|die|der)\b)[^\W\d_]|"
                   rf"l['’]unité|la\s+(?:pièce|unidad)|cada\b|(?:à|a)\s+la\s+unidad)", re.I)
_PRICE_FOR = {"en": "the price for {what} is {x}", "de": "Der Preis für {what} beträgt {x}",
              "fr": "le prix pour {what} est de {x}", "es": "el precio para {what} es de {x}"}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


def _counts(text: str) -> tuple[list[str], bool]:
    """The counts a text says ("2 sites, 14 utilisateurs" -> both), the leading ones of its comma pieces ([] when its
    first piece is no count), and whether it says nothing else."""
    out: list[str] = []
    pieces = re.split(r"\s*[,;]\s*", text.strip(" ."))
    for piece in pieces:
        parts = _AND_SPLIT.split(_REASON.sub("", piece).strip())
        if not all(_ONE.fullmatch(p) and p.split()[1].lower().strip(".") not in _WHEN for p in parts) \
                or MONEY_RE.search(piece):
            return out, False
        out += parts
        if _REASON.search(piece):
            return out, False
    return out, bool(out)


def recount(item: Item) -> tuple[list[str], bool]:
    """The counts a note's clause says anew ("Now 25 users, a third site opens" -> ["25 users"]; "Ils ont racheté un
    labo : 2 sites, 14 utilisateurs"; a clause of counts alone), and whether the clause says no more than them; ([],
    False) when it is no recount. An aside is read only after its "now": the count alone is said, never the rest."""
    quote = item.quote.strip()
    if MONEY_RE.search(quote):
        return [], False
    lead = _NOW.match(quote)
    if lead and lead.end():
        counts, whole = _counts(quote[lead.end():])
        return counts, whole
    if item.internal:
        return [], False
    label = re.match(r"[^:\d]+?\s*:\s+", quote)  # "Ils ont racheté un labo : 2 sites", never a time's "10:00"
    if label:
        return _counts(quote[label.end():])
    counts, whole = _counts(quote)
    if not whole:
        return [], False  # a clause that only opens with a count ("12 weeks lead time") is no recount
    return counts, whole


def lump(item: Item) -> str:
    """A note's lump price without its label ("Repriced: CAD 46,500 first year ..." -> "CAD 46,500 first year ..."),
    "" when the clause does not open with the price or works it out ("=")."""
    quote = item.quote.strip().rstrip(".")
    label = _LABEL.match(quote)
    rest = quote[label.end():] if label else quote
    first = MONEY_RE.match(rest)
    if not first or _UNIT.match(rest, first.end()) or re.search(r"=|->|→|\+(?!\s*(?:GST|HST|VAT|IVA|MwSt|TVA|tax)\b)", rest) \
            or re.search(r"[.!?;]\s+[A-ZÀ-Ý]", rest):
        return ""  # a unit price, a sum worked out or a second sentence is no lump price
    return rest


def counted_price(items: Sequence[Item], language: str) -> tuple[str, Item | None, list[Item]]:
    """One note's recount and its one lump price after it as the rep's line ("the price for 25 users is CAD 46,500
    ..."), the price's item, and the recount items said whole by it; ("", None, []) unless the note holds exactly one
    of each."""
    counts = [(n, i, *recount(i)) for n, i in enumerate(items) if i.direction == "note"]
    counts = [c for c in counts if c[2]]
    prices = [(n, i, x) for n, i in enumerate(items) if not i.internal and i.kind in ("term", "constraint")
              and (x := lump(i))]
    if len(counts) != 1 or len(prices) != 1 or counts[0][0] > prices[0][0]:
        return "", None, []
    _, count_item, said, whole = counts[0]
    what = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {_AND.get(language, 'and')} {said[-1]}"
    line = _PRICE_FOR.get(language, _PRICE_FOR["en"]).format(what=what, x=prices[0][2])
    return line, prices[0][1], [count_item] if whole and not count_item.internal else []


def count_price_words(language: str) -> str:
    """The words this line may say beyond the note, for the grounding check."""
    return f"{_PRICE_FOR.get(language, '')} {_AND.get(language, '')}"
