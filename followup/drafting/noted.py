"""A customer's dated statement about their side ("The board pack goes out on 4th December", "der Gemeinderat tagt am
17. Dezember"): a deadline or event the follow-up should show it has noted, even when it is not about "you"."""
from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.saidonce import counted
from followup.text.dates import alternation

# Month names and their usual short forms in the four languages, by their first letters.
MONTHS = {"jan": 1, "ene": 1, "janv": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3, "mär": 3, "apr": 4, "avr": 4,
          "abr": 4, "may": 5, "mai": 5, "jun": 6, "jui": 6, "juin": 6, "jul": 7, "juil": 7, "aug": 8, "ago": 8, "aoû": 8,
          "aou": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12, "déc": 12, "dic": 12}
# A month by its first three letters, in any of the four languages ("janv", "juin" and "juil" are read by theirs).
MONTH_STEM = "(?:" + alternation(stem for stem in MONTHS if len(stem) == 3) + ")"
# A day and its month in either order ("21 March", "21 de marzo", "March 21st").
DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|of\s+)?(?P<m>{MONTH_STEM})[a-zéû]*\b"
                        # "mardi 21", "martes 21": a weekday, not March
                       rf"|\b(?!mardi\b|martes\b)(?P<m2>{MONTH_STEM})[a-z]*\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
                       rf"|\b(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.", re.I)

# Who speaks or is spoken to: a foreign sentence with these cannot be restated as it stands (English is swapped).
_PERSONS = {"de": r"\b(?:wir|unser\w*|uns|ich|mein\w*|mir|mich|sie|ihr\w*|ihnen)\b",
            "fr": r"\b(?:on|nous|notre|nos|je|j'|mon|ma|mes|me|m'|moi|vous|votre|vos)\b",
            "es": r"\b(?:nosotros|nuestr\w*|nos|yo|mi|mis|me|usted\w*|su|sus|te|tu|tus)\b"}

# A customer's dated point the rep has answered in this many emails since is old news, its day ahead or not: their
# first email's scope ("publication prévue le 30 juin") is not noted again two offers later.
OLD_NEWS_REPLIES = 2

# A dated statement longer than this is left to the rest of the state (a recap sentence stays short).
NOTED_WORDS = 14


def dated_day(text: str, today: date) -> date | None:
    """The first day of the month a text names ("4th December", "am 17. Dezember", "el 11 de enero", "14.12."), in
    the year that puts it nearest after today's month; None without one."""
    m = DAY_MONTH.search(text)
    if m is None:
        return None
    day = int(m.group("d") or m.group("d2") or m.group("d3"))
    if m.group("m3"):
        month = int(m.group("m3"))
    else:
        name = (m.group("m") or m.group("m2")).lower()
        month = MONTHS.get(name[:4], MONTHS.get(name[:3], 0))
    year = today.year + (1 if month < today.month - 1 else 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Where a customer's sentence joins its dated event to what they want of it ("Board meets Thursday 2 December and I'd
# like one recommendation", "The partners are away from 20 December, so we want to sign before then").
_JOIN = re.compile(r",?\s+(?:and|so|but)\s+(?=(?:i|we|i'd|we'd|i'll|we'll|i'm|we're|can|could|please)\b)|,\s+", re.I)
# Who on the customer's side an event is of, named without an article in a hurried email ("Board meets ...").
_BODY = re.compile(r"^(?:board|partners?|committee|council|management|owners?|directors?|trustees|shareholders|"
                   r"auditors?|works council|team)\b", re.I)


# A clause with the customer's own wish or change in it is no event of theirs to note ("They want the term to start
# Jan 1 not Dec 15"): the change is said back elsewhere (changes.py).
_WISH = re.compile(r"\b(?:want|wants|like|need|needs|prefer|prefers|not|instead|rather)\b", re.I)


def dated_event(sentence: str, today: date) -> str:
    """An English customer's clause naming an event on a day still ahead, cut from what they want of it ("The board
    meets Thursday 2 December"), for a sentence too long or too tangled to note whole; "" otherwise."""
    if "?" in sentence:
        return ""
    for clause in _JOIN.split(sentence.strip().rstrip(" .!;:")):
        day = dated_day(clause, today)
        if day is not None and day >= today and 3 <= len(clause.split()) <= NOTED_WORDS and not _WISH.search(clause):
            return clause
    return ""


def the_body(text: str) -> str:
    """A body of the customer's side named without its article given one ("board meets ..." -> "the board meets ...")."""
    return f"the {text[0].lower()}{text[1:]}" if _BODY.match(text) else text


def dated_statement(sentence: str, language: str, today: date) -> str:
    """A foreign customer's statement naming a day still ahead and no one speaking, as a clause to note ("der
    Gemeinderat tagt am 17. Dezember"); "" otherwise."""
    s = sentence.strip().rstrip(" .!;:")
    if "?" in s or len(s.split()) > NOTED_WORDS or language not in _PERSONS or re.search(_PERSONS[language], s, re.I):
        return ""
    day = dated_day(s, today)
    if day is None or day < today:
        return ""
    return s[0].lower() + s[1:] if s[1:2].islower() else s


# A later word that a day moved: "the start must move to 14 December", "verschoben auf", "décalé au", "aplazado al".
_MOVED = re.compile(r"\b(?:mov(?:e|ed|es|ing)|postpone[sd]?|push(?:ed)? back|reschedul\w*|shift(?:ed)?|verschieb\w*|"
                    r"verschoben|verlegt|décal\w*|report[ée]e?s?|repouss\w*|aplaz\w*|pospu\w*|retras\w*|"
                    r"cambi\w* (?:al|a la)|instead of|statt|au lieu|en vez|en lugar)\b", re.I)


def moved_later(day: date, later_texts: list[str], today: date) -> bool:
    """Whether a later text says a day moved and names another day: the first day is out of force."""
    for text in later_texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            other = dated_day(sentence, today) if _MOVED.search(sentence) else None
            if other is not None and other != day:
                return True
    return False


def told_since_rep(facts: Sequence[Item], items: Sequence[Item], today: date) -> list[Item]:
    """The customer's points worth noting: what they told us before the rep's latest email was answered by it, so only
    what came since is news; their constraints, requests and dates still ahead ("the committee votes on 10
    December") stand whenever they were said, a date only until the rep has answered it twice."""
    wrote = max((i.at for i in items if i.direction == "outbound"), default=None)
    return [i for i in facts if i.direction == "inbound" and (
        wrote is None or i.at > wrote or i.kind != "term"
        or ((dated_day(i.text, today) or today) > today and _replies(i, items) < OLD_NEWS_REPLIES))]


def _replies(item: Item, items: Sequence[Item]) -> int:
    """How many of the rep's emails came after a point (one email's several items count once), 0 when none of them
    counts a thing of it again ("22 000 mots"): only a scope the rep's offers took in is old news."""
    later = [i for i in items if i.direction == "outbound" and i.at > item.at]
    taken = counted(item.text, days=False) & set().union(*[counted(i.quote) for i in later])
    return len({(i.source_kind, i.source_id) for i in later}) if taken else 0
