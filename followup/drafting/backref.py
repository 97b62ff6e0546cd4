"""A customer's sentence whose thing is a pronoun for what the sentence before named ("Las necesito para cargar el
sistema", "Je les veux pour la rentrée", "Wir brauchen sie für die Kasse", "I need them for the system"): on its own
it names nothing, so with no day or figure of its own it is no point to note back."""
from __future__ import annotations

import re

# The pronoun standing for an earlier thing, where each language puts it: before the verb (es, fr), after it (de, en).
_BACK = {
    # the customer's own verb after it ("Las necesito", "Lo queremos"), never a noun after an article ("La tienda")
    "es": re.compile(r"^(?:(?:yo|nosotros)\s+)?(?:lo|la|los|las)\s+(?!(?:foto|moto|radio|mano)\b)[^\W\d_]+"
                     r"(?:o|amos|emos|imos|é)\b", re.I),
    "fr": re.compile(r"^(?:je|j['’]|nous|on)\s*(?:les|la|le|l['’])\s*[^\W\d_]+", re.I),
    "de": re.compile(r"^(?:ich|wir)\s+[^\W\d_]+\s+(?:sie|es|ihn)\b(?!(?:alle|beide)\b)", re.I),
    "en": re.compile(r"^(?:I|we)\s+(?:(?:really|also|still|just)\s+)?(?:need|want|use|require)\s+(?:them|it|those)\b",
                     re.I),
}
# A day, an hour or a figure: what a pronoun's sentence can still carry of its own ("Las necesito antes del 15").
_OWN = re.compile(r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|montag|dienstag|mittwoch|"
                  r"donnerstag|freitag|samstag|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|lunes|martes|"
                  r"miércoles|jueves|viernes|sábado|mañana)\b", re.I)


def refers_back(quote: str, language: str) -> bool:
    """Whether the customer's sentence has only a pronoun for its thing and no day or figure of its own."""
    pattern = _BACK.get(language)
    text = quote.strip()
    return bool(pattern and pattern.match(text)) and not _OWN.search(text)


# A pronoun for an earlier thing inside the sentence, not only at its start ("If we can get answers on those I'll sign",
# "el sindicato no lo va a aceptar", "sinon nous ne le signerons pas", "sonst können wir es nicht unterschreiben").
_LEANS = {
    # "those" as a pronoun, never a determiner before its noun ("about those details")
    "en": re.compile(r"\b(?:on|about|with|for|to|of)\s+(?:them\b|(?:those|these)(?=\s*(?:[,.;!]|$|\s+(?:I|we|and|"
                     r"then|too|first)\b)))", re.I),
    "es": re.compile(r"\bno\s+(?:se\s+)?(?:lo|la|los|las)\s+[^\W\d_]+", re.I),
    "fr": re.compile(r"\bne\s+(?:le|la|les|l['’])\s*[^\W\d_]+", re.I),
    "de": re.compile(r"\b(?:können|werden|wollen|müssen)\s+(?:wir|ich)\s+(?:es|sie|das)\s+(?:nicht|so)\b", re.I),
}


def leans_back(quote: str, language: str) -> bool:
    """Whether a sentence hangs on a pronoun for what came before it and carries no day or figure of its own."""
    pattern = _LEANS.get(language)
    text = quote.strip()
    return bool(pattern and pattern.search(text)) and not _OWN.search(text) or refers_back(text, language)
