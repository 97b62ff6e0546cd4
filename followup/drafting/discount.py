"""A note's discount with its rate and the day it runs until, said whole: "Frühbucherrabatt 10 % bis Fr 14.7." -> "Der
Frühbucherrabatt von 10 % gilt bis Fr 14.7.", "early-bird discount 10% until 14 July" -> "The early-bird discount of
10% applies until 14 July." (en/de/fr/es)."""
from __future__ import annotations

import re

# Words a discount's name may have beside its noun ("early-bird", "por pronto pago"; German compounds are one word).
NAME_WORDS = 3

_RATE = r"(?P<p>\d+(?:[.,]\d+)?\s?%)"
_PATTERN = {
    "en": re.compile(rf"^(?P<n>(?:[\w-]+\s+){{0,{NAME_WORDS}}}(?:discount|rebate|reduction))\s+(?:of\s+)?{_RATE}\s+"
                     r"(?:valid\s+)?(?:until|till|through|to)\s+(?P<d>\S.*)$", re.I),
    "de": re.compile(rf"^(?P<n>[\w-]*(?:rabatt|nachlass|skonto|ermäßigung))\s+(?:von\s+)?{_RATE}\s+(?:gültig\s+)?bis\s+"
                     r"(?P<d>\S.*)$", re.I),
    "fr": re.compile(rf"^(?P<n>(?:remise|réduction|rabais)(?:\s+[\w'-]+){{0,{NAME_WORDS}}}?)\s+(?:de\s+)?{_RATE}\s+"
                     r"(?:valable\s+)?(?:jusqu'au|jusqu'à)\s+(?P<d>\S.*)$", re.I),
    "es": re.compile(rf"^(?P<n>descuento(?:\s+[\w-]+){{0,{NAME_WORDS}}}?)\s+(?:del?\s+)?{_RATE}\s+(?:válido\s+)?"
                     r"hasta\s+(?:el\s+)?(?P<d>\S.*)$", re.I),
}

# The sentence per language; German and French take the article of the compound's or the noun's gender.
_FORM = {"en": "The {n} of {p} applies until {d}.", "de": "{a} {n} von {p} gilt bis {d}.",
         "fr": "{a} {n} de {p} est valable jusqu'au {d}.", "es": "El {n} del {p} es válido hasta el {d}."}
_DE_ARTICLE = {"rabatt": "Der", "nachlass": "Der", "skonto": "Das", "ermäßigung": "Die"}
_FR_ARTICLE = {"remise": "La", "réduction": "La", "rabais": "Le"}


def discount_sentence(clause: str, language: str) -> str:
    """A note's "discount, rate, until day" as one of the rep's sentences; "" when the clause is none."""
    pattern = _PATTERN.get(language)
    m = pattern.match(clause.strip().rstrip(" ;,")) if pattern else None
    if m is None:
        return ""
    name, day = m.group("n").strip(), m.group("d").strip()
    day = day if re.search(r"\d\.$", day) else day.rstrip(".")  # "14.7." keeps the dot of its day
    if language == "de":
        article = next(a for k, a in _DE_ARTICLE.items() if name.lower().endswith(k))
        name = name[:1].upper() + name[1:]
    elif language == "fr":
        article = _FR_ARTICLE[name.split()[0].lower()]
        name = name[:1].lower() + name[1:]
    else:
        article, name = "", name[:1].lower() + name[1:]
    said = _FORM[language].format(a=article, n=name, p=m.group("p"), d=day)
    return said[:-1] if said.endswith("..") else said  # "bis 14.7.": the day's dot ends the sentence


def discount_words(language: str) -> str:
    """The words these sentences add to the note's, for the grounding check."""
    return {"en": "The of applies until", "de": "Der Die Das von gilt bis", "fr": "La Le de est valable jusqu'au",
            "es": "El del es válido hasta el"}.get(language, "")
