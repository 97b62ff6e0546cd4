"""The end of a possible quiet period: a date or a length of time stated in the sentence, else in the message, in any
of the seven languages the rules read, else a few days (followup.text.wish_maybe)."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.text.dates import (
    FOREIGN_UNITS,
    FOREIGN_WEEKDAYS,
    MONTHS,
    WEEKDAYS,
    foreign_duration_days,
    next_day_of_month,
    next_weekday,
    start_of_local_day,
)
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import A_FEW_DAYS, MONTH_RE, duration_days
from followup.text.wish_quiet import DURATION, EVENT_QUIET_DAYS, QUIET_DATE, loose_end, quiet_date
from followup.text.wish_when import DAYS, stated_end

# "3 December", "Dec 7th", "7th Dec": a named day anywhere in the message, for the end of a possible quiet period
# "7. Dezember", "7 de diciembre", "1° dicembre", "3 van december": the day-month forms of the other languages too
_NAMED_DATE = re.compile(rf"\b(?P<d1>[0-3]?\d)(?!\d)(?:st|nd|rd|th|\.|°|º)?\s*(?<=[\s.°º])(?:(?:of|de|di|van)\s+)?"
                         rf"(?P<m1>{MONTH_RE})\b\.?|"
                         rf"\b(?P<m2>{MONTH_RE})\.?\s+(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?\b", re.I)
_LENGTH = re.compile(rf"\b{DURATION}", re.I)  # "let me have a week to compare": an English length of time
# "avant la fin du mois", "bis Monatsende", "hasta final de mes": the last day of this month
_FOREIGN_MONTH_END = re.compile(r"\bfin\s+(?:du|de\s+ce)\s+mois\b|\bfin(?:al)?\s+de(?:l|\s+este)\s+mes\b|\bmonatsende\b|"
                                r"\bende\s+(?:des|dieses)\s+monats\b|\bende\s+monat\b|\beinde\s+van\s+(?:de|deze)\s+maand\b|"
                                r"\bfine\s+(?:del|di\s+questo)\s+mese\b|\bfi(?:m|nal)\s+(?:do|deste)\s+m[eê]s\b|"
                                # the month without its article: "hasta final de mes", "a fine mese", "até fim de mês"
                                r"\bfin(?:al)?\s+de\s+mes\b|\bfine\s+mese\b|\bfi(?:m|nal)\s+de\s+m[eê]s\b", re.I)


def net_quiet_end(sentence: str, text: str, local: datetime, zone: ZoneInfo) -> datetime:
    """End of a possible quiet period: a date or duration stated in the sentence, else in the message, else a few days.

    "We meet on 7th Dec, so please wait with any reminders until after that meeting": the date is a sentence earlier.
    """
    for where in (sentence, text):
        named = _NAMED_DATE.search(where)
        if named:
            day = next_day_of_month(local.date(), int(named.group("d1") or named.group("d2")),
                                     MONTHS[(named.group("m1") or named.group("m2")).lower().rstrip(".")])
            if day is not None:  # "until after that meeting" too: the day itself (SPEC)
                return start_of_local_day(day, zone)
        for name, rx in QUIET_DATE.items():
            m = rx.search(where)
            until = quiet_date(name, m, local, zone) if m else None
            if until is not None:
                return until
        end = loose_end(where, local, zone)
        if end is not None:
            return end[0]
        month_end = _FOREIGN_MONTH_END.search(where)
        if month_end:
            return quiet_date("end_of_month", month_end, local, zone)
        days = foreign_duration_days(where)
        if days is None and (length := _LENGTH.search(where)):  # "let me have a week to compare"
            days = duration_days(length)
        if days is not None:
            return start_of_local_day(local.date() + timedelta(days=days), zone)
        stated = stated_end(where, local, zone)  # "Ende nächster Woche", "week 50", "04.12.", "early December"
        if stated is not None:
            return stated
        until = UNTIL_DAY_ABROAD.search(where)  # "me laisser jusqu'au 19": a day of the month alone ends the wait
        day = next_day_of_month(local.date(), int(until.group("day")), None) if until else None
        if day is not None:
            return start_of_local_day(day, zone)
    return (local + timedelta(days=A_FEW_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)


# "bitte melde dich nicht vor nächstem Montag", "pas avant le 3 décembre", "no antes del lunes": contact refused until a
# day, in the languages the rules read beside English
# ("non ricontattarmi prima del 25", "ne pas relancer avant la fin du mois", "no me escribas hasta final de mes": the
# contact verb may stand between the negation and "before"; Spanish and Italian say "not ... until" for it too)
# contact asked for only from a day on, the verb first ("Melden Sie sich erst ab Montag", "Recontactez-moi seulement à
# partir du 16", "Contácteme solo a partir del martes", "Ricontattatemi solo dal 16", "Me procura só a partir de terça, 24
# de abril", "Contacteer mij pas terug vanaf maandag"): not before that day ("after" would be the day after, not read here)
_ONLY_FROM = (r"(?:meld|ruf|schreib|kontakt|recontact|cont[áa]ct|appel|rappel|relanc|[ée]cri|llam|llám|escr[íi]b|"
              r"b[úu]sc|b[úu]squ|contatt|ricontatt|chiam|richiam|scriv|cerc|sollecit|lig|escrev|procur|bel|mail|benader)\w*\b[^.;!?]{0,25}?"
              # ("erst Ende nächster Woche", "erst am Montag", "erst in zwei Wochen": the moment said after "erst")
              r"\b(?:erst\s+(?:wieder\s+)?(?:ab|am|Ende|Anfang|Mitte|in|im|n[äa]chste\w*|kommende\w*|[üu]bern[äa]chste\w*)|(?:seulement|uniquement)\s+(?:[àa]\s+partir\s+d[eu]|d[èe]s)|"
              r"qu['\u2019]\s*[àa]\s+partir\s+d[eu]|(?:s[óo]lo|solamente|[úu]nicamente)\s+(?:a\s+partir\s+del?|desde)|"
              r"(?:solo|soltanto)\s+(?:a\s+partire\s+da(?:l|lla)?|da(?:l|lla)?)|(?:s[óo]|apenas|somente)\s+a\s+partir\s+d[eoa]s?|"
              r"pas\s+(?:weer\s+|terug\s+)?vanaf)")
# the moment said after German "erst" other than "ab", read whole by stated_end ("erst Ende nächster Woche")
_ERST_MOMENT = re.compile(r"(?<=erst\s)\s*(?:wieder\s+)?(?:Ende|Anfang|Mitte|in|im|n[äa]chste\w*|kommende\w*|"
                          r"[üu]bern[äa]chste\w*)\b", re.I)
# contact asked for only at a moment later on, the "only" before or after the verb ("só me procura de novo no final de
# março", "Llámame solo a finales de marzo", "rappelle-moi seulement début avril"): not before that moment, which
# stated_end reads from the words after the match (the empty group "at" marks this alternative)
_ONLY_WORD = r"(?:s[óo]|apenas|somente|s[óo]lo|solamente|soltanto|seulement|uniquement)"
_CONTACT_STEM = (r"(?:recontact|cont[áa]ct|appel|rappel|relanc|[ée]cri|llam|llám|escr[íi]b|b[úu]sc|b[úu]squ|contatt|"
                 r"ricontatt|chiam|richiam|scriv|cerc|sollecit|lig|escrev|procur)\w*")
_LATER_MOMENT = (r"(?:(?:n[oa]|em|en|a|[àa]|au|ao|al|alla|ad|in)\s+)?(?:(?:o|la|le|el)\s+)?"
                 r"(?:final|fim|in[íi]cio|come[çc]o|meados|finales|principios|mediados|fine|inizio|met[àa]|fin|d[ée]but)\b|"
                 rf"(?:em|en|in|ad|a|au\s+mois\s+d['\u2019]?)\s*(?:{MONTH_RE})\b")
_ONLY_AT = (rf"(?P<at>){_ONLY_WORD}\s+(?:(?:me|nos|mi|ci)\s+)?{_CONTACT_STEM}[^.;!?]{{0,20}}?(?=\s(?:{_LATER_MOMENT}))|"
            rf"(?P<at2>){_CONTACT_STEM}[^.;!?]{{0,20}}?\b{_ONLY_WORD}(?=\s+(?:{_LATER_MOMENT}))")
# a wait asked up to a numbered day before the writer is reached again ("Attends au 22 avant de me relancer", "espera
# até dia 22 antes de me ligar", "aspetta il 22 prima di richiamarmi"): the day, read from the words after the match
_WAIT_DAY_BEFORE = (r"(?:attend\w*|esper\w*|aspett\w*)\s+(?:jusqu['\u2019]\s*)?"
                    r"(?:(?:au|le|al|el|il|o|ao|a|at[ée](?:\s+(?:o|ao))?)\s+)?(?=(?:d[íi]a\s+)?[0-3]?\d\b[^.;!?]{0,30}?\b(?:avant\s+de|antes\s+de|prima\s+di)\b)")
# (contact asked "at the earliest" on a day is none before it: "Rufen Sie frühestens am 4. wieder an", "llámeme como
# muy pronto el 20", "bel me op zijn vroegst de 20e"; not French "au plus tôt" nor Italian "al più presto": as soon as
# possible)
_EARLIEST = r"fr[üu]hestens|como\s+muy\s+pronto|op\s+(?:z['\u2019]n|zijn)\s+vroegst|ten\s+vroegste"
_NOT_BEFORE = re.compile(r"\b(?:" + _ONLY_AT + "|" + _ONLY_FROM + "|" + _WAIT_DAY_BEFORE + "|" + _EARLIEST +
                         r"|nicht\s+vor(?:her)?|"
                         r"pas\s+(?:\w+\s+){0,2}?avant|no\s+(?:\w+\s+){0,4}?(?:antes\s+de(?:l)?|"
                         # "no nos escriban antes, por favor": "before" alone, the day said first
                         r"antes(?=\s*(?:[,;.!?]|$))|"
                         r"hasta(?=\s+(?:el|la|final|fin|finales|mediados|principios|el\s+d[íi]a)\b))|"
                         r"non\s+(?:\w+\s+){0,2}?(?:prima\s+d(?:i|el)|fino\s+a(?:l|lla)?)|niet\s+(?:\w+\s+){0,2}?v[oó][oó]r|"
                         # "neem geen contact met me op voor 1 juni": Dutch refuses the contact noun
                         r"geen\s+contact\s+(?:\w+\s+){0,3}?op\s+v[oó][oó]r|"
                         r"n[ãa]o\s+(?:\w+\s+){0,3}?antes\s+d[eoa]s?|"
                         # nothing sent before a day said first: "Ich bin bis zum 20. im Urlaub, bitte schicken Sie mir
                         # vorher nichts", "fermé jusqu'au 23, merci de ne rien envoyer avant", "no me envíes nada antes",
                         # "non mandatemi nulla prima", "stuur me niets voor die tijd"
                         r"(?:vorher|davor|bis\s+dahin)\s+(?:\w+\s+){0,2}?nichts|nichts\s+(?:\w+\s+){0,3}?(?:vorher|davor)|"
                         r"rien\b[^.;!?]{0,25}?\bavant|nada\b[^.;!?]{0,25}?\bantes|(?:nulla|niente)\b[^.;!?]{0,25}?\bprima|"
                         r"niets\b[^.;!?]{0,25}?\bv[oó][oó]r|"
                         # contact refused up to a day: "sich bis Ende Monat nicht mehr zu melden"
                         r"bis(?=\s+[^.;!?]{0,25}?\bnicht\s+(?:mehr\s+)?(?:zu\s+)?(?:melden|kontaktieren|anrufen|schreiben))|"
                         # ... the imperative first, its "nicht" after the day: "Bitte melden Sie sich bis Ende nächster
                         # Woche nicht bei mir", "ruf mich bis Freitag nicht an"
                         r"(?:meld|ruf|schreib|kontaktier|mail)\w*\s+(?:Sie\s+)?(?:sich|dich|mich|uns)\s+(?:(?:bitte|doch)\s+)?"
                         r"bis(?P<bis>)(?=\s+(?:[^.;!?,]|\d\.){0,30}?\bnicht\s+(?:mehr\s+)?(?:bei\s+(?:mir|uns)\b|an\b)?\s*"
                         r"(?:[.,;!]|$))|"
                         # the same, the day first, in Italian and Dutch: "Fino a lunedì 29 novembre non mi scrivere",
                         # "Gelieve mij tot vrijdag 5 november niet te contacteren"
                         r"fino\s+a(?:l|lla|d)?(?=\s+[^.;!?]{0,30}?\bnon\s+(?:mi|ci)\s+(?:\w+\s+)?(?:scriv|chiam|contatt|"
                         r"cerc|sollecit|ricontatt|richiam)\w*)|"
                         r"tot(?=\s+[^.;!?]{0,30}?\bniet\s+(?:meer\s+)?(?:te\s+)?(?:contacteren|bellen|mailen|benaderen|"
                         r"contacteert|belt|mailt|benadert)\b))"
                         r"\b\s*(?P<rest>[^.;!?]{0,40})", re.I)
_SAID_NEXT = re.compile(r"^\s*(?:n[äa]chste[nmr]?|prochain|pr[óo]xim[oa]|prossim[oa]|volgende)\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_ASKS = re.compile(r"\b(?:bitte|melde\w*|ruf\w*|schreib\w*|kontakt\w*|merci|veuillez|r?appel\w*|recontact\w*|contact\w*|"
                   r"ricontatt\w*|richiam\w*|persig\w*|persegu\w*|insist\w*|sollecit\w*|insegu\w*|nachhak\w*|"
                   r"[ée]cri\w*|relanc\w*|revien\w*|por\s+favor|ll[áa]m\w*|escr[íi]b\w*|cont[áa]ct\w*|per\s+favore|chiam\w*|scriv\w*|contatt\w*|graag|alsjeblieft|bel\w*|"
                   r"mail\w*|lig\w*|escrev\w*|procur\w*|cham(?!o\b)\w*|"  # ("me chama": call me; "me chamo": a name)
                   r"busc\w*|busqu\w*|cerc\w*|schick\w*|envo\w*|envi\w*|mand\w*|invi\w*|stuur\w*|a\.u\.b|"
                   # the writer hurried: "no me apurés hasta fin de mes", "não me apresse antes do dia 20"
                   r"apur\w*|presion\w*|apress\w*|dr[äa]ng\w*|"
                   r"marqu(?:e|es|en)|"  # (Mexican "marcar" for a call: "no me marques antes del 15")
                   # the next talk itself: "mi risenta pure, ma non prima del 15", "ci sentiamo, non prima di lunedì",
                   # "on se reparle, pas avant le 10", "hablamos, pero no antes del 15", "falamos, mas não antes do dia
                   # 20", "we spreken elkaar, niet voor de 15e", "wir hören uns, aber nicht vor dem 15."
                   r"risent\w*|sentiamo|sentirci|reparl\w*|hablamos|hablemos|falamos|falemos|spreken|spreek|"
                   r"h[öo]ren\s+(?:wir\s+)?uns)\b", re.I)


def refuses_before_abroad(sentence: str) -> bool:
    """Whether a sentence in another language refuses contact before a moment ("nicht vor KW 48", "no antes del 18")."""
    return bool(_NOT_BEFORE.search(sentence))


def foreign_not_before(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day a sentence in another language refuses contact before ("nicht vor nächstem Montag"), or None."""
    m = _NOT_BEFORE.search(sentence)
    if not m or not _ASKS.search(sentence):  # "die Lieferung kommt nicht vor Montag" asks nothing of the rep
        return None
    rest = m.group("rest")
    if m.group("at") is not None or m.group("at2") is not None:  # "só me procura no final de março": that moment
        return stated_end(rest, local, zone)
    if m.group("bis") is not None and (end := stated_end(rest, local, zone)):  # "bis Ende nächster Woche nicht"
        return end
    month_end = _FOREIGN_MONTH_END.search(rest)  # "ne pas relancer avant la fin du mois"
    if month_end:
        return quiet_date("end_of_month", month_end, local, zone)
    # "reprendre contact à partir du 3 décembre, pas avant": the day said before the refusal
    named = _NAMED_DATE.search(rest) or _NAMED_DATE.search(sentence)
    if named:
        day = next_day_of_month(local.date(), int(named.group("d1") or named.group("d2")),
                                MONTHS[(named.group("m1") or named.group("m2")).lower().rstrip(".")])
        return start_of_local_day(day, zone) if day else None
    for word in _WORD.findall(rest)[:3]:
        weekday = FOREIGN_WEEKDAYS.get(word.lower())
        if weekday is not None:
            return start_of_local_day(next_weekday(local.date(), weekday, said_next=bool(_SAID_NEXT.search(rest))), zone)
    day = _bare_day(rest, local)  # "nicht vor dem 25.", "no antes del 18": a day of this or the next month
    if day is None and (moment := _ERST_MOMENT.search(m.group())):  # "erst Ende nächster Woche", "erst in 2 Wochen"
        return stated_end(sentence[m.start() + moment.start():], local, zone)
    if day is None and (until := UNTIL_DAY_ABROAD.search(sentence[:m.start()])):
        # "d'ici le 25, relancez-moi - mais pas avant": the day said before the refusal, alone
        day = next_day_of_month(local.date(), int(until.group("day")), None)
    if day is None and _ASKS.search(sentence[m.start():m.start("rest")]):
        # "no me contacte hasta finales de la semana que viene": a moment no day names, the contact refused before it
        # (not "La consegna non arriverà prima di venerdì, mi chiami ...": the delivery's moment, a call asked apart)
        return stated_end(rest, local, zone)
    return start_of_local_day(day, zone) if day else None


# the article before a bare day of the month ("dem 25.", "del 18", "le 3", "il 25", "den 18."), never a time or amount
_BARE_DAY = re.compile(r"\s*(?:dem|den|am|del|el|le|il|de|do|du|la|o|a)?\s*(?:d[íi]a\s+)?(?P<day>[0-3]?\d)(?:\.|°|º|er|e)?"
                       r"(?!\s*(?:[:.,]\d|h\b|uhr|heures?|horas?|ore|%|€|\$|x\b|[-/]))(?:\s|[.,;:!?)]|$)", re.I)
# "melden Sie sich nach dem 25.", "contácteme después del 18", "ricontattatemi dopo il 25": contact asked for after a day
# ("me procura a partir do dia 25", "rufen Sie mich ab dem 25. an", "à partir du 25": from that day on, the day itself)
# (Italian "dopo le 19" is after seven in the evening, the hours' article: no day)
_AFTER_DAY = re.compile(r"\b(?:nach|apr[èe]s|despu[ée]s|dopo(?!\s+le\b)|depois|na|efter|etter|ab|a\s+partir|[àa]\s+partir)\s+"
                        r"(?P<rest>(?:dem|den|del|de|do|du|le|il|o|el)\b"
                        r"[^.;!?\n]{0,12})", re.I)


def foreign_after_day(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The bare day of the month a sentence in another language asks to be contacted after ("melden Sie sich nach dem
    25.", "escríbame después del 18": that day itself, as SPEC's "until after the 15th"), or None."""
    m = _AFTER_DAY.search(sentence)
    if not m or not _ASKS.search(sentence):  # "nach dem 25. kommt die Lieferung" asks nothing of the rep
        return None
    day = _bare_day(m.group("rest"), local)
    return start_of_local_day(day, zone) if day else None


def _bare_day(rest: str, local: datetime) -> date | None:
    """The day of this or the next month a text starts by naming with its number alone ("dem 25.", "del 18")."""
    bare = _BARE_DAY.match(rest)
    return next_day_of_month(local.date(), int(bare.group("day")), None) if bare else None


# "déjeme unos diez días", "dame hasta el día 20", "risentiamoci tra dieci giorni": time asked for, or the talk put off
_GIVE_ME_ABROAD = re.compile(r"\b(?:d[ée]jeme|d[ée]me|dame|denme|dadme|gebt\s+mir|geben\s+sie\s+mir|gib\s+mir|lassen\s+sie\s+mir|"
                             r"laissez-moi|donnez-moi|accordez-moi|lasciatemi|lasciami|datemi|dammi|mi\s+dia|geef\s+me|geeft\s+u\s+me|"
                             r"d[êe]-me|me\s+d[áaêe]s?|mi\s+dai|deixe-me|deixa-me|d[áa]-me|risentiamoci|sentiamoci|hablamos|reden\s+wir|on\s+se\s+reparle|"
                             r"on\s+en\s+reparle|falamos|spreken\s+we|giv\s+mig|giv\s+os|gi\s+meg|gi\s+oss|ge\s+mig|ge\s+oss|daj(?:cie)?\s+(?:mi|nam)|"
                             r"da[ćc]\s+(?:mi|nam)|wilt\s+u\s+(?:mij|ons)|kunt\s+u\s+(?:mij|ons)|kun\s+je\s+(?:mij|ons)|haben\s+sie\s+(?:noch\s+)?|"
                             # a wait asked for: "kan du vente til den 18.?", "pourriez-vous attendre le 3 décembre"
                             r"habt\s+(?:noch\s+)?|vente|vänta|wachten|warten\s+sie|attendre|esperar|esperen|espere|"
                             r"aspettare|aspetti|aguardar|aguarde|patienter|pazientare|"
                             r"дайте\s+(?:мені|мне|нам)|дай\s+(?:мені|мне)|"
                             r"зачекайте|почекайте|подождите)\b"
                             r"(?P<rest>[^.;!?\n]{0,60})", re.I)
# (never a clock time: "tot 17 uur", "bis zum 18:00")
UNTIL_DAY_ABROAD = re.compile(r"\b(?:hasta\s+el|bis\s+zum|jusqu['\u2019]au|fino\s+al|tot\s+(?:de\s+)?|d['\u2019]ici\s+(?:au|le)|"
                               r"till?\s+den|"
                               r"at[ée]\s+(?:ao\s+)?(?:dia\s+)?|"
                               # until after a holiday named by its day: "até depois do feriado do dia 20", "hasta después
                               # del puente del día 8"
                               r"(?:at[ée]|hasta)\s+(?:depois|despu[ée]s)\s+d[eoa]l?\s+(?:\w+\s+){1,3}?d[eoa]l?\s+(?=d[íi]a\b))"
                               r"\s*(?:d[íi]a\s+)?(?P<day>[0-3]?\d)(?:e|ste|de)?\b"
                               r"(?!\s*(?:[:.,h]\d|h\b|uhr|uur|heures?|horas?|ore\b|%|€|\$))", re.I)


# time asked for in Chinese or Japanese: a length, then the time or the wait it is for ("1週間ほどお時間をいただけます
# でしょうか", "请给我们两周时间考虑")
_CJK_NUMBERS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CJK_UNITS = {"週間": 7, "週": 7, "周": 7, "星期": 7, "个月": 30, "個月": 30, "か月": 30, "ヶ月": 30, "カ月": 30, "日間": 1,
              "天": 1}
_CJK_TIME_ASKED = re.compile(r"(?P<n>\d{1,2}|[一二两兩三四五六七八九十])\s*(?P<unit>" + "|".join(_CJK_UNITS) + r")"
                             r"(?:ほど|くらい|ぐらい|程度|左右)?[^。！？\n]{0,6}?(?:お?時間|时间|時間|猶予|考虑|考慮|検討)")


def foreign_time_asked(sentence: str, local: datetime, zone: ZoneInfo, after: str = "") -> datetime | None:
    """The end of the time a sentence in another language asks for ("dame hasta el día 20"), or None; ``after`` is the
    text after the sentence, where a correction may follow ("denme una semana... bueno, mejor diez días")."""
    m = _GIVE_ME_ABROAD.search(sentence)
    if not m:
        cjk = _CJK_TIME_ASKED.search(sentence)
        if cjk is None:
            return None
        count = int(cjk.group("n")) if cjk.group("n").isdigit() else _CJK_NUMBERS[cjk.group("n")]
        return start_of_local_day(local.date() + timedelta(days=count * _CJK_UNITS[cjk.group("unit")]), zone)
    rest = m.group("rest")
    days = foreign_duration_days(rest)
    if days is not None:  # read again up to the sentence's end: "denme una semana... bueno, mejor diez días"
        days = foreign_duration_days(sentence[m.start("rest"):] + after)
        return start_of_local_day(local.date() + timedelta(days=days), zone)
    if (unit := _BARE_UNIT.match(rest)) is not None:  # "dać mi tydzień": one of the unit, its count unsaid
        return start_of_local_day(local.date() + timedelta(days=FOREIGN_UNITS[unit.group("unit").lower()]), zone)
    until = UNTIL_DAY_ABROAD.search(rest)
    day = next_day_of_month(local.date(), int(until.group("day")), None) if until else None
    if day is None and (named := _NAMED_DATE.search(rest)):  # "attendre le 3 décembre"
        day = next_day_of_month(local.date(), int(named.group("d1") or named.group("d2")),
                                MONTHS[(named.group("m1") or named.group("m2")).lower().rstrip(".")])
    if day is None and (stated := stated_end(rest, local, zone)) is not None:  # "el viernes de la semana que viene"
        return stated
    if day is None:  # "dame hasta el lunes que viene", "tot volgende maandag": the weekday named
        for word in _WORD.findall(rest)[:4]:
            if (weekday := DAYS.get(word.lower())) is not None and word.lower() not in WEEKDAYS:
                day = next_weekday(local.date(), weekday)
                break
    return start_of_local_day(day, zone) if day else None


# a unit of time right after the asking verb, its count unsaid ("dać mi tydzień", "geef me een weekje" has its count)
_BARE_UNIT = re.compile(r"\s*(?P<unit>tydzień|tydzien|miesiąc|vecka|uge|uke|månad|måned|тиждень|місяць|неделю|месяц)\b",
                        re.I)


# "ich melde mich, sobald die Zustimmung vorliegt", "je vous recontacte dès que", "la ricontatterò quando": the customer
# will write once something happens (an undated event)
_EVENT_ABROAD = re.compile(r"\b(?:ich\s+melde\s+mich|wir\s+melden\s+uns|je\s+(?:vous\s+)?(?:recontacte|reviens\s+vers\s+vous)|"
                           r"nous\s+(?:vous\s+)?recontacterons|(?:le|te|les)\s+(?:contactar[ée]|escribir[ée]|llamar[ée])|"
                           r"(?:la|ti|vi)\s+(?:ricontatter[òo]|richiamer[òo]|scriver[òo])|ik\s+neem\s+contact\s+op|"
                           r"(?:entrarei|entraremos)\s+em\s+contacto)\b[^.;!?]{0,50}?\b(?:sobald|wenn|d[èe]s\s+que|quand|"
                           r"lorsque|cuando|en\s+cuanto|quando|appena|zodra|wanneer|assim\s+que)\b", re.I)


def foreign_event_wait(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The end of the wait (EVENT_QUIET_DAYS on) when a sentence in another language says the customer will write once
    something happens, else None."""
    if not _EVENT_ABROAD.search(sentence):
        return None
    return start_of_local_day(local.date() + timedelta(days=EVENT_QUIET_DAYS), zone)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
