"""A note's dated clause the term sentence cannot make whole, said as one of the rep's sentences: an event in a week
("Livraison possible semaine du 11 septembre", "Lieferung KW 38", "delivery week of 25 Sept") and an event verb before
its day ("hall opens for builders 22 Sept"), in en/de/fr/es; "" when the clause is not of that shape."""
from __future__ import annotations

import re

from followup.drafting.wellformed import _ARTICLE, _DAY, _nounish

# The words a week is named by, each with the day or number that says which week.
_D = _DAY.pattern
_WEEK = {
    "en": rf"(?:(?:in|during)\s+)?(?:the\s+)?(?:(?:week|wk)\s+(?:of|commencing|beginning|starting)|w/c)\s+(?:{_D})|"
          r"(?:in\s+)?(?:week|wk|CW)\s?\d{1,2}",
    "de": rf"(?:in\s+(?:der\s+)?)?(?:KW|Kalenderwoche)\s?\d{{1,2}}|(?:in\s+der\s+)?Woche\s+(?:vom|ab\s+dem|ab)\s+(?:{_D})",
    "fr": rf"(?:(?:la|en)\s+)?semaine\s+(?:du|à\s+partir\s+du)\s+(?:{_D})|(?:en\s+)?semaine\s+\d{{1,2}}",
    "es": rf"(?:(?:en\s+)?la\s+)?semana\s+(?:del|a\s+partir\s+del)\s+(?:{_D})|(?:en\s+la\s+)?semana\s+\d{{1,2}}",
}
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
_LEAD = re.compile(r"^(?:yes|oui|ja|sí|si|and|und|et|y)\b[,:]?\s+", re.I)
# A clause's closing dot, not the one a German day ends with ("25.9.").
_END = re.compile(r"(?<!\d\.\d)(?<!\d\.\d\d)[.;,\s]+$")


def _article(noun: str, language: str) -> str:
    """The article of a German, French or Spanish event noun, "" when it is not one known."""
    tables = _ARTICLE.get(language, ()) + _MORE_ARTICLES.get(language, ())
    return next((a for pattern, a in tables if re.search(pattern, noun, re.I)), "")


def _subject(noun: str, language: str) -> str:
    """The noun with its article ("The delivery", "Die Lieferung", "La livraison"), "" when it cannot be said."""
    noun = re.sub(r"^(?:the|der|die|das|le|la|les|l['’]|el|los|las)\s*", "", noun, flags=re.I)
    if language == "en":
        noun = noun[:1].lower() + noun[1:] if re.fullmatch(r"[A-Z][a-z -]*", noun) else noun
        if not re.fullmatch(r"[a-z][a-z -]*", noun) or not _nounish(noun, language):
            return ""
        return f"The {noun}"
    art = _article(noun, language)
    if not art or len(noun.split()) > 2:
        return ""
    return f"{art} {noun[:1].upper() + noun[1:]}" if language == "de" else f"{art} {noun.lower()}"


def _week(week: str, language: str) -> str:
    """The week as said after the verb, its own preposition left off ("in der Woche vom 25.9." -> "die Woche vom
    25.9.", "la semaine du 11" kept)."""
    week = re.sub(r"^(?:in|during|en)\s+", "", week.strip())
    week = re.sub(r"^der\s+", "", re.sub(r"^w/c\b", "week of", week))
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
    text = _END.sub("", _LEAD.sub("", clause.strip()))
    m = re.fullmatch(rf"{_NOUN}(?:\s+(?P<state>{_STATE[language]}))?\s*:?\s+(?P<week>{_WEEK[language]})\.?", text,
                     re.I)
    if not m or not (subject := _subject(m.group("noun"), language)):
        return ""
    week, state = _week(m.group("week"), language), (m.group("state") or "").lower()
    possible = bool(_POSSIBLE.match(state))
    fem = subject.startswith("La")
    if language == "en":
        adj = state if state and not possible else "planned"
        return f"{subject} is possible in {week}." if possible else f"{subject} is {adj} for {week}."
    if language == "de":
        return f"{subject} ist in {week} möglich." if possible else f"{subject} ist für {week} geplant."
    if language == "fr":
        return f"{subject} est possible {week}." if possible else f"{subject} est prévu{'e' if fem else ''} {week}."
    return f"{subject} es posible {week}." if possible else \
        f"{subject} está previst{'a' if fem else 'o'} para {week}."


def event_sentence(clause: str, language: str) -> str:
    """"hall opens for builders 22 Sept" as "The hall opens for builders on 22 Sept."; "" when the clause is not an
    event noun, its verb and its day."""
    if language not in _VERB:
        return ""
    verbs, prep = _VERB[language]
    text = _END.sub("", _LEAD.sub("", clause.strip()))
    m = re.fullmatch(rf"{_NOUN}\s+(?P<verb>{verbs})(?P<mid>\s+{_FOR[language]})?\s+(?:{prep}\s+)?(?P<day>{_D})"
                     r"(?P<time>,?\s+(?:at\s+|um\s+|à\s+|a\s+las\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|Uhr|h)?)?\.?",
                     text, re.I)
    if not m or not (subject := _subject(m.group("noun"), language)):
        return ""
    mid, time = m.group("mid") or "", m.group("time") or ""
    return f"{subject} {m.group('verb').lower()}{mid} {prep} {m.group('day').rstrip('.')}{time}."


def dated_sentence(clause: str, language: str) -> str:
    """A note's dated clause of either shape as the rep's sentence, "" when it is neither."""
    return week_sentence(clause, language) or event_sentence(clause, language)
