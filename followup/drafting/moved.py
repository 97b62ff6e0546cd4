"""A date the customer moved: "so we move to January 23", "au lieu du 4 janvier", "statt am 7. Dezember". The older
points that still carry the replaced date are no longer in force."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.past import named_days
from followup.drafting.redated import bare_days
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import content
from followup.text.dates import MONTHS, alternation

_MONTHS = alternation(MONTHS)  # the one table of month names
# "January 16", "16 January", "4 janvier", "7. Dezember", "8 de enero"
_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<m1>{_MONTHS})|"
                   rf"(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b", re.I)
# Words that say a date was replaced by another.
_MOVE = re.compile(r"\b(?:instead of|rather than|move[sd]? (?:it )?to|moving (?:it )?to|postpone\w*|push(?:ed)? back|"
                   r"au lieu d[ue]|plutôt que|reporté|décalé|finalement|statt|anstatt|verschoben|verschieben|"
                   r"en lugar del?|en vez del?|aplaza\w*|pasamos al?|finalmente)\b", re.I)
# Words that say a day no longer suits and another is preferred ("19.12. jetzt doch schlecht, lieber Mo 21.12.").
_RATHER = re.compile(r"\b(?:doch (?:schlecht|nicht)|lieber|rather|instead|no longer works|doesn't work after all|plutôt|"
                     r"finalement pas|ya no (?:nos )?(?:va|sirve|viene bien)|mejor el)\b", re.I)

# A month the customer rules out ("en enero, no en diciembre como hablamos", "not in December", "nicht im Dezember",
# "pas en décembre"): what an older point planned for that month is no longer in force. "not December 5 but ..." is a
# day moved, read above.
_NOT_MONTH = re.compile(rf"\b(?:not|no|nicht|pas)\s+(?:(?:in|en|im|au mois d[e']|for|until)\s*)?(?:el mes de\s+)?"
                        rf"(?P<m>{_MONTHS})\b(?!\s*\d)", re.I)
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b", re.I)


# Words that say the customer goes back to a day or settles on one after all ("3-4 October again", "on revient à la
# semaine du 4 octobre", "the week of 4 October is fine after all", "volvemos al 20").
_BACK = re.compile(r"\b(?:again|back to|go back|after all|revient|revenons|de nouveau|à nouveau|volvemos|volver|"
                   r"de nuevo|otra vez|al final|wieder|zurück|doch)\b", re.I)
# Words that put a day forward as a change or a wish ("move the install to", "plutôt la semaine du", "mejor el").
_PUT = re.compile(r"\b(?:move|moving|moved|shift|push|instead|rather|plutôt|décaler|reporter|déplacer|mejor|cambiar|"
                  r"mover|pasar|lieber|verschieben|statt)\b", re.I)


# The customer saying a day does not suit them ("Le mardi 5 janvier ne va pas", "Tuesday doesn't work for us",
# "Der 5. passt uns nicht", "El martes no nos va").
_NO_GOOD = re.compile(r"\b(?:ne (?:me |nous )?(?:va|convient|conviendra) pas|pas possible|impossible|"
                      r"(?:doesn't|does not|won't|will not) work|(?:can't|cannot|can not) (?:make|do)|is bad|"
                      r"not (?:possible|good)|(?:passt|geht|klappt) (?:uns |mir |bei uns )?(?:leider )?nicht|"
                      r"nicht möglich|no (?:me |nos )?(?:va|viene|sirve|es posible)|no (?:puedo|podemos))\b", re.I)


def declined_days(ordered: Sequence[Source], cleaned: dict) -> list[tuple[Source, set]]:
    """The days a customer sentence says do not suit them, each with its source."""
    return [(src, set(named_days(s, src.at.date()))) for src, s in _said(ordered, cleaned)
            if src.direction == "inbound" and "?" not in s and _NO_GOOD.search(s) and named_days(s, src.at.date())]


def given_up_days(ordered: Sequence[Source], cleaned: dict) -> list[tuple[Source, set]]:
    """The days the customer put forward (as a change or a question) and later gave up for another one, each with the
    source that gave them up ("move the install to 24-25 October" ... "we need 3-4 October again")."""
    put: list[tuple[Source, set, set, bool]] = []  # (source, days, content words, put as a change)
    out: list[tuple[Source, set]] = []
    for src, sentence in _said(ordered, cleaned):
        days = set(named_days(sentence, src.at.date()))
        if not days:
            continue
        words = content(sentence)
        # a day given up: for another the customer goes back to, or another put forward on the same thing
        # ("mejor empezar el 20" after "¿podemos empezar el 4?"); a question on another matter keeps its day
        shared = [(d, bool(w & words), change) for s, d, w, change in put if s.at < src.at and not d & days]
        gone = set().union(*[d for d, same, change in shared if (_BACK.search(sentence) and (change or same))
                             or (_PUT.search(sentence) and same)] or [set()])
        if gone and not sentence.rstrip().endswith("?"):
            out.append((src, gone))
        if src.direction == "inbound" and (_PUT.search(sentence) or sentence.rstrip().endswith("?")):
            put.append((src, days, words, bool(_PUT.search(sentence))))
    return out


def _said(ordered: Sequence[Source], cleaned: dict):
    """Each sentence of the customer's messages and the call notes, in time order, with its source."""
    for src in ordered:
        if src.direction in ("inbound", "note"):
            text = cleaned.get((src.kind, src.id), "")
            for a, b in split_sentences(text):
                yield src, text[a:b]


def _dates(text: str) -> set[tuple[str, str]]:
    """The day-and-month dates of a text, as (day, month) pairs."""
    return {((m.group("d1") or m.group("d2")), (m.group("m1") or m.group("m2")).lower()) for m in _DATE.finditer(text)}


def _in_order(sentence: str, said_on: date) -> list[date]:
    """The days a sentence names, a day of the month said alone among them ("le 23 on a l'inspection, pouvez-vous
    venir plutôt le jeudi 25 janvier"), in the order they are named."""
    found = {day: sentence.find(str(day.day)) for day in named_days(sentence, said_on)}
    for day, at in bare_days(sentence, said_on):
        found.setdefault(day, at)
    return sorted(found, key=found.get)


def moved_dates(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Open points whose date a later customer sentence moved ("we move to January 23") marked superseded; also a
    point whose last day a later customer or call-note sentence gave up for a later one ("19.12. jetzt doch schlecht,
    lieber Mo 21.12.")."""
    moves, later_days = [], []
    for src, sentence in _said(ordered, cleaned):
        found = _dates(sentence)
        if src.direction == "inbound" and len(found) >= 2 and _MOVE.search(sentence):
            moves.append((src, found))
        days = _in_order(sentence, src.at.date())
        if len(set(days)) >= 2 and (_MOVE.search(sentence) or _RATHER.search(sentence)) and max(days) != days[0]:
            later_days.append((src, days[0], max(days)))  # the first day named gave way to a later one
    given_up = given_up_days(ordered, cleaned) + declined_days(ordered, cleaned)  # "le mardi 5 janvier ne va pas"
    ruled_out = [(src, MONTHS[m.group("m").lower()]) for src, sentence in _said(ordered, cleaned)
                 if src.direction == "inbound" for m in _NOT_MONTH.finditer(sentence)]
    out = []
    for item in items:
        if item.status == "open" or (item.kind == "question" and item.status == "answered"):
            # "24-25 October is fine", "¿podemos empezar el 4 de octubre?": a day the customer later gave up (a question
            # about it answered with that day is overtaken as well)
            mine_days = set(named_days(item.quote, item.at.date()))
            later = next((src for src, gone in given_up if src.at > item.at and mine_days and mine_days <= gone), None)
            if later is not None:
                item = replace(item, status="superseded", by=f"{later.kind}:{later.id}")
        if item.status == "open" and item.kind != "question":
            mine = _dates(item.quote)
            later = next((src for src, found in moves if src.at > item.at and mine and mine <= found), None)
            mine_days = named_days(item.quote, item.at.date())
            later = later or next((src for src, old, new in later_days if src.at > item.at and mine_days
                                   and max(mine_days) == old and new > old), None)
            if later is not None:
                item = replace(item, status="superseded", by=f"{later.kind}:{later.id}")
        if item.status == "open" and item.kind != "question":
            months = {MONTHS[m.group().lower()] for m in _MONTH.finditer(item.quote)}
            later = next((src for src, month in ruled_out if src.at > item.at and months == {month}), None)
            if later is not None:
                item = replace(item, status="superseded", by=f"{later.kind}:{later.id}")
        out.append(item)
    return out
