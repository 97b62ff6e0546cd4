"""A range of clock hours the customer asks to be reached in ("10 to noon", "between 2 and 4", "entre 14h et 16h",
"de 9 a 11", "zwischen 14 und 16 Uhr"), or one hour after "after" in the languages the other readers lack ("po 18:00",
"після 18:00", "efter 17"), read as the part of the day it falls in. Never certain (followup.text.wish_reach adds it
as a possible time where no time was read)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_visit import goods_in

RANGE_MAX_HOURS = 4  # a longer range ("9 to 5", "8am-4pm") is a working day or opening hours, not a time asked for
NOON = 12
EVENING_FROM = 17  # the hour the afternoon ends (the batches' writers: "after 5" is the evening)
WORKDAY_PM_BELOW = 7  # a bare hour below this ("between 2 and 4") is in the afternoon at work

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "noon": 12, "midday": 12, "lunchtime": 12, "mediodía": 12, "midi": 12, "mittag": 12,
          "mezzogiorno": 12, "meio-dia": 12}
# the hours in words of the six other languages ("tra le sette e le nove", "zwischen sieben und neun", "entre sept et
# neuf heures", "entre las siete y las nueve", "entre as sete e as nove", "tussen zeven en negen")
_WORDS_ABROAD = {
    "de": ("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"),
    "fr": ("une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
    "es": ("una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    "it": ("una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"),
    "pt": ("uma", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"),
    "nl": ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
}
for _names in _WORDS_ABROAD.values():
    for _n, _name in enumerate(_names, start=1):
        _WORDS.setdefault(_name, _n)
# (never inside a longer number: "541-555-0143" is a phone number)
_HOUR = (r"(?:(?P<half{n}>half\s+)?{guard}(?P<h{n}>[012]?\d(?!\d)|(?:" + "|".join(sorted(_WORDS, key=len, reverse=True))
         + r")(?!\w))"
         r"(?:[:.h]\s?(?P<m{n}>[0-5]\d)(?!\d))?"
         r"\s*(?P<ap{n}>[ap]\.?m\.?(?!\w)|h\b|uhr\b|uur\b|heures?\b|horas?\b|hrs?\b|o'?clock\b)?)")
# "between 2 and 4", "from 10 to noon", "10 to noon", "entre 14h et 16h", "de 9 a 11", "von 9 bis 11 Uhr", "dalle 9 alle
# 11", "das 9 às 11", "tussen 2 en 4", "van 9 tot 11", "mellan 9 och 11", "od 9 do 11", "з 9 до 11", "с 9 до 11"
_RANGE = re.compile(
    r"(?:\b(?P<lead>between|from|entre|de|desde|zwischen|von|tra|fra|dalle|das|tussen|van|mellan|från|od|między|"
    r"з|с|між|между|mellem|mellom)\s+(?:(?:the|le|la|las|les|as|den)\s+|klo?\.?\s*)?)?"
    + r"(?:klo?\.?\s*)?" + _HOUR.format(n=1, guard=r"(?<![\d.:/-])")
    + r"\s*(?P<sep>and|to|till|until|til|-|–|et|[àa]|y|und|bis|e|alle|[àa]s|en|tot|och|og|do|і|и|до)\s*"
    r"(?:(?:the|le|la|las|les|as|den)\s+|klo?\.?\s*)?" + _HOUR.format(n=2, guard="")
    + r"(?!\s*(?:[-/]|%|€|\$|£|days?|weeks?|months?|years?|people|persons?|staff|min\w*|d[íi]as|semanas?|jours|"
    r"semaines|tage|wochen|giorni|dias|dagen|weken|x\b|"
    # (a count of months, years or times is no hour: "entre dos y tres meses", "zwischen zwei und drei Mal")
    r"meses|mois|monate|mesi|maanden|years?|a[ñn]os|anos|jahren?|ans|anni|jaar|times|veces|fois|mal\b|volte|vezes|keer))",
    re.I)
# one hour after "after" in Polish, Ukrainian, Russian and the Nordic languages, with its minutes or its unit
# (a bare hour from noon on is a clock hour too: "efter 17"; "po 2" is not)
# (the Nordic "efter kl. 9" is on the 24-hour clock: nine in the morning)
# ("fra kl. 14", "från kl 14": from then on; "før kl. 10", "före kl. 10": the hour before)
_AFTER = re.compile(r"\b(?:po|після|после|efter|etter|(?P<before>f[øo]r|före)(?=\s+klo?\b)|fra|från)\s+"
                    r"(?:klo?\.?\s*(?P<kl>[01]?\d|2[0-3])|(?P<h>1[2-9]|2[0-3]|"
                    r"(?P<small>[01]?\d)(?=[:.][0-5]\d|\s*(?:h\b|godz\w*|год\w*|час\w*|uhr\b))))(?![\d%])", re.I)
# Turkish puts "after" and "before" behind the hour: "saat 15'ten sonra", "saat 10'dan önce"
_SONRA = re.compile(r"\b(?:saat|akşam|sabah)\s+(?P<h>[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*['’]?\s*(?:[dt][ae]n)\s+"
                    r"(?P<dir>sonra|önce)\b", re.I)
# "marcar" is to call in Mexican and Central American Spanish, said with the customer as its object ("márcame",
# "márqueme", "me marcas", "me marque"): "marca" alone is a brand, so only these forms
ES_MARCAR = (r"m[aá]rc(?:ame|ale|anos|arme|arle|arnos)|m[aá]rqu(?:eme|enme|enos)|"
             r"(?<=\bme\s)(?:marc(?:as|a|an|ar[áa]s)|marqu(?:e|es|en))")
# being reached: call, talk, catch, the best time or window, in the languages of the ranges
_REACHED = re.compile(r"\b(?:call\w*|ring\w*|phone|talk|speak|reach|catch|try\s+me|get\s+(?:hold\s+of\s+)?me|best|window|"
                      r"easiest|free|available|erreich\w*|anruf\w*|ruf\w*|telefon\w*|joignable|disponible|appel\w*|"
                      rf"t[ée]l[ée]phon\w*|ll[aá]m\w*|{ES_MARCAR}|localiz\w*|chiam\w*|reperibile|lig(?:ar|ue|a)(?:-me)?|"
                      r"bel(?:len|t)?|bereikbaar|dzwo\w*|zadzwo\w*|dost[ęe]pn\w*|n[åa]s|n[åa]\s+(?:mig|meg)|дзвон\w*|tr[æä]ff\w*|treff\w*|"
                      r"snakke\w*|tal[ae]|aray\w*|ula[şs]\w*|müsait\w*|konu[şs]\w*|soit\w*|tavoit\w*|"
                      r"зателефону\w*|телефону\w*|звон\w*|позвон\w*)\b", re.I)
# an occasion ("Thursday between 2 and 4", "tomorrow from 10 to 12") or hours of something else ("open 9 to 5",
# "the meeting from 2 to 4", "delivery between 8 and 10") is no standing wish
_OCCASION = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|this\s+(?:week|morning|"
                       r"afternoon)|next\s+week|on\s+the\s+\d|meeting|demo|appointment|webinar|session|visit|open\w*|"
                       r"hours|deliver\w*|shift|class|lesson|montag|dienstag|mittwoch|donnerstag|freitag|morgen|heute|"
                       r"lundi|mardi|mercredi|jeudi|vendredi|demain|lunes|martes|mi[ée]rcoles|jueves|viernes|"
                       # "mañana" is tomorrow, "por la mañana" the morning
                       r"(?<!la\s)(?<!las\s)ma[ñn]ana|"
                       r"lunedì|martedì|mercoledì|giovedì|venerdì|domani|maandag|dinsdag|woensdag|donderdag|vrijdag|"
                       r"termin|rendez-vous|r[ée]union|reuni[óo]n|riunione|vergadering|lieferung|livraison|entrega|m[øo]de|m[øö]te|"
                       r"mandag|tirsdag|onsdag|torsdag|fredag|måndag|tisdag|i\s+dag|i\s+morgen|toplant\w*|bugün|yar[ıi]n|"
                       # a range of days in a month ("October 10-13")
                       r"jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|"
                       # (French "sept" in a range of hours is seven: "entre sept et neuf heures")
                       r"sept?(?:ember)?(?!\s+(?:et|à|a|heures?)\b)|"
                       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|conference)\b",
                       re.I)

# the morning named beside bare hours, its homely forms too: then "de 6 a 8" is before noon ("en la mañanita, de 6 a 8,
# antes de abrir", "early morning, 6 to 8", "morgens zwischen 6 und 8", "tôt le matin", "de manhãzinha", "'s ochtends",
# "call me early, between 6:30 and 8", "ruf mich früh an, zwischen 6 und 8", "chiamami presto, tra le 6 e le 8")
_MORNING_SAID = re.compile(r"\b(?:mornings?|morgens|vormittags?|fr(?:ü|ue)hmorgens|matin(?:s|[ée]e)?|(?:la|las)\s+ma[ñn]anit?as?|"
                           # "early" with no later part of day after it: "call me early, between 6:30 and 8"
                           r"(?:early|fr(?:ü|ue)h|t[ôo]t|temprano|presto|cedo|vroeg)(?!\s+(?:(?:in\s+the\s+|am\s+|de\s+|"
                           r"en\s+|nel\s+|in\s+de\s+)?(?:afternoon|evening|nachmittag|abend|apr[èe]s-midi|soir\w*|tarde|"
                           r"noche|pomeriggio|sera|noite|middag|avond)))|"
                           r"madrugada|tempranito|mattin\w*|manh[ãa](?:zinha)?|ochtend|before\s+(?:we|I)\s+open|before\s+"
                           r"opening|antes\s+de\s+abrir|avant\s+(?:d['’]ouvrir|l['’]ouverture)|vor\s+(?:der\s+)?(?:Laden)?"
                           r"(?:ö|oe)ffnung|prima\s+di\s+aprire|voor\s+(?:de\s+)?opening)\b", re.I)


# ... unless it is named as the part the customer is taken, the hours asked being another ("call me between 2 and 4,
# mornings I'm unloading pallets", "zwischen 2 und 4, morgens bin ich im Lager", "entre 2 et 4, le matin je suis au
# dépôt", "entre las 2 y las 4, por la mañana estoy en el almacén", "tra le 2 e le 4, la mattina sono in magazzino")
_MORNING_TAKEN = re.compile(r"\b(?:mornings?|morgens|vormittags?|matin(?:s|[ée]e)?|ma[ñn]anas?|mattin\w*|manh[ãa]s?|"
                            r"ochtends?)\s*,?\s+(?:(?:usually|always|mostly|normalerweise|immer|toujours|siempre|sempre|"
                            r"altijd)\s+)?(?:I['\u2019]m|I\s+am|I\s+have|we['\u2019]re|we\s+are|bin\s+ich|ich\s+bin|habe\s+ich|"
                            r"sind\s+wir|je\s+suis|j['\u2019]ai|nous\s+sommes|on\s+est|estoy|estamos|tengo|sono|siamo|ho|"
                            r"estou|estamos|tenho|ben\s+ik|sta\s+ik|zit\s+ik|heb\s+ik|zijn\s+we)\b"
                            # (the customer free then is the morning asked: "mornings I'm free, 9 to 11")
                            r"(?!\s+(?:usually\s+|always\s+)?(?:free|available|around|reachable|here|at\s+my\s+desk|in\s+the\s+office|"
                            r"libre|disponible|frei|erreichbar|im\s+B(?:ü|ue)ro|disponibile|libero|livre|dispon[íi]vel|vrij|"
                            r"bereikbaar|beschikbaar)\b)|"
                            # the morning said after what takes the customer: "I'm unloading pallets in the mornings"
                            r"\b(?:I['\u2019]m|I\s+am|we['\u2019]re|we\s+are)\s+(?!(?:usually\s+|always\s+)?(?:free|available|"
                            r"around|reachable|here|at\s+my\s+desk|in\s+the\s+office)\b)(?:[\w-]+\s+){1,4}?(?:in\s+the\s+mornings?|"
                            r"every\s+morning|most\s+mornings|mornings)\b", re.I)


def _hour(m: re.Match[str], n: int) -> float | None:
    """The hour (with minutes as a fraction) of range end ``n``, or None when it is no hour; "half twelve" is 12:30."""
    word = m.group(f"h{n}").lower()
    hour = int(word) if word.isdigit() else _WORDS.get(word)
    if hour is None or not 0 <= hour <= 24:
        return None
    minutes = int(m.group(f"m{n}") or 0) + (30 if m.group(f"half{n}") else 0)
    return hour + minutes / 60


def _on_clock(start: float, end: float, ap1: str, ap2: str) -> tuple[float, float]:
    """The two ends on the 24-hour clock: "pm" moves an end past noon ("2 to 4pm" both), a bare hour below
    WORKDAY_PM_BELOW is in the afternoon, and an end before its start is after noon ("10 to 2", "half twelve to one")."""
    if ap2 == "p" and end < NOON:
        end += NOON
    if ap1 == "p" and start < NOON:
        start += NOON
    elif ap1 != "a" and ap2 == "p" and start + NOON <= end:
        start += NOON
    elif ap1 not in ("a", "p") and ap2 not in ("a", "p") and start < WORKDAY_PM_BELOW:
        start += NOON
    if end < start and end < NOON and ap2 != "a":
        end += NOON
    return start, end


def _part(hour: float) -> str:
    """The part of the day an hour falls in."""
    return "time:" + ("morning" if hour < NOON else "afternoon" if hour < EVENING_FROM else "evening")


def clock_range_time(sentence: str) -> str | None:
    """'time:morning' / 'time:afternoon' / 'time:evening' when a sentence about being reached gives a short range of
    clock hours or an hour after "po" / "після" / "efter", else None."""
    if not _REACHED.search(sentence) or _OCCASION.search(sentence) or goods_in(sentence):
        return None  # (goods received in those hours: "stores receive material only between 10 AM and 1 PM")
    for m in _RANGE.finditer(sentence):
        if m.group("sep").lower() == "to" and not m.group("lead") and not m.group("h1").isdigit() \
                and not m.group("half1"):
            continue  # "ten to five" is a time (4:50), not a range
        if not (m.group("lead") or m.group("ap1") or m.group("ap2") or m.group("m1") or m.group("m2")
                or m.group("sep").lower() in ("to", "till", "until", "til", "-", "–")):
            continue  # "de 9 a 11" needs its lead word: "2 y 3" alone is two numbers
        start, end = _hour(m, 1), _hour(m, 2)
        if start is None or end is None or int(start) > NOON and start > end:
            continue  # (an afternoon hour on the 24-hour clock before a smaller one is a day and month: "do 19-11")
        ap1, ap2 = (m.group("ap1") or "").lower()[:1], (m.group("ap2") or "").lower()[:1]
        if not ap1 and not ap2 and start < end <= NOON and _MORNING_SAID.search(sentence) \
                and not _MORNING_TAKEN.search(sentence):
            ap1 = "a"  # "en la mañanita, de 6 a 8": the morning said, the small hours stay before noon
        start, end = _on_clock(start, end, ap1, ap2)
        if not 0 < end - start <= RANGE_MAX_HOURS:
            continue
        return _part((start + end) / 2)
    sonra = _SONRA.search(sentence)
    if sonra is not None:  # (a small hour is in the afternoon at work: "saat 3'ten sonra")
        hour = int(sonra.group("h")) + (NOON if int(sonra.group("h")) < WORKDAY_PM_BELOW else 0)
        return _part(hour if sonra.group("dir").lower() == "sonra" else hour - 1) if 0 < hour <= 23 else None
    after = _AFTER.search(sentence)
    if after is None:
        return None
    if after.group("kl"):
        return _part(int(after.group("kl")) - (1 if after.group("before") else 0))
    hour = int(after.group("h"))
    return _part(hour + NOON if hour < WORKDAY_PM_BELOW else hour) if 0 < hour <= 23 else None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
