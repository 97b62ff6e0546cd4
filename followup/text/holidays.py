"""Public holidays by the names people give them in the seven languages, and the day each falls on in a year.

In: a holiday's name as written ("Whit Monday", "lundi de Pentecôte", "Festa della Repubblica") and a reference
day. Out: the next day that holiday falls on. Used by followup.text.day_words to read a return day named by a
holiday ("back the day after Whit Monday").
"""
from __future__ import annotations

import re
from datetime import date, timedelta


def easter(year: int) -> date:
    """Western Easter Sunday of a year (the anonymous Gregorian computation)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


# Days counted from Easter Sunday, by their names in English, German, French, Spanish, Italian, Portuguese and Dutch
MOVABLE: dict[int, tuple[str, ...]] = {
    # Shrove Tuesday and Ash Wednesday, the end of Carnival: "check back after Ash Wednesday"
    -47: ("shrove tuesday", "carnival tuesday", "mardi gras", "faschingsdienstag", "fastnachtsdienstag", "martes de carnaval",
          "martedì grasso", "terça-feira de carnaval"),
    -46: ("ash wednesday", "aschermittwoch", "mercredi des cendres", "miércoles de ceniza", "mercoledì delle ceneri",
          "quarta-feira de cinzas", "aswoensdag"),
    -3: ("maundy thursday", "holy thursday", "gründonnerstag", "jeudi saint", "jueves santo", "giovedì santo",
         "quinta-feira santa", "witte donderdag"),
    -2: ("good friday", "karfreitag", "vendredi saint", "viernes santo", "venerdì santo", "sexta-feira santa",
         "goede vrijdag"),
    0: ("easter sunday", "easter", "ostersonntag", "ostern", "dimanche de pâques", "pâques", "domingo de pascua",
        "domingo de resurrección", "pascua", "pasqua", "domingo de páscoa", "páscoa", "eerste paasdag", "paaszondag",
        "pasen"),
    1: ("easter monday", "ostermontag", "lundi de pâques", "lunes de pascua", "pasquetta", "lunedì dell'angelo",
        "lunedì di pasqua", "segunda-feira de páscoa", "tweede paasdag", "paasmaandag"),
    39: ("ascension day", "ascension", "christi himmelfahrt", "auffahrt", "jeudi de l'ascension", "ascensión",
         "ascensione", "ascensão", "hemelvaartsdag", "hemelvaart"),
    49: ("whit sunday", "whitsunday", "pentecost", "pfingstsonntag", "pfingsten", "dimanche de pentecôte", "pentecôte",
         "pentecostés", "pentecoste", "pentecostes", "eerste pinksterdag", "pinksteren"),
    50: ("whit monday", "pfingstmontag", "lundi de pentecôte", "lunes de pentecostés", "lunedì di pentecoste",
         "segunda-feira de pentecostes", "tweede pinksterdag", "pinkstermaandag"),
    60: ("corpus christi", "fronleichnam", "fête-dieu", "corpus domini", "corpo de deus", "sacramentsdag"),
}

# Holy Week, named as one time away, ends on Easter Sunday ("back after Holy Week": the first working day after it);
# kept apart from MOVABLE, whose names are single days
HOLY_WEEK = ("holy week", "semana santa", "karwoche", "semaine sainte", "settimana santa", "goede week", "stille week")

# School holidays, named in the seven languages: their dates are set by each region and school, so the name gives
# no day ("until after the Easter holidays" is not the Tuesday after Easter). Easter ones: "Easter holidays",
# "Osterferien", "vacances de Pâques", "vacaciones de Semana Santa", "vacanze pasquali", "férias da Páscoa", "paasvakantie"
EASTER_BREAK = (r"(?:easter\s+(?:school\s+)?(?:holidays?|break|hols|vacation)|oster(?:ferien|urlaub)|"
                r"vacances\s+(?:scolaires\s+)?de\s+p[âa]ques|vacaciones\s+(?:escolares\s+)?de\s+(?:semana\s+santa|"
                r"pascua)|vacanze\s+(?:pasquali|di\s+pasqua)|ferie\s+pasquali|f[ée]rias\s+(?:escolares\s+)?(?:da|de)\s+"
                r"p[áa]scoa|paasvakantie)")
# the other school holidays: the summer, autumn, Christmas, winter and spring ones, half-term, "the school holidays"
OTHER_BREAK = (r"(?:(?:sommer|herbst|winter|weihnachts|pfingst|faschings|fastnachts|schul)ferien|grandes\s+vacances|"
               r"vacances\s+(?:d['\u2019]\s*[ée]t[ée]|de\s+la\s+toussaint|de\s+no[ëe]l|d['\u2019]\s*hiver|"
               r"de\s+printemps|d['\u2019]\s*automne|scolaires|de\s+f[ée]vrier)|vacaciones\s+(?:de\s+verano|"
               r"de\s+navidad|escolares|de\s+invierno)|vacanze\s+(?:estive|natalizie|di\s+natale|scolastiche|"
               r"invernali)|f[ée]rias\s+(?:de\s+ver[ãa]o|do\s+natal|escolares|de\s+inverno|grandes)|grandes\s+f[ée]rias|"
               r"(?:zomer|kerst|herfst|voorjaars|mei|krokus|school)vakantie|half[- ]?term(?:\s+(?:holidays?|break))?|"
               r"(?:summer|christmas|winter|school|october|february|autumn)\s+(?:school\s+)?(?:holidays?|break|hols)|"
               r"spring\s+break|march\s+break|mid[- ]?term\s+break)")
# Christmas's school holidays, among the other ones: they hold the year's end in every region
CHRISTMAS_BREAK = re.compile(r"\b(?:weihnachtsferien|vacances\s+de\s+no[ëe]l|vacaciones\s+de\s+navidad|vacanze\s+(?:natalizie|"
                             r"di\s+natale)|f[ée]rias\s+do\s+natal|kerstvakantie|christmas\s+(?:school\s+)?(?:holidays?|break|hols))"
                             r"\b", re.I)
SCHOOL_BREAK_CHARS = 40  # how far around a holiday's name the school holidays that hold it are looked for
_SCHOOL_BREAK = re.compile(rf"\b(?:{EASTER_BREAK}|{OTHER_BREAK})\b", re.I)

# Fixed days (month, day): the holidays common to these countries and the national days of the countries where the
# seven languages are spoken, under their usual names (a name several countries give different days, such as
# "Independence Day" or "fête nationale", is left out: its day is not known from the name)
FIXED: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("new year's day", "new year", "neujahr", "neujahrstag", "jour de l'an", "nouvel an", "año nuevo",
             "capodanno", "dia de ano novo", "ano novo", "nieuwjaarsdag"),
    (1, 6): ("epiphany", "heilige drei könige", "dreikönigstag", "épiphanie", "día de reyes", "epifania", "befana",
             "driekoningen", "three kings day", "three kings' day", "three kings", "three wise men"),
    (1, 26): ("australia day",),
    (2, 4): ("dia do início da luta armada",),
    (2, 6): ("waitangi day",),
    # the patron saints' days of the UK's nations (St Andrew's Day is a bank holiday in Scotland)
    (3, 1): ("st david's day", "st. david's day", "saint david's day", "dydd gŵyl dewi", "dydd gwyl dewi"),
    (3, 17): ("st patrick's day", "st. patrick's day", "saint patrick's day"),
    (4, 23): ("st george's day", "st. george's day", "saint george's day"),
    (11, 30): ("st andrew's day", "st. andrew's day", "saint andrew's day"),
    (4, 21): ("tiradentes",),
    (4, 25): ("anzac day", "festa della liberazione", "dia da liberdade"),
    (4, 27): ("koningsdag",),
    (5, 1): ("may day", "tag der arbeit", "fête du travail", "día del trabajo", "día del trabajador",
             "festa dei lavoratori", "festa del lavoro", "dia do trabalhador", "dia do trabalho", "dag van de arbeid"),
    (5, 5): ("bevrijdingsdag",),
    (5, 8): ("victoire 1945", "fête de la victoire"),
    (5, 21): ("día de las glorias navales", "glorias navales"),
    (5, 25): ("dia de áfrica", "día de áfrica", "africa day", "revolución de mayo"),
    (6, 2): ("festa della repubblica",),
    (6, 10): ("dia de portugal",),
    (6, 13): ("santo antónio",),  # Lisbon's own holiday
    (6, 24): ("são joão",),  # Porto's and Braga's
    (6, 19): ("juneteenth",),
    (7, 5): ("tynwald day",),  # Isle of Man
    (7, 1): ("canada day", "keti koti"),
    (8, 15): ("assumption day", "mariä himmelfahrt", "assomption", "asunción", "ferragosto", "assunzione",
              "assunção", "maria-tenhemelopneming"),
    (10, 3): ("tag der deutschen einheit",),
    (10, 5): ("implantação da república",),
    # Spain's national day is also the Virgin of the Pillar's ("el puente del Pilar"); a woman named Pilar has no article
    (10, 12): ("día de la hispanidad", "fiesta nacional de españa", "nossa senhora aparecida", "virgen del pilar",
               "del pilar", "el pilar"),
    (10, 31): ("reformationstag",),
    (11, 1): ("all saints' day", "all saints day", "allerheiligen", "toussaint", "todos los santos", "ognissanti",
              "tutti i santi", "dia de todos os santos"),
    (11, 2): ("dia de finados", "finados", "allerseelen"),
    (11, 11): ("armistice", "armistice day", "remembrance day", "veterans day", "wapenstilstand"),
    (11, 15): ("proclamação da república",),
    (11, 20): ("consciência negra",),
    (12, 1): ("restauração da independência",),
    # Saint Nicholas's eve and day, and Saint Lucy's: the December feasts shops, schools and restaurants are busiest
    # for ("na Sinterklaas", "nach dem Nikolaustag", "dopo Santa Lucia", "efter Lucia" is a name alone: left out)
    (12, 5): ("sinterklaas", "sinterklaasavond", "pakjesavond"),
    (12, 6): ("día de la constitución", "st nicholas day", "st. nicholas day", "saint nicholas day", "st nicholas' day",
              "nikolaustag", "la saint-nicolas", "sint-nicolaas"),
    (12, 8): ("immacolata", "inmaculada concepción", "imaculada conceição"),
    (12, 13): ("santa lucia", "santa lucía", "santa luzia", "sainte-lucie", "st lucy's day", "saint lucy's day",
               "sankta lucia", "luciadagen"),
    (12, 24): ("christmas eve", "heiligabend", "heiliger abend", "réveillon de noël", "nochebuena", "vigilia di natale",
               "véspera de natal", "kerstavond"),
    (12, 25): ("christmas day", "christmas", "erster weihnachtstag",
               "ersten weihnachtstag", "weihnachten", "noël", "navidad", "natale",
               "natal", "eerste kerstdag", "kerstmis", "kerst"),
    (12, 26): ("boxing day", "st stephen's day", "zweiter weihnachtstag",
               "zweiten weihnachtstag", "stephanstag", "stefanitag", "santo stefano",
               "sant esteve", "tweede kerstdag"),
    (12, 31): ("new year's eve", "silvester", "saint-sylvestre", "nochevieja", "san silvestro", "véspera de ano novo",
               "oudejaarsdag", "oudjaar"),
}

# The feast days the farming year still counts by, quarter and term days, harvest and rent ("leave it till after
# Michaelmas", "nach Lichtmess", "après la Chandeleur"); only names that are no town or drink ("San Miguel", "Martini")
FARM_DAYS: dict[tuple[int, int], tuple[str, ...]] = {
    (2, 2): ("candlemas", "mariä lichtmess", "lichtmess", "la chandeleur", "día de la candelaria", "candelora",
             "maria-lichtmis"),
    (3, 25): ("lady day",),
    (6, 24): ("johannistag", "johanni"),
    (8, 1): ("lammas day", "lammas"),
    (9, 29): ("michaelmas day", "michaelmas", "michaelistag", "michaelis", "michaeli", "la saint-michel"),
    (11, 11): ("martinmas", "martinstag", "la saint-martin", "dia de são martinho"),
}

# Days set as the nth (or, for -1, the last) weekday of a month: (month, weekday with Monday = 0, n)
NTH_WEEKDAY: dict[tuple[int, int, int], tuple[str, ...]] = {
    (1, 0, 3): ("martin luther king day", "mlk day"),
    (5, 0, 1): ("early may bank holiday",),
    (5, 0, -1): ("memorial day", "spring bank holiday"),
    (8, 0, -1): ("august bank holiday", "summer bank holiday"),
    (9, 0, 1): ("labor day", "labour day"),
    (11, 3, 4): ("thanksgiving day", "thanksgiving"),
}
# Days a number of days after an nth weekday: (month, weekday, n, days after); Zambia's Unity Day is the Tuesday after
# Heroes' Day, the first Monday of July (named together, the pair ends on it)
NTH_WEEKDAY_AFTER: dict[tuple[int, int, int, int], tuple[str, ...]] = {
    (7, 0, 1, 1): ("heroes and unity day", "heroes and unity days", "heroes' and unity day", "heroes' and unity days"),
}
# Colombia's fixed holidays that move to the next Monday when they fall on another day (Ley Emiliani, 1983); only
# names no other country gives a different day
EMILIANI: dict[tuple[int, int], tuple[str, ...]] = {
    (11, 11): ("independencia de cartagena",),
}

# Names several countries give different days, read by the customer's time zone: zone-name prefixes -> (month, day)
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
       "America/Anchorage", "America/Adak", "America/Boise", "America/Detroit", "America/Indiana/", "America/Kentucky/",
       "America/Menominee", "America/North_Dakota/", "America/Juneau", "America/Sitka", "America/Nome",
       "America/Yakutat", "America/Metlakatla", "Pacific/Honolulu", "US/")
_MEXICO = ("America/Mexico_City", "America/Monterrey", "America/Cancun", "America/Merida", "America/Chihuahua",
           "America/Tijuana", "America/Hermosillo", "America/Mazatlan", "America/Matamoros", "America/Bahia_Banderas")
ZONED: dict[str, dict[tuple[str, ...], tuple[int, int]]] = {
    "independence day": {_US: (7, 4), _MEXICO: (9, 16), ("Asia/Kolkata", "Asia/Calcutta"): (8, 15),
                         ("Asia/Karachi",): (8, 14), ("Asia/Manila",): (6, 12), ("Africa/Lagos",): (10, 1),
                         ("Africa/Accra",): (3, 6)},
}

_KIND = {**{name: ("easter", offset) for offset, names in MOVABLE.items() for name in names},
         **{name: ("easter", 0) for name in HOLY_WEEK},
         **{name: ("fixed", md) for md, names in FIXED.items() for name in names},
         **{name: ("fixed", md) for md, names in FARM_DAYS.items() for name in names},
         **{name: ("nth", rule + (0,)) for rule, names in NTH_WEEKDAY.items() for name in names},
         **{name: ("nth", rule) for rule, names in NTH_WEEKDAY_AFTER.items() for name in names},
         **{name: ("monday", md) for md, names in EMILIANI.items() for name in names}}


def _loose(name: str) -> str:
    """A name as a pattern that also takes it without accents, with any spacing, hyphen and apostrophe."""
    plain = {"ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e", "ê": "e", "ô": "o", "â": "a", "ó": "o", "á": "a",
             "í": "i", "ú": "u", "ì": "i", "ã": "a", "ç": "c", "ë": "e", "ß": "ss"}
    out = []
    for ch in name:
        if ch in plain:
            out.append(f"(?:{ch}|{plain[ch]})")
        elif ch in " -":
            out.append(r"[\s\-]+")
        elif ch in "'’":
            out.append(r"['’]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


# Every holiday name, longest first, as one alternation ("lundi de Pentecôte" before "Pentecôte")
HOLIDAY_RE = "|".join(_loose(name) for name in sorted({*_KIND, *ZONED}, key=len, reverse=True))
_PLAIN = str.maketrans("äöüéèêôâóáíúìãçë’", "aoueeeoaoaiuiace'")


def _kind(name: str, zone: str = "") -> tuple[str, object] | None:
    """The rule of a holiday name as matched (any accents and spacing); a name of several days by the zone."""
    key = re.sub(r"[\s\-]+", " ", name.lower()).replace("ß", "ss").translate(_PLAIN)
    for known, days in ZONED.items():
        if key == known:
            return next((("fixed", md) for zones, md in days.items() if zone.startswith(zones)), None)
    for known, kind in _KIND.items():
        if re.sub(r"[\s\-]+", " ", known).replace("ß", "ss").translate(_PLAIN).replace("'", "") == key.replace("'", ""):
            return kind
    return None


def _in_year(kind: tuple[str, object], year: int) -> date:
    """The day a holiday rule gives in a year."""
    rule, value = kind
    if rule == "easter":
        return easter(year) + timedelta(days=int(value))  # type: ignore[call-overload]
    if rule in ("fixed", "monday"):
        month, day = value  # type: ignore[misc]
        fixed = date(year, month, day)
        return fixed + timedelta(days=(7 - fixed.weekday()) % 7) if rule == "monday" else fixed
    month, weekday, n, after = value  # type: ignore[misc]
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1) + after)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 - after)


def next_holiday(name: str, today: date, zone: str = "") -> date | None:
    """The next day on or after today the named holiday falls on (in the zone's country where the name does not tell)."""
    kind = _kind(name, zone)
    if kind is None:
        return None
    found = _in_year(kind, today.year)
    return found if found >= today else _in_year(kind, today.year + 1)


def observed(day: date) -> date:
    """The day a holiday falling on a weekend is kept where the law moves it ("observed"): the Monday after."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def in_school_break(text: str, at: int) -> bool:
    """Whether position at of the text falls inside school holidays named ("vacances de Pâques": not Easter Day)."""
    return any(m.start() <= at < m.end() for m in _SCHOOL_BREAK.finditer(text, max(0, at - SCHOOL_BREAK_CHARS),
                                                                       at + SCHOOL_BREAK_CHARS))
