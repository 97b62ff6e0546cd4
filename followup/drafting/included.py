"""A part the rep priced apart that a later offer gives with the price: "Montage sur site : 180 USD par pneu", then
"9 590 USD pièce, montage offert"; "maintenance en option à 95 € par matelas", then "maintenance incluse la 1re
année"; "porte plombée, 650 000 FCFA", then "28 200 000 FCFA, porte comprise"; "installation $400", then "free
installation". The old price of that part is out of force and never said again. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import priced_amounts
from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.words import content

# Words of a part named before or after the word that includes it: up to three, inside one clause.
_PART = r"[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_][^\W\d_'’-]*){0,2}"
# The part given with the price, the part first: "montage offert", "porte comprise", "maintenance préventive incluse",
# "installation included", "delivery free of charge", "Montage inklusive", "instalación incluida".
_AFTER = re.compile(
    rf"(?:^|[,;:(]\s*|\s(?:and|with|und|mit|et|avec|y|con|plus)\s+)(?P<part>{_PART})\s+(?:(?:is|are|ist|sind|est|sont|"
    r"está|están|va|van)\s+)?(?:included|free(?: of charge)?|at no (?:extra )?(?:charge|cost)|on us|waived|"
    r"inklusive|inbegriffen|gratis|kostenlos|(?:im preis )?enthalten|"
    r"offerte?s?|incluse?s?|comprise?s?|gratuite?s?|"
    r"incluid[oa]s?|sin (?:costo|cargo|coste)|de regalo|bonificad[oa]s?)\b", re.I)
# The part given with the price, the word first: "free installation", "including delivery", "inkl. Montage", "y
# compris la pose", "incluye la instalación".
_BEFORE = re.compile(
    r"\b(?:free|including|incl\.?|inkl\.?|inklusive|einschließlich|y compris|incluant|gratuitement|"
    r"incluye|incluyendo)\s+(?:(?:the|die|der|das|den|le|la|les|l'|el|los|las)\s*)?(?P<part>" + _PART + ")",
    re.I)
# Taxes a price is said with or without: no part of the offer ("£9,420 incl. VAT" does not replace "£7,850 + VAT").
_TAXES = {"vat", "gst", "tax", "taxe", "mwst", "ust", "tva", "iva", "igv", "ttc", "htva"}
# Content words a priced line must share with a part of one word, or of more (then at least this many).
PART_OVERLAP = 2


def _money(text: str) -> bool:
    """Whether a text states a sum of money: a price figures.py reads, or a figure with a currency ("650 000 FCFA")."""
    return bool(priced_amounts(text) or _CURRENCY.search(text))


# A figure with a currency code or sign beside it: the codes figures.py reads, and the CFA franc's "FCFA".
_CURRENCY = re.compile(r"[$€£¥₦₹]\s?\d|\d\s?[$€£¥₦₹]|\d\s?(?-i:FCFA|CFA|[A-Z]{3})\b|\b(?-i:FCFA|[A-Z]{3})\s?\d")


def _parts(sentence: str) -> list[set[str]]:
    """The content words of each part a sentence says comes with the price."""
    out = []
    for m in _AFTER.finditer(sentence):
        out.append(content(m.group("part")))
    for m in _BEFORE.finditer(sentence):
        out.append(content(m.group("part")))
    return [p for p in out if p and not p & _TAXES]


def _names(part: set[str], words: set[str]) -> bool:
    """Whether a line's content words name the part (all of a one-word part, else PART_OVERLAP of it), stem for stem:
    "maintenance" is not the "main" of "main roof"."""
    return len(part & words) >= min(len(part), PART_OVERLAP)


def _sentences(text: str) -> list[tuple[int, str]]:
    """A source's sentences with where each starts."""
    out, at = [], 0
    for m in _SENTENCE_END.finditer(text + "\n"):
        if text[at:m.start()].strip():
            out.append((at, text[at:m.start()]))
        at = m.end()
    return out


# Where a sentence ends: after ".", "!", "?" or ";" and a space, never after "inkl." or "incl." ("4.200 € inkl. Montage").
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\binkl\.)(?<!\bincl\.)(?<!\bca\.)\s+|\n+")


def included_since(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's priced lines for a part a later rep email or note, or a later sentence of the same note, gives with
    the price out of force; a line that says the part is included itself stays."""
    out = list(items)
    for src in (s for s in ordered if s.direction in ("outbound", "note")):
        text = cleaned.get((src.kind, src.id), "") or ""
        for at, sentence in _sentences(text):
            if sentence.rstrip().endswith("?"):
                continue
            # the part comes with a price said in the same sentence: an offer, not a passing word; without one, only
            # a fee said waived ("mise en service offerte", "ohne Grundgebühr") and only its own priced label line
            priced = _money(sentence)
            for part in _parts(sentence) if priced else _waived(sentence):
                for n, item in enumerate(out):
                    if item.status != "open" or item.kind in ("question", "order", "payment") \
                            or item.direction not in ("outbound", "note") or not _money(item.quote):
                        continue
                    here = (item.source_kind, item.source_id) == (src.kind, src.id)
                    if item.at > src.at or (here and not 0 <= text.find(item.quote.strip()[:30]) < at) \
                            or (item.at == src.at and not here):
                        continue
                    if not priced and content(_label(item.quote)) != part:
                        continue
                    if _names(part, content(item.quote)) and not any(_names(p, part) for p in _parts(item.quote)):
                        out[n] = replace(item, status="superseded", by=f"{src.kind}:{src.id}")
    return out


# A fee the rep waives, the word first or after: "ohne Grundgebühr", "sans frais de dossier", "without set-up fee",
# "sin cargo de instalación"; "Grundgebühr entfällt", "mise en service offerte", "set-up fee waived".
_WAIVED_BEFORE = re.compile(
    r"(?:^|[-•*,;:(]\s*|\s)(?:ohne|sans|sin|without|no)\s+(?:(?:the|die|der|das|den|le|la|les|l'|el|los|las)\s*)?"
    rf"(?P<part>{_PART})", re.I)
_WAIVED_AFTER = re.compile(
    rf"(?:^|[-•*,;:(]\s*)(?P<part>{_PART})\s+(?:(?:is|est|ist|está)\s+)?(?:waived|free of charge|on us|entfällt|"
    r"entfallen|offerte?s?|gratuite?s?|sin (?:costo|cargo|coste)|bonificad[oa]s?)\b", re.I)


def _waived(sentence: str) -> list[set[str]]:
    """The content words of each fee a sentence without a price says the rep waives."""
    parts = [content(m.group("part")) for rx in (_WAIVED_BEFORE, _WAIVED_AFTER) for m in rx.finditer(sentence)]
    return [p for p in parts if p and not p & _TAXES]


# A priced line's label: its words before the first figure or colon ("- mise en service : 2 400 € HT").
_LABEL = re.compile(r"^\s*[-•*]?\s*(?P<label>[^\W\d_][^\d:]*?)\s*(?::|\d)")


def _label(quote: str) -> str:
    """The label of a priced line, or ""."""
    m = _LABEL.match(quote or "")
    return m.group("label") if m else ""


# A clause that is only a part and the word giving it with the price: "porte comprise", "installation included".
_ONLY_PART = re.compile(
    rf"^\s*(?P<part>{_PART})\s+(?P<word>included|free|inklusive|inbegriffen|gratis|kostenlos|offerte?s?|incluse?s?|"
    r"comprise?s?|gratuite?s?|incluid[oa]s?)\s*[.!]?\s*$", re.I)
# The part's article in French and Spanish, by the gender and number of the word after it.
_FR_ARTICLE = {"": "Le", "e": "La", "s": "Les", "es": "Les"}
_ES_ARTICLE = {"o": "El", "a": "La", "os": "Los", "as": "Las"}
# A part that starts with an article, a number or a determiner already: said as written.
_DETERMINED = re.compile(r"^(?:the|our|your|le|la|les|l['’]|un|une|el|los|las|die|der|das|den)\b", re.I)


def included_part(clause: str) -> str:
    """The part of a clause that is only a part and the word giving it with the price ("porte" of "porte comprise")."""
    m = _ONLY_PART.match(clause or "")
    return m.group("part").strip() if m else ""


def included_sentence(clause: str, language: str) -> str:
    """A note's "porte comprise", "installation included" as the rep's sentence ("La porte est comprise.",
    "Installation is included."), or ""."""
    m = _ONLY_PART.match(clause or "")
    if not m or _DETERMINED.match(m.group("part")) or content(m.group("part")) & _TAXES \
            or any(w[:1].isupper() for w in m.group("part").split()[1:]):
        return ""  # "transport Ségou inclus": a place or name in the part, no thing to say it of
    part, word = m.group("part").strip(), m.group("word").lower()
    part = part if part.split()[0].isupper() else part[:1].lower() + part[1:]  # "IPPC" stays
    plural = (word.endswith("s") and word not in ("inklusive", "gratis", "kostenlos", "inclus", "compris")) or (
        language == "en" and part.endswith("s"))
    if language == "fr" and word[:4] in ("offe", "incl", "comp", "grat"):
        ending = re.search(r"(es|e|s)?$", re.sub(r"^(offert|inclus|compris|gratuit)", "", word)).group(0)
        article = _FR_ARTICLE.get(ending, "Le")
        article = "L'" if article in ("Le", "La") and part[:1].lower() in "aeiouhéèê" else article + " "
        return f"{article}{part} {'sont' if plural else 'est'} {word}."
    if language == "es" and word.startswith("incluid"):
        article = _ES_ARTICLE.get(word[len("incluid"):], "El")
        return f"{article} {part} {'están' if plural else 'está'} {word}."
    if language == "de" and word in ("inklusive", "inbegriffen", "gratis", "kostenlos"):
        return f"{part[:1].upper()}{part[1:]} ist {word}."
    if language == "en" and word in ("included", "free"):
        return f"{part[:1].upper()}{part[1:]} {'are' if plural else 'is'} {word}."
    return ""
