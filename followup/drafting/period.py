"""A period the customer says has changed ("the holidays changed: now 27 June to 8 July", "die Ferien haben sich
geändert: jetzt vom 27. Juni bis 8. Juli", "les vacances ont changé : désormais du 27 juin au 8 juillet", "cambiaron
las vacaciones: ahora son del 27 de junio al 8 de julio"): the older date range the rep's offer or note set in it is
no longer in force, and its clause is not said again (the customer's question about the new one is the point)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences

_DAY = r"\d{1,2}(?:\.|st|nd|rd|th|er)?"
_MONTH_WORD = r"(?:\s+(?:de\s+)?[^\W\d_]{3,}\.?)?"
# A range of days: "del 4 al 15 de julio", "from 4 to 15 July", "vom 4. bis 15. Juli", "du 4 au 15 juillet",
# "4-15 July", "July 4-15".
RANGE = re.compile(rf"\b(?:del|from|vom|du|between|entre(?: el)?)\s+(?:the\s+)?{_DAY}{_MONTH_WORD}\s+"
                   rf"(?:al|to|until|till|through|bis(?: zum)?|au|and|y(?: el)?|et(?: le)?)\s+(?:the\s+)?{_DAY}"
                   rf"{_MONTH_WORD}|\b{_DAY}\s*[-–]\s*{_DAY}{_MONTH_WORD}", re.I)
# The customer saying a period has changed, and what it is now.
_CHANGED = re.compile(r"\b(?:(?:has|have|had) changed|changed|moved|(?:now|ahora|jetzt|désormais|maintenant)\s+"
                      r"(?:is|are|runs?|son|es|sind|ist|c'est|ce sont)|cambiaron|cambió|han cambiado|ha cambiado|"
                      r"(?:hat|haben) sich (?:geändert|verschoben)|geändert|ont changé|a changé|changent)\b", re.I)


def _ranges(text: str) -> set[str]:
    """The date ranges of a text, spaces squeezed, lower case."""
    return {" ".join(m.group(0).lower().split()) for m in RANGE.finditer(text or "")}


def _without_ranges(text: str, gone: set[str]) -> str:
    """A text without its comma clauses that hold one of the gone ranges."""
    parts = re.split(r"(,\s+)", text)
    kept = [p for p in parts[::2] if not _ranges(p) & gone]
    return ", ".join(p.strip() for p in kept).rstrip(" ,")


def changed_periods(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's and the notes' open points without the date range a later customer sentence replaced by saying the
    period changed; a point left with nothing is superseded by it."""
    changes = []
    for src in ordered:
        if src.direction != "inbound":
            continue
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            sentence = text[a:b]
            if _CHANGED.search(sentence) and _ranges(sentence) and "?" not in sentence:
                changes.append((src, _ranges(sentence)))
    if not changes:
        return list(items)
    out = []
    for item in items:
        later = [(src, new) for src, new in changes if src.at > item.at]
        gone = _ranges(item.quote) - set().union(*[new for _, new in later]) if later else set()
        if item.status != "open" or item.direction == "inbound" or not gone:
            out.append(item)
            continue
        src = later[0][0]
        text, quote = _without_ranges(item.text, gone), _without_ranges(item.quote, gone)
        if not re.search(r"[^\W\d_]{3,}", quote):
            out.append(replace(item, status="superseded", by=f"{src.kind}:{src.id}"))
            continue
        end = "." if item.quote.rstrip().endswith(".") and not quote.endswith(".") else ""
        out.append(replace(item, text=text, quote=quote + end))
    return out


__all__ = ["RANGE", "changed_periods"]
