"""A call note's telegraphic clause whose subject and verb can still be read, said to the customer in the rep's voice:
a wish with its subject dropped ("Want delivery in August 2027" -> "You'd like delivery in August 2027."), a yes whose
predicate names what holds ("yes, rated to -45 °C" -> "Yes, it is rated to -45 °C."), a sum told on the call ("Told
them 8 x GL-4 = EUR 408,000" -> "8 GL-4 come to EUR 408,000."); in en/de/fr/es. Any other clause is "" (left out)."""
from __future__ import annotations

import re

# A clause longer than this is the note's own account, not one point to say back.
MAX_NOTE_SENTENCE_WORDS = 14


# A wish's object this short lost its thing to the note's comma ("Want it, ..."): no sentence.
MIN_WISH_WORDS = 2


# The customer's wish with its subject dropped, in the plural or bare form the note's shorthand keeps ("Want ...",
# "Veulent ..."), and how the rep says it to them: only where that form fits either register (English "you", French
# plural "vous"); a German "Möchten" or Spanish "Quieren" would need the thread's Sie/du or usted/tú (register.py).
_WISH = {
    "en": (r"want|need|would like|wish", {"want": "You'd like", "wish": "You'd like", "would like": "You'd like",
                                          "need": "You need"}),
    "fr": (r"veulent|souhaitent|voudraient|ont besoin d['’]?e?", {
        "veulent": "Vous voulez", "souhaitent": "Vous souhaitez", "voudraient": "Vous voudriez",
        "ont besoin de": "Vous avez besoin de", "ont besoin d'": "Vous avez besoin d'",
        "ont besoin d’": "Vous avez besoin d'"}),
}


# Where the note gives its reason after the wish ("... so install is done before ..."): the wish ends there.
_REASON = re.compile(r",?\s+(?:so(?: that)?|because|since|damit|weil|denn|pour que|car|parce qu['’]?e?|"
                     r"para que|porque|ya que)\s+.*$", re.I)


# The answer word before a predicate ("yes, rated to ...") and what that answer says in the rep's voice.
_YES = re.compile(r"^(?:yes|yep|ja|oui|sí)\s*[,:]\s*(?P<rest>.+)$", re.I)
_YES_SAID = {"en": "Yes, it is {x}.", "de": "Ja, das ist {x}.", "fr": "Oui, c'est {x}.", "es": "Sí, está {x}."}


# A predicate word: a participle or an adjective that says what holds ("rated", "included", "inbegriffen", "compris",
# "incluido"), per language; the rest of the clause is what it holds of.
_PREDICATE = {
    "en": re.compile(r"^(?:[a-z]{3,}ed|included|available|possible|compatible|free|fine|suitable|"
                     r"built|made|done|sold|shown|known|paid|held|kept|run|set)\b", re.I),
    "de": re.compile(r"^(?:ge[a-zäöü]{3,}(?:t|en)|inklusive|inbegriffen|enthalten|möglich|machbar|kostenlos|"
                     r"zertifiziert|zugelassen|verfügbar|lieferbar|kompatibel|geeignet)\b", re.I),
    "fr": re.compile(r"^(?:[a-zéèê]{3,}(?:é|ée|és|ées)|compris|comprise|inclus|incluse|possible|offert|offerte|"
                     r"disponible|gratuit|gratuite|compatible|prévu|prévue)(?![\w-])", re.I),
    "es": re.compile(r"^(?:[a-záéíóú]{3,}(?:ado|ada|ido|ida)|incluido|incluida|posible|gratis|gratuito|gratuita|"
                     r"disponible|compatible|previsto|prevista)\b", re.I),
}


# The rep's telling of a sum on the call ("Told them", "quoted", "hab gesagt", "je leur ai dit", "le dije") and the
# sum itself: a count of things, "=", an amount.
_TOLD = re.compile(r"^(?:(?:i\s+)?(?:told|quoted|gave)\s+(?:them|him|her)|quoted|"
                   r"(?:hab(?:e)?\s+)?(?:(?:ihm|ihr|ihnen)\s+)?(?:gesagt|genannt|angeboten)|"
                   r"(?:je\s+)?(?:lui|leur)\s+ai\s+(?:dit|annoncé|proposé)|"
                   r"(?:se\s+)?l[eo]s?\s+(?:dije|ofrecí|cotic[eé]))\s*:?\s*", re.I)
_SUM = re.compile(r"^(?P<n>\d+)\s*[x×]\s*(?P<what>[^\W\d_][\w./-]*(?:\s[^\W\d_][\w./-]*){0,3})\s*=\s*"
                  r"(?P<total>(?:[A-Z]{2,3}\$?|[$€£])\s?\d[\d.,'’\u202f ]*\d|\d[\d.,'’\u202f ]*\d\s?(?:[A-Z]{2,3}|[$€£]))"
                  r"(?:\s*\([^()]*\))?$")
_SUM_SAID = {"en": "{n} {what} come to {total}.", "de": "{n} {what} kosten zusammen {total}.",
             "fr": "{n} {what} font au total {total}.", "es": "{n} {what} suman {total}."}


# The rep's offer made on the call, its subject (the rep) dropped: "Quoted ...", "Angeboten: ...", "Proposé : ...",
# "Le ofrecí ...", and the rep's sentence for it, in words that fit either register (no "Ihnen", "vous", "le").
_OFFER = {
    "en": (r"(?:quoted|offered|pitched|proposed)(?:\s+(?:them|him|her))?", "I {v} {x}.",
           {"quoted": "quoted you", "offered": "offered you", "pitched": "proposed", "proposed": "proposed"}),
    "de": (r"(?:angeboten|vorgeschlagen|vorschlag)", "Ich habe {x} {v}.",
           {"angeboten": "angeboten", "vorgeschlagen": "vorgeschlagen", "vorschlag": "vorgeschlagen"}),
    "fr": (r"(?:je\s+(?:lui|leur)\s+ai\s+)?(?:proposé|offert)", "J'ai {v} {x}.", {"proposé": "proposé",
                                                                                          "offert": "offert"}),
    "es": (r"(?:(?:se\s+)?l[eo]s?\s+)?(?:ofrecí|propuse|coticé|cotizado|ofrecido|propuesto)", "{v} {x}.",
           {"ofrecí": "Ofrecí", "propuse": "Propuse", "coticé": "Coticé", "cotizado": "Coticé", "ofrecido": "Ofrecí",
            "propuesto": "Propuse"}),
}


# What the rep told on the call as a clause with its own subject ("told her we can start Monday", "je lui ai dit que
# nous livrons ...", "le dije que podemos recoger ..."): said as the rep's reminder. German's verb-last clause after
# "dass" is left out (its order would have to change).
_TOLD_THAT = {
    "en": (re.compile(r"^(?:i\s+)?(?:told|reminded|assured)\s+(?:them|him|her)\s+(?:that\s+)?"
                      r"(?P<x>(?:we|it|our|there|i)\b(?!\s+(?:will\s+)?(?:check|ask|see)\b).+)$", re.I), "As I said, {x}."),
    "fr": (re.compile(r"^(?:je\s+)?(?:lui|leur)\s+ai\s+(?:dit|confirmé|assuré)\s+qu(?:e\s+|['’])"
                      r"(?P<x>(?:nous|on|il y a|c['’]est|notre|nos)\b.+)$", re.I), "Comme je l'ai dit, {x}."),
    "es": (re.compile(r"^(?:se\s+)?l[eo]s?\s+(?:dije|confirmé|aseguré)\s+que\s+"
                      r"(?P<x>(?:podemos|hay|sí|nuestr[oa]s?|[a-záéíóú]+(?:amos|emos|imos))\b.+)$", re.I),
           "Como comenté, {x}."),
}


# Note shorthand a sentence of the rep's never keeps ("+", "->", "w/", "tbc"): such a clause is left out.
_SHORTHAND = re.compile(r"(?<=[^\W\d_])\s\+\s|->|→|=>|(?<![\w/])w/o?(?![\w/])|\btbc\b|\betc\b|\?", re.I)


def _clean(quote: str) -> str:
    """The clause without its closing stop, its brackets and its extra spaces."""
    text = re.sub(r"\s*\([^()]*\)", "", quote)
    return re.sub(r"\s+", " ", text).strip().rstrip(" .;:,")


def wish_sentence(quote: str, language: str) -> str:
    """A wish with its subject dropped as the rep's sentence ("Want 100 faces" -> "You'd like 100 faces."), or ""."""
    pattern, said = _WISH.get(language, ("", {}))
    text = _clean(quote)
    m = re.match(rf"^(?P<v>{pattern})\s+(?P<rest>.+)$", text, re.I) if pattern else None
    if m is None:
        return ""
    # "Want 100 faces, add Seongsu": the wish is the clause before the comma, the rest the note's next point
    rest = _REASON.sub("", m.group("rest").split(", ")[0]).strip(" ,")
    verb = said.get(m.group("v").lower().replace("’", "'")) or said.get(m.group("v").lower())
    if not verb or len(rest.split()) < MIN_WISH_WORDS or _SHORTHAND.search(rest):
        return ""
    return f"{verb} {rest}."


def yes_sentence(quote: str, language: str) -> str:
    """A bare yes and the predicate it answers with ("yes, rated to -45 °C") as the rep's sentence, or ""."""
    m = _YES.match(_clean(quote))
    if m is None or language not in _PREDICATE:
        return ""
    rest = m.group("rest").strip()
    if not _PREDICATE[language].match(rest) or "," in rest or _SHORTHAND.search(rest) or not re.search(r"\d", rest):
        return ""  # a predicate without its measure ("oui, inclus") needs what was asked: yesanswer.py's
    return _YES_SAID[language].format(x=rest)


def sum_sentence(quote: str, language: str) -> str:
    """A sum told on the call or noted in force ("Told them 8 x GL-4 = EUR 408,000") as the rep's sentence: the
    count, the thing and the amount it comes to, never the note's "=" and "x"; or ""."""
    text = _clean(quote)
    told = _TOLD.match(text)
    m = _SUM.match(text[told.end():] if told else text)
    if m is None or language not in _SUM_SAID:
        return ""
    return _SUM_SAID[language].format(n=m.group("n"), what=m.group("what"), total=m.group("total").strip())


def offer_sentence(quote: str, language: str) -> str:
    """The rep's offer made on the call ("Quoted $7,480 + HST installed") as the rep's sentence, or ""."""
    pattern, form, said = _OFFER.get(language, ("", "", {}))
    text = _clean(quote)
    m = re.match(rf"^(?P<v>{pattern})\s*:?\s+(?P<x>.+)$", text, re.I) if pattern else None
    if m is None or re.search(r"[:+]|,\s|\w\.\s", m.group("x")) or _SHORTHAND.search(m.group("x")) \
            or not re.search(r"\d", m.group("x")):
        # an offer names its figure; a list ("HK-60 + 10 m³ Bunker, 46.800 € inkl. Montage") is said part by part
        # by the term shapes, a second label ("Vorschlag 2 Phasen: Phase 1 ...") is the note's
        return ""
    verb = said.get(m.group("v").split()[-1].lower()) if language != "en" else said.get(m.group("v").split()[0].lower())
    return form.format(v=verb, x=m.group("x")) if verb else ""


def told_sentence(quote: str, language: str) -> str:
    """What the rep told on the call as a clause with its own subject ("told her we deliver Thursday") as the rep's
    sentence ("As I said, we deliver Thursday."), or ""."""
    pattern, form = _TOLD_THAT.get(language, (None, ""))
    m = pattern.match(_clean(quote)) if pattern else None
    if m is None or _SHORTHAND.search(m.group("x")) or re.search(r"\b(?:she|he|her|him|elle|il|ella|él)\b",
                                                                   m.group("x"), re.I):
        return ""  # the customer in the third person is the note's account of them, not said to them
    return form.format(x=m.group("x"))


def note_sentence(quote: str, language: str) -> str:
    """A note's clause as one short sentence of the rep's to the customer when its subject and verb can be read
    (a wish, a yes with its predicate, a sum told on the call); "" otherwise."""
    if len(quote.split()) > MAX_NOTE_SENTENCE_WORDS:
        return ""
    return (wish_sentence(quote, language) or yes_sentence(quote, language) or sum_sentence(quote, language)
            or offer_sentence(quote, language) or told_sentence(quote, language))


def note_sentence_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check."""
    verbs = " ".join(_WISH.get(language, ("", {}))[1].values())
    offer = _OFFER.get(language, ("", "", {}))
    return " ".join([verbs, _YES_SAID.get(language, ""), _SUM_SAID.get(language, ""), offer[1],
                     " ".join(offer[2].values()), _TOLD_THAT.get(language, (None, ""))[1]])
