"""A question asking for the quote to be adjusted after a new count said just before it ("We're 1,400 now. Can you
adjust the quote?", "Ya son 1.400 inscritos. ¿Nos ajustan la cotización?"): the slot asks for the quote for that
count ("can you adjust the quote for 1,400 registrations"), so that the rep sees what to price without a bracket."""
from __future__ import annotations

import re

from followup.drafting.words import ANY_MONTH

# The quote, offer or price a question asks to have adjusted, per drafting language (its article or possessive first).
_QUOTE = {
    "en": r"\b(?:the|your|our|this|that)\s+(?:quote|quotation|offer|proposal|price|pricing|estimate)\b",
    "de": r"\b(?:das|Ihr|unser|den|Ihren|unseren|die|Ihre|unsere)\s+(?:Angebot|Preis|Kostenvoranschlag|Offerte|"
          r"Kalkulation)\b",
    "fr": r"(?:\b(?:le|la|votre|notre|ce|cette)\s+|\bl')(?:devis|offre|prix|proposition|cotation|tarif)\b",
    "es": r"\b(?:la|el|su|nuestra|nuestro|esta|este)\s+(?:cotización|presupuesto|oferta|propuesta|precio)\b",
}
# A verb asking for the quote to change with the count.
_ADJUST = {
    "en": r"\b(?:adjust|update|revise|redo|rework|change|recalculate|amend|re-?quote)\b",
    "de": r"\b(?:anpassen|aktualisieren|ändern|überarbeiten|neu berechnen|neu kalkulieren|passen)\b",
    "fr": r"\b(?:ajust|adapt|mettre à jour|mettez à jour|revoir|revoyez|modifi|recalcul|actualis)\w*",
    "es": r"\b(?:ajust|actualiz|revis|modific|rehac|recalcul|adapt)\w*",
}
_FOR = {"en": "for", "de": "für", "fr": "pour", "es": "para"}
# One count with what it counts ("1,400 registrations", "1 400 inscrits", "450 Gäste"); a money or time unit is no
# count a quote is for.
_COUNT = re.compile(r"(?<![\d.,'’])(?P<n>\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})+|\d+)\s+(?P<what>[^\W\d_]{3,})")
_NOT_COUNTED = re.compile(r"^(?:eur|euro|euros|usd|gbp|chf|cop|mxn|dollars?|pesos|francs?|pounds?|days?|weeks?|"
                          r"months?|years?|hours?|minutes?|tage?n?|wochen?|monate?n?|jahre?n?|stunden?|jours?|"
                          r"semaines?|mois|ans|heures?|días?|semanas?|meses|años?|horas?|de|of|von|bis|to|à|au|al)$",
                          re.I)
# A statement this long at most is only the new count ("Ya son 1.400 inscritos", "We're now at 1,400 delegates").
MAX_COUNT_WORDS = 8


def quote_for_count(q: str, before: str, language: str) -> str:
    """The question with the count said before it put after the quote it asks to adjust, or "" where the question
    names a figure of its own, asks no adjusted quote, or the sentence before it is more than one count."""
    quote, adjust = _QUOTE.get(language), _ADJUST.get(language)
    if quote is None or re.search(r"\d", q) or not re.search(adjust, q, re.I) or \
            len(before.split()) > MAX_COUNT_WORDS:
        return ""
    counts = [m for m in _COUNT.finditer(before) if not _NOT_COUNTED.match(m.group("what"))
              and m.group("what").lower() not in ANY_MONTH]  # "3 May" is a day, not a count
    said = re.search(quote, q, re.I)
    if len(counts) != 1 or len(_COUNT.findall(before)) != 1 or said is None:
        return ""
    count = f"{counts[0].group('n')} {counts[0].group('what')}"
    return f"{q[:said.end()]} {_FOR[language]} {count}{q[said.end():]}"
