"""Quiet periods read for certain in German, French, Spanish, Italian, Portuguese and Dutch when the writer asks the
rep for a length of time or until a day, as English "give me two weeks" is read: "Geben Sie mir bitte zwei Wochen
Zeit", "Laissez-moi une semaine pour réfléchir", "Dame unos días", "Mi dia tre settimane", "Dá-me uma semana", "Geef me
tot eind volgende week", or a need of time to think it over ("ich brauche zehn Tage Bedenkzeit", "necesito unos días
para pensarlo", "preciso de um mês para avaliar a proposta")."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.dates import foreign_duration_days, start_of_local_day
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PAUSED, QUIET, Wish, english

# time given to the writer: the imperative of giving or leaving, with the writer as its object
_GIVE = re.compile(
    r"\b(?:(?:geben|lassen)\s+Sie\s+(?:mir|uns)|gib\s+(?:mir|uns)|lass\s+(?:mir|uns)|"  # de
    r"laisse[zr]?[- ](?:moi|nous)|donne[zr]?[- ](?:moi|nous)|"  # fr
    r"d[ée]me|dame|d[ée]nme|d[ée]jame|d[ée]jeme|que\s+(?:me|nos)\s+d[ée]n?|"  # es ("le pido que me dé un mes")
    r"(?:mi|ci)\s+d(?:ia|ai|ate)|dammi|datemi|lasciatemi|lasciami|"  # it
    r"d[êáa][- ](?:me|nos)|(?:me|nos)\s+d[êá]|"  # pt
    r"(?:geef|gun|geeft|gunt)\s+(?:u\s+)?(?:me|mij|ons))\b", re.I)
# a need of time to think it over, said by the writer ("ich brauche ... Bedenkzeit", "necesito unos días para pensarlo")
_NEED = re.compile(
    r"\b(?:ich\s+brauch(?:e)?|wir\s+brauchen|il\s+me\s+faut|il\s+nous\s+faut|j['’]ai\s+besoin\s+d[e']|necesito|necesitamos|"
    r"mi\s+serve|mi\s+servono|ci\s+serve|ci\s+servono|ho\s+bisogno\s+di|abbiamo\s+bisogno\s+di|preciso\s+de|precisamos\s+de|ik\s+heb|"
    r"we\s+hebben)\b", re.I)
_THINK = re.compile(
    r"\b(?:bedenkzeit|[üu]berleg\w*|nachzudenken|r[ée]fl[ée]chir|y\s+r[ée]fl[ée]chir|pens(?:arlo|arla|arci|ar|arci)|"
    r"pensarci|riflett\w*|valutar\w*|revisar\w*|analizar\w*|analisar?\w*|avaliar?\w*|bedenktijd|na\s+te\s+denken|"
    # time to look at it or talk it over ("ich brauche ein paar Tage, um es mit meinem Geschäftspartner zu besprechen",
    # "Ich brauche drei Wochen, um die Pakete anzuschauen", "Necesito unos días; ... reviso la propuesta con mi jefe")
    r"besprechen|anzuschauen|anzusehen|durchzugehen|zu\s+pr[üu]fen|reviso|revisamos|discutir\w*|discuter|en\s+parler|"
    r"parlarne|discuterne|conversar|bespreken|te\s+bekijken|"
    # time to see it through ("necesito unos días pa' cachar bien los números", "il me faut une semaine pour voir")
    r"(?:para|pa['’]?|pour|per|om)\s+(?:bien\s+|bem\s+|bene\s+)?(?:ver(?:lo|la|los|las)?|mirar\w*|cachar|voir|"
    r"regarder|olhar|vedere|guardar\w*|kijken)(?!\s+(?:a|à)\s))\b", re.I)  # (not a person seen: "ver a mi familia")
# the little words between the verb and the time it gives ("Geben Sie mir bitte noch etwa zehn Tage")
_FILL = (r"(?:\s*(?:,|(?:bitte|noch|etwa|ungef[äa]hr|doch|einfach|mal|dafür|daher|also|even|nog|ongeveer|ancora|almeno|"
         r"s['’]il\s+vous\s+pla[iî]t|por\s+favor|porfa|per\s+favore|tempo|encore|un\s+peu|de\s+tijd|el|"
         # Mexican "chance" for time allowed ("que me dé chance de un mes"), and "plazo" ("dénme un plazo de dos semanas")
         r"(?:un\s+)?chance\s+de|(?:un\s+)?plazo\s+de)\b)\s*)*")
_UNTIL = r"(?:bis|jusqu['’]\s*[àa]u?|hasta|fino\s+a[dl]?|at[ée]|tot)\b"
# not a length given to think: notice, a trial, delivery ("zwei Wochen Vorlauf", "un mois d'essai", "de prueba"), a
# call after the length ("geben Sie mir in zwei Wochen Bescheid"), a condition or a question
_NOT_GIVEN = re.compile(
    r"\?|^\W*(?:si|se|wenn|falls|als|indien|caso)\b|\b(?:vorlauf\w*|vorher\s+bescheid|bescheid|pr[ée]avis|"
    r"d['’]avance|d['’]essai|de\s+prueba|di\s+prova|de\s+teste|probe\w*|proef\w*|preaviso|preavviso|anteced[êe]ncia|"
    r"van\s+tevoren|liefer\w*|livraison|entrega|consegna|levering|rabatt|remise|descuento|sconto|desconto|korting|"
    r"urlaub|cong[ée]s?|vacaciones|ferie|f[ée]rias|vakantie|descanso|repos|riposo|erholung)\b", re.I)
_AFTER = re.compile(r"\s*(?:in|dans|en|tra|fra|entre|daqui|over|binnen|nach|apr[èe]s|despu[ée]s|dopo|depois|na|om)\b",
                    re.I)
LENGTH_WORDS = 4  # the length given is said in the first words after the verb ("un par de semanas", "une quinzaine de jours")


def _given_until(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The end of the time a sentence asks of the rep (a length or until a day), or None."""
    from followup.text.wish_when import stated_end  # wish_when reads wish_quiet, which reads this module

    if english(sentence) or _NOT_GIVEN.search(sentence) or sentence.rstrip().endswith(("...", "…")):
        return None  # (trailing off: "denme una semana... bueno, mejor diez días" is corrected in the next sentence)
    m = _GIVE.search(sentence)
    if m is None:
        m = _NEED.search(sentence)
        if m is None or not _THINK.search(sentence, m.end()):
            return None
    tail = sentence[m.end():]
    at = re.match(_FILL, tail)
    rest = tail[at.end() if at else 0:].lstrip()
    if re.match(_UNTIL, rest, re.I):
        return stated_end(rest, local, zone)
    if _AFTER.match(rest):
        return None  # "geben Sie mir in zwei Wochen Bescheid": a step after the length, not the length given
    if foreign_duration_days(" ".join(rest.split()[:LENGTH_WORDS])) is None:
        return None
    # the day said after a vague length settles it ("qualche giorno in più, diciamo fino a venerdì 21"), and a
    # length corrected is the later one ("una semana... bueno, mejor diez días")
    until = re.search(rf"\b{_UNTIL}", rest, re.I)
    day = stated_end(rest[until.start():], local, zone) if until else None
    days = foreign_duration_days(rest)
    return day or (start_of_local_day(local.date() + timedelta(days=days), zone) if days else None)


def given_time_certain(spoken: list[str], wishes: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes with a length of time or a day asked of the rep in the six languages (_given_until) made a certain
    quiet period, in place of the possible quiet period, pause or opt-out read in that sentence."""
    return certain_quiet(_given_until, spoken, wishes, local, zone)


def certain_quiet(read_until, spoken: list[str], wishes: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes with the first sentence whose end read_until finds made a certain quiet period, in place of the
    possible quiet period, pause or opt-out read in it; a certain quiet period already read stands."""
    if any(w.kind == QUIET and w.certain for w in wishes):
        return wishes
    for sentence in spoken:
        until = read_until(sentence, local, zone)
        if until is None:
            continue
        said = sentence.strip()
        kept = [w for w in wishes if w.certain or w.kind not in (QUIET, DNC, PAUSED) or w.quote.strip() not in said]
        return kept + [Wish(QUIET, said, until=until)]
    return wishes


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
