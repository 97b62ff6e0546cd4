"""The weekdays a customer's email names: the new one of a change of day, and one called bad for a slot."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.noted import dated_day
from followup.drafting.overtaken import source_sentences
from followup.drafting.sentences import Source
from followup.text.dates import FOREIGN_WEEKDAYS, WEEKDAYS, alternation

# A change of day: "Friday 14 September instead", "auf Mittwoch wechseln", "le jeudi plutôt", "el viernes en vez".
_INSTEAD = re.compile(r"\b(?:instead|rather than|switch(?:ing)? to|change to|move to|statt|anstatt|stattdessen|wechseln|"
                      r"au lieu|à la place|plutôt|en vez|en lugar|cambiar a)\b", re.I)


# Weekday names written out: "mon" and "sat" are words of their own ("mon associé", "sat down").
_DAY_NAMES = alternation({w for w in WEEKDAYS if len(w) >= 6} | set(FOREIGN_WEEKDAYS))


_WEEKDAY = re.compile(rf"\b(?:{_DAY_NAMES})(?:s|en)?\b", re.I)


def _weekdays(text: str) -> set[int]:
    """The weekdays a text names, plural forms too ("montags", "Saturdays", "los sábados")."""
    out = set()
    for m in _WEEKDAY.finditer(text):
        word = m.group(0).lower()
        for name in (word, word[:-1], word[:-2]):
            if name in WEEKDAYS or name in FOREIGN_WEEKDAYS:
                out.add(WEEKDAYS.get(name, FOREIGN_WEEKDAYS.get(name)))
                break
    return out


def _new_weekdays(sentence: str) -> set[int]:
    """The weekdays a change of day names as the new one: not those right after "instead of", "statt", "en vez del"."""
    m = _INSTEAD.search(sentence)
    if m is None:
        return set()
    old = _weekdays(" ".join(re.split(r"[,;?.]", sentence[m.end():])[0].split()[:3]))
    return _weekdays(sentence) - old


# A weekday the customer says is bad for them ("montags ist bei uns schlecht", "Mondays don't work for us", "le lundi ne
# nous convient pas", "los lunes no nos van").
_BAD_DAY = re.compile(r"\b(?:(?:is|are) (?:bad|difficult|not good|no good)|(?:does|do)(?:n't| not) work|"
                      r"(?:ist|sind) (?:\w+ )*?(?:schlecht|schwierig|ungünstig)|(?:geht|passt|klappt) (?:\w+ )?nicht|"
                      r"ne (?:nous |me )?(?:va|vont|convient|conviennent) pas|"
                      r"(?:est|sont) (?:\w+ )?(?:compliqués?|difficiles?)|"
                      r"no (?:nos |me )?(?:va|van|sirve|sirven|conviene|convienen)|"
                      r"(?:es|son) (?:\w+ )?(?:malos?|complicados?))\b", re.I)


# A weekday as a recurring slot, with its preposition or article ("montags", "on Mondays", "le lundi", "los lunes").
_SLOT_DAY = re.compile(rf"(?:\b(?:on|every|am|jeden|le|les|chaque|el|los|cada)\s+)?\b(?:{_DAY_NAMES})(?:s|en)?\b,?\s*",
                       re.I)


def refused_weekday(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's line said without a weekday the customer's later email calls bad for them ("montags 8:00 bis 9:30" after
    "montags ist bei uns ohnehin schlecht": "8:00 bis 9:30"); the rest of the line stays in force."""
    out = []
    for item in items:
        if item.status == "open" and item.direction in ("outbound", "note") and item.kind in ("term", "feature"):
            bad = set().union(*[_weekdays(s[:m.start()]) for src in ordered if src.at > item.at
                                and src.direction == "inbound" for s in source_sentences(src, cleaned)
                                for m in [_BAD_DAY.search(s)] if m] or [set()])
            gone = [m for m in _SLOT_DAY.finditer(item.quote) if _weekdays(m.group(0)) and _weekdays(m.group(0)) <= bad]
            if gone and not dated_day(item.quote, item.at.date()):
                quote, text = item.quote, item.text
                for m in reversed(gone):
                    quote = quote[:m.start()] + quote[m.end():]
                    text = text.replace(m.group(0), "", 1)
                item = replace(item, quote=quote, text=text)
        out.append(item)
    return out
