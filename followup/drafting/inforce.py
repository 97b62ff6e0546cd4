"""The last word on which figures are in force, after the finer rules: an offer whose scope a later source changed
("son 3,1 km, no 2,5", "halbe Fläche, ca. 70 m²") takes its lead time with it; a customer asking for the new price
or a new quantity puts the rep's totals before it out of force; and an amount a replaced point stated, said by no
source since, is out of force wherever else it stands. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import CURRENCY_CODES, REVISION_RATIO, comparable, priced_amounts
from followup.drafting.items import Item
from followup.drafting.minimum import minimum_met
from followup.drafting.sentences import Source
from followup.drafting.words import ANY_MONTH, MONTH_DAY_WORDS
from followup.text.dates import alternation, month_names

# A quantity with its unit ("140 m²", "2,5 km", "1,5 m³/jour", "900 Essen", "4.800 Zwischenpfähle").
_MEASURE = re.compile(r"(?<![\d.,'])(\d[\d.,']*)\s?(m²|m³|m2|m3|[^\W\d_]{2,}|[lmt]\b)", re.I)

# Units that are no scope: time and days (a lead time is what the scope decides), glue words, currencies, months.
_NOT_SCOPE = ({"de", "del", "des", "du", "la", "le", "el", "x", "pro", "per", "par", "por", "frei", "bis", "to", "and",
               "und", "et", "y", "h", "uhr", "am", "pm", "st", "nd", "rd", "th", "er", "ème", "e", "a", "à", "au",
               "en", "in", "im", "of", "for", "für", "pour", "para", "ab", "from", "von", "jusqu", "hasta", "ca",
               "ht", "ttc", "net", "netto", "brutto", "excl", "exkl", "incl", "inkl", "vat", "mwst", "iva", "tva",
               *month_names("de", "fr", "es", spellings=False), "kw", "week", "weeks", "semaine", "semaines",
               "semana", "semanas", "woche",
               "wochen", "day", "days", "jour", "jours", "tag", "tage", "tagen", "día", "días", "month", "months",
               "mois", "monat", "monate", "monaten", "mes", "meses", "year", "years", "an", "ans", "jahr", "jahre",
               "jahren", "año", "años", "hour", "hours", "heure", "heures", "stunde", "stunden", "hora", "horas",
               "minutes", "minuten", "minutos", "percent", "prozent", "pourcent", "ciento"}
              | MONTH_DAY_WORDS | set(CURRENCY_CODES))

# A lead time or length of work: "Délai 6 semaines", "toma unas 5 semanas", "Lieferzeit 3 Wochen", "takes 10 days".
_DURATION = re.compile(r"(?<!\bevery )(?<!\btous les )(?<!\balle )(?<!\bcada )\b\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?"
                       r"(?:weeks?|days?|months?|semaines?|jours?|mois|wochen|woche|tagen?|monaten?|semanas?|días?|"
                       r"meses|mes)\b", re.I)

# A day of a month in any of the four languages ("lunes 11 de enero", "du 19 avril", "3. März", "March 3").
_MONTHS = alternation(ANY_MONTH)
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b", re.I)


# The customer asking for the price of what they changed: the rep's total before it no longer holds.
_NEW_PRICE_ASKED = re.compile(
    r"\b(?:(?:the |a )?(?:new|updated|revised) (?:price|quote|quotation|total|quantity|figure)|"
    r"(?:nouveau|nouvel) (?:prix|devis|total|montant)|nouvelle (?:quantité|offre|proposition)|"
    r"(?:devis|prix) (?:révisé|actualisé|mis à jour)|"
    r"neue[nrs]? (?:preis|gesamtpreis|angebot|menge|summe|betrag)|"
    r"(?:aktualisierte|überarbeitete)[ns]? (?:angebot|preis)|"
    r"nuev[oa] (?:precio|presupuesto|cotización|cantidad|total|oferta)|"
    r"(?:precio|presupuesto) (?:actualizado|revisado))\b", re.I)


def measures(text: str) -> set[tuple[str, str]]:
    """The quantities of a text with their units, lower-cased ("2,5 km" -> ("2,5", "km"))."""
    out = set()
    for value, written in _MEASURE.findall(text or ""):
        unit = written.lower().replace("m2", "m²").replace("m3", "m³")
        # "15. April": a day, not a count; "70 kW" is power, only "KW" a calendar week
        if (unit not in _NOT_SCOPE or written == "kW") and not value.endswith("."):
            out.add((value.rstrip(",'"), unit))
    return out


def rescoped(text: str, later: Sequence[str], *, beside: bool = False) -> bool:
    """Whether a later text gives a quantity of this one another figure in the same unit ("140 m²" -> "70 m²"), or
    with beside, another figure next to the old one ("300 L pour les 2 grands, et 200 L pour les 3 autres")."""
    mine = measures(text)
    for other in later:
        theirs = measures(other)
        if any(u == u2 and v != v2 and (beside or (v, u) not in theirs) for v, u in mine for v2, u2 in theirs):
            return True
    return False


def _text(src: Source, cleaned: dict) -> str:
    return cleaned.get((src.kind, src.id), "")


def rescoped_lead_times(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The lead times of a rep email whose scope a later source changed and whose price the rep's newer offer replaced
    with a day of its own marked superseded (as a term or as a clause said again from it): "El trabajo toma unas 5
    semanas" was for 2,5 km, the offer for 3,1 km starts on "lunes 11 de enero". A new price alone leaves the lead
    time standing."""
    gone = {}
    for item in items:
        if item.kind == "term" and item.direction == "outbound" and item.status == "superseded" and item.by \
                and priced_amounts(item.quote) and (item.source_kind, item.source_id) not in gone:
            src = next((s for s in ordered if (s.kind, s.id) == (item.source_kind, item.source_id)), None)
            dated = [s for s in ordered if src is not None and s.at > src.at and s.direction == "outbound"
                     and priced_amounts(_text(s, cleaned)) and _DAY_OF_MONTH.search(_text(s, cleaned))]
            if dated and rescoped(_text(src, cleaned), [_text(s, cleaned) for s in ordered if s.at > src.at]):
                gone[(item.source_kind, item.source_id)] = f"{dated[-1].kind}:{dated[-1].id}"
    return [replace(i, status="superseded", by=gone[(i.source_kind, i.source_id)])
            if i.status == "open" and i.kind in ("term", "standing") and i.direction == "outbound"
            and (i.source_kind, i.source_id) in gone and _DURATION.search(i.text if i.kind == "standing" else i.quote)
            else i for i in items]


def repricing_asked(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's totals (an amount counted per nothing) older than the customer's newest ask for the new price or a
    new quantity, when that ask counts a quantity of a rep's email anew ("300 L" for "200 L") and no rep figure came
    since, marked superseded by that ask ("Quel est le nouveau prix ?"); an add-on taken leaves the totals alone."""
    asks = [s for s in ordered if s.direction == "inbound" and _NEW_PRICE_ASKED.search(_text(s, cleaned))]
    if not asks:
        return items
    ask = asks[-1]
    if not any(rescoped(_text(s, cleaned), [_text(ask, cleaned)], beside=True) for s in ordered
               if s.at < ask.at and s.direction == "outbound"):
        return items
    if any(s.at > ask.at and s.direction != "inbound" and priced_amounts(_text(s, cleaned)) for s in ordered):
        return items  # priced again since: the finer rules decide
    out = []
    for i in items:
        total = {a for a in priced_amounts(i.quote) if a[0] not in ("%", "people") and not a[1]}
        if i.status == "open" and i.kind in ("term", "feature") and i.direction in ("outbound", "note") \
                and i.at < ask.at and total:
            i = replace(i, status="superseded", by=f"{ask.kind}:{ask.id}")
        out.append(i)
    return out


# The customer asking for the offer anew for the dates they moved ("réviser l'offre pour ces dates", "update the quote
# for the new dates", "das Angebot an die neuen Termine anpassen", "actualizar la oferta para las nuevas fechas").
_OFFER = (r"(?:the|your|our|l'|le|la|les|votre|das|ihr|unser|la|el|los|su)\s*(?:quote|offer|proposal|quotation|prices?|"
          r"offre|devis|proposition|prix|angebot|offerte|preise?|oferta|presupuesto|cotización|propuesta|precios?)")
_NEW_DATES = (r"(?:the\s+new|these|those|the\s+changed|ces|les\s+nouvelles|ces\s+nouvelles|die\s+neuen?|diese[ns]?|"
              r"estas|las\s+nuevas|esas)\s+(?:dates?|days?|termine?|daten|datum|tage|fechas|días)")
_REDATED_ASKED = re.compile(
    rf"\b(?:revise|update|redo|adjust|rework|réviser|revoir|actualiser|mettre à jour|refaire|adapter|revisar|"
    rf"actualizar|ajustar|rehacer)\s+{_OFFER}\s+(?:for|to|pour|à|aux|para|a)\s+{_NEW_DATES}|"
    rf"\b{_OFFER}\s+(?:für|an|auf)\s+{_NEW_DATES}\s+(?:anpassen|aktualisieren|überarbeiten|ändern)", re.I)


def redated_offer_asked(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's priced lines older than the customer's newest ask for the offer anew for the dates they moved
    ("réviser l'offre pour ces dates"), when no rep figure came since, marked superseded by that ask: they priced
    the old dates."""
    asks = [s for s in ordered if s.direction == "inbound" and _REDATED_ASKED.search(_text(s, cleaned))]
    if not asks or any(s.at > asks[-1].at and s.direction != "inbound" and priced_amounts(_text(s, cleaned))
                       for s in ordered):
        return items
    ask = asks[-1]
    return [replace(i, status="superseded", by=f"{ask.kind}:{ask.id}")
            if i.status == "open" and i.kind in ("term", "feature", "standing") and i.direction in ("outbound", "note")
            and i.at < ask.at and priced_amounts(i.quote) else i for i in items]


# A sum of the offer's lines ("total S/ 58.000", "Gesamtpreis", "insgesamt", "au total", "en total", "altogether").
_TOTAL = re.compile(r"\b(?:total|totals|in total|altogether|overall|gesamt\w*|insgesamt|summe|au total|montant total|"
                    r"en total|importe total|monto total)\b", re.I)


def rescoped_totals(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The total of a rep email or note out of force with its line that a later customer email counted anew ("6 grupos
    focales ..., S/ 24.000" then "o sea 4 grupos"): the sum held the old quantity ("total S/ 58.000")."""
    by = {f"{s.kind}:{s.id}": s for s in ordered}
    gone = {(i.source_kind, i.source_id): i.by for i in items
            if i.status == "superseded" and i.kind == "term" and i.direction in ("outbound", "note") and i.by in by
            and by[i.by].direction == "inbound" and _sum(i.quote) and rescoped(i.quote, [_text(by[i.by], cleaned)])}
    return [_without_total(i, gone[(i.source_kind, i.source_id)])
            if i.status == "open" and (i.source_kind, i.source_id) in gone and i.kind in ("term", "feature")
            and _TOTAL.search(i.quote) and _sum(i.quote) else i for i in items]


def _without_total(item: Item, by: str) -> Item:
    """A line without its clause of the old total ("total S/ 58.000 + IGV, facturado 50% al inicio ..." keeps how it is
    invoiced), or out of force when the total is all it says."""
    def cut(text: str) -> str:
        return ", ".join(c for c in re.split(r"(?<!\d)[,;]\s+", text) if not (_TOTAL.search(c) and _sum(c)))
    quote, text = cut(item.quote), cut(item.text)
    if len(_WORD.findall(quote)) < MIN_LEFT_WORDS or not text:
        return replace(item, status="superseded", by=by)
    return replace(item, quote=quote[:1].upper() + quote[1:], text=text[:1].upper() + text[1:])


# Words a line keeps without its total to be said at all ("facturado 50% al inicio y 50% a la entrega").
MIN_LEFT_WORDS = 4
_WORD = re.compile(r"[^\W\d_]{2,}")


def _sum(text: str) -> bool:
    """Whether a text states an amount: a price figures.py reads, or a figure in thousands ("S/ 58.000")."""
    return bool(priced_amounts(text) or _THOUSANDS.search(text))


_THOUSANDS = re.compile(r"(?<![\d.,'])\d{1,3}(?:[.,' ]\d{3})+(?![\d.,']\d)")


def stale_amounts(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> dict[tuple[str, str, str], str]:
    """The amounts of points a later figure replaced (their replacing source states an amount in the same currency
    and of the same order) that no source said again after them, each with the source that replaced it."""
    out: dict[tuple[str, str, str], str] = {}
    by = {f"{s.kind}:{s.id}": s for s in ordered}
    for item in items:
        if item.status != "superseded" or item.kind in ("question", "standing") or item.by not in by:
            continue
        newer = priced_amounts(_text(by[item.by], cleaned))
        later = set().union(*[priced_amounts(_text(s, cleaned)) for s in ordered if s.at > item.at] or [set()])
        for a in {a for a in priced_amounts(item.quote) if a[0] not in ("%", "people")} - later:
            if not any(b[0] == a[0] and comparable({a[2]}, {b[2]}, REVISION_RATIO) for b in newer):
                continue  # "soit 9 520 $" is the deposit, no new value of "47 600 $"
            out.setdefault(a, item.by)
    return out


def in_force(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Every open point that states a replaced amount no source said since marked superseded with it, so no line
    of the draft (a term, a feature, the rep's own offer) can say the old value again."""
    items = rescoped_totals(rescoped_lead_times(items, ordered, cleaned), ordered, cleaned)
    items = redated_offer_asked(items, ordered, cleaned)
    items = minimum_met(items, ordered, cleaned)  # "Pedido mínimo 12 unidades" after an order of 24: met, not said
    stale = stale_amounts(items, ordered, cleaned)
    if not stale:
        return items
    out = []
    for i in items:
        old = sorted(priced_amounts(i.quote) & stale.keys()) if i.status == "open" and i.kind not in ("question", "standing") \
            else []
        out.append(replace(i, status="superseded", by=stale[old[0]]) if old else i)
    return out


# Words naming a delivery or lead time: a later rep line with one of them and a day gives the delivery its date.
_DELIVERY = re.compile(r"\b(?:deliver(?:y|ed|ies)?|lead time|liefer(?:ung|zeit|termin)|geliefert|livraison|livrée?s?|"
                       r"délai de livraison|entrega|entregad[oa]s?|plazo de entrega)\b", re.I)


def dated_deliveries(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's lead time ("Delivery is currently 6-8 weeks") superseded once a later rep email or note gives the
    delivery a day ("Delivery targeted for the week of December 15"): the day is the rep's newer word on it."""
    dated = [(s, sentence) for s in ordered if s.direction in ("outbound", "note")
             for sentence in re.split(r"(?<=\D[.!?])\s+|\n+", _text(s, cleaned))
             if _DELIVERY.search(sentence) and _DAY_OF_MONTH.search(sentence) and not sentence.rstrip().endswith("?")]
    out = []
    for item in items:
        if item.status == "open" and item.kind in ("term", "standing") and item.direction in ("outbound", "note") \
                and _DURATION.search(item.quote) and _DELIVERY.search(item.quote) \
                and not _DAY_OF_MONTH.search(item.quote):
            later = [s for s, _ in dated if s.at > item.at]
            if later:
                item = replace(item, status="superseded", by=f"{later[-1].kind}:{later[-1].id}")
        out.append(item)
    return out
