"""A day of an event that a newer source moved or declined: "Podemos empezar el lunes 4 de enero" after "empezamos el
lunes 11 de enero", "visite le mardi 5 janvier" after "Le mardi 5 janvier ne va pas", "We can deliver in February"
after "delivery in February is late for us". The older line no longer says what is in force. Events are kept apart by
the words around their day ("start" is not "delivery"); a deadline ("before 20 January") moves only a day it rules
out. A day said as a change ("verschoben, wir brauchen jetzt Samstag, 15. Juli") moves a day whose clause names no event
("Vorgeschlagener Termin: Samstag, 8. Juli"); a day said from ("erst ab Donnerstag, 20. Juli") names a start.
en/de/fr/es."""
from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from followup.drafting.figures import amounts
from followup.drafting.items import Item
from followup.drafting.memo import memo
from followup.drafting.past import named_days
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.weeks import week_spans
from followup.drafting.words import content
from followup.text.dates import FOREIGN_WEEKDAYS, MONTHS, WEEKDAYS, alternation

# Kinds that state a day in force; a question or a promise has its own rules.
DATED_KINDS = ("term", "constraint", "feature", "standing", "appointment", "next_step")

# Letters of a word that name the event it speaks of ("empezar" / "empezamos", "delivery" / "deliver").
EVENT_STEM = 5

# A day of the month said alone is the next one within this many days.
BARE_DAY_AHEAD = 32

# Words before a day that make it a span of a week: "week of 11 Jan", "semaine du 4", "Woche vom 9.", "semana del 3".
_WEEK_OF = re.compile(r"\b(?:week of|wk of|w/c|semaine du|woche vom|woche ab|kw ab|semana del)\s+(?:the\s+|monday\s+|"
                      r"lundi\s+|montag,?\s+(?:den\s+)?|lunes\s+)?$", re.I)
WEEK_DAYS = 7

# Words before a day that make it a bound, not the day itself: "before 20 January", "bis 9. März", "avant le 4".
_BEFORE = re.compile(r"\b(?:before|by|until|till|no later than|prior to|vor|bis|spätestens|avant|d'ici|au plus tard|"
                     r"jusqu'au|jusqu'à|antes del?|a más tardar|hasta)\s+(?:the\s+|dem\s+|den\s+|le\s+|el\s+)?$", re.I)
_AFTER = re.compile(r"\b(?:after|from|not before|nach|ab|après|à partir du|dès|después del?|desde|a partir del?)\s+"
                    r"(?:the\s+|dem\s+|den\s+|le\s+|el\s+)?$", re.I)

# Words that decline a day: "can't start on 1 February", "Le mardi 5 janvier ne va pas", "El 28 estamos llenos",
# "delivery in February is late for us", "19.12. geht leider nicht".
DECLINE = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|won't work|doesn't work|does not work|no longer works|doesn't suit|"
    r"not possible|impossible|(?:too |is )late|too early|not available|unavailable|fully booked|booked up|are full|"
    r"is full|we're full|"
    r"geht (?:leider )?nicht|passt (?:leider )?nicht|klappt (?:leider )?nicht|nicht möglich|unmöglich|zu spät|zu früh|"
    r"ausgebucht|können (?:leider )?nicht|kann (?:leider )?nicht|(?:haben|ist|sind) (?:wir )?geschlossen|"
    r"(?:we're|we are|are|is|will be) closed|(?:sommes|est|sont|serons|sera) fermée?s?|fermons|cerramos|"
    r"(?:estamos|está|están|estaremos) cerrad[oa]s?|"
    r"ne (?:va|convient|marche|pourr?(?:ons|ai|a)|peu[xt]|pouvons) pas|pas possible|trop tard|trop tôt|complets?|"
    r"pas disponibles?|"
    r"no (?:nos )?(?:va|sirve|viene bien|es posible|podemos|puedo|puede)|imposible|(?:muy|demasiado) tarde|"
    r"llen[oa]s?|complet[oa]s?|ocupad[oa]s?)\b", re.I)

# Names of days and months: no event ("lunes", "janvier").
_DAY_NAMES = [n for n in (*WEEKDAYS, *FOREIGN_WEEKDAYS, *MONTHS) if len(n) > 3]
_MONTH_WORDS = alternation(MONTHS)
# A month said without a day: "in February", "im Februar", "en février", "en febrero", "for January".
_MONTH_ONLY = re.compile(rf"(?<![\d.])\s(?:in|im|en|au mois de|for|für|pour|para|to|auf|au|à|a)\s+(?P<m>{_MONTH_WORDS})\b"
                         rf"(?!\s*\d)", re.I)
# A day of the month said alone, the month understood: "the 28th", "el 28", "le 5", "am 19.", "der 23." (German's
# "der" only before an ordinal's dot: "der 3 Standorte" counts).
_BARE_DAY = re.compile(r"\b(?:the|el|le|am|den|del|du|der(?=\s+[0-3]?\d\.))\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
                       r"(?=\s|[,;.!?]|$)(?!\s*(?:%|de\s|of\s|[^\W\d_]{3,}\s*\d))", re.I)
# Where a sentence's clauses part: the words of a day's own clause name its event (a label before a colon is part of
# it: "Termin: 5. bis 7. Januar").
_CLAUSE = re.compile(r"[,;()]|\s[-–—]\s|\b(?:but|pero|mais|aber|because|porque|parce que|weil|so|donc|also)\b", re.I)
# What a week number's clause speaks of besides its own words (weeks.py): another week number, when either names
# no event.
WEEK_EVENT = "#week"

# Words any day's clause may carry that name no event ("possible", "works", "week", "schedule").
_GENERIC = content("possible possibly works work fine good great okay perfect week weeks day days date dates "
                   "time earliest latest able could maybe perhaps earlier later instead rather still again already "
                   "möglich geht passt woche wochen tag tage datum früher später lieber statt doch leider "
                   "possible semaine semaines jour jours date plutôt finalement encore déjà "
                   "posible semana semanas día días fecha mejor antes después todavía ya finalmente puedo podemos "
                   "necesitamos need needs want would like must shall should muss müssen müsste müssten soll sollte "
                   "doit doivent devons faut debe deben debemos tiene tienen hay before until till vor bis avant "
                   "jusqu antes hasta latest spätestens plus tard más tardar drin sein être estar done "
                   "schedule scheduled einplanen eingeplant programmer programmé programar programado "
                    # a day said to be planned names no event: "Pour les vendanges, prévues vers le 11 septembre"
                   "planned expected geplant vorgesehen prévu prévue prévues prévus previsto prevista previstos "
                   "previstas planeado planeada "
                    # nor a day said roughly: "vers le 11 septembre", "around the 11th", "etwa am 11."
                   "vers environ around approximately roughly ungefähr etwa circa hacia alrededor aproximadamente "
                    # moving a day is no event: "Können wir die Montage auf den 1. Februar schieben?"
                   "move moved shift postpone postponed push pushed schieben verschieben verschoben verlegen "
                   "décaler décalé reporter reporté déplacer mover movemos aplazar aplazamos correr "
                    # nor a day proposed, needed now or said as a change: "Vorgeschlagener Termin: Samstag, 8. Juli",
                    # "wir brauchen jetzt Samstag, 15. Juli", "Eine Änderung: bitte erst ab Donnerstag, 20. Juli"
                   "proposed suggested vorgeschlagen vorgeschlagener proposé proposée propuesta "
                   "propuesto sugerido brauchen brauche braucht benötigen besoin necesitamos necesito "
                   "now jetzt maintenant ahora please bitte only erst earliest frühestens tôt pronto "
                   "change änderung changement cambio seulement solo sólo nur "
                    # nor the words of "as ever", "at the earliest": "Start ist immer donnerstags", "como pronto"
                   "always immer toujours siempre como")

# The German word for a date or an appointment ("Termin"): an event of its own ("Termin vorziehen auf ..."), and the
# label of the one dated thing when its clause names nothing else ("Vorgeschlagener Termin: Samstag, 8. Juli").
_DATE_LABEL = {"termi"}

# Words that say a day is put in place of another ("verschoben", "Eine Änderung: bitte erst ab", "we now need",
# "finalement", "en lugar de"): a day said with them and naming no event of its own moves a day whose clause names
# none either (the one dated thing of the thread: its proposed day, its start).
_CHANGE = re.compile(r"\b(?:verschoben|verschieben|jetzt|erst ab|änderung|geändert|statt|anstatt|lieber|moved?|"
                     r"postponed?|pushed back|instead|now|change[ds]?|only from|rather|reporté|décalé|changement|"
                     r"plutôt|maintenant|finalement|au lieu|cambio|cambiamos|aplazad[oa]|ahora|en lugar|en vez)\b",
                     re.I)


# Words that name a start in any of the languages: one event however it is said ("Beginn", "début", "empezamos").
_START_WORDS = re.compile(r"\b(?:start\w*|begin\w*|beginn\w*|début\w*|commenc\w*|démarr\w*|empez\w*|inici\w*|"
                          r"comienz\w*|arranc\w*)\b", re.I)
START_EVENT = "start"
# A day said as where something begins ("erst ab Donnerstag, 20. Juli", "from Monday 3 July", "à partir du 4"): in a
# clause naming no event of its own, the start.
_FROM = r"\b(?:ab|from|starting|à partir du|à partir de|dès|desde|a partir del?)"
_FROM_DAY = re.compile(_FROM + r"\s+(?:the\s+|dem\s+|"
                       r"den\s+|le\s+|el\s+)?(?:(?:" + alternation(FOREIGN_WEEKDAYS.keys() | WEEKDAYS.keys()) +
                       r")\W+)?(?:the\s+|den\s+|le\s+|el\s+)?\d", re.I)


@memo
def _stems(clause: str) -> set[str]:
    """The event a day's clause speaks of: its content words by their first letters, days and months left out; the
    words of a start as one."""
    events = {w.lower()[:EVENT_STEM] for w in re.findall(r"[^\W\d_]+", clause) if w.lower() in _EVENTS_LIKE_DAYS}
    if _START_WORDS.search(clause):
        events.add(START_EVENT)
    words = content(re.sub(_FROM, " ", _START_WORDS.sub(" ", clause), flags=re.I)) - _GENERIC
    found = events | {w[:EVENT_STEM] for w in words if not any(_day_form(w, n) for n in _DAY_NAMES)}
    return found or ({START_EVENT} if _FROM_DAY.search(clause) else set())


def _day_form(word: str, name: str) -> bool:
    """Whether a word is a name of a day or month, cut short or with an ending ("Sept", "montags"); "vendanges" only
    starts like "vendredi"."""
    common = len(os.path.commonprefix([word, name]))
    return name.startswith(word[:3]) and len(word) <= len(name) + 1 and common >= min(len(word), len(name)) - 1


# Event words that read like a day's name with an ending: "Montage" (assembly, de/fr) is no "Montag".
_EVENTS_LIKE_DAYS = {"montage"}


def _clause_of(sentence: str, start: int) -> str:
    """The clause of a sentence that holds the position start; a day said after its weekday ("ab Montag, 22.
    Februar") or alone after a comma ("instalar antes, semana del 17 de mayo") is of the clause before."""
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)] + [len(sentence)]
    a = max(c for c in cuts if c <= start)
    b = min(c for c in cuts if c > start) if any(c > start for c in cuts) else len(sentence)
    if not _stems(sentence[a:b]) and a and re.search(r"\b(?:" + "|".join(_DAY_NAMES) + r")\W*$", sentence[:a], re.I):
        a = max(c for c in cuts if c < a)
    # a day in brackets glosses the words before it: "Montage im KW 6 (ab 5. Februar)"
    if a and sentence[a - 1] == "(" and not _stems(re.sub(_FROM, " ", sentence[a:b], flags=re.I)):
        a = max(c for c in cuts if c < a)
    # a day set apart by a comma after its event: "Quiere instalar antes, semana del 17 de mayo"
    if not _stems(sentence[a:b]) and a and sentence[a - 1] == ",":
        a = max(c for c in cuts if c < a)
    return sentence[a:b]


def _meet(stems: set[str], old: set[str]) -> bool:
    """Whether two clauses speak of the same event: a shared stem, or a short word that starts the other ("Bau" /
    "bauen"); two week numbers, one of them in a clause naming no event of its own."""
    if WEEK_EVENT in stems and WEEK_EVENT in old and (stems == {WEEK_EVENT} or old == {WEEK_EVENT}):
        return True
    return bool(stems - {WEEK_EVENT} & old) or any(len(a) >= 3 and b.startswith(a) for x, y in ((stems, old), (old, stems))
                                    for a in x if len(a) < EVENT_STEM for b in y)


def _mentions(sentence: str, said_on: date) -> list[tuple[frozenset, int, set[str], str]]:
    """Each day (or month) a sentence names: the days it covers, its month when no day is named, the event its clause
    speaks of, and whether it is a bound ("before", "after") or the day itself ("")."""
    out = []
    for day in named_days(sentence, said_on):
        # where: the first written form of that day of the month in the sentence
        m = re.search(rf"(?<!\d){day.day}(?!\d)", sentence)
        at = m.start() if m else 0
        span = WEEK_DAYS if _WEEK_OF.search(sentence[:at]) else 1
        out.append((frozenset(day + timedelta(days=n) for n in range(span)), 0, _stems(_clause_of(sentence, at)),
                    _bound(sentence[:at])))
    for days, at in week_spans(sentence, said_on):
        # "weeks 9 to 12": its days; a clause naming no event of its own ("schedule them in ...") is any week's
        out.append((days, 0, _stems(_clause_of(sentence, at)) | {WEEK_EVENT}, _bound(sentence[:at])))
    for m in _MONTH_ONLY.finditer(" " + sentence):
        at = m.start("m") - 1
        out.append((frozenset(), MONTHS[m.group("m").lower()], _stems(_clause_of(sentence, at)), _bound(sentence[:at])))
    return out


def _bound(before: str) -> str:
    """Whether the words before a day make it a bound: "before", "after", or "" for the day itself (also the end of a
    span, "5. bis 7. Januar")."""
    m = _BEFORE.search(before)
    if m and not re.search(r"\d\.?\s*$", before[:m.start()]):
        return "before"
    return "after" if _AFTER.search(before) else ""


def bare_days(sentence: str, said_on: date) -> list[tuple[date, int]]:
    """The days of the month a sentence names alone ("El 28 estamos llenos"), the next such day from said_on, each
    with where it is named."""
    out = []
    for m in _BARE_DAY.finditer(sentence):
        day = next((said_on + timedelta(days=n) for n in range(BARE_DAY_AHEAD)
                    if (said_on + timedelta(days=n)).day == int(m.group("d"))), None)
        if day is not None:
            out.append((day, m.start()))
    return out


def said_in_order(ordered: Sequence[Source], cleaned: dict):
    """Each sentence of every source, in time order, with its source."""
    for src in ordered:
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            yield src, text[a:b]


def _breaks(old: tuple, days: frozenset, month: int, bound: str) -> bool:
    """Whether a newer day (or month, or bound) for the same event leaves the old one out of force: another day, a
    bound the old day breaks ("before 20 January" for the 25th), a day past the old bound ("valid until 15 December"
    then "to 15 January")."""
    old_days, old_month, _, old_bound = old
    if days and old_days:
        if days & old_days:
            return False
        new, first, last = min(days), min(old_days), max(old_days)
        if bound == "before":
            return last > new
        if bound == "after":
            return first < new
        return new > last if old_bound == "before" else new < first if old_bound == "after" else True
    if month and old_month:
        return month != old_month and not bound
    if days and old_month:  # "in February", then "on 15 January": another month; "on 15 February" only says which day
        return min(days).month != old_month and not bound
    return False


def _moves(old: tuple, sentence: str, said_on: date) -> bool:
    """Whether a newer sentence gives the old day's event another day (and does not name the old day again: "from
    the 4th to the 11th" is moved.py's)."""
    found = _mentions(sentence, said_on)
    # the old day named again for the same event keeps it ("from the 4th to the 11th"); named as taken by another
    # ("in KW 6 wird der Parkplatz asphaltiert, bitte Montage ab 19. Februar") it is what gives way
    if any((days & old[0] or month and month == old[1]) and (_meet(stems, old[2]) or not stems - {WEEK_EVENT})
           for days, month, stems, _ in found):
        return False
    # two days whose clauses name no event are the same thing's when the newer is said as a change
    # a day said as a change moves the one dated thing of the thread, a day whose clause names no event; a change
    # that declines a day or asks is not yet a day in force ("One change - 16 January doesn't work", "... ?")
    change = bool(_CHANGE.search(sentence)) and not old[2] - _DATE_LABEL and len(found) == 1 \
        and not DECLINE.search(sentence) and "?" not in sentence
    return any((_meet(stems, old[2]) or change) and _breaks(old, days, month, bound)
               for days, month, stems, bound in found)


def _declines(old: tuple, sentence: str, said_on: date) -> bool:
    """Whether a newer sentence declines the old day: names it (or its month, or its day of the month alone) with
    "can't", "ne va pas", "llenos" ..., about the same event or with the day as what it speaks of."""
    decline = DECLINE.search(sentence)
    if not decline or "?" in sentence and not re.search(r"[,;:]", sentence[decline.end():sentence.index("?")]):
        return False  # "Le mardi 5 janvier, ce n'est pas possible pour vous ?" asks; "late for us, can it ...?" declines
    old_days, old_month, old_stems, _ = old
    named = [(stems, 0) for days, month, stems, _ in _mentions(sentence, said_on)
             if days & old_days or month and month == old_month]
    named += [(_stems(_clause_of(sentence, at)), at) for day, at in bare_days(sentence, said_on) if day in old_days]
    # "El 28 estamos llenos": the day opens the sentence (or its clause), it is what is declined
    return any(_meet(stems, old_stems) for stems, _ in named) or (bool(named) and _opens_clause(sentence))


def _side(direction: str) -> str:
    """Whose word a source is: the customer's, or the rep's (their emails and call notes)."""
    return "customer" if direction == "inbound" else "rep"


def _own(item: Item) -> list[tuple]:
    """The days a point names, as mentions; a day of the month said alone ("El 28") when it names none other."""
    text = item.text if item.kind == "standing" else item.quote  # a clause said again stands on its own words
    found = _mentions(text, item.at.date())
    if not found:
        found = [(frozenset({day}), 0, _stems(_clause_of(text, at)), "") for day, at in bare_days(text, item.at.date())]
    return found


def _gone(item: Item, old: tuple, said: list) -> Source | None:
    """The first newer source that moves or declines one day of a point; the customer's own day (their event, their
    need) is moved by them or a call note, not by the rep's email; a deadline only by its own side."""
    for src, sentence in said:
        if item.direction == "note" and (src.kind, src.id) == (item.source_kind, item.source_id):
            # a note's revision after its arrow: "Delivery wk 3 -> she needs week 6"
            after = re.split(re.escape(item.quote.strip().rstrip(".")) + r"\s*(?:->|→|=>)", sentence, maxsplit=1)
            if len(after) == 2 and _moves(old, after[1], src.at.date()):
                return src
        if src.at <= item.at or (item.direction == "inbound" and src.direction == "outbound"):
            continue
        if old[3] == "before" and _side(src.direction) != _side(item.direction):  # a start ("ab") is either side's
            continue
        if _declines(old, sentence, src.at.date()) or _moves(old, sentence, src.at.date()):
            return src
    return None


def _opens_clause(sentence: str) -> bool:
    """Whether a sentence's first day opens its own clause ("Le mardi 5 janvier ne va pas", "One change - Sept 16
    doesn't work anymore"): the day is what the clause speaks of."""
    first = re.search(r"\d|\b(?:" + _MONTH_WORDS + r")\b", sentence, re.I)
    if not first:
        return False
    cuts = [m.end() for m in _CLAUSE.finditer(sentence[:first.start()])]
    return len(sentence[max(cuts, default=0):first.start()].split()) <= 2


def _settled(item: Item, old: tuple, said: list) -> Source | None:
    """The source after which a customer's decline of a day says nothing more: their own other day in the same
    message, or any newer day for that event ("Le mardi 5 janvier ne va pas. Le vendredi 8 janvier, c'est possible ?")."""
    if item.direction == "outbound" or not _declines(old, item.quote, item.at.date()):
        return None
    of_day = _opens_clause(item.quote)  # the day is what was declined
    for src, sentence in said:
        if src.at < item.at or item.quote.strip() in sentence or sentence.strip() in item.quote:
            continue
        if any((of_day or _meet(stems, old[2])) and _breaks(old, days, month, bound)
               for days, month, stems, bound in _mentions(sentence, src.at.date())):
            return src
    return None


# A day written out with its month ("1er janvier", "15. Juni", "June 15", "7 de junio").
_WRITTEN_DAY = re.compile(rf"\b\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(?:{_MONTH_WORDS})\b|"
                          rf"\b(?:{_MONTH_WORDS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.I)


def _day_replaced(item: Item, said: list) -> Item:
    """A priced point of the rep's whose one day a newer rep email or note moved, said with the new day: the price
    stays in force, the day is the newer one ("entrée au 1er janvier" -> "entrée au 1er février")."""
    own = _own(item)
    days = _WRITTEN_DAY.findall(item.quote)
    if len(own) != 1 or len(days) != 1:
        return item
    for src, sentence in said:
        if src.at <= item.at or src.direction == "inbound" or not _moves(own[0], sentence, src.at.date()):
            continue
        new = [m.group(0) for m in _WRITTEN_DAY.finditer(sentence)  # the day of the same event, not a bound beside it
               if _meet(_stems(_clause_of(sentence, m.start())), own[0][2]) and not _bound(sentence[:m.start()])]
        if len(new) == 1 and new[0] != days[0]:
            return replace(item, quote=item.quote.replace(days[0], new[0]), text=item.text.replace(days[0], new[0]))
    return item


def _put_forward(old: tuple, decline: str, src: Source, said: list, kept: frozenset) -> str | None:
    """The one day the customer's declining email puts forward instead ("Can the second session be Sat Sept 23?"), as
    written, or None: a day of the same event, or any day when the declined day opens its clause."""
    opens = _opens_clause(decline)
    found = set()
    for other, sentence in said:
        if (other.kind, other.id) != (src.kind, src.id):
            continue
        for m in _WRITTEN_DAY.finditer(sentence):
            days = set(named_days(m.group(0), src.at.date()))
            if days and not days & (old[0] | kept) and not _bound(sentence[:m.start()]) \
                    and (opens or _meet(_stems(_clause_of(sentence, m.start())), old[2])):
                found.add(m.group(0))
    return found.pop() if len(found) == 1 else None


def _declined_in_part(item: Item, said: list) -> Item:
    """A point naming several days of which a newer customer email declines one ("Sept 9 and Sept 16", then "Sept 16
    doesn't work anymore"): their own wish or a note's is said with the day they put forward instead, else it is out of
    force (a rep's confirmation of it always is); the declined day is never said again."""
    own = _own(item)
    if len(own) < 2:
        return item
    for src, sentence in said:
        if src.at <= item.at or src.direction != "inbound":
            continue
        hit = [old for old in own if _declines(old, sentence, src.at.date())]
        if len(hit) != 1:
            continue
        kept = frozenset().union(*[o[0] for o in own if o is not hit[0]])
        written = {m.group(0) for m in _WRITTEN_DAY.finditer(item.quote)
                   if set(named_days(m.group(0), item.at.date())) & hit[0][0]}
        new = _put_forward(hit[0], sentence, src, said, kept)
        old = written.pop() if len(written) == 1 else ""
        # the customer's own wish takes their new day; the rep's confirmation of the old one no longer holds
        if new and old and item.direction != "outbound" and (old in item.text or not item.text):
            return replace(item, quote=item.quote.replace(old, new), text=item.text.replace(old, new))
        return replace(item, status="superseded", by=f"{src.kind}:{src.id}")
    return item


def redated(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Open points of DATED_KINDS whose every day a newer sentence moved or declined, marked superseded, and a decline
    itself once another day is put forward; a point that prices something is left to the figure rules unless a newer
    source states its amounts again ("Agreed NOK 1,480,000 for 1, delivery week 6" after "... NOK 1,480,000, delivery
    week 3"), a point with two events' days stays while one of them does."""
    said = list(said_in_order(ordered, cleaned))
    out = []
    for item in items:
        text = item.text if item.kind == "standing" else item.quote
        # a priced point only when a newer source states its every amount again (the price stays in force there)
        priced = amounts(text)
        restated = not priced or priced <= set().union(
            *[amounts(sentence) for src, sentence in said if src.at > item.at] or [set()])
        if item.status == "open" and item.kind in DATED_KINDS and not restated and item.direction != "inbound":
            item = _day_replaced(item, said)  # "165 €/m², entrée au 1er janvier", then "l'entrée au 1er février"
        elif item.status == "open" and item.kind in DATED_KINDS and restated:
            own = _own(item)
            gone = [_gone(item, old, said) or _settled(item, old, said) for old in own]
            if own and all(gone):
                later = max(gone, key=lambda s: s.at)
                item = replace(item, status="superseded", by=f"{later.kind}:{later.id}")
        if item.status == "open" and item.kind in DATED_KINDS:
            item = _declined_in_part(item, said)
        out.append(item)
    return out

