"""Whether a customer's sentence said back after "Notiert:", "C'est noté :" or "Tomo nota:" stands alone, and their
bidding turned to the rep's promise (issue 14).

A line leaning on the sentence before it ("die braucht der Sportbund für den Antrag", "el Ayuntamiento lo quiere
con una semana") is a fragment out of context: never said. Their own bidding left untouched ("Bitte nur per Mail",
"así limpiamos ahora") is their sentence pasted back behind a label: never said. A Spanish imperative with its
pronoun ("Agréguenos también lavamanos, unos 10") is what the rep will do: said as the rep's own promise ("Les
agrego también lavamanos, unos 10."), keeping its thing and figure.
"""
from __future__ import annotations

import re
import unicodedata

from followup.drafting.promised import BY_MAIL
from followup.drafting.reported import FOREIGN_SWAP

# German: a demonstrative standing for the sentence before, its verb next, then its subject ("die braucht der
# Sportbund", "das macht unser Hausmeister"); an adjective after an article is never followed by another article.
_DE_LEANS = re.compile(r"^(?:die|der|das|dies|diese[nmrs]?)\s+[a-zäöüß]+\s+(?:der|die|das|den|dem|des|ein\w*|ich|wir|"
                       r"er|es|man|unser\w*|mein\w*|Sie)\b|^(?:das|dies|diese[nmrs]?)\s+(?:ist|war|wäre|wird|geht|"
                       r"passt|reicht|muss|soll|kann)\b", re.I)
# French: a neuter pronoun for the sentence before ("ça nous va", "cela doit ...").
_FR_LEANS = re.compile(r"^(?:ça|cela|ceci)\b", re.I)
# Spanish: a neuter pronoun, or a named subject with an object pronoun for the thing of the sentence before
# ("el Ayuntamiento lo quiere con una semana"): the thing itself is not in the line.
_ES_LEANS = re.compile(r"^(?:eso|esto|ello)\b|^(?:el|la|los|las)\s+[A-ZÁÉÍÓÚÑ][\w-]*\s+(?:lo|la|los|las)\s+"
                       r"[a-záéíóúñ]+(?:a|e|an|en)\b")
MIN_HEAD_WORDS = 4  # a statement before their bidding shorter than this has lost its thing
_LEANS = {"de": _DE_LEANS, "fr": _FR_LEANS, "es": _ES_LEANS}
# Their bidding or their own "we" left as they wrote it: "bitte", "merci de", a Spanish first person plural verb
# ("limpiamos", "tenemos") that turning to "ustedes" should have changed.
_UNTURNED = {"de": re.compile(r"\bbitte\b", re.I), "fr": re.compile(r"\bmerci\s+d", re.I),
             "es": re.compile(r"\b(?!(?:ramos|tramos|reclamos|préstamos|extremos|supremos|primos)\b)(?:[a-záéíóúñ]{2,}"
                              r"(?:amos|emos)|[a-zñ]{2,}imos)\b|\bpor favor\b", re.I)}
# A Spanish imperative with the customer's own pronoun ("agréguenos", "envíenme", "mándeme"): an accent marks it.
_ES_BIDDING = re.compile(r"^(?P<verb>[a-zñ]*[áéíóú][a-zñ]*?)(?P<plural>n?)(?P<clitic>nos|me)\b\s*(?P<rest>.*)$", re.I)
# The imperative's ending turned to the first person: "agregue" -> "agrego", "busque" -> "busco", "empiece" ->
# "empiezo", "escriba" -> "escribo".
_ES_FIRST = ((r"gue$", "go"), (r"que$", "co"), (r"ce$", "zo"), (r"[ea]$", "o"))
_ES_TO_READER = {"nos": "Les", "me": "Le"}
# German "Die Rechnung bitte an ..." / "Bitte den Auftrag an ...": a thing with its article, sent to someone.
_DE_SEND_TO = re.compile(r"^(?P<thing>(?:die|den|das|der)\s+[^,;:–-]+?)\s+bitte\s+an\s+(?P<to>\S.*)$", re.I)
_DE_PLEASE_SEND_TO = re.compile(r"^bitte\s+(?P<thing>(?:die|den|das|der)\s+[^,;:–-]+?)\s+an\s+(?P<to>\S.*)$", re.I)
# A wish's mark, beside the medium: their bidding or a preference ("nur", "plutôt", "mejor").
_WISH = re.compile(r"\b(?:bitte|merci|por favor|nur|eher|lieber|plutôt|uniquement|seulement|solo|sólo|mejor|"
                   r"prefier\w*|préfér\w*)\b", re.I)
_MAIL_ACK = {"de": "Ich melde mich gern weiter per Mail.", "fr": "Je vous réponds volontiers par mail.",
             "es": "Le escribo por correo, como prefiere."}


def leans_on_before(line: str, language: str) -> bool:
    """Whether a line said back leans on the customer's sentence before it and so does not stand alone."""
    rx = _LEANS.get(language)
    return bool(rx and rx.search(line.strip()))


def before_bidding(line: str, language: str) -> str:
    """A German line's statement before their ", bitte ..." tail ("Die Unterlagen sind nie angekommen, bitte nochmal
    schicken" -> "Die Unterlagen sind nie angekommen"), when it has a verb and its own words; else ""."""
    m = re.search(r"\s*[,;–-]\s*bitte\b", line) if language == "de" else None
    head = line[:m.start()].strip() if m else ""
    return head if len(head.split()) >= MIN_HEAD_WORDS and not unturned(head, language) else ""


def unturned(line: str, language: str) -> bool:
    """Whether a line said back still holds the customer's own bidding or "we" (their words pasted, not the rep's)."""
    rx = _UNTURNED.get(language)
    return bool(rx and rx.search(line))


def _unaccented(word: str) -> str:
    """A word without its written accents ("agrégue" -> "agregue"); an "í" or "ú" before the last vowel stays."""
    kept = re.sub(r"[íú](?=[aeo]$)", lambda m: {"í": "\0", "ú": "\1"}[m.group(0)], word)
    plain = "".join(c for c in unicodedata.normalize("NFD", kept) if unicodedata.category(c) != "Mn")
    return plain.replace("\0", "í").replace("\1", "ú")


def _de_sent_to(quote: str) -> str:
    """Their German "X bitte an Y" as the rep's "Ich schicke X an Y." (their "unser" turned to "Ihr"), else ""."""
    text = quote.strip().rstrip(" .!")
    m = _DE_SEND_TO.match(text) or _DE_PLEASE_SEND_TO.match(text)
    if not m:
        return ""
    thing = re.sub(r"^der\b", "den", m.group("thing"), flags=re.I)  # the thing is what the rep sends: accusative
    to = re.sub(r"\b(?:unser|mein)\w*", lambda w: FOREIGN_SWAP["de"].get(w.group(0).lower(), w.group(0)), m.group("to"),
                flags=re.I)
    return f"Ich schicke {thing[:1].lower()}{thing[1:]} an {to}."


def rep_promise(quote: str, language: str) -> str:
    """Their bidding as the rep's promise ("Les agrego ...", "Ich schicke die Rechnung an ..."), else ""."""
    sent = _de_sent_to(quote) if language == "de" else ""
    if sent:
        return sent
    # their wish to be written to rather than called ("Bitte nur per Mail", "merci de vous répondre par mail")
    if BY_MAIL.search(quote) and _WISH.search(quote) and not quote.rstrip().endswith("?"):
        return _MAIL_ACK.get(language, "")  # said as what the rep does
    if language != "es":
        return ""
    m = _ES_BIDDING.match(re.sub(r"^(?:y|pero|además)\s*,?\s+", "", quote.strip(), flags=re.I).rstrip(" .!"))
    if not m or not m.group("rest") or "?" in m.group("rest"):
        return ""
    verb = _unaccented(m.group("verb").lower())
    for ending, first in _ES_FIRST:
        if re.search(ending, verb):
            verb = re.sub(ending, first, verb)
            break
    else:
        return ""
    rest = re.sub(r",?\s*por favor$", "", m.group("rest"), flags=re.I)  # their courtesy is not the rep's
    return f"{_ES_TO_READER[m.group('clitic').lower()]} {verb} {rest}."


__all__ = ["before_bidding", "leans_on_before", "rep_promise", "unturned"]
