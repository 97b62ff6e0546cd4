"""The rep's own labelled price said again with the price first, not pasted from the old email: a line that names
a thing, a colon and its price ("Overlay on lanes 1–12: £44,100 fitted.", "Jahreswartung der Kalibrieranlage:
18.600 € netto.", "Moteur 240 V monophasé en option : 2 100 $.", "Lavado y planchado: RD$ 38 por kg.") becomes the
price for the thing ("£44,100 fitted for the overlay on lanes 1–12.", "18.600 € netto für die Jahreswartung der
Kalibrieranlage."). A lead before the label ("To confirm, ", "Zur Bestätigung: ") stays first; every figure and every
word of the thing is kept. A label naming the offer itself ("Our proposal:", "Premium:", "Neues Angebot:") or a scope
(retold.py moves those) is left alone, and so is a line whose restatement would still copy ECHO_WORDS words in a row
of what the rep wrote."""
from __future__ import annotations

import re

from followup.drafting.moneyforms import MONEY
from followup.drafting.retold import copies, figures

# A label of fewer words names a topic or the offer ("Premium:", "Our proposal:"), not a thing that is priced.
MIN_THING_WORDS = 3
# A label of more words is a sentence of its own, not a thing's name.
MAX_THING_WORDS = 12

# Per language: the word that ties a price to what it is for, and the article a thing named bare takes in English.
_FOR = {"en": "for", "de": "für", "fr": "pour", "es": "para"}
# A label that starts with one of these names the offer, a scope or a person, never the thing priced: a determiner
# or possessive ("Our proposal", "Notre proposition", "Ihr Angebot"), a preposition (retold.py's scope), a conjunction.
_NOT_A_THING = {
    "en": r"our|your|my|the|this|these|that|those|for|with|on|at|over|from|after|without|including|excluding|under|"
          r"as|to|if|and|but|so|yes|no|we|i|then|also|next|price|prices|total|payment|terms",
    "de": r"unser\w*|ihr\w*|mein\w*|der|die|das|dies\w*|bei|mit|für|ohne|ab|nach|inklusive|zu|wie|und|aber|ja|nein|"
          r"dann|danach|auch|wir|ich|preis\w*|gesamt\w*|zahlung\w*|neu\w*",
    "fr": r"notre|nos|votre|vos|mon|ma|mes|le|la|les|l|ce|cette|ces|pour|avec|sur|dès|après|avant|sans|hors|comme|et|"
          r"mais|oui|non|ensuite|puis|aussi|alors|nous|je|prix|total|paiement|règlement|nouve\w*",
    "es": r"nuestr\w*|su|sus|mi|mis|el|la|los|las|este|esta|estos|estas|con|para|por|sobre|desde|sin|como|y|pero|sí|"
          r"no|luego|después|también|entonces|nosotros|yo|precio\w*|total|pago|nuev\w*",
}
_NOT_A_THING_RE = {lang: re.compile(rf"^(?:{pat})(?![\w-])", re.I) for lang, pat in _NOT_A_THING.items()}
# A lead before the label: a framing phrase ending in ": " ("Zur Bestätigung: ") or one of at most LEAD_WORDS words
# ending in ", " ("To confirm, ", "En option, "); a longer phrase before a comma is part of the label or a clause.
LEAD_WORDS = 2
_LEAD = re.compile(rf"^(?P<lead>[^,:;]{{2,30}}?\s?:\s+|(?:[^\W\d_]+\s){{0,{LEAD_WORDS - 1}}}[^\W\d_]+,\s+)"
                   r"(?=[^:]+\s?:\s|\d)")
# A price cut at an abbreviation ("EUR 74,200 excl."): what follows it was lost, nothing may be put after it.
_CUT_AT = re.compile(r"\b(?:excl|incl|inkl|zzgl|exkl|env|aprox|approx|ca)$", re.I)
# German nouns whose ending makes them feminine ("die Jahreswartung", "die Montage"): the article said before them.
_DE_FEMININE = re.compile(r"^[A-ZÄÖÜ]\w*(?:ung|heit|keit|schaft|tion|ität|age|ik)$")
_LABELLED = re.compile(r"^(?P<thing>[^:;()]+?)\s?:\s+(?P<price>.+)$")
# A counted thing and its price after a comma, as a quote lists them ("2 x 12m electric scissor lifts, £310 per week
# each"): the count makes the part before the comma a thing, not a clause.
_COUNTED = re.compile(r"^(?P<thing>\d[^,:;()]*?),\s+(?P<price>.+)$")
# An indefinite article or "one" before the thing: it counts the thing, and needs no other article.
_COUNTED_BY_ARTICLE = re.compile(r"^(?:an?|one|un|une|des|ein|eine|einen|una?|unos|unas)\s", re.I)
_MONEY_FIRST = re.compile(rf"^(?:{MONEY})")


def _word_count(text: str) -> int:
    """Words of a text, figures counted once."""
    return len(re.findall(r"[^\W_]+(?:['’.,][^\W_]+)*", text))


def _thing(label: str, language: str) -> str:
    """The label as the thing a price is for: lower-cased first in English, French and Spanish (German nouns keep
    their capital), and in English with "the" before a bare noun ("the overlay on lanes 1–12")."""
    if re.match(r"^(?:[A-Z]{2}|\S*\d)", label):
        return label  # a model's name or a count ("EV-414G", "10 jaulas") is said as written
    if _COUNTED_BY_ARTICLE.match(label):
        return label[:1].lower() + label[1:]  # "une place d'intervenant" has its article: none is added
    if language == "de":
        return f"die {label}" if _DE_FEMININE.match(label.split()[0]) else label
    low = label[:1].lower() + label[1:]
    if language == "fr" and re.match(r"[aeiouéèêh]", low, re.I):
        return f"l'{low}"  # "l'éclairage", "l'établissement": the article before a vowel says no gender
    return f"the {low}" if language == "en" else low


def relabelled(line: str, old: str, language: str) -> str:
    """The line with its price before the thing it prices when it pastes the rep's labelled line, else the line."""
    if language not in _FOR or not copies(line, old):
        return line
    body = line.strip()
    end = body[-1] if body[-1:] in ".!" else ""
    body = body.rstrip(".! ")
    lead_m = _LEAD.match(body)
    lead = lead_m.group("lead") if lead_m else ""
    m = _LABELLED.match(body[len(lead):]) or _COUNTED.match(body[len(lead):])
    if not m:
        return line
    label, priced = m.group("thing").strip(), m.group("price").strip()
    if not (MIN_THING_WORDS <= _word_count(label) <= MAX_THING_WORDS) or _NOT_A_THING_RE[language].match(label) \
            or not _MONEY_FIRST.match(priced) or ":" in priced or _CUT_AT.search(priced):
        return line
    price, comma, tail = priced.partition(", ")
    thing = _thing(label, language)
    said = f"{price} {_FOR[language]} {thing}" + (f", {tail}" if comma else "")
    said = (lead + said if lead else said[:1].upper() + said[1:]) + (end or ".")
    if copies(said, old) or figures(said) != figures(line):
        return line
    return said
