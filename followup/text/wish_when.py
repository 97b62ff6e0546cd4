"""When a quiet period ends, read by a grammar over parts of a date in the seven languages the rules read: a part of a
week or a month ("end of next week", "Ende nächster Woche", "début décembre", "a finales de la semana que viene",
"mid-December"), a week number ("week 50", "KW 48"), a day written in figures ("04.12.", "07/12"), a weekday with its
day of the month ("Thursday the 19th"), a weekday in Italian, Portuguese or Dutch, "next month", the new year.

And a possible quiet period read by the same grammar: a request to the rep to get in touch again (any of the seven
languages, any verb form: "Pouvez-vous me rappeler lundi prochain ?", "Bitte melden Sie sich Anfang Dezember wieder",
"Kunt u over twee weken terugkomen?") with such a day in the sentence. Never certain (followup.text.wish_maybe).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.dates import (
    FOREIGN_WEEKDAYS,
    MONTHS,
    WEEKDAYS,
    alternation,
    foreign_duration_days,
    next_day_of_month,
    next_weekday,
    start_of_local_day,
)
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import A_FEW_DAYS, DNC, QUIET, Wish
from followup.text.wish_quiet import EVENT_QUIET_DAYS

_MORE_WEEKDAYS = {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
                  "giovedi": 3, "venerdì": 4, "venerdi": 4, "segunda": 0, "terça": 1, "terca": 1, "quarta": 2,
                  "quinta": 3, "sexta": 4, "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4}
# Weekday names in every language read, with their number (Monday 0).
DAYS = {**WEEKDAYS, **FOREIGN_WEEKDAYS, **_MORE_WEEKDAYS}
_DAY_RE = alternation(d for d in DAYS if len(d) > 3)
_MONTH_RE = alternation(m for m in MONTHS if len(m) > 3 or m in ("may", "mai", "mei"))
# "next" in the seven languages, before or after its noun
_NEXT = (r"(?:next|coming|following|n[äa]chste[nmrs]?|kommende[nmrs]?|prochaine?|suivante?|que\s+viene|pr[óo]xim[oa]|"
         r"siguiente|prossim[oa]|(?:que\s+)?vem|volgende|komende)")
_THIS = (r"(?:this|the|diese[rns]?|der|des|la|cette|ce|du|de\s+la|esta|este|della|di\s+questa|questa|da|desta|deste|deze|"
         r"de|van\s+de)")
_WEEK = r"(?:week|woche|semaine|semana|settimana|weekend)"
_MONTH_WORD = r"(?:month|monats?|mois|mes|mese|m[êe]s|maand)"
_START = r"(?:early|beginning|start|anfang|beginn|d[ée]but|principios?|comienzos?|inicios?|inizio|in[íi]cio|begin)"
_MIDDLE = r"(?:mid|middle|mitte|mi|milieu|mediados|met[àa]|meados|midden|half)"
_END = r"(?:late|end|ende|fin|finales|final|fine|fim|eind|einde)"
_OF = r"(?:\s+(?:of|von|de|d['\u2019]|del|di|da|do|van))?\s*(?:the\s+)?"

# "end of next week", "Ende nächster Woche", "fin de la semaine prochaine", "a finales de la semana que viene",
# "alla fine della prossima settimana", "no final da próxima semana", "eind volgende week", "begin van deze week"
_WEEK_PART = re.compile(rf"\b(?P<part>{_START}|{_END})\b{_OF}(?:{_THIS}\s+)?(?P<n1>{_NEXT}\s+)?{_WEEK}\b"
                        rf"(?P<n2>\s+{_NEXT})?", re.I)
# "early December", "mid-December", "Ende November", "début décembre", "a principios de diciembre", "fine dicembre",
# "the end of next month", "Anfang nächsten Monats", "début du mois prochain", "eind van de maand"
_MONTH_PART = re.compile(rf"\b(?P<part>{_START}|{_MIDDLE}|{_END})\b[- ]?{_OF}(?:{_THIS}\s+)?"
                         rf"(?:(?P<month>{_MONTH_RE})\b|(?P<n1>{_NEXT}\s+)?{_MONTH_WORD}\b(?P<n2>\s+{_NEXT})?)", re.I)
# the month said to be over, an end of this month in other words: "when the month is over", "wenn der Monat rum is",
# "quand le mois sera fini", "cuando acabe el mes", "quando il mese sarà finito", "quando o mês acabar", "als de maand om is"
_MONTH_OVER = re.compile(
    r"\b(?:(?:when|once|after)\s+(?:the|this)\s+month\s+(?:is\s+|has\s+)?(?:over|out|done|finished|ended)|"
    r"(?:wenn|sobald|bis)\s+(?:der|dieser)\s+monat\s+(?:rum|vorbei|um|herum|zu\s+ende)\b|"
    r"(?:quand|une\s+fois|d[èe]s\s+que)\s+(?:le|ce)\s+mois\s+(?:sera\s+|est\s+)?(?:fini|termin[ée]|pass[ée]|[ée]coul[ée])|"
    r"(?:cuando|en\s+cuanto)\s+(?:acabe|termine|pase)\s+(?:el|este)\s+mes|"
    r"(?:quando|appena)\s+(?:(?:il|questo)\s+mese\s+(?:sar[àa]\s+|[èe]\s+)?(?:finito|passato|terminato)|finisce\s+il\s+mese)|"
    r"(?:quando|assim\s+que)\s+(?:(?:acabar|terminar|passar)\s+(?:o|este)\s+m[êe]s|(?:o|este)\s+m[êe]s\s+(?:acabar|terminar|passar))|"
    r"(?:als|wanneer|zodra)\s+(?:de|deze)\s+maand\s+(?:om|voorbij|afgelopen)\b)", re.I)
# "week 50", "KW 48", "semaine 49", "semana 50", "settimana 49", "wk 50": the Monday of that ISO week
_WEEK_NUMBER = re.compile(r"\b(?:week|wk|kw|kalenderwoche|semaine|sem|semana|settimana)\.?\s*(?P<w>[1-5]?\d)\b(?![.,:/]\d)",
                          re.I)
# "04.12.", "1.12.2026", "07/12": a day written in figures, European order; a dot needs a dot or a year after it
_FIGURES = re.compile(r"(?<![\d.,:/])(?P<d>[0-3]?\d)(?:\.(?P<m1>[01]?\d)(?:\.(?P<y1>(?:20)?\d\d)\b|\.(?!\d))|"
                      r"/(?P<m2>[01]?\d)(?:/(?P<y2>(?:20)?\d\d))?(?![\d/]))(?!\s*(?:h\b|uhr|am\b|pm\b|%|€|\$))", re.I)
# "Thursday the 19th", "lundi 16", "Montag, den 16.", "el lunes 16", "maandag 16": the number says the day
_DAY_AND_NUMBER = re.compile(rf"\b(?:{_DAY_RE})\b,?\s+(?:the\s+|den\s+|le\s+|el\s+|il\s+|dia\s+)?(?P<d>[0-3]?\d)"
                             r"(?:st|nd|rd|th|\.|º|e)?(?![\d:.,]\d)(?!\s*(?:h\b|uhr|am\b|pm\b|:))", re.I)
# a day of a named month: "am 1. Dezember", "le 3 décembre", "el 20 de noviembre", "December 1st"
_DAY_MONTH = re.compile(rf"\b(?:(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th|er)?\s+(?:de\s+|of\s+|di\s+)?(?P<m>{_MONTH_RE})|"
                        rf"(?P<m2>{_MONTH_RE})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)\b(?![.,:/]?\d)", re.I)
_MONTH_AFTER = re.compile(r"\s*(?:of\s+|de\s+|di\s+|van\s+)?([^\W\d_]+\.?)")
# a weekday, said with "next" or not: "lundi prochain", "next Friday", "volgende week maandag", "venerdì prossimo"
_WEEKDAY = re.compile(rf"(?P<n1>\b{_NEXT}\s+(?:week\s+)?)?\b(?P<day>{_DAY_RE})\b(?P<n2>\s+(?:(?:de\s+la|della|da|der)\s+"
                      rf"(?:semana|semaine|settimana|woche)\s+)?{_NEXT})?", re.I)
# "next month", "le mois prochain", "el mes que viene", "il prossimo mese", "no próximo mês", "volgende maand"
_NEXT_MONTH = re.compile(rf"\b{_NEXT}\s+(?:{_MONTH_WORD})\b|\b{_MONTH_WORD}\s+{_NEXT}\b", re.I)
# a day of it: "the 9th of next month", "le 9 du mois prochain", "el 9 del mes que viene", "am 9. nächsten Monats"
_DAY_NEXT_MONTH = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s+(?:(?:of|du|del|de|di|do|van)\s+)?(?:the\s+)?"
                             rf"(?:{_NEXT}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+{_NEXT})\b", re.I)
# "in the new year", "nach Neujahr", "après le nouvel an", "en año nuevo", "dopo capodanno", "no ano novo"
_NEW_YEAR = re.compile(r"\b(?:new\s+year|neujahr|neuen\s+jahr\w*|nouvel\s+an|nouvelle\s+ann[ée]e|a[ñn]o\s+nuevo|"
                       r"capodanno|anno\s+nuovo|ano\s+novo|nieuwe\s+jaar|nieuwjaar)\b", re.I)
# a month by itself after a word of time: "until December", "in January", "bis Dezember", "en décembre", "a gennaio"
_MONTH_ALONE = re.compile(rf"\b(?:until|till|in|after|before|from|bis|im|ab|nach|vor|jusqu['\u2019]en|en|apr[eè]s|"
                          rf"avant|hasta|despu[ée]s\s+de|antes\s+de|a|fino\s+a|dopo|prima\s+di|at[ée]|em|depois\s+de|"
                          rf"tot|na|voor|vanaf)\s+(?P<month>{_MONTH_RE})\b(?!\s+\d)", re.I)
# "in two weeks", "over twee weken", "tra due settimane", "dans trois semaines", "daqui a duas semanas": a length
_ENGLISH_LENGTH = re.compile(r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple(?:\s+of)?|"
                             r"a\s+few)\s+(?P<unit>day|week|wk|fortnight|month)s?\b", re.I)
# "un paio di settimane", "un par de semanas", "een paar dagen" is read as a few; "een weekje", "un dagje": one
_PAIR_LENGTH = re.compile(r"\b(?:un\s+(?:paio|par)\s+(?:di|de)|um\s+par\s+de|(?P<one>een|ein))\s+"
                          r"(?P<unit>giorni|settimane|mesi|d[íi]as|semanas|meses|dagje|weekje|maandje|w[öo]chlein)\b", re.I)
_PAIR_UNITS = {"gio": 1, "día": 1, "dia": 1, "dag": 1, "set": 7, "sem": 7, "wee": 7, "wöc": 7, "woc": 7, "mes": 30,
               "maa": 30}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "a couple": 2, "a couple of": 2, "a few": 3}
_UNITS = {"day": 1, "week": 7, "wk": 7, "fortnight": 14, "month": 30}
# a clock time or a meeting hour: "lundi à 10h", "Monday at 2pm", "um 14 Uhr" is an appointment, not a wait
_CLOCK = re.compile(r"\b(?:at|um|à|a\s+las?|alle|[àa]s|om)\s+\d{1,2}(?:[:.h]\d\d)?\s*(?:h\b|uhr|am\b|pm\b|u\b)?|"
                    r"\b\d{1,2}(?::\d\d)?\s*(?:h\b|uhr\b|[ap]\.?m\.?)|\b\d{1,2}:\d\d\b", re.I)

_PART_DAY = {"start": 0, "middle": 14, "end": -1}
# a day in figures further ahead than this is no end of a wait ("24/7 support" is no 24 July)
FIGURES_AHEAD_DAYS = 183


def _part(word: str) -> str:
    """'early' -> start, 'mid' -> middle, 'late' -> end (any language)."""
    w = word.lower()
    if re.fullmatch(_START, w, re.I):
        return "start"
    return "middle" if re.fullmatch(_MIDDLE, w, re.I) else "end"


def _month_day(year: int, month: int, part: str) -> date:
    """The first, fifteenth or last day of a month."""
    if part == "end":
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, 1 + _PART_DAY[part])


def _coming_month(today: date, month: int) -> tuple[int, int]:
    """(year, month) of the named month still ahead (this month counts)."""
    return (today.year, month) if month >= today.month else (today.year + 1, month)


def _next_month(today: date) -> tuple[int, int]:
    """(year, month) of next month."""
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


def end_day(sentence: str, today: date) -> date | None:
    """The day a stated end falls on, read by the grammar above, or None when the sentence states none of its forms."""
    if (m := _WEEK_PART.search(sentence)) is not None:
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7 if (m.group("n1") or m.group("n2")) else 0)
        return monday if _part(m.group("part")) == "start" else monday + timedelta(days=4)
    if (m := _MONTH_PART.search(sentence)) is not None:
        if m.group("month"):
            year, month = _coming_month(today, MONTHS[m.group("month").lower()])
        else:
            year, month = _next_month(today) if (m.group("n1") or m.group("n2")) else (today.year, today.month)
        return _month_day(year, month, _part(m.group("part")))
    if _MONTH_OVER.search(sentence):
        return _month_day(today.year, today.month, "end")
    if (m := _WEEK_NUMBER.search(sentence)) is not None and 1 <= int(m.group("w")) <= 53:
        for year in (today.year, today.year + 1):
            try:
                monday = date.fromisocalendar(year, int(m.group("w")), 1)
            except ValueError:
                continue
            if monday + timedelta(days=6) >= today:
                return monday
    if (m := _FIGURES.search(sentence)) is not None:
        day, month = int(m.group("d")), int(m.group("m1") or m.group("m2"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found = next_day_of_month(today, day, month)
            if found is not None and (found - today).days <= FIGURES_AHEAD_DAYS:
                return found
    if (m := _DAY_MONTH.search(sentence)) is not None:
        return next_day_of_month(today, int(m.group("d") or m.group("d2")), MONTHS[(m.group("m") or m.group("m2")).lower()])
    if (m := _DAY_AND_NUMBER.search(sentence)) is not None and 1 <= int(m.group("d")) <= 31:
        return next_day_of_month(today, int(m.group("d")), None)
    if (m := _WEEKDAY.search(sentence)) is not None:
        return next_weekday(today, DAYS[m.group("day").lower()], said_next=bool(m.group("n1") or m.group("n2")))
    if _NEXT_MONTH.search(sentence):
        m = _DAY_NEXT_MONTH.search(sentence)
        year, month = _next_month(today)
        day = int(m.group("d")) if m else 1
        return date(year, month, day) if 1 <= day <= calendar.monthrange(year, month)[1] else date(year, month, 1)
    if _NEW_YEAR.search(sentence):
        return date(today.year + 1, 1, 1)
    if (m := _MONTH_ALONE.search(sentence)) is not None:
        month = MONTHS[m.group("month").lower()]
        if month != today.month:
            return date(*_coming_month(today, month), 1)
    days = length_days(sentence)
    return today + timedelta(days=days) if days else None


def length_days(sentence: str) -> int | None:
    """Days in the first length of time a sentence states, in any of the seven languages ("the next two weeks or so",
    "un paio di settimane", "een weekje"), or None."""
    days = foreign_duration_days(sentence)
    if days is None and (m := _PAIR_LENGTH.search(sentence)) is not None:  # "un paio di settimane", "een weekje"
        days = (1 if m.group("one") else 2) * _PAIR_UNITS[m.group("unit").lower()[:3]]
    if days is None and (m := _ENGLISH_LENGTH.search(sentence)) is not None:
        days = _COUNTS.get(re.sub(r"\s+", " ", m.group("n").lower()), 0) if not m.group("n").isdigit() else int(m.group("n"))
        days *= _UNITS[m.group("unit").lower()]
    return days or None


def stated_end(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """end_day as the start of that local day (naive UTC), or None."""
    day = end_day(sentence, local.date())
    return start_of_local_day(day, zone) if day is not None and day > local.date() else None


def period_end(text: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """stated_end where the text names a part of a week or month ("fin de la semaine prochaine", "Anfang Januar")."""
    return stated_end(text, local, zone) if _WEEK_PART.search(text) or _MONTH_PART.search(text) else None


# a request to the rep to get in touch again, in any verb form: en, de, fr, es, it, pt, nl
_AGAIN = re.compile(
    r"\b(?:"
    r"(?:get|come|circle|reach)\s+back\s+(?:to|in\s+touch\s+with)\s+(?:me|us)|get\s+back\s+in\s+touch|touch\s+base|"
    r"reach\s+out|check\s+in\s+(?:again|with\s+(?:me|us))|follow\s+up\s+(?:again|with\s+(?:me|us))|reconnect|"
    r"(?:call|ring|phone|email|e-mail|ping|contact|try)\s+(?:me|us)\s+(?:again|back)|pick\s+(?:this|it|things)\s+up\s+again|"
    r"(?:try|ping|catch|nudge)\s+(?:me|us)|"
    # German: "melden Sie sich wieder", "rufen Sie mich wieder an", "kontaktieren Sie mich", "hören wir uns"
    r"meld(?:e|en|et)\s+(?:sie\s+)?(?:sich|dich|euch)|ruf(?:en|t)?\s+(?:sie\s+)?mich\s+(?:\w+\s+){0,3}?an|"
    r"kontaktier\w*\s+(?:sie\s+)?(?:mich|uns)|schreib(?:en|t)?\s+(?:sie\s+)?(?:mir|uns)|(?:sprechen|reden|h[öo]ren)\s+wir|"
    # French: "recontactez-moi", "me rappeler", "revenez vers moi", "relancez-moi", "reprendre contact", "on en reparle"
    r"recontact\w*|rappel\w*[- ]moi|me\s+rappeler|reven\w*\s+vers\s+(?:moi|nous)|relanc\w*[- ](?:moi|nous)|"
    r"me\s+relancer|reprendre\s+contact|(?:on\s+)?(?:en\s+)?repar\w+|[ée]cri\w*[- ]moi|m['\u2019][ée]crire|"
    # Spanish: "vuelve a contactarme", "llámame", "escríbeme", "retomamos", "hablamos"
    r"vuelv\w+\s+a\s+(?:contact|escrib|llam)\w*|volver\s+a\s+(?:contact|escrib|llam)\w*|contact[áa]\w*me|"
    r"llam\w*me|llám\w*me|escr[íi]b\w*me|retom\w+|hablamos|hablemos|"
    # Italian: "ricontattami", "mi ricontatti", "richiamami", "risentiamoci", "ne riparliamo", "mi scriva"
    r"ricontatt\w*|richiam\w*|(?:ri)?sentiamoci|riparli\w*|mi\s+(?:scriva|chiami|contatti)|scrivimi|chiamami|"
    # Portuguese: "volte a contactar", "ligue-me", "entre em contacto", "falamos"
    r"volt\w+\s+a\s+(?:contact|lig|escrev|fal)\w*|lig\w*-me|me\s+lig\w+|(?:entre|entra)\s+em\s+contacto|falamos|"
    # Dutch: "neem ... contact op", "bel me", "kom ... terug", "spreken we", "mail me"
    r"neem\w*\s+(?:\w+\s+){0,4}?contact|contact\s+op|bel\s+(?:me|mij)|belt\s+u\s+(?:me|mij)|terug\s*(?:te\s+)?kom\w*|"
    r"kom\w*\s+(?:\w+\s+){0,3}?terug|spreken\s+we|(?:weer|opnieuw)\s+contact|contact\s+(?:hebben|zoeken|opnemen)|"
    r"cont[áa]ct\w*me|cont[áa]ct\w*nos|k[öo]nnen\s+wir\s+(?:\w+\s+){0,4}?(?:sprechen|reden|telefonieren)|"
    r"ci\s+risentiamo|risentirci|(?:ne\s+)?parliamo|conversamos|falamos|"
    # the rep told to try again: "try again in a month", "Probeer het over vier weken nog eens", "Versuchen Sie es in
    # vier Wochen noch einmal", "réessayez dans un mois", "vuelva a intentarlo", "riprovi tra un mese", "tente novamente"
    r"(?:(?<=^)|(?<=[,;:.!]\s)|(?<=please\s)|(?<=just\s)|(?<=so\s)|(?<=then\s))try\s+(?:it\s+|this\s+)?again|probeer\w*\s+(?:het\s+)?(?:\w+\s+){0,4}?(?:nog\s+(?:eens|een\s+keer)|opnieuw)|"
    r"versuch\w*\s+(?:Sie\s+)?(?:es\s+)?(?:\w+\s+){0,4}?(?:noch\s*(?:einmal|mal)|nochmal|erneut|wieder)|"
    r"r[ée]-?essay\w*|vuelv\w*\s+a\s+intentar\w*|volver\s+a\s+intentar\w*|int[ée]nt\w*\s+de\s+nuevo|riprov\w*|"
    r"tent\w*\s+(?:novamente|de\s+novo)|volt\w*\s+a\s+tentar"
    r")\b", re.I)
# the customer telling what happened or what the rep did, a delivery or a meeting set: no wait asked
_ABOUT = (r"(?:on|about|regarding|re|über|wegen|zu|sur|concernant|sobre|acerca|su|riguardo|circa|over|omtrent|"
          r"for|für|pour|para|per|voor)\b")
_NOT_A_WAIT = re.compile(r"\b(?:called|rang|wrote|emailed|yesterday|gestern|hier|ayer|ieri|ontem|gisteren|"
                         r"deliver\w*|liefer\w*|livr\w*|entreg\w*|consegn\w*|lever\w*|invoice|rechnung|factur\w*|"
                         r"appointment|termin|rendez-vous|cita|appuntamento|afspraak|"
                         # "get back to me in a few days with the revised figures": something asked for, not a wait
                         r"with\s+(?:the|your|a|an|some)|mit\s+(?:dem|den|der|ihrem|ihren|einem)|avec\s+(?:le|la|les|votre|un|une)|"
                         r"con\s+(?:el|la|los|las|su|un|una|il|i|le|lo|gli|il\s+suo)|com\s+(?:o|a|os|as|um|uma)|"
                         r"met\s+(?:de|het|een|uw))\b|"
                         # "Schreiben Sie mir bitte Anfang Dezember die neue Preisliste": a document asked for
                         rf"\b(?:mir|me|moi|mi)\s+(?:(?!{_ABOUT})\w+\s+){{0,3}}?(?:die|den|das|le|la|les|el|los|las|il|lo|"
                         r"the|your|ihre?n?|votre|vos|su|sus|tu|tus|o|os|de|het|uw)\s+(?:\w+\s+)?(?:preisliste|angebot|"
                         r"unterlagen|vertrag|devis|offre|tarifs?|contrat|presupuesto|oferta|contrato|precios|preventivo|"
                         r"offerta|contratto|listino|or[çc]amento|proposta|offerte|prijslijst|quote|offer|proposal|figures|"
                         r"numbers|invoice|contract|brochure|samples?)\b", re.I)


# a weekday with its month and day after it, the English order: "Monday, April 12", "Monday May 3rd"
_DAY_MONTH_NUMBER = re.compile(rf"\b(?:{_DAY_RE})\b,?\s+(?P<m>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:/]?\d)",
                               re.I)


def day_with_number(quote: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day a weekday written with its day of the month names ("Thursday the 19th", "Monday, April 12"), or None."""
    m = _DAY_AND_NUMBER.search(quote)
    named = _MONTH_AFTER.match(quote, m.end()) if m else None  # "venerdì 11 dicembre": that month's day, not this one's
    month = MONTHS.get(named.group(1).lower().rstrip(".")) if named else None
    if not m and (m := _DAY_MONTH_NUMBER.search(quote)):
        month = MONTHS.get(m.group("m").lower())
    day = next_day_of_month(local.date(), int(m.group("d")), month) if m and 1 <= int(m.group("d")) <= 31 else None
    return start_of_local_day(day, zone) if day is not None else None


# a day of the month said by its number in a wish's own words ("until the 28th", "bis zum 28.", "avant le 3", "hasta el
# 3", "fino al 3", "até o dia 3", "tot de 3e")
_OWN_NUMBER = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th|er|e|º|ª)\b|\b(?:the|zum|dem|den|am|le|el|al|il|o|a|dia|de)\s+"
                         r"[0-3]?\d\b(?![.,:/]?\d)", re.I)


def numbered_day(sentence: str, quotes: list[str], local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day with its number a quiet wish's own quote names, else the sentence's when the quote numbers no day of
    its own: "the board meets on Thursday 27 July, so don't chase me before Friday 28 July" waits for the Friday, "the
    board sits on Monday, January 27, so don't follow up until the 28th" for the 28th."""
    own = next((day for quote in quotes if (day := day_with_number(quote, local, zone))), None)
    if own is not None or any(_OWN_NUMBER.search(quote) for quote in quotes):
        return own
    return day_with_number(sentence, local, zone)


# a refusal with the day it ends: "please don't contact me again before week 48", "pas avant début décembre"
_BEFORE = re.compile(r"\b(?:before|until|till|vor|avant|antes|prima|voor|hasta)\b", re.I)  # ("no me escribas hasta final de mes")


_UNTIL = re.compile(r"\b(?:until|till|til)\b", re.I)


def held_until(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day a hold runs to when "until" is followed by a day of the calendar (a month, a part of a week or month, a
    week number, a day in figures; not a season nor the new year: "until the new year" stays a pause), else None."""
    m = _UNTIL.search(sentence)
    rest = sentence[m.start():m.start() + 40] if m else ""
    if not rest or _NEW_YEAR.search(rest) or _NEXT_MONTH.search(rest) or length_days(rest):
        return None
    return stated_end(rest, local, zone)


def refused_until(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day a refusal of contact runs to when the sentence states one after "before"/"until", else None."""
    m = _BEFORE.search(sentence)
    return stated_end(sentence[m.end():], local, zone) if m else None


# asked to wait until something happens, in another language: "Bitte warten Sie, bis der Vorstand entschieden hat",
# "Merci d'attendre que le conseil se prononce", "Espere a que hable con mi socio", "aspetti che", "wacht tot"
_WAIT_UNTIL = re.compile(r"\b(?:wart(?:e|en|et)\b[^.;!?]{0,40}?\b(?:bis|bevor)|attend(?:re|ez|s)\s+(?:que|qu['\u2019]|"
                         r"jusqu['\u2019]\s*[àa]\s+ce\s+que|la\s+fin|le\s+retour)|esper(?:e|a|en|ad|ar|ara)\s+(?:a\s+)?que|"
                         r"esper(?:e|a|en|ar)\s+hasta\s+que|aspett(?:i|a|ate|are)\s+(?:che|finch[ée]|fino\s+a\s+quando)|"
                         r"aguard(?:e|em|ar)\s+(?:at[ée]\s+)?que|esper(?:e|em|ar)\s+at[ée]\s+que|"
                         r"wacht(?:en|t)?\b[^.;!?]{0,20}?\b(?:tot(?:dat)?|totdat)|no\s+me\s+(?:escrib|llam|contact)\w*\s+hasta\s+que|"
                         r"pas\s+avant\s+que|nicht\s+bevor|non\s+prima\s+che)\b", re.I)


# an event of the customer's side, in the six other languages: a meeting, a board, a decision, the holidays
_EVENT_NOUN = (r"(?:\w*sitzung|besprechung|entscheidung|versammlung|feiertage\w*|weihnacht\w*|urlaub|betriebsrat|vorstand|"
               r"s[ée]ance|r[ée]union|comit[ée]|conseil|d[ée]cision|vacances|f[êe]tes|assembl[ée]e|"
               r"reuni[óo]n|junta|consejo|decisi[óo]n|fiestas|vacaciones|navidad\w*|"
               r"riunione|consiglio|decisione|feste|ferie|vacanze|natale|"
               r"reuni[ãa]o|conselho|decis[ãa]o|f[ée]rias|festas|natal|"
               r"vergadering|beslissing|feestdagen|vakantie|kerst\w*|bestuur\w*|directie)")
# "melden Sie sich nach der Vorstandssitzung", "Recontactez-moi après sa prochaine séance", "escríbame después de las
# fiestas", "ci risentiamo dopo la riunione", "ligue-me depois da reunião", "neem na de vergadering contact op"
_AFTER_EVENT = re.compile(rf"\b(?:nach|ab|apr[èe]s|despu[ée]s\s+de|pasad[oa]s|tras|dopo|depois\s+d[aeo]s?|ap[óo]s|na|"
                          rf"na\s+afloop\s+van)\s+(?:(?:der|dem|den|des|la|le|les|l['\u2019]|el|los|las|il|lo|i|gli|o|a|os|as|de|het|sa|son|ses|"
                          rf"leur|su|sus|notre|nuestr[oa]s?|nostr[oa]|nostre|nosso|nossa|onze|unser\w*|ihr\w*|prochaine?|"
                          rf"pr[óo]xim[oa]|prossim[oa]|n[äa]chste\w*|volgende)\s+){{0,3}}{_EVENT_NOUN}\b", re.I)
# "until then" in the six other languages, beside a wait or a contact asked: "Bitte sehen Sie bis dahin von weiteren
# Nachfragen ab", "esperen hasta entonces", "d'ici là, merci de patienter"
_UNTIL_THEN_ABROAD = re.compile(r"\b(?:bis\s+dahin|jusque[- ]l[àa]|d['\u2019]ici\s+l[àa]|hasta\s+entonces|fino\s+ad?\s+allora|"
                                r"at[ée]\s+l[áa]|at[ée]\s+ent[ãa]o|tot\s+(?:dan|die\s+tijd|dat\s+moment))\b", re.I)
_WAIT_OR_REFRAIN = re.compile(r"\b(?:wart\w*|geduld\w*|sehen\s+sie\b[^.;!?]{0,40}?\bab|keine|nicht|patient\w*|attend\w*|"
                              r"pas\s+de|esper\w*|paciencia|no\s+\w+|aspett\w*|pazienza|non\s+\w+|aguard\w*|n[ãa]o\s+\w+|"
                              r"wacht\w*|geen|niet)\b", re.I)
# nothing sent until then: "merci de ne rien nous envoyer d'ici là", "stuur ons tot die tijd niets" (not "d'ici là, rien
# ne change")
_NOTHING = r"(?:nichts|rien|nada|nulla|niente|niets)"
_SEND = r"(?:schick|send|envo|envi|enví|mand|invi|stuur|escrib|[ée]cri|scriv|escrev|schreib|mail)\w*"
_NOTHING_SENT = re.compile(rf"\b{_NOTHING}\b[^.;!?]{{0,30}}?\b{_SEND}|\b{_SEND}\b[^.;!?]{{0,30}}?\b{_NOTHING}\b", re.I)


# a meeting with no date yet is the event waited for, not an appointment: "einen Termin für die Sitzung gibt es noch
# nicht", "todavía no hay fecha para esa reunión", "pas encore de date"
_NO_DATE_YET = re.compile(r"\b(?:einen|ein|kein\w*)\s+termin\b[^.;!?]{0,40}?\b(?:noch\s+nicht|nicht)\b|"
                          r"\btermin\w*\s+(?:steht|gibt\s+es)\s+noch\s+nicht\b|\b(?:pas\s+encore|toujours\s+pas)\s+de\s+date\b|"
                          r"\b(?:todav[íi]a|a[úu]n)\s+no\s+hay\s+fecha\b", re.I)


def _event_said_abroad(sentence: str) -> bool:
    """Whether a sentence in another language asks for contact after an event of the customer's, or a wait until
    then."""
    if _AFTER_EVENT.search(sentence) and (_AGAIN.search(sentence) or _WAIT_OR_REFRAIN.search(sentence)):
        return True
    return bool(_UNTIL_THEN_ABROAD.search(sentence) and (_WAIT_OR_REFRAIN.search(sentence) or _AGAIN.search(sentence)
                                                        or _NOTHING_SENT.search(sentence)))


def possible_event_wait(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The end of a possible quiet period (the day the sentence states, else EVENT_QUIET_DAYS on) when a sentence in
    another language asks the rep to wait until something happens, or to get in touch after it, else None."""
    if not (_WAIT_UNTIL.search(sentence) or _event_said_abroad(sentence)) \
            or _NOT_A_WAIT.search(_NO_DATE_YET.sub(" ", sentence)):
        return None
    # "Könnten Sie bis zum 3. Dezember warten, bevor Sie sich wieder melden?": the day said
    return stated_end(sentence, local, zone) or start_of_local_day(local.date() + timedelta(days=EVENT_QUIET_DAYS), zone)


# contact refused before a day or a length: "Ne m'écrivez pas avant deux semaines", "Não me contacte antes da próxima
# terça", "niet voor volgende week bellen"
# ("frühestens am 1. Dezember", "au plus tôt le 1er décembre", "no earlier than the 1st": at the earliest then)
_NOT_BEFORE = re.compile(r"\b(?:pas\s+avant|no\s+\w+(?:\s+\w+)?\s+antes|no\s+antes|non\s+prima|nicht\s+vor|niet\s+voor|"
                         r"fr[üu]hestens|au\s+plus\s+t[ôo]t|no\s+earlier\s+than|"
                         r"n[ãa]o\s+\w+(?:\s+\w+)?\s+antes|not\s+before)\b", re.I)
_CONTACT = re.compile(r"\b(?:[ée]cri\w*|recontact\w*|contact\w*|appel\w*|relanc\w*|llam\w*|llám\w*|escrib\w*|chiam\w*|scriv\w*|"
                      r"lig\w*|escrev\w*|bel\w*|mail\w*|meld\w*|ruf\w*|schreib\w*|kontakt\w*|chase|call|ring|email|"
                      r"follow\s+up|"
                      # "looking for" someone is contacting them: "no me busque antes del 2 de junio", "não me procure antes"
                      r"busc\w*|busqu\w*|procur\w*|cerc\w*)\b", re.I)


def possible_resume(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The end of a possible quiet period when the sentence asks the rep to get in touch again on a day or after a
    length of time it states ("Bitte melden Sie sich Anfang Dezember wieder"), else None."""
    refused = _NOT_BEFORE.search(sentence)
    refused = refused if refused and _CONTACT.search(sentence) else None
    if (refused is None and not _AGAIN.search(sentence)) or _CLOCK.search(sentence) or _NOT_A_WAIT.search(sentence):
        return None
    return stated_end(sentence[refused.end():] if refused else sentence, local, zone)


# a person (not a notice) away, saying the day they are back: "I am away for the holidays and will return to the office
# on Monday 23 August"; a quiet period until that day, as an out-of-office's return date would be
_AWAY_BACK = re.compile(
    r"\b(?:I'm|I\s+am|I'll\s+be|I\s+will\s+be|we're|we\s+are)\s+(?:\w+\s+){0,2}?(?:away|out\s+of\s+(?:the\s+)?office|on\s+"
    r"(?:holiday|vacation|leave))\b[^.;]{0,60}?\b(?:return|be\s+back|come\s+back)(?:\s+(?:to|in|at)\s+(?:the\s+|my\s+)?"
    rf"(?:office|work|desk))?\s+(?:on\s+)?(?:(?:{_DAY_RE}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<month>{_MONTH_RE})\b", re.I)


def away_until_back(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """The quiet period of a customer who writes that they are away until a day they name, or None."""
    m = _AWAY_BACK.search(sentence)
    day = next_day_of_month(local.date(), int(m.group("day")), MONTHS.get(m.group("month").lower())) if m else None
    if day is None:
        return None
    return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=start_of_local_day(day, zone))


def refused_quiet(sentence: str, found: list[Wish], before: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """A possible quiet period beside a possible opt-out whose sentence states the day the refusal runs to ("please
    don't contact me again before week 48"), when no quiet period was read in the message; else []."""
    if any(w.kind == QUIET for w in found + before) or not any(w.kind == DNC and not w.certain for w in found):
        return []
    until = refused_until(sentence, local, zone)
    if until is None and _UNTIL_THEN_FIRST.match(sentence):  # "Until then, we ask that bidders refrain from contacting
        # ...": the day is the one named before, set by detect_wishes (end_said_before); a few days until it is read
        until = start_of_local_day(local.date() + timedelta(days=A_FEW_DAYS), zone)
    return [Wish(QUIET, sentence.strip(), until=until, certain=False)] if until else []


_UNTIL_THEN_FIRST = re.compile(r"\W*(?:\d+[.)]\s*)?(?:until|till)\s+then\b", re.I)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
