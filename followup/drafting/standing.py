"""The rep's own price said again as still standing, not pasted from the old email: "the price is EUR 4,640" ->
"the price remains EUR 4,640", "we can offer SBD 47,200" -> "we can still offer SBD 47,200", "kostet 640 €" ->
"kostet weiterhin 640 €", "le montant est de 39 600 €" -> "le montant reste à 39 600 €", "cuesta USD 2.350" ->
"sigue costando USD 2.350". Every figure and word of what is priced is kept; only the verb says the offer holds."""
from __future__ import annotations

import re

# A sum of money right after the verb: a currency sign, a currency code or short sign before the figure ("EUR 4,640",
# "R9,500", "GH₵ 38,750", "S/ 1.200"), or one after it ("640 €", "118 000 MAD", "3 500 FCFA").
_MONEY_AHEAD = (r"(?=[$€£¥₵₦₡]|(?:[A-Z]{2,3}|GH₵|R|Rs\.?|Bs\.?|S/)\s?\d"
                r"|\d[\d.,' ]*\s?(?:[$€£]|[A-Z]{3}\b|FCFA|euros?|dollars?|francs?|pesos?))")

# Per language: the verb that prices a thing, and how it says the price still holds. The modal or subject is kept.
_VERBS: dict[str, list[tuple[str, str]]] = {
    "en": [(r"\b(?P<s>we|I)\s+(?P<m>can|could|would|will)\s+(?P<v>offer|quote|do|charge)\b", r"\g<s> \g<m> still \g<v>"),
           (r"\b(?P<s>we|I)\s+(?P<v>offer|quote|charge)\b", r"\g<s> still \g<v>"),
           (r"\b(?P<m>would|will)\s+be\b", r"\g<m> still be"),
           (r"\bis\b", "remains"), (r"\bare\b", "remain"),
           (r"\b(?P<v>costs?|comes? to|works? out at|totals?)\b", r"still \g<v>")],
    "de": [(r"\b(?P<v>kostet|kosten|beträgt|betragen|liegt bei|liegen bei)\b",
            lambda m: m.group("v").replace(" bei", "") + " weiterhin" + (" bei" if " bei" in m.group("v") else ""))],
    "fr": [(r"\b(?P<s>nous|je)\s+vous\s+(?P<v>faisons|proposons|fais|propose)\b", r"\g<s> vous \g<v> toujours"),
           (r"\best(?:\s+(?:de|à))?(?!\w)", "reste à"), (r"\bsont(?:\s+(?:de|à))?(?!\w)", "restent à"),
           (r"\b(?P<v>coûtent|coûte)\b", r"\g<v> toujours"),
           (r"\b(?P<v>revient|reviennent|s'élève|s'élèvent)\s+à\b", r"\g<v> toujours à")],
    "es": [(r"\bes(?P<p>\s+de)?\b", r"sigue siendo\g<p>"), (r"\bson(?P<p>\s+de)?\b", r"siguen siendo\g<p>"),
           (r"\bcuesta\b", "sigue costando"), (r"\bcuestan\b", "siguen costando"),
           (r"\bqueda\s+en\b", "se mantiene en"), (r"\bquedan\s+en\b", "se mantienen en"),
           (r"\b(?P<o>le|les|te)\s+ofrecemos\b", r"\g<o> seguimos ofreciendo"),
           (r"\b(?P<o>le|les|te)\s+hacemos\b", r"\g<o> seguimos haciendo")],
}
# A sentence that revises the offer ("with the 35 ft draper instead of the 40 the lease comes to ...") prices a new
# figure: "still" would tell the customer it never changed.
_REVISED = {"en": r"\b(?:instead|now|new|revised|updated|reduced|lowered|down to|up to)\b",
            "de": r"\b(?:statt|anstatt|anstelle|jetzt|nun|neue[nmrs]?|neu|überarbeitet\w*|reduziert)\b",
            "fr": r"\b(?:au lieu|désormais|maintenant|nouve(?:au|lle|aux)|révisé\w*|ramené\w*)\b",
            "es": r"\b(?:en lugar|en vez|ahora|nuev[oa]s?|revisad[oa]s?|rebajad[oa]s?)\b"}
# The words of a revision per language (_REVISED), compiled.
REVISED_RE = {lang: re.compile(pat, re.I) for lang, pat in _REVISED.items()}
_COMPILED = {lang: [(re.compile(pat + r"\s+" + _MONEY_AHEAD, re.I), to) for pat, to in verbs]
             for lang, verbs in _VERBS.items()}


def standing(text: str, language: str) -> str:
    """The rep's own sentence with the first verb that prices a sum said as still holding; as it was when none does."""
    revised = REVISED_RE.get(language)
    if revised and revised.search(text):
        return text
    best = None
    for pattern, to in _COMPILED.get(language, []):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, pattern, to)
    if best is None:
        return text
    m, pattern, to = best
    said = m.expand(to) if isinstance(to, str) else to(m)
    said = said[0].upper() + said[1:] if m.start() == 0 and m.group(0)[0].isupper() else said
    return text[:m.start()] + said + " " + text[m.end():]
