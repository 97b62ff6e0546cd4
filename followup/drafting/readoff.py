"""Whether the new price a customer's changed count calls for can be read off the sources already: the rep priced
the thing per piece, person, seat or booking ("71,00 EUR je Garnitur", "$45 per person", "CHF 12 par réservation",
"USD 385 per unit", "Prix unitaire"), so a new count changes no figure only the rep can give; or a rep email or call
note after the change gives a figure. en/de/fr/es."""
from __future__ import annotations

import re
from typing import Iterable

from followup.drafting.items import Item
from followup.drafting.recount import MONEY, STEM_LETTERS

# Letters after a sum read for what it is priced per ("EUR 720 each", "£145 per module per month").
PER_REACH = 40
# A stretch of time a sum runs per: a rate, not a price of one thing ("EUR 2,340 per month").
_TIME = re.compile(r"^(?:months?|mois|monat\w*|mes(?:es)?|years?|ans?|années?|jahr\w*|años?|weeks?|semaines?|woche\w*|"
                   r"semanas?|days?|jours?|tage?s?|días?|hours?|heures?|stunden?|horas?|nights?|nuits?|nacht|noches?|"
                   r"quarters?|trimestres?|quartals?|season|saison|temporada|mo|yr|mt|mon|mth|jr|an)$", re.I)
# A price of one piece of whatever the sentence counts: "each", "per unit", "/Stück", "c/u", "pro Stück".
_PIECE = re.compile(r"^(?:each|apiece|unit|units|piece|pieces|pc|pcs|pce|item|items|stück|stk|st|einheit|pièces?|"
                    r"unités?|u|ud|uds|unidad(?:es)?|piezas?|chacune?|cada|c)$", re.I)
# Someone a sum is priced per, whatever the customer calls them: "per person" prices guests, travellers, seats.
_PERSON = re.compile(r"^(?:persons?|people|pax|heads?|guests?|travell?ers?|participants?|attendees?|delegates?|"
                     r"students?|learners?|trainees?|users?|seats?|employees?|staff|members?|covers?|"
                     r"personen|person|köpfe?|kopf|gäste?n?|gast|teilnehmer\w*|nutzer\w*|mitarbeiter\w*|plätze?n?|"
                     r"platz|reisende\w*|personnes?|invités?|voyageurs?|participants?|utilisateurs?|élèves?|"
                     r"collaborateurs?|salariés?|couverts?|places?|personas?|invitados?|viajeros?|participantes?|"
                     r"usuarios?|alumnos?|empleados?|cubiertos?|plazas?|asistentes?|comensales?)$", re.I)
# What a sum is priced per: "per|pro|par|por|je|à la|the <word>", "/<word>", or a word that prices one piece.
_PER = re.compile(r"(?:(?:\bper|\bpro|\bpar|\bpor|\bje|\ba|\ban)\s+(?:(?:single|each|jede[nrs]?|chaque|"
                  r"cada)\s+)?(?P<word>[^\W\d_]{1,20})|/\s?(?P<slash>[^\W\d_]{1,12})|"
                  r"(?P<piece>\beach|\bapiece|\bchacune?|\bcada\s+un[oa]|\bc/u|\bstück|\bthe piece|\bla pièce)\b)", re.I)
# Where the words a sum is priced per end: the clause's end or the next figure.
_CLAUSE_END = re.compile(r"[.;:,()\d]")
# A line led by what its sums are priced per: "- Per booking: $18 domestic, $35 international".
_LEAD_PER = re.compile(r"^\W*(?:per|pro|par|por|je)\s+(?P<word>[^\W\d_]{2,20})\s*:", re.I)
# A count of a thing and the price of one of them after it: "60 Garnituren 155x220 zu 71,00 €", "56 units at $385",
# "70 cartas a 10 €", "7 lames à 2 150 000 FCFA".
_EACH_BEFORE = re.compile(r"(?<![\d.,])\d[\d.,'’ ]*\s*(?:x\s+)?(?P<noun>[^\W\d_]{3,})[^.;:,\n]{0,24}?\s"
                          r"(?:zu|à|at|@|a)\s*$", re.I)
# A column or line that gives the price of one piece: "Prix unitaire", "unit price", "Stückpreis", "precio unitario".
_UNIT_COLUMN = re.compile(r"\b(?:unit (?:price|cost|rate)|price per unit|prix unitaires?|prix à l'unité|"
                          r"st(?:ü|ue)ckpreis\w*|einzelpreis\w*|preis pro st(?:ü|ue)ck|precios? unitarios?|"
                          r"precio por unidad|costo unitario|coste unitario)\b", re.I)


def _stem(word: str) -> str:
    """A noun's first letters, as counts are keyed: "Garnituren" -> "garni"."""
    return word.lower()[:STEM_LETTERS]


def _per_word(word: str) -> str:
    """What one "per" word prices: "time", "piece", "person" or the noun's stem."""
    if _TIME.match(word):
        return "time"
    if _PIECE.match(word):
        return "piece"
    return "person" if _PERSON.match(word) else _stem(word)


def priced_per(quote: str) -> list[str]:
    """What each sum of a sentence is priced per, in order: "time", "piece", "person", a noun's stem, or "" for a
    lump sum ("EUR 21,560 CIF", "R14,900 excl. VAT"); a thing beats a stretch of time ("$29/month each")."""
    out = []
    for m in MONEY.finditer(quote or ""):
        after = _CLAUSE_END.split(quote[m.end():m.end() + PER_REACH], 1)[0]
        pers = [_per_word(p.group("word") or p.group("slash")) if p.group("word") or p.group("slash") else "piece"
                for p in _PER.finditer(after)]
        lead = _LEAD_PER.search(quote[:m.start()].rsplit("\n", 1)[-1])  # "Per booking: $18 domestic, $35 ..."
        each = _EACH_BEFORE.search(quote[max(0, m.start() - PER_REACH):m.start()])  # "60 Garnituren zu 71,00 €"
        pers += [_per_word(lead.group("word"))] if lead else []
        pers += [_stem(each.group("noun"))] if each else []
        things = [p for p in pers if p != "time"]
        out.append(things[0] if things else pers[0] if pers else "")
    return out


def per_unit(key: str, noun: str, priced: Iterable[Item]) -> bool:
    """Whether the rep's priced sentences hold the price of one of the things counted under `key` (`noun` as the
    customer wrote it): per that noun, per piece in a sentence counting it or under a unit-price column, per person
    for people counted; so the new count's price follows from it."""
    person = bool(_PERSON.match(noun))
    for item in priced:
        pers = priced_per(item.quote)
        counts_it = key in {_stem(w) for w in re.findall(r"[^\W\d_]{4,}", item.quote)}
        if any(p == key or p == "person" and person or p == "piece" and counts_it for p in pers):
            return True
        if counts_it and _UNIT_COLUMN.search(item.quote):
            return True
    return False


def only_rates(sources: Iterable[Item]) -> bool:
    """Whether every sum the rep's offer names is priced per some thing, none a lump sum nor a rate over time
    ("booking fee EUR 12 per booking"): a term of time the rep priced no sum on needs no new price."""
    pers = [p for item in sources for p in priced_per(item.quote)]
    return bool(pers) and all(p and p != "time" for p in pers)


def not_priced(key: str, sources: Iterable[Item]) -> bool:
    """Whether the rep's offer prices something else than the count under `key`: its sums are all rates, one of them
    per some thing ("Per booking: $18", "Flat: $1,200 a month"), and no sentence with a rate over time counts it
    ("For your 28 travelers" stands apart)."""
    priced = [(item, priced_per(item.quote)) for item in sources]
    pers = [p for _, found in priced for p in found]
    counted = any("time" in found and key in {_stem(w) for w in re.findall(r"[^\W\d_]{4,}", item.quote)}
                  for item, found in priced)  # "NAD 3,950 per month for the 14 vehicles" runs with the count
    return bool(pers) and all(pers) and any(p != "time" for p in pers) and not counted


def digits(n: str) -> str:
    """A figure without its thousands separators: "10,000" -> "10000"."""
    return re.sub(r"[.,'’ ]", "", n)


def numbers(text: str) -> set[str]:
    """The figures a text names, without separators."""
    return {digits(n) for n in re.findall(r"\d{1,3}(?:[.,'’]\d{3})+|\d+", text or "")}


def answered(change: Item, new: str, items: Iterable[Item], rep: tuple[str, ...]) -> bool:
    """Whether the new value has its figure already: the change names a sum itself, or after it a rep email or call
    note names a sum or the new value (a note's own sum after the change it records too), or the customer names a
    sum beside the new value."""
    if MONEY.search(change.quote):
        return True  # "D'accord pour 7 lames à 2 150 000 FCFA": the customer says the price
    for i in items:
        same = (i.source_kind, i.source_id) == (change.source_kind, change.source_id) and i is not change
        if i.internal or not (i.at > change.at or same and change.direction == "note"):
            continue
        if i.direction in rep and (MONEY.search(i.quote) or new in numbers(i.quote) and not same):
            return True  # "For 36 months: EUR 3,050 per month", "36 months is the same rate"
        if MONEY.search(i.quote) and new in numbers(i.quote):
            return True
    return False
