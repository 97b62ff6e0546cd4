"""What every wish reader shares: the Wish and AutoReply records, the vocabulary of contact, numbers, weekdays and
months, sentence splitting and the local-day arithmetic of quiet periods."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.exceptions import BadInput
from followup.text.dates import EN_MONTH_CUTS, MONTHS, alternation, corrected_days
from followup.text.prefilter import live, prefilter_patterns

A_FEW_DAYS = 3  # SPEC: "a few days" = 3 days; also the default for "let me think about it"
A_COUPLE_DAYS = 2
DAYS_PER_MONTH = 30
MAX_SENTENCE_CHARS = 400  # a longer "sentence" is a pasted block, not the customer speaking

QUIET, PAUSED, DNC, PREFERENCE = "quiet", "paused", "do_not_contact", "preference"


@dataclass(frozen=True)
class Wish:
    kind: str  # "quiet" | "paused" | "do_not_contact" | "preference"
    quote: str  # exact span of the input text that caused it
    until: datetime | None = None  # quiet: naive UTC end of the quiet period
    preference: str | None = None  # preference: "time:afternoon", "channel:email", ...
    certain: bool = True  # False: a possible wish, held for the rep to confirm or dismiss


@dataclass(frozen=True)
class AutoReply:
    is_auto: bool
    return_at: datetime | None  # naive UTC, start of the stated return day in the customer's time zone
    quote: str | None


# ---------------------------------------------------------------- shared vocabulary
ME = r"(?:me|us)"
# every way of getting in touch, including the annoyed ones ("stop hounding me", "don't ring me again"); "write me" as
# American English says it, not a thing written for the writer ("write me a quote")
CONTACT_VERB = (r"(?:contact(?:ing)?|e-?mail(?:ing)?|call(?:ing)?|messag(?:e|ing)|text(?:ing)?|"
                r"writ(?:e|ing)(?: to|(?=\s+(?:me|us)\b(?!\s+(?:a|an|the|some|your)\b)))|"
                r"reach(?:ing)? out(?: to)?|ring(?:ing)?|phon(?:e|ing)|hound(?:ing)?|harass(?:ing)?|hassl(?:e|ing)|"
                r"badger(?:ing)?|pester(?:ing)?|bother(?:ing)?)")
# what arrives from a sender: the nouns an opt-out halts
MAIL_NOUN = (r"(?:e-?mails|mails|mailings|messages|correspondence|communications?|contact|newsletters|marketing|"
             r"calls|follow[- ]?ups|solicitations|offers|promotions|updates\s+from\s+you)")
# A negation just before a contact verb ("don't", "never said", "no need to"): no request to stop.
NEG_BEFORE = re.compile(r"\b(?:don'?t|do not|never said|not asking (?:you )?to|didn'?t (?:say|ask)|"
                        r"no need to)\s+(?:\w+\s+){0,2}$", re.I)
# Words bounding a wish in time ("for now", "until", "for the next few days").
UNTIL_LATER = re.compile(r"\b(?:for\s+now|for\s+the\s+(?:time\s+being|moment)|at\s+(?:the|this)\s+moment|until|"
                         r"till|til|before|for (?:a|(?:the )?next|another|one|two|\d+) (?:few )?(?:day|week)s?|"
                         r"next week)\b", re.I)

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "another": 1, "a further": 1, "an extra": 1,
        "couple": A_COUPLE_DAYS, "a couple": A_COUPLE_DAYS, "a couple of": A_COUPLE_DAYS, "couple of": A_COUPLE_DAYS,
        "few": A_FEW_DAYS, "a few": A_FEW_DAYS, "some": A_FEW_DAYS, "several": A_FEW_DAYS}
_UNIT_DAYS = {"day": 1, "week": 7, "wk": 7, "fortnight": 14, "month": DAYS_PER_MONTH}
# An English month right after a number makes it a day of the month, not an hour ("before 9 July", "after 3 Aug";
# "May" only where the verb cannot stand: "after 2 may be best" keeps its hour)
MONTH_AFTER_NUMBER = (rf"\s*(?:of\s+)?(?:(?:{alternation(EN_MONTH_CUTS, without=('may',))})[a-z]*\b|"
                      r"may(?=\s*(?:[,.;:!?)]|$|\d)))")
# Every month name read (MONTHS) as one alternation, the longest first.
MONTH_RE = alternation(MONTHS)


def compiled(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """The named regexes of a table, compiled case-insensitively."""
    return {name: re.compile(rx, re.I) for name, rx in table.items()}


# "vor dem 14. Dezember", "am 3. März": the period of a German or Nordic ordinal day before a month ends no sentence
# ("May" is left out: "we paid on the 12. May I ask why" is two)
# Finnish, Czech, Slovak and Croatian write the day so too ("ennen maanantaita 23. marraskuuta", "do 18. listopadu",
# "do 5. prosinca"): their months in the forms that follow a day
_TONGUE_MONTHS = (r"(?:tammi|helmi|maalis|huhti|touko|kes[äa]|hein[äa]|elo|syys|loka|marras|joulu)kuu\w*|"
                  r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
                  r"januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|"
                  r"siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca")
_ORDINAL_MONTH = ("(?i:(?:" + alternation(m for m in MONTHS if len(m) > 3 and m != "may") + "|" + _TONGUE_MONTHS
                  + r")\b)")
QUOTED = re.compile(r"\s*(?:>|&gt;)")  # a quoted line left in the new text is not the customer speaking now
# A line is a sentence ("Remove me from your list" above a signature), "acme.com" is not two, and a hard-wrapped
# line that goes on in lower case is the same sentence ("I would not want to call it\na packaging police").
# "PO No. 2231" is one sentence: "No." / "Nr." before a number abbreviates "number"; "Mrs. Patel" is one too, and so
# is the Nordic clock's "ring kl. 14-16".
# So are a section of a law ("Art. 21 Abs. 2 DSGVO"), the abbreviations said inside a sentence ("bel me a.u.b. niet
# meer", "z.B.", "bzw.", "s.v.p.") and a German day said without its month before the words that go on ("nicht vor dem
# 9. wieder melden", "bis zum 8. damit in Ruhe"); a foreign title is left as it was: "Sr. Miguel, ..." keeps the greeting apart.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\w)|(?:(?<=\b[Nn][Oo])|(?<=\b[Nn]r)|(?<=\b[Kk]l)|(?<=\bArt)|(?<=\bAbs))"
                       r"\.(?=[ \t]*\d)|"
                       r"(?:(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr))\.(?=[ \t]+[A-Z])|"
                       r"(?:(?<=\ba\.u\.b)|(?<=\bz\.B)|(?<=\bbzw)|(?<=\bggf)|(?<=\bevtl)|(?<=\bd\.h)|(?<=\bs\.v\.p)|"
                       r"(?<=\bp\.ex)|(?<=\bp\.ej))\.(?=[ \t]+[a-zäöüàâçéèêîôûñ])|"
                       r"(?:(?<=\b\d)|(?<=\b[0-3]\d))\.(?=[ \t]+(?:wieder|bitte|bis|nicht|zur(?:ü|ue)ck|melden|kontaktieren|"
                       r"anrufen|erst|noch|damit|dann|in|und|mit|schon|keine?)\b)|"
                       r"(?<=\b\d)\.(?=[ \t]*" + _ORDINAL_MONTH + r")|(?<=\b[0-3]\d)\.(?=[ \t]*" + _ORDINAL_MONTH + r")|"
                       r"\n(?=[ \t]*[a-z(\"']))+(?:[.!?]+|(?=\n)|$)")


def zone_of(tz: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or BadInput naming it."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadInput(f"unknown time zone {tz!r}") from exc


def sentence_offsets(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs so quotes stay exact substrings of the input."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def wish_kind(wish: Wish) -> str:
    """A wish's kind, a preference's "time" or "channel" counting as a kind of its own."""
    return wish.preference.split(":")[0] if wish.kind == PREFERENCE and wish.preference else wish.kind


def sentence_quote(sentence: str, offset: int, text: str) -> str:
    """A sentence as it stands in the text at its offset, the white space around it off: the quote of a wish the whole
    sentence says."""
    stripped = sentence.strip()
    start = offset + sentence.index(stripped)
    return text[start: start + len(stripped)]


def guarded(sentence: str, guards: dict[str, re.Pattern[str]]) -> bool:
    """True when any guard matches the sentence."""
    return any(g.search(sentence) for _, g in live(guards, sentence))


def local_time(sent_at: datetime, zone: ZoneInfo) -> datetime:
    """sent_at (naive UTC) as an aware local time."""
    return sent_at.replace(tzinfo=timezone.utc).astimezone(zone)


def _count(word: str | None) -> int:
    """A count word or digits as an int."""
    word = re.sub(r"\s+", " ", (word or "").lower()).strip()
    return int(word) if word.isdigit() else _NUM.get(word, A_FEW_DAYS)


def duration_days(m: re.Match[str]) -> int:
    """Days of a matched duration; "a week or two" takes the longer end, as the customer asked for up to that."""
    unit = _UNIT_DAYS[m.group("unit").lower()]
    n = _count(m.group("n"))
    n2 = (m.group("n2") or "").lower()
    if n2 and n2 != "so":
        n = max(n, _count(n2))
    return corrected_days(m.string[m.end():], _NUM, _UNIT_DAYS, unit) or n * unit


def thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# Common English words: a sentence with two of them is read as English, and the tables of the other languages' cue
# words (the slowest patterns on long mail) are not searched in it.
# (not "is", "me", "we", "my", "to", "for", "of", "will", "i": Dutch, German, Polish and Nordic use them too)
_ENGLISH_WORDS = frozenset(("the", "and", "you", "your", "it", "this", "that", "with", "are", "have", "please", "can",
                            "would", "could", "our", "i'm", "i'll", "i'd", "don't", "just", "thanks", "if", "but", "not",
                            "from", "any", "all", "be"))
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=256)
def english(sentence: str) -> bool:
    """Whether a sentence reads as English (two distinct common English words)."""
    found = 0
    seen = set()
    for word in _WORDS.findall(sentence.lower()):
        if word in _ENGLISH_WORDS and word not in seen:
            seen.add(word)
            found += 1
            if found >= 2:
                return True
    return False


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
