"""A note clause's shorthand written out: "incl." -> "including", "+" -> "and" or "plus", "w/" -> "with"."""
from __future__ import annotations

import re

# Words per language: the lead of a restated offer's price, the joining "and", a few shorthand words written out.
AND, _PLUS = {"en": "and", "de": "und", "fr": "et", "es": "y"}, {"en": "plus", "de": "zuzüglich", "fr": "plus", "es": "más"}


# Shorthand words written out, per language ("incl" -> "including").
WORDS = {
    "en": {"incl": "including", "excl": "excluding", "approx": "about", "abt": "about", "appr": "about",
           "hrs": "hours", "hr": "hour", "mins": "minutes", "wks": "weeks", "yrs": "years", "mths": "months",
           "qty": "quantity", "pcs": "pieces", "w/": "with", "w/o": "without", "&": "and", "ea": "each"},
    "de": {"inkl": "inklusive", "exkl": "exklusive", "zzgl": "zuzüglich", "ca": "etwa", "evtl": "eventuell",
           "std": "Stunden", "&": "und", "u": "und", "m/": "mit", "o/": "ohne", "mon": "Monate"},
    "fr": {"incl": "compris", "env": "environ", "&": "et", "qté": "quantité", "dispo": "disponible",
           "rdv": "rendez-vous", "pdt": "pendant", "ds": "dans", "tjs": "toujours", "av/": "avec"},
    "es": {"incl": "incluido", "aprox": "aproximadamente", "&": "y", "tb": "también", "tmb": "también",
           "p/": "para", "c/": "con", "q": "que"}}


_SHORT = re.compile(r"(?<![\w/])(?:[^\W\d_]{1,2}/(?=\s)|&|[^\W\d_]+\.?)(?![\w/])")


# A tax or charge added to a figure ("£43,900 + VAT", "+ HST", "+$350"): "plus", not "and".
_PLUS_TAX = re.compile(r"\s?\+\s?(?=(?:(?i:VAT|GST|HST|IVA|MwSt|TVA|USt|IGV|ITBIS)\b|[$€£¥]|\d|[A-Z]{3}(?:\s\d|\d{3})))")


_PLUS_WORD = re.compile(r"\s?\+\s?(?=[^\W\d_])")


# "$385/bldg", "£38/trestle", "$2.60/tyre": what a figure is counted per, written out.
_PER_EN = {"mo": " a month", "mth": " a month", "month": " a month", "yr": " a year", "year": " a year",
           "hr": " an hour", "wk": " a week", "week": " a week", "day": " a day", "pp": " per person",
           "bldg": " per building", "emp": " per employee", "ea": " each", "visit": " per visit"}


def spelled(text: str, language: str) -> str:
    """A note clause with its shorthand written out: "incl." -> "including", "+" -> "and"/"plus", "w/" -> "with",
    "36-mo" -> "36-month", "~150" -> "about 150"."""
    words = WORDS.get(language, WORDS["en"])
    text = _SHORT.sub(lambda m: words.get(m.group(0).lower().rstrip("."), m.group(0)) if not m.group(0)[1:].isupper()
                      and not (m.group(0)[:1].isupper() and len(m.group(0)) <= 2) else m.group(0), text)
    text = _PLUS_TAX.sub(f" {_PLUS.get(language, 'plus')} ", text)
    text = _PLUS_WORD.sub(f" {AND.get(language, 'and')} ", text)
    if language == "en":
        text = re.sub(r"\bincluding(?=\s*(?:[,;)]|$))", "included", text)  # "cartridges incl., test": included
        text = re.sub(r"(?<=\d)\s?/\s?([a-z]{2,8})\b", lambda m: _PER_EN.get(m.group(1), f" per {m.group(1)}"), text)
        text = re.sub(r"(?<=\d)-mo\b", "-month", text)
        text = re.sub(r",?\s*\(?\best\.?\)?(?=[,;)]|$)", "", text)  # "..., est": the note's own hedge
        text = re.sub(r"\b(per [a-z]+)/(mo|month|yr|year)\b", lambda m: m.group(1) + _PER_EN[m.group(2)], text)
    # "~25 m³/h" -> "environ 25 m³/h": a note's approximation, written out
    text = re.sub(r"~\s?(?=\d)", {"de": "ca. ", "fr": "environ ", "es": "unos "}.get(language, "about "), text)
    return re.sub(r"\s{2,}", " ", text).strip()
