"""A note's dated clause the term sentence cannot make whole, said as one of the rep's sentences: an event in a week
("Livraison possible semaine du 11 septembre", "Lieferung KW 38", "delivery week of 25 Sept") and an event verb before
its day ("hall opens for builders 22 Sept") and a noun whose article only its ending tells ("Inauguración sábado 30 de
enero"), in en/de/fr/es; "" when the clause is not of that shape."""
from __future__ import annotations

import re

from followup.drafting.items import Item, State
from followup.drafting.wellformed import ARTICLE, DAY, nounish

# The words a week is named by, each with the day or number that says which week (an English day month first too:
# "the week of Feb 26").
_D = DAY.pattern + r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?![.:]\d)"
_WEEK = {
    "en": rf"(?:(?:in|during)\s+)?(?:the\s+)?(?:(?:week|wk)\s+(?:of|commencing|beginning|starting)|w/c)\s+(?:{_D})|"
          rf"(?:in\s+)?(?:week|wk|CW)\s?\d{{1,2}}|(?:week|wk)\s+(?:{_D})",
    "de": rf"(?:in\s+(?:der\s+)?)?(?:KW|Kalenderwoche)\s?\d{{1,2}}|(?:in\s+der\s+)?Woche\s+(?:vom|ab\s+dem|ab)\s+(?:{_D})",
    "fr": rf"(?:(?:la|en)\s+)?semaine\s+(?:du|à\s+partir\s+du)\s+(?:{_D})|(?:en\s+)?semaine\s+\d{{1,2}}",
    "es": rf"(?:(?:en\s+)?la\s+)?semana\s+(?:del|a\s+partir\s+del)\s+(?:{_D})|(?:en\s+la\s+)?semana\s+\d{{1,2}}",
}
# What may follow the week on the note's line: how it comes ("on dry ice"), then the day it must be done before
# ("well before the 12 March audit", "bien avant le 5 mars", "vor dem 12. März", "antes del 15 de marzo"), said as
# written after a comma; a "done" leading it is the note's ("done before Mar 5" -> ", before Mar 5").
_HOW = {"en": r"(?:on|by|via)\s+[a-z]+(?:\s+[a-z]+)?", "de": r"(?:per|mit)\s+[\wäöü]+",
        "fr": r"(?:par|en|sous)\s+[\wéè]+", "es": r"(?:por|en|con)\s+[\wáéíóú]+"}
_LIMIT = {"en": r"(?:done\s+)?(?P<limit>(?:(?:well|just|long)\s+)?before\s+(?:the\s+)?)",
          "de": r"(?P<limit>(?:(?:noch|weit|lange|deutlich)\s+)?vor\s+(?:dem\s+)?)",
          "fr": r"(?P<limit>(?:(?:bien|juste|largement)\s+)?avant\s+(?:le\s+|l['’])?)",
          "es": r"(?P<limit>(?:(?:mucho|justo|bien)\s+)?antes\s+(?:del?\s+)?)"}


def _tail(language: str) -> str:
    """The pattern of what may follow a week on a note's line (its manner, then the day it must be done before)."""
    return (rf"(?P<how>\s+{_HOW[language]})?(?:,?\s+{_LIMIT[language]}(?P<before>(?:{_D})(?:\s+[^\W\d_]+)?))?")


# What the note says of the event in that week: possible, or planned / confirmed.
_STATE = {
    "en": r"possible|planned|confirmed|expected|scheduled|booked",
    "de": r"möglich|geplant|bestätigt|vorgesehen|fix",
    "fr": r"possibles?|prévue?s?|confirmée?s?|planifiée?s?",
    "es": r"posibles?|previst[oa]s?|confirmad[oa]s?|programad[oa]s?",
}
_POSSIBLE = re.compile(r"^(?:possibles?|möglich|posibles?)$")
# Nouns of a place or a season the event tables of wellformed.py do not hold, with their article.
_MORE_ARTICLES = {
    "de": ((r"(?:halle|messe|ausstellung|baustelle|filiale|saison|woche)$", "Die"), (r"(?:laden|markt|showroom)$", "Der"),
           (r"(?:lager|geschäft|werk)$", "Das")),
    "fr": ((r"^(?:salle|halle|boutique|usine|foire|exposition|saison|vente|production|commande)", "La"),
           (r"^(?:salon|magasin|showroom|entrepôt|stand)", "Le")),
    "es": ((r"^(?:nave|feria|tienda|temporada|bodega|obra|venta|producción)", "La"),
           (r"^(?:almacén|local|salón|showroom|stand|pedido)", "El")),
}
# The article an event noun takes by its ending alone ("Inauguración", "Abholung", "inauguration").
_BY_ENDING = {"de": ((r"(?:ung|ion|heit|keit|tät|ur|age)$", "Die"),),
              "fr": ((r"(?:tion|sion|ure|ée)$", "La"), (r"(?:ment|age)$", "Le")),
              "es": ((r"(?:ción|sión|dad|tura)$", "La"), (r"(?:miento|aje)$", "El"))}
# An event verb in the present and the preposition a day takes after it ("opens ... on 22 Sept").
_VERB = {
    "en": (r"opens|reopens|closes|starts|begins|ends|finishes", "on"),
    "de": (r"öffnet|schließt|beginnt|startet|endet", "am"),
    "fr": (r"ouvre|rouvre|ferme|commence|démarre|débute|se termine", "le"),
    "es": (r"abre|cierra|empieza|comienza|termina|arranca", "el"),
}
# Who or what the event is for, between the verb and its day ("for builders", "für Aussteller", "aux exposants").
_FOR = {"en": r"(?:for|to)\s+(?:the\s+)?[a-z][\w-]*", "de": r"für\s+(?:die\s+)?[\wäöüß-]+",
        "fr": r"(?:aux|pour\s+les|pour\s+la|pour\s+le)\s+[\w-]+", "es": r"(?:a\s+los|a\s+las|para\s+(?:los|las|el|la))\s+[\w-]+"}
_NOUN = r"(?P<noun>[^\W\d_][\w'’-]*(?:\s+(?:de\s+|d['’])?[^\W\d_][\w'’-]*){0,2}?)"
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
_AND_RE = {"en": "and|&", "de": "und|&", "fr": "et|&", "es": "y|e|&"}
# What a note adds when the day is not yet firm ("tbc", "à confirmer"), said after the day.
_TBC = {"en": (r"tbc|to be confirmed", "to be confirmed"), "de": (r"tbc|noch offen|zu bestätigen", "noch zu bestätigen"),
        "fr": (r"tbc|à confirmer", "à confirmer"), "es": (r"tbc|por confirmar|a confirmar", "por confirmar")}
# A yes or an "and" opening a note's phrase, per language: no part of the day said.
LEAD = re.compile(r"^(?:yes|oui|ja|sí|si|and|und|et|y)\b[,:]?\s+", re.I)
# A clause's closing dot, not the one a German day ends with ("25.9.").
END = re.compile(r"(?<!\d\.\d)(?<!\d\.\d\d)[.;,\s]+$")


def _article(noun: str, language: str) -> str:
    """The article of a German, French or Spanish event noun, "" when it is not one known."""
    tables = ARTICLE.get(language, ()) + _MORE_ARTICLES.get(language, ()) + _BY_ENDING.get(language, ())
    return next((a for pattern, a in tables if re.search(pattern, noun, re.I)), "")


# Words after which a day is a limit, not the event's own day ("avant le 1er mars", "vor dem 3.", "antes del 5").
_BEFORE = r"avant|après|dès|jusqu'au|vor|nach|ab|bis|seit|antes|después|desde|hasta|before|after|until|from|by"


def bare(noun: str) -> str:
    """A noun without the article the note wrote ("La livraison" -> "livraison")."""
    return re.sub(r"^(?:(?:the|der|die|das|le|la|les|el|los|las)\s+|l['’]\s*)", "", noun, flags=re.I)


def one(noun: str, language: str) -> str:
    """One noun with its article ("The delivery", "Die Lieferung", "l'installation"), "" when it cannot be said."""
    noun = bare(noun)
    if re.search(rf"\s(?:{_BEFORE})$", noun, re.I) or (language == "fr" and re.search(r"\s\w+ée?s?$", noun)):
        return ""  # "Livraison avant le 1er mars", "Date souhaitée mardi 21": not the event and its day
    if language == "en":
        own = re.match(r"(?i:our|your|their)\s+(?=[a-z])", noun)
        if own or re.match(r"(?i:which|that|who|it|this|these|those|he|she|they|we)\b", noun):
            return f"{own.group(0)[:1].upper()}{noun[1:]}" if own and nounish(noun[own.end():], language) else ""
        noun = noun[:1].lower() + noun[1:] if re.fullmatch(r"[A-Z][a-z -]*", noun) else noun
        # "first shipment", "final delivery": an ordinal before the thing, which is what must be a noun
        thing = re.sub(r"^(?:first|second|third|final|last)\s+(?=[a-z])", "", noun)
        if not re.fullmatch(r"[a-z][a-z -]*", noun) or not nounish(thing, language):
            return ""
        return f"The {noun}"
    art = _article(noun, language)
    if not art or len(noun.split()) > 2:
        return ""
    if language == "fr" and re.match(r"[aeiouéèêh]", noun, re.I):
        return f"{art[0]}'{noun.lower()}"  # "l'installation"
    if language == "de":  # "Erste Begehung": the adjective before the noun in lower case ("Die erste Begehung")
        words = noun.split()
        words = [w.lower() if n < len(words) - 1 and re.search(r"(?:e|er|es|en|em)$", w) else w
                 for n, w in enumerate(words)]
        return f"{art} {' '.join(words)[:1].upper() if len(words) == 1 else words[0][:1]}{' '.join(words)[1:]}"
    return f"{art} {noun.lower()}"


def _subject(noun: str, language: str) -> str:
    """The noun, or two joined by "and" ("Livraison et installation"), with their articles; "" when not sayable."""
    parts = re.split(rf"\s+(?:{_AND_RE[language]})\s+", noun)
    said = [one(p, language) for p in parts]
    if len(parts) > 2 or not all(said):
        return ""
    rest = [x[:1].lower() + x[1:] for x in said[1:]]  # "und die Montage": the article lower-case, the noun not
    if language == "en" and rest:
        rest = [x[4:] for x in rest]  # "The delivery and installation"
    return f" {_AND[language]} ".join([said[0], *rest])


def _plural(subject: str, language: str) -> bool:
    """Whether the subject is two things joined by "and"."""
    return bool(re.search(rf" (?:{_AND_RE[language]}) ", subject))


def feminine(noun: str, language: str) -> bool:
    """Whether a French or Spanish noun, or each of two joined, is feminine (its participle agrees: "prévues")."""
    parts = re.split(rf"\s+(?:{_AND_RE[language]})\s+", noun)
    return all(_article(bare(p), language) == "La" for p in parts)


def _week(week: str, language: str) -> str:
    """The week as said after the verb, its own preposition left off ("in der Woche vom 25.9." -> "die Woche vom
    25.9.", "la semaine du 11" kept)."""
    week = re.sub(r"^wk\b(?=\s+(?:of|commencing|beginning|starting)\b)", "week", re.sub(r"^(?:in|during|en)\s+", "",
                                                                                         week.strip()))
    week = re.sub(r"^der\s+", "", re.sub(
        r"^(?:w/c|(?:week|wk)(?!\s+(?:of|commencing|beginning|starting)\b)(?=\s+(?:\d{1,2}\s+)?[^\W\d_]))", "week of", week))
    if language == "en" and not re.match(r"(?i:the|week\s?\d|wk\s?\d|CW)", week):
        week = f"the {week}"
    if language == "de" and week.startswith("Woche"):
        week = f"die {week}"
    if language in ("fr", "es") and re.match(r"(?:semaine|semana)\s+(?:du|del|à|a)\b", week):
        week = f"{'la' if language == 'fr' else 'la'} {week}"
    return week


def week_sentence(clause: str, language: str) -> str:
    """"Livraison possible semaine du 11 septembre" as "La livraison est possible la semaine du 11 septembre."; ""
    when the clause is not an event noun and its week."""
    if language not in _WEEK:
        return ""
    text = END.sub("", LEAD.sub("", clause.strip()))
    tbc_words, tbc_said = _TBC[language]
    m = re.fullmatch(rf"{_NOUN}(?:\s+(?P<state>{_STATE[language]}))?\s*:?\s+(?P<week>{_WEEK[language]})"
                     rf"(?:,?\s+(?P<tbc>{tbc_words}))?{_tail(language)}\.?", text, re.I)
    if not m or not (subject := _subject(m.group("noun"), language)):
        return ""
    week, state = _week(m.group("week"), language), (m.group("state") or "").lower()
    week += f", {tbc_said}" if m.group("tbc") else ""  # "Delivery wk 2 Feb tbc": not yet firm, and said so
    week += m.group("how") or ""
    week += f", {m.group('limit')}{m.group('before')}" if m.group("before") else ""
    possible, many = bool(_POSSIBLE.match(state)), _plural(subject, language)
    ending = ("e" if feminine(m.group("noun"), language) else "") + ("s" if many else "")
    if language == "en":
        adj, verb = (state if state and not possible else "planned"), ("are" if many else "is")
        return f"{subject} {verb} possible in {week}." if possible else f"{subject} {verb} {adj} for {week}."
    if language == "de":
        verb = "sind" if many else "ist"
        return f"{subject} {verb} in {week} möglich." if possible else f"{subject} {verb} für {week} geplant."
    if language == "fr":
        verb = "sont" if many else "est"
        return f"{subject} {verb} possible{'s' if many else ''} {week}." if possible else \
            f"{subject} {verb} prévu{ending} {week}."
    verb = "son" if many else "es"
    if possible:
        return f"{subject} {verb} posible{'s' if many else ''} {week}."
    ending = ("a" if feminine(m.group("noun"), language) else "o") + ("s" if many else "")
    return f"{subject} {'están' if many else 'está'} previst{ending} para {week}."


def day_sentence(clause: str, language: str) -> str:
    """"Inauguración sábado 30 de enero" as "La inauguración está prevista para el sábado 30 de enero." (German,
    French, Spanish nouns whose article only their ending tells); "" when the clause is not a noun and its day."""
    if language not in ("de", "fr", "es"):
        return ""
    text = END.sub("", LEAD.sub("", clause.strip()))
    m = re.fullmatch(rf"{_NOUN}(?:\s+(?P<state>möglich|possible|posible))?\s+(?:(?:am|le|el)\s+)?"
                     rf"(?P<day>(?:{_D})(?:,?\s+(?:{_D}))?)", text, re.I)
    if not m or not (subject := _subject(m.group("noun"), language)) or _plural(subject, language):
        return ""
    day, fem = m.group("day"), feminine(m.group("noun"), language)
    if re.fullmatch(r"\w+\.?", day) or not re.search(r"\d", day):
        return ""  # "Termin Fr.": a weekday the note cut short, no day to say
    if language == "de":
        return f"{subject} ist am {day} möglich." if m.group("state") else f"{subject} ist für {day} geplant."
    if language == "fr":
        day = re.sub(r"^le ", "", day)
        return f"{subject} est possible le {day}." if m.group("state") else \
            f"{subject} est prévu{'e' if fem else ''} le {day}."
    day = re.sub(r"^el ", "", day)
    return f"{subject} es posible el {day}." if m.group("state") else \
        f"{subject} está previst{'a' if fem else 'o'} para el {day}."


def possible_day(clause: str, language: str) -> str:
    """"Livraison possible le 14 janvier" as "La livraison est possible le 14 janvier." ("" for any other clause)."""
    return day_sentence(clause, language) if re.search(r"\b(?:möglich|possible|posible)\b", clause, re.I) else ""


def event_sentence(clause: str, language: str) -> str:
    """"hall opens for builders 22 Sept" as "The hall opens for builders on 22 Sept."; "" when the clause is not an
    event noun, its verb and its day."""
    if language not in _VERB:
        return ""
    verbs, prep = _VERB[language]
    text = END.sub("", LEAD.sub("", clause.strip()))
    m = re.fullmatch(rf"{_NOUN}\s+(?P<verb>{verbs})(?P<mid>\s+{_FOR[language]})?\s+(?:{prep}\s+)?(?P<day>{_D})"
                     r"(?P<time>,?\s+(?:at\s+|um\s+|à\s+|a\s+las\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|Uhr|h)?)?\.?",
                     text, re.I)
    if not m or not (subject := _subject(m.group("noun"), language)):
        return ""
    mid, time = m.group("mid") or "", m.group("time") or ""
    return f"{subject} {m.group('verb').lower()}{mid} {prep} {m.group('day').rstrip('.')}{time}."


# A day moved, in the note's words, and the form the rep says it in ("{s}" the subject, "{d}" the new day).
_MOVED = {
    "en": (r"(?:moved|pushed|postponed|shifted|changed)\s+to", "{s} has moved to {d}."),
    "de": (r"(?:verschoben|verlegt|geändert)\s+auf", "{s} ist auf {d} verschoben."),
    "fr": (r"(?:déplacée?|décalée?|reportée?|repoussée?)\s+(?:au|à)", "{s} est {v} au {d}."),
    "es": (r"(?:movid[oa]|pasad[oa]|aplazad[oa]|cambiad[oa])\s+(?:al|para el)", "{s} se ha {v} al {d}."),
}


def moved_sentence(clause: str, language: str) -> str:
    """"Livraison déplacée au mardi 5 janvier" as "La livraison est déplacée au mardi 5 janvier."; "" when the clause
    is not an event noun moved to a day."""
    if language not in _MOVED:
        return ""
    words, form = _MOVED[language]
    text = END.sub("", re.sub(r"\s*\([^()]*\)$", "", END.sub("", LEAD.sub("", clause.strip()))))  # its why: the note's
    m = re.fullmatch(rf"{_NOUN}\s+(?P<moved>{words})\s+(?P<day>(?:{_D})(?:,?\s+(?:{_D}))?)", text, re.I)
    if not m or not (subject := _subject(m.group("noun"), language)) or not re.search(r"\d", m.group("day")):
        return ""
    verb = m.group("moved").split()[0].lower()
    if language == "fr":  # the participle agrees with its noun: "La livraison est déplacée", "Le passage est décalé"
        verb = re.sub(r"ée?$", "ée" if feminine(m.group("noun"), language) else "é", verb)
    if language == "es":  # "se ha movido": the participle after "haber" does not agree
        verb = re.sub(r"[oa]$", "o", verb)
    day = m.group("day") if language == "de" else m.group("day").rstrip(".")  # "11.1.": a German day keeps its dot
    return form.format(s=subject, d=day, v=verb)


def dated_sentence(clause: str, language: str) -> str:
    """A note's dated clause of any of these shapes as the rep's sentence, "" when it is none."""
    if "\n" in clause.strip():
        return ""  # "proposition\n\nLa semaine du 1er février": a paragraph's end, no one clause
    return week_sentence(clause, language) or event_sentence(clause, language) or moved_sentence(clause, language) \
        or possible_day(clause, language)


def week_replaced(item: Item, state: State) -> bool:
    """Whether a term's week ("Installation in the week of 7 June", "Ausführung KW 10") was replaced by another week
    the customer wrote or a note recorded after it ("Is the week of 10 May possible?", "KW 9 passt uns")."""
    week = re.compile(_WEEK.get(state.language, _WEEK["en"]), re.I)
    said = week.search(item.quote)
    if not said:
        return False
    days = set(re.findall(r"\d+", said.group(0)))
    return any(i.at > item.at and i.direction in ("inbound", "note") and (m := week.search(i.quote))
               and set(re.findall(r"\d+", m.group(0))) != days for i in state.items)
