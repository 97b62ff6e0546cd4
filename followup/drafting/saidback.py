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


def leans_on_before(line: str, language: str) -> bool:
    """Whether a line said back leans on the customer's sentence before it and so does not stand alone."""
    rx = _LEANS.get(language)
    return bool(rx and rx.search(line.strip()))


def unturned(line: str, language: str) -> bool:
    """Whether a line said back still holds the customer's own bidding or "we" (their words pasted, not the rep's)."""
    rx = _UNTURNED.get(language)
    return bool(rx and rx.search(line))


def _unaccented(word: str) -> str:
    """A word without its written accents ("agrégue" -> "agregue"); an "í" or "ú" before the last vowel stays."""
    kept = re.sub(r"[íú](?=[aeo]$)", lambda m: {"í": "\0", "ú": "\1"}[m.group(0)], word)
    plain = "".join(c for c in unicodedata.normalize("NFD", kept) if unicodedata.category(c) != "Mn")
    return plain.replace("\0", "í").replace("\1", "ú")


def rep_promise(quote: str, language: str) -> str:
    """The customer's Spanish imperative with their pronoun as the rep's promise ("Les agrego ..."), else ""."""
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


__all__ = ["leans_on_before", "rep_promise", "unturned"]
