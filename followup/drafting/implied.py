"""The price a customer's change leaves owed: a count or a term of time the rep priced, changed later ("make it 36
months instead of 48", "can we go down to 16 chargers", "hemos decidido subir a 70 cartas", "statt 5 bitte nur 4
Geräte", "finalement 23 postes") whose new price cannot be read off the sources (followup.drafting.readoff: not
priced per piece, person or booking, no later rep figure): an answer slot for the new price ("[[answer: price for
36 months]]"), never the old price nor nothing; a new count priced per piece leaves its total owed, which no source
may compute: a slot for the total ("[[answer: total for 64 sets]]"). en/de/fr/es."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import IMPLIED, Item, State
from followup.drafting.readoff import answered, digits, not_priced, numbers, only_rates, per_unit, priced_per
from followup.drafting.recount import CHANGE_CUE, INSTEAD_OF, MONEY, NOT_THINGS, STEM_LETTERS, at_same_price
from followup.drafting.words import content

# Implied slots a draft asks, at most: the newest changes first; more would bury the customer's own questions.
MAX_IMPLIED = 2

# A count of a thing, thousands written with a separator ("10,000 sets", "4.500 Pfähle"): the figure and its noun.
_COUNT = re.compile(r"(?<![\w.,'’/:-])(?P<n>\d{1,3}(?:[.,'’ ]\d{3})+|\d{1,5})(?![\d.,'’:/-]?\d)\s*(?:x\s+)?"
                    r"(?P<noun>[^\W\d_]{4,})", re.I)
# The noun after a count's first word, when that word is its adjective ("4 wireless microphones", "2 spare motors").
_THING_AFTER = re.compile(r" (?P<noun>[^\W\d_]{4,})(?=[\s.,;:!?)]|$)")
# A term of time a price runs over ("48 months", "3 Jahre", "24 mois", "36 meses"), by the unit it counts in.
_TERM_UNITS = {"month": r"months?|monate?n?|mois|mes(?:es)?", "year": r"years?|jahre?n?|ans?|années?|años?",
               "week": r"weeks?|wochen?|semaines?|semanas?"}
_TERM = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})[\s-]*(?P<unit>" + "|".join(_TERM_UNITS.values()) + r")\b"
                   # the word naming what runs that long, kept with it: "5 Jahren Laufzeit", "24 mois de contrat"
                   r"(?:\s+(?:Laufzeit|Vertragslaufzeit|term|lease|contract|(?:de\s+)?(?:contrat|location|leasing)|"
                   r"(?:de\s+)?(?:contrato|plazo|arrendamiento)))?", re.I)
_UNIT_KEY = {k: re.compile(rf"^(?:{v})$", re.I) for k, v in _TERM_UNITS.items()}
# A figure that says by how much, not how many in all: "12 months shorter", "2 more chairs", "3 de plus".
_DELTA_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:shorter|longer|more|fewer|less|extra|kürzer|länger|mehr|weniger|"
                          r"de plus|de moins|en plus|en moins|más|menos)\b", re.I)
# ... nor does a cap: "swap up to 10 machines per quarter", "bis zu 5 Geräte", "jusqu'à 8 postes", "hasta 6 equipos".
_DELTA_BEFORE = re.compile(r"\b(?:more|fewer|extra|additional|another|weitere|zusätzliche|autres?|otr[oa]s|up to|"
                           r"at most|bis zu|jusqu['’]à|hasta)\s+$", re.I)
# Words that change a term the rep priced: a verb of raising, cutting or switching, or "instead"/"rather" (with
# followup.drafting.recount's cues: "now", "only", "after all", "doch", "nur", "finalement", "solo", ...).
_CHANGE_VERB = re.compile(
    r"\b(?:make it|go (?:up|down) to|increase|reduce|raise|lower|change|switch|rather|revise|bump|cut|drop to|"
    r"upgrade|downgrade|extend|shorten|need it for|reduzieren|erhöhen|aufstocken|ändern|wechseln|verlängern|"
    r"verkürzen|lieber|stattdessen|pass(?:er|ez|ons) à|augmenter|réduire|monter à|descendre à|changer|prolonger|"
    r"raccourcir|subir a|bajar a|aumentar|reducir|cambiar|pasar a|ampliar|alargar|acortar|en vez de|en lugar de|"
    r"au lieu de)\b", re.I)
# A term set against the offer: "allerdings mit 5 Jahren Laufzeit", "however over 3 years", "mais sur 24 mois".
_CONTRAST = re.compile(r"\b(?:however|but|allerdings|jedoch|aber|mais|cependant|pero|sin embargo)\b", re.I)
# A change only thought of, not made: "on va peut-être monter à 9 000 entailles", "maybe 12 later".
_HEDGE = re.compile(r"\b(?:maybe|perhaps|possibly|might|eventually|vielleicht|eventuell|peut-être|éventuellement|"
                    r"quizás?|tal vez|a lo mejor)\b", re.I)
# The slot's question; the replaced value is not said again, not even there: it is out of force.
_SLOT = {"en": "price for {new}", "de": "Preis {prep} {new}", "fr": "prix pour {new}", "es": "precio de {new}"}
# A count priced per piece: the total the rep gives, never one the draft works out (grounding).
_TOTAL_SLOT = {"en": "total for {new}", "de": "Gesamtpreis für {new}", "fr": "total pour {new}",
               "es": "total para {new}"}
# Letters a per-word and a counted noun share to be the same thing in another form ("Satz", "Sätze").
_SAME_LETTERS = 3
_REP = ("outbound", "note")
_AND = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}


def values(text: str) -> dict[str, dict[str, str]]:
    """The counts and terms of time a text names, by the thing or unit: {"carta": {"70": "70 cartas"}}."""
    out: dict[str, dict[str, str]] = {}
    for m in _TERM.finditer(text or ""):
        if _DELTA_AFTER.match(text, m.end()):
            continue
        key = next(k for k, u in _UNIT_KEY.items() if u.match(m.group("unit")))
        out.setdefault("term:" + key, {})[m.group("n")] = m.group(0)
    money = [(m.start(), m.end()) for m in MONEY.finditer(text or "")]
    for m in _COUNT.finditer(text or ""):
        noun = m.group("noun")
        if any(a <= m.start() < b for a, b in money):
            continue  # "CHF 135 reste valable": a sum, not a count of things
        if NOT_THINGS.match(noun) or _DELTA_AFTER.match(text, m.end()) or _DELTA_BEFORE.search(text[:m.start()]):
            continue
        out.setdefault(noun.lower()[:STEM_LETTERS], {})[digits(m.group("n"))] = m.group(0)
        thing = _THING_AFTER.match(text, m.end())
        if thing and content(thing.group("noun")) and not NOT_THINGS.match(thing.group("noun")) \
                and not thing.group("noun").lower().endswith("ed"):  # "4 units installed": a verb, no thing
            # "4 wireless microphones": counted under the thing too, as "6 microphones" changes it
            out.setdefault(thing.group("noun").lower()[:STEM_LETTERS], {})[digits(m.group("n"))] = \
                m.group(0) + thing.group(0)
    return out


def _changes(quote: str) -> bool:
    """Whether a sentence changes a term rather than mentions one or muses about one ("peut-être d'ici 2 ans")."""
    return not _HEDGE.search(quote) and bool(CHANGE_CUE.search(quote) or _CHANGE_VERB.search(quote)
                                             or _CONTRAST.search(quote) or INSTEAD_OF.search(quote))


def _priced(state: State) -> list[Item]:
    """The sentences of the rep's emails and call notes that name a sum of money anywhere ("Vollwartung: 7.450 € pro
    Jahr." with "Laufzeit jeweils 3 Jahre."), oldest first; a call-note aside is no offer."""
    sources = {(i.source_kind, i.source_id) for i in state.items if i.direction in _REP and MONEY.search(i.quote)}
    return [i for i in state.items if (i.source_kind, i.source_id) in sources and i.direction in _REP
            and not i.internal]


def _offer(key: str, before: Sequence[Item]) -> list[Item]:
    """The priced sentences of the rep's emails and notes before the change that count `key`, with their sources'
    other sentences (a term said apart from the sum it runs with)."""
    sources = {(p.source_kind, p.source_id) for p in before if key in values(p.quote)}
    return [p for p in before if (p.source_kind, p.source_id) in sources]


def _owed(key: str, noun: str, offer: Sequence[Item], before: Sequence[Item]) -> bool:
    """Whether a new value of `key` leaves a figure only the rep can give: a term the offer sums more than rates per
    piece or booking on; a count the offer prices (not per booking beside it) and no sentence prices one of."""
    if key.startswith("term:"):
        return not only_rates(offer)  # "EUR 12 per booking" runs no sum over the term
    return not not_priced(key, offer) and not per_unit(key, noun, before) and not _per_noun(noun, before)


def _replaced(quote: str, olds: set[str]) -> set[str]:
    """The new counts a sentence sets against an old one the offer no longer says ("360 kits, no 320")."""
    return {digits(m.group("new")) for m in INSTEAD_OF.finditer(quote) if digits(m.group("old")) not in olds}


def _per_things(offer: Sequence[Item], key: str) -> bool:
    """Whether every sum of an offer is the price of one thing and one is of the thing counted under `key`, its
    spelling aside ("39,90 € pro Satz" for "64 Sätze"): no lump sum and no rate over time, so a new count leaves only
    its total owed."""
    pers = [p for i in offer for p in priced_per(i.quote)]
    same = [p for p in pers if _folded(p)[:_SAME_LETTERS] == _folded(key)[:_SAME_LETTERS]]
    return bool(same) and all(p and p != "time" for p in pers)


def _folded(word: str) -> str:
    """A word without its accents: "sätze" -> "satze"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _per_noun(noun: str, before: Sequence[Item]) -> bool:
    """Whether a rep's sentence prices one of the customer's counted things by a word shorter than a count's key
    ("$310 per room" for "38 rooms", "20 € par lit" for "30 lits"): the new count's total follows from it."""
    return any(len(p) >= _SAME_LETTERS and p not in ("time", "piece", "person") and noun.lower().startswith(p)
               for i in before for p in priced_per(i.quote))


def _compound(key: str, new: dict[str, str], before: Sequence[Item]) -> str:
    """The key the rep's offer counts the customer's thing under: its own, or that of a compound the offer counts
    whose head the customer's noun is ("42 classrooms" for "38 rooms", "12 Klassenzimmer" for "10 Zimmer")."""
    if _offer(key, before):
        return key
    noun = next(iter(new.values())).split()[-1].lower()
    for p in before:
        for k, said in values(p.quote).items():
            head = next(iter(said.values())).split()[-1].lower()
            if len(noun) >= STEM_LETTERS and head != noun and head.endswith(noun):
                return k
    return key


def implied_changes(state: State) -> list[tuple[Item, list[str], bool]]:
    """The customer's changes of a priced count or term with no figure said for them since: (the change, each new
    value as written, whether only the total is owed: the count is priced per piece), newest first."""
    priced = _priced(state)
    found: list[tuple[Item, list[str]]] = []
    keys: set[str] = set()
    changes = [i for i in state.items if i.direction in ("inbound", "note") and i.status != "superseded"
               and i.kind != "latest" and _changes(i.quote) and not at_same_price(i.quote)]
    for change in sorted(changes, key=lambda i: i.at, reverse=True):
        news: list[str] = []
        before = [p for p in priced if p.at < change.at]
        besides: list[str] = []  # changed values whose price follows, said with an owed one: "3 robots and 18 months"
        totals: list[str] = []  # counts priced per piece: their total is owed all the same
        for key, new in values(change.quote).items():
            if key in keys:
                continue  # a newer change of the same thing stands
            said = _compound(key, new, before)  # "42 classrooms" in the offer, "38 rooms" now: the same rooms
            offer = _offer(said, before)
            olds = {n for p in offer for n in values(p.quote).get(said, {})}
            fresh = [n for n in new if n not in olds]
            # "son 360 kits, no 320": the offer's lines already say the new count (recount.py), its total is owed
            restated = [] if fresh else [n for n in new if n in _replaced(change.quote, olds)]
            if not olds or not (fresh or restated):
                continue  # nothing priced counts it, or the new value was priced already
            keys.add(key)
            if any(answered(change, n, state.items, _REP) for n in fresh or restated):
                continue
            noun = new[(fresh or restated)[0]].split()[-1]
            owed = bool(fresh) and _owed(key, noun, offer, before)
            (news if owed else besides).extend(new[n] for n in fresh)
            if not owed and not key.startswith("term:") and (per_unit(key, noun, before) or _per_noun(noun, before)
                                                                   or _per_things(offer, key)):
                totals.extend(new[n] for n in fresh or restated)
        if news:
            found.append((change, besides + news, False))
        elif totals:
            found.append((change, totals[:1], True))
    return found[:MAX_IMPLIED]


def implied_slots(state: State, questions: Sequence[tuple[str, Item]]) -> list[tuple[str, Item]]:
    """The questions with a slot for each change's new price added; a question of the same email asking the price
    with no figure of its own ("what is the price then?") gives way to it, one naming its figure stands instead."""
    if state.language not in _SLOT:
        return list(questions)
    out = list(questions)
    for change, news, total in implied_changes(state):
        form = (_TOTAL_SLOT if total else _SLOT)[state.language]
        figures = {digits(new.split()[0]) for new in news}
        if any(figures & numbers(q) for q, _ in out):
            continue  # a slot already asks about the new value
        asked_price = [i for _, i in out if (i.source_kind, i.source_id) == (change.source_kind, change.source_id)
                       and _PRICE_ASKED.search(i.quote)]
        if any(re.search(r"\d", i.quote) for i in asked_price):
            continue  # the customer's own price question names its figure ("le prix de CHF 135 reste valable ?")
        if not total:  # a total owed answers no question of theirs: "is the crest included in the price?" stands
            out = [(q, i) for q, i in out if i not in asked_price]
        new = _AND[state.language].join(news)
        # German takes the customer's case: "bei 12 Monaten Laufzeit", "bei 4 Geräten", "für 4 Geräte"
        prep = "bei" if re.search(r"n\b", new.split(None, 1)[-1].split()[0]) else "für"
        asked = form.format(new=new, prep=prep)
        out.append((f"[[answer: {asked}]]", replace(change, kind=IMPLIED)))
    return out


# The customer asks what the changed offer costs or whether its discount holds: "what is the price then?",
# "¿Precio?", "Est-ce qu'on garde quand même le rabais de 5 % ?".
_PRICE_ASKED = re.compile(r"\b(?:price|cost|discount|rebate|how much|preis|kosten|kostet|rabatt|nachlass|wie ?viel|prix|"
                          r"co[uû]te?|tarif|rabais|remise|combien|precio|cuesta|descuento|rebaja|cu[aá]nto)\w*\b[^.!]*\?",
                          re.I)
