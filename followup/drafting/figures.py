"""Which figures are in force: a later revision, a later count of the same thing or the rep's new figure replaces
the older one; a customer's objection to a replaced figure goes with it."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Sequence

from followup.drafting.days import DATE_RE
from followup.drafting.items import Item
from followup.drafting.memo import memo
from followup.drafting.recount import INSTEAD_OF, at_same_price
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import ANY_MONTH, MONTH3, MONTH_DAY_WORDS, STOP, content
from followup.text.dates import alternation, month_prefixes

# A figure with its currency (before or after) and what it is counted per: "$289/mo", "3 450 € HT/mois".
CURRENCY_CODES = ("usd eur chf gbp jpy mxn cop ars clp pen cad aud nzd zar ngn kes inr brl sek nok dkk pln czk huf "
                  "sgd hkd cny aed sar egp ils thb php idr myr ron "
                  # the rest of the world's ISO codes that are no English, French, German or Spanish word
                  # ("all", "try", "mad", "bob", "gel", "top", "cup" and "mop" are, and stay out)
                  "ttd jmd xcd bbd bsd kyd bzd fjd pgk wst npr lkr pkr bdt vnd khr mnt kzt uzs mwk sle zmw ugx tzs "
                  "rwf etb ghs xof xaf tnd dzd mur scr mga dop gtq hnl nio crc pab pyg uyu twd krw isk rsd bgn "
                  "kwd bhd omr qar jod mvr nad bwp aoa mzn htg vuv xpf djf gmd lak").split()
# Currencies written as a dotted abbreviation before the figure: Paraguay's "Gs. 28.900", "Rs. 4,500", "Bs. 120".
DOTTED_CURRENCIES = ("gs", "rs", "bs")
# A currency: a sign, an ISO code, a dotted abbreviation, or South Africa's "R" written against the figure ("R176,500").
_CURRENCY = (rf"(?:[$€£¥%]|\b(?:{'|'.join(CURRENCY_CODES)})\b|\b(?:{'|'.join(DOTTED_CURRENCIES)})\.(?=\s?\d)|"
             r"\bR(?=\d))")


_PRICED = re.compile(
    rf"(?P<pre>{_CURRENCY})?\s?(?P<num>\d[\d,.' \u202f]*\d|\d)\s?(?P<post>{_CURRENCY})?"
    r"(?:\s*(?:ht|ttc|net|netto|brutto|excl\.?|incl\.?|\+\s?vat|\+\s?iva|\+\s?mwst))?"
    r"(?P<per>\s*(?:/|per |pro |par |por |al |a la |each|x\b|/\s?)\s*[^\W\d_]+)?", re.I)


# A figure written as replacing another: an arrow, "instead", "now", "revised" in any of the four languages.
REVISED_FIGURE = re.compile(
    r"->|→|=>|\b(?:instead|now|revised|updated|new price|lowered|reduced|approved|offered|vs\.?|quoted|angeboten|proposé|"
    r"ofrecido|ofrecí|ok (?:pour|für|for|sur|con|at|on)|re-?quoted|requote|statt|anstatt|jetzt|neu|"
    r"au lieu|désormais|maintenant|révisé|nouveau|en (?:vez|lugar)|ahora|nuevo|nueva|rebajado|"
    # "so total becomes EGP 484,000", "le total devient", "queda en"
    r"becomes|new total|devient|queda en)\b", re.I)


_PEOPLE = (r"(?:people|persons|guests|attendees|pax|participants|personnes|invités|personen|gäste|teilnehmer(?:innen)?|"
           r"personas|invitados|asistentes|mitarbeitende|employees|staff)")


# A head count: "about 60 people", "headcount is now 75", "80 personnes"; a newer count replaces the older one.
_HEADCOUNT = re.compile(rf"\b(?P<n1>\d{{1,5}})\s+{_PEOPLE}\b|\b(?:headcount|attendance|"
                        rf"{_PEOPLE})\b\D{{0,14}}?\b(?P<n2>\d{{1,5}})\b(?!\s*[%$€£/]|[:.,]\d)",
                       re.I)


# How far apart two figures may be and still be one price revised (a quarter to four times).
REVISION_RATIO = 4


# A bare figure in a sentence that says it revises something replaces a priced one this close (465 for 489).
CLOSE_RATIO = 1.5


def corrects(sentence: str, values: set[str]) -> bool:
    """Whether a correction may revise a line holding these figures: it names no old figure it replaces, or one of
    them ("20 people, not 22" revises "22 people", not "the yacht takes 24 guests")."""
    old = {re.sub(r"\D", "", m.group("old")) for m in INSTEAD_OF.finditer(sentence)}
    return not old or bool(old & values)


def close_revision(revised: list[tuple[datetime, str, set[str], str]], at: datetime, mine: set) -> str:
    """The source of the first sentence after a moment that revises a figure of a line to a close one ("forfait 489 ->
    465", "OK sur 3 450") and names no other old figure it replaces; "" when none does."""
    return closely_revised(revised, at, mine)[0]


def closely_revised(revised: list[tuple[datetime, str, set[str], str]], at: datetime, mine: set) -> tuple[str, set]:
    """The source of the first sentence after a moment that revises a figure of a line to a close one, with the
    figures of the line it revises ("USD 0,21" of "cajas a USD 0,21 y etiquetas a USD 0,048"); ("", set()) if none."""
    values = {v for *_, v in mine}
    for when, where, nums, said in revised:
        if when > at and corrects(said, values):
            hit = {v for v in values for o in nums if o not in values and v != o and comparable({v}, {o}, CLOSE_RATIO)}
            if hit:
                return where, hit
    return "", set()


# A day of a month in any of the four languages ("September 15", "15 Sept", "15. September", "le 15 septembre", "15 de
# septiembre", "12.10.") and an hour of the day ("2 pm", "14:30", "14 h", "14 Uhr"): figures a revision of a price
# may name beside it, never the price.
_MONTHS = alternation(ANY_MONTH | MONTH3 | {"sept"})
_MONTH_DAY = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]\d)|"
                        rf"\b\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{_MONTHS})\b|"
                        r"\b(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2,4})?", re.I)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\b\.?|h\b|uhr\b)|\b(?:[01]?\d|2[0-3]):\d{2}\b", re.I)


def revised_numbers(ordered: Sequence[Source], cleaned: dict) -> list[tuple[datetime, str, set[str], str]]:
    """Per sentence that revises something (an arrow, "instead", "now", "approved"): its time, source, figures and
    the sentence itself."""
    out = []
    for src in ordered:
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            sentence = text[a:b]
            if REVISED_FIGURE.search(sentence):
                # (as amounts: "EUR 30,62/Std." is close to a price of "EUR 31,90", compared by their sizes; a day
                # or an hour is no amount: "October 2 instead of September 15" revises no "$16.50 per pallet")
                bare = _CLOCK.sub(" ", _MONTH_DAY.sub(" ", sentence))
                nums = {Amount(n) for n in re.findall(r"\d[\d.,'’ \u202f]*\d|\d", bare)}
                out.append((src.at, f"{src.kind}:{src.id}", {n for n in nums if len(n) >= 2}, sentence))
    return out


def comparable(values: set[str], others: set[str], ratio: float = REVISION_RATIO) -> bool:
    """Whether some figure of one set is within ratio of some figure of the other (a price by its size: "654,55 €" is
    close to "689 €", "USD 0,225" to "USD 0,21")."""
    return any(0 < _value(a) <= _value(b) * ratio and 0 < _value(b) <= _value(a) * ratio
               for a in values for b in others if a.isdigit() and b.isdigit() and len(a) < 12 and len(b) < 12)


def _value(figure: str) -> float:
    """A figure's value: a price's size, or its digits read whole."""
    return getattr(figure, "size", None) or int(figure)


# The customer turning something down, in four languages.
DECLINED = re.compile(r"\b(?:(?:we )?(?:don'?t|do not|won'?t) need|no need for|not needed|we'?ll pass|no thanks|"
                      r"brauchen wir nicht|benötigen wir nicht|nicht nötig|verzichten|"
                      r"pas besoin|n'avons pas besoin|on n'en a pas besoin|nous passons|"
                      r"no (?:lo |la |los |las )?necesitamos|no hace falta|no nos interesa|"
                       # a part taken out of the order ("dejar fuera el salón de spinning", "leave out the rig")
                      r"leave out|leaving out|left out|weglassen|lassen \w+ weg|laisser de côté|on laisse de côté|"
                      r"dejar fuera|dejamos fuera|dejar por fuera)\b", re.I)


# Words every price carries: sharing them says nothing about two figures being the same thing.
PRICE_WORDS = {"vat", "month", "monthly", "per", "price", "cost", "total", "mois", "monat", "mes", "prix", "preis",
               "precio", "iva", "mwst", "incl", "excl", "year", "jahr", "año", "each", "plus", "mensual", "mensuel",
               "monatlich", "annual", "yearly", "jährlich", "anual", "annuel", "netto", "brutto", "person", "personne",
               "euro", "euros"} | set(CURRENCY_CODES)


# A day or date named in a sentence, in any of the four languages.
DAY_MENTION = re.compile(
    # German ordinal dates as well: "Do 14. Okt.", "am 12.10."
    rf"{DATE_RE.pattern}|\b\d{{1,2}}\.\s?(?:{month_prefixes('de', tail='[a-zä]*')})\b|"
    rf"\b\d{{1,2}}\.\d{{1,2}}\.|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b", re.I)


# A sentence moving something to another day.
RESCHEDULE = re.compile(r"\b(?:moved?|moving|push(?:ed)?|reschedul\w*|postpone\w*|instead|verschoben|verschieben|"
                        r"verlegt|statt|reporté|reporter|décalé|décaler|déplacé|au lieu|cambiado|cambiar|movido|"
                        r"mover|aplazado|aplazar|en lugar|en vez|"
                         # "Final date Tue 19 October", "neuer Termin", "nouvelle date", "fecha definitiva"
                        r"(?:final|new) date|neue[rs]? (?:termin|datum)|nouvelle date|date définitive|"
                        r"nueva fecha|fecha definitiva)\b", re.I)


# Words of when a thing happens ("next week", "semana"): shared, they tell no one point from another.
DAY_WORDS = {"next", "week", "day", "morning", "afternoon", "nächste", "semaine", "semana", "prochain", "próximo"}


def moved_days(ordered: Sequence[Source], cleaned: dict) -> list[tuple[datetime, str, set[str]]]:
    """Per sentence that moves something to another day: its time, source and content words."""
    out = []
    for src in ordered:
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            sentence = text[a:b]
            if RESCHEDULE.search(sentence) and DAY_MENTION.search(sentence):
                out.append((src.at, f"{src.kind}:{src.id}", content(DAY_MENTION.sub(" ", sentence))))
    return out


class Amount(str):
    """A price's figure as its digits ("654,55" -> "65455"), so every rule compares it as before, with its size
    beside ("654.55"), so an order of magnitude is judged on the value and not on the cents' digits."""

    size: float

    def __new__(cls, written: str) -> "Amount":
        out = super().__new__(cls, re.sub(r"[^\d]", "", written))
        out.size = _size(written)
        return out


# A decimal part of a price: a last comma or dot followed by one or two digits ("654,55", "$3.10", "0,225" after a 0).
_DECIMALS = re.compile(r"[.,](\d{1,2})$|^0[.,](\d+)$")


def _size(written: str) -> float:
    """The value of a written figure: its decimals read as decimals, any other separator as a thousands mark."""
    written = re.sub(r"[\s\u202f'’]", "", written)
    m = _DECIMALS.search(written)
    whole = written[:m.start()] if m else written
    digits = re.sub(r"\D", "", whole) or "0"
    return float(f"{digits}.{m.group(1) or m.group(2)}") if m else float(digits)


@memo
def priced_amounts(text: str) -> set[tuple[str, str, str]]:
    """The amounts of a text as (currency, per-unit, value): only figures written with a currency."""
    out = set()
    for m in _PRICED.finditer(text or ""):
        cur = (m.group("pre") or m.group("post") or "").lower()
        if not cur:
            continue
        per = re.sub(r"^(?:/|per|pro|par|por|al|a la)\s*", "", (m.group("per") or "").strip().lower())
        per = {"mo": "month", "mth": "month", "monat": "month", "mois": "month", "mes": "month", "yr": "year",
               "jahr": "year", "an": "year", "año": "year"}.get(per, per)
        out.add((cur, per, Amount(m.group("num"))))
    for m in _HEADCOUNT.finditer(text or ""):
        out.add(("people", "", m.group("n1") or m.group("n2")))
    return out


# A question about price, rate or discount: a later rep email or note that states a price answers it.
PRICE_QUESTION = re.compile(r"\b(?:cost|costs|price|pricing|rate|how much|discount|cheaper|kosten|kostet|preis|"
                            r"fee|fees|commission|provision|gebühr|honoraires|commission|tarifa|cuota|comisión|"
                            r"stundensatz|satz|rabatt|günstiger\w*|billiger\w*|noch was|combien coûte|"
                            r"combien ça coûte|prix|tarif|"
                            r"coût|coûte|coûterai(?:t|ent)|coûteront|quel prix|remise|moins cher|"
                            r"cuánto cuesta|cuánto costaría|cuánto sería|cu[aá]nto (?:baj|sub|sal|val)\w*|precio|cuesta|"
                            r"costaría|(?<=¿)cu[aá]nto\b(?!\s+tiempo)|"
                            r"descuento|más barato|"
                             # asking for a quote: "¿Nos puede cotizar?", "un devis ?", "ein Angebot?", "a quote?"
                            r"cotizar|cotizarnos|cotización|presupuestar|devis|angebot|quote|quotation|"
                             # an offer to be made, not a document to be sent: "nous faire une proposition", "eine
                             # Offerte für eine Reinigung machen", "hacernos una propuesta", "make us an offer"
                            r"faire (?:une |votre )?proposition|offerte\b[^?.]{0,40}\b(?:machen|erstellen)|"
                            r"hacer\w* (?:una |su )?(?:propuesta|oferta)|make (?:us |me )?(?:a |an )?(?:proposal|offer)\b|"
                             # asking for the figures anew: "can you redo the numbers?", "neu kalkulieren?"
                            r"re-?do the (?:numbers|figures|maths?|sums|quote|costing)|re-?quote|re-?calculate|"
                            r"re-?work the (?:numbers|figures|quote|price)|revised (?:quote|price|figures)|"
                            r"update[d]? (?:the |your )?(?:quote|figures|numbers|price)|new (?:quote|figures|numbers)|"
                            r"neu (?:berechnen|kalkulieren|rechnen)|recalcul\w*|refaire (?:le|les) (?:calculs?|chiffres|devis)|"
                            r"recalcular|rehacer (?:los números|el presupuesto|las cuentas)|"
                             # asking for room on the price: "any flexibility?", "faire un effort ?", "Spielraum?"
                            r"flexibility|flexible on (?:the )?(?:price|rate|fee)|any room|spielraum|entgegenkommen|"
                            r"faire un (?:petit )?effort|geste commercial|margen|rebaja|mejorar (?:el|la) (?:precio|oferta))\b",
                            re.I)


# (any ISO code in upper case next to a figure states a price too: "COP 9.600.000", "148 000 MUR")
STATED_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥%]|\b(?:usd|eur|chf|gbp|euros?)\b|"
                          r"\b(?-i:[A-Z]{3})\s?\d|\d\s?(?-i:[A-Z]{3})\b", re.I)


# A house or item number: "no. 16", "Nr. 4", "#12", "14 Albion Road", "Leopoldstraße 88", "12 rue Gambetta",
# "calle Ayala 41".
_HOUSE_NUMBER = re.compile(
    r"\b(?:no|nr|n°|nº|núm|num)\.?\s*\d+\b|#\d+\b"
    r"|\b\d+\s+[A-Z][a-z]+\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Place|Square)\b"
    r"|\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|platz|gasse|allee|ring)\s+\d+\b"
    r"|\b\d+,?\s+(?:rue|avenue|boulevard|bd|place|chemin)\b|\b(?:calle|avenida|av\.|plaza|paseo)\s+[A-ZÁÉÍÓÚ]\w+\s+\d+\b",
    re.I)


def _numbers(text: str) -> set[str]:
    """The figures of a text as digit strings (two digits or more), dates written with dots left out."""
    text = re.sub(r"\b(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2,4})?", " ", text or "")
    text = _HOUSE_NUMBER.sub(" ", text)  # "no. 16", "14 Albion Road": an address, not a figure that can be revised
    return {n for n in (re.sub(r"\D", "", x) for x in re.findall(r"\d[\d.,'’\u202f]*\d|\d", text)) if len(n) >= 2}


def _counted(text: str) -> set[tuple[str, str]]:
    """Counts of things in a text ("12 posts" -> ("12", "posts")), units of three letters or more, no currency."""
    return {(m.group(1), m.group(2).lower()) for m in re.finditer(r"(?<![\d.,$€£])(\d{1,4})\s+([^\W\d_]{3,})\b",
                                                                   text or "")
            if m.group(2).lower() not in STOP and m.group(2).lower() not in ANY_MONTH
            and m.group(2).lower() not in PRICE_WORDS}


def restated_later(item: Item, items: Sequence[Item]) -> Item | None:
    """A later rep email or note giving another value close to one of this item's figures on the same thing
    ("coefficient 1,95" then "coefficient de 1,88"), or, for the customer's reply to a rep figure ("1,95 is too
    high"), the rep's later figure that replaced it."""
    if item.kind == "question" or item.status != "open":
        return None
    # "12 of them at 4000K instead, same price": a part of the offer changed, the offer stays in force
    items = [o for o in items if not at_same_price(o.quote)]
    counted = _counted(item.quote)
    if counted and item.direction in ("outbound", "note"):
        # "12 posts a month" then "with 8 posts a month": the same thing counted again
        for other in items:
            if other.at > item.at and other.direction in ("outbound", "note") and not other.internal and any(
                    unit == u and n != m and n not in re.findall(r"(?<![\d.,])\d+(?![\d.,]\d)", other.quote)
                    for n, unit in counted for m, u in _counted(other.quote)):
                return other
    mine = _numbers(item.quote)
    if not mine:
        return None
    if item.direction == "inbound":
        mine = {v for v in mine if any(v in _numbers(o.quote) for o in items
                                       if o.direction == "outbound" and o.at < item.at)}
        if not mine:
            return None
    for other in items:
        if other.at <= item.at or other.direction not in ("outbound", "note") or other.internal or \
                other.kind == "question":
            continue
        theirs = _numbers(other.quote) - mine
        if not any(comparable({v}, {w}, CLOSE_RATIO) for v in mine for w in theirs):
            continue
        if item.direction == "inbound" or (content(item.quote) & content(other.quote)) - PRICE_WORDS - \
                {w[:3] for w in MONTH_DAY_WORDS}:
            return other
    return None


# An amount of money: a currency beside a figure ("NGN 36,800", "€8,870", "12,50 €").
AMOUNT = re.compile(r"(?:[$€£¥]|\b[A-Z]{3}\b)\s?\d(?:[\d,.' ]*\d)?|\d(?:[\d,.' ]*\d)?\s?(?:[$€£¥]|\b[A-Z]{3}\b)")


@memo
def amounts(text: str) -> set[str]:
    """The sums of money a text names, as bare figures ("NGN 36,800" -> "36800")."""
    return set().union(*[numbers(m.group(0)) for m in AMOUNT.finditer(text)])


def numbers(text: str) -> set[str]:
    """Every number in a text, one digit or more, without thousands separators ("NGN 36,800 on Dec 7" -> 36800, 7)."""
    return set(re.findall(r"\d+", re.sub(r"(?<=\d)[,.' ](?=\d{3}\b)", "", text)))


def restated_or_replaced(term: Item, lines: Sequence[Item]) -> bool:
    """Whether the rep's own lines in force already say a term: every number of it again ("told him we carry £10m
    cover" beside "We carry £10m cover"), or, from a later line, the same thing with a figure changed ("falconer 5
    days/wk 07:00-12:00" once "6 days a week, 07:00 to 12:00" was offered)."""
    mine = numbers(term.quote)
    if not mine:
        return False
    for line in lines:
        theirs = numbers(line.quote)
        if amounts(term.quote) and mine <= theirs:
            return True
        if term.direction == "note" and not amounts(term.quote) and line.at > term.at and amounts(line.quote) \
                and len(mine & theirs) >= REPLACED_SHARED and mine - theirs:
            return True  # a call's shorthand proposal, offered again in writing with a figure changed
    return False


# Numbers a later line of the rep's must share with an older term to be the same offer with a figure changed.
REPLACED_SHARED = 2


# What a clause says was replaced ("18 % au lieu de 20", "5,90 € statt 6,50"): the old value is never restated.
# (a currency code before the value and a sum of values are part of it: "instead of BBD 48,200 + BBD 9,800")
_VALUE = (r"(?:(?-i:[A-Z]{3})\s?(?=\d)|[$€£]\s?)?[^\s,;.)]+(?:[,.'’]\d+)*(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[,.]\d{1,2})?"
          r"(?:\s?(?:€|\$|£|%|HT|TTC|MAD|F?CFA|" + "|".join(CURRENCY_CODES) + r")(?!\w))*")
# An old figure said to be replaced, in brackets or after the new one ("instead of EUR 4,200", "au lieu de 12 %").
REPLACED = re.compile(r"\s*\(?\b(?:instead of|rather than|statt|anstatt|anstelle von|au lieu de|au lieu d'|plutôt que|"
                      r"en lugar de|en vez de)\s+(?:(?:on|the|en|le|la|el|am|dem)\s+)?" + _VALUE +
                      r"(?:\s?\+\s?(?=[$€£\d]|(?-i:[A-Z]{3})\s?\d)" + _VALUE + r")*\)?", re.I)

# A bracketed aside naming the value a figure replaced ("(was NZD 7,800 for three passenger lifts)", "(bisher 6.950 €)",
# "(auparavant 1 200 €)", "(anteriormente USD 900)"): the older figure is out of force, so the aside goes whole.
FORMERLY = re.compile(r"\s*\((?:was|were|previously|formerly|down from|up from|vorher|bisher|zuvor|früher|"
                      r"auparavant|précédemment|anciennement|anteriormente|antes era|antes eran)\b[^()]*\d[^()]*\)", re.I)


# Where a line's clause ends and the next begins: "and" before the next figure ("30.000 cajas a USD 0,21 y 30.000
# etiquetas a USD 0,048", "6 Stück à 40 € und 2 Stück à 55 €"), and in a note's shorthand a comma or semicolon too.
_AND_FIGURE = rf"\s+(?:and|y|e|und|et|plus)\s+(?=\d|{_CURRENCY}\s?\d)"
_CLAUSE_BREAK = re.compile(_AND_FIGURE, re.I)
_NOTE_CLAUSE_BREAK = re.compile(rf"[,;]\s+|{_AND_FIGURE}", re.I)


def without_amount(quote: str, values: set[str], note: bool = True) -> str:
    """A line without its clauses that state a replaced amount, when what is left still says an amount or a day
    ("Advance payment: 4% off, transfer by 12 May", "Cotización: 30.000 etiquetas a USD 0,048, más IVA"); "" when only
    a count of what the old amount priced would be left ("6 fourgons"), or nothing is taken out. In an email's
    sentence commas list one thing's parts or work a total out of the old price ("at KES 185 per m², ... so about KES
    11,100,000"): only things priced one after the other part there."""
    text = quote.rstrip(" .")
    lead = re.match(r"[^:\d]{1,40}:\s+", text)  # "Cotización: " stays before whatever clause is kept first
    head = lead.group(0) if lead else ""
    breaks_at = _NOTE_CLAUSE_BREAK if note else _CLAUSE_BREAK
    cuts = [0, *(x for m in breaks_at.finditer(text, len(head)) for x in m.span()), len(text)]
    parts = [text[max(a, len(head)):b] for a, b in zip(cuts[::2], cuts[1::2])]
    breaks = [text[a:b] for a, b in zip(cuts[1:-1:2], cuts[2:-1:2])]
    gone = [any(v == value for *_, v in priced_amounts(p) for value in values) for p in parts]
    kept = [n for n, g in enumerate(gone) if not g]
    left = " ".join(parts[n] for n in kept)
    if not any(gone) or not kept or not (priced_amounts(left) or DAY_MENTION.search(left)):
        return ""
    said = parts[kept[0]] + "".join(breaks[n - 1] + parts[n] for n in kept[1:])
    return head + said + "."


def takes_offer(item, other, theirs: set, cleaned: dict) -> bool:
    """Whether a later sentence only names figures of the item's own email ("Nos quedamos con el esquema combinado,
    USD 1.990 al mes" after the offer's "aéreo 600 kg a USD 1,95 ... Total aproximado USD 1.990"): the customer taking
    that offer, or its total said again, revises none of its lines."""
    if other.at <= item.at or item.direction != "outbound":
        return False
    offer = {v for *_, v in priced_amounts(cleaned.get((item.source_kind, item.source_id), ""))}
    return bool(theirs) and {v for *_, v in theirs} <= offer
