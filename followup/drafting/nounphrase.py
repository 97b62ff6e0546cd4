"""Whether a said-back point is only a thing, with no verb ("4 grupos", "el contrato en borrador", "die Unterlagen
als PDF"): it is noted as a thing ("Tomo nota de 4 grupos."), never put after a label ("Tomo nota: 4 grupos.") as a
fragment. A point is a thing only when every word is one a noun phrase has where it stands; any doubt is a verb."""
from __future__ import annotations

import re

# An English point is a thing only as a count this short ("4 groups", "2 extra cohorts").
EN_COUNT_WORDS = 4

# The words a noun phrase opens with: an article, a possessive, a demonstrative, a figure.
_OPENS = {
    "en": r"the|a|an|your|our|their|this|that|these|those|its",
    "de": r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|Ihr|Ihre|Ihren|Ihrem|Ihrer|unser\w*|dein\w*|"
          r"diese[nmrs]?",
    "fr": r"le|la|les|l'|l’|un|une|des|du|votre|vos|notre|nos|leur|leurs|ce|cet|cette|ces",
    "es": r"el|la|los|las|un|una|unos|unas|su|sus|nuestro|nuestra|nuestros|nuestras|este|esta|estos|estas",
}
# Words that join the parts of a noun phrase: prepositions, articles, "and", "or".
_JOINS = {
    "en": set("of for with without in on at to from by per and or the a an your our their its as plus".split()),
    "de": set("der die das den dem des ein eine einen einem einer eines mit ohne für von vom zum zur im am an auf "
              "aus bei nach pro je und oder als bis in über unter".split()),
    "fr": set("de du des d' le la les l' un une avec sans pour par en au aux à et ou sur sous chez dans entre".split()),
    "es": set("de del el la los las un una unos unas con sin para por en al a y e o u sobre entre su sus".split()),
}
# English words that show a verb (fragments.py's test is for notes; this one for a customer's point).
_EN_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|must|"
                      r"need|needs|want|wants|'re|'ve|'ll|'d|'s|[a-z]{3,}ed)\b|"
                      # "the board meets on 4 June": a word in -s before a particle, a figure or an article
                      r"\b[a-z]{2,}s\s+(?:at|on|in|out|back|up|off|to|the|a|an|by|from|with|\d)", re.I)
# Endings a French or Spanish word has as a noun or adjective and never as a finite verb ("registro", "opinión",
# "cumplimiento", "rapport", "validation", "signé"): after a noun, any other word may be a verb ("la entrega llega").
_NOUN_END = {
    "fr": re.compile(r"(?:ion|ions|eur|eurs|age|ages|ment|ments|té|tés|é|ée|és|ées|al|aux|if|ifs|ive|ives|ique|iques|"
                     r"oire|oires|at|ats|ot|ots|in|ins|is|ier|iers|ière|ières)$"),
    "es": re.compile(r"(?:ión|iones|o|os|or|ores|dad|dades|al|ales|ble|bles|ico|ica|icos|icas|ado|ada|ados|adas|"
                     r"ido|ida|idos|idas|aje|ajes|ez|ista|istas)$"),
}


def _thing_word(word: str, before: str, language: str) -> bool:
    """Whether one word of a point is one a noun phrase has there: a figure, a name or code, a join, the noun after
    a join (German: any capitalised noun, and an adjective before one)."""
    low = word.lower()
    if re.search(r"\d", word) or low in _JOINS[language] or re.fullmatch(r"[A-ZÄÖÜ]{2,}[\w-]*", word):
        return True
    if language == "de":
        return word[:1].isupper() or (before.lower() in _JOINS["de"] and bool(re.search(r"(?:e|en|er|es|em)$", low)))
    if language == "en":  # its other verbs are looked for in the whole point (thing_only)
        # a word in -s after a noun may be its verb ("your fiscal year starts July 1"), after a figure or join not
        return not re.search(r"[^s]s$", low) or before.lower() in _JOINS["en"] or bool(re.search(r"\d", before))
    if before.lower() in _JOINS[language] or re.search(r"\d", before) or word[:1].isupper():
        return True  # the noun right after "de", "la", "4": "de cumplimiento", "4 grupos"
    return bool(_NOUN_END[language].search(low))


def thing_only(text: str, language: str) -> bool:
    """Whether a said-back point names a thing and says nothing of it (no verb), in en/de/fr/es."""
    if language not in _OPENS:
        return False
    text = re.sub(r"\b([lLdD]['’])", r"\1 ", text.strip().rstrip(" .;"))  # "l'historique": the article apart
    words = re.findall(r"\d[\d.,']*\d|[\w-]+['’]?", text)
    if not words or len(words) > 14 or re.search(r"[:;?!]", text):
        return False
    if not (re.match(r"\d", words[0]) or re.fullmatch(_OPENS[language], words[0], re.I if language != "de" else 0)):
        return False
    if language == "en" and (_EN_VERB.search(text) or not re.match(r"\d", words[0]) or len(words) > EN_COUNT_WORDS):
        return False  # an English verb has no form to tell it by ("your fleet insurance renew on ..."): a count only
    return all(_thing_word(w, words[n - 1] if n else "", language) for n, w in enumerate(words))
