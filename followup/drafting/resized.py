"""A rep's line whose one measured quantity the customer's newer email replaces ("the storage room bigger, 4 m2
instead of 2 m2", "6 Stück statt 4 Stück", "3 jours au lieu de 2 jours", "20 m² en vez de 15 m²") is said with the
new quantity: the rest of the offer stays in force, the old quantity is never restated. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.included import _money
from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import content

# Kinds of the rep's lines that carry a quantity of the deal.
RESIZED_KINDS = ("term", "standing", "feature", "constraint")

# "<new> <unit> instead of <old> [<unit>]" in all four languages; the unit is the same on both sides (a figure of
# another thing is no replaced quantity).
_SWAPPED = re.compile(
    r"(?<![\w.,'])(?P<new>\d+(?:[.,]\d+)?)\s?(?P<unit>m²|m³|m2|m3|[^\W\d_]{1,15})\s*,?\s+"
    r"(?:instead of|rather than|not|statt|anstatt|anstelle von|nicht|au lieu de|plutôt que|et non|pas|en vez de|"
    r"en lugar de|y no|no)\s+(?P<old>\d+(?:[.,]\d+)?)(?:\s?(?P=unit))?(?![\w.,]\d)", re.I)


# Words after a figure that name no unit ("5 de marzo", "4 of the", "3 x"): the thing counted is further on.
_NO_UNIT = {"de", "del", "of", "the", "x", "to", "a", "en", "le", "la", "el", "der", "die", "das", "am", "um", "and",
            "und", "et", "y", "or", "oder", "ou", "o", "à", "au", "bis", "al", "for", "für", "pour", "para"}


def _swapped(sentence: str) -> list[tuple[str, str, str]]:
    """(new figure, unit, old figure) of each quantity a sentence replaces."""
    return [(m.group("new"), m.group("unit"), m.group("old")) for m in _SWAPPED.finditer(sentence)
            if m.group("new") != m.group("old") and m.group("unit").lower() not in _NO_UNIT]


def _quantity(figure: str, unit: str) -> re.Pattern:
    """A figure with its unit, and the word after it that names the thing measured ("2 m2 storage")."""
    return re.compile(rf"(?<![\w.,']){re.escape(figure)}(?P<gap>\s?){re.escape(unit)}\b(?=(?P<thing>\s+[^\W\d_]+)?)",
                      re.I)


def _same_thing(m: re.Match, sentence: str) -> bool:
    """Whether the customer names the thing the line's quantity measures ("the storage room bigger"): a bare term
    ("over 48 months") may be what the line's price was for, so a new one is the figure rules' business."""
    thing = content(m.group("thing") or "")
    return bool(thing) and thing <= content(sentence)


def resized(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's open lines with a quantity the customer replaced since said with the new one."""
    said = [(src, text[a:b]) for src in ordered if src.direction == "inbound"
            for text in [cleaned.get((src.kind, src.id), "")] for a, b in split_sentences(text)]
    # a quantity the rep has stated themselves (a revised offer, a note) is the figure rules' business
    rep = " | ".join(cleaned.get((src.kind, src.id), "") for src in ordered if src.direction != "inbound")
    out = []
    for item in items:
        if item.status == "open" and item.direction != "inbound" and item.kind in RESIZED_KINDS:
            for src, sentence in said:
                for new, unit, old in _swapped(sentence) if src.at > item.at else []:
                    was, now = _quantity(old, unit), _quantity(new, unit)
                    # one quantity only: a line with it twice (or already with the new one) is not guessed at
                    found = list(was.finditer(item.quote))
                    if len(found) == 1 and _same_thing(found[0], sentence) and not now.search(item.quote) \
                            and not now.search(rep):
                        def put(m: re.Match, new=new, unit=unit) -> str:
                            return f"{new}{m.group('gap')}{m.group(0)[-len(unit):]}"
                        item = replace(item, quote=was.sub(put, item.quote), text=was.sub(put, item.text))
        out.append(item)
    return out


# The customer saying what value a thing must have, in a newer email: "the LED must be 3000 K", "the racks need to be
# 2.4 m high", "die Tür muss 90 cm breit sein", "la porte doit faire 90 cm", "la puerta debe ser de 90 cm".
_MUST_BE = re.compile(
    r"\b(?:must|should|needs? to|has to|have to|shall|muss|müssen|soll|sollen|sollte|doit|doivent|devra|debe|deben|"
    r"tiene que|tienen que)\s+(?:(?:be|sein|être|faire|mesurer|ser|tener|have|haben)\s+)?(?:(?:at least|about|at|"
    r"de|d'au moins|mindestens|ca\.)\s+)?(?P<new>\d+(?:[.,]\d+)?)\s?(?P<unit>m²|m³|[^\W\d_]{1,6})\b(?!\s*\d)", re.I)
# A clause of the rep's line: its commas and "and"s part the things it lists ("45 cm deep, lockable doors and LED
# strips at 4000 K").
_LISTED = re.compile(r",\s+|;\s+|\s+(?:and|und|et|y)\s+")


def _must_be(sentence: str) -> list[tuple[str, str]]:
    """(new figure, unit) of each value a sentence says a thing must have."""
    return [(m.group("new"), m.group("unit")) for m in _MUST_BE.finditer(sentence)
            if m.group("unit").lower() not in _NO_UNIT and not sentence.rstrip().endswith("?")]


def _without_clause(text: str, was: re.Pattern) -> str:
    """A line without the one listed clause holding a quantity ("... lockable doors and LED strips at 4000 K" ->
    "... lockable doors."); "" when that clause is not found once or nothing with a figure is left."""
    body = text.rstrip(" .")
    cuts = [0, *(x for m in _LISTED.finditer(body) for x in m.span()), len(body)]
    parts = [body[a:b] for a, b in zip(cuts[::2], cuts[1::2])]
    glue = [body[a:b] for a, b in zip(cuts[1:-1:2], cuts[2:-1:2])]
    hits = [n for n, p in enumerate(parts) if was.search(p)]
    if len(hits) != 1 or len(parts) < 2:
        return ""
    kept = [n for n in range(len(parts)) if n != hits[0]]
    left = parts[kept[0]] + "".join((glue[n - 1] if n - 1 != hits[0] else glue[n - 2]) + parts[n] for n in kept[1:])
    return left + "." if re.search(r"\d", left) else ""


def must_be(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's open lines without the clause of a quantity the customer's newer email says the thing must have at
    another value ("LED strips at 4000 K", then "the LED must be 3000 K"): the rest of the line stays, the old value
    is never said again, and whether the new one can be done is the rep's to answer."""
    said = [(src, text[a:b]) for src in ordered if src.direction == "inbound"
            for text in [cleaned.get((src.kind, src.id), "")] for a, b in split_sentences(text)]
    out = []
    for item in items:
        if item.status == "open" and item.direction != "inbound" and item.kind in RESIZED_KINDS:
            for src, sentence in said:
                for new, unit in _must_be(sentence) if src.at > item.at else []:
                    found = [m for m in _QUANTITY.finditer(item.quote) if m.group("unit").lower() == unit.lower()
                             and m.group("figure") != new]
                    if len(found) != 1:
                        continue
                    was = _quantity(found[0].group("figure"), found[0].group("unit"))
                    clause = next((p for p in _LISTED.split(item.quote) if was.search(p)), "")
                    if not (content(clause) - content(unit) - _DIMENSIONS) & content(sentence):
                        continue  # the customer names another thing ("the room must be 6 m" beside "3 m cable")
                    quote = _without_clause(item.quote, was)
                    if quote:
                        text = _without_clause(item.text, was) if was.search(item.text) else item.text
                        item = replace(item, quote=quote, text=text or item.text)
        out.append(item)
    return out


# Words for which way a thing is measured: naming one is not naming the thing ("the door must be 300 cm wide").
_DIMENSIONS = content("wide deep high long tall thick breit tief hoch lang dick large profond haut épais ancho alto "
                      "largo profundo grueso width depth height length")
# A figure and its unit in a line ("4000 K", "2,4 m", "90 cm").
_QUANTITY = re.compile(r"(?<![\w.,'])(?P<figure>\d+(?:[.,]\d+)?)\s?(?P<unit>m²|m³|[^\W\d_]{1,6})\b")


# A size given as two figures ("22 m x 14 m", "22 x 16 m", "6 × 4,5 m").
_FIG = r"\d+(?:[.,]\d+)?"
_SIZE = re.compile(rf"(?<![\w.,])(?P<a>{_FIG})\s?(?:m|cm|mm|ft)?\s?[x×]\s?(?P<b>{_FIG})(?![\w.,]\d)")
# The customer giving a size anew and the figure it replaces: "22 x 16 m, not 14", "6 x 5 m statt 6 x 4 m",
# "22 x 16 m au lieu de 22 x 14", "22 x 16 m y no 14".
_RESIZED = re.compile(
    rf"{_SIZE.pattern}\s?(?:m|cm|mm|ft)?\s*,?\s+(?:instead of|rather than|not|statt|anstatt|nicht|au lieu de|"
    rf"et non|pas|en vez de|en lugar de|y no|no)\s+(?:(?P<c>{_FIG})\s?(?:m|cm|mm|ft)?\s?[x×]\s?)?(?P<d>{_FIG})"
    r"(?![\w.,]\d)", re.I)


def _resizes(sentence: str) -> list[tuple[set[str], set[str]]]:
    """(new figures, old figures) of each size a customer's sentence gives in place of another."""
    out = []
    for m in _RESIZED.finditer(sentence):
        new = {m.group("a"), m.group("b")}
        old = {m.group("c"), m.group("d")} - {None} if m.group("c") else {m.group("d")}
        if old - new:
            out.append((new, old))
    return out


def _old_size(text: str, new: set[str], old: set[str]) -> bool:
    """Whether a text gives the replaced size: its two figures are the old one(s) and the rest of the new."""
    return any({m.group("a"), m.group("b")} != new and old - new <= {m.group("a"), m.group("b")}
               and {m.group("a"), m.group("b")} <= new | old for m in _SIZE.finditer(text))


def resized_prices(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's prices in an email or note that gave a size the customer's newer email replaces ("22 m x 14 m ...:
    EUR 86,400", then "floor 22 x 16 m, not 14"): they were computed on the old size and are no longer in force; the
    new price is the rep's to give. A line giving another size of its own (another product) stays."""
    out = list(items)
    for src in (s for s in ordered if s.direction == "inbound"):
        text = cleaned.get((src.kind, src.id), "") or ""
        for a, b in split_sentences(text):
            for new, old in _resizes(text[a:b]):
                for rep in (s for s in ordered if s.direction != "inbound" and s.at < src.at):
                    if not _old_size(cleaned.get((rep.kind, rep.id), "") or "", new, old):
                        continue
                    for n, item in enumerate(out):
                        if item.status == "open" and (item.source_kind, item.source_id) == (rep.kind, rep.id) \
                                and item.kind not in ("question", "order", "payment") and _money(item.quote) \
                                and all(_old_size(m.group(0), new, old) for m in _SIZE.finditer(item.quote)):
                            out[n] = replace(item, status="superseded", by=f"{src.kind}:{src.id}")
    return out
