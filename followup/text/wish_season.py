"""A wait until after a feast or the year-end season, in the seven languages: "call me after the holidays", "in the
new year", "until after Christmas", "nach Dreikönig", "nach den Feiertagen", "zwischen den Jahren", "après les
fêtes", "después de Reyes", "dopo la Befana", "depois das festas", "na de feestdagen".

Decision (the convention of the tunable batches: "hold off until after Thanksgiving" and "until after the 15th" are
that day, "once the new year starts" is 1 January): the wait ends on the day named, the feast's own day ("nach
Dreikönig": 6 January, "after Easter": Easter Sunday); the year-end holidays as a whole ("the holidays", "les fêtes",
"las fiestas", "le feste", "as festas", "de feestdagen", "the festive season", "the new year") end on New Year's Day,
and Christmas's days ("die Weihnachtstage", "de kerstdagen") on 26 December. The season words date only from
November to the end of the year (sent in spring, "the holidays" may be any). A plain request to be contacted then
("Risentiamoci dopo la Befana", "Vous pourrez me recontacter après les fêtes") is a certain quiet period; a hedged one
("after the holidays maybe", "vielleicht nach Neujahr") is left to the pause readers, as the batches label it; a day
said in the sentence as well ("after the holidays, on Monday 6 January") keeps the other readers' reading, and school
holidays stay wish_school_break's, but for Christmas's ("the Christmas holidays", "Weihnachtsferien", "vacances de
Noël", "vacaciones de Navidad", "vacanze di Natale", "férias do Natal", "kerstvakantie"): said from November on they are
the year-end holidays, and end on New Year's Day as those do (every region's hold it).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from followup.text.dates import EN_MONTHS, FOREIGN_WEEKDAYS, MONTHS, MORE_WEEKDAYS, WEEKDAY_NAMES, start_of_local_day
from followup.text.holidays import HOLIDAY_RE, next_holiday
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, MONTH_RE, PAUSED, QUIET, Wish
from followup.text.wish_negation import NEGATION
from followup.text.wish_school_break import named_break, year_end_break

SEASON_FROM_MONTH = 11  # "the holidays", "les fêtes" are the year-end ones when said from November on
NEW_YEAR_FROM_MONTH = 10  # "in the new year" is the coming one when said from October on
CHRISTMAS_DAYS_END = (12, 26)  # "die Weihnachtstage", "de kerstdagen": Christmas Day and the day after
BETWEEN_YEARS_START = (12, 27)  # "zwischen den Jahren", "between the holidays": the days after Christmas's two
CLAUSE_CHARS = 60  # how far before the season's name its negation, request or hedge is looked for in the clause

# Epiphany by the short names people use ("nach Dreikönig", "después de Reyes", "depois dos Reis", "après les Rois");
# Portuguese "Reis" only after its article (Dutch "reis" is a trip)
_EPIPHANY = (r"(?:dreik[öo]nig(?:e|stag)?|drei\s+k[öo]nige|(?:los\s+|de\s+)?reyes|(?<=\bos\s)reis|(?<=\bdos\s)reis|"
             r"(?:la\s+f[êe]te\s+des\s+)?rois|l['’]?[ée]piphanie|driekoningen|befana|epifania|epiphany)")
# the year-end holidays as a whole
_YEAR_END = (r"(?:(?:christmas|xmas)\s+(?:school\s+)?(?:holidays?|break|hols)|weihnachtsferien|vacances\s+de\s+no[ëe]l|"
             r"vacaciones\s+de\s+navidad|vacanze\s+(?:natalizie|di\s+natale)|f[ée]rias\s+do\s+natal|kerstvakantie|holidays|holiday\s+season|festive\s+(?:season|period|break)|christmas\s+and\s+new\s+year|"
             r"xmas\s+and\s+new\s+year|turn\s+of\s+the\s+year|year[- ]end\s+holidays|(?:new\s+year)(?!['’]s\s+eve)|"
             r"feiertage[n]?|festtage[n]?|weihnachts-?\s*und\s+neujahrs\w*|jahreswechsel|neue[nm]?\s+jahr|"
             r"f[êe]tes(?:\s+de\s+fin\s+d['’]\s*ann[ée]e)?|nouvel(?:le)?\s+an(?:n[ée]e)?|"
             r"fiestas(?:\s+de\s+fin\s+de\s+a[ñn]o)?|a[ñn]o\s+nuevo|"
             r"feste(?:\s+di\s+fine\s+anno)?|festivit[àa]|anno\s+nuovo|nuovo\s+anno|"
             r"festas(?:\s+de\s+fim\s+de\s+ano)?|ano\s+novo|"
             r"feestdagen|jaarwisseling|nieuwe\s+jaar|nieuwjaar)")
# Christmas's own days
_CHRISTMAS_DAYS = (r"(?:weihnachts(?:feier)?tage[n]?|fiestas\s+navide[ñn]as|feste\s+natalizie|festas\s+natalinas|"
                   r"kerstdagen|f[êe]tes\s+de\s+no[ëe]l|christmas\s+(?:period|season))")
# the days between Christmas and New Year
_BETWEEN = (r"(?:zwischen\s+den\s+jahren|between\s+the\s+holidays|between\s+christmas\s+and\s+new\s+year|"
            r"entre\s+no[ëe]l\s+et\s+(?:le\s+)?nouvel\s+an|entre\s+navidad\s+y\s+a[ñn]o\s+nuevo|"
            r"tra\s+natale\s+e\s+capodanno|entre\s+o\s+natal\s+e\s+o\s+ano\s+novo|tussen\s+kerst\s+en\s+(?:oud\s+en\s+)?"
            r"nieuw(?:jaar)?)")
# the words that make the season the end of a wait: after it, until after it, from it on, past it
_AFTER = (r"(?:after|past|post|once|nach|ab|apr[èe]s|d[èe]s|[àa]\s+partir\s+d[eu]s?|despu[ée]s\s+de(?:l)?|tras|"
          r"pasad[oa]s|a\s+partir\s+de(?:l)?|dopo|passat[aoie]|depois\s+d[eoa]s?|ap[óo]s|a\s+partir\s+d[eoa]s?|"
          r"passad[oa]s|na|vanaf)")
# the words that make it the end of a wait only with a "not" before ("not before", "nicht vor", "pas avant", "no ...
# hasta", "non prima di", "não antes de", "niet voor")
_BEFORE = (r"(?:before|until|till|vor|bis|avant|jusqu['’]\s*[àa]u?x?|antes\s+de(?:l)?|hasta|prima\s+d(?:i|el|ella|ell['’]|ei|"
           r"elle)|fino\s+a(?:l|lla)?|antes\s+d[eoa]s?|at[ée]|voor|v[óo][óo]r|tot)")
# the season as the time a contact is refused ("please don't ring over the holidays", "bitte während der Feiertage
# nicht anrufen", "pas pendant les fêtes"): a wait to its end, with the "not" as for "before"
_DURING = r"(?:over|during|[üu]ber|w[äa]hrend|pendant|durant|durante|tijdens)"
# "in the new year", "im neuen Jahr", "à la nouvelle année", "en el año nuevo", "nel nuovo anno", "no ano novo", "in
# het nieuwe jaar": the start of the year as the moment of contact
_IN = r"(?:in|im|à|au|en|nel(?:l['’])?|no|in\s+het)"
_ART = r"(?:the|den|dem|der|die|das|les|la|le|l['’]|el|los|las|il|lo|gli|i|o|os|a|as|de|het|al|del|dei|do|da|dos|das)"
_SEASON = re.compile(
    rf"(?:\b(?:(?P<until>(?:until|till|bis|jusqu['’]\s*apr[èe]s|hasta\s+despu[ée]s\s+de(?:l)?|fino\s+a\s+dopo|"
    rf"at[ée]\s+depois\s+d[eoa]s?|tot\s+na)\s+(?:after\s+)?|(?:until|till)\s+after)|(?P<after>{_AFTER})|"
    rf"(?P<before>{_BEFORE}|{_DURING})|(?P<in>{_IN}))\s*"
    rf"(?:(?:{_ART})\s*)?(?:(?:{_ART})\s+)?"
    rf"(?:(?P<epiphany>{_EPIPHANY})|(?P<xmas>{_CHRISTMAS_DAYS})|(?P<end>{_YEAR_END})|(?P<h>{HOLIDAY_RE}))\b|"
    rf"(?P<between>{_BETWEEN})\b)", re.I)
# a day said in the sentence as well: a digit, a weekday or a month by name, or a length counted ("give me two weeks,
# it's Christmas"), which the other readers date ("the board meets that week" counts nothing)
_NAMES = sorted({*WEEKDAY_NAMES, *FOREIGN_WEEKDAYS, *MORE_WEEKDAYS, *(m for m in MONTHS if len(m) > 3),
                 *(m for m in EN_MONTHS if len(m) > 3)}, key=len, reverse=True)
_COUNT = (r"(?:a|an|one|two|three|four|few|couple(?:\s+of)?|ein\w*|zwei|drei|vier|paar|une?|deux|trois|quatre|quelques|"
          r"dos|tres|cuatro|unos|unas|due|tre|quattro|qualche|dois|duas|tr[êe]s|quatro|alguns|algumas|twee|drie|een|"
          r"enkele)")
_LENGTH = (r"(?:fortnight|weeks?|months?|days?|tagen?|wochen?|monate?n?|jours?|semaines?|mois|d[ií]as?|semanas?|"
           r"mes(?:es)?|giorni|settimane?|mesi?|dagen|weken|maanden?)")
_DAY_SAID = re.compile(r"\d|\b(?:" + "|".join(re.escape(n) for n in _NAMES) + rf")\b|\b{_COUNT}\s+(?:\w+\s+)?{_LENGTH}\b",
                       re.I)
# a feast's own date said beside its name, in brackets or after a comma ("after Three Kings Day (6 January)", "dopo
# l'Epifania, il 6 gennaio,")
_OWN_DATE = re.compile(rf"\s*[(,]\s*(?:the\s+|le\s+|el\s+|il\s+|am\s+|on\s+)?[0-3]?\d(?:st|nd|rd|th|er|\.|º)?\s*"
                       rf"(?:of\s+|de\s+)?(?:{MONTH_RE})\b\.?\s*\)?", re.I)
# a request to be contacted, in the seven languages ("call me", "get back to me", "try me again", "let's talk",
# "melden Sie sich", "rufen Sie mich an", "recontactez-moi", "vous pourrez me recontacter", "llámame", "escríbeme",
# "risentiamoci", "mi richiami", "ligue-me", "me procura", "neem contact op", "bel me")
_REQUEST = re.compile(
    r"\b(?:give\s+(?:me|us)\s+a\s+(?:ring|call|bell|shout|buzz)|drop\s+(?:me|us)\s+a\s+(?:line|note|mail)|"
    r"(?:call|ring|phone|contact|e-?mail|text|chase|try|ping|reach|write\s+to|get\s+back\s+to|come\s+back\s+to|"
    r"follow\s+up\s+with|check\s+(?:in|back)\s+with)\s+(?:me|us)\b|get\s+(?:back\s+)?in\s+touch|reach\s+out|"
    r"touch\s+base|follow\s+up|(?:let['’]?s|we\s+can|we['’]ll)\s+(?:talk|speak|catch\s+up|reconnect)|"
    r"check\s+(?:me|us)\s+(?:back|again)|"  # Caribbean "check me back after Carnival"
    r"meld(?:en|e|et)\s+(?:sie\s+sich|dich|euch)|(?:rufen\s+sie|ruf|ruft)\s+(?:\w+\s+){0,6}?an\b|"
    r"kontaktieren\s+sie|sich\s+(?:\w+\s+){0,8}?melden|(?:mich|uns)\s+(?:\w+\s+){0,6}?(?:anrufen|kontaktieren)|"
    r"schreib(?:en\s+sie|t)?\s+(?:mir|uns)|(?:h[öo]ren|sprechen)\s+wir|nachfragen|nachhaken|"
    r"(?:re)?contact(?:ez|er)|(?:me|nous)\s+(?:re)?contacter|rappel(?:ez|le|er)|(?:m['’]|nous\s+)appeler|"
    r"appelez-(?:moi|nous)|[ée]crivez-(?:moi|nous)|revenez\s+vers|revenir\s+vers\s+(?:moi|nous)|relancez|"
    r"(?:me|nous)\s+relancer|on\s+(?:se\s+)?(?:re)?parle|on\s+en\s+(?:re)?parle|reprenons\s+contact|"
    r"ll[áa]m(?:ame|eme|enme|anos|enos)|llamame|escr[íi]b(?:eme|ame|anme|enme|ime)|escribime|"
    r"cont[áa]ct(?:ame|eme|enme|anos)|(?:lo\s+)?hablamos|(?:me|nos)\s+(?:llam[áa]s|escrib[íi]s|contact[áa]s|busc[áa]s?)|"
    r"b[úu]scame|vuelv[ae]\s+a\s+(?:escribir|llamar)|"
    r"(?:ri)?sentiamoci|ci\s+(?:ri)?sentiamo|mi\s+(?:ri)?(?:chiami|scriva|contatti|cerchi)|(?:ri)?chiamami|"
    r"(?:ri)?scrivimi|ricontattami|contattami|(?:ne\s+)?riparliamo|si\s+faccia\s+(?:ri)?sentire|fatti\s+(?:ri)?sentire|"
    r"(?:lig(?:ue|a|ar)|contact(?:e|ar)|contat(?:e|ar)|procur(?:e|ar)|escrev(?:a|er))-(?:me|nos)|"
    r"(?:me|nos)\s+(?:lig(?:a|ue)|procur(?:a|e)|contact(?:a|e)|contat(?:a|e)|escrev(?:a|e))|"
    r"falamos|fale\s+comigo|"
    r"contact\s+(?:met\s+(?:mij|me|ons)\s+)?op|(?:neem|neemt)\s+(?:\w+\s+){0,5}?contact|bel\s+(?:me|mij|ons)|"
    r"(?:mij|me|ons)\s+(?:bellen|mailen|contacteren)|mail\s+(?:me|mij|ons)|spreken\s+we|horen\s+we|"
    r"laat\s+(?:\w+\s+){0,3}?horen)", re.I)
# the matter left to rest until the season's day, asked of the rep, read with the words that name the day ("Can you
# leave it till after Michaelmas?", "lassen wir das bis nach Ostern", "laissons ça jusqu'après Pâques", "déjalo hasta
# después de Reyes", "lasciamo stare fino a Pasqua", "deixe isso para depois da Páscoa", "laat het rusten tot na Pasen")
_LEFT_TO_REST = re.compile(
    r"\b(?:leave\s+(?:it|this|that|things)\s+(?:with\s+(?:me|us)\s+)?(?:till|until|til|'til)\b|"
    r"lass(?:en)?\s+(?:Sie\s+|wir\s+)?(?:es|das)\s+(?:(?:bitte|ruhen|liegen)\s+)*bis\b|"
    r"laiss(?:ons|ez)\s+(?:[çc]a|cela)\s+(?:de\s+c[ôo]t[ée]\s+)?jusqu|"
    r"(?:d[ée]j(?:emoslo|alo|adlo|elo)|lo\s+dejamos)\s+(?:para\s+)?(?:hasta|despu[ée]s)\b|"
    r"lasciamo\s+(?:stare\s+|perdere\s+)?(?:fino|dopo)\b|(?:deixa|deixe|deixemos)\s+(?:isso|isto)\s+(?:para\s+)?"
    r"(?:at[ée]|depois)\b|laat\s+(?:het|dit|dat)\s+(?:even\s+)?(?:rusten\s+)?tot\b)", re.I)
# a contact verb said with its "not" ("Bitte nicht vor Dreikönig anrufen", "no me llames hasta"): verbs only ("this
# mailbox is not monitored during the holidays" asks nothing)
_CONTACT_VERB = re.compile(
    r"\b(?:call\w*|ring|phone|contact(?:ing)?|e-?mail(?:ing)?\s+(?:me|us)|write\s+(?:to\s+)?(?:me|us)|text|chase|"
    r"follow\s+up|get\s+in\s+touch|reach\s+out|an(?:zu)?rufen|ruf\w*|meld\w*|schreib\w*|kontaktier\w*|appel\w*|"
    r"rappel\w*|[ée]cri(?:re|vez|s)\w*|contacter|recontact\w*|contactez|relanc\w*|llam\w*|escrib\w*|contact[aeé]\w*|"
    r"chiam\w*|richiam\w*|scriv\w*|contatt\w*|ricontatt\w*|lig(?:ar|ue|a|uem)\b(?:-\w+)?|escrev\w*|bel(?:t|len)?|"
    r"mail(?:en|t)|benader\w*)\b", re.I)
# a hedge: a maybe is no wait asked ("After the holidays maybe", "peut-être après les fêtes", "a lo mejor en enero")
_HEDGE = re.compile(r"\b(?:maybe|perhaps|might|possibly|vielleicht|eventuell|evtl|peut-[êe]tre|quiz[áa]s?|tal\s+vez|"
                    r"a\s+lo\s+mejor|capaz|si\s+acaso|forse|magari|talvez|se\s+calhar|misschien|wellicht|mogelijk)\b", re.I)
_NEGATED = re.compile(rf"\b(?:{NEGATION}|keine?\w*|nothing|nichts|rien|nada|niente|nulla|niets|geen)\b", re.I)


# a conjunction that starts another clause ("deliver after the holidays and call me when the truck leaves": the call
# is not what waits); not Dutch "en" (French "on en reparle"), "maar" or German "aber" (particles: "bel me maar na")
_AND = re.compile(r"\b(?:and|but|or|und|oder|et|mais|ou|y|pero|e|ma|mas)\b", re.I)


def _clause(sentence: str, at: int) -> str:
    """The words of the sentence's clause before position at."""
    return _AND.split(re.split(r"[;:,]\s", sentence[max(0, at - CLAUSE_CHARS):at])[-1])[-1]


def _tail(sentence: str, m: re.Match[str]) -> str:
    """The words of the sentence's clause after a match ("während der Feiertage nicht an": its "not")."""
    return _AND.split(re.split(r"[.;!?,]", sentence[m.end():m.end() + CLAUSE_CHARS])[0])[0]


def _season_day(m: re.Match[str], today: date, zone: str) -> date | None:
    """The day a season's wording names, counted from today; none where the season is not the coming year-end."""
    year_end = today.month >= SEASON_FROM_MONTH
    if m.group("between"):
        month, day = BETWEEN_YEARS_START
        return date(today.year, month, day) if year_end and date(today.year, month, day) > today else None
    if m.group("in"):  # "in the new year", not "in the holidays" (the time of a wait, dated by other readers)
        new_year = re.search(r"new|neu|nouv|nuev|nuov|novo|nieuw", m.group("end") or "", re.I)
        return date(today.year + 1, 1, 1) if new_year and today.month >= NEW_YEAR_FROM_MONTH else None
    if m.group("epiphany"):
        return next_holiday("epiphany", today, zone)
    if m.group("xmas"):
        month, day = CHRISTMAS_DAYS_END
        return date(today.year, month, day) if year_end and date(today.year, month, day) > today else None
    if m.group("end"):
        return date(today.year + 1, 1, 1) if year_end else None
    return next_holiday(m.group("h"), today, zone)


def season_wait(sentence: str, found: list[Wish], local: datetime, after: str = "", before: str = "") -> list[Wish]:
    """The wishes read in a sentence, a wait there for a feast or the year-end season dated by it: a quiet period
    read there gets the season's day; a pause or nothing, with a plain request to be contacted then, becomes a
    certain quiet period. after and before are the texts around the sentence: a day said in its next sentence ("until
    after Thanksgiving? Say Monday the 30th?") is the other readers' to date, and "the holidays" after school holidays
    named in the sentence before are those ("After the school holidays finish ... don't follow up during the holidays")."""
    school = named_break(sentence)
    if any(w.kind == DNC and w.certain for w in found) or (school and not year_end_break(school, local)):
        return found
    if named_break(re.split(r"(?<=[.!?\n])\s", before.rstrip())[-1]) and _SEASON.search(sentence) and any(
            m.group("end") for m in _SEASON.finditer(sentence)):
        return found
    if _DAY_SAID.search(re.split(r"(?<=[.!?\n])", after.lstrip(), maxsplit=1)[0]):
        return found
    for m in _SEASON.finditer(sentence):
        lead = _clause(sentence, m.start())
        if m.group("before") and not _NEGATED.search(lead + " " + _tail(sentence, m)) and not (
                re.fullmatch(_DURING, m.group("before").strip(), re.I) and any(w.kind == QUIET for w in found)):
            continue  # "call me before Christmas": sooner, not later ("closed over the holidays; hold off": its end)
        if (m.group("after") or m.group("in")) and _NEGATED.search(lead):
            continue  # "don't call me after Christmas": a refusal then, not a wait
        if any(w.kind == DNC for w in found) and not (m.group("until") or m.group("before")):
            return found  # a possible opt-out is a wait only where its end is said ("no me llames hasta después de")
        own = _OWN_DATE.match(sentence, m.end())  # "after Three Kings Day (6 January)": the feast's own day beside it
        if _DAY_SAID.search(sentence[:m.start()] + sentence[own.end() if own else m.end():]):
            return found  # "after the holidays, on Monday 9 January": the day said is the other readers'
        day = _season_day(m, local.date(), str(getattr(local.tzinfo, "key", "")))
        if day is None or day <= local.date():
            continue  # "à Noël", "the holidays" said in spring: no end of a wait
        return _dated(sentence, found, m, lead, start_of_local_day(day, local.tzinfo))  # type: ignore[arg-type]
    return found


def _dated(sentence: str, found: list[Wish], m: re.Match[str], lead: str, until: datetime) -> list[Wish]:
    """The sentence's wishes with its wait set to end on the season's day."""
    tail = sentence[m.end():m.end() + CLAUSE_CHARS]
    hedged = bool(_HEDGE.search(lead + " " + re.split(r"[.;!?]", tail)[0]))
    clause = lead + " " + _tail(sentence, m)
    # "Bitte nicht vor Dreikönig anrufen", "no me llames hasta después de Reyes": any contact word, said with its "not"
    held = bool((m.group("until") or m.group("before")) and _NEGATED.search(clause) and _CONTACT_VERB.search(clause))
    # "try me again in the new year" is no day asked (a pause, as the batches label it): it dates a wait read, no more
    left = _LEFT_TO_REST.search(lead + m.group(0))
    asked = not hedged and not m.group("in") and bool(_REQUEST.search(clause) or held or left)
    if hedged:  # "Maybe leave it till after Easter?": only the ask is soft; a wait read there still ends on the day
        return [replace(w, until=until) if w.kind == QUIET else w for w in found]
    if not (asked or any(w.kind == QUIET for w in found)):
        return found
    # a possible opt-out reaches here only with the end of its wait said: the wait asked is read instead
    rest = [w for w in found if w.kind != DNC] if asked else found
    if any(w.kind == QUIET for w in rest):
        return [replace(w, until=until, certain=w.certain or asked) if w.kind == QUIET else w for w in rest]
    kept = [w for w in rest if not (w.kind == PAUSED or (w.preference or "").startswith("channel:") and not w.certain)]
    return kept + [Wish(QUIET, sentence.strip(), until=until, certain=True)]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
