"""Possible quiet periods, pauses, times of day and channels in languages no other wish table reads (Polish, Czech and
Slovak, Russian, Ukrainian, Bulgarian, Serbian and Croatian, Greek, Turkish, Japanese, Chinese, Korean, Arabic, Hebrew,
Hindi, Swedish, Norwegian and Danish, Finnish, Hungarian, Romanian, Vietnamese, Indonesian and Malay, Thai, Swahili,
Afrikaans): a word table per language (followup/data/wish_tongues.json) combined by one grammar, never certain."""
from __future__ import annotations

import json
import re
from calendar import monthrange
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.text.dates import next_day_of_month, next_weekday, start_of_local_day
from followup.text.wish_base import PAUSED, PREFERENCE, QUIET, Wish

WORDS_PATH = Path(__file__).resolve().parent.parent / "data" / "wish_tongues.json"
LANGUAGE_SAMPLE_CHARS = 2000  # a message's language is told from its start: a long thread costs no more
# A negation this near a contact verb negates it ("не беспокойте", "nie dzwońcie", "μην μου γράψετε"), in characters
NEG_REACH_CHARS = 25
# A refused channel is named this near an "instead of" ("بدلاً من الاتصال", "telefon yerine"), in characters
INSTEAD_REACH_CHARS = 25
_CJK_NUMBERS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# word categories read as plain alternations; the others (days, months, units, counts) map words to numbers
_PLAIN = ("contact", "neg", "negc", "limit", "then", "give", "self", "hold", "now", "later", "decided", "other",
          "morning", "afternoon", "evening", "phone", "email", "prefer", "bad", "instead", "month_end", "week_end",
          "next_week", "moment", "after", "need", "tellme", "before")
_LETTER_AFTER = r"(?![^\W\d_])"
# postpositions: the channel refused stands before the word ("telefon yerine", "電話ではなく", "puhelimen sijaan")
_POSTPOSED_INSTEAD = re.compile(r"yerine|helyett|sijaan|sijasta|대신|보다는|代わりに|ではなく|(?:के|की) (?:बजाय|बजाए)|की जगह")
_CLAUSE = re.compile(r"[^,;:،、，；：。।!?！？—–·\u0387\u037e\n]+")  # Greek writes its semicolon as a raised dot


def _alternation(text: str) -> str:
    """One language's words as a regex: a space stands for any run of spaces, a trailing "!" for the word's end."""
    return re.sub(r"(?<![?<])!", lambda _: _LETTER_AFTER, text.replace(" ", r"\s+"))


def _joined(parts: list[tuple[str, bool]]) -> str:
    """Alternations of several languages as one; a language written with spaces matches from a word's start."""
    return "|".join(f"(?<![^\\W\\d_])(?:{_alternation(p)})" if not unspaced else f"(?:{_alternation(p)})"
                    for p, unspaced in parts if p)


class _Tongue:
    """One language's word table compiled: a pattern per category, and the tables of days, months, units, counts."""

    def __init__(self, words: dict) -> None:
        unspaced = words["unspaced"]
        self.rx = {cat: re.compile(_joined([(words[cat], unspaced)]), re.I) if words.get(cat) else None
                   for cat in _PLAIN}
        self.days = [re.compile(_joined([(d, unspaced)]), re.I) for d in words.get("days", [])]
        self.months = [re.compile(_joined([(m, unspaced)]), re.I) for m in words.get("months", [])]
        self.month_any = re.compile(_joined([("|".join(words["months"]), unspaced)]), re.I) if self.months else None
        self.units = [(int(n), re.compile(_joined([(w, unspaced)]), re.I)) for n, w in words["units"].items()]
        unit_any = _joined([("|".join(words["units"].values()), unspaced)])
        self.counts = [(int(n), re.compile(rf"(?:{_joined([(w, unspaced)])})$", re.I)) for n, w in words["counts"].items()]
        counted = "|".join(words["counts"].values())
        count_any = f"|{_joined([(counted, unspaced)])}" if counted else ""
        if words.get("count_after"):  # Swahili: "wiki mbili", "siku tatu"
            self.duration = re.compile(rf"(?P<unit>{unit_any})\s+(?P<count>\d{{1,3}}{count_any})", re.I)
        else:
            self.duration = re.compile(rf"(?P<count>\d{{1,3}}|[{''.join(_CJK_NUMBERS)}]{count_any})\s*(?:-?\s*)?"
                                       rf"(?:个|個)?(?P<unit>{unit_any})", re.I)
        self.bare_unit = re.compile(unit_any, re.I)
        self.fused = [(int(n), re.compile(w)) for n, w in words.get("fused", {}).items()]
        # a day of the month as an ordinal word ("osmnáctého", "do osiemnastego", "до двадцатого"), its stem and ending
        ends = f"(?:{words.get('ordinal_ends', '')}){_LETTER_AFTER}"
        self.ordinals = [(int(n), re.compile(f"(?:{w}){ends}", re.I)) for n, w in words.get("ordinals", {}).items()]
        stems = "|".join(words.get("ordinals", {}).values())
        self.ordinal_any = re.compile(rf"\s*(?P<o>(?:{stems}){ends})(?:\s+(?P<u>(?:{stems}){ends}))?",
                                      re.I) if stems else None
        stop = words.get("stop", "").split()
        self.stop = frozenset(stop)
        self.letters = frozenset(words.get("letters", ""))
        self.script = re.compile(f"[{words['script']}]") if words.get("script") else None


class _Tongues:
    """Every language's table, and the patterns of dates all share."""

    def __init__(self, table: dict) -> None:
        self.langs = {code: _Tongue(words) for code, words in table.items()}
        names = r"[^\W\d_]{2,}\.?"
        # the day before the month ("1 декабря", "7 בדצמבר", "18 Disember"), else after it ("december 3", "Kasım 20")
        self.day_month = (re.compile(rf"(?P<d>[0-3]?\d)(?!\d)\.?(?:-?(?:го|ого|е|ев|ig|én|án))?\s*(?:ב|de\s+)?"
                                     rf"(?P<m>{names})"), re.compile(rf"(?P<m>{names})\s+(?P<d>[0-3]?\d)(?!\d)"))
        self.numeric_month = re.compile(r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月|월)\s*(?P<d>\d{1,2})\s*(?:日|일)|"
                                        r"ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})", re.I)
        self.bare_day = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s*(?:일\s*까지|日\s*まで|号之前|號之前|-?[ij]g(?![^\W\d_]))")

        self.by_word: dict[str, set[str]] = {}
        for code, lang in self.langs.items():
            for word in lang.stop:
                self.by_word.setdefault(word, set()).add(code)
        words = sorted(self.by_word, key=len, reverse=True)  # one scan in C instead of a loop over every word
        self.stop_rx = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, words))})(?![^\W\d_])")

    def of(self, sentence: str) -> list[_Tongue]:
        """The languages a sentence may be in: by its script, its letters or its commonest words."""
        lowered = sentence[:LANGUAGE_SAMPLE_CHARS].lower()
        codes = {code for m in self.stop_rx.finditer(lowered) for code in self.by_word[m.group(0)]}
        if not lowered.isascii():
            chars = set(lowered)
            codes |= {code for code, lang in self.langs.items()
                      if not lang.letters.isdisjoint(chars) or (lang.script is not None and lang.script.search(sentence))}
        for group, marks in _NARROWING:  # Cyrillic and Han texts are told apart by their own letters where they have any
            told = {code for code, letters in marks.items() if code in codes and not letters.isdisjoint(lowered)}
            if told:
                codes -= set(group) - told
        return [self.langs[code] for code in self.langs if code in codes]


# letters only one language of a script writes: Russian ы э ё, Ukrainian і ї є ґ, Serbian ј љ њ ћ џ ђ, Bulgarian ъ
# (rare in Russian), Japanese kana beside the Han characters Chinese shares
_KANA = frozenset(chr(code) for code in range(0x3041, 0x30FB))  # hiragana and katakana
_NARROWING = ((("ru", "uk", "bg", "sh"), {"ru": frozenset("ыэё"), "uk": frozenset("іїєґ"), "sh": frozenset("јљњћџђ"),
                                          "bg": frozenset("ъ")}),
              (("ja", "zh"), {"ja": _KANA}))
# a day of the month written as an ordinal ("20.") a few words after "until" or "after"
_ORDINAL_DAY = re.compile(r"\D{0,12}?(?<!\d)([0-3]?\d)\.(?!\d)")


@lru_cache(maxsize=1)
def tongues() -> _Tongues:
    """The compiled word tables (read once)."""
    return _Tongues(json.loads(WORDS_PATH.read_text(encoding="utf-8")))


@lru_cache(maxsize=64)
def _languages(text: str) -> list[_Tongue]:
    """tongues().of(text), remembered: every sentence of a message asks about the same text."""
    return tongues().of(text)


def _has(langs: list[_Tongue], cat: str, text: str) -> re.Match | None:
    """The first word of a category in the text, in the first of the languages that has one."""
    for lang in langs:
        rx = lang.rx[cat]
        if rx is not None and (m := rx.search(text)):
            return m
    return None


def _all(langs: list[_Tongue], cat: str, text: str) -> list[re.Match]:
    """Every word of a category in the text, in any of the languages."""
    return [m for lang in langs if (rx := lang.rx[cat]) is not None for m in rx.finditer(text)]


def _negated_contact(langs: list[_Tongue], s: str) -> bool:
    """Whether a contact verb is negated: a fused form ("nepište", "aramayın", "連絡しないで") or a negation near it."""
    if _has(langs, "negc", s):
        return True
    negs = [m.start() for m in _all(langs, "neg", s)]
    return bool(negs) and any(abs(c.start() - n) <= NEG_REACH_CHARS for c in _all(langs, "contact", s) for n in negs)


def _number(table: list[tuple[int, re.Pattern]], word: str, default: int = 1) -> int:
    """The number a word of a table (counts, units) stands for."""
    for n, rx in table:
        if rx.match(word):
            return n
    return default


def duration_days(langs: list[_Tongue], s: str, asked: bool = False) -> int | None:
    """Days in the first length of time a sentence states ("dwa tygodnie", "ثلاثة أسابيع", "1か月", "שבועיים"); with
    ``asked`` (after "give me", "I need") a unit alone is one of it ("daj mi tydzień")."""
    for lang in langs:
        m = lang.duration.search(s)
        if m:
            count = m.group("count").lower()
            n = int(count) if count.isdigit() else _CJK_NUMBERS.get(count) or _number(lang.counts, count)
            return n * _number(lang.units, m.group("unit").lower())
        for n, rx in lang.fused:
            if rx.search(s):
                return n
    asking = [m for m in (_has(langs, "give", s), _has(langs, "need", s)) if m] if asked else []
    for lang, ask in ((lang, ask) for ask in asking for lang in langs):
        # right after the asking words ("daj mi tydzień", "نحتاج إلى شهر", not "last week's message"), or within them
        # ("תן לי שבוע", "dejte mi týden": the words name the unit they ask for)
        if unit := lang.bare_unit.search(ask.group(0)) or lang.bare_unit.match(s, _BARE_AFTER.match(s, ask.end()).end()):
            return _number(lang.units, unit.group(0).lower())
    return None


# what may stand between the asking words and the unit asked for: one short word ("إلى", "about"), never more
_BARE_AFTER = re.compile(r"\s*(?:[^\W\d_]{1,4}\s+)?")


def _ordinal_day(langs: list[_Tongue], s: str, cue: re.Match | None, today: date) -> date | None:
    """The day named by an ordinal word right after "until", "not before" or "after" ("dřív než osmnáctého", "po
    dwudziestym piątym"), a compound of tens and units added up."""
    for lang in langs if cue is not None else ():
        if lang.ordinal_any is not None and (m := lang.ordinal_any.match(s, cue.end())):
            day = _number(lang.ordinals, m.group("o").lower(), 0)
            day += _number(lang.ordinals, m.group("u").lower(), 0) if m.group("u") and day in (20, 30) else 0
            if 1 <= day <= 31 and (found := next_day_of_month(today, day, None)):
                return found
    return None


def end_of_wait(langs: list[_Tongue], s: str, today: date) -> date | None:
    """The last day of a wait a sentence states: a date, a day of the month before "until", the end of next week or
    of the month, a weekday, a length of time or next week, in that order (README conventions)."""
    t = tongues()
    m = t.numeric_month.search(s)
    if m:
        month, day = m.group("m") or m.group("m2"), int(m.group("d") or m.group("d2"))
        number = int(month) if month.isdigit() else _CJK_NUMBERS[month[-1]] + (10 if len(month) == 2 else 0)
        if 1 <= number <= 12 and (found := next_day_of_month(today, day, number)):
            return found
    for lang in langs:
        if lang.month_any is not None and lang.month_any.search(s):
            for m in (m for rx in t.day_month for m in rx.finditer(s)):
                month = next((i + 1 for i, rx in enumerate(lang.months) if rx.match(m.group("m").lower())), None)
                if month and (found := next_day_of_month(today, int(m.group("d")), month)):
                    return found
    if (bare := t.bare_day.search(s)) and (found := next_day_of_month(today, int(bare.group("d")), None)):
        return found
    limit = _has(langs, "limit", s)  # "vente til etter den 20.", "do 15." (never after "after": "după ora 19.")
    if limit and (day := _ORDINAL_DAY.match(s, limit.end())) and (found := next_day_of_month(today, int(day[1]), None)):
        return found
    if found := _ordinal_day(langs, s, limit, today) or _ordinal_day(langs, s, _has(langs, "after", s), today):
        return found
    if _has(langs, "week_end", s):
        return next_weekday(today, 0) + timedelta(days=4)
    if _has(langs, "month_end", s):
        return today.replace(day=monthrange(today.year, today.month)[1])
    for lang in langs:
        for weekday, rx in enumerate(lang.days):
            if rx.search(s):  # "다음 주 금요일", "next week's Friday": the Friday of next week
                return next_weekday(today, weekday, said_next=bool(_has(langs, "next_week", s)))
    days_long = duration_days(langs, s, asked=bool(_has(langs, "give", s) or _has(langs, "need", s)))
    if days_long:
        return today + timedelta(days=days_long)
    if _has(langs, "next_week", s):
        return next_weekday(today, 0)
    return None


def _quiet(langs: list[_Tongue], s: str, today: date) -> date | str | None:
    """The end of a wait asked for ("don't call before the 3rd", "give me a week", "please wait until Friday", "I need
    ten days", "contact me after the 25th"), "event" for one bounded by an undated event ("don't remind me until
    then"), or None. "Let me know by Friday" asks the rep, and "we need it by Friday" is a deadline, not a wait."""
    # contact refused, or put on hold until then ("그때까지는 연락을 보류해 주세요"; not goods held until a day: "wstrzymać
    # wysyłkę do piątku")
    negated = _negated_contact(langs, s) or bool(_has(langs, "then", s) and _has(langs, "hold", s)
                                                 and _has(langs, "contact", s))
    give = _has(langs, "give", s) and not _has(langs, "tellme", s)
    need = _has(langs, "need", s)
    after = _has(langs, "after", s) and (_has(langs, "contact", s) or _has(langs, "self", s))
    self_return = _has(langs, "self", s)
    if not (negated or give or need or after or self_return):
        return None
    end = end_of_wait(langs, s, today)
    if end is None and not negated:
        return None
    if after and end:  # "επικοινωνήστε μαζί μου μετά τις 25 Νοεμβρίου"
        return end
    if negated and (_has(langs, "limit", s) or _has(langs, "then", s) or duration_days(langs, s)):
        return end or ("event" if _has(langs, "then", s) else None)
    if give:
        return end
    # "نحتاج ثلاثة أسابيع", "نحتاج إلى شهر", "dönerim" in a few days
    days = duration_days(langs, s, asked=bool(need)) if need or self_return else None
    return today + timedelta(days=days) if days else None


def _paused(langs: list[_Tongue], s: str) -> bool:
    """Whether a sentence puts the matter off with no date: on hold for now, another supplier, not now but next year."""
    def has(cat: str) -> bool:
        return _has(langs, cat, s) is not None

    if has("hold") and (has("now") or has("later") or has("self") or has("decided")):
        return True
    if has("other") and (has("decided") or has("now") or has("later")):
        return True
    if has("decided") and has("bad") and (has("now") or has("later")):
        return True  # "החלטנו לא להתקדם כרגע"
    return has("now") and has("later") and has("bad")  # "this year no, maybe next year"


def _clauses(s: str) -> list[tuple[int, str]]:
    """The clauses of a sentence with their offsets."""
    return [(m.start(), s[m.start():m.end()]) for m in _CLAUSE.finditer(s.replace(" - ", " — "))]


def _time_of_day(langs: list[_Tongue], s: str) -> str | None:
    """The one part of day a clause asks to be reached in ("звоните лучше вечером"), never one said to be bad, nor a
    span of hours ("上午8点到下午4点")."""
    if not any(_has(langs, cat, s) for cat in ("morning", "afternoon", "evening", "after", "before")):
        return None
    for _, clause in _clauses(s):
        if _has(langs, "bad", clause) or not (_has(langs, "contact", clause) or _has(langs, "phone", clause)
                                              or _has(langs, "prefer", clause)):
            continue
        if _has(langs, "moment", clause) or any(rx.search(clause) for lang in langs for rx in lang.days):
            continue  # "call me tomorrow morning", "next Wednesday morning": one moment, not a habit
        parts = {part for part in ("morning", "afternoon", "evening") if _has(langs, part, clause)}
        if len(parts) == 1:
            return "time:" + parts.pop()
        if not parts and (clock := _clock_part(langs, clause)):
            return clock
    return None


# an hour right after "after" / "before" ("po 15:00", "после 18", "kl. 16") or right before it ("3点以后", "2'den sonra",
# "6 बजे के बाद"); "trước ngày 19" (before the 19th) is a day, not an hour
_HOUR = r"([01]?\d|2[0-3])(?:[:.h]\d\d)?"
_HOUR_AFTER_WORD = re.compile(rf"\s{{0,2}}(?:kl\.?\s*|klo\s*|saat\s*|ora\s*|godz\.?\s*|o\s+)?{_HOUR}(?![\d/]|[.:]\d)", re.I)
_HOUR_BEFORE_WORD = re.compile(rf"(?<![\d.:/]){_HOUR}\s*(?:点|點|時|시|बजे|órá?|hodin\w*|'?[dt][ae]n|h)?\s*$", re.I)
WORKDAY_PM_BELOW = 7  # "after 2" at work is 14:00: an hour below this is read in the afternoon


def _clock_part(langs: list[_Tongue], clause: str) -> str | None:
    """The part of day an hour after "after" or "before" bounds ("zadzwoń po 15" -> afternoon, "до 11" -> morning)."""
    for cat, shift in (("after", 0), ("before", -1)):
        for m in _all(langs, cat, clause):
            hour = _HOUR_AFTER_WORD.match(clause, m.end()) or _HOUR_BEFORE_WORD.search(clause[: m.start()])
            if hour is not None:
                h = int(hour.group(1))
                h = (h + 12 if h < WORKDAY_PM_BELOW else h) + shift
                return "time:" + ("evening" if h >= 17 else "afternoon" if h >= 12 else "morning")
    return None


def _channel(langs: list[_Tongue], s: str) -> str | None:
    """The channel a sentence prefers ("raději mi zavolejte, e-maily čtu jen občas"): named in a clause that refuses
    nothing and asks for contact or says a preference, not beside "instead of", and with a preference or the other
    channel refused in the sentence."""
    if not (_has(langs, "phone", s) or _has(langs, "email", s)):
        return None
    wanted, refused = set(), set()
    instead = [(m.start(), m.end(), bool(_POSTPOSED_INSTEAD.search(m.group(0)))) for m in _all(langs, "instead", s)]
    for start, clause in _clauses(s):
        bad = _has(langs, "bad", clause)
        asks = _has(langs, "contact", clause) or _has(langs, "prefer", clause)
        for name in ("phone", "email"):
            for m in _all(langs, name, clause):
                pos = start + m.start()
                beside_instead = any((0 <= pos - e <= INSTEAD_REACH_CHARS and not post)
                                     or (0 <= b - pos <= INSTEAD_REACH_CHARS and post) for b, e, post in instead)
                if bad or beside_instead:
                    refused.add(name)
                elif asks:
                    wanted.add(name)
    wanted -= refused
    if len(wanted) != 1 or not (_has(langs, "prefer", s) or refused):
        return None
    return "channel:" + wanted.pop()


def tongue_wish(sentence: str, quote: str, local: datetime, zone: ZoneInfo, text: str = "") -> Wish | None:
    """A possible quiet period, pause, time of day or channel in a sentence of one of the table's languages (the
    caller has found it not English), or None; the languages are told from the whole ``text`` when given (a short
    sentence has few words to tell them by)."""
    langs = _languages(text or sentence)
    if not langs:
        return None
    end = _quiet(langs, sentence, local.date())
    if end == "event":
        from followup.text.wish_quiet import EVENT_QUIET_DAYS

        end = local.date() + timedelta(days=EVENT_QUIET_DAYS)
    if end is not None:
        return Wish(QUIET, quote, until=start_of_local_day(end, zone), certain=False)
    if _paused(langs, sentence):
        return Wish(PAUSED, quote, certain=False)
    value = _time_of_day(langs, sentence) or _channel(langs, sentence)
    return Wish(PREFERENCE, quote, preference=value, certain=False) if value else None
