"""Quiet periods read for certain in German, French, Spanish, Italian, Portuguese and Dutch when the writer asks the
rep to get back in touch after a length of time, as English "call me again in ten days" is read: "Peço-lhe que fale
comigo outra vez daqui a dez dias", "Rappelez-moi dans deux semaines", "Vuelva a llamarme dentro de diez días", "Mi
richiami tra dieci giorni", "Bitte melden Sie sich in zwei Wochen wieder bei mir", "Bel me over tien dagen terug"."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.dates import foreign_duration_days, start_of_local_day
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import Wish, english
from followup.text.wish_quiet_given import certain_quiet

# the rep asked to reach the writer: an imperative or a polite subjunctive with the writer as its object
_CONTACT_ME = re.compile(
    r"\b(?:(?:melden|rufen|schreiben|kontaktieren|mailen)\s+Sie\s+(?:sich|mich|uns)|meld\w*\s+dich|"  # de
    r"(?:ruf|schreib)\w*\s+(?:mich|uns|mir)|"
    r"(?:re)?(?:contactez|contacte|appelez|appelle|rappelez|rappelle|[ée]crivez|[ée]cris|relancez|relance)[- ]"  # fr
    r"(?:moi|nous)|revene[zr]\s+vers\s+(?:moi|nous)|"
    r"(?:me|nous)\s+(?:re)?(?:contacter|appeler|rappeler|relancer|[ée]crire|recontacter)|"
    r"(?:ll[áa]m|cont[áa]ct|escr[íi]b|b[úu]squ)\w*(?:me|nos)|(?:hable|hablen|habla|hablemos)\s+(?:conmigo|de\s+nuevo)|"  # es
    r"(?:me|nos)\s+(?:llame|llamen|escriba|escriban|contacte|contacten|busque|busquen)|"
    r"vuelv\w*\s+a\s+(?:llamar|contactar|escribir|hablar|buscar)\w*|"
    r"(?:mi|ci)\s+(?:ri)?(?:chiami|chiamino|contatti|scriva|senta|cerchi)|"  # it
    r"(?:ri)?(?:chiama|contatta|scrivi|cerca)(?:te)?(?:mi|ci)|"
    r"(?:ci\s+)?(?:ri)?sentiamo(?:ci)?|"
    r"(?:lig|contact|contat|escrev|procur)\w*-(?:me|nos)|(?:me|nos)\s+(?:lig|procur|contat|contact|escrev)\w*|"  # pt
    r"(?:fale|falem|fala)\s+comigo|volt\w*\s+a\s+(?:falar|ligar|contactar|contatar|procurar)|"
    r"(?:bel|mail|contacteer|benader)\s+(?:u\s+)?(?:me|mij|ons)|"  # nl
    r"neem\s+(?:\w+\s+){0,4}?contact\s+met\s+(?:me|mij|ons)\s+op)\b",
    re.I)
# "in" before the length, as English "in ten days" (not "within": "bel me binnen twee dagen" hurries the rep)
_IN = re.compile(r"\b(?:in|dans|dentro\s+de|daqui\s+a|tra|fra|over|om)\s+", re.I)
LENGTH_WORDS = 4  # the length follows its "in" closely ("daqui a dez dias", "dans une quinzaine de jours")
# not a wait: a question, a condition, the writer's own step, a delivery or a notice, or an answer awaited from the rep
_NOT_ASKED = re.compile(
    r"\?|^\W*(?:si|se|wenn|falls|als|indien|caso)\b|\b(?:ich|je|yo|io|eu|ik)\s+(?:\w+\s+)?(?:melde|rufe|appelle|rappelle|"
    r"llamo|chiamo|ligo|bel)\b|\b(?:bescheid|liefer\w*|livraison|livr\w*|entrega\w*|consegna\w*|levering|geleverd|"
    r"pr[ée]avis|preaviso|preavviso|vorlauf\w*|il\s+y\s+a|hace|geleden|vor)\b", re.I)


def _contact_in_until(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The end of the wait when a sentence in one of the six languages asks the rep to get back in touch in a length
    of time ("fale comigo outra vez daqui a dez dias"), else None."""
    from followup.text.wish_when import period_end  # wish_when reads wish_quiet, which reads this module

    if english(sentence) or _NOT_ASKED.search(sentence) or not (asked := _CONTACT_ME.search(sentence)):
        return None
    for m in _IN.finditer(sentence):
        if re.search(r"[,;:]", sentence[min(m.end(), asked.end()): max(m.start(), asked.start())]):
            continue  # a length in another clause than the request's names something else ("..., je pars dans ...")
        days = foreign_duration_days(" ".join(sentence[m.end():].split()[:LENGTH_WORDS]))
        if days:
            return start_of_local_day(local.date() + timedelta(days=days), zone)
    # or at a part of a week or month named in the request's clause ("Rappelle-moi à la fin de la semaine prochaine",
    # "Rufen Sie mich Ende nächster Woche an", "Llámame a principios de enero", "Bel me eind volgende week")
    return period_end(re.split(r"[,;:]", sentence[asked.end():])[0], local, zone)


def contact_in_certain(spoken: list[str], wishes: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes with contact asked again after a length in the six languages (_contact_in_until) made a certain quiet
    period, in place of the possible quiet period, pause or opt-out read in that sentence."""
    return certain_quiet(_contact_in_until, spoken, wishes, local, zone)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
