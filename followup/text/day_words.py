"""Return days written in words: a day of the month spelled out ("the second of April", "le deux avril", "am zweiten
April") or named by a public holiday ("the day after Whit Monday", "de eerste werkdag na Keti Koti").

In: an auto-reply's text and the day it was sent. Out: the day back and the words that say it. Used by
followup.text.auto_reply when no date in figures names the day back.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from followup.text.dates import (
    EN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTHS,
    MORE_WEEKDAYS,
    WEEKDAY_NAMES,
    alternation,
    next_weekday,
)
from followup.text.holiday_weekday import holiday_weekdays
from followup.text.holidays import HOLIDAY_RE, easter, in_school_break, next_holiday, observed

_EN_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_EN_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth")
_DE_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DE_ORD = ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft",
           "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt")
_FR = ("premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
       "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt")
_ES = ("primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
       "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
       "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve", "treinta",
       "treinta y uno")
_IT = ("primo", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
       "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti", "ventuno",
       "ventidue", "ventitré", "ventiquattro", "venticinque", "ventisei", "ventisette", "ventotto", "ventinove",
       "trenta", "trentuno")
_PT = ("primeiro", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
       "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove", "vinte")
_NL = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
       "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig")


def _day_words() -> dict[str, int]:
    """Every spelled day of the month (1-31) in the seven languages, to its number."""
    words: dict[str, int] = {}
    for i, w in enumerate((*_EN_UNITS, *_EN_TEENS)):
        words[w] = i + 1
    for tens, stem, base in (("twenty", "twentieth", 20), ("thirty", "thirtieth", 30)):
        words[stem] = base
        for i, unit in enumerate(_EN_UNITS[: 9 if base == 20 else 1]):
            words[f"{tens}-{unit}"] = words[f"{tens} {unit}"] = base + i + 1
    de = {stem: i + 1 for i, stem in enumerate(_DE_ORD)}
    de.update({"zwanzigst": 20, "dreißigst": 30, "einunddreißigst": 31})
    de.update({f"{unit}undzwanzigst": 21 + i for i, unit in enumerate(_DE_UNITS)})
    words.update({stem + end: n for stem, n in de.items() for end in ("e", "en", "er", "em")})
    words.update({w: i + 1 for i, w in enumerate(_FR)})
    words.update({"1er": 1, "vingt et un": 21, "trente": 30, "trente et un": 31})
    words.update({f"vingt-{w}": 22 + i for i, w in enumerate(_FR[1:9])})
    words.update({w: i + 1 for i, w in enumerate(_ES)})
    words["uno"] = 1
    words.update({w: i + 1 for i, w in enumerate(_IT)})
    words.update({w: i + 1 for i, w in enumerate(_PT)})
    words.update({"um": 1, "catorze": 14, "quatorze": 14, "dezesseis": 16, "dezessete": 17, "dezenove": 19,
                  "trinta": 30, "trinta e um": 31})
    words.update({f"vinte e {w}": 21 + i for i, w in enumerate(("um", *_PT[1:9]))})
    dutch = {w: i + 1 for i, w in enumerate(_NL)}
    dutch.update({"dertig": 30, "eenendertig": 31, "één": 1})
    dutch.update({f"{w}{'ën' if w.endswith('e') else 'en'}twintig": 21 + i for i, w in enumerate(_NL[:9])})
    for w, n in list(dutch.items()):
        ordinal = {1: "eerste", 3: "derde", 8: "achtste"}.get(n) or (w + ("de" if n < 20 else "ste"))
        dutch[ordinal] = n
    words.update(dutch)
    return words


DAY_WORDS = {word.replace("-", " "): n for word, n in _day_words().items()}
_DAY_WORD_RE = "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+")
                        for w in sorted(DAY_WORDS, key=len, reverse=True))
# English abbreviations are no month in running words ("the first mar..."); full names only
_EN_FULL = {max((k for k, v in EN_MONTHS.items() if v == n), key=len) for n in range(1, 13)}
_MONTH_WORDS = alternation(m for m in MONTHS if m not in EN_MONTHS or m in _EN_FULL)
# The word just before a spelled day that makes it a date ("the", "am", "le", "el", "il", "dia", "op"), so that
# "once May comes" or "een april" in running text is no date
_SPELLED = re.compile(
    rf"\b(?:the|am|den|dem|zum|le|au|du|el|al|del|il|dal|dia|no|ao|op|vanaf|per|tot)\s+(?P<dw>{_DAY_WORD_RE})\s+"
    rf"(?:of\s+|de\s+|di\s+)?(?P<m>{_MONTH_WORDS})\b(?:,?\s+(?P<y>20\d\d)\b)?", re.I)

_WEEKDAY_RE = alternation((*WEEKDAY_NAMES, *FOREIGN_WEEKDAYS, *MORE_WEEKDAYS))
_WEEKDAY_NUMBER = {**{w: i for i, w in enumerate(WEEKDAY_NAMES)}, **FOREIGN_WEEKDAYS, **MORE_WEEKDAYS}
# Articles and contracted prepositions that sit between "the day after" and a holiday's name
_ART = r"(?:the|dem|den|der|le|la|l['’]|du|des|d['’]|de|el|los|las|al|del|il|lo|dal|della|dello|o|a|ao|à|do|da|het)"
# "the public holiday of", "feriado de", "jour férié du": the word holiday itself before the name
_FILLER = (r"(?:(?:public\s+|bank\s+)?holiday|feiertag|jour\s+f[ée]ri[ée]|feriado|festivo|festa|feestdag)"
           rf"(?:\s+(?:of|von|van|di|de|do|da|del|du|{_ART}))*")
# One step from a named day to the day meant, in each language: the day after it, the first working day after (or
# of: "the first business day of the new year") it,
# a weekday after it, the bridge day after it ("Brückentag nach Fronleichnam", "pont de l'Ascension")
_STEP = re.compile(
    r"(?P<after>(?:day\s+(?:after|following)|tag\s+nach|lendemain|d[ií]a\s+(?:siguiente|despu[ée]s|posterior)|"
    r"giorno\s+(?:dopo|successivo)|dia\s+(?:a\s+seguir|seguinte|depois|ap[óo]s)|dag\s+na))|"
    r"(?P<work>(?:first\s+(?:working|business|work)\s+day\s+(?:after|following|of|in)|ersten?\s+(?:arbeitstag|werktag)\s+nach|"
    r"premier\s+jour\s+(?:ouvr[ée]|ouvrable|travaill[ée])\s+(?:apr[èe]s|suivant)|"
    r"primer\s+d[ií]a\s+(?:h[áa]bil|laborable)\s+(?:despu[ée]s|tras|siguiente)|"
    r"primo\s+giorno\s+(?:lavorativo|feriale|utile)\s+(?:dopo|successivo)|"
    r"primeiro\s+dia\s+[úu]til\s+(?:ap[óo]s|depois|a\s+seguir|seguinte)|eerste\s+werkdag\s+na))|"
    rf"(?P<wd>{_WEEKDAY_RE})\s+(?:after|following|nach|suivant|apr[èe]s|qui\s+suit|siguiente|despu[ée]s|tras|dopo|"
    r"successivo|a\s+seguir|seguinte|depois|ap[óo]s|na)|"
    r"(?P<bridge>(?:br[üu]ckentag|bridge\s+day|pont|ponte|puente|brugdag)(?:\s+(?:nach|after|apr[èe]s|dopo|depois|na))?)", re.I)
_STEP_RE = _STEP.pattern.replace("(?P<after>", "(?:").replace("(?P<work>", "(?:").replace("(?P<wd>", "(?:") \
    .replace("(?P<bridge>", "(?:")
STEPS_AT_MOST = 3  # "ab dem Montag nach dem Brückentag nach Fronleichnam": steps chained before the name
_NAMED = re.compile(
    rf"\b(?P<steps>(?:(?:{_STEP_RE})(?:\s+(?:{_ART}|of|to|a|de|di|van))*\s+){{0,{STEPS_AT_MOST}}})"
    rf"(?:{_ART}\s+)?(?:{_FILLER}\s+)?(?:{_ART}\s+)?(?P<obs>observed\s+|substitute\s+)?(?P<h>{HOLIDAY_RE})\b", re.I)
CLAUSE_CHARS = 80  # how far back in its sentence a return or "until" word is looked for (and on, for "after it")
# The steps said after the name, back to it: "over Tynwald Day and back the day after it", "per il ponte di Ognissanti
# e rientrerò il primo giorno lavorativo dopo il ponte" ("successivo al ponte": the article in the step's "al")
_BACK_TO_IT = re.compile(
    rf"[^.!?\n]{{0,{CLAUSE_CHARS}}}?\b(?P<steps>(?:{_STEP_RE})(?:\s+(?:{_ART}|of|to|a|de|di|van))*)\s*(?:it|them|"
    r"(?:(?:the|il|le|el|o|der|den|dem|de)\s+)?(?:holidays?|ponte|pont|puente|brugdag|br[üu]ckentag|feiertag|feriado|festivo|"
    r"feestdag))\b", re.I)
# A named day with nothing before it counts only after a return or "until" word in the same sentence
_BACK_WORDS = re.compile(r"\b(?:back|return\w*|resum\w*|zur[üu]ck|wieder|retour|rentr\w*|reprend\w*|regres\w*|vuelv\w*|volv\w*|"
                         r"reincorpor\w*|rientr\w*|torn\w*|volt\w*|terug|weer)\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through|bis|jusqu['’]?\w*|hasta|fino|at[ée]|tot)\b", re.I)
_INCLUSIVE = re.compile(r"\b(?:through|einschlie(?:ß|ss)lich|inkl\w*|inclus\w*|incluid\w*|inclusive|tot\s+en\s+met)\b",
                        re.I)
# "after" right before a holiday's name, as a preposition, not a step ("rientrerò in ufficio dopo Ferragosto", "back after
# Christmas", "de retour après l'Assomption"): back on the first working day after it, not on the holiday itself
# (not Dutch "na": Portuguese "na Páscoa" is "at Easter")
_AFTER_IT = re.compile(rf"\b(?:after|nach|apr[èe]s|despu[ée]s(?:\s+de)?|tras|dopo|depois(?:\s+d[eoa]s?)?|ap[óo]s)\s*"
                       rf"(?:{_ART}\s*)?$", re.I)

# "... back on the next business day" said after a holiday's name with no step of its own ("closed for Canada Day,
# observed on Monday, July 3. I'll be back on the next business day"): the first working day after the day off
NEXT_WORKING_CHARS = 160  # how far after the name the return to the next working day may be said
_BACK_WORD = (r"(?:back|return\w*|resum\w*|zur[üu]ck|wieder|retour|rentr\w*|reprend\w*|regres\w*|vuelv\w*|volv\w*|"
              r"reincorpor\w*|rientr\w*|torn\w*|volt\w*|terug|weer)")
_NEXT_DAY = (r"(?:(?:next|following)\s+(?:working|business|work)\s+day(?!\s+(?:after|following))|"
             r"n[äa]chsten\s+(?:arbeitstag|werktag)|(?:prochain\s+)?jour\s+(?:ouvr[ée]|ouvrable)(?:\s+suivant)?|"
             r"(?:siguiente|pr[óo]ximo)\s+d[ií]a\s+(?:h[áa]bil|laborable)|d[ií]a\s+(?:h[áa]bil|laborable)\s+siguiente|"
             r"(?:prossimo\s+)?giorno\s+lavorativo\s+successivo|prossimo\s+giorno\s+lavorativo|"
             r"pr[óo]ximo\s+dia\s+[úu]til|dia\s+[úu]til\s+seguinte|(?:eerst)?volgende\s+werkdag)")
_NEXT_WORKING = re.compile(rf"[\s\S]{{0,{NEXT_WORKING_CHARS}}}?\b(?:{_BACK_WORD}\b[^.!?\n]{{0,40}}?\b{_NEXT_DAY}|"
                           rf"{_NEXT_DAY}\b[^.!?\n]{{0,40}}?\b{_BACK_WORD})\b", re.I)
# the day a holiday on a weekend is kept, said beside its name ("Canada Day, observed on Monday, July 3")
_OBSERVED_AFTER = re.compile(r"[^.!?\n]{0,20}?\bobserved\b", re.I)


# Whit Monday is no public holiday in Italy, Portugal or Brazil: a first working day said in Italian or Portuguese is
# the Monday itself
_WHIT_WORKED = re.compile(r"lavorativ|feriale|utile|[úu]til\b", re.I)


def _off_work(day: date, whit: bool = True) -> bool:
    """A weekend or a holiday most of these countries keep (Easter Monday, Christmas, New Year; Whit Monday if whit)."""
    e = easter(day.year)
    return day.weekday() >= 5 or day == e + timedelta(days=1) or (whit and day == e + timedelta(days=50)) \
        or (day.month, day.day) in ((12, 25), (12, 26), (1, 1))


def next_working(day: date, whit: bool = True) -> date:
    """The first working day after day (Whit Monday off only if whit)."""
    day += timedelta(days=1)
    while _off_work(day, whit):
        day += timedelta(days=1)
    return day


def _stepped(day: date, steps: str) -> date:
    """The day meant by the steps written before a named day, the nearest step applied first."""
    for step in reversed(list(_STEP.finditer(steps))):
        if step.group("work"):
            day = next_working(day, not _WHIT_WORKED.search(step.group("work")))
        elif step.group("wd"):
            day = next_weekday(day, _WEEKDAY_NUMBER[step.group("wd").lower()])
        elif step.group("bridge"):
            # the bridge day between a Thursday's holiday and the weekend; a Monday's or Friday's holiday is its long
            # weekend itself, and a Tuesday's bridge comes before it
            day += timedelta(days=day.weekday() == 3)
        else:
            day += timedelta(days=1)
    return day


def _lead(text: str, at: int) -> str:
    """The words of the sentence before position at."""
    before = text[max(0, at - CLAUSE_CHARS):at]
    return re.split(r"[.!?\n]\s", before)[-1]


def _holiday_days(text: str, today: date, zone: str = "") -> list[tuple[int, date, str]]:
    """Every day back named from a holiday, with its position and quote."""
    found = []
    for m in _NAMED.finditer(text):
        day = next_holiday(m.group("h"), today, zone)
        if day is None or in_school_break(text, m.start("h")):  # ("until after the Easter holidays": no day known)
            continue
        if m.group("obs") or _OBSERVED_AFTER.match(text, m.end()):
            # "the observed New Year's Day", "Canada Day, observed on ...": a holiday on a weekend kept the Monday after
            day = observed(day)
        lead, steps = _lead(text, m.start()), m.group("steps")
        back = _BACK_TO_IT.match(text, m.end())
        if back and not _BACK_WORDS.search(text, m.end(), back.start("steps")):
            back = None  # "we met on Tynwald Day and talked about the day after it": no return said
        then = None if steps.strip() or back else _NEXT_WORKING.match(text, m.end())
        if then:  # "closed for Canada Day ... back on the next business day"
            found.append((m.start(), next_working(day), text[m.start():then.end()].strip()))
            continue
        # ("nach der Karwoche wieder im Büro", "après Pâques de retour": the return word after the name it follows)
        back_later = _AFTER_IT.search(lead) and _BACK_WORDS.search(re.split(r"[.!?\n]", text[m.end():m.end() + CLAUSE_CHARS])[0])
        if not steps.strip() and not back and not (_BACK_WORDS.search(lead) or _UNTIL.search(lead) or back_later):
            continue
        day = _stepped(day, steps)
        if back:  # "... and back the day after it": the steps after the name, from the day it names
            day = _stepped(day, back.group("steps"))
            found.append((m.start(), day, text[m.start():back.end()].strip()))
            continue
        if (_UNTIL.search(lead) and (not steps.strip() or _INCLUSIVE.search(lead + text[m.end():m.end() + 20]))) \
                or (not steps.strip() and _AFTER_IT.search(lead)):
            day = next_working(day)  # away through that day, or back after it (nobody is back on the holiday itself)
        found.append((m.start(), day, m.group().strip()))
    return found


def _spelled_days(text: str, today: date) -> list[tuple[int, date, str]]:
    """Every day of the month spelled out in words, with its position and quote."""
    found = []
    for m in _SPELLED.finditer(text):
        if m.group("m") == "may":
            continue  # "the first may be ...": the verb, not the month
        n, month = DAY_WORDS.get(" ".join(m.group("dw").lower().replace("-", " ").split())), MONTHS[m.group("m").lower()]
        if n is None:
            continue
        try:
            day = date(int(m.group("y")) if m.group("y") else today.year, month, n)
            if day < today and not m.group("y"):
                day = date(today.year + 1, month, n)
        except ValueError:
            continue
        if _INCLUSIVE.search(_lead(text, m.start())[-20:] + text[m.end():m.end() + 20]):
            day = next_working(day)  # away through that day: back on the next working day, not on a Saturday
        found.append((m.start(), day, m.group().strip()))
    return found


def day_back_in_words(text: str, today: date, zone: str = "") -> tuple[date, str] | None:
    """The day back a notice writes in words (the last one named after the sending day; zone: IANA), with its quote."""
    found = [f for f in (*_holiday_days(text, today, zone), *_spelled_days(text, today),
                         *holiday_weekdays(text, today, zone)) if f[1] > today]
    if not found:
        return None
    _, day, quote = max(found)
    return day, quote
