"""Facts a follow-up must restate, read by rules from one customer's messages and call notes.

Pure functions: no database, no Flask. Every Fact keeps the exact source span (``quote``) so the draft
can link each point to where it came from, and its ``text`` only rearranges words of that span plus
pronouns and a few function words, so whatever the draft says still grounds in the sources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Sequence
from zoneinfo import ZoneInfo

from followup.text.dates import EN_MONTHS, WEEKDAYS, next_weekday

KINDS = ("commitment", "request", "question", "figure", "date", "next_step", "constraint")

# A sentence longer than this is prose or a pasted paragraph, not a point a short follow-up restates.
DEFAULT_MAX_SENTENCE_WORDS = 45
# A due date given without a time of day means "during business hours of that day".
DEFAULT_DUE_TIME = time(17, 0)


@dataclass(frozen=True)
class Source:
    """One message (new text only) or call note of a single customer."""

    kind: str  # "message" | "note"
    id: int
    text: str
    at: datetime  # naive UTC
    direction: str  # "inbound" | "outbound" | "note"


@dataclass(frozen=True)
class Fact:
    """One point of the conversation, rephrased for the recap, with the span it came from."""

    kind: str
    text: str
    quote: str
    source_kind: str
    source_id: int
    due: datetime | None = None
    answered: bool = False


# ---------------------------------------------------------------- sentence splitting

_ABBREV = {"e.g", "i.e", "vs", "etc", "approx", "mr", "mrs", "ms", "dr", "inc", "ltd", "co", "jr", "sr", "st",
           "no", "incl", "est", "mo", "yr", "yrs", "min", "max", "ext", "dept", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
           "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m"}
_TITLES = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "e.g", "i.e"}
# Abbreviations that never end a sentence, whatever follows ("inkl. Dessertbuffet", "ca. 140", "Tel. Dr. Keller").
_NEVER_END = {"inkl", "zzgl", "exkl", "ca", "bzw", "evtl", "ggf", "vgl", "usw", "tel", "nr", "z.b", "u.a", "d.h",
              "incl", "excl", "approx", "env", "aprox", "sra", "srta", "mme", "mlle", "dres", "prof",
              "p.ex", "cf", "aprox", "tfno", "tlf"}
# Figure units that end a sentence only before a capital ("5 Mio. oder 10 Mio." is one sentence).
# Words that start a sentence after a unit abbreviation ("5 Mio. Gibt es ...", "10 Mio. We ...").
_STARTERS = set("""gibt wir ich die der das sie es und aber bitte können könnten ist sind was wie wann the we i it
is are can could please and but what how when nous je le la les il est pouvez nosotros el la los es puede podemos
qué cómo""".split())
_UNIT_ABBREV = {"mio", "mrd", "tsd", "mill", "std", "min", "max"}
_LEAD_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!\n]{0,30}[,!]\s*", re.I)
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-*\u2022]\s)|;\s")
_GREETING = re.compile(
    r"^(hi|hello|hey|dear|thanks|thank you|many thanks|cheers|best|regards|best regards|kind regards|"
    r"sincerely|all the best|talk soon)\b[\w\s,.!-]{0,30}$", re.I)


# Month names that follow a German ordinal day ("1. Juli"): the full stop there ends no sentence.
_ORDINAL_MONTHS = {"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                   "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept",
                   "okt", "nov", "dez"}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of text, stripped of whitespace and bullets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith((".",)) and not m.group().startswith(".."):
            word = re.search(r"([\w.]+)$", text[start:m.start()])
            nxt = text[m.end():m.end() + 2].strip()[:1]
            after = re.match(r"\s*([^\W\d_]+)", text[m.start() + 1:m.start() + 24])
            if word and re.fullmatch(r"\d{1,2}", word.group(1)) and after and after.group(1).lower() in _ORDINAL_MONTHS:
                continue  # a German ordinal date: "zum 1. Juli", "bis 30. Januar"
            if word and word.group(1).lower() in _NEVER_END:
                continue
            after_word = re.match(r"\s*([^\W\d_]+)", text[m.end():m.end() + 30])
            if word and word.group(1).lower() in _UNIT_ABBREV and nxt and (
                    nxt.islower() or nxt.isdigit() or (after_word and after_word.group(1).lower() not in _STARTERS)):
                continue  # "5 Mio. Deckungssumme": a German noun after the unit, not a new sentence
            if word and re.fullmatch(r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d{1,2}", word.group(1)) and nxt.islower():
                continue  # "am 18.12. für 140 Personen": a date written with dots, the sentence goes on
            if word and (word.group(1).lower() in _TITLES or (
                    (word.group(1).lower() in _ABBREV or re.fullmatch(r"[A-Za-z]", word.group(1)))
                    and (not nxt or nxt.islower() or nxt.isdigit()))):
                continue
        end = m.end() if m.group()[0] in ".!?" else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and (text[s].isspace() or text[s] in "-*\u2022"):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        lead = _LEAD_GREETING.match(text, s, e)
        if lead and lead.end() < e:
            s = lead.end()
        if e > s:
            out.append((s, e))
    return out


# ---------------------------------------------------------------- relative dates

# Day and month names as written in mail come from followup.text.dates (shared with grounding and wishes).
_WD = r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
        r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DATE_RE = re.compile(
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?P<mon>{_MON})\.?\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<mday2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MON})\b"
    rf"|\b(?P<rel>today|tonight|tomorrow|tmrw|eod|end of (?:the )?day|end of (?:the )?week|next week)\b"
    rf"|\b(?P<next>next\s+)?(?P<wd>{_WD})\b\.?",
    re.I)
_TIME_RE = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])\.?m\b\.?|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>\d{2})\b", re.I)


def _time_of_day(sentence: str) -> time | None:
    """The first clock time named in sentence, if any."""
    m = _TIME_RE.search(sentence)
    if not m:
        return None
    if m.group("h24"):
        return time(int(m.group("h24")), int(m.group("m24")))
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return time(hour, int(m.group("m") or 0))


def resolve_due(sentence: str, at: datetime, tz: str, due_time: time = DEFAULT_DUE_TIME) -> datetime | None:
    """Resolve the first date named in sentence (relative to at, naive UTC) to a naive-UTC due time."""
    zone = ZoneInfo(tz)
    local = at.replace(tzinfo=timezone.utc).astimezone(zone)
    today = local.date()
    day: date | None = None
    for m in _DATE_RE.finditer(sentence):
        if m.group("iso"):
            try:
                day = date.fromisoformat(m.group("iso"))
            except ValueError:
                continue
        elif m.group("mon") or m.group("mon2"):
            if (m.group("mon") or m.group("mon2")) in ("may", "mar"):  # the verb "may", the word "mar"
                continue
            month = EN_MONTHS[(m.group("mon") or m.group("mon2")).lower().rstrip(".")]
            mday = int(m.group("mday") or m.group("mday2"))
            try:
                day = date(today.year, month, mday)
            except ValueError:
                continue
            if day < today - timedelta(days=31):  # "Jan 5" said in December means next year
                day = day.replace(year=today.year + 1)
        elif m.group("rel"):
            rel = m.group("rel").lower()
            if rel in ("tomorrow", "tmrw"):
                day = today + timedelta(days=1)
            elif rel == "next week":
                day = today + timedelta(days=7 - today.weekday())
            elif "week" in rel:
                day = today + timedelta(days=(4 - today.weekday()) % 7)
            else:
                day = today
            # "end of day tomorrow": a later, more specific word wins over "end of day"
            later = _DATE_RE.search(sentence, m.end())
            if later and later.group("rel") and later.group("rel").lower() in ("tomorrow", "tmrw"):
                day = today + timedelta(days=1)
            elif later and later.group("wd"):
                continue
        elif m.group("wd"):
            # "may"/"sat"/"sun" as ordinary words: only a capitalised day name counts
            if m.group("wd")[0].islower() and m.group("wd").lower() in ("sat", "sun", "wed", "mon"):
                continue
            day = next_weekday(today, WEEKDAYS[m.group("wd").lower()], said_next=bool(m.group("next")),
                               today_counts=True)
        if day is not None:
            break
    if day is None:
        return None
    clock = _time_of_day(sentence) or due_time
    return datetime.combine(day, clock, tzinfo=zone).astimezone(timezone.utc).replace(tzinfo=None)


# ---------------------------------------------------------------- classification

_AMOUNT = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s?%|\b\d[\d,.]*\s?(?:k|m|mm|bn|million|thousand|percent|usd|dollars?|"
                     r"users?|seats?|licen[cs]es?|years?|yrs?|months?|miles?|units?|employees?|reps?|people|agents|"
                     r"staff|analysts|records|contacts|cars|vehicles|days|weeks|hours)\b|\b\d+-year\b|"
                     r"\b\d[\d,]{3,}\b|\b\d+\.\d+\b", re.I)
_COMMIT = re.compile(r"\b(i'll|i will|i’ll|we'll|we’ll|we will|i'm going to|i am going to|i can send|"
                     r"i'd be happy to|let me (?:send|check|get|find|put)|i shall)\b", re.I)
_NOTE_COMMIT = re.compile(r"^(sending|send|will|to send|to email|emailing|email|forwarding|forward|"
                          r"preparing|prepare|getting|get|checking|check|drafting|draft|putting|booking|book|"
                          r"scheduling|schedule|setting up|set up|running|run|mailing|mail)\b", re.I)
_NEXT = re.compile(r"\b(call (?:me |him |her |them |you )?back|next step|follow[- ]up|touch base|"
                   r"let's (?:meet|talk|schedule|set up|plan|get)|let us (?:meet|talk)|meet(?:ing)?|"
                   r"test drive|call (?:on|at|after|before|next)|^next\b|demo (?:on|at|next)|schedule a demo|schedule[ds]? |appointment|walk ?through|"
                   r"sign(?:ing)? (?:the|on)|closing|kick-?off|catch up)\b", re.I)
_REQUEST = re.compile(r"\b(please|can you|could you|would you|will you|would it be possible|(?:i|we)(?: \w+)? need|"
                      r"(?:i|we)(?:'d|’d| would)(?: \w+)? like|want to know|wondering|i want|we want|looking for|interested in|"
                      r"wants?|needs?|would like|asked for|asks for|prefers?|hoping|send me|send us|"
                      r"let me know)\b", re.I)
_CONSTRAINT = re.compile(r"\b(decides?|decision|approv\w*|sign[- ]off|must|can't|cannot|won't|only|no more than|"
                         r"at most|at least|deadline|before|until|budget|limit|max(?:imum)?|min(?:imum)?|"
                         r"requires?|required|not until|has to|have to|needs? to check|depends|"
                         r"out of office|away|on vacation|allerg\w*|pre-?approv\w*)\b", re.I)
_QUESTION_START = re.compile(r"^(what|when|where|which|who|why|how|is|are|do|does|did|can|could|would|will|"
                             r"should|shall|have|has|any chance|any update)\b", re.I)


def classify(sentence: str, direction: str) -> str | None:
    """The fact kind of one sentence said in direction, or None when it is not a point worth restating."""
    s = sentence.strip()
    if direction == "inbound":
        if s.endswith("?") or (_QUESTION_START.match(s) and "?" in s):
            return "question"
        if _REQUEST.search(s) and not _COMMIT.search(s):
            return "request"
        if _COMMIT.search(s) or _NEXT.search(s):
            return "next_step"
    else:
        if _COMMIT.search(s) or (direction == "note" and _NOTE_COMMIT.match(s)):
            return "commitment"
        if _NEXT.search(s):
            return "next_step"
        if direction == "note" and s.endswith("?"):
            return "question"
        if direction == "note" and _REQUEST.search(s):
            return "request"
    if (_CONSTRAINT.search(s) and not _AMOUNT.search(s)) or re.search(r"\b(decides?|approv)", s, re.I):
        return "constraint"
    if _AMOUNT.search(s):
        return "figure"
    if _CONSTRAINT.search(s):
        return "constraint"
    if re.search(r"\d", s):
        return "figure"
    if _DATE_RE.search(s) and any(m.group("wd") is None or m.group("wd")[0].isupper() for m in _DATE_RE.finditer(s)):
        return "date"
    return None


# ---------------------------------------------------------------- rephrasing into the recap's voice

# The customer's own words, restated to them: first person becomes second person and back.
_SWAP_INBOUND = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you",
                 "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves", "i'm": "you're",
                 "i'd": "you'd", "i'll": "you'll", "i've": "you've", "we're": "you're", "we'd": "you'd",
                 "we'll": "you'll", "we've": "you've", "am": "are", "was": "were", "your": "my",
                 "yours": "mine", "yourself": "myself", "you're": "I'm", "you'll": "I'll", "you've": "I've",
                 "you'd": "I'd"}
# A call note speaks of the customer in the third person.
_SWAP_NOTE = {"he": "you", "she": "you", "they": "you", "him": "you", "her": "your", "them": "you",
              "his": "your", "their": "your", "he's": "you're", "she's": "you're", "they're": "you're",
              "he'll": "you'll", "she'll": "you'll", "they'll": "you'll", "himself": "yourself",
              "herself": "yourself", "themselves": "yourselves"}
_SUBJECT_CONTEXT = {"can", "could", "would", "will", "do", "did", "does", "if", "that", "when", "should",
                    "whether", "and", "so", "because", "unless", "are", "were", "have", "had", "shall", "might"}
# A word after "you" that shows "you" was an object ("send you the", "for you to").
_OBJECT_FOLLOW = {"the", "a", "an", "to", "for", "about", "in", "on", "at", "and", "or", "so", "again", "too",
                  "as", "with", "from", "this", "that", "these", "those", "some", "all", "both", "if", "when",
                  "back", "know", "our", "my", "your", "more", "any", "up", "by", "soon", "later", "there"}
_NOTE_VERB = {"wants": "you'd like", "want": "you'd like", "needs": "you need", "need": "you need",
              "is": "you're", "has": "you have", "prefers": "you prefer", "likes": "you like",
              "asked": "you asked", "asks": "you asked", "said": "you said", "says": "you said",
              "will": "you will", "can": "you can", "can't": "you can't", "cannot": "you cannot",
              "won't": "you won't", "plans": "you plan", "thinks": "you think", "expects": "you expect",
              "hopes": "you hope", "mentioned": "you mentioned", "looking": "you're looking",
              "interested": "you're interested", "worried": "you're worried", "concerned": "you're concerned",
              "happy": "you're happy", "ok": "you're OK", "owns": "you own", "drives": "you drive",
              "currently": "you currently", "already": "you already", "leaning": "you're leaning",
              "considering": "you're considering", "comparing": "you're comparing", "not": "you're not",
              "waiting": "you're waiting", "away": "you're away", "out": "you're out"}
_NOTE_SUBJECT = re.compile(r"^(he|she|they|client|customer|cust|prospect|buyer|caller)\b\s*", re.I)
_COMMIT_VERB = {"sending": "send", "send": "send", "to send": "send", "emailing": "email", "email": "email",
                "to email": "email", "forwarding": "forward", "forward": "forward", "preparing": "prepare",
                "prepare": "prepare", "getting": "get", "get": "get", "checking": "check", "check": "check",
                "drafting": "draft", "draft": "draft", "putting": "put", "booking": "book", "book": "book",
                "scheduling": "schedule", "schedule": "schedule", "setting up": "set up", "set up": "set up",
                "running": "run", "run": "run", "mailing": "mail", "mail": "mail"}
_DETERMINERS = {"the", "a", "an", "my", "your", "his", "her", "their", "our", "this", "that", "these", "those",
                "them", "him", "you", "it", "over", "out", "up", "back", "some", "all", "both", "two", "three"}
_POSSESSABLE = re.compile(r"^(spouse|wife|husband|partner|boss|manager|team|cfo|ceo|board|budget|timeline|"
                          r"current|credit|lender|kids?|family|son|daughter|trade-?in|lease|policy|premium|"
                          r"deductible|renewal|contract|company|business|house|home|car|credit score|"
                          r"down payment|closing|income|rate|quote)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def _swap(text: str, table: dict[str, str]) -> str:
    """Swap pronouns per table, deciding subject "I" vs object "me" for a swapped "you" by context."""
    out, pos = [], 0
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        w = m.group().replace("’", "'")
        low = w.lower()
        rep = table.get(low)
        if low == "you" and table is _SWAP_INBOUND:
            prev = words[i - 1].group().lower() if i else ""
            nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
            gap = text[m.end():words[i + 1].start()] if i + 1 < len(words) else ""
            subject = i == 0 or prev in _SUBJECT_CONTEXT or (
                nxt and not gap.strip() and nxt not in _OBJECT_FOLLOW)
            rep = "I" if subject else "me"
        if low in ("am", "was") and (i == 0 or words[i - 1].group().lower() not in ("i",)):
            rep = None
        if rep is None:
            continue
        if w[0].isupper() and rep != "I" and (i == 0 or low not in ("i",) and not low.startswith("i'")):
            rep = rep[0].upper() + rep[1:]
        out.append(text[pos:m.start()])
        out.append(rep)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _lower_first(text: str) -> str:
    """Lower-case the first word when it is an ordinary word, so it can sit inside a sentence."""
    m = re.match(r"([A-Z][a-z']*)(\b.*)", text, re.S)
    if m and m.group(1).lower() in _ORDINARY and not re.match(r"I\b", m.group(1)):
        return m.group(1).lower() + m.group(2)
    return text


_ORDINARY = set(_SWAP_INBOUND) | set(_SWAP_NOTE) | set(_NOTE_VERB) | {
    "can", "could", "would", "will", "do", "does", "did", "what", "when", "where", "which", "who", "why", "how",
    "is", "are", "please", "the", "a", "an", "also", "and", "but", "so", "we", "you", "any", "should", "have",
    "has", "just", "one", "let", "let's", "it", "it's", "there", "that", "this", "if", "once", "then",
    "quick", "still", "also", "let", "send", "call", "meet", "both", "our", "as", "for", "on", "in", "at"}


def _strip_end(text: str) -> str:
    """Drop the sentence's closing punctuation; the template adds its own."""
    return text.rstrip(" .!;:,")


def rephrase(sentence: str, direction: str, kind: str) -> str:
    """Restate a sentence for the recap in the rep's voice, addressing the customer as "you"."""
    s = _strip_end(sentence)
    if direction == "inbound":
        if kind == "question":
            m = re.match(r"^(can|could|would|will)\s+you\s+(.*)$", s, re.I | re.S)
            if m:
                return "you asked if I " + m.group(1).lower() + " " + _swap(m.group(2), _SWAP_INBOUND).rstrip("?")
            s = re.sub(r"^(and|also|so|but|plus|oh|ok|okay)\b[,\s]*", "", s, flags=re.I)
            return "you asked: " + _lower_first(_swap(s, _SWAP_INBOUND)).rstrip("?") + "?"
        s = re.sub(r"^(one more thing|also|btw|by the way|oh|and|plus|ps|p\.s\.)\b[:,.\s]*", "", s, flags=re.I) or s
        swapped = _swap(s, _SWAP_INBOUND)
        m = re.match(r"^(please|can you|could you|would you)\s+(.*)$", s, re.I | re.S)
        if m:
            return "you asked me to " + _swap(m.group(2), _SWAP_INBOUND)
        if not re.match(r"^(you|your)\b", swapped, re.I):
            return "you mentioned: " + _lower_first(swapped)
        return _lower_first(swapped)
    if direction == "outbound":
        return _lower_first(s)
    # a call note: rep shorthand about the customer
    s = _NOTE_SUBJECT.sub("", s)
    low = s.lower()
    for verb in sorted(_COMMIT_VERB, key=len, reverse=True):
        if low.startswith(verb + " ") and kind == "commitment":
            rest = s[len(verb) + 1:]
            first = rest.split(" ", 1)[0].lower()
            if first not in _DETERMINERS and not first[:1].isdigit() and _COMMIT_VERB[verb] in ("send", "email", "forward", "mail", "prepare", "get", "draft", "put", "run"):
                rest = "the " + rest
            return "I'll " + _COMMIT_VERB[verb] + " " + _swap(rest, _SWAP_NOTE)
    m = re.match(r"^will\s+(.*)$", s, re.I | re.S)
    if m and kind == "commitment":
        return "I'll " + _swap(m.group(1), _SWAP_NOTE)
    m = re.match(r"^(call|email|text|ring|phone|follow up|check in|meet)\b(.*)$", s, re.I | re.S)
    if m:
        rest = m.group(2)
        if m.group(1).lower() in ("call", "email", "text", "ring", "phone") and not re.match(
                r"\s+(him|her|them|you)\b", rest, re.I):
            rest = " you" + rest
        return "I'll " + m.group(1).lower() + _swap(rest, _SWAP_NOTE)
    first = low.split(" ", 1)[0]
    if first in _NOTE_VERB:
        return _NOTE_VERB[first] + _swap(s[len(first):], _SWAP_NOTE)
    if _POSSESSABLE.match(s):
        head = _lower_first_any(s)
        m = re.match(r"^((?:current |new |preferred )?[a-z][a-z-]*(?: score| payment| premium| rate)?)\s+"
                     r"(?=[$€£~\d]|[A-Z])(.*)$", head, re.S)
        if m and m.group(1).split()[-1] not in ("decides", "needs", "wants"):
            return "your " + m.group(1) + " is " + _swap(m.group(2), _SWAP_NOTE)
        if re.match(r"^(budget|timeline|down payment|credit score|rate|premium|deductible|income)\b\s+[$€£\d~]",
                    head, re.I):
            noun = re.match(r"^(budget|timeline|down payment|credit score|rate|premium|deductible|income)", head,
                            re.I).group(1)
            return "your " + noun + " is " + _swap(head[len(noun):].lstrip(" :-"), _SWAP_NOTE)
        return "your " + _swap(head, _SWAP_NOTE)
    return _lower_first(_swap(s, _SWAP_NOTE))


def _lower_first_any(text: str) -> str:
    """Lower-case a leading common noun (never an acronym)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


# ---------------------------------------------------------------- extraction

def extract_facts(sources: Sequence[Source], tz: str,
                  max_sentence_words: int = DEFAULT_MAX_SENTENCE_WORDS) -> list[Fact]:
    """Read the facts of one customer's sources, oldest first, with due dates and answered flags."""
    ordered = sorted(sources, key=lambda s: (s.at, s.kind, s.id))
    facts: list[Fact] = []
    seen: set[str] = set()
    for i, src in enumerate(ordered):
        later_rep = [o for o in ordered[i + 1:] if o.direction in ("outbound", "note") and o.at > src.at]
        later_out = [o for o in ordered[i + 1:] if o.direction == "outbound" and o.at > src.at]
        for start, end in split_sentences(src.text):
            quote = src.text[start:end]
            if _GREETING.match(quote) or len(quote.split()) > max_sentence_words or len(quote.split()) < 2 \
                    and not _AMOUNT.search(quote):
                continue
            if quote.lstrip().startswith(">") or not re.search(r"[A-Za-z]{3,}", quote):
                continue
            kind = classify(quote, src.direction)
            if kind is None:
                continue
            text = rephrase(quote, src.direction, kind)
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            due = resolve_due(quote, src.at, tz) if kind in ("commitment", "next_step", "date", "request") else None
            if kind in ("question", "request"):
                answered = bool(later_rep) if src.direction == "inbound" else False
            elif kind == "commitment":
                # kept once the rep wrote again on or after the day it was due (any later email if undated)
                answered = any(due is None or _local_day(o.at, tz) >= _local_day(due, tz) for o in later_out)
            else:
                answered = False
            facts.append(Fact(kind=kind, text=text, quote=quote, source_kind=src.kind, source_id=src.id,
                              due=due, answered=answered))
    return facts


def _local_day(at: datetime, tz: str) -> date:
    """The calendar day of a naive-UTC time in zone tz."""
    return at.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz)).date()


def needs_follow_up(facts: Sequence[Fact], sources: Sequence[Source], now: datetime) -> str | None:
    """Why this customer needs a follow-up now, or None: open question, commitment due, or fresh call note."""
    if any(f.kind == "question" and not f.answered for f in facts):
        return "unanswered question"
    if any(f.kind == "request" and not f.answered and f.source_kind == "message" for f in facts):
        return "unanswered request"
    open_commitments = sorted((f for f in facts if f.kind == "commitment" and not f.answered),
                              key=lambda f: (f.due is None, f.due or now))
    if open_commitments:
        first = open_commitments[0]
        return f"commitment due {first.due.date().isoformat()}" if first.due else "open commitment"
    notes = [s.at for s in sources if s.kind == "note" and s.at <= now]
    messages = [s.at for s in sources if s.kind == "message" and s.at <= now]
    if notes and (not messages or max(notes) > max(messages)):
        return "call note newer than last message"
    return None
