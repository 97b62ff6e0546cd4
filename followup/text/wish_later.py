"""A possible quiet period read by a grammar, in any of the languages the rules read: a request to the rep for time, to
wait, or to come back later (any verb form) together with a length of time or a day in the same sentence ("dame hasta
el lunes que viene", "geef me even tot volgende maandag", "please leave me one week", "kan du vente til den 18.").
Never certain: followup.text.wish_maybe turns a hit into a possible quiet period ending on the day read there."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.dates import (
    FOREIGN_WEEKDAYS,
    WEEKDAYS,
    foreign_duration_days,
    next_day_of_month,
    next_weekday,
    start_of_local_day,
)
from followup.text.prefilter import prefilter_patterns

# asking the rep for time or to wait / come back / not chase: en, de, fr, es, it, pt, nl, da/no/sv, pl
_ASK = re.compile(
    r"\b(?:"
    # English: "give me two weeks", "leave me one week", "wait till", "come back to me", "contact me again after"
    r"(?:give|leave|allow|grant)\s+(?:me|us)\b(?!\s+(?:know|a\s+call|a\s+ring|your|the|an?\s+(?:quote|offer|update|price)))|(?:please\s+)?wait|hold\s+off|come\s+back\s+to\s+(?:me|us)|"
    r"(?:contact|call|ring|email|e-mail|ping|chase|write\s+to)\s+(?:me|us)\s+(?:again|back|later)|try\s+(?:me|us)\s+again|"
    # German: "geben Sie mir", "gib mir", "warten Sie", "melden Sie sich wieder", "rufen Sie mich wieder an"
    r"g(?:e|i)b(?:en)?\s+(?:sie\s+)?(?:mir|uns)|lass(?:en)?\s+(?:sie\s+)?(?:mir|uns)|wart(?:e|en|et)\b|melde\w*\s+(?:sie\s+)?(?:sich|dich)"
    r"\s+(?:\w+\s+){0,3}?wieder|"
    # French: "donnez-moi", "laissez-moi", "attendre", "recontactez-moi", "revenez vers moi", "relancez-moi"
    r"donne[zr]?[- ]moi|laisse[zr]?[- ]moi|accorde[zr]?[- ]moi|attend(?:re|ez|s)\b|"
    r"recontact\w*|revene[zr]\s+vers|relance[zr]?[- ](?:moi|nous)|"
    # Spanish: "dame", "deme", "déjame", "esperar", "espera", "vuelve a escribirme", "no escribirme hasta"
    r"d[aá]me|d[eé]me|d[eé]jame|d[eé]jeme|esper(?:ar|a|e|en|ad|arme)\b|vuelv\w+\s+a\s+(?:escribir|llamar|contactar)\w*|escr[ií]beme|"
    r"ll[aá]mame|cont[aá]ctame|no\s+(?:me\s+)?(?:escrib|llam|contact)\w*|"
    # Italian: "dammi", "mi dia", "lasciami", "aspetti", "non ricontattarmi prima", "mi ricontatti"
    r"dammi|mi\s+dia|lasciami|mi\s+lasci|aspett\w*|ricontatt\w*|richiam\w*|risentiamoci|riscriv\w*|"
    # Portuguese: "dê-me", "me dê", "deixe-me", "aguarde", "volte a contactar"
    r"d[eê]-me|me\s+d[eê]|deixe-me|me\s+deixe|aguard\w*|volt\w+\s+a\s+(?:contactar|ligar|escrever|falar)|"
    # Dutch: "geef me", "geeft u me", "wacht", "neem ... contact op na", "kom ... terug"
    r"geef\s+(?:me|mij|ons)|geeft\s+u\s+(?:me|mij|ons)|gun\s+(?:me|mij|ons)|wacht(?:en|t)?\b|"
    # Danish, Norwegian, Swedish: "giv mig", "gi meg", "ge mig", "vente", "vänta"
    r"giv\s+(?:mig|os)|gi\s+(?:meg|oss)|ge\s+(?:mig|oss)|vent(?:e|er)?\b|v[äa]nta|"
    # Polish: "proszę dać nam", "daj mi", "proszę poczekać"
    r"da[ćj]\s+(?:mi|nam)|prosz[eę]\s+(?:o\s+)?(?:czas|poczeka\w*)"
    r")\b", re.I)
# a day or a length the request runs to: "until", "hasta el lunes", "tot volgende maandag", "prima del 25", "til den 18.",
# "end of the month", "after the 18th", or a length of time ("one week", "tre uger", "dwa tygodnie")
_WHEN = re.compile(
    r"\b(?:(?:until|till|til|after|before)\s+(?:the\s+)?(?:\d|next|end|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)|end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:month|week)|next\s+(?:week|month)|"
    r"(?:a|an|one|two|three|four|five|six|ten|\d{1,2}|a\s+couple\s+(?:of\s+)?|a\s+few)\s+(?:more\s+)?(?:days?|weeks?|wks?|months?)|"
    r"a\s+fortnight|(?:jeden|dwa|dwie|trzy|kilka)\s+(?:dni|dzie\w*|tydzie\w*|tygodni\w*|miesi\w*)|"
    r"bis|vor\s+dem|nach\s+dem|jusqu|avant\s+le|apr[eè]s\s+le|hasta|antes\s+del?|despu[eé]s\s+del?|fino\s+a|entro|"
    r"prima\s+d(?:i|el)|dopo\s+(?:il|la)|at[eé]|tot|na\s+(?:de|het)|voor\s+(?:de|het)|til|till|efter|do|po)\b(?!-)"
    r"(?P<tail>[^.!?;\n]{0,30}?\b(?:\d{1,2}|lunes|martes|mi[eé]rcoles|jueves|viernes|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|luned[iì]|marted[iì]|venerd[iì]|segunda|sexta|maandag|dinsdag|vrijdag|mandag|"
    r"fredag|poniedzia\w*|pi[aą]tk\w*|semaine|woche|week|semana|settimana|mois|monat|mes|mese|m[eê]s|maand|month|week|"
    r"end|fin|ende|eind|fine|final|next|nächst\w*|prochain\w*|pr[oó]xim\w*|prossim\w*|volgende)\b)?", re.I)
# a bare length asked for in a sentence of its own: "Two weeks, please."
_BARE = re.compile(r"^\W*(?:(?:a|an|one|two|three|four|five|six|ten|\d{1,2})\s+(?:more\s+)?(?:days?|weeks?|months?)|"
                   r"a\s+fortnight)\s*,?\s*(?:please|pls|thanks?)\b", re.I)
# look-alikes: notice asked for, a delivery or a meeting date, the writer's own return (the auto-reply reader's)
_NOT = re.compile(r"\b(?:notice|deliver\w*|lieferung|livraison|entrega|consegna|levering|shipp\w*|shipment|invoice|"
                  r"payment|warning|heads[- ]up|ignore|vorwarnung|pr[eé]avis|aviso|preavviso|"
                  r"zahlung|paiement|pago|pagamento|betaling|"
                  r"(?:I|we)(?:'ll|\s+will|\s+am|'m)\s+be\s+back|"
                  r"back\s+in\s+the\s+office|out\s+of\s+(?:the\s+)?office|wieder\s+im\s+b[üu]ro|de\s+retour|"
                  r"on\s+hold|keep\s+(?:you|me)\s+waiting|waiting\s+(?:for|on)\s+(?:your|the)|sorry\s+(?:to|for)|"
                  r"thanks?\s+for\s+waiting|wait\s+(?:for|on)\s+(?:your|the)\s+(?:reply|answer|quote|offer)|"
                  r"attendons\s+(?:votre|la)|esperamos\s+(?:su|tu|la)|warten\s+auf\s+(?:ihr|ihre|die))\b", re.I)


def _has_when(sentence: str) -> bool:
    """Whether the sentence names a day or length the request runs to."""
    m = _WHEN.search(sentence)
    if m is None:
        return foreign_duration_days(sentence) is not None
    word = m.group(0).split()[0].lower()
    # a bare preposition of another language only counts with a day or unit after it ("hasta el lunes", "til den 18.")
    if word in {"bis", "jusqu", "hasta", "antes", "fino", "entro", "prima", "dopo", "até", "ate", "tot", "na", "voor",
                "til", "till", "efter", "do", "po", "vor", "nach", "avant", "après", "apres", "después", "despues"}:
        return m.group("tail") is not None or foreign_duration_days(sentence) is not None
    return True


def possible_later(sentence: str) -> bool:
    """Whether a sentence may ask the rep for time, or to wait or come back, until a day or for a length of time."""
    if _NOT.search(sentence):
        return False
    if _BARE.search(sentence):
        return True
    return bool(_ASK.search(sentence)) and _has_when(sentence)


# the weekday names dates.py does not hold, for "tot volgende maandag", "fino a venerdì", "til fredag"
_MORE_WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "lunedì": 0, "lunedi": 0,
                  "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "venerdi": 4, "segunda": 0, "terça": 1,
                  "quarta": 2, "quinta": 3, "sexta": 4, "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4}
_DAY_NAMES = {**WEEKDAYS, **FOREIGN_WEEKDAYS, **_MORE_WEEKDAYS}
_UNTIL_WORDS = (r"(?:until|till|til|after|before|bis|jusqu['\u2019]?|avant|apr[eè]s|hasta|antes|despu[eé]s|prima|dopo|fino|"
                r"at[eé]|tot|na|voor|efter|do|po)")
# "hasta después del 18", "prima del 25", "til den 18.", "until the 4th": a bare day of the month
_DAY_NUMBER = re.compile(rf"\b{_UNTIL_WORDS}\s+(?:(?:the|den|dem|zum|el|del|de|il|al|le|au|o|a|a\s+la)\s+)?"
                         r"(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th|º)?(?![\d:/,.-]?\d)(?!\s*(?:h\b|uhr|am\b|pm\b|%|[a-z]))", re.I)
_DAY_NAME = re.compile(rf"\b{_UNTIL_WORDS}\s+(?:\w+\s+){{0,2}}?(?P<w>" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True))
                       + r")\b", re.I)
_SAID_NEXT = re.compile(r"\b(?:next|que\s+viene|prochain|n[äa]chst\w*|volgende|prossim\w*|pr[óo]xim\w*|kommende)\b", re.I)
# "dwa tygodnie", "kilka dni": a Polish length, in days
_POLISH_LENGTH = re.compile(r"\b(?P<n>jeden|dwa|dwie|trzy|kilka)\s+(?P<u>dni|tydzie\w*|tygodni\w*|miesi\w*)", re.I)
_POLISH_COUNTS = {"jeden": 1, "dwa": 2, "dwie": 2, "trzy": 3, "kilka": 3}


def later_end(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day a request for time read by possible_later runs to (a weekday, a day of the month, a length), or None."""
    named = _DAY_NAME.search(sentence)
    if named:
        day = next_weekday(local.date(), _DAY_NAMES[named.group("w").lower()],
                           said_next=_SAID_NEXT.search(sentence) is not None)
        return start_of_local_day(day, zone)
    number = _DAY_NUMBER.search(sentence)
    if number and 1 <= int(number.group("d")) <= 31:
        day = next_day_of_month(local.date(), int(number.group("d")), None)
        return start_of_local_day(day, zone) if day else None
    polish = _POLISH_LENGTH.search(sentence)
    if polish:
        unit = polish.group("u").lower()
        days = _POLISH_COUNTS[polish.group("n").lower()] * (1 if unit == "dni" else 30 if unit.startswith("miesi") else 7)
        return start_of_local_day(local.date() + timedelta(days=days), zone)
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
