"""The lines of a retailer's order said back with their prices: the customer's email orders counts of items the rep
priced ("Polder Farmers: 48 pieces", "400 bath towels", "60 pares Trail", "we take 400 units at 55"), and the draft
confirms each line with its count and the unit price in force from the rep's newest source naming that item
("Thank you for your order: 48 Polder Farmers at EUR 22.50 and 72 Windmill Dash at EUR 14.80.", the lead
in the rep's register from the phrase table). Blind readers
marked "I've noted that you would like to order" and the price email pasted back instead of that confirmation."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import numbers
from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.text.dates import alternation, month_names, month_prefixes

# A sum of money, with the currency signs a retailer's market writes ("MX$ 600", "S/ 189", "R$ 45", "EUR 22.50",
# "11,40 €"); digits only after the first, so "EUR 22.50, 48 pieces" ends at the price.
_MONEY = re.compile(r"(?:\b[A-Z]{1,3}\$|\bS/\.?|[$€£¥]|\b[A-Z]{3}\b)\s?\d(?:[\d,.']*\d)?|"
                    r"\d(?:[\d,.']*\d)?\s?(?:[$€£¥]|\b(?:EUR|USD|GBP|CHF)\b)")

# A word placing an order, in the four languages ("we would like to order", "we take", "wir bestellen", "nous
# commandons", "confirmo el pedido").
_ORDERING = re.compile(r"\b(?:order\w*|approved?|aprobad[ao]|aprobamos|genehmigt|freigegeben|approuvée?|"
                       r"we(?:'ll| will)? take|bestell\w*|(?:wir )?nehmen|command\w*|(?:nous )?prenons|"
                       r"pedido|pedimos|tomamos|nos quedamos con)\b", re.I)

# A count ordered: a number not a day, a year, a price or a size ("155x220"), with up to two unit words and the
# item's name after it ("400 bath towels", "60 pares Trail"), or a name and a colon or dash before it ("Polder
# Farmers: 48 pieces").
_SIZE = r"\d+(?:[.,]\d+)?(?:\"|”|″|cm|mm|x\d+)"  # a size that names the item ("16\"", "155x220")
_AFTER = re.compile(r"(?<![\d.,x/$€£'’-])\b(?P<n>\d{1,5})(?![.,'’]\d)\s+(?P<name>(?:(?:[^\W\d_][\w'-]*|" + _SIZE
                    + r")\s?){1,3})", re.U)
_BEFORE = re.compile(r"(?P<name>(?:[^\W\d_][\w'-]*\s){0,2}[^\W\d_][\w'-]*)(?:\s*:\s*|\s+[–—-]\s+)(?P<n>\d{1,5})\b(?![.,'’]\d)")

# Words that say only how a count is counted, never which item: a line needs another word, or the offer's own.
_UNITS = {"pieces", "piece", "pcs", "pc", "units", "unit", "pairs", "pair", "boxes", "cases", "stück", "stk", "paar",
          "pièces", "pièce", "unités", "paires", "cartons", "piezas", "pieza", "unidades", "unidad", "pares", "par",
          "cajas", "bottles", "flaschen", "bouteilles", "botellas", "packs", "packungen", "paquets", "paquetes",
          "of", "de", "du", "des", "x"}
# Words that join or qualify, never a name ("and", "the", "for"), and words that make a number a day or a span.
_STOP = {"and", "the", "for", "our", "with", "und", "für", "die", "der", "das", "et", "pour", "les", "la", "le",
         "y", "para", "los", "las", "el", "en", "a", "at", "zu", "à", "each", "je", "chaque", "cada"}
_NOT_ITEM = re.compile(r"\b(?:stores?|shops?|days?|weeks?|months?|years?|hours?|filiale\w*|geschäfte?|tage?n?|wochen?|"
                       r"magasins?|boutiques?|jours?|semaines?|mois|tiendas?|días?|semanas?|meses|sucursal\w*|m2|m²|qm|sqm|"
                       rf"{month_prefixes('en', whole=('may',))}|"  # "may" only whole: "maybe" is no month
                       rf"de (?:{alternation(month_names('es', spellings=False))}))\b", re.I)
# A count the customer replaces ("en lugar de 150 bocinas", "instead of 150", "statt 8", "au lieu de 8").
_REPLACED = re.compile(r"\b(?:instead of|rather than|not|statt|anstatt|nicht|au lieu de|plutôt que|pas|en lugar de|"
                       r"en vez de|no)\s*$", re.I)

_AT = {"en": "at", "de": "zu", "fr": "à", "es": "a"}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


def _stems(words: str) -> set[str]:
    """The item words of a phrase, cut to four letters ("towels" meets "towel", "bicis" meets "bici"), and its sizes."""
    return {w.lower()[:4] for w in re.findall(r"[^\W\d_][\w'-]*", words)
            if w.lower() not in _STOP and w.lower() not in _UNITS and len(w) > 2} | set(re.findall(_SIZE, words))


def _label(text: str, start: int) -> str:
    """The words naming what an amount at `start` prices: back to the clause's start or the previous amount."""
    head = text[max(0, start - 60):start]
    head = re.split(r"[;(\n]|[.,](?!\d)|:\s|" + _MONEY.pattern, head)[-1]  # not inside "20,000 mAh"
    head = re.sub(r"\b(?:at|à|a|zu|für|for|is|ist|est|es|price|preis|prix|precio)\s*$", "", head.strip(), flags=re.I)
    # "one passenger helmet per rider at SLE 410": the unit it is counted by ("per rider") is not the item priced
    return re.sub(r"\s+(?:per|pro|je|par|por|for each|für jede[nrs]?|pour chaque|por cada|cada)\s+[^\W\d_][\w'-]*$",
                  "", head.strip(), flags=re.I)


# A price per unit after its amount ("each", "per train set", "/Stk.", "pro Stück", "la pièce", "c/u").
_EACH = re.compile(r"\s*(?:each|per\b|/|pro\b|je\b|la pièce|l'unité|par\b|c/u|cada|por\b|la unidad)", re.I)


def prices(texts: Sequence[str]) -> list[tuple[int, set[str], str, str]]:
    """Each amount the texts name with the text's place and the item words before it, newest text first ("bath towel
    EUR 11.40" -> (0, {"bath", "towe"}, "EUR 11.40", "")), and the unit words it has ("400 units: USD 55"); last the
    count a sum not per unit is for ("For 2 pumps the price is USD 17,556": "2"), the price of that count only."""
    out = []
    for n, text in enumerate(texts):
        for m in _MONEY.finditer(text):
            label = _label(text, m.start())
            stems = _stems(label) | {w.lower()[:5] for w in re.findall(r"[^\W\d_]+", label) if w.lower() in _UNITS
                                     and w.lower() not in _STOP}
            if stems:
                qty = re.search(r"(?<![\d.,])\b(\d{1,5})\s+[^\W\d_]", label)  # "for 2 pumps: USD 17,556", not "6 at EUR 9"
                each = _EACH.match(text, m.end()) or re.search(r"(?:\b(?:at|à|a|zu|je)|@|x)\s*$", text[:m.start()])
                out.append((n, stems, m.group(0).strip(), qty.group(1) if qty and not each else ""))
    return out


def _counts(text: str) -> list[tuple[str, str]]:
    """The counts an order email names with the item each is of, in order: ("48", "Polder Farmers"); the words after
    a count name it unless they are only its unit ("Polder Farmers: 48 pieces")."""
    found: dict[int, tuple[str, str]] = {}
    for m in _AFTER.finditer(text):
        name = re.split(r"\s(?:and|und|et|y|at|à|a|zu|for|für|pour|para|in|im|en)\b", m.group("name"))[0].strip()
        if not name or _NOT_ITEM.search(name) or _REPLACED.search(text[:m.start()]) or _needed(text, m.start()):
            continue
        found[m.start("n")] = (m.group("n"), name)
    for m in _BEFORE.finditer(text):
        if not _NOT_ITEM.search(m.group("name")) and not _stems(found.get(m.start("n"), ("", "x"))[1]) \
                and not _needed(text, m.start()):
            found[m.start("n")] = (m.group("n"), re.sub(r"^(?:and|und|et|y)\s+", "", m.group("name").strip()))
    return [found[k] for k in sorted(found)]


# An order still to come ("before we order", "bevor wir bestellen", "avant de commander", "antes de hacer el pedido").
_NOT_YET = re.compile(r"\b(?:before|until|once|if|bevor|wenn|falls|sobald|avant|si|dès que|antes|cuando|si)\b"
                      r"[^.!?,]{0,25}$", re.I)


def places(text: str) -> bool:
    """Whether an email places or corrects an order: an order word, or a count replaced outside a question ("ce
    n'est pas 20 raquettes Carbon mais 30")."""
    return any(any(not _NOT_YET.search(s[:m.start()]) for m in _ORDERING.finditer(s) if not _asked(s, m.start()))
               or (replaces_count(s) and "?" not in s and "¿" not in s) for s in re.split(r"(?<=[.!?])\s+", text))


def _asked(sentence: str, at: int) -> bool:
    """Whether the order word at `at` stands in a question ("do we take the 12 or the 24?", "¿pedimos 40?"): one
    asked about, not placed."""
    return bool(re.search(r"\?\s*$", sentence)) and not re.search(r"[,;:]\s", sentence[at:])


def replaces_count(text: str) -> bool:
    """Whether the text replaces a count of the offer ("statt 6 City bitte 4 City", "en lugar de 150 bocinas"), not a
    size ("4 m2 instead of 2 m2") nor a need ("Necesitamos 90 habitaciones en lugar de 80")."""
    return any(_REPLACED.search(text[:m.start()]) and not _NOT_ITEM.search(m.group("name"))
               and not _needed(text, m.start()) for m in _AFTER.finditer(text))


# A count the customer needs rather than orders ("we need 90 rooms", "wir brauchen", "nous avons besoin de",
# "necesitamos 90 habitaciones"): a requirement, even in a go-ahead, is not a line of an order.
_NEED = re.compile(r"\b(?:need\w*|require\w*|brauch\w*|benötig\w*|besoin|nécessit\w*|necesit\w*|requer\w*)\b"
                   r"[^.!?\n]*$", re.I)


def _needed(text: str, start: int) -> bool:
    """Whether the count at `start` is stated as a need in its sentence."""
    return bool(_NEED.search(re.split(r"[.!?\n]", text[:start])[-1]))


def _recounted(order: str, offer: str) -> list[tuple[str, str]]:
    """The offer's lines with the counts the order replaces ("statt 6 City bitte 4 City": 8 Trekking-E-Bikes, 4
    City-E-Bikes), and the order's other lines after them."""
    counts, out = _counts(order), []
    for count, name in _counts(offer):
        new = next((c for c in counts if _stems(c[1]) and 2 * len(_stems(c[1]) & _stems(name)) > len(_stems(c[1]))), None)
        out.append((new[0] if new else count, name))
        counts = [c for c in counts if c is not new]
    return out + counts


def order_lines(order: str, priced: Sequence[str], language: str, offer: str = "") -> str:
    """The lines of the order with the unit price in force of each ("48 Polder Farmers at EUR 22.50 and 72 Windmill
    Dash at EUR 14.80"), or "" when the email orders nothing or a line's item has no price in the sources; an order
    that replaces a count of the rep's offer orders the offer's lines with that count."""
    if not places(order):
        return ""
    table = prices(priced)
    lines = []
    for count, name in (_recounted(order, offer) if offer and replaces_count(order) else _counts(order)):
        # "6 prescription masks FJD 570": a sum labelled with the line's own count is its total, not a unit price
        price = _price(name, [(n, s, p) for n, s, p, qty in table if qty == ""])
        if not price:
            continue
        name = re.sub(r"^(?:pieces|pcs|units|Stück)\s+(?:of\s+)?", "", name, flags=re.I) if _stems(name) else name
        lines.append(f"{count} {name} {_AT.get(language, 'at')} {price}")
    if not lines:
        return ""
    return ", ".join(lines[:-1]) + f" {_AND.get(language, 'and')} " + lines[-1] if len(lines) > 1 else lines[0]


def _price(name: str, table: list[tuple[int, set[str], str]]) -> str:
    """The newest price of the item a line names: the one sharing most of its words, more than half of them ("hand
    towels" meets "hand towel", "cascos infantiles" not "bici infantil"); a line named by its unit alone ("400 units")
    takes the newest priced source's one amount when that names the unit too, and none when it names several."""
    stems, sizes = _stems(name), set(re.findall(_SIZE, name))
    if sizes:  # "14 bicis de 20\"": the newest price of that size, whatever else the line calls it
        return next((p for _, s, p in table if sizes & s), "")
    if stems:
        best = max((len(stems & s) for _, s, _ in table), default=0)
        found = [(n, p) for n, s, p in table if 2 * best > len(stems) and len(stems & s) == best]
        # "80 Garnituren" where the newest source prices "Garnituren 135x200" and "Garnituren 155x220": unclear
        return found[0][1] if found and len({p for n, p in found if n == found[0][0]}) == 1 else ""
    units = {w.lower()[:5] for w in name.split() if w.lower() in _UNITS}
    newest = [(s, p) for n, s, p in table if n == table[0][0]] if table else []
    return newest[0][1] if len({p for _, p in newest}) == 1 and units & newest[0][0] else ""


def ordering_email(ordered: Sequence[Source], cleaned: dict) -> Source | None:
    """The customer's newest email after the rep's newest email: the one that may place the order."""
    out = [s for s in ordered if s.direction == "outbound"]
    after = out[-1].at if out else None
    mails = [s for s in ordered if s.direction == "inbound" and (after is None or s.at > after)]
    return next((s for s in reversed(mails) if places(cleaned.get((s.kind, s.id), ""))), None)


def confirmed_order(ordered: Sequence[Source], cleaned: dict, language: str) -> tuple[str, Source | None]:
    """The rep's confirmation of the order the customer's newest email places, each line with its price in force
    from the rep's emails and notes before it (newest first), and that email; ("", None) when there is none."""
    src = ordering_email(ordered, cleaned)
    if src is None:
        return "", None
    priced = [cleaned.get((s.kind, s.id), "") for s in reversed(ordered) if s.direction in ("outbound", "note")
              and s.at < src.at]
    offer = next((cleaned.get((s.kind, s.id), "") for s in reversed(ordered) if s.direction == "outbound"
                  and s.at < src.at), "")
    line = order_lines(cleaned.get((src.kind, src.id), ""), priced, language, offer)
    return (line, src) if line else ("", None)


def _sums(text: str) -> set[str]:
    """The sums of money a text names, as bare figures ("S/ 189" -> "189")."""
    return set().union(*[numbers(m.group(0)) for m in _MONEY.finditer(text)])


def with_lines(items: list, order, ordered: Sequence[Source], cleaned: dict, last: dict, language: str):
    """The items and the order once the customer's newest email orders priced lines: `last["order_lines"]` the rep's
    confirmation, an order item when no acceptance was read, the customer's ordering sentences and the rep's price
    lines it says in full settled (said once, in the confirmation)."""
    line, src = confirmed_order(ordered, cleaned, language)
    last["order_lines"] = line
    if not line:
        return items, order
    by = f"{src.kind}:{src.id}"
    if order is None:
        quote = next((s for s in re.split(r"(?<=[.!?])\s+", cleaned.get((src.kind, src.id), "")) if places(s)), "")
        order = Item(kind="order", text="", quote=quote, source_kind=src.kind, source_id=src.id, at=src.at,
                     direction="inbound")
    said = _sums(line)
    out = []
    for i in items:
        if i.status == "open" and (i.source_kind, i.source_id) == (src.kind, src.id) and "?" not in i.quote \
                and _counts(i.quote) and (_ORDERING.search(i.quote) or replaces_count(i.quote)):
            i = replace(i, status="answered", by=by)  # "We would like to order: ...": the confirmation says it
        elif i.status == "open" and i.direction != "inbound" and i.kind == "term" and i.at < src.at \
                and len(_sums(i.quote)) > 1 and _sums(i.quote) <= said:  # a price list, not "each tank is ..."
            i = replace(i, status="kept", by=by)  # the price email's lines, each said in the confirmation
        out.append(i)
    return out, order
