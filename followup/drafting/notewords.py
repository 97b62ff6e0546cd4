"""A note's shorthand left in a composed sentence, written out in the customer's language: a bare weekday cut short
("bis Fr." -> "bis Freitag", "by Fri" -> "by Friday"), note-only words ("schriftl." -> "schriftlich", "w/" -> "with",
"env." -> "environ") and a "+" joining two things ("proposal + COI" -> "proposal and COI"). A weekday cut short
before its date ("Thu 17 Dec", "Do 17.12.") and a figure's unit ("48 hrs") stay as written: they read as a date and
a measure."""
from __future__ import annotations

import re

from followup.drafting.days import spelled_days

# The languages whose cut weekdays text/dates reads (the grounding check reads the same ones in a source).
_DAY_LANGUAGES = ("en", "de", "fr", "es")
# Words only a note writes, and what the customer reads instead; a trailing dot belongs to the word.
_NOTE_ONLY = {
    "en": {"mtg": "meeting", "mtgs": "meetings", "appt": "appointment", "appts": "appointments", "w/": "with",
           "w/o": "without", "approx": "about", "pls": "please"},
    "de": {"schriftl": "schriftlich", "tel": "telefonisch", "telef": "telefonisch", "ggf": "gegebenenfalls",
           "evtl": "eventuell", "bzgl": "bezüglich", "ca": "etwa"},
    "fr": {"env": "environ", "tél": "téléphone", "rdv": "rendez-vous"},
    "es": {"aprox": "aproximadamente", "tb": "también", "tmb": "también"},
}
# German and French note words are only ever written with their dot; English and Spanish ones often without.
_DOT_NEEDED = {"de", "fr"}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
# A "+" between two words that is not a charge added to a price ("+ VAT", "+ IVA"): the note's "and".
_PLUS = re.compile(r"(?<=[^\W\d_])\s\+\s(?=[^\W\d_])(?!(?i:VAT|GST|HST|PST|QST|IVA|ISV|IGV|ITBIS|TVA|TVH|HT|MwSt|USt|"
                   r"BTW|tax|taxes)\b)")


# What follows a sentence's end: nothing, a line break, or a word with a capital ("JPY" after "approx." is a code).
_NEXT_SENTENCE = re.compile(r"\s*(?:$|\n)|\s+(?:[¿¡]|[A-ZÄÖÜÉÀ][a-zäöüßéèàáíóúñ'’])")


def _end(text: str, end: int, dot: str) -> str:
    """The full stop a cut word's dot also was: kept when a sentence ends there."""
    return "." if dot and _NEXT_SENTENCE.match(text, end) else ""


def bare_days(text: str, language: str) -> str:
    """A bare weekday cut short said in full: "bis Fr." -> "bis Freitag.", "antes del vie." -> "antes del viernes."."""
    return spelled_days(text, language if language in _DAY_LANGUAGES else "en")


def note_words(text: str, language: str) -> str:
    """A note's own words written out: "Sie möchten schriftl." -> "Sie möchten schriftlich.", "w/ install" -> "with
    install"; a word's capital kept at a sentence's start."""
    words = _NOTE_ONLY.get(language)
    if not words:
        return text
    keys = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    dot = r"\." if language in _DOT_NEEDED else r"\.?"
    pattern = re.compile(rf"(?<![\w/.])(?P<w>{keys})(?P<dot>{dot})(?![\w/])", re.I)

    def one(m: re.Match[str]) -> str:
        """One word written out."""
        word = m.group("w")
        if word.isupper() and len(word) > 1 and language != "de":
            return m.group(0)  # "TB", "ENV": a name or code, not a note word
        full = words[word.lower()]
        full = full[:1].upper() + full[1:] if word[:1].isupper() and language != "de" else full
        return full + _end(m.string, m.end(), m.group("dot") if m.group("dot") else "")

    return pattern.sub(one, text)


def plus_words(text: str, language: str) -> str:
    """A note's "+" between two things said with "and": "proposal + COI" -> "proposal and COI"; in a chain, the
    last one only ("A + B + C" -> "A, B and C")."""
    joins = list(_PLUS.finditer(text))
    if not joins:
        return text
    out, last = [], 0
    for n, m in enumerate(joins):
        out.append(text[last:m.start()])
        out.append(f" {_AND.get(language, 'and')} " if n == len(joins) - 1 else ", ")
        last = m.end()
    return "".join(out) + text[last:]


def written_out(sentence: str, language: str) -> str:
    """A composed sentence with a note's shorthand written out in the customer's language."""
    return plus_words(note_words(bare_days(sentence, language), language), language)
