"""A point that lists its days in brackets ("4 medias páginas (domingos 3, 10, 17 y 24 de septiembre) ... 4.500 €",
"domingos de septiembre (3, 10, 17, 24)") one of which a newer customer sentence declines or asks to move ("el domingo
3 de septiembre cerramos por inventario, ¿se puede pasar ...?", "Sunday 3 September doesn't work, can we move it to
...?"): what it books and its price stay in force, its list of days no longer does, so it is said without it; a
priced clause whose day another source moved keeps its price without that day (without_days). en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import DAY_MENTION, priced_amounts
from followup.drafting.items import Item
from followup.drafting.past import named_days
from followup.drafting.redated import DECLINE, said_in_order
from followup.drafting.sentences import Source
from followup.text.dates import MONTHS, alternation

_MONTH_WORDS = alternation(MONTHS)
# A bracket of two days of the month or more, its month inside it or just before it: "(domingos 3, 10, 17 y 24 de
# septiembre)", "domingos de septiembre (3, 10, 17, 24)", "(3., 10. und 17. Juli)", "(Sundays 3, 10 and 17 Sept)".
_LIST = re.compile(r"\s*\((?P<inner>[^()\d]{0,20}\d{1,2}(?:\.|er|st|nd|rd|th)?(?:\s*(?:,|y|and|und|et|&)\s*"
                   r"\d{1,2}(?:\.|er|st|nd|rd|th)?)+[^()\d]{0,20})\)", re.I)
_MONTH = re.compile(rf"\b(?:{_MONTH_WORDS})\b", re.I)
# How far before a bracket its month may be named ("domingos de septiembre (3, 10, ...)").
MONTH_BEFORE = 30

# Words that ask to move a day: "¿se puede pasar ... al domingo 1 de octubre?", "can we move it to", "verschieben",
# "décaler", "déplacer", "mover", "cambiar".
_MOVE_ASK = re.compile(r"\b(?:pasar|mover|cambiar|move|moving|shift|swap|verschieben|verlegen|tauschen|décaler|"
                       r"déplacer|reporter|remplacer)\b", re.I)


def _listed(quote: str) -> list[tuple[str, set[tuple[int, int]]]]:
    """Each bracketed list of days in a quote, as written, with its days as (day, month)."""
    out = []
    for m in _LIST.finditer(quote):
        month = _MONTH.findall(m.group("inner")) or _MONTH.findall(quote[max(0, m.start() - MONTH_BEFORE):m.start()])
        if not month:
            continue
        number = MONTHS[month[-1].lower()]
        days = {(int(d), number) for d in re.findall(r"\d{1,2}", m.group("inner"))}
        out.append((m.group(0), days))
    return out


def _unsettled(sentence: str, said_on) -> set[tuple[int, int]]:
    """The days a customer sentence declines or asks to move, as (day, month)."""
    if not (DECLINE.search(sentence) or _MOVE_ASK.search(sentence)):
        return set()
    return {(d.day, d.month) for d in named_days(sentence, said_on)}


def without_days(quote: str) -> str:
    """A priced clause without its bracketed days and its comma-separated parts that name a day, when its price is
    left; "" otherwise."""
    # "4 halbe Seiten (Sonntage 3., 10., 17., 24. September) mit Webbanner für 4.500 €": the bracket goes whole
    bare = re.sub(r"\s*\([^()]*\)", lambda m: "" if DAY_MENTION.search(m.group(0)) else m.group(0), quote)
    parts = re.split(r",\s+", bare.rstrip(" ."))
    kept = [p for p in parts if not DAY_MENTION.search(p)]
    if len(kept) == len(parts) and bare == quote or not kept or not any(priced_amounts(p) for p in kept):
        return ""
    return ", ".join(kept) + "."


def unlisted(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Open points whose bracketed list of days holds one a newer customer sentence declines or asks to move, said
    without the list."""
    said = [(src, sentence) for src, sentence in said_in_order(ordered, cleaned) if src.direction == "inbound"]
    out = []
    for item in items:
        if item.status == "open" and item.kind != "question":
            for written, days in _listed(item.quote):
                if any(src.at > item.at and days & _unsettled(sentence, src.at.date()) for src, sentence in said):
                    item = replace(item, quote=item.quote.replace(written, ""), text=item.text.replace(written, ""))
        out.append(item)
    return out
