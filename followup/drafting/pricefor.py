"""What a price is for, said with it: a note's "Neuer Gesamtpreis € 35.700 inkl. MwSt. (Steg + Plattform +
Thermoesche)" as "Der neue Gesamtpreis für Steg, Plattform und Thermoesche beträgt € 35.700 inklusive MwSt.", and a
German compound price word ("Aufpreis", "Gesamtsumme", "Mehrkosten") as the subject of its own sentence, never as
the thing a "Preis für ..." is for."""
from __future__ import annotations

import re

_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
# A bracket after the figure listing what it covers, joined by "+" (no figure of its own): "(Steg + Plattform)".
_COVERS = re.compile(r"\s*\((?P<what>[^()\d]+(?:\+|\b(?:and|und|et|y)\b)[^()\d]+)\)[\s.]*$")
# A German compound price word and the article and verb it takes: "Gesamtpreis", "Aufpreis", "Endbetrag",
# "Gesamtsumme", "Mehrkosten"; an adjective before it ("neuer", "neue") takes the form after the article.
_DE_WORD = re.compile(r"(?:(?P<adj>neu|gesamt|end)(?:e[rsn]?)?\s+)?(?P<word>[A-ZÄÖÜ][a-zäöüß]*(?:preis|betrag|summe|kosten))",
                      re.I)
_DE_FORM = {"preis": ("Der", "beträgt"), "betrag": ("Der", "beträgt"), "summe": ("Die", "beträgt"),
            "kosten": ("Die", "betragen")}
# A price or total word in the other languages, with "new" before it: "new total", "nouveau prix", "nuevo precio".
_WORD = {"en": r"(?P<adj>new\s+)?(?P<word>total|price|total price)",
         "fr": r"(?P<adj>nouveau\s+)?(?P<word>total|prix|prix total)",
         "es": r"(?P<adj>nuevo\s+)?(?P<word>total|precio|precio total)"}
_FORM = {"en": "The {adj}{word}{covers} is {x}.", "fr": "Le {adj}{word}{covers} est de {x}.",
         "es": "El {adj}{word}{covers} es de {x}."}
_FOR = {"en": " for {w}", "de": " für {w}", "fr": " pour {w}", "es": " de {w}"}


def covered(x: str, language: str) -> tuple[str, str]:
    """A figure without the bracket after it that lists what it covers, and that list said as words ("Steg,
    Plattform und Thermoesche"; "" when there is none)."""
    m = _COVERS.search(x)
    if not m:
        return x, ""
    parts = [p.strip() for p in re.split(r"\s*(?:[+,]|\b(?:and|und|et|y)\b)\s*", m.group("what")) if p.strip()]
    if len(parts) < 2:
        return x, ""
    said = f"{', '.join(parts[:-1])} {_AND.get(language, 'and')} {parts[-1]}"
    return x[:m.start()].rstrip(), said


# What replaced what, before the thing now priced: "statt DM-5 jetzt DM-5 Wet" is the DM-5 Wet.
_INSTEAD = re.compile(r"^(?:statt|anstatt|instead of|au lieu d[ue']|en lugar de|en vez de)\s+.+?\s+"
                      r"(?:jetzt|nun|now|maintenant|désormais|ahora)\s+", re.I)
THING_WORDS = 4


def thing(parts: list[str]) -> str:
    """The thing a price word after it is for ("DM-5 Wet"), from the one clause before it ("" when there is not
    exactly one, or it is longer than THING_WORDS without its "statt ... jetzt")."""
    if len(parts) != 1:
        return ""
    what = _INSTEAD.sub("", parts[0]).strip()
    return what if what and len(what.split()) <= THING_WORDS and what != parts[0] else ""


def price_word_sentence(label: str, x: str, language: str, what: str = "") -> str:
    """A figure said after the price word that labels it ("neuer Gesamtpreis", "Aufpreis", "new total"), with what
    the bracket after it says it covers ("" when the label is no price word)."""
    x = x.rstrip(" .") if x.endswith("..") or not re.search(r"\b\w+\.$", x) else x[:-1]
    covers = _FOR.get(language, _FOR["en"]).format(w=what) if what else ""
    if language == "de":
        m = _DE_WORD.fullmatch(label.strip())
        if not m:
            return ""
        word = m.group("word")
        art, verb = next(v for k, v in _DE_FORM.items() if word.lower().endswith(k))
        adj = f"{m.group('adj').lower()}e " if m.group("adj") else ""
        return f"{art} {adj}{word[:1].upper()}{word[1:]}{covers} {verb} {x}."
    m = re.fullmatch(_WORD.get(language, _WORD["en"]), label.strip(), re.I)
    if not m or not covers:
        return ""  # "total" / "new total" without what it covers keeps its own sentence ("The total is ...")
    adj = m.group("adj").lower() if m.group("adj") else ""
    return _FORM.get(language, _FORM["en"]).format(adj=adj, word=m.group("word").lower(), covers=covers, x=x)


# The thing an email's handed-over offer was for, before its colon: "anbei das neue Angebot für die SM-4 mit vier
# Größenklassen: 22.600 € netto" (at most this many words).
_OFFER_FOR = re.compile(r"\b(?:for|für|pour|para)\s+(?P<x>[^:]+?)\s*$", re.I)
OFFER_FOR_WORDS = 8
_FOR_LEAD = {"en": "For {x}: {y}", "de": "Für {x} gilt: {y}", "fr": "Pour {x} : {y}", "es": "Para {x}: {y}"}


def handed_over(rest: str, language: str) -> str:
    """What an old email's "here is our offer for X: figures" still says in force: the figures, with the thing they
    are for when the lead names it ("Für die SM-4 mit vier Größenklassen gilt: 22.600 € netto"); "" without figures."""
    head, colon, tail = rest.partition(":")
    if not colon or not re.search(r"\d", tail):
        return ""
    m = _OFFER_FOR.search(head)
    if not m or len(m.group("x").split()) > OFFER_FOR_WORDS or re.search(r"\d{3}", m.group("x")):
        return tail.strip()
    return _FOR_LEAD.get(language, _FOR_LEAD["en"]).format(x=m.group("x"), y=tail.strip())
