"""Day and month names as people write them, and the day arithmetic every reader of dates shares.

In: words and a reference day. Out: weekday and month numbers, and dates. Used by the wishes
(followup.text.wishes), the conversation state and its restating (followup.drafting) and grounding, so a
"next Friday" means the same day wherever it is read.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

# English day names and the abbreviations mail uses, to their numbers (Monday = 0).
WEEKDAYS = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2,
            "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5,
            "sun": 6, "sunday": 6}
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Each language's day names, Monday first, to their numbers (Spanish also without its accents: ES_PLAIN_DAYS).
DAY_NAMES = {
    "en": {name: i for i, name in enumerate(WEEKDAY_NAMES)},
    "de": {name: i for i, name in enumerate(("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                                             "sonntag"))},
    "fr": {name: i for i, name in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))},
    "es": {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5,
           "domingo": 6},
}
# Spanish day names without their accents, for a pattern that reads only the accented ones.
ES_PLAIN_DAYS = ("miercoles", "sabado")
# German, French and Spanish day names (with and without accents).
FOREIGN_WEEKDAYS = {**DAY_NAMES["de"], **DAY_NAMES["fr"], **DAY_NAMES["es"]}

# Short German, French and Spanish day names as notes write them ("Do 10 Uhr", "jeu. 14h", "mié 9"); only safe to
# read before a number or a time, since "do", "mar" and "sa" are ordinary words.
SHORT_WEEKDAYS = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "lun": 0, "mar": 1, "mer": 2, "jeu": 3,
                  "ven": 4, "sam": 5, "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5}

# Each language's weekdays as notes cut them ("bis Fr.", "am Di", "avant ven.", "jusqu'au jeu", "antes del vie.",
# "el mié", "by Fri"), and the words that make a bare one a day: a short form is only read after one of these.
SHORT_DAYS = {
    "en": {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6},
    "de": {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6},
    "fr": {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6},
    "es": {"lun": 0, "mar": 1, "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "sab": 5, "dom": 6},
}
# Lead words that tie a bare short day to a deadline or a day: strong ones always; after a weak one (that may also
# lead a thing or a person: "le jeu", "pour Sam", "el mar") a cut that is also a word needs its dot.
_SHORT_LEADS = {
    "en": (r"by|until|till|before|next|this|due", r"on|from|after|for"),
    "de": (r"bis|am|ab|spätestens|kommenden|nächsten|diesen|bis\s+zum|bis\s+spätestens", r"vor|nach|seit"),
    "fr": (r"avant|d'ici|jusqu'à|jusqu'au|dès", r"le|ce|pour|après|au"),
    "es": (r"antes\s+del|hasta\s+el|para\s+el|desde\s+el|a\s+partir\s+del|este|próximo", r"el|del|al"),
}
# Cuts that are also words or names: "jeu" (a game), "mer" (the sea), "Sam", "Mo", "Fr." (Frau), "dom"; Spanish
# "mar" (the sea) follows "el" or "al" so often that only a strong lead makes it martes.
_ALSO_WORDS = {"en": set(), "de": {"mo", "fr"}, "fr": {"jeu", "mer", "sam", "dim"}, "es": {"dom", "mar"}}
_WEAK_NEVER = {"es": {"mar"}}
# The cuts that title or name a person ("Fr. Müller", "Mo"): a capitalised word right after, then a clause's end or
# a verb of saying, is that person ("bis Fr. Müller.", "nach Fr. Schulz sagt"), not a day.
_PERSON_CUTS = {"de": {"fr", "mo"}, "fr": {"sam"}}


def _short_day_pattern(language: str) -> re.Pattern[str]:
    """A bare short weekday after a lead word of its language, its dot kept apart."""
    strong, weak = _SHORT_LEADS[language]
    keys = "|".join(sorted(map(re.escape, SHORT_DAYS[language]), key=len, reverse=True))
    # German cuts are capitalised ("am Do"; "so", "da" are words); an English weekday is capitalised ("on sun" is none)
    capital = "|".join(k.capitalize() for k in sorted(SHORT_DAYS[language], key=len, reverse=True))
    day = rf"(?-i:{capital})" if language in ("de", "en") else rf"(?:{keys})"
    return re.compile(rf"(?<![\w'’])(?:(?P<strong>{strong})|(?P<weak>{weak}))\s+(?P<day>{day})(?P<dot>\.)?(?![\w/'’-])",
                      re.I)


_SHORT_DAY_PATTERNS = {language: _short_day_pattern(language) for language in SHORT_DAYS}
# After a short day: a date or clock time written with it ("Do 17.12.", "jeu. 14h") makes it part of a date, which
# the readers of dates take whole; a day number before it makes "mar." a month ("12 mar."), never mardi.
_NUMBER_AFTER = re.compile(r"\s*,?\s*\(?\d")
_NUMBER_BEFORE = re.compile(r"\d\.?\s*$")
# After a cut that titles or names a person: that person, a capitalised word then a clause's end or a verb of saying
# ("bis Fr. Müller.", "nach Fr. Schulz sagt"); a note's noun goes on ("Angebot bis Fr. Danach Termin").
_PERSON_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+\s*(?:[,;:!?)]|\.(?:\s|$)|$|\s+(?:sagt|meint|fragt|"
                           r"antwortet|hat|ist|will|möchte|schickt|ruft|meldet|dit|demande|a|est)\b)")


def short_weekdays(text: str, language: str | None = None) -> list[tuple[int, int, int]]:
    """Each bare weekday a note cut short, read as a day: (start, end, weekday) of the cut word and its dot. Only
    after a lead word of its language ("bis Fr.", "avant ven.", "hasta el vie"), never before a date or time
    ("Do 17.12." is a date), after a day number ("12 mar." is March), or before a person ("an Fr. Müller")."""
    found = []
    for lang in (language,) if language in SHORT_DAYS else tuple(SHORT_DAYS) if language is None else ():
        for m in _SHORT_DAY_PATTERNS[lang].finditer(text or ""):
            cut, end = m.group("day").lower(), m.end()
            if m.group("weak") and (cut in _WEAK_NEVER.get(lang, ()) or (cut in _ALSO_WORDS[lang]
                                                                          and not m.group("dot"))):
                continue  # "le jeu", "el mar", "pour Sam": a word, unless its dot says it was cut
            if _NUMBER_AFTER.match(text, end) or _NUMBER_BEFORE.search(text, 0, m.start()):
                continue
            if cut in _PERSON_CUTS.get(lang, ()) and _PERSON_AFTER.match(text, end):
                continue
            found.append((m.start("day"), end, SHORT_DAYS[lang][cut]))
    return found


def _numbered(*names: str) -> dict[str, int]:
    """Twelve month names in order, to their numbers."""
    return {name: i + 1 for i, name in enumerate(names)}


# Each language's month names written out, to their numbers.
MONTH_NAMES = {
    "en": _numbered("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"),
    "de": _numbered("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                    "november", "dezember"),
    "fr": _numbered("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"),
    "es": _numbered("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"),
    "it": _numbered("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                    "ottobre", "novembre", "dicembre"),
    "pt": _numbered("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                    "novembro", "dezembro"),
    "nl": _numbered("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                    "november", "december"),
}
# The other spellings mail uses: Austrian "jänner", umlauts and accents written out or left off, Spanish "setiembre".
MONTH_SPELLINGS = {"de": {"jänner": 1, "maerz": 3}, "fr": {"fevrier": 2, "aout": 8, "decembre": 12},
                   "es": {"setiembre": 9}, "pt": {"marco": 3}}
# The English cuts of month names ("Jan", "Sept"); "may" is a whole name too.
EN_MONTH_CUTS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                 "oct": 10, "nov": 11, "dec": 12}
# Each language's month names as mail cuts them ("Jan", "Mär", "janv.", "ene"), to their numbers; a cut may be the
# whole name ("mai", "juin", "mars").
MONTH_CUTS = {
    "en": EN_MONTH_CUTS,
    "de": {"jan": 1, "feb": 2, "mär": 3, "apr": 4, "mai": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
           "nov": 11, "dez": 12},
    "fr": {"janv": 1, "févr": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7, "août": 8, "sept": 9, "oct": 10,
           "nov": 11, "déc": 12},
    "es": {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "sept": 9, "oct": 10,
           "nov": 11, "dic": 12},
}
# A slip for "september" that English date readers take as it.
EN_SEPTEMBER_SLIP = "sepember"
# English month names and abbreviations ("jan", "january", ...); kept apart because "Julio" or "Mars" in English text
# is a name.
EN_MONTHS = dict(sorted({**EN_MONTH_CUTS, **MONTH_NAMES["en"]}.items(), key=lambda item: item[1]))
# Month names in every language wishes are read in (English, German, French, Spanish, Italian, Portuguese, Dutch).
MONTHS = {**EN_MONTHS, **{name: n for language in ("de", "fr", "es", "it", "pt", "nl")
                          for name, n in (*MONTH_NAMES[language].items(), *MONTH_SPELLINGS.get(language, {}).items())}}


def alternation(names: Iterable[str], *, without: Iterable[str] = ()) -> str:
    """Names as one regular-expression alternation, escaped and the longest first ("june" tried before "jun"),
    less those ``without``; the caller wraps it in its group."""
    dropped = set(without)
    return "|".join(sorted((re.escape(name) for name in dict.fromkeys(names) if name not in dropped), key=len,
                           reverse=True))


def month_names(*languages: str, cuts: bool = False, spellings: bool = True) -> list[str]:
    """The month names of those languages, with their other spellings if ``spellings``; the English cuts first if
    ``cuts``."""
    return [*(EN_MONTH_CUTS if cuts else ()),
            *(name for language in languages for name in (*MONTH_NAMES[language],
                                                          *(MONTH_SPELLINGS.get(language, ()) if spellings else ())))]


def month_cuts(*languages: str) -> list[str]:
    """The month cuts of those languages (MONTH_CUTS), each once."""
    return list(dict.fromkeys(cut for language in languages for cut in MONTH_CUTS[language]))


def month_prefixes(*languages: str, tail: str = r"\w*", whole: Iterable[str] = ()) -> str:
    """A month of those languages as a cut and any letters after it (tail: "jan" reads "Jan", "janv", "January"),
    as one alternation the caller wraps in its group; a cut in ``whole`` (one that begins ordinary words: "mai",
    "mail") is read only as it stands or as a full month name ("mayo")."""
    kept = tuple(whole)
    cut = f"(?:{alternation(month_cuts(*languages), without=kept)}){tail}"
    return "|".join((cut, alternation([*kept, *(name for name in month_names(*languages, spellings=False)
                                                 if name.startswith(kept))]))) if kept else cut


def day_names(*languages: str) -> list[str]:
    """The day names of those languages."""
    return [name for language in languages for name in DAY_NAMES[language]]


# Italian, Portuguese and Dutch day names, for reading a weekday written before a date in any of the seven languages
MORE_WEEKDAYS = {name: i for i, names in enumerate((
    ("lunedì", "lunedi", "segunda", "segunda-feira", "maandag"), ("martedì", "martedi", "terça", "terça-feira", "dinsdag"),
    ("mercoledì", "mercoledi", "quarta", "quarta-feira", "woensdag"), ("giovedì", "giovedi", "quinta", "quinta-feira",
                                                                        "donderdag"),
    ("venerdì", "venerdi", "sexta", "sexta-feira", "vrijdag"), ("sabato", "zaterdag"), ("domenica", "zondag")))
    for name in names}


def weekday_before(lead: str) -> int | None:
    """The weekday named by the last word of lead ("Return date: Wed", "rientro lunedì"), in any of the seven
    languages, if it is one."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", lead)
    word = words[-1].lower() if words else ""
    return WEEKDAYS.get(word, FOREIGN_WEEKDAYS.get(word, MORE_WEEKDAYS.get(word)))


def falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether that calendar day exists and falls on that weekday (Monday = 0)."""
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def next_weekday(today: date, weekday: int, *, said_next: bool = False, today_counts: bool = False) -> date:
    """The day a weekday name written on today means: the coming one; "next Friday" said earlier in the same week
    is the Friday of next week, while "next Monday" is the coming Monday. today_counts: "Tuesday" said on a
    Tuesday is today (a due date), else a week on (the end of a quiet period)."""
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and not today_counts:
        ahead = 7
    if said_next and (ahead == 0 or ahead < 7 - today.weekday()):
        ahead += 7
    return today + timedelta(days=ahead)


def next_day_of_month(today: date, day: int, month: int | None) -> date | None:
    """The next date on or after today with that day of the month (and month, if given)."""
    for offset in range(0, 14):
        y, m = divmod(today.month - 1 + offset, 12)
        year, mon = today.year + y, m + 1
        if month is not None and mon != month:
            continue
        try:
            candidate = date(year, mon, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def start_of_local_day(day: date, zone: ZoneInfo) -> datetime:
    """Naive UTC instant of local midnight of day in zone."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(timezone.utc).replace(tzinfo=None)


# A length of time in German, French, Spanish, Dutch, Italian or Portuguese ("zwei Wochen", "quelques jours", "una
# settimana", "quinze jours"), in days; "a few" is 3 as in English. Read for the end of a possible quiet period.
FOREIGN_COUNTS = {
    **dict.fromkeys(("ein", "eine", "einen", "einem", "einer", "un", "une", "uno", "una", "unos", "een", "um", "uma", "ett",
                     "et"), 1),
    **dict.fromkeys(("zwei", "deux", "dos", "twee", "due", "dois", "duas", "två"), 2),
    **dict.fromkeys(("drei", "trois", "tres", "drie", "tre", "três"), 3),
    **dict.fromkeys(("vier", "quatre", "cuatro", "quattro", "quatro"), 4),
    **dict.fromkeys(("fünf", "cinq", "cinco", "cinque", "vijf"), 5),
    **dict.fromkeys(("sechs", "seis", "zes"), 6),
    **dict.fromkeys(("sieben", "sept", "siete", "sette", "zeven", "sete"), 7),
    **dict.fromkeys(("huit", "ocho", "otto", "oito"), 8),
    **dict.fromkeys(("neun", "neuf", "nueve", "nove", "negen"), 9),
    **dict.fromkeys(("zehn", "dix", "diez", "dieci", "tien", "dez"), 10),
    **dict.fromkeys(("einige", "paar", "quelques", "algunos", "algunas", "unos", "unas", "enkele", "qualche",
                     "alcuni", "alguns", "algumas", "uns", "några", "nogle", "noen", "kilka"), 3),
    # "une dizaine de jours", "una decina di giorni", "una decena de días", "uma dezena de dias", "een tiental dagen":
    # about ten; "une vingtaine de jours" and its kin: about twenty
    **dict.fromkeys(("dizaine de", "decina di", "decena de", "dezena de", "tiental"), 10),
    # Dutch "een tweetal", "een drietal", "een viertal" weken: about two, three, four
    "tweetal": 2, "drietal": 3, "viertal": 4, "vijftal": 5, "zestal": 6,
    **dict.fromkeys(("vingtaine de", "ventina di", "veintena de", "vintena de", "twintigtal"), 20),
    **dict.fromkeys(("dwa", "dwie", "par de"), 2),  # "un par de semanas", never French "par semaine" (per week)
    "trzy": 3,
    # Swedish, Danish and Norwegian "a couple"; Ukrainian and Russian counts ("пару тижнів", "десять днів")
    **dict.fromkeys(("ett par", "et par", "пару", "пара", "два", "дві", "две"), 2),
    **dict.fromkeys(("один", "одна", "одну", "одного"), 1),
    **dict.fromkeys(("три",), 3),
    **dict.fromkeys(("чотири", "четыре"), 4),
    **dict.fromkeys(("п'ять", "п’ять", "пять"), 5),
    **dict.fromkeys(("десять",), 10),
    **dict.fromkeys(("кілька", "декілька", "несколько"), 3),
}
# Swedish, Danish and Norwegian "en" (one) counts only before a unit of those languages: French "en semaine" is
# "on weekdays", not a week
_NORDIC_ONE = r"en(?=\s+(?:vecka|dag|månad|uke|uge|måned)\b)"
FOREIGN_UNITS = {
    **dict.fromkeys(("tag", "tage", "tagen", "jour", "jours", "día", "días", "dia", "dias", "dag", "dagen",
                     "giorno", "giorni", "dagar", "dage", "dager", "dni", "dagje", "daagjes",
                     # the diminutives that soften a length in speech: "dos semanitas", "uns diazinhos", "un mesecito"
                     "diita", "diitas", "diíta", "diítas", "diazinho", "diazinhos",
                     "день", "дні", "днів", "дня", "дней", "дни"), 1),
    **dict.fromkeys(("woche", "wochen", "semaine", "semaines", "semana", "semanas", "week", "weken", "settimana",
                     "settimane", "vecka", "veckor", "weekje",
                     "weekjes", "semanita", "semanitas", "semaninha", "semaninhas",
                     "uge", "uger", "uke", "uker", "tydzień", "tydzien", "tygodnie", "tygodni",
                     "тиждень", "тижні", "тижнів", "тижня", "неделю", "недели", "недель", "неделя"), 7),
    **dict.fromkeys(("monat", "monate", "monaten", "mois", "mes", "meses", "mês", "maand", "maanden", "mese", "mesi",
                     "månad", "månader", "måned", "måneder", "miesiąc", "miesiące", "maandje", "mesecito", "mesecitos",
                     "mesinho", "mesinhos",
                     "maandjes", "місяць", "місяці", "місяців", "місяця", "месяц", "месяца", "месяцев"), 30),
}
_FOREIGN_DURATION = re.compile(
    r"\b(?:(?P<fortnight>quinze\s+jours|quince\s+d[ií]as|quindici\s+giorni|quinze\s+dias|vierzehn\s+tage|"
    # "une quinzaine (de jours)", "una quincena", "una quindicina di giorni": about a fortnight
    r"quinzaine(?:\s+de\s+jours)?|quincena|quindicina(?:\s+di\s+giorni)?)|"
    r"(?:(?:ein\s+)?(?P<count>\d{1,2}|" + "|".join(sorted(FOREIGN_COUNTS, key=len, reverse=True)).replace(" ", r"\s+")
    + "|" + _NORDIC_ONE + r")\s+)"
    r"(?P<unit>" + "|".join(sorted(FOREIGN_UNITS, key=len, reverse=True)) + r"))\b", re.I)


# one unit, its count unsaid, after "in": "через тиждень", "через месяц", "za tydzień"
_IN_ONE_UNIT = re.compile(r"\b(?:через\s+(?P<cyr>тиждень|місяць|неделю|месяц)|za\s+(?P<pl>tydzień|tydzien|miesiąc))\b", re.I)


# Dutch says "about N units" with the unit first: "een dag of tien", "een week of drie", "een maand of twee"
_UNIT_OR_COUNT = re.compile(r"\been\s+(?P<unit>dag|week|maand)\s+of\s+(?P<count>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|"
                            r"negen|tien|twaalf|veertien|twintig)\b", re.I)
_NL_MORE_COUNTS = {"acht": 8, "twaalf": 12, "veertien": 14, "twintig": 20}


def foreign_duration_days(text: str) -> int | None:
    """Days in the first length of time the text states in one of the six other languages, or None."""
    about = _UNIT_OR_COUNT.search(text or "")
    if about:  # (before "een dag" alone is read as one day)
        count = about.group("count").lower()
        number = int(count) if count.isdigit() else FOREIGN_COUNTS.get(count) or _NL_MORE_COUNTS[count]
        return number * FOREIGN_UNITS[about.group("unit").lower()]
    m = _FOREIGN_DURATION.search(text or "")
    if not m:
        one = _IN_ONE_UNIT.search(text or "")
        return None if one is None else FOREIGN_UNITS[(one.group("cyr") or one.group("pl")).lower()]
    if m.group("fortnight"):
        return 14
    count = " ".join(m.group("count").lower().split())
    number = int(count) if count.isdigit() else FOREIGN_COUNTS.get(count, 1)
    unit = FOREIGN_UNITS[m.group("unit").lower()]
    return corrected_days(text[m.end():], FOREIGN_COUNTS, FOREIGN_UNITS, unit) or number * unit


# the customer corrects the length just said: "dos semanas, bueno, mejor tres", "a week, actually make it ten days",
# "zwei Wochen, besser drei": a correcting word, then a count (and its unit, else the first one's)
CORRECTION_CHARS = 40
_CORRECTING = re.compile(
    r"^[\s,;:.…!\-–—]*(?:(?:well|oh|hmm|no|bueno|pues|enfin|nee|nein|nej|non|nah|or)\W+){0,2}"
    r"(?:(?:actually|make\s+(?:it|that)|or\s+rather|rather|better\s+still|mejor|m[áa]s\s+bien|digamos|plut[ôo]t|disons|"
    r"besser|lieber|eher|sagen\s+wir|anzi|meglio|facciamo|diciamo|melhor|ali[áa]s|beter|liever|zeg\s+maar|b[äa]ttre|"
    r"snarare|hellere|краще|лучше)\W+)+(?:(?:it|que|sean|sian|let'?s|say|maybe|mal|en|a|à)\W+){0,2}"
    r"(?P<count>[^\W_]+(?:\s+par|\s+of)?)(?:\s+(?P<unit>[^\W\d_]+))?", re.I)


def corrected_days(rest: str, counts: dict[str, int], units: dict[str, int], unit: int) -> int | None:
    """Days of a length the customer says instead of the one just before ``rest`` (whose unit is ``unit`` days), or
    None when there is no correction."""
    m = _CORRECTING.match(rest[:CORRECTION_CHARS])
    if not m:
        return None
    count = " ".join(m.group("count").lower().split())
    number = int(count) if count.isdigit() and len(count) <= 2 else counts.get(count)
    if not number:
        return None
    said = (m.group("unit") or "").lower()
    said = said[:-1] if said not in units and said.endswith("s") and said[:-1] in units else said
    return number * units.get(said, unit)
