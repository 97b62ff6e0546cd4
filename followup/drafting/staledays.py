"""Day words a point still says after they went stale: the customer's "this week" from a week that has passed ("Please
send it this week" said last Thursday), a span of a month that is over ("in the first week of January" in February,
"la première semaine de janvier"), a day declined in the point's own clause ("Le dimanche 23 mai ne sera pas possible,
mais le 3 novembre sans problème"), a time of day a newer source moved ("Pourrais-tu arriver plutôt à 14 h"), and
the source's own day said as "this afternoon" weeks later ("Samples went out this afternoon", "heute verschickt").
The stale words go, the rest of the point stays. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.noted import MONTH_STEM, MONTHS
from followup.drafting.past import named_days, year_of
from followup.drafting.sentences import Source, split_sentences

WEEK_DAYS = 7

# A preposition that hangs on a stale day phrase and goes with it ("in", "during", "bis Ende", "d'ici la fin de").
_LEAD = (r"(?:(?:sometime |some time |at some point )?(?:in|during|within|by the end of|by|over|before the end of|"
         r"in der|im laufe der|bis ende der|noch|bis|dans|pendant|durant|au cours de|d'ici la fin de|d'ici|avant la fin de|"
         r"dans le courant de|en|durante|a lo largo de|antes de que (?:acabe|termine)|para|a|à|la|el|the)\s+)*")

# The week a source was written in, said as "this week".
_THIS_WEEK = re.compile(rf",?\s*\b{_LEAD}(?:this week|diese[rn]? woche|cette semaine|esta semana)\b", re.I)

# The week of a month by its rank: "first week of January", "première semaine de janvier", "ersten Januarwoche",
# "erste Woche im Januar", "primera semana de enero"; "last" is the month's last seven days.
_RANK = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 0,
         "première": 1, "premiere": 1, "1re": 1, "1ère": 1, "deuxième": 2, "2e": 2, "seconde": 2, "troisième": 3,
         "3e": 3, "quatrième": 4, "4e": 4, "dernière": 0, "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4,
         "letzte": 0, "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "última": 0, "ultima": 0}
_RANKS = "|".join(sorted(map(re.escape, _RANK), key=len, reverse=True))
_RANKED_WEEK = re.compile(
    rf",?\s*\b{_LEAD}(?P<r>{_RANKS})[nmrs]?\s+(?:"
    rf"(?:week|semaine|semana)\s+(?:of|in|de|d'|du mois de)\s*(?P<m>{MONTH_STEM})[a-zéû]*"
    rf"|woche\s+(?:im|des|in)\s+(?P<m2>{MONTH_STEM})[a-zäé]*"
    rf"|(?P<m3>{MONTH_STEM})[a-zä]*woche)\b", re.I)

# The day a source was written, said as that day ("this afternoon", "heute Vormittag", "aujourd'hui", "esta tarde"),
# or as the day after it ("tomorrow", "morgen", "demain", "mañana"): stale once the source's day has passed.
_SOURCE_DAY = re.compile(
    r",?\s*\b(?:(?:earlier |later )?(?i:today|this (?:morning|afternoon|evening)|tonight|tomorrow(?: morning| afternoon)?|"
    r"heute(?: (?:früh|morgen|vormittag|nachmittag|abend))?|noch heute|im laufe des tages|"
    r"aujourd'hui|ce (?:matin|soir)|cet après-midi|dans la journée|demain(?: matin| après-midi)?|"
    r"hoy|esta (?:mañana|tarde|noche)|(?:a )?lo largo del día)|morgen(?: früh| vormittag| nachmittag)?|"
    r"(?<!esta )(?<!la )mañana)\b")
# The day after the source ("tomorrow", "morgen", "demain", "mañana"): still current on that next day.
_NEXT_DAY = re.compile(r"\b(?:tomorrow|morgen|demain|(?<!esta )(?<!la )mañana)\b", re.I)
# Fewer words than this left once the day goes ("Hoy mismo."): nothing of the point is left to say.
MIN_WORDS_LEFT = 2
# Kinds whose day words the promise rules read (promise_day.py, owed.py) or that are asked, never cut here.
_OWN_DAY_KINDS = ("commitment", "question")


# A day the sentence's own clause says will not do ("ne sera pas possible", "ne pourront pas être finis pour",
# "won't be ready by", "passt uns nicht", "no nos va").
_NO_GOOD = re.compile(r"\b(?:ne (?:me |nous )?(?:va|convient|conviendra|sera|seront|pourr\w+|peu\w+) pas|pas possible|"
                      r"impossible|(?:doesn't|does not|won't|will not) (?:work|be (?:possible|ready|done|finished))|"
                      r"(?:can't|cannot|can not) (?:make|do|be)|not (?:possible|feasible)|"
                      r"(?:passt|geht|klappt|schaffen|wird) (?:uns |mir |bei uns |das )?(?:leider )?nicht|nicht möglich|"
                      r"no (?:me |nos )?(?:va|viene|sirve|es posible|será posible|estará|llega\w*|podr\w+|pued\w+))\b",
                      re.I)
# Where the clause that declines ends and the day that does go begins: "..., mais le 3 novembre sans problème".
_CONTRAST = re.compile(r"[,;:)]?\s*\b(?:but|however|mais|par contre|aber|jedoch|sondern|pero|sino)\b\s*", re.I)

# A time of day: "13 h", "14h30", "14 Uhr", "2 pm", "14:00".
_CLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3])(?:\s*(?:h|uhr)\b(?:\s*(?P<m>[0-5]\d))?|:(?P<m2>[0-5]\d)\b"
                    r"|(?::(?P<m3>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b\.?)", re.I)
# Words that put another time in place of the agreed one ("plutôt à 14 h", "rather at 2pm", "lieber um 14 Uhr").
_INSTEAD = re.compile(r"\b(?:rather|instead|moved? (?:it )?to|push(?:ed)? (?:it )?to|plutôt|finalement|décal\w+|"
                      r"lieber|stattdessen|verschoben auf|eher|mejor|en vez|en lugar|cambi\w+ a)\b", re.I)
# How far after the word of change the new time may be written.
INSTEAD_REACH = 40


def _week_over(said_on: date, today: date) -> bool:
    """Whether the calendar week of said_on ended before today."""
    return said_on + timedelta(days=WEEK_DAYS - 1 - said_on.weekday()) < today


def _ranked_end(m: re.Match, said_on: date) -> date | None:
    """The last day of a week of a month named by its rank, read against the day it was said."""
    name = (m.group("m") or m.group("m2") or m.group("m3")).lower()
    month = MONTHS.get(name[:4], MONTHS.get(name[:3]))
    first = year_of(month, 1, said_on) if month else None
    if first is None:
        return None
    month_end = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    rank = _RANK[m.group("r").lower()]
    return month_end if rank == 0 else min(month_end, first + timedelta(days=rank * WEEK_DAYS - 1))


def without_lapsed_spans(text: str, said_on: date, today: date) -> str:
    """Text without a "this week" of a week that has passed or a ranked week of a month that is over."""
    out = _THIS_WEEK.sub("", text) if _week_over(said_on, today) else text
    out = _RANKED_WEEK.sub(lambda m: "" if (end := _ranked_end(m, said_on)) and end < today else m.group(0), out)
    return text if out == text else re.sub(r"\s+([.,;!?])", r"\1", out).strip()


def _without_declined_clause(sentence: str, said_on: date) -> str:
    """A sentence without its clauses that say a named day will not do ("", when no clause with a day is left)."""
    cuts = [0, *(p for m in _CONTRAST.finditer(sentence) for p in (m.start(), m.end())), len(sentence)]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]  # each clause, the words of contrast between
    kept = [(a, b) for a, b in clauses
            if not (_NO_GOOD.search(sentence[a:b]) and named_days(sentence[a:b], said_on))]
    if len(kept) == len(clauses):
        return sentence
    if not kept:
        return ""
    out = sentence[kept[0][0]:kept[0][1]]
    for (_, end), (a, b) in zip(kept, kept[1:]):
        out += sentence[end:b] if a > end else sentence[a:b]
    out = out.strip(" ,;:")
    return out[:1].upper() + out[1:] if kept[0][0] else out


def without_declined_day(text: str, said_on: date) -> str:
    """Text without a sentence's clause that says a named day will not do ("Le 23 mai ne sera pas possible, mais le 3
    novembre sans problème" keeps "Le 3 novembre sans problème")."""
    kept = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if "?" in sentence:
            kept.append(sentence)
        elif rest := _without_declined_clause(sentence, said_on):
            kept.append(rest)
    return " ".join(kept)


def without_source_day(text: str, quote: str, said_on: date, today: date) -> str:
    """Text without the day words that named its source's own day or the next, once that day has passed; a word the
    quote never said (a note's "Wed" restated as "today") is the draft's own and stays."""
    last_day = said_on + timedelta(days=1) if _NEXT_DAY.search(quote) else said_on
    if last_day >= today or not _SOURCE_DAY.search(quote):
        return text
    out = _SOURCE_DAY.sub("", text)
    if out == text:
        return text
    out = re.sub(r"\s+([.,;!?])", r"\1", out).strip(" ,")
    return out if len(out.split()) >= MIN_WORDS_LEFT else ""


def stale_words(text: str, said_on: date, today: date) -> str:
    """A restated line without a lapsed week or a day it says will not do."""
    return without_declined_day(without_lapsed_spans(text, said_on, today), said_on) if text else text


def _new_time(ordered: Sequence[Source], cleaned: dict) -> list[tuple[Source, str]]:
    """Times of day a customer's email or a note puts in place of another, with their source, oldest first."""
    out = []
    for src in ordered:
        if src.direction not in ("inbound", "note"):
            continue
        body = cleaned.get((src.kind, src.id), "")
        for m in _INSTEAD.finditer(body):
            if clock := _CLOCK.search(body, m.end(), m.end() + INSTEAD_REACH):
                out.append((src, clock.group(0).strip()))
    return out


def _same_time(a: str, b: str) -> bool:
    """Whether two written times are the same hour and minute."""
    ma, mb = _CLOCK.fullmatch(a.strip()), _CLOCK.fullmatch(b.strip())
    if not ma or not mb:
        return False

    def hm(m: re.Match) -> tuple[int, int]:
        h = int(m.group("h")) + (12 if (m.group("ap") or "").lower() == "p" and int(m.group("h")) < 12 else 0)
        return h, int(m.group("m") or m.group("m2") or m.group("m3") or 0)
    return hm(ma) == hm(mb)


def _retimed(text: str, at, moves: list[tuple[Source, str]]) -> str:
    """Text with its one time of day replaced by the newest later time put in its place."""
    newer = [new for src, new in moves if src.at > at]
    clocks = list(_CLOCK.finditer(text))
    if not newer or len(clocks) != 1 or not named_days(text, at.date()):
        return text
    old = clocks[0]
    if _same_time(old.group(0), newer[-1]):
        return text
    return text[:old.start()] + newer[-1] + text[old.end():]


def stale_days(items: list[Item], ordered: Sequence[Source], cleaned: dict, today: date) -> list[Item]:
    """Open points with their stale day words taken out (a point left with nothing is superseded)."""
    moves = _new_time(ordered, cleaned)
    out = []
    for item in items:
        if item.status == "open" and item.text and not item.text.startswith("[["):
            said_on = item.at.date()
            text = _retimed(stale_words(item.text, said_on, today), item.at, moves)
            if item.kind not in _OWN_DAY_KINDS:
                text = without_source_day(text, item.quote, said_on, today)
            if text != item.text:
                item = replace(item, text=text) if text else replace(item, status="superseded")
        out.append(item)
    return out
