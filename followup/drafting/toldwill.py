"""What a call note reports the rep told the customer they would do, said as the rep's commitment: "I said I'd call her
back Friday" -> "I'll call you back Friday.", "le dije que se lo mando el jueves" -> "Le mando ... el jueves.", "ihr
zugesagt, das Angebot bis Freitag zu schicken" -> "Ich schicke Ihnen das Angebot bis Freitag.", "je lui ai promis de
rappeler jeudi" -> "Je vous rappelle jeudi." (who: the rep; verb: a report; act: send, confirm or call; then a day)."""
from __future__ import annotations

import re

from followup.drafting.promised import BY_MAIL, WHEN, article
from followup.drafting.spelledout import spelled
from followup.drafting.wellformed import DAY, NOTE_FRAME
from followup.drafting.words import content

MAX_WORDS = 12  # a promise longer than this is a note's sentence, not one act to restate
_CUT = re.compile(r"\s+(?:-|–|->|→)\s.*$|[;(].*$")  # what follows a promise on its clause is another point

# The rep reporting their own word to the customer, per language; the act follows it.
_LEAD = {
    "en": re.compile(r"(?:^|\bI\s+)(?:said|told\s+(?:him|her|them))\s+(?:I'?d|I\s+would|I'?ll|I\s+will|we'?d|we'?ll)\s+",
                     re.I),
    "de": re.compile(r"(?:^|\b(?:ich\s+)?hab(?:e)?\s+)(?:(?:ihm|ihr|ihnen)\s+)?(?:zugesagt|versprochen|gesagt)\s*[,:]?\s+"
                     r"(?:dass\s+ich\s+)?", re.I),
    "fr": re.compile(r"\b(?:je\s+)?(?:lui|leur)\s+ai\s+(?:promis|dit)\s+(?:de\s+|d'|que\s+(?:je\s+|j'))", re.I),
    "es": re.compile(r"\b(?:(?:le|les)\s+(?:dije|prometí|comenté)\s+que\s+|(?:le\s+|les\s+)?prometí\s+|quedé\s+en\s+)",
                     re.I),
}
# English: the act the rep will do for the customer (checking or finding out stays a question to answer).
_EN_ACT = re.compile(r"(?:send|e-?mail|mail|confirm|call|ring|phone|forward|share)\b", re.I)
# German: the act's verb at the clause end, infinitive with "zu" or first person after "dass ich".
_DE_ACT = {r"(?:zu\s+)?(?:zu)?schicken|zu\s+senden|zu\s+mailen|schicke|sende|maile|zuschicke": "Ich schicke Ihnen {x}.",
           r"zu\s+bestätigen|bestätige": "Ich bestätige Ihnen {x}.",
           r"zurückzurufen|zurückrufe": "Ich rufe Sie {x} zurück.",
           r"anzurufen|anrufe": "Ich rufe Sie {x} an."}
# French: infinitive (after "de") or first person (after "que je") -> the rep's first person to "vous".
_FR_ACT = {r"(?:lui\s+|leur\s+)?(?:envoyer|envoie)": "envoie", r"(?:lui\s+|leur\s+)?(?:renvoyer|renvoie)": "renvoie",
           r"(?:lui\s+|leur\s+)?(?:transmettre|transmets)": "transmets", r"(?:le\s+|la\s+)?(?:rappeler|rappelle)": "rappelle",
           r"(?:l')?(?:appeler|appelle)": "appelle",
           r"(?:lui\s+|leur\s+)?(?:confirmer|confirme)(?=\s+(?:le|la|les|l'|un|une|des)\b)": "confirme"}
# Spanish: infinitive with its clitic, or first person present -> the rep's first person.
_ES_CLITIC = r"(?:le|les|lo|la|los|las|se\s*l[oa]s?)?"
_ES_ACT = {rf"(?:{_ES_CLITIC}\s*)?(?:enviar{_ES_CLITIC}|envío|enviamos|mandar{_ES_CLITIC}|mando|mandamos|"
           rf"pasar{_ES_CLITIC}|paso)": "send",
           rf"(?:{_ES_CLITIC}\s*)?(?:llamar{_ES_CLITIC}|llamo|llamamos)": "Le llamo",
           r"(?:le\s+|les\s+)?(?:confirmar(?:le|les)?|confirmo|confirmamos)(?=\s+(?:el|la|los|las)\b)": "Le confirmo"}
# "that I'd confirm it": a pronoun for the question asked, which the draft answers in its slot, no promise to make


def told_will(quote: str, language: str, dated: bool = True) -> str:
    """The act a note says the rep told the customer they would do, in the rep's voice ("" when it is none); without
    its day when dated is False (the day has passed, the act is still owed)."""
    lead = _LEAD.get(language)
    m = lead.search(quote) if lead else None
    if not m:
        return ""
    rest = _CUT.sub("", quote[m.end():]).strip().rstrip(" .,:")
    promised = language == "es" and "que" not in m.group(0).lower().split()
    said = _spanish(rest, promised) if language == "es" else {"en": _english, "de": _german, "fr": _french}[language](rest)
    if not said or len(said.split()) > MAX_WORDS + 3 or NOTE_FRAME.search(said[1:]):
        return ""
    if not dated:
        said = WHEN.sub("", said)
    said = BY_MAIL.sub("", said)  # what is sent goes by mail: this mail says so
    return spelled(said[:1].upper() + said[1:], language).rstrip(" .") + "."


def _english(rest: str) -> str:
    """ "call her back on Friday" -> "I'll call you back on Friday"."""
    if not _EN_ACT.match(rest) or len(rest.split()) > MAX_WORDS:
        return ""
    return "I'll " + re.sub(r"\b(?:him|her|them)\b", "you", rest)


def _german(rest: str) -> str:
    """ "das Angebot bis Freitag zu schicken" -> "Ich schicke Ihnen das Angebot bis Freitag"."""
    for verb, form in _DE_ACT.items():
        m = re.match(rf"(?P<x>.{{2,80}}?)\s+(?:{verb})$", rest, re.I)
        if m and len(m.group("x").split()) <= MAX_WORDS and not re.search(r"\b(?:ihm|ihr|ihnen|er|sie)\b", m.group("x")):
            return form.format(x=m.group("x").strip())
    return ""


def _french(rest: str) -> str:
    """ "rappeler jeudi" -> "Je vous rappelle jeudi", "lui envoyer le devis" -> "Je vous envoie le devis"."""
    for verb, said in _FR_ACT.items():
        m = re.match(rf"{verb}\b\s*(?P<x>.*)$", rest, re.I)
        if m and len(m.group("x").split()) <= MAX_WORDS:
            return f"Je vous {said} {m.group('x')}".strip()
    return ""


def _spanish(rest: str, promised: bool = False) -> str:
    """ "enviarle el contrato antes del jueves" -> "Le envío el contrato antes del jueves"."""
    for verb, said in _ES_ACT.items():
        m = re.match(rf"{verb}\b\s*(?P<x>.*)$", rest, re.I)
        if m and len(m.group("x").split()) <= MAX_WORDS:
            x = m.group("x")
            if said != "send":
                return f"{said} {x}".strip()
            day = WHEN.search(x)
            thing = x[:day.start()] if day else x
            named = article(thing.strip(), "es") if thing.strip() else ""
            return f"Le envío {named}{x[day.start():] if day else ''}" if named else ""
    if promised and re.match(r"(?:el|la|los|las)\s", rest) and len(rest.split()) <= MAX_WORDS:
        return f"Le envío {rest}"  # "le prometí la ficha técnica para el jueves": a thing, its sending understood
    return ""


# The words of an act and of a day, which say nothing of what was promised ("I'll send", "Le envío", "bis Freitag").
_ACT_WORDS = content("send email mail confirm call ring phone forward share back envío mando paso llamo confirmo "
                     "schicke bestätige rufe zurück envoie renvoie transmets rappelle appelle confirme "
                     "tomorrow today week semana semaine woche morgen demain mañana escrito écrit")


def kept_later(said: str, later: list[str]) -> bool:
    """Whether a later email of the rep's names the thing a promise was about ("te mando el cálculo" after "Le envío
    el cálculo por escrito"): kept, so not promised again."""
    thing = content(DAY.sub(" ", said)) - _ACT_WORDS
    return bool(thing) and any(thing & content(text) for text in later)


def told_will_open(quote: str, language: str, later: list[str]) -> str:
    """told_will's promise unless the rep's later emails (`later`) kept it ("" then)."""
    said = told_will(quote, language)
    return "" if said and kept_later(said, later) else said
