"""A count changed later ("9 fontaines et non 10", "subir a 70 cartas", "4 chairs after all", "30 m³ statt 20 m³"):
an offer that still counts the old number of the same thing is out of force, whoever changed it (the customer in a
reply, the rep's note of a call); a price per thing is said with the new count and without the old total; the
customer's own older count is replaced too. en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.memo import memo
from followup.drafting.sentences import Source
from followup.drafting.words import content
from followup.text.dates import alternation, month_names

# Letters of a counted noun compared ("fontaines"/"fontaine", "chairs"/"chair", "Terminals"/"Terminal").
STEM_LETTERS = 5


# A count and the thing counted: "8 fontaines", "150 hampers", "3 x WX-60", "12 Terminals".
_COUNTED = re.compile(r"(?<![\d.,'’/:-])(?P<n>\d{1,5})(?![\d.,'’:/-]\d)\s*(?:x\s+)?(?P<noun>[^\W\d_]{4,})", re.I)


# Month names after a count are a day ("15 mars"); "may" and "mai" are left out, as they always were here.
_MONTH_WORDS = alternation(month_names("en", "de", "fr", "es", spellings=False), without=("may", "mai"))
# Counts of time, measure or money, not of things ordered: "36 months", "7 días", "4 weeks", "25 dB".
NOT_THINGS = re.compile(
    r"^(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|jour|jours|semaine|semaines|mois|"
    r"heure|heures|minutes|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|stunde|stunden|minuten|"
    r"días|dias|semana|semanas|meses|años|anos|horas|minutos|percent|prozent|pour|cent|euro|euros|dollars|pounds|"
    r"francs|pesos|rand|liter|litre|litres|liters|meter|metre|metres|meters|gallon|gallons|pages|page|"
    r"seiten|páginas|palabras|words|mots|wörter|times|fois|veces|mal|units|unit|stück|pièces|uds|unidades|"
    rf"{_MONTH_WORDS}|working|business|laborables|arbeitstage|ouvrés|ouvrables|"
    r"from|with|each|plus|and|und|para|pour|para|sur|bis|till|until|per|pro|par|por)$", re.I)


def counts(text: str) -> dict[str, set[str]]:
    """The things a text counts, by the first letters of their noun: {"fonta": {"8"}}."""
    out: dict[str, set[str]] = {}
    for m in _COUNTED.finditer(text or ""):
        noun = m.group("noun")
        if NOT_THINGS.match(noun):
            continue
        out.setdefault(noun.lower()[:STEM_LETTERS], set()).add(m.group("n"))
    return out


# A figure priced per thing ("39 € par fontaine", "CHF 380 pro Baum", "$240 each"), not per stretch of time.
_PER_THING = re.compile(r"^[^.;:,()\d]{0,16}?\b(?:(?:per|pro|par|por|je|la|le|the)\s+(?!(?:month|mois|monat|mes|year|an|"
                        r"année|jahr|año|quarter|trimestre|quartal|week|semaine|woche|semana|day|jour|tag|día|hour|"
                        r"heure|stunde|hora|visit|visite|einsatz|visita|weekend|wochenende|season|saison|temporada|night|nuit|nacht|"
                        r"noche)\b)[^\W\d_]{3,}|each|chacune?|cada\s+un[oa]|"
                        r"stück|pièce|unidad)\b", re.I)


# An amount of money: a currency beside a figure (as followup.drafting.figures reads it).
_CURRENCY = r"(?:[$€£¥₹₦₱₩₺₪]|\b[A-Z]{3}\b|\b(?:Bs|R|Fr|kr|zł|Kč|Ft|Rs)\.?(?=\s?\d)|(?<=\d)\s?(?:Bs|kr|zł|Kč|Ft)\b)"
# An amount of money: a currency beside a figure.
MONEY = re.compile(rf"{_CURRENCY}\s?\d(?:[\d,.' ]*\d)?|\d(?:[\d,.' ]*\d)?\s?{_CURRENCY}")


# A later count that says how many fewer or more, not how many in all ("4 pianos removed", "2 more chairs").
DELTA = re.compile(r"\b(?:more|fewer|less|extra|additional|another|removed|de baja|menos|más|adicional(?:es)?|"
                   r"otros?|otras?|de plus|en plus|en moins|supplémentaires?|autres?|mehr|weniger|zusätzlich\w*|"
                   r"weitere?n?)\b", re.I)


# A change said to cost the same ("62 fittings at 4000K instead, same price", "zum gleichen Preis", "au même prix",
# "sin coste adicional"): the price in force stands, none is owed.
SAME_PRICE = re.compile(r"\b(?:(?:the )?same price|price (?:stays|unchanged|remains)|no (?:extra|additional) (?:cost|"
                        r"charge)|at no extra|(?:zum )?(?:gleiche[rn]?|selbe[rn]?) Preis|Preis bleibt|ohne Aufpreis|"
                        r"ohne Mehrkosten|(?:au )?même prix|prix inchangé|sans (?:surcoût|supplément)|"
                        r"(?:al )?mismo precio|precio (?:se mantiene|igual)|sin (?:coste|costo|cargo) adicional)\b",
                        re.I)


def count_only(newer: Item, older: Item) -> bool:
    """Whether the customer's newer line only counts something anew and names no sum of money ("we are now 20 people,
    not 22", "wir sind jetzt 12", "nous serons 30", "somos 10 personas, no 8") beside an older priced line that counts
    none of those things: the older line's price is still the offer in force, and the change is the customer's."""
    new = counts(newer.quote)
    return newer.direction == "inbound" and bool(new) and not MONEY.search(newer.quote) \
        and bool(MONEY.search(older.quote)) and not set(new) & set(counts(older.quote))


def at_same_price(text: str) -> bool:
    """Whether a line changes something at the same price and names no sum of its own ("même prix 198 000 €" prices
    its offer anew, which the offer rules read)."""
    return bool(SAME_PRICE.search(text)) and not MONEY.search(text)


def keeps_offer(newer: Item, older: Item) -> bool:
    """Whether a newer line leaves an older priced offer in force: it only counts anew (recount.count_only), or it
    changes the offer at the same price ("62 of them at 4000K instead, same price")."""
    return count_only(newer, older) or at_same_price(newer.quote)


def per_thing(quote: str) -> bool:
    """Whether every sum of money a sentence names is a price per thing, so no total depends on its count."""
    found = list(MONEY.finditer(quote or ""))
    return bool(found) and all(_PER_THING.search(quote[m.end():m.end() + 40]) for m in found)


def _sentences(src: Source, cleaned: dict) -> list[str]:
    """The sentences of a source."""
    return [x for x in re.split(r"(?<=[.!?])\s+", cleaned.get((src.kind, src.id), "")) if x.strip()]


def stated(src: Source, cleaned: dict) -> list[str]:
    """The sentences of a source that state something (a question counts nothing yet)."""
    return [x for x in _sentences(src, cleaned) if not x.rstrip().endswith("?")]


# Words after a count that still name the thing counted ("3 x DryPro 60 drying cabinets", "320 electronic lockers"):
# the run stops at punctuation or at a word that starts what the thing is for or with.
COUNT_WINDOW = 4
_WINDOW_STOP = re.compile(r"^(?:at|for|per|of|with|in|on|to|and|or|the|à|de|du|des|pour|par|avec|et|ou|für|mit|zu|je|"
                          r"und|oder|von|a|con|por|para|y|o|en|del|le|la|les|el|los|las|der|die|das|den)$", re.I)
# A count of things with no name of their own ("120 unit", "40 Stück"): it counts whatever the offer counts.
_GENERIC = re.compile(r"^(?:units?|pieces?|pcs|stück|stk|unités?|pièces?|unidades?|piezas?|uds)$", re.I)


# A count with no name said as the final one, the words after it: "148 in the end", "148 am Ende", "148 al final".
_BARE_CHANGE = re.compile(r"\s+(?:in the end|after all|al final|am ende|en fin de compte)\b", re.I)


@memo
def count_spans(text: str, window: bool) -> tuple[tuple[str, int, int, frozenset[str]], ...]:
    """Each count of a thing in a text: the figure, where it stands, and the stems of the words naming the thing (the
    first word only, or up to COUNT_WINDOW words when window is set); a count of no named thing has the stem "*"."""
    out = []
    named_to = 0  # where the words naming the last count end: a figure inside them is a model's ("DryPro 60")
    for m in re.finditer(r"(?<![\d.,'’/:-])(\d{1,5})(?![\d.,'’:/-]\d)\s*(?:x\s+)?", text or ""):
        run = re.match(r"(?:[^\s,;:.()!?]+\s*){0,%d}" % COUNT_WINDOW, text[m.end():]).group(0)
        if window and m.start() < named_to:
            continue
        if _BARE_CHANGE.match(text, m.end(1)):
            out.append((m.group(1), m.start(1), m.end(1), frozenset({"*"})))  # "(148 in the end, ...)"
            continue
        words = run.split()[:1] if not window else run.split()
        stems: set[str] = set()
        for n, w in enumerate(words):
            w = w.strip("'’\"")
            if n and _WINDOW_STOP.match(w):
                break
            if n == 0 and _GENERIC.match(w):
                stems.add("*")
                break
            if n == 0 and (NOT_THINGS.match(w) or not re.fullmatch(r"[^\W\d_]{4,}", w)):
                if not window or not re.fullmatch(r"[\w-]+", w) or NOT_THINGS.match(w):
                    break
                continue  # a model name ("DryPro") may stand between the count and the thing
            if re.fullmatch(r"[^\W\d_]{4,}", w) and not NOT_THINGS.match(w):
                stems.add(w.lower()[:STEM_LETTERS])
        if stems:
            out.append((m.group(1), m.start(1), m.end(1), frozenset(stems)))
            named_to = m.end() + len(run)
    return tuple(out)


# A figure said to replace another: "150 bikes, not 120", "30 m³ statt 20 m³", "5 puntos en vez de 6", "9 fontaines
# et non 10"; the unit after the old figure, when there is one, is compared.
_NUM = r"\d{1,6}(?:[.,'’ ]\d{3})*(?:[.,]\d+)?"
# A new figure said against the old one it replaces ("150 bikes, not 120", "30 m³ statt 20 m³").
INSTEAD_OF = re.compile(
    rf"(?<![\w.,])(?P<new>{_NUM})\s*(?P<unit>[^\s\d,;:.()!?]{{1,14}})?(?:\s+[^\W\d_]{{2,12}})?\s*,?\s+"
    r"(?:not|and not|instead of|rather than|in place of|statt|anstatt|anstelle von|und nicht|nicht|et non|et pas|"
    r"au lieu de|au lieu des|plutôt que|à la place de|pas|en vez de|en lugar de|y no|no)\s+"
    rf"(?:the\s+|der\s+|die\s+|den\s+|les\s+|los\s+|las\s+)?(?P<old>{_NUM})(?![\d]|[.,]\d)"
    r"(?:\s*(?P<ounit>[^\s\d,;:.()!?]{1,14}))?", re.I)
# A count said anew as a change: "please again 4 chairs", "only 3 now", "doch 12", "finalement 7".
CHANGE_CUE = re.compile(r"\b(?:again|now|instead|only|after all|in the end|finally|actually|start with|begin with|"
                        r"für den anfang|zunächst|pour commencer|d'abord|para empezar|wieder|doch|nur|jetzt|nun|"
                        r"statt|finalement|plutôt|seulement|maintenant|finalmente|solo|sólo|ahora|al final|mejor)\b|"
                         # the count a change comes to: "So 13 machines.", ", donc 9 lames", "así que son 5"
                        r"(?:^|[,;:]\s*)(?:so|donc|du coup|así que|entonces)\s+(?:(?:it'?s|we'?re|that'?s|son|"
                        r"serían|ce sera|ça fait)\s+)?(?=\d)",
                        re.I)


def _term_replaced(item: Item, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether a later customer email or note says a term of time of this item was replaced ("18 months instead of
    12" for "on a 12-month lease")."""
    for src in ordered:
        if src.at > item.at and src.direction in ("inbound", "note"):
            for sentence in stated(src, cleaned):
                for m in INSTEAD_OF.finditer(sentence):
                    unit = m.group("ounit") or m.group("unit") or ""
                    if unit and NOT_THINGS.match(unit) and re.search(
                            rf"(?<![\d.,])({re.escape(m.group('old'))})[\s-]*{re.escape(unit.lower()[:STEM_LETTERS])}",
                            item.quote, re.I):
                        return True
    return False


def _old_spans(quote: str, old: str, unit: str, named: bool) -> list[tuple[int, int]]:
    """Where a quote says the replaced figure of a pair: with its unit ("20 m³", "24 m"); when only the new figure
    has a unit (named is False) and the quote never says the old one with it, as any count of a thing ("5 puntos en
    vez de 6": "6 purificadores")."""
    if unit and NOT_THINGS.match(unit):
        return []  # "36 months instead of 48": a term of time, not what is counted; its price is asked again
    if unit:
        stem = re.escape(unit.lower()[:STEM_LETTERS])
        found = [(m.start(1), m.end(1)) for m in re.finditer(
            rf"(?<![\d.,'’/:-])({re.escape(old)})(?![\d]|[.,]\d)[\s-]*(?:x\s+)?{stem}", quote, re.I)]
        if found or named:
            return found
    return [(a, b) for n, a, b, _ in count_spans(quote, False) if n == old]


def replaced_in(item: Item, ordered: Sequence[Source], cleaned: dict, settled: bool = True
                ) -> tuple[str, str, set[str]]:
    """The newest later customer email or call note that says a figure of this item was replaced by another ("150
    bikes, not 120"), as settled (or, with settled=False, only asked about: "¿Se puede con 5 puntos en vez de 6?"),
    the item's quote with every such replacement made in time order ("8 -> 10", then "9 et non 10") and the figures
    replaced; ("", quote, set()) when none is."""
    by, text, olds = "", item.quote, set()
    for src in ordered:
        if src.at <= item.at or src.direction not in ("inbound", "note"):
            continue
        for sentence in _sentences(src, cleaned):
            if sentence.rstrip().endswith("?") == settled or at_same_price(sentence):
                continue  # a question (or only one, as asked), or a change at the same price: the offer holds
            for m in INSTEAD_OF.finditer(sentence):
                named = bool(m.group("ounit"))
                spans = _old_spans(text, m.group("old"), m.group("ounit") or m.group("unit") or "", named)
                if spans and m.group("new") != m.group("old"):
                    for a, b in reversed(spans):
                        text = text[:a] + m.group("new") + text[b:]
                    by = f"{src.kind}:{src.id}"
                    olds.add(m.group("old"))
    return by, text, olds - _figures(text)


def _about_other_line(sentence: str, item: Item, cleaned: dict) -> bool:
    """Whether a later sentence that counts a thing speaks of another line of the item's own email that names the
    same thing ("skip stain protection ..., so only 56 rooms get it" is the line "Stain protection: optional, $9 per
    room", not "Hot water extraction, 112 guest rooms"): two of its words, not in the item, are that line's."""
    words = content(sentence) - content(item.quote)
    stems = {st for *_, sts in count_spans(sentence, False) for st in sts}
    lines = re.split(r"\n+|(?<=[.!?])\s+", cleaned.get((item.source_kind, item.source_id), ""))
    return any(len(words & content(line)) >= 2 and any(w.lower().startswith(st[:4]) for w in re.findall(r"\w+", line)
                                                       for st in stems)
               for line in lines if line.strip() and line.strip() not in item.quote and item.quote not in line)


# A clause or parenthesis that sums the order: "£12,870 in total", "(Bs 26.100 en total)", "insgesamt 9.100 €".
_TOTAL_WORD = re.compile(r"\b(?:total|totals|in all|altogether|all in|insgesamt|gesamt\w*|summe|en tout|au total|"
                         r"en total|total de)\b", re.I)


def without_totals(quote: str, old: set[str] = frozenset()) -> str:
    """A sentence without the parts that sum its order or count it as first made: a parenthesis or a comma clause
    with a total word and a figure ("(120 trackers: UGX 22,200,000)", ", £12,870 in total"), a parenthesis that says
    a replaced count."""
    def stale(part: str) -> bool:
        """Whether a part sums the order or says a replaced count."""
        return bool(_TOTAL_WORD.search(part) and re.search(r"\d", part)) or (part.lstrip().startswith("(") and any(
            not _PER_THING.search(part[m.end():m.end() + 40]) for m in MONEY.finditer(part))) or any(
            re.search(rf"(?<![\d.,])({re.escape(n)})(?![\d]|[.,]\d)", part) for n in old)

    out = re.sub(r"\s*\([^()]*\)", lambda m: "" if stale(m.group(0)) else m.group(0), quote)
    parts = re.split(r"(,\s+)", out)
    kept = [parts[0]] if parts else []
    for n in range(1, len(parts), 2):
        if not (_TOTAL_WORD.search(parts[n + 1]) and re.search(r"\d", parts[n + 1])):
            kept += [parts[n], parts[n + 1]]
    out = "".join(kept).rstrip(" ,;")
    if quote.rstrip().endswith(".") and not out.endswith("."):
        out += "."
    return out


def recount_said(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The offer said with the newest count ("8 fontaines ..., 39 € par fontaine" -> "9 fontaines ..."), its totals
    for the old count left out, when its prices are per thing and the newest source to count a thing anew gives one
    count in all; the offer as it stands when the count replaced is the size of the thing offered ("un palco de 8
    plazas" for a customer who is 10: the rep offered no box for 10); "" otherwise."""
    by, quote, olds = replaced_in(item, ordered, cleaned)
    subs: dict[tuple[int, int], str] = {}
    mine = count_spans(quote, True)
    for n, a, b, stems in mine:
        if by and n not in _figures(item.quote):
            continue  # a count replaced in so many words is not recounted again
        named = stems | ({"*"} if len(mine) == 1 else set())  # "120 unit" counts the offer's one thing
        where = [x for src in ordered if src.at > item.at for x in stated(src, cleaned)
                 if any(st & named for *_, st in count_spans(x, False)) and not _about_other_line(x, item, cleaned)]
        if not where:
            continue
        theirs = {c for c, _, _, st in count_spans(where[-1], False) if st & named}
        if n in theirs:
            continue  # the newest count is this one
        if len(theirs) != 1 or DELTA.search(where[-1]):
            return ""
        subs[(a, b)] = next(iter(theirs))
        olds.add(n)
    out = quote
    for (a, b), new in sorted(subs.items(), reverse=True):
        out = out[:a] + new + out[b:]
    if out == item.quote or _term_replaced(item, ordered, cleaned):
        return ""  # an order counted anew on another term too is priced again
    out = without_totals(out, olds - _figures(out))
    if any(holds(item.quote, n) for n in olds):
        return item.quote  # the size of what the rep offered: the offer as made, the new count the customer's
    return out if per_thing(out) else ""


# A count that is what one thing holds ("a 12-seat box" is written "a box for 12", "un palco de 8 plazas", "eine Loge
# mit 10 Plätzen", "une loge de 8 places"): the thing's size, which the customer's new head count does not change.
_HOLDS = r"\b(?:a|an|one|ein|eine|einen|un|una|une)\s+[^\W\d_]{3,}\s+(?:for|with|of|mit|für|de|pour|à|para|con)\s+"


def holds(quote: str, figure: str) -> bool:
    """Whether a figure of a sentence is the size of the one thing it offers ("un palco de 8 plazas")."""
    return bool(re.search(_HOLDS + re.escape(figure) + r"(?!\d)", quote, re.I))


# A measure: a figure and its unit ("160 m", "30 m³", "12 kW", "2,5 t").
_MEASURE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(m|m²|m³|m2|m3|km|cm|mm|kg|t|l|kw|kva|a|hp|ps|bar)(?![\w²³])",
                      re.I)
# Words that say a measure is taken back or changed ("can stop at 120 m after all", "doch 30 m", "à nouveau 20 m").
# (not a bare "doch": "Jetzt doch eine Änderung: auf 400 m² ..." adds a part)
_MEASURE_CUE = re.compile(r"\b(?:after all|again|back to|instead|statt|anstatt|doch wieder|wieder|zurück|finalement|"
                          r"plutôt|à nouveau|de nouveau|al final|finalmente|en vez|en lugar|au lieu|de nuevo|otra vez)\b",
                          re.I)


def _measures(text: str) -> set[tuple[str, str]]:
    """The measures of a text as (figure, unit) pairs."""
    return {(m.group(1).replace(",", "."), m.group(2).lower().replace("2", "²").replace("3", "³"))
            for m in _MEASURE.finditer(text or "")}


def measure_taken_back(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The later customer email or note that settles on another value of a measure this item names ("the rig can
    stop at 120 m after all" for "To 160 m the price is R176,500"), "" if none does."""
    mine = _measures(item.quote)
    if not mine:
        return ""
    for src in ordered:
        if src.at <= item.at or src.direction not in ("inbound", "note"):
            continue
        for sentence in stated(src, cleaned):
            if not _MEASURE_CUE.search(sentence):
                continue
            theirs = _measures(sentence)
            units = {u for _, u in theirs}
            if any(u in units for _, u in mine) and not mine & theirs:
                return f"{src.kind}:{src.id}"
    return ""


def _figures(text: str) -> set[str]:
    """The standalone figures of a text."""
    return set(re.findall(r"(?<![\d.,])\d+(?![\d]|[.,]\d)", text))


def recounted(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The source ("message:7") that later counts a thing of this offer anew, or says one of its figures was replaced
    ("150 bikes, not 120"), "" when none does."""
    by = replaced_in(item, ordered, cleaned)[0]
    mine = count_spans(item.quote, True)
    for src in ordered:
        if by and f"{src.kind}:{src.id}" == by:
            return by
        if src.at <= item.at or not mine:
            continue
        # a question counts nothing yet ("can we go up to 40 licences later?")
        told = [x for x in stated(src, cleaned) if count_spans(x, False) and not at_same_price(x)]
        said = " ".join(x for x in told if not _about_other_line(x, item, cleaned)) if told else ""
        # a later count of the same thing that never says this one ("10 cases: 6 here, 4 there" agrees with 10)
        for n, _, _, stems in mine:
            # a count of no named thing ("120 unit") counts the offer's thing only when the offer counts one
            theirs = {c for c, _, _, st in count_spans(said, False) if st & stems or (st == {"*"} and len(mine) == 1)}
            if theirs and n not in theirs:
                return f"{src.kind}:{src.id}"
    return by


def counted_anew(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """For the customer's own count ("only 3 chairs"): the later email or note that says another count of the same
    thing as a change ("please again 4 chairs") or says the figure was replaced ("30 m³ statt 20 m³"); "" if none."""
    by = replaced_in(item, ordered, cleaned)[0]
    if by:
        return by
    mine = count_spans(item.quote, True)
    for src in ordered:
        if src.at <= item.at or src.direction not in ("inbound", "note") or not mine:
            continue
        for sentence in stated(src, cleaned):
            if not CHANGE_CUE.search(sentence) or DELTA.search(sentence):
                continue
            theirs = count_spans(sentence, False)
            if any(st & stems and c != n for n, _, _, stems in mine for c, _, _, st in theirs) and not any(
                    c == n for n, *_ in mine for c, *_ in theirs):
                return f"{src.kind}:{src.id}"
    return ""
