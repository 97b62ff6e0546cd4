"""Cheap cues that a text may be an automatic reply, and a company's closure notice in English, German, French, Spanish,
Italian, Portuguese and Dutch."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# Every wording of auto_reply's _AUTO_BODY and _AUTO_STATEMENT holds one of these (lower-cased); a text holding none
# skips those two long patterns, the slowest part of reading long mail that is no auto-reply (the same answers).
_AUTO_WORDS = ("office", "leave", "vacation", "holiday", "büro", "buero", "abwesend", "urlaub", "haus", "absent", "cong",
               "oficina", "ausente", "vacaciones", "ufficio", "sede", "encontro", "viaje", "ferie", "assente", "vacanza",
               "férias", "ferias", "escrit", "estarei", "afwezig", "vakantie", "kantoor", "aanwezig", "bereikbaar", "reply",
               "verlof", "auto", "travel", "sick", "trip", "closed", "monitor", "check this", "forward", "weitergeleitet",
               "doorgestuurd", "pto", "sabbatical", "biurem", "biurze", "urlop", "nieobecn", "semester", "ledig",
               "kontoret", "fravær", "bortrejst", "på kurs", "loma", "poissa", "kancelá", "dovolen", "nepřítomn",
               "dışında", "zinde", "tatilde", "concediu", "birou", "szabadság", "irodában", "déplacement", "barsel",
               "föräldraledig", "foreldreperm", "vacances", "γραφείου", "άδεια", "congedo", "borta", "licen",
               "laden", "geschäft", "geschaeft", "betrieb", "shop", "store")


def may_be_auto(text: str) -> bool:
    """Whether a text holds any word the out-of-office wordings need."""
    low = text.lower()
    return any(word in low for word in _AUTO_WORDS)


# A closure notice opens by thanking for the message, as a letter from a person rarely does ("Vielen Dank für Ihre
# Nachricht. Unser Betrieb befindet sich ... in den Werksferien"); with a closure said and a day back, it is a notice
_THANKS_OPENING = re.compile(
    r"^\W*(?:thank(?:s|\s+you)\s+(?:very\s+much\s+)?for\s+your\s+(?:message|e-?mail|mail|enquiry|inquiry)|"
    r"(?:vielen|herzlichen|besten)\s+dank\s+f[üu]r\s+ihre\s+(?:nachricht|e-?mail|mail|anfrage)|"
    r"merci\s+(?:beaucoup\s+)?(?:pour|de)\s+votre\s+(?:message|e-?mail|mail|courriel)|"
    r"(?:muchas\s+)?gracias\s+por\s+su\s+(?:mensaje|correo|e-?mail)|"
    r"grazie\s+per\s+(?:il\s+suo|la\s+sua|il\s+vostro|la\s+vostra)\s+(?:messaggio|e-?mail|mail)|"
    r"(?:muito\s+)?obrigad[oa]\s+(?:pela\s+sua\s+(?:mensagem|e-?mail)|pelo\s+seu\s+(?:e-?mail|contacto|contato))|"
    r"(?:hartelijk\s+)?(?:dank|bedankt)\s+voor\s+uw\s+(?:bericht|e-?mail|mail))\b", re.I)
_CLOSED = re.compile(
    r"\b(?:(?:office|offices|plant|factory|shop|company|business|warehouse|we)\s+(?:is|are|will\s+be|remains?)\s+closed|"
    r"shut\s?down|(?:werks|betriebs)ferien|betriebsurlaub|geschlossen|ferm(?:[ée]e?s?|eture)|cerrad[oa]s?|"
    r"vacaciones\s+colectivas|chius[oaie]|chiusura|ferie\s+collettive|fechad[oa]s?|f[ée]rias\s+coletivas|gesloten|"
    r"bouwvak|collectieve\s+vakantie)\b", re.I)


# A notice answers whoever wrote, so a greeting before its thanks names nobody ("Hello, thank you for your email", "Kia
# ora, thanks for your message"); a person's letter greets its reader by name ("Hi Sam, thanks for your email")
_NAMELESS_GREETING = (r"(?:(?:hi|hello|hey|greetings|good\s+(?:morning|afternoon|day)|g['’]?day|kia\s+ora|aloha|howdy)"
                      r"(?:\s+there)?\W{1,3}\s*)?")
THANKS_FIRST = re.compile(rf"^\W*{_NAMELESS_GREETING}thank(?:s|\s+you)\s+(?:very\s+much\s+)?for\s+your\s+"
                          r"(?:message|e-?mail|mail|note)\b", re.I)


def thanks_opening(text: str) -> bool:
    """Whether a text opens by thanking for the message, as a notice does."""
    return bool(_THANKS_OPENING.search(text))


# A first line that is a reply's subject under a title in any language ("Jibu la kiotomatiki: Re: Fuel card offer",
# "Automaattinen vastaus: RE: Tarjous", alone on its line): the shape an auto-reply pastes, not a subject line a person
# copies with its label nor a greeting ("Hi Sam: Re: your offer - ...")
_TITLED_FIRST_LINE = re.compile(
    r"^\W*(?!(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|emne|ämne|aihe|temat|předmět|konu|subiect|θέμα|tárgy|"
    r"тема|subjek|perihal|re|aw|sv|fw|fwd|wg|tr|rv|antw|r|rif)\s*:|(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|salut|hola|"
    r"ciao|buongiorno|ol[áa]|bom\s+dia|hoi|beste)\b)[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:[ \t]*"
    r"(?:re|aw|sv|antw|rif|r|wg|fw|fwd|tr|rv)[ \t]*:[^\n]*\n", re.I)


def titled_first_line(text: str) -> bool:
    """Whether a text opens with a title and the subject of the mail it answers, as an auto-reply pastes them."""
    return bool(_TITLED_FIRST_LINE.search(text))


def closure_notice(text: str) -> bool:
    """Whether a text opens by thanking for the message and says the business is closed (its day back read apart)."""
    return bool(_THANKS_OPENING.search(text) and _CLOSED.search(text))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
