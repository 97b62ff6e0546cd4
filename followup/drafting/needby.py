"""A day the customer needs the rep's work by, said as a need and not asked ("we must have it running by 1 March",
"Delivery of all 20 units before 14 December, when the ICU opens", "lo necesitamos colgado antes del 5 de febrero",
"die Anlage muss bis zum 6. Februar fertig sein"): the question it implies, can it be done by then, is the rep's to
answer, so it gets an answer slot ("[[answer: can all 20 units be delivered before 14 December? (when the ICU
opens)]]"), unless the rep has said that day since. Read as who (the rep's work or thing) x verb (delivered,
installed, finished ...) x time (by/before a named day). en/de/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.needweek import week_booked, week_named, week_question
from followup.drafting.reading import UNSURE
from followup.drafting.sentences import Source
from followup.drafting.wantedday import wanted_day
from followup.text.dates import EN_MONTHS, ES_PLAIN_DAYS, alternation, day_names, month_names

NEEDED = "needed_by"  # the kind of a slot's item: a day the customer needs the work by, asked as a question

# The kinds of point a need is said in: a statement or deadline of theirs; never a question, a booked time, an order.
_SAID_KINDS = ("constraint", "term", "request", "preference", "listed", "next_step", "deadline")

# Needed-by slots a draft asks, at most: more would bury the customer's own questions.
MAX_NEEDED = 2

_MONTHS_EN = rf"(?:{alternation(EN_MONTHS)})"
# German without the plain spelling "maerz", which this reader never took: left out so that no reading changes.
_MONTHS_DE = rf"(?:{alternation(month_names('de'), without=('maerz',))})"
_MONTHS_ES = rf"(?:{alternation(month_names('es'))})"
_WEEKDAY_EN = rf"(?:(?:{alternation(day_names('en'))}),?\s+)"
# A named day: "1 March", "Friday 27 June", "March 1st", "the 14th of December", "the end of January".
_DAY_EN = (rf"(?:{_WEEKDAY_EN}?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}\b|"
           rf"{_WEEKDAY_EN}?{_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|(?:the\s+)?end\s+of\s+{_MONTHS_EN}\b)")
_WEEKDAY_DE = rf"(?:(?:{alternation(day_names('de'))}),?\s+)"
_DAY_DE = rf"(?:(?:zum|dem)\s+)?{_WEEKDAY_DE}?\d{{1,2}}\.\s*(?:{_MONTHS_DE}|\d{{1,2}}\.)"
# Spanish day names only with their accents, as this reader always took them.
_WEEKDAY_ES = rf"(?:(?:{alternation(day_names('es'), without=ES_PLAIN_DAYS)})\s+)"
_DAY_ES = rf"(?:{_WEEKDAY_ES}?\d{{1,2}}\s+de\s+{_MONTHS_ES}|fin(?:ales)?\s+de\s+{_MONTHS_ES})"
_MONTHS_FR = rf"(?:{alternation(month_names('fr'))})"
_WEEKDAY_FR = rf"(?:(?:{alternation(day_names('fr'))})\s+)"
_DAY_FR = rf"(?:(?:le\s+)?{_WEEKDAY_FR}?\d{{1,2}}(?:er)?\s+{_MONTHS_FR}|(?:la\s+)?fin\s+{_MONTHS_FR})"

# What the rep does or brings, as its noun and as the verb a question asks it with.
_NOUNS_EN = {"delivery": "delivered", "installation": "installed", "install": "installed", "fitting": "fitted",
             "commissioning": "commissioned", "completion": "completed", "handover": "handed over",
             "set-up": "set up", "setup": "set up", "assembly": "assembled"}
_PARTICIPLE_EN = (r"(?:finished|done|completed|complete|ready|delivered|installed|fitted|running|up and running|"
                  r"in place|on site|set up|commissioned|operational|hung|built|assembled|here|with us|in hand|"
                  r"in\s+the\s+(?:building|warehouse|depot|yard|office|site|shop)|"
                  # a place named ("in Split"), never a month ("in March")
                  rf"in\s+(?!{_MONTHS_EN}\b)(?-i:[A-Z])[\w-]+)")
# The thing needed: "it", "them", "the work", "both pools", "all 20 units", "everything" (never "we", "I").
_THING_EN = (r"(?:it|them|everything|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:both|all|all\s+the|our|the\s+new)\s+"
             r"(?:[\w-]+\s+){0,2}?[\w-]+)")
_PREP_EN = r"(?P<prep>by|before|no later than)"

_EN = [
    # "the work must be finished before our 29 January wedding booking", "it needs to be installed by 1 March"
    re.compile(rf"^(?:.*?\b(?:and|but|so|also),?\s+)?(?P<thing>{_THING_EN})\s+(?:must|needs?\s+to|has\s+to|have\s+to|"
               rf"should)\s+(?:be\s+)?(?P<part>{_PARTICIPLE_EN})\s+{_PREP_EN}\s+(?:our\s+|the\s+)?(?P<day>{_DAY_EN})"
               r"(?P<rest>.*)$", re.I),
    # "the receptionist needs to start a week early, Monday 30 August", "the crew must arrive by Friday 4 June"
    re.compile(rf"^(?:.*?\b(?:and|but|so|also),?\s+)?(?P<thing>{_THING_EN})\s+(?:must|needs?\s+to|has\s+to|"
               rf"have\s+to)\s+(?P<verb>start|begin|arrive|come|go live)\s+(?:[\w-]+,?\s+){{0,3}}?"
               rf"(?P<prep>on|by|before|from)?\s*(?P<day>{_DAY_EN})(?P<rest>.*)$", re.I),
    # "we must have it running by 1 March", "we need them delivered before 14 December", "we need it by Friday"
    re.compile(rf"\bwe\s+(?:must|need\s+to|have\s+to|will\s+need\s+to)?\s*(?:have|need|want)\s+(?P<thing>{_THING_EN})"
               rf"\s+(?:(?P<part>{_PARTICIPLE_EN})\s+)?{_PREP_EN}\s+(?:our\s+|the\s+)?(?P<day>{_DAY_EN})(?P<rest>.*)$",
               re.I),
    # a list's line: "Delivery of all 20 units before 14 December, when ...", "Installation on 19 or 20 December"
    re.compile(rf"^[\s\d.)•*-]*(?P<noun>{'|'.join(_NOUNS_EN)})(?:\s+of\s+(?P<thing>[^,.;]{{1,40}}?))?\s+"
               rf"(?P<prep>by|before|on)\s+(?:our\s+|the\s+)?(?P<day>(?:{_DAY_EN})|\d{{1,2}}\s+or\s+{_DAY_EN})"
               r"(?P<rest>.*)$", re.I),
]
# The rep's offer held until a day: "procurement needs the offer valid until 31 January", "we also need the quote to
# stay valid until our bank meeting on 3 February": can it stay valid until then?
_HOLD_EN = re.compile(rf"\b(?:need|needs|want|wants|would like|require|requires)\s+(?:the|your)\s+"
                      rf"(?P<thing>offer|quote|quotation|price|prices|proposal)\s+(?:to\s+(?:stay|remain|be)\s+)?"
                      rf"(?:valid|held|open|fixed)\s+(?P<prep>until|till|through)\s+"
                      rf"(?:(?:our|the)\s+(?P<occasion>(?:[\w-]+\s+){{1,3}}?)on\s+)?(?P<day>{_DAY_EN})(?P<rest>.*)$", re.I)
# Their going live by a day: "we'd want to be live before Monday January 5": can the rep have them live by then?
_LIVE_EN = re.compile(rf"\bwe(?:'d|\s+would|\s+will)?\s+(?:want|need|must|have|hope)\s+to\s+(?:be|go)\s+"
                      rf"(?P<part>live|up and running|running|operational)\s+{_PREP_EN}\s+(?P<day>{_DAY_EN})(?P<rest>.*)$",
                      re.I)
# The rep's work kept to a span of days: "install has to be while we're shut, Thursday 25 December to Sunday 4 January".
_SPAN_EN = re.compile(rf"^[\s\d.)•*-]*(?P<noun>{'|'.join(_NOUNS_EN)})\s+(?:has\s+to|must|needs\s+to|should)\s+"
                      rf"(?:be\s+|happen\s+)(?:done\s+)?(?:(?:while|when)\s+[^,:]{{3,40}}[,:]\s*|between\s+)?"
                      rf"(?:we\s+(?:close|shut|are\s+(?:closed|shut))\s+(?:on\s+|from\s+)?)?"
                      rf"(?P<day>{_DAY_EN})\s+(?:to|and|until|till|through|-|–|and\s+(?:we\s+)?(?:reopen|open\s+again)"
                      rf"(?:\s+on)?)\s+(?P<day2>{_DAY_EN})(?P<rest>.*)$", re.I)
_ES = re.compile(rf"\b(?:lo|la|los|las)\s+necesit(?:o|amos|an?)\s+(?P<part>[a-záéíóú]+(?:ad|id)[oa]s?)\s+"
                 rf"(?P<prep>antes\s+del?|para\s+el)\s+(?P<day>{_DAY_ES})(?P<rest>.*)$", re.I)
# "Necesitamos las tarjetas antes del 15 de diciembre", "necesitamos que lleguen antes del viernes 26 de diciembre".
_ES_THING = re.compile(rf"\bnecesit(?:o|amos|an?)\s+(?:(?P<thing>(?:las|los|el|la)\s+[\w-]+)|que\s+(?P<verb>lleguen|"
                       rf"llegue|estén|esté)(?:\s+(?P<part>[a-záéíóú]+(?:ad|id)[oa]s?))?)\s+"
                       rf"(?P<prep>antes\s+del?|para\s+el)\s+(?P<day>{_DAY_ES})(?P<rest>.*)$", re.I)
# A list line or short need in French: "Livraison souhaitée avant le vendredi 19 décembre", "Il faut que tout soit monté
# avant le samedi 13 décembre".
_NOUNS_FR = {"livraison": "la", "installation": "la", "pose": "la", "mise en service": "la", "formation": "la",
             "montage": "le"}
_FR_NOUN = re.compile(rf"^[\s\d.)•*-]*(?P<noun>{'|'.join(_NOUNS_FR)})\s+(?:[\w-]+\s+){{0,1}}?"
                      rf"(?:souhaitée?|impérative?|indispensable|nécessaire|obligatoire|demandée?|prévue?\s+)?\s*"
                      rf"(?P<prep>avant|d'ici|au plus tard|pour)\s+(?P<day>{_DAY_FR})(?P<rest>.*)$", re.I)
_FR_FAUT = re.compile(rf"\bil\s+(?:faut|faudrait)\s+que\s+(?P<clause>(?:tout|tous|les\s+[\w-]+|la\s+[\w-]+|le\s+[\w-]+)"
                      rf"\s+(?:soit|soient)\s+[a-zéèêàâç]+)\s+(?P<prep>avant|d'ici|pour)\s+(?P<day>{_DAY_FR})"
                      r"(?P<rest>.*)$", re.I)
# A list line in German: "Lieferung bis spätestens Freitag, 19. Dezember", "Montage vor dem 12. Januar".
_NOUNS_DE = ("Lieferung", "Auslieferung", "Montage", "Installation", "Inbetriebnahme", "Schulung", "Umstellung")
_DE_NOUN = re.compile(rf"^[\s\d.)•*-]*(?P<noun>{'|'.join(_NOUNS_DE)})\s+(?P<prep>bis|vor)\s+(?:spätestens\s+)?"
                      rf"(?P<day>{_DAY_DE})(?P<rest>.*)$", re.I)
_DE = re.compile(rf"^(?:.*?\b(?:und|aber|also|wichtig:)\s+)?(?P<thing>(?:die|der|das|alles|es)(?:\s+[\w-]+){{0,2}}?)\s+"
                 rf"(?P<must>muss|müssen)\s+"
                 rf"(?P<prep>bis|vor)\s+(?P<day>{_DAY_DE})\s+(?P<part>fertig|geliefert|montiert|installiert|eingebaut|"
                 r"aufgebaut|in Betrieb|betriebsbereit|da)\s+sein(?P<rest>.*)$", re.I)

# The rep's work said to have to take place before a day, an adverb of insistence allowed: "Delivery must take place
# before Friday 2 July", "la livraison doit impérativement avoir lieu avant le vendredi 2 juillet", "die Lieferung
# muss unbedingt vor dem 2. Juli erfolgen", "la entrega tiene que ser sí o sí antes del 2 de julio". Asked whether
# it can take place then; the work is the noun, never a thing of the customer's.
_INSIST = {"en": r"(?:absolutely|definitely|really|strictly)\s+", "fr": r"(?:impérativement|absolument|obligatoirement|"
           r"nécessairement|bien)\s+", "de": r"(?:unbedingt|zwingend|auf jeden Fall|spätestens|wirklich)\s+",
           "es": r"(?:sí o sí|obligatoriamente|necesariamente|sin falta|forzosamente)\s+"}
_HAPPEN_EN = re.compile(rf"^(?:.*?\b(?:and|but|so|also|important:?),?\s+)?(?:the\s+)?(?P<noun>{'|'.join(_NOUNS_EN)})"
                        rf"(?:\s+of\s+(?P<thing>[^,.;]{{1,40}}?))?\s+(?:{_INSIST['en']})?(?:must|has\s+to|needs\s+to|will\s+have\s+to)\s+"
                        rf"(?:{_INSIST['en']})?(?:take\s+place|happen)\s+{_PREP_EN}\s+(?:our\s+|the\s+)?(?P<day>{_DAY_EN})"
                        r"(?P<rest>.*)$", re.I)
_HAPPEN_FR = re.compile(rf"^(?:.*?\b(?:et|mais|important\s*:)\s*)?(?:la\s+|le\s+|l['’])?(?P<noun>{'|'.join(_NOUNS_FR)})\s+"
                        rf"(?:doit|devra|devrait)\s+(?:{_INSIST['fr']})?(?:avoir\s+lieu|être\s+(?:faite?|effectuée?|"
                        rf"terminée?|réalisée?|assurée?))\s+(?:{_INSIST['fr']})?(?P<prep>avant|d'ici|au plus tard)\s+"
                        rf"(?P<day>{_DAY_FR})(?P<rest>.*)$", re.I)
_HAPPEN_DE = re.compile(rf"\b(?:die|der)\s+(?P<noun>{'|'.join(_NOUNS_DE)})\s+(?:muss|sollte)\s+(?:{_INSIST['de']})*"
                        rf"(?P<prep>bis|vor)\s+(?:spätestens\s+)?(?P<day>{_DAY_DE})\s+(?:erfolgen|stattfinden|"
                        r"abgeschlossen\s+sein|erledigt\s+sein)(?P<rest>.*)$", re.I)
_NOUNS_ES = ("entrega", "instalación", "montaje", "puesta en marcha", "formación")
# Spanish weekdays in both spellings here: a new reading, so no older one changes ("viernes 2 de julio").
_DAY_ES_ANY = rf"(?:(?:{alternation(day_names('es'))})\s+)?{_DAY_ES}"
_HAPPEN_ES = re.compile(rf"\b(?P<art>la|el)\s+(?P<noun>{'|'.join(_NOUNS_ES)})\s+(?:tiene\s+que|debe|deberá|ha\s+de)\s+"
                        rf"(?:{_INSIST['es']})?(?:ser|hacerse|realizarse|efectuarse|tener\s+lugar)\s+"
                        rf"(?:{_INSIST['es']})?(?P<prep>antes\s+del?|para\s+el)\s+(?P<day>{_DAY_ES_ANY})(?P<rest>.*)$",
                        re.I)


def _fr_article(noun: str) -> tuple[str, str]:
    """The French article and subject pronoun of one of the module's nouns ("la livraison" -> "la ", "elle")."""
    art, pron = ("le ", "il") if _NOUNS_FR[noun] == "le" else ("la ", "elle")
    return ("l'" if noun[0] in "aeiouéè" else art), pron


def _happens(quote: str, language: str) -> tuple[str, str] | None:
    """The question of the rep's work said to have to take place before a day, and why, or None."""
    if language == "en":
        m = _HAPPEN_EN.search(quote)
        if m:
            of = f" of {m.group('thing')}" if m.group("thing") else ""
            return f"can the {m.group('noun').lower()}{of} take place {m.group('prep').lower()} {m.group('day')}", \
                _why(m.group("rest"))
    elif language == "fr":
        m = _HAPPEN_FR.search(quote)
        if m:
            noun = m.group("noun").lower()
            art, pron = _fr_article(noun)
            return f"{art}{noun} peut-{pron} avoir lieu {m.group('prep').lower()} {m.group('day')}", _why(m.group("rest"))
    elif language == "de":
        m = _HAPPEN_DE.search(quote)
        if m:
            return f"klappt die {m.group('noun').capitalize()} {m.group('prep')} {m.group('day')}", _why(m.group("rest"))
    elif language == "es":
        m = _HAPPEN_ES.search(quote)
        if m:
            return f"¿se puede hacer {m.group('art').lower()} {m.group('noun').lower()} {m.group('prep')} " \
                   f"{m.group('day')}", _why(m.group("rest"))
    return None

# A reason or occasion after the day that tells the rep why it matters: "because the spa reopens 21 December"
# (never a word cut from its contraction: "that's when ..." leaves no "'s when ...").
_WHY = re.compile(r"^[\s,;:–—-]*(?:because(?:\s+of)?|as|since|when|so|that|for|porque|que|cuando|weil|da|wenn)\b"
                  r"(?!['’])\s*"
                  r"(?P<why>[^.;!?]{3,60}?)\s*[.;!?]?$", re.I)
# The customer agreeing to a day, not needing it: "Delivery on 12 January is good for us", "..., that works".
_AGREES = re.compile(r"^[\s,]*(?:is|would be|works|suits|that works|that's|is fine)\b[^.;]*?\b(?:good|fine|ok|okay|"
                     r"works?|suits?|perfect|great)\b|^[\s,]*(?:works|suits)\b", re.I)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS_EN}|{_MONTHS_DE}|{_MONTHS_ES}|{_MONTHS_FR})\b", re.I)


def _question(item: Item, language: str) -> tuple[str, str] | None:
    """The question a customer's stated need-by day implies, and why they need it then, or None."""
    quote = " ".join(item.quote.split()).rstrip(" .!")
    if "?" in quote:
        return None  # asked already: the customer's own question is slotted as it is
    happens = _happens(quote, language) or _by_day(quote, language)
    week = None if happens else week_question(quote, language)  # "Installation please in week 10": needweek.py
    return happens or (week and (week[0], _why(week[1])))


def _by_day(quote: str, language: str) -> tuple[str, str] | None:
    """The question a need said by a named day implies, and why, or None."""
    if language == "en":
        hold = _HOLD_EN.search(quote)
        if hold:
            day = f"your {hold.group('occasion')}on {hold.group('day')}" if hold.group("occasion") else hold.group("day")
            asked = f"can the {hold.group('thing').lower()} stay valid {hold.group('prep').lower()} {day}"
            return asked, _why(hold.group("rest"))
        live = _LIVE_EN.search(quote)
        if live:
            return f"can we have you {live.group('part').lower()} {live.group('prep').lower()} {live.group('day')}", \
                _why(live.group("rest"))
        span = _SPAN_EN.search(quote)
        if span:
            return f"can the {span.group('noun').lower()} be done between {span.group('day')} and {span.group('day2')}", \
                _why(span.group("rest"))
        for n, pattern in enumerate(_EN):
            m = pattern.search(quote)
            if not m:
                continue
            if n == 3:
                thing = (m.group("thing") or "it").strip()
                verb = "be " + _NOUNS_EN[m.group("noun").lower()]
            elif n == 1:
                thing, verb = m.group("thing"), m.group("verb").lower()
            else:
                thing = m.group("thing")
                part = (m.group("part") or "").lower()
                part = m.group("part") if re.match(r"in\s+[A-Z]", m.group("part") or "") else part  # "in Split"
                verb = "be " + ({"complete": "completed", "here": "with you", "with us": "with you"}.get(part, part)
                                or "done")
            # a sentence's capital is no part of the thing ("The signs must ..."), a name's is ("Unit 4")
            thing = re.sub(r"^(The|Both|All|Our|It|Them|Everything)\b", lambda a: a.group(1).lower(), thing)
            thing = re.sub(r"^our\s+", "the ", thing, flags=re.I)  # "our new van" is the van to the rep
            thing = {"them": "they", "we": ""}.get(thing.lower(), thing)
            if not thing or _AGREES.match(m.group("rest")):
                return None
            asked = f"can {thing} {verb} {(m.group('prep') or 'on').lower()} {m.group('day')}"
            return asked, _why(m.group("rest"))
        return None
    if language == "es":
        m = _ES.search(quote)
        if m:
            return f"¿puede estar {m.group('part')} {m.group('prep')} {m.group('day')}", _why(m.group("rest"))
        m = _ES_THING.search(quote)
        if m:
            thing, verb = (m.group("thing") or "").lower(), (m.group("verb") or "").lower()
            when = f"{m.group('prep')} {m.group('day')}"
            # impersonal "se puede(n)": no opening verb that the tú / usted register would turn ("¿es" -> "¿eres")
            if thing:
                asked = f"¿se {'pueden' if thing.startswith(('las ', 'los ')) else 'puede'} tener {thing} {when}"
            else:
                part = f" {m.group('part')}" if m.group("part") else ""
                asked = f"¿se puede lograr que {verb}{part} {when}"
            return asked, _why(m.group("rest"))
        return None
    if language == "fr":
        m = _FR_NOUN.search(quote)
        if m:
            noun = m.group("noun").lower()
            art, pron = _fr_article(noun)
            return f"{art}{noun} est-{pron} possible {m.group('prep').lower()} {m.group('day')}", _why(m.group("rest"))
        m = _FR_FAUT.search(quote)
        if m:
            return f"est-il possible que {m.group('clause')} {m.group('prep')} {m.group('day')}", _why(m.group("rest"))
        return None
    if language == "de":
        m = _DE_NOUN.search(quote)
        if m:
            return f"klappt die {m.group('noun').capitalize()} {m.group('prep')} {m.group('day')}", _why(m.group("rest"))
        m = _DE.search(quote)
        if m:
            thing = re.sub(r"^(Die|Der|Das|Alles|Es)\b", lambda a: a.group(1).lower(), m.group("thing"))
            can = "können" if m.group("must").lower() == "müssen" else "kann"
            return f"{can} {thing} {m.group('prep')} {m.group('day')} {m.group('part')} sein", _why(m.group("rest"))
    return None


# The customer's own voice, which a bracket beside the rep's question would paste: "when we reopen", "que reabrimos".
_THEIR_VOICE = re.compile(r"\b(?:we|our|us|i|my|wir|unser\w*|ich|nosotros|nuestr\w*)\b|\w+mos\b", re.I)


def _why(rest: str) -> str:
    """The reason or occasion said after the day, when there is one not in the customer's own voice."""
    m = _WHY.match(rest or "")
    return m.group("why").strip() if m and not _THEIR_VOICE.search(m.group("why")) else ""


def _day_key(day: str) -> tuple[str, str]:
    """A named day as (its number, its month's first three letters), for finding it said again."""
    number = re.search(r"\d{1,2}", day)
    month = _MONTH_WORD.search(day)
    return (number.group(0) if number else "", month.group(0).lower()[:3] if month else "")


# A rep's sentence naming the day without settling it: "Delivery 14 Dec tbc w/ warehouse", "I'm checking the 14th".
_OPEN = re.compile(r"\?|\b(?:confirming|to confirm|will confirm|checking|will check|asking)\b", re.I)


def _said_by_rep(day: str, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether the rep named that day in an email or note, not as still to be settled: proposed before the customer's
    need ("delivery Tue 12 Jan ok"), which then only agrees, or answered since."""
    number, month = _day_key(day)
    for src in ordered:
        if src.direction not in ("outbound", "note"):
            continue
        text = cleaned.get((src.kind, src.id), src.text or "").lower()
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
            if not month or (number and not re.search(rf"(?<!\d){number}(?!\d)", sentence)) or month not in sentence:
                continue
            if not (UNSURE.search(sentence) or _OPEN.search(sentence)):
                return True
    return False


# A question that only points back at the need said just before it: "Can you confirm?", "Can your crew do that?",
# "Is that possible?", "Geht das?", "C'est possible ?", "¿Es posible?". The need's slot asks it in full.
_BACK = re.compile(r"^(?:\w+,\s*)?(?:(?:can|could|will)\s+(?:you|we|your\s+[\w-]+)\s+(?:confirm|do\s+(?:that|this|it)|"
                   r"manage\s+(?:that|this|it)|make\s+(?:that|this|it)|guarantee\s+(?:that|this|it))|"
                   r"(?:is|would)\s+(?:that|this)\s+(?:be\s+)?(?:possible|ok|okay|doable)|(?:geht|klappt)\s+das|"
                   r"können\s+Sie\s+das\s+(?:bestätigen|schaffen|garantieren)|pouvez-vous\s+le\s+garantir|"
                   r"(?:c'est|est-ce)\s+(?:possible|faisable)|pouvez-vous\s+(?:le\s+)?confirmer|¿?(?:es\s+posible|"
                   r"se\s+puede|lo\s+puedes\s+confirmar|me\s+lo\s+confirmas?|lo\s+pueden?\s+garantizar))\s*\?$", re.I)
# A question whose day is the one named just before it: "we start on Friday 19 December. Can we have the cards before
# that?": the day is said in the question, so its slot stands on its own.
_THAT_DAY = re.compile(r"\b(?P<prep>before|by|until|ahead of)\s+(?:that|then)\b(?=\s*\??\s*$)", re.I)


# How many points after a need its back-pointing question may come: the need, why it matters, then "Can you confirm?".
BACK_REACH = 2


# A one-word question that says only whether it can be done ("¿Alcanza?", "Doable?", "Machbar?"), never one naming a
# thing of its own ("Price?"). Its slot already carries the need before it as its context: no need slot is added.
_BARE = re.compile(r"^[¿\s]*(?:and\s+|y\s+|und\s+|et\s+)?(?:possible|doable|feasible|realistic|ok|okay|machbar|möglich|"
                   r"realistisch|faisable|possible|réaliste|alcanza|llega|llegan|da\s+tiempo|posible|factible)\s*\?$", re.I)


def _points_back(quote: str) -> bool:
    """Whether a question only points back at what was said before it."""
    return bool(_BACK.match(quote) or _BARE.match(quote))


def _bare_after(items: Sequence[Item], item: Item) -> bool:
    """Whether the need's very next point is a one-word question about it ("¿Alcanza?")."""
    after = _asked_back(items, item)
    return after is not None and bool(_BARE.match(after.quote.strip()))


def _asked_back(items: Sequence[Item], item: Item) -> Item | None:
    """The question pointing back at this need ("Can you confirm?"), said within BACK_REACH points after it in the same
    email with no other question between, if any."""
    same = [i for i in items if i.source_id == item.source_id and i.source_kind == item.source_kind
            and i.direction == item.direction and i.kind not in ("listed", "latest", "deadline")]
    k = next((n for n, i in enumerate(same) if i is item), None)
    for after in same[k + 1:k + 1 + BACK_REACH] if k is not None else []:
        if after.kind == "question" or "?" in after.quote:
            return after if after.kind == "question" and _points_back(after.quote.strip()) else None
    return None


def with_days_named(items: list[Item], language: str) -> list[Item]:
    """The items with a question's "before that" given the day the sentence before it named (English)."""
    if language != "en":
        return items
    out = list(items)
    for n, item in enumerate(items):
        if item.direction != "inbound" or item.kind != "question" or item.status != "open":
            continue
        m = _THAT_DAY.search(item.quote)
        before = [i for i in items[:n] if i.source_id == item.source_id and i.source_kind == item.source_kind
                  and i.direction == item.direction and i.kind != "listed"]
        day = re.search(_DAY_EN, before[-1].quote, re.I) if m and before else None
        if day:
            said = f"{m.group('prep')} {day.group(0)}"
            out[n] = replace(item, quote=_THAT_DAY.sub(said, item.quote, 1), text=_THAT_DAY.sub(said, item.text, 1))
    return out


def needed_by(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str) -> list[Item]:
    """The items with each open need-by day no rep email or note has named turned into a slot's item."""
    items = with_days_named(items, language)
    asked = " ".join(i.quote for i in items if i.kind == "question" and i.status == "open").lower()
    out = list(items)
    added = 0
    made: set[str] = set()
    for item in sorted(items, key=lambda i: i.at, reverse=True):
        if added >= MAX_NEEDED:
            break
        if item.direction != "inbound" or item.status != "open" or item.internal or item.kind not in _SAID_KINDS:
            continue
        found = _question(item, language) or wanted_day(item, ordered, cleaned, language)  # a preferred day: wantedday.py
        if not found or week_booked(found[0], item, items, language):
            continue  # a week read as a booked time already: needweek.py
        question, why = found
        if _bare_after(items, item):
            continue  # "Necesitamos el desembolso antes del 15 de junio. ¿Alcanza?": asked already, with the need
        if question in made:
            out.remove(item)  # the same need read twice (a request and a deadline): said once, in its slot
            continue
        day = re.search(rf"{_DAY_EN}|{_DAY_DE}|{_DAY_ES}|{_DAY_FR}", question, re.I)
        number, month = _day_key(day.group(0) if day else "")
        if number and month and re.search(rf"(?<!\d){number}(?!\d)[^?]*{month}", asked):
            continue  # the customer asks about that day themselves
        if day and _said_by_rep(day.group(0), ordered, cleaned) or week_named(question, asked, ordered, cleaned):
            continue
        # the slot says the day: the need is not noted back beside it as well
        out[out.index(item)] = replace(item, kind=NEEDED, text=question, context=why)
        made.add(question)
        added += 1
        after = _asked_back(items, item)
        if after is not None and after in out:
            out.remove(after)  # "Can you confirm?": the need's slot asks it with its day
    return out


def needed_slots(items: Sequence[Item], language: str) -> list[tuple[str, Item]]:
    """The answer slots of the need-by items: the question, with why the day matters in brackets."""
    out = []
    for item in items:
        if item.kind != NEEDED or item.status != "open":
            continue
        q = item.text[0].upper() + item.text[1:] if language in ("de", "fr") else item.text
        out.append((f"[[answer: {q}? ({item.context})]]" if item.context else f"[[answer: {q}?]]", item))
    return out
