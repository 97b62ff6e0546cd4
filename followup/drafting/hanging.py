"""A draft sentence that ends where no sentence can end is taken back to its last whole clause.

Clauses cut from a customer's email or a call note reach the draft through many paths (a "so"-reason cut off, a
list split on the comma inside a figure, a note's phrase cut after a preposition): "I've noted that you're shut
tomorrow for Anzac Day so.", "Merci d'avoir choisi la variante B à CHF 112'000, 7.", "Recogida diaria a.". Whatever
the path, the rep would have to mend such a sentence before sending; here, as the draft is put together, it loses the
clause its cut left hanging ("... shut tomorrow for Anzac Day."). When nothing whole would be left it stays as it is:
leaving such a sentence out cost two key points on the validation batch (a fragment still carries its figure), and the
rep mends it, where a missing figure is not seen.
"""
from __future__ import annotations

import re

from followup.text.dates import month_prefixes

# Words a clause cannot end on, per drafting language: conjunctions, articles, possessives and the prepositions that
# are no verb particles ("pencilled in", "rufe Sie an", "the week before" end well).
_HANGING = {
    "en": set("a an the and or but nor so because since whereas plus than of to into onto at by with from for per via "
              "between my your our their whose".split()),
    "de": set("und oder aber sowie sondern denn weil dass ob für von zum zur im beim vom bei der die das den dem des "
              "ein eine einen einem einer eines ohne gegen zwischen seit während pro mein meine unser unsere".split()),
    "fr": set("et ou mais ni car que qu le la les un une de du des à au aux avec pour sur dans par chez entre sans "
              "sous vers dont lorsque mon ma mes ton ta tes votre vos notre nos ce cet cette ces".split()),
    "es": set("y e o u ni pero sino porque que el la los las un una unos unas del al a de en con para por sin sobre "
              "entre hasta desde hacia mi tu su sus mis tus nuestro nuestra nuestros nuestras".split()),
}
# A preposition may end a clause whose own subject stands just before its verb ("what it's for", "the one we agreed
# on"); "so" may end one after a verb of saying ("I think so"); an object pronoun ends one in fr/es ("si la quieren").
_SUBJECT_BEFORE = re.compile(r"\b(?:I|we|you|they|he|she|it|it's|that's|what's|I'd|we'd|you'd|they'd)(?:\s+\S+)?$",
                             re.I)
_STRANDED = set("of to into onto at by with from for per via between".split())
_SAYING_SO = re.compile(r"\b(?:think|hope|believe|guess|suppose|expect|said|say|says|do|did|does|if|and)$", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(?:la|lo|las|los|le|les|me|te|nos|se|en)$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d'’.,]*")
# a number alone after a list comma ("CHF 112'000, 7"): the rest of a figure split on its comma
_LONE_NUMBER = re.compile(r",\s+\d{1,3}$")
# a day after its weekday is a date ("Übergabe Dienstag, 2.5.", "Monday, 5")
_WEEKDAY = re.compile(r"(?:day|tag|woch|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|"
                      r"jueves|viernes|sábado|domingo),\s+\d", re.I)
_DATE_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,\s+(?:19|20)\d\d$")
# where a sentence may be taken back to: a comma or ';', or before a clause's own conjunction
_CLAUSE_END = re.compile(r"\s*[,;]\s+|\s+(?=(?:so|and|but|because|und|aber|weil|et|mais|car|y|pero|porque)(?:\s|$))", re.I)
# a sentence ends at '.', '!' or '?' before a capital, not at an ordinal before its month ("am Montag, 18. Mai")
_SENTENCE = re.compile(rf"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9¿¡\"'])(?!(?i:{month_prefixes('de')})\b)")
_ABBREVIATION = re.compile(r"[^\W_][./][^\W_]\.?$")  # "S.A.", "c/u"
MIN_WHOLE_WORDS = 3  # a sentence taken back to fewer words than this stays as it was
UNIT_LETTERS = 2  # a word this short after a number is its unit ("18 ha"), not a preposition


def hangs(text: str, language: str) -> bool:
    """Whether a sentence (its end punctuation off) ends where no sentence can: on a conjunction, article,
    possessive or preposition its clause does not strand, or on a number alone after a list comma."""
    text = text.strip()
    if _LONE_NUMBER.search(text) and not _DATE_YEAR.search(text) and not _WEEKDAY.search(text[-16:]):
        return True
    words = _WORD.findall(text)
    if not words or _ABBREVIATION.search(text) or words[-1].lower() not in _HANGING.get(language, _HANGING["en"]):
        return False
    last, head = words[-1], text[: text.rfind(words[-1])].rstrip()
    if language != "de" and len(words) > 1 and last[0].isupper():
        return False  # a name ("choosing the Plus")
    if len(words) > 1 and words[-2][0].isdigit() and len(last) <= UNIT_LETTERS:
        return False
    if last.lower() == "so" and _SAYING_SO.search(head):
        return False
    if language in ("fr", "es") and _OBJECT_PRONOUN.search(head):
        return False
    return language != "en" or last.lower() not in _STRANDED or _SUBJECT_BEFORE.search(head) is None


def _taken_back(sentence: str, language: str) -> str:
    """A hanging sentence without the clause its cut left hanging; as it was when nothing whole is left."""
    end = re.search(r"[.!?…]*$", sentence).group(0)
    body = sentence[: len(sentence) - len(end)] if end else sentence
    if not hangs(body, language):
        return sentence
    while hangs(body, language):
        cuts = [m.start() for m in _CLAUSE_END.finditer(body)]
        if not cuts:
            return sentence
        body = body[: cuts[-1]].rstrip(" ,;:–—")
    if len(_WORD.findall(body)) < MIN_WHOLE_WORDS or body.endswith(":"):
        return sentence
    return body + (end.rstrip("…") or ".")


def unhung(line: str, language: str) -> str:
    """A draft line with every hanging sentence taken back to its last whole clause where one is left."""
    parts = _SENTENCE.split(line.strip())
    if not any(hangs(re.sub(r"[.!?…]+$", "", p), language) for p in parts):
        return line
    return " ".join(x for p in parts if (x := _taken_back(p, language)))
