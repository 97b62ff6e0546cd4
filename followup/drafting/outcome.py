"""A call or meeting note's agreed outcome with its day, said as one of the rep's sentences where no other shape of
saying.sentence fits: the day the rep's side can start ("Crew available to start Sat Feb 3"), two things on one day
("keys + access cards Fri 2 Feb"), how long a rate holds ("Early-booking rate ends Fri 14 July", "Tarif
préférentiel jusqu'au jeudi 13 juillet") and the customer's choice ("They take 12 months w/ break option after 6, TWD
128,000"), the customer's body meeting on a day ("comité se reúne el viernes 19"), the material we need from
them by a day ("Anzeigenvorlage bis Do 13.7"), an event's day with its hour ("sesión martes 18 de abril 10 am") and
the agreed way of paying (paysplit.py), in en/de/fr/es. Readers of blind batches marked these as left out: the
state held them as terms in force, but the term shapers knew no day led by its weekday and no joined subject, so the
draft dropped them. "" when the clause is not of one of these shapes."""
from __future__ import annotations

import re

from followup.drafting.framing import framing_words
from followup.drafting.paysplit import payment_sentence, payment_words
from followup.drafting.weekdated import END, LEAD, bare, day_sentence, feminine, one
from followup.drafting.wellformed import DAY, VERBS
from followup.text.dates import EN_MONTHS, alternation

# A weekday, as notes shorten it ("Sat", "Do.", "jeu."), before the date it names.
_WEEKDAY = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|s)?\.?|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.?|"
            r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun\.?|mar\.?|mer\.?|jeu\.?|ven\.?|sam\.?|"
            r"dim\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
            r"domingo")
_MONTH = alternation(EN_MONTHS)
# A day with its date: "Fri 14 July", "Saturday Feb 3", "jeudi 13 juillet", "Do 13.7.", "sábado 15 de julio".
_DATED = (rf"(?:(?:{_WEEKDAY}),?\s+)?(?:(?:{DAY.pattern})|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)")

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
# A body of the customer's that meets on a day ("comité se reúne el viernes 19", "Vorstand tagt am 12.4.", "board
# meets Thursday 12 Oct", "le conseil se réunit le mardi 4"), said as a sentence of its own.
# (a body that decides on a day is its own process, not a day to confirm: "Vorstand entscheidet erst am 12.4.")
_MEETS = {"en": r"meets|sits", "de": r"tagt|trifft sich", "fr": r"se réunit", "es": r"se reúne|sesiona"}
_BODY = {"en": r"board|committee|council|management|partners", "de": r"vorstand|ausschuss|gremium|geschäftsführung|rat",
         "fr": r"comité|conseil|bureau|direction|commission", "es": r"comité|junta(?: directiva)?|directorio|consejo|gerencia"}
# The articles of those bodies and of the material below, by the noun's first word (a plural takes the plural's).
_ARTICLES = {"de": ((r"^(?:vorstand|ausschuss|rat)\b", "Der"), (r"^(?:gremium|logo|material)\b", "Das"),
                    (r"^\w+$", "Die")),
             "fr": ((r"^\w+s\b", "les"), (r"^(?:direction|commission)\b", "la"), (r"^\w+\b", "le")),
             "es": ((r"^\w+s\b", "los"), (r"^(?:junta|gerencia)\b", "la"), (r"^\w+\b", "el"))}
_ON_DAY = {"en": "on", "de": "am", "fr": "le", "es": "el"}

# What we need from the customer by a day: the material for print or display ("Anzeigenvorlage bis Do 13.7",
# "artwork due 14 July", "fichier HD avant le 18 août", "archivos antes del 18 de agosto"), and the rep's sentence.
_MATERIAL = {"en": r"artwork|files?|logos?|copy|materials?|print files?|print data",
             "de": r"\w*vorlagen?|druckdaten|dateien|datei|logos?|material(?:ien)?|unterlagen",
             "fr": r"fichiers?(?: \w+)?|visuels?|logos?|matériel|éléments|textes",
             "es": r"archivos?|artes?|logos?|material(?:es)?|textos"}
# ("pour le 4 août", "para el 4" name the day the material is for as often as a deadline: not read as one)
_BY = {"en": r"by|due(?:\s+by)?|before", "de": r"bis(?:\s+zum|\s+am|\s+spätestens)?", "fr": r"avant\s+le|d['’]ici\s+le",
       "es": r"antes\s+del?|hasta\s+el"}
_NEEDED = {"en": "We need {s} by {d}.", "de": "{s} brauchen wir bis {d}.", "fr": "Il nous faut {s} {b} {d}.",
           "es": "Necesitamos {s} {b} {d}."}
# An event's day with its hour at the end ("sesión martes 18 de abril 10 am", "erste Begehung Mo 8. März, 9 Uhr",
# "tests de niveau mardi 18 avril à 8 h"): the event and its day said as weekdated says them, the hour after.
_HOUR = re.compile(r",?\s+(?:(?:um|à|a las|at)\s+)?(?P<h>\d{1,2}(?:[:.h]\d{2})?\s*(?:uhr|h|am|pm)|\d{1,2}[:h]\d{2})$", re.I)
_AT = {"en": "at", "de": "um", "fr": "à", "es": "a las"}
# Words a choice needs after its verb to say what was taken ("take it" says nothing).
MIN_TAKEN_WORDS = 2


def _english(noun: str) -> str:
    """An English note's thing as a subject ("keys" -> "The keys", "early-booking rate"), "" when it is no noun."""
    noun = bare(noun.strip())
    words = noun.lower().split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words) \
            or re.search(rf"\b(?:{VERBS['en']}|we|they|he|she|it|you|i|to|of|for|in|on|at|by|with)\b", noun.lower()):
        return ""
    return f"The {noun.lower()}"


def _thing(noun: str, language: str) -> str:
    """The note's thing with its article, in the customer's language ("" when it cannot be said)."""
    return _english(noun) if language == "en" else one(noun.strip(), language)


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
    fem = language in ("fr", "es") and feminine(f"{parts[0]} {_AND[language]} {parts[1]}", language)
    return _BOTH_ON[language].format(s=f"{said[0]} {_AND[language]} {second}", d=_day(m.group("d")),
                                     e="e" if fem else "", o="a" if fem else "o")


def holds_sentence(text: str, language: str) -> str:
    """"early-booking rate ends Friday 14 July" as "The early-booking rate runs until Friday 14 July."."""
    if language not in _UNTIL:
        return ""
    m = re.fullmatch(rf"(?P<n>[^\W\d_][\w'’ -]*?)\s+(?:{_UNTIL[language]})\s+(?P<d>{_DATED})", text, re.I)
    if not m or not re.search(r"\d", m.group("d")) or not re.search(rf"(?:{_RATE[language]})\w*", m.group("n"), re.I):
        return ""
    noun = bare(m.group("n").strip())
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


def _named(noun: str, language: str) -> str:
    """A body or the material with its article ("El comité", "Die Anzeigenvorlage", "le fichier HD")."""
    noun = bare(noun.strip())
    if language == "en":
        return _english(noun)
    art = next((a for pattern, a in _ARTICLES[language] if re.search(pattern, noun, re.I)), "")
    if not art:
        return ""  # a German noun of two words ("neue Druckdaten"): its article is not known
    if language == "de":
        return f"{art} {noun[:1].upper()}{noun[1:]}"  # a German noun keeps its capital
    return f"{art[:1].upper()}{art[1:]} {noun}"


def meets_sentence(text: str, language: str) -> str:
    """"comité se reúne el viernes 19" as "El comité se reúne el viernes 19."; the customer's body and its day."""
    m = re.fullmatch(rf"(?P<n>(?:the\s+|der\s+|die\s+|le\s+|la\s+|el\s+|l['’])?(?:{_BODY[language]}))\s+"
                     rf"(?P<v>(?:{_MEETS[language]})(?:\s+(?:erst|only|seulement|recién))?)\s+"
                     rf"(?:(?:on|am|le|el)\s+)?(?P<d>{_DATED}|(?:{_WEEKDAY})\s+\d{{1,2}}\b)", text, re.I)  # "viernes 19"
    if not m or not re.search(r"\d", m.group("d")):
        return ""
    subject = _named(m.group("n"), language)
    return f"{subject} {m.group('v')} {_ON_DAY[language]} {_day(m.group('d'))}." if subject else ""


def needed_sentence(text: str, language: str) -> str:
    """"Anzeigenvorlage bis Do 13.7" as "Die Anzeigenvorlage brauchen wir bis Do 13.7."; the material the customer
    supplies and the day we need it by."""
    m = re.fullmatch(rf"(?P<n>(?:[\w-]+\s+)?(?:{_MATERIAL[language]}))\s+(?P<b>{_BY[language]})\s+(?P<d>{_DATED})",
                     text, re.I)
    if not m or not re.search(r"\d", m.group("d")):
        return ""
    noun = bare(m.group("n").strip())
    subject = _named(noun, language)
    if not subject or not re.search(rf"^\S+\s+(?:{_MATERIAL[language]})$|^(?:{_MATERIAL[language]})$", noun, re.I):
        return ""
    subject = subject if language == "de" else subject[:1].lower() + subject[1:]
    b = "bis" if language == "de" else m.group("b").lower()
    return _NEEDED[language].format(s=subject, d=_day(m.group("d")), b=b)


def timed_sentence(text: str, language: str) -> str:
    """"sesión martes 18 de abril 10 am" as "La sesión está prevista para el martes 18 de abril a las 10 am."."""
    m = _HOUR.search(text)
    said = day_sentence(text[:m.start()], language) if m else ""
    if not said.endswith("."):
        return ""
    verb = re.search(r" (?:geplant|vorgesehen)\.$", said)  # German: the hour before the verb at the end
    at = f" {_AT[language]} {m.group('h')}"
    return f"{said[:verb.start()]}{at}{said[verb.start():]}" if verb else f"{said[:-1]}{at}."


def outcome_sentence(clause: str, language: str) -> str:
    """A note's dated outcome of one of these shapes as the rep's sentence ("" for any other clause)."""
    if language not in _START or "\n" in clause.strip():
        return ""
    text = END.sub("", LEAD.sub("", clause.strip()))
    said = start_sentence(text, language) or both_sentence(text, language) or holds_sentence(text, language) \
        or taken_sentence(text, language) or meets_sentence(text, language) or needed_sentence(text, language) \
        or payment_sentence(text, language) or timed_sentence(text, language)
    return re.sub(r"(\d\.)\.$", r"\1", said)  # "gilt bis 14.7.": the date's dot ends the sentence too


def outcome_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check."""
    forms = [_START.get(language, ("", ""))[1], _BOTH_ON.get(language, ""), _HOLDS.get(language, ""),
             _TAKES.get(language, ("", ""))[1], _NEEDED.get(language, ""), _ON_DAY.get(language, ""),
             _AT.get(language, "")]
    return framing_words(*forms, _AND.get(language, ""), payment_words(language))
