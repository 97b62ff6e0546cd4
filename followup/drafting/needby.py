"""A day the customer needs the rep's work by, said as a need and not asked ("we must have it running by 1 March",
"Delivery of all 20 units before 14 December, when the ICU opens", "lo necesitamos colgado antes del 5 de febrero",
"die Anlage muss bis zum 6. Februar fertig sein"): the question it implies, can it be done by then, is the rep's to
answer, so it gets an answer slot ("[[answer: can all 20 units be delivered before 14 December? (when the ICU
opens)]]"), unless the rep has said that day since. Read as who (the rep's work or thing) x verb (delivered,
installed, finished ...) x time (by/before a named day). en/de/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.reading import UNSURE
from followup.drafting.sentences import Source

NEEDED = "needed_by"  # the kind of a slot's item: a day the customer needs the work by, asked as a question

# The kinds of point a need is said in: a statement or deadline of theirs; never a question, a booked time, an order.
_SAID_KINDS = ("constraint", "term", "request", "preference", "listed", "next_step", "deadline")

# Needed-by slots a draft asks, at most: more would bury the customer's own questions.
MAX_NEEDED = 2

_MONTHS_EN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTHS_DE = r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
_MONTHS_ES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_WEEKDAY_EN = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
# A named day: "1 March", "Friday 27 June", "March 1st", "the 14th of December", "the end of January".
_DAY_EN = (rf"(?:{_WEEKDAY_EN}?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}\b|"
           rf"{_WEEKDAY_EN}?{_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|(?:the\s+)?end\s+of\s+{_MONTHS_EN}\b)")
_DAY_DE = rf"(?:(?:zum|dem)\s+)?\d{{1,2}}\.\s*(?:{_MONTHS_DE}|\d{{1,2}}\.)"
_DAY_ES = rf"(?:\d{{1,2}}\s+de\s+{_MONTHS_ES}|fin(?:ales)?\s+de\s+{_MONTHS_ES})"

# What the rep does or brings, as its noun and as the verb a question asks it with.
_NOUNS_EN = {"delivery": "delivered", "installation": "installed", "install": "installed", "fitting": "fitted",
             "commissioning": "commissioned", "completion": "completed", "handover": "handed over",
             "set-up": "set up", "setup": "set up", "assembly": "assembled"}
_PARTICIPLE_EN = (r"(?:finished|done|completed|complete|ready|delivered|installed|fitted|running|up and running|"
                  r"in place|on site|set up|commissioned|operational|hung|built|assembled|here|with us)")
# The thing needed: "it", "them", "the work", "both pools", "all 20 units", "everything" (never "we", "I").
_THING_EN = (r"(?:it|them|everything|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:both|all|all\s+the|our|the\s+new)\s+"
             r"(?:[\w-]+\s+){0,2}?[\w-]+)")
_PREP_EN = r"(?P<prep>by|before|no later than)"

_EN = [
    # "the work must be finished before our 29 January wedding booking", "it needs to be installed by 1 March"
    re.compile(rf"^(?:.*?\b(?:and|but|so|also),?\s+)?(?P<thing>{_THING_EN})\s+(?:must|needs?\s+to|has\s+to|have\s+to|"
               rf"should)\s+(?:be\s+)?(?P<part>{_PARTICIPLE_EN})\s+{_PREP_EN}\s+(?:our\s+|the\s+)?(?P<day>{_DAY_EN})"
               r"(?P<rest>.*)$", re.I),
    # "the receptionist needs to start a week early, Monday 30 August", "the crew must arrive by Friday 4 June"
    re.compile(rf"^(?:.*?\b(?:and|but|so|also),?\s+)?(?P<thing>{_THING_EN})\s+(?:must|needs?\s+to|has\s+to|"
               rf"have\s+to)\s+(?P<verb>start|begin|arrive|come|go live)\s+(?:[\w-]+,?\s+){{0,3}}?"
               rf"(?P<prep>on|by|before|from)?\s*(?P<day>{_DAY_EN})(?P<rest>.*)$", re.I),
    # "we must have it running by 1 March", "we need them delivered before 14 December", "we need it by Friday"
    re.compile(rf"\bwe\s+(?:must|need\s+to|have\s+to|will\s+need\s+to)?\s*(?:have|need|want)\s+(?P<thing>{_THING_EN})"
               rf"\s+(?:(?P<part>{_PARTICIPLE_EN})\s+)?{_PREP_EN}\s+(?:our\s+|the\s+)?(?P<day>{_DAY_EN})(?P<rest>.*)$",
               re.I),
    # a list's line: "Delivery of all 20 units before 14 December, when ...", "Installation on 19 or 20 December"
    re.compile(rf"^[\s\d.)•*-]*(?P<noun>{'|'.join(_NOUNS_EN)})(?:\s+of\s+(?P<thing>[^,.;]{{1,40}}?))?\s+"
               rf"(?P<prep>by|before|on)\s+(?:our\s+|the\s+)?(?P<day>(?:{_DAY_EN})|\d{{1,2}}\s+or\s+{_DAY_EN})"
               r"(?P<rest>.*)$", re.I),
]
# The rep's offer held until a day: "procurement needs the offer valid until 31 January", "we also need the quote to
# stay valid until our bank meeting on 3 February": can it stay valid until then?
_HOLD_EN = re.compile(rf"\b(?:need|needs|want|wants|would like|require|requires)\s+(?:the|your)\s+"
                      rf"(?P<thing>offer|quote|quotation|price|prices|proposal)\s+(?:to\s+(?:stay|remain|be)\s+)?"
                      rf"(?:valid|held|open|fixed)\s+(?P<prep>until|till|through)\s+"
                      rf"(?:(?:our|the)\s+(?P<occasion>(?:[\w-]+\s+){{1,3}}?)on\s+)?(?P<day>{_DAY_EN})(?P<rest>.*)$", re.I)
_ES = re.compile(rf"\b(?:lo|la|los|las)\s+necesit(?:o|amos|an?)\s+(?P<part>[a-záéíóú]+(?:ad|id)[oa]s?)\s+"
                 rf"(?P<prep>antes\s+del?|para\s+el)\s+(?P<day>{_DAY_ES})(?P<rest>.*)$", re.I)
_DE = re.compile(rf"^(?:.*?\b(?:und|aber|also)\s+)?(?P<thing>(?:die|der|das|alles|es)(?:\s+[\w-]+){{0,2}}?)\s+muss\s+"
                 rf"(?P<prep>bis|vor)\s+(?P<day>{_DAY_DE})\s+(?P<part>fertig|geliefert|montiert|installiert|eingebaut|"
                 r"aufgebaut|in Betrieb|betriebsbereit|da)\s+sein(?P<rest>.*)$", re.I)

# A reason or occasion after the day that tells the rep why it matters: "because the spa reopens 21 December".
_WHY = re.compile(r"^[\s,;–—-]*(?:because|as|since|when|so|that|for|porque|que|cuando|weil|da|wenn)\b\s*"
                  r"(?P<why>[^.;!?]{3,60}?)\s*[.;!?]?$", re.I)
# The customer agreeing to a day, not needing it: "Delivery on 12 January is good for us", "..., that works".
_AGREES = re.compile(r"^[\s,]*(?:is|would be|works|suits|that works|that's|is fine)\b[^.;]*?\b(?:good|fine|ok|okay|"
                     r"works?|suits?|perfect|great)\b|^[\s,]*(?:works|suits)\b", re.I)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS_EN}|{_MONTHS_DE}|{_MONTHS_ES})\b", re.I)


def _question(item: Item, language: str) -> tuple[str, str] | None:
    """The question a customer's stated need-by day implies, and why they need it then, or None."""
    quote = " ".join(item.quote.split()).rstrip(" .!")
    if "?" in quote:
        return None  # asked already: the customer's own question is slotted as it is
    if language == "en":
        hold = _HOLD_EN.search(quote)
        if hold:
            day = f"your {hold.group('occasion')}on {hold.group('day')}" if hold.group("occasion") else hold.group("day")
            asked = f"can the {hold.group('thing').lower()} stay valid {hold.group('prep').lower()} {day}"
            return asked, _why(hold.group("rest"))
        for n, pattern in enumerate(_EN):
            m = pattern.search(quote)
            if not m:
                continue
            if n == 3:
                thing = (m.group("thing") or "it").strip()
                verb = "be " + _NOUNS_EN[m.group("noun").lower()]
            elif n == 1:
                thing, verb = m.group("thing"), m.group("verb").lower()
            else:
                thing = m.group("thing")
                part = (m.group("part") or "").lower()
                verb = "be " + ({"complete": "completed", "here": "with you", "with us": "with you"}.get(part, part)
                                or "done")
            # a sentence's capital is no part of the thing ("The signs must ..."), a name's is ("Unit 4")
            thing = re.sub(r"^(The|Both|All|Our|It|Them|Everything)\b", lambda a: a.group(1).lower(), thing)
            thing = re.sub(r"^our\s+", "the ", thing, flags=re.I)  # "our new van" is the van to the rep
            thing = {"them": "they", "we": ""}.get(thing.lower(), thing)
            if not thing or _AGREES.match(m.group("rest")):
                return None
            asked = f"can {thing} {verb} {(m.group('prep') or 'on').lower()} {m.group('day')}"
            return asked, _why(m.group("rest"))
        return None
    if language == "es":
        m = _ES.search(quote)
        if m:
            return f"¿puede estar {m.group('part')} {m.group('prep')} {m.group('day')}", _why(m.group("rest"))
        return None
    if language == "de":
        m = _DE.search(quote)
        if m:
            thing = re.sub(r"^(Die|Der|Das|Alles|Es)\b", lambda a: a.group(1).lower(), m.group("thing"))
            return f"kann {thing} {m.group('prep')} {m.group('day')} {m.group('part')} sein", _why(m.group("rest"))
    return None


# The customer's own voice, which a bracket beside the rep's question would paste: "when we reopen", "que reabrimos".
_THEIR_VOICE = re.compile(r"\b(?:we|our|us|i|my|wir|unser\w*|ich|nosotros|nuestr\w*)\b|\w+mos\b", re.I)


def _why(rest: str) -> str:
    """The reason or occasion said after the day, when there is one not in the customer's own voice."""
    m = _WHY.match(rest or "")
    return m.group("why").strip() if m and not _THEIR_VOICE.search(m.group("why")) else ""


def _day_key(day: str) -> tuple[str, str]:
    """A named day as (its number, its month's first three letters), for finding it said again."""
    number = re.search(r"\d{1,2}", day)
    month = _MONTH_WORD.search(day)
    return (number.group(0) if number else "", month.group(0).lower()[:3] if month else "")


# A rep's sentence naming the day without settling it: "Delivery 14 Dec tbc w/ warehouse", "I'm checking the 14th".
_OPEN = re.compile(r"\?|\b(?:confirming|to confirm|will confirm|checking|will check|asking)\b", re.I)


def _said_by_rep(day: str, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether the rep named that day in an email or note, not as still to be settled: proposed before the customer's
    need ("delivery Tue 12 Jan ok"), which then only agrees, or answered since."""
    number, month = _day_key(day)
    for src in ordered:
        if src.direction not in ("outbound", "note"):
            continue
        text = cleaned.get((src.kind, src.id), src.text or "").lower()
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
            if not month or (number and not re.search(rf"(?<!\d){number}(?!\d)", sentence)) or month not in sentence:
                continue
            if not (UNSURE.search(sentence) or _OPEN.search(sentence)):
                return True
    return False


def needed_by(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str) -> list[Item]:
    """The items with each open need-by day no rep email or note has named turned into a slot's item."""
    asked = " ".join(i.quote for i in items if i.kind == "question" and i.status == "open").lower()
    out = list(items)
    added = 0
    for item in sorted(items, key=lambda i: i.at, reverse=True):
        if added >= MAX_NEEDED:
            break
        if item.direction != "inbound" or item.status != "open" or item.internal or item.kind not in _SAID_KINDS:
            continue
        found = _question(item, language)
        if not found:
            continue
        question, why = found
        day = re.search(rf"{_DAY_EN}|{_DAY_DE}|{_DAY_ES}", question, re.I)
        number, month = _day_key(day.group(0) if day else "")
        if number and month and re.search(rf"(?<!\d){number}(?!\d)[^?]*{month}", asked):
            continue  # the customer asks about that day themselves
        if day and _said_by_rep(day.group(0), ordered, cleaned):
            continue
        # the slot says the day: the need is not noted back beside it as well
        out[out.index(item)] = replace(item, kind=NEEDED, text=question, context=why)
        added += 1
    return out


def needed_slots(items: Sequence[Item], language: str) -> list[tuple[str, Item]]:
    """The answer slots of the need-by items: the question, with why the day matters in brackets."""
    out = []
    for item in items:
        if item.kind != NEEDED or item.status != "open":
            continue
        q = item.text[0].upper() + item.text[1:] if language == "de" else item.text
        out.append((f"[[answer: {q}? ({item.context})]]" if item.context else f"[[answer: {q}?]]", item))
    return out
