"""A call or meeting note's agreed outcome with its day, said as one of the rep's sentences where no other shape of
saying.sentence fits: the day the rep's side can start ("Crew available to start Sat Feb 3"), two things on one day
("keys + access cards Fri 2 Feb"), how long a rate holds ("Early-booking rate ends Fri 14 July", "Tarif
préférentiel jusqu'au jeudi 13 juillet") and the customer's choice ("They take 12 months w/ break option after 6, TWD
128,000"), in en/de/fr/es. Readers of blind batches marked these as left out: the
state held them as terms in force, but the term shapers knew no day led by its weekday and no joined subject, so the
draft dropped them. "" when the clause is not of one of these shapes."""
from __future__ import annotations

import re

from followup.drafting.weekdated import _END, _LEAD, _bare, _feminine, _one
from followup.drafting.wellformed import _DAY, _VERBS

# A weekday, as notes shorten it ("Sat", "Do.", "jeu."), before the date it names.
_WEEKDAY = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|s)?\.?|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.?|"
            r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun\.?|mar\.?|mer\.?|jeu\.?|ven\.?|sam\.?|"
            r"dim\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
            r"domingo")
_MONTH = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
          r"september|october|november|december")
# A day with its date: "Fri 14 July", "Saturday Feb 3", "jeudi 13 juillet", "Do 13.7.", "sábado 15 de julio".
_DATED = (rf"(?:(?:{_WEEKDAY}),?\s+)?(?:(?:{_DAY.pattern})|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)")

# Who starts on the rep's side and the words for being able to ("crew available to start", "équipe dispo pour
# commencer", "cuadrilla disponible para empezar", "Monteure können ab"), and the rep's sentence for it.
_START = {
    "en": (r"(?:(?:our\s+|the\s+)?(?:crew|team|installers?|fitters?|engineers?|technicians?|we)\s+)?(?:(?:is|are)\s+)?"
           r"(?:available|free|ready|able|can|could)\s+(?:to\s+)?(?:start|begin)(?:\s+on)?", "We can start on {d}."),
    "de": (r"(?:(?:unser\w*\s+)?(?:Team|Monteure|Kolonne|Techniker|wir)\s+)?(?:verfügbar|frei|kann|können)\s+(?:ab\s+|am\s+)?",
           "Wir können am {d} beginnen."),
    "fr": (r"(?:(?:notre\s+|l['’])?(?:équipe|techniciens?|poseurs?|nous|on)\s+)?(?:est\s+|sont\s+)?"
           r"(?:dispo(?:nibles?)?|libres?|peut|pouvons|prête?s?)\s+(?:pour\s+|à\s+)?(?:commencer|démarrer)(?:\s+le)?",
           "Nous pouvons commencer le {d}."),
    "es": (r"(?:(?:nuestr[oa]\s+|el\s+|la\s+)?(?:equipo|cuadrilla|técnicos|instaladores|nosotros)\s+)?(?:está\s+)?"
           r"(?:disponibles?|libres?|puede|podemos|list[oa]s?)\s+(?:para\s+)?(?:empezar|comenzar|arrancar)(?:\s+el)?",
           "Podemos empezar el {d}."),
}
# A German start needs its verb after the day ("Monteure können ab 5.2. anfangen").
_DE_START_VERB = r"\s+(?:starten|beginnen|anfangen|loslegen)"

# Two things joined in a note ("keys + access cards", "Schlüssel und Karten"), and the rep's sentence for their day.
_JOINED = r"\s*(?:\+|&|\band\b|\bund\b|\bet\b|\by\b)\s*"
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
_BOTH_ON = {"en": "{s} are planned for {d}.", "de": "{s} sind für {d} geplant.", "fr": "{s} sont prévu{e}s le {d}.",
            "es": "{s} están previst{o}s para el {d}."}

# A rate, price or offer and the words for how long it holds ("ends", "until", "bis", "jusqu'au", "hasta el").
_RATE = {"en": r"rate|price|pricing|offer|discount|deal", "de": r"preis|tarif|angebot|rabatt|konditionen",
         "fr": r"tarif|prix|offre|remise|promotion", "es": r"tarifa|precio|oferta|descuento|promoción"}
_UNTIL = {"en": r"(?:ends|expires|runs\s+(?:until|till|to)|(?:is\s+)?valid\s+(?:until|till|to)|until|till|good\s+until)"
                r"(?:\s+on)?",
          "de": r"(?:gilt\s+)?bis(?:\s+zum|\s+am)?|endet(?:\s+am)?", "fr": r"(?:valable\s+)?jusqu['’]au|expire\s+le|finit\s+le",
          "es": r"(?:válid[oa]\s+)?hasta(?:\s+el)?|termina\s+el|vence\s+el"}
# The article of a rate's noun, its first word ("tarif préférentiel", "precio especial", "Frühbucherpreis").
_RATE_ARTICLE = {"de": ((r"(?:preis|tarif|rabatt)$", "Der"), (r"angebot$", "Das")),
                 "fr": ((r"^(?:tarif|prix)\b", "Le"), (r"^(?:offre|remise|promotion)\b", "La")),
                 "es": ((r"^(?:precio|descuento)\b", "El"), (r"^(?:tarifa|oferta|promoción)\b", "La"))}
_HOLDS = {"en": "{s} runs until {d}.", "de": "{s} gilt bis {d}.", "fr": "{s} est valable jusqu'au {d}.",
          "es": "{s} es válid{o} hasta el {d}."}


# The customer's choice as a note records it ("They take 12 months w/ break option", "nehmen Paket B", "prennent
# l'option 2", "se quedan con el plan anual"), and the rep's words for it: what was taken, said back to them.
_TAKES = {
    "en": (r"(?:(?:they|he|she|client|customer)\s+)?(?:takes?|goes with|go with|opts? for|opted for|chose|chooses|"
           r"went with|took)", "You're going with {x}."),
    "de": (r"(?:(?:sie|er|kunde|kundin)\s+)?(?:nehmen|nimmt|wählen|wählt|entscheiden sich für|entscheidet sich für|"
           r"nahmen|nahm)", "Sie nehmen {x}."),
    "fr": (r"(?:(?:ils|elles|il|elle|le client|la cliente)\s+)?(?:prennent|prend|retiennent|retient|choisissent|choisit|"
           r"optent pour|opte pour)", "Vous retenez {x}."),
    "es": (r"(?:(?:ellos|ellas|él|ella|el cliente|la cliente)\s+)?(?:se quedan con|se queda con|eligen|elige|toman|toma|"
           r"optan por|opta por)", "Se quedan con {x}."),
}
# Words a choice needs after its verb to say what was taken ("take it" says nothing).
MIN_TAKEN_WORDS = 2


def _english(noun: str) -> str:
    """An English note's thing as a subject ("keys" -> "The keys", "early-booking rate"), "" when it is no noun."""
    noun = _bare(noun.strip())
    words = noun.lower().split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words) \
            or re.search(rf"\b(?:{_VERBS['en']}|we|they|he|she|it|you|i|to|of|for|in|on|at|by|with)\b", noun.lower()):
        return ""
    return f"The {noun.lower()}"


def _thing(noun: str, language: str) -> str:
    """The note's thing with its article, in the customer's language ("" when it cannot be said)."""
    return _english(noun) if language == "en" else _one(noun.strip(), language)


def _day(day: str) -> str:
    """The day as said after its preposition: a German date keeps its dot, other closing dots go."""
    return day.strip() if re.search(r"\d\.$", day.strip()) else day.strip().rstrip(".")


def start_sentence(text: str, language: str) -> str:
    """"crew available to start Saturday Feb 3" as "We can start on Saturday Feb 3."."""
    if language not in _START:
        return ""
    words, form = _START[language]
    tail = _DE_START_VERB if language == "de" else ""
    m = re.fullmatch(rf"{words}\s*(?P<d>{_DATED}){tail}", text, re.I)
    return form.format(d=_day(m.group("d"))) if m and re.search(r"\d", m.group("d")) else ""


def both_sentence(text: str, language: str) -> str:
    """"keys + access cards Friday 2 Feb" as "The keys and access cards are planned for Friday 2 Feb."."""
    m = re.fullmatch(rf"(?P<n>[^\W\d_][\w'’ +&-]*?)\s+(?:(?:am|le|el|on)\s+)?(?P<d>{_DATED})", text, re.I)
    if not m or not re.search(r"\d", m.group("d")):
        return ""
    parts = re.split(_JOINED, m.group("n"), flags=re.I)
    said = [_thing(p, language) for p in parts]
    if len(parts) != 2 or not all(said):
        return ""
    second = said[1][4:] if language == "en" else said[1][:1].lower() + said[1][1:]
    fem = language in ("fr", "es") and _feminine(f"{parts[0]} {_AND[language]} {parts[1]}", language)
    return _BOTH_ON[language].format(s=f"{said[0]} {_AND[language]} {second}", d=_day(m.group("d")),
                                     e="e" if fem else "", o="a" if fem else "o")


def holds_sentence(text: str, language: str) -> str:
    """"early-booking rate ends Friday 14 July" as "The early-booking rate runs until Friday 14 July."."""
    if language not in _UNTIL:
        return ""
    m = re.fullmatch(rf"(?P<n>[^\W\d_][\w'’ -]*?)\s+(?:{_UNTIL[language]})\s+(?P<d>{_DATED})", text, re.I)
    if not m or not re.search(r"\d", m.group("d")) or not re.search(rf"(?:{_RATE[language]})\w*", m.group("n"), re.I):
        return ""
    noun = _bare(m.group("n").strip())
    art = next((a for pattern, a in _RATE_ARTICLE.get(language, ()) if re.search(pattern, noun, re.I)), "")
    subject = _english(noun) if language == "en" else (f"{art} {noun}" if art and len(noun.split()) <= 2 else "")
    if language == "de" and subject:
        subject = f"{art} {noun[:1].upper()}{noun[1:]}"  # a German noun keeps its capital
    fem = art == "La"
    return _HOLDS[language].format(s=subject, d=_day(m.group("d")), o="a" if fem else "o") if subject else ""


def taken_sentence(text: str, language: str) -> str:
    """"They take 12 months with break option after 6, TWD 128,000" as "You're going with 12 months ...";
    the note's record of the customer's choice, in force, said back to them."""
    words, form = _TAKES[language]
    m = re.fullmatch(rf"{words}\s+(?P<x>.+)", text, re.I)
    if not m or len(m.group("x").split()) < MIN_TAKEN_WORDS or not re.search(r"\d", m.group("x")) \
            or re.search(r"\?|\b(?:or|oder|ou|o)\b", m.group("x")):
        return ""  # a choice with no figure is no term in force; one of two ("or") is not yet taken
    return form.format(x=m.group("x").strip(" ,;"))


def outcome_sentence(clause: str, language: str) -> str:
    """A note's dated outcome of one of these shapes as the rep's sentence ("" for any other clause)."""
    if language not in _START or "\n" in clause.strip():
        return ""
    text = _END.sub("", _LEAD.sub("", clause.strip()))
    said = start_sentence(text, language) or both_sentence(text, language) or holds_sentence(text, language) \
        or taken_sentence(text, language)
    return re.sub(r"(\d\.)\.$", r"\1", said)  # "gilt bis 14.7.": the date's dot ends the sentence too


def outcome_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check."""
    forms = [_START.get(language, ("", ""))[1], _BOTH_ON.get(language, ""), _HOLDS.get(language, ""),
             _TAKES.get(language, ("", ""))[1]]
    return " ".join(re.sub(r"\{\w\}", " ", f) for f in forms) + " " + _AND.get(language, "")
