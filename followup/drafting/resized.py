"""A rep's line whose one measured quantity the customer's newer email replaces ("the storage room bigger, 4 m2
instead of 2 m2", "6 Stück statt 4 Stück", "3 jours au lieu de 2 jours", "20 m² en vez de 15 m²") is said with the
new quantity: the rest of the offer stays in force, the old quantity is never restated. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

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
