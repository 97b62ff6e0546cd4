"""Who inside the customer's company weighed a point, said as the customer: their talks and their colleagues' titles
are their business, what was settled is the point ("Our ops director likes the BL-900" -> "We like the BL-900", "We
discussed with our Managing Director and he wants 10 troughs" -> "We want 10 troughs", "My GM says the week of 4
October is fine" -> "The week of 4 October is fine"), in en/de/fr/es. A sentence whose verb is not one of a stance
known here is left as it was: a wrong person is worse than a title said back."""
from __future__ import annotations

import re

# Someone on the customer's side who decides with them, led by the customer's own possessive ("our director", "mein
# Chef", "notre gérant", "mi socio"); up to two words before the role name it ("our ops director", "unser technischer
# Leiter").
_MOD = r"(?:[\w&/-]+\s+){0,2}?"
_OWNER = {"en": r"(?:our|my)", "de": r"(?:unser(?:e|em|en|er)?|mein(?:e|em|en|er)?)", "fr": r"(?:notre|nos|mon|ma|mes)",
          "es": r"(?:nuestr[oa]s?|mis?)"}
# Who the customer talked it over with may be named with an article ("with the board", "con el gerente").
_ARTICLE = {"en": r"the", "de": r"(?:dem|der|den)", "fr": r"(?:le|la|les|l')", "es": r"(?:el|la|los|las)"}
_NOUNS = {
    "en": r"(?:directors?|board|gm|md|ceo|cfo|coo|owners?|partners?|boss|bosses|managers?|management|committee|"
          r"council|family|wife|husband|team)",
    "de": r"(?:geschäftsführer(?:in)?|geschäftsleitung|chef(?:in)?|vorstand|inhaber(?:in)?|partner(?:in)?|leitung|"
          r"direktor(?:in)?|aufsichtsrat|mann|frau|familie|team)",
    "fr": r"(?:directeur|directrice|direction|gérante?|patronne?|associée?s?|conseil|comité|mari|femme|famille|équipe)",
    "es": r"(?:gerente|jef[ea]|director(?:a)?|dueñ[oa]|soci[oa]s?|junta|directorio|espos[oa]|marido|mujer|familia|"
          r"equipo)",
}
_ROLE = {lang: _OWNER[lang] + r"\s+" + _MOD + _NOUNS[lang] + r"\b" for lang in _NOUNS}
_WITH = {lang: r"(?:" + _OWNER[lang] + r"\s+|" + _ARTICLE[lang] + r"\s*)" + _MOD + _NOUNS[lang] + r"\b" for lang in _NOUNS}

# Having talked it over inside: the clause is cut and the person it names, if a pronoun picks them up, is the customer.
_TALKS = {
    "en": r"(?:(?:we|i)\s+(?:have\s+|had\s+)?(?:discussed|discuss|talked|spoke|spoken)(?:\s+(?:it|this|that))?"
          r"(?:\s+over|\s+through)?\s+(?:with|to|in)\s+{role}|after\s+(?:a\s+)?(?:family|internal|board)"
          r"\s+discussions?)\s*(?:,|\s+and\b)\s*",
    "de": r"(?:wir\s+haben\s+(?:das\s+|es\s+|uns\s+)?(?:mit\s+{role}|im\s+\w+)\s+(?:besprochen|gesprochen|beraten)|"
          r"nach\s+rücksprache\s+mit\s+{role})\s*(?:,|\s+und\b)\s*",
    "fr": r"(?:(?:j'en\s+ai|nous\s+en\s+avons|on\s+en\s+a)\s+(?:discuté|parlé)\s+(?:avec|en)\s+{role}|"
          r"après\s+discussion\s+avec\s+{role})\s*(?:,|\s+et\b)\s*",
    "es": r"(?:(?:lo\s+)?(?:hablamos|hablé|conversamos|comentamos|consulté|consultamos)\s+(?:con|en)\s+{role}|"
          r"después\s+de\s+hablar\s+con\s+{role})\s*(?:,|\s+y\b)\s*",
}

# The pronoun that picks the insider up after their talk ("... and he wants").
# Spanish drops the pronoun ("... y quiere 20").
_PRONOUN = {"en": r"(?:he|she|they)\s+", "de": r"(?:er|sie)\s+", "fr": r"(?:il|elle|ils|elles)\s+",
            "es": r"(?:él\s+|ella\s+)?"}

# Someone reported as saying a point ("My GM says the week is fine"): the point without the reporter.
_SAYS = {"en": r"\s+(?:says|said|confirms|confirmed)\s+(?:that\s+)?",
         "de": r"\s+(?:sagt|meint|sagte)\s*,?\s*(?:dass\s+)?",
         "fr": r"\s+(?:dit|confirme|a\s+dit|a\s+confirmé)\s+(?:qu'|que\s+)?",
         "es": r"\s+(?:dice|dijo|confirma|confirmó)\s+(?:que\s+)?"}

# A stance verb said of one insider, said of the customer's "we" (the third person singular to the first plural).
_STANCE = {
    "en": {"likes": "like", "loves": "love", "prefers": "prefer", "wants": "want", "needs": "need", "thinks": "think",
           "agrees": "agree", "would": "would", "liked": "liked", "wanted": "wanted",
           "prefer": "prefer", "want": "want", "like": "like", "need": "need", "think": "think", "agree": "agree"},
    "de": {"möchte": "möchten", "will": "wollen", "findet": "finden", "braucht": "brauchen", "würde": "würden",
           "bevorzugt": "bevorzugen", "wünscht": "wünschen", "mag": "mögen", "möchten": "möchten", "wollen": "wollen",
           "finden": "finden"},
    "fr": {"veut": "voulons", "voudrait": "voudrions", "préfère": "préférons", "souhaite": "souhaitons",
           "aime": "aimons", "aimerait": "aimerions", "trouve": "trouvons", "pense": "pensons", "veulent": "voulons",
           "préfèrent": "préférons", "souhaitent": "souhaitons"},
    "es": {"quiere": "queremos", "prefiere": "preferimos", "necesita": "necesitamos", "quieren": "queremos",
           "prefieren": "preferimos", "necesitan": "necesitamos"},
}
# "is" and its kin only as a stance when a stance follows ("is happy"): "our board is 2.4 m" says nothing of the
# customer. A decision ("our board approved") is left as it is: who decided is news for the rep to take up.
_BE = {"en": (r"(?:is|are)(?=\s+(?:happy|fine|ok|okay|keen|interested|pleased|on board)\b)", "are"),
       "de": (r"(?:ist|sind)(?=\s+(?:einverstanden|zufrieden|interessiert)\b)", "sind"),
       "fr": (r"(?:est|sont)(?=\s+(?:d'accord|intéressée?s?|ok)\b)", "sommes"),
       "es": (r"(?:está|están)(?=\s+(?:de acuerdo|interesad[oa]s?)\b)", "estamos")}
_AND = {"en": r"\b(and|but)", "de": r"\b(und|aber)", "fr": r"\b(et|mais)", "es": r"\b(y|pero)"}
_WE = {"en": "we", "de": "wir", "fr": "nous", "es": ""}


def _as_we(rest: str, language: str) -> str:
    """A clause whose first word is a stance verb said of the customer's "we"; "" when the verb is none of them."""
    we = _WE[language]
    pattern, said = _BE[language]
    be = re.match(pattern, rest, re.I)
    if be:
        return f"{we} {said}{rest[be.end():]}" if we else f"{said}{rest[be.end():]}"
    m = re.match(r"([^\W\d_]+)\b", rest)
    said = m and _STANCE[language].get(m.group(1).lower())
    if not said:
        return ""
    # "likes the BL-900 but wants to see it first": a second verb of the same subject agrees as well
    tail = re.sub(_AND[language] + r"\s+([^\W\d_]+)\b",
                  lambda v: f"{v.group(1)} {_STANCE[language].get(v.group(2).lower(), v.group(2))}", rest[m.end():])
    return f"{we} {said}{tail}" if we else f"{said}{tail}"


def _capital(text: str, like: str) -> str:
    """Text with the first letter's case of the sentence it replaces."""
    return text[:1].upper() + text[1:] if like[:1].isupper() and text else text


def as_customer(sentence: str, language: str) -> str:
    """A customer's sentence with the insider who weighed it said as the customer ("Our director likes X" -> "We like
    X"); the sentence as it was when no insider leads it or their verb is no known stance."""
    if language not in _ROLE:
        return sentence
    role = _ROLE[language]
    lead = re.match(r"\s*", sentence).group(0)
    body = sentence[len(lead):]
    talks = re.match(_TALKS[language].format(role=_WITH[language]), body, re.I)
    if talks:
        rest = body[talks.end():]
        picked = re.match(_PRONOUN[language], rest, re.I)
        turned = _as_we(rest[picked.end():], language) if picked else ""
        if not turned and re.match(r"(?:we|i|wir|ich|nous|je|j'|on)\b", rest, re.I):
            turned = rest  # "after family discussion, we would like ...": the customer already speaks
        return lead + _capital(turned, body) if turned else sentence
    says = re.match(role + _SAYS[language], body, re.I)
    if says and len(body[says.end():].split()) > 1:
        rest = body[says.end():]
        return lead + rest[:1].upper() + rest[1:]
    subject = re.match(role + r"\s+", body, re.I)
    if subject:
        turned = _as_we(body[subject.end():], language)
        if turned:
            return lead + _capital(turned, body)
    return sentence
