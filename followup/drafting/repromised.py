"""A promise whose day a later source moved ("Mandar cotización formal a más tardar el miércoles 9", then "Cotización
formal ahora para este viernes 11 (se movió ...)"; "Send the quote by Wednesday 9", then "Quote now due Friday 11";
"Angebot bis Mittwoch, 9.", then "Angebot jetzt erst am Freitag, 11."; "devis pour mercredi 9", then "devis décalé au
vendredi 11"): the promise is owed on the new day, not overdue and apologised for, and the later line that moved it
says nothing more. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.past import named_days
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import content
from followup.text.dates import MONTHS, alternation, day_names

# Words that say a day was moved, not merely named again ("now", "se movió", "verschoben", "décalé", "instead").
_MOVED = re.compile(r"\b(?:now|moved|pushed(?: back)?|postponed|rescheduled|instead|ahora|se movi[oó]|movid[oa]|"
                    r"pas[oó] (?:al|para)|aplazad[oa]|en (?:vez|lugar) del?|jetzt|nun|verschoben|statt|stattdessen|"
                    r"maintenant|désormais|décalée?|reportée?|plutôt|au lieu d[ue])\b", re.I)
_DAYS = alternation(day_names("en", "de", "fr", "es"))
_MONTHS = alternation(MONTHS)
# A day as a sentence says it: a weekday with its number ("miércoles 9", "Friday 11th", "Freitag, 11."), and the
# month after it when written ("vendredi 11 août", "viernes 11 de agosto").
_DAY_PHRASE = re.compile(rf"\b(?P<core>(?:{_DAYS})\.?,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|er|\.)?"
                         rf"(?:\s+(?:de\s+)?(?:{_MONTHS})\b)?)", re.I)
# Content words (of five letters or more) the later line must share with the promised thing ("cotización formal").
MIN_SHARED = 1
# Content words of a day or a move, never the thing promised.
_NOT_THING = re.compile(rf"^(?:{_DAYS}|{_MONTHS})", re.I)


def _thing(text: str) -> set[str]:
    """The content words of what a promise sends, its days and move words left out."""
    return {w for w in content(_MOVED.sub(" ", _DAY_PHRASE.sub(" ", text))) if not _NOT_THING.match(w) and len(w) >= 5}


def repromised(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's promises with the day a later source moved them to; the line that moved it settled by the promise."""
    out = list(items)
    settled: dict[tuple[str, int, str], str] = {}  # the moving lines, by source and sentence: the promise that says them
    for n, item in enumerate(items):
        if item.kind != "commitment" or item.status != "open" or item.direction not in ("note", "outbound"):
            continue
        old = named_days(item.quote, item.at.date())
        said = _DAY_PHRASE.search(item.text or "")
        thing = _thing(item.quote)
        if not old or said is None or not thing:
            continue
        for src in (s for s in ordered if s.at > item.at and s.direction in ("note", "outbound")):
            text = cleaned.get((src.kind, src.id), src.text or "")
            for a, b in split_sentences(text):
                sentence = text[a:b].strip()
                new = named_days(sentence, src.at.date())
                phrase = _DAY_PHRASE.search(sentence)
                if not (said and _MOVED.search(sentence) and new and phrase and max(new) > max(old)
                        and len(_thing(sentence) & thing) >= MIN_SHARED):
                    continue
                # the day itself, as the later line writes it; the promise keeps its own "by", "el", "bis"
                out[n] = replace(out[n], text=out[n].text[:said.start()] + phrase["core"] + out[n].text[said.end():],
                                 due=datetime.combine(max(new), time(12)), when="")
                old, said = new, _DAY_PHRASE.search(out[n].text)
                settled[(src.kind, src.id, sentence)] = f"{item.source_kind}:{item.source_id}"
    return [replace(i, status="kept", by=by) if i.status == "open" and i.kind != "commitment" and i.quote.strip()
            and (by := next((v for (k, d, s), v in settled.items() if k == i.source_kind and d == i.source_id
                             and i.quote.strip() in s), None)) else i for i in out]
