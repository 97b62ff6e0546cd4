"""The grounding report: every checkable token of a draft, and where in the customer's sources it appears.

A token is grounded when, after light normalisation, it occurs in one of this customer's sources or in a
profile text. Profile texts are what the rep may legitimately say without a source: the rep's name, email
and signature, and the customer's own display name and address (so "Hi Maria," grounds). Callers pass
exactly one customer's sources, which is what keeps another customer's data out (SPEC invariant 6).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Sequence
from zoneinfo import ZoneInfo

from followup.drafting.sentences import Source
from followup.text.dates import EN_MONTHS as _MONTH
from followup.text.dates import EN_SEPTEMBER_SLIP, FOREIGN_WEEKDAYS, alternation
from followup.text.dates import WEEKDAYS as _WEEKDAY
from followup.text.replies import ADDRESS

# English day and month names as a date is written, capitalised (matched case-sensitively); months with the slip
# "Sepember" this reader always took.
_WD = "(?:" + alternation(name.capitalize() for name in _WEEKDAY) + ")"
_MON = "(?:" + alternation(name.capitalize() for name in (*_MONTH, EN_SEPTEMBER_SLIP)) + ")"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"  # a day of the month: "15. April. 70 m²" holds no 70 April

# Order matters: earlier patterns claim their characters first (an email address before a name in it).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("email", re.compile(rf"\b{ADDRESS}\b")),
    ("url", re.compile(r"\b(?:https?://|www\.)[^\s<>()\"']+", re.I)),
    ("phone", re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")),
    ("date", re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")),
    ("date", re.compile(rf"\b{_MON}\.?\s+{_DAY}(?:st|nd|rd|th)?\b|\b{_DAY}(?:st|nd|rd|th)?\s+{_MON}\b")),
    ("time", re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]m\b|[ap]\.m\.)|\b(?:[01]?\d|2[0-3]):\d{2}\b|\bnoon\b|\bmidnight\b",
                        re.I)),
    ("date", re.compile(rf"\b{_WD}\b|\b{_MON}\b")),
    # a German, French or Spanish day name is a day, not the head of a name ("am Donnerstag Zeit genommen")
    ("date", re.compile(r"\b(?:" + alternation(w.capitalize() for w in FOREIGN_WEEKDAYS) + r")\b")),
    ("date", re.compile(r"\b(?:today|tonight|tomorrow|yesterday|tmrw|eod|end of (?:the )?(?:day|week|month))\b",
                        re.I)),
    ("percentage", re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent\b)", re.I)),
    ("amount", re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mm|bn|million|thousand|billion)\b)?"
                          r"|\b\d[\d,]*(?:\.\d+)?\s?(?:k|mm|bn|million|thousand|billion)\b"
                          r"|\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|dollars?)\b", re.I)),
    ("figure", re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\d])")),
    # (a capital with its accent, "Ángel", and a last letter with one, "Yamilé", are part of the name)
    ("name", re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’&-]*[^\W_](?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*[^\W_])*"
                        r"|\b[A-Z]\b")),
]

# Capitalised words that are not names: pronouns, greetings and sign-offs the template uses.
NAME_STOPLIST = frozenset("""
i i'm i'll i've i'd hi hello hey dear thanks thank best regards cheers ok okay re fwd fw yes no please
mr mrs ms dr am pm a an the and or but if so you your we our my on in at to for of by with from as it this
that these those there here what when where which who why how can could would will should may might
do does did is are was were be been has have had not next last let let's also just one per vs
herrn
""".split())  # "Herrn": the dative of the title "Herr" ("Frage von Herrn Koller"), never a name's own word
# Every English name of each month ("December", "Dec", "Dec."), for a weekday said before a date.
_MONTH_WORDS = {n: alternation(name for name, m in _MONTH.items() if m == n) + r"\.?" for n in set(_MONTH.values())}
DATE_LOOKAHEAD = 24  # characters after a weekday that hold the date it names ("Wednesday, 15th of November")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"(]\s*|^\s*[-*\u2022]\s*)$")


@dataclass(frozen=True)
class Token:
    """A checkable span of a draft and where it grounds ("message:12", "note:3", "profile"), if anywhere."""

    text: str
    kind: str
    start: int
    end: int
    grounded: bool = False
    where: str | None = None


@dataclass(frozen=True)
class GroundingReport:
    """Every token of one draft with its grounding; ok only when all of them ground."""

    tokens: tuple[Token, ...]

    @property
    def ok(self) -> bool:
        """True when every token grounds in a source or profile text."""
        return all(t.grounded for t in self.tokens)

    @property
    def unmatched(self) -> tuple[Token, ...]:
        """The tokens that ground nowhere, in text order."""
        return tuple(t for t in self.tokens if not t.grounded)

    def as_dict(self) -> dict:
        """A JSON-able form for storage and the UI."""
        return {"ok": self.ok, "tokens": [asdict(t) for t in self.tokens],
                "unmatched": [t.text for t in self.unmatched]}


def _at_sentence_start(text: str, start: int) -> bool:
    """True when position start begins a sentence, a line or a quotation."""
    return bool(_SENTENCE_END.search(text[max(0, start - 6):start]))


def extract_tokens(text: str) -> list[Token]:
    """The figures, amounts, dates, times, names, emails, phones and URLs of text, in order, ungrounded."""
    taken = [False] * len(text)
    tokens: list[Token] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            raw = m.group()
            if kind == "url":
                raw = raw.rstrip(".,;:!?")
                end = start + len(raw)
            if any(taken[start:end]):
                continue
            if kind == "name":
                token = _name_token(text, start, end)
                if token is None:
                    continue
                start, end, raw = token
            if kind == "date" and raw.lower() in ("may", "mar", "sat", "sun", "wed") and (
                    not raw[0].isupper() or (raw == "May" and _at_sentence_start(text, start))):
                continue  # the verbs "may", "mar", "wed", the star "sun"; "May I call?"
            for i in range(start, end):
                taken[i] = True
            tokens.append(Token(text=raw, kind=kind, start=start, end=end))
    return sorted(tokens, key=lambda t: t.start)


def _name_token(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Trim a run of capitalised words to the part that can be a name, or None."""
    words = list(re.finditer(r"\S+", text[start:end]))
    # drop leading stoplisted words; a lone capitalised word that starts a sentence is no evidence of a
    # name, but a run of them ("Contoso Bank will ...") is
    while words:
        w = words[0].group().rstrip("'’")
        if w.lower() in NAME_STOPLIST or w.lower() in _WEEKDAY or w.lower() in _MONTH \
                or (len(words) == 1 and _at_sentence_start(text, start + words[0].start())):
            words.pop(0)
            continue
        break
    while words and words[-1].group().lower() in NAME_STOPLIST | {"of", "&"}:
        words.pop()
    if not words:
        return None
    s, e = start + words[0].start(), start + words[-1].end()
    if re.search(r"[^\W\d_]['’]s$", text[s:e]):
        e -= 2  # "Ms Harada's question": the name is Harada, the possessive is no part of it
    return s, e, text[s:e]


# ---------------------------------------------------------------- normalisation

_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def _number(raw: str) -> float | None:
    """The numeric value of a figure, amount or percentage ("$450k" -> 450000.0)."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s?([a-z]+)?", raw.lower().replace("$", "").replace("€", "").replace("£", ""))
    if not m:
        return None
    try:
        value = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    return value * _MULT.get(m.group(2) or "", 1)


def keys(token: Token) -> set[str]:
    """The normalised forms under which a token matches the same token written another way."""
    raw = token.text
    low = raw.lower().strip()
    if token.kind == "email":
        return {"email:" + low}
    if token.kind == "url":
        u = re.sub(r"^(https?://)?(www\.)?", "", low).rstrip("/.,;:!?")
        return {"url:" + u}
    if token.kind == "phone":
        return {"phone:" + re.sub(r"\D", "", raw)[-10:]}
    if token.kind in ("figure", "amount", "percentage"):
        value = _number(raw)
        return {f"num:{value:g}"} if value is not None else {"raw:" + low}
    if token.kind == "time":
        m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*([ap])?", low)
        if not m:
            return {"raw:" + low}
        hour = int(m.group(1))
        if m.group(3) == "p" and hour < 12:
            hour += 12
        if m.group(3) == "a" and hour == 12:
            hour = 0
        return {f"time:{hour}:{int(m.group(2) or 0)}"}
    if token.kind == "date":
        word = low.rstrip(".")
        if word in _WEEKDAY:
            return {f"wd:{_WEEKDAY[word]}"}
        if word in _MONTH:
            return {f"mon:{_MONTH[word]}"}
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})$", word)
        if m:
            return {f"md:{int(m.group(2))}/{int(m.group(3))}"}
        m = re.match(r"(\d{1,2})/(\d{1,2})", word)
        if m:
            return {f"md:{int(m.group(1))}/{int(m.group(2))}"}
        m = re.match(r"([a-z]+)\.?\s+(\d{1,2})", word) or re.match(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)", word)
        if m:
            a, b = m.groups()
            mon, day = (a, b) if a.isalpha() else (b, a)
            if mon in _MONTH:
                return {f"md:{_MONTH[mon]}/{int(day)}"}
        return {"rel:" + re.sub(r"\s+", " ", word.replace("the ", ""))}
    return {"name:" + re.sub(r"\s+", " ", low.replace("’", "'"))}


def _index(text: str, where: str, index: dict[str, str], words: dict[str, str]) -> None:
    """Add every token key and every word of text to the lookup tables, first place wins."""
    for token in extract_tokens(text):
        for key in keys(token):
            index.setdefault(key, where)
            if key.startswith("md:"):  # "Mo 22. Nov. 9 Uhr" read as "Nov. 9" still names November
                index.setdefault(f"mon:{key[3:].split('/')[0]}", where)
        # "15 year" in a source grounds "15-year"; a figure inside a date or phone counts as that figure too
        for num in re.findall(r"\d[\d,]*(?:\.\d+)?", token.text):
            index.setdefault(f"num:{float(num.replace(',', '')):g}", where)
    for word in re.findall(r"[\w'’&-]+", text):
        words.setdefault(word.lower().replace("’", "'"), where)
        # "Onboarding-Paket" grounds "Paket" when a draft lower-cases its start; "Süd- und Westfassade" grounds "Süd"
        for part in word.split("-") if "-" in word else ():
            if part:
                words.setdefault(part.lower().replace("’", "'"), where)


def source_days(sources: Sequence[Source], tz: str) -> set[date]:
    """The local days the sources were written on and every day they name, resolved against their own date."""
    from followup.drafting.appointment import named_weekdays
    from followup.drafting.days import DATE_RE, resolve_due

    zone = ZoneInfo(tz)
    days: set[date] = set()
    for src in sources:
        local = src.at.replace(tzinfo=timezone.utc).astimezone(zone)
        days.add(local.date())
        days |= named_weekdays(src.text, local.date())
        for m in DATE_RE.finditer(src.text or ""):
            due = resolve_due(m.group(0), src.at, tz)
            if due is not None:
                days.add(due.replace(tzinfo=timezone.utc).astimezone(zone).date())
    return days


_FOREIGN_RELATIVE = {"heute": 0, "morgen": 1, "gestern": -1, "aujourd'hui": 0, "demain": 1, "hier": -1, "hoy": 0,
                     "mañana": 1, "ayer": -1}


def weekday_number(word: str) -> int | None:
    """The weekday an English, German, French or Spanish day name means (a plural "Thursdays" too), or None."""
    low = word.lower().rstrip(".")
    for w in (low, low[:-1] if low.endswith("s") and low[:-1] in _WEEKDAY else low):
        if w in _WEEKDAY:
            return _WEEKDAY[w]
        if w in FOREIGN_WEEKDAYS:
            return FOREIGN_WEEKDAYS[w]
    return None


def _relative_days(word: str, today: date) -> set[date]:
    """The days a relative day word written on today can mean ("Tuesday": the last one or the next one)."""
    low = word.lower().rstrip(".")
    if low in _FOREIGN_RELATIVE:
        return {today + timedelta(days=_FOREIGN_RELATIVE[low])}
    if weekday_number(low) is not None:
        ahead = (weekday_number(low) - today.weekday()) % 7
        # the coming one, the one after it ("on Tuesday next week") and the last one
        return {today + timedelta(days=ahead), today + timedelta(days=ahead + 7),
                today - timedelta(days=(7 - ahead) % 7 or 7)}
    if low in ("today", "tonight"):
        return {today}
    if low in ("tomorrow", "tmrw"):
        return {today + timedelta(days=1)}
    if low == "yesterday":
        return {today - timedelta(days=1)}
    if low in _WEEKDAY:
        ahead = (_WEEKDAY[low] - today.weekday()) % 7
        return {today + timedelta(days=ahead), today - timedelta(days=(7 - ahead) % 7 or 7)}
    return set()


def _named_date_weekday(token: Token, text: str, days: set[date]) -> bool:
    """Whether a weekday stands right before a date a source names and is that date's weekday ("Tuesday 5 December"
    beside a source's "December 5"): the day said in full, nothing invented."""
    number = weekday_number(token.text)
    after = text[token.end:token.end + DATE_LOOKAHEAD]
    return number is not None and any(
        d.weekday() == number and re.match(rf",?\s+(?:{d.day}(?:st|nd|rd|th)?\s+{_MONTH_WORDS[d.month]}|"
                                           rf"{_MONTH_WORDS[d.month]}\s+{d.day})\b", after, re.I) for d in days)


def ground(text: str, sources: Sequence[Source], profile_texts: Sequence[str], *, written_at: datetime | None = None,
           tz: str | None = None) -> GroundingReport:
    """Check every token of text against this customer's sources and the profile texts.

    With written_at (naive UTC) and tz, a relative day word ("yesterday", "on Tuesday", "today") grounds when
    the day it means, counted from the day the text was written, is a source's date or a day a source names.
    """
    index: dict[str, str] = {}
    words: dict[str, str] = {}
    for src in sources:
        _index(src.text, f"{src.kind}:{src.id}", index, words)
        if src.replied:  # the rep's own email quoted under the customer's: the greeting kept from it is grounded
            _index(src.replied, f"{src.kind}:{src.id}", index, words)
    for extra in profile_texts:
        if extra:
            _index(extra, "profile", index, words)
    out = []
    days: set[date] | None = None
    for token in extract_tokens(text):
        where = next((index[k] for k in keys(token) if k in index), None)
        if where is None and token.kind == "name":
            # a name grounds when each of its words is a word of the same sources ("Acme Lending")
            places = [words.get(w.lower().replace("’", "'")) for w in re.findall(r"[\w'’&-]+", token.text)]
            if places and all(places):
                where = places[0]
        if where is None and token.kind == "date" and keys(token) <= {k for k in keys(token) if k.startswith("rel:")}:
            where = words.get(token.text.lower()) if " " not in token.text else None
        if where is None and (token.kind == "date" or (token.kind == "name" and weekday_number(token.text) is not None)) \
                and written_at is not None and tz:
            if days is None:
                days = source_days(sources, tz)
            today = written_at.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz)).date()
            if _relative_days(token.text, today) & days or _named_date_weekday(token, text, days):
                where = "relative"
        out.append(Token(token.text, token.kind, token.start, token.end, where is not None, where))
    return GroundingReport(tokens=tuple(out))
