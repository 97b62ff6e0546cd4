"""A customer's request to be told something ("Please tell which dates are possible in September", "Bitte bestätigen
Sie uns, ob ...", "merci de nous confirmer si un paiement à 30 jours est possible", "confirmadme que la instalación se
puede hacer en la parada de Navidad"): the question it asks, asked directly, so that it is answered where a source
answers it and slotted where none does, never promised back as "I'll confirm ..." or left out as a bare request."""
from __future__ import annotations

import re

from followup.drafting.reading import inverted

# Words that may open the sentence before the frame: a connective, "please".
_OPEN = r"^(?:(?:and|also|so|und|auch|außerdem|et|aussi|y|también|además)\s*,?\s+)?"
# A request to be told that ends a sentence's first clause: "Merci d'établir une facture ..., et de nous confirmer si".
_JOINED = r"(?:^|,?\s+(?:and|und|et|y)\s+)"

# The frame per language, up to the word that opens what is asked (whether, that, which, ...).
_FRAME = {
    "en": re.compile(r"(?:please\s+|kindly\s+)?(?:also\s+)?(?:tell|let (?:me|us) know|confirm|advise|inform)(?:\s+(?:me|us))?"
                     r"(?:\s+(?:also|please))?,?\s+(?P<w>whether|if|which|what|when|how|where|who|that)\b\s*(?P<rest>.+)$",
                     re.I),
    "de": re.compile(r"(?:bitte\s+)?(?:(?:bestätigen|sagen|nennen|schreiben) Sie (?:mir|uns)?|teilen Sie (?:mir|uns)"
                     r"(?:\s+(?:bitte|noch|auch|kurz))* mit|geben Sie (?:mir|uns)(?:\s+(?:bitte|noch|auch|kurz))* "
                     r"Bescheid)(?:\s+(?:bitte|noch|auch|kurz))*,?\s+(?P<w>ob|wann|wie|was|wer|welche[rsmn]?|dass)\b\s*"
                     r"(?P<rest>.+)$", re.I),
    "fr": re.compile(r"(?:(?:merci de|merci d'|de|d'|veuillez|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu)\s*"
                     r"(?:aussi\s+)?(?:nous|me)\s+(?:confirmer|dire|indiquer|préciser)|(?:confirmez|dites|indiquez|"
                     r"précisez)-(?:moi|nous))(?:\s+(?:aussi|également|svp|s'il vous plaît))?,?\s+(?P<w>si|s'|que|qu'|"
                     r"quand|combien|comment|quel(?:le)?s?)\s*(?P<rest>.+)$", re.I),
    "es": re.compile(r"(?:por favor,?\s+)?(?:confírm(?:ame|anos|eme|enos)|confirm(?:adme|adnos|ame|anos|eme|enos)|"
                     r"decid(?:me|nos)|d[ií](?:me|nos|game|ganos|ganme)|indíc(?:ame|anos|ame|enos)|indicad(?:me|nos)|"
                     r"avisad(?:me|nos)|avís(?:ame|anos|eme|enos))(?:\s+(?:por favor|también))?,?\s+(?P<w>si|que|cuándo|"
                     r"cuánto|cuánta|cuántos|cuántas|cómo|qué|cuál(?:es)?|dónde)\b\s*(?P<rest>.+)$", re.I),
}

# What a request to be told names without a question word ("Please confirm the print size for the back wall"): a
# measure of a thing, which only the rep can give (a price or a date may stand in the thread already: not these).
_MEASURE = {
    "en": re.compile(r"(?:please\s+|kindly\s+)?(?:also\s+)?(?:confirm|tell|let (?:me|us) know|advise)(?:\s+(?:me|us))?"
                     r"\s+(?P<rest>the\s+(?:[\w-]+\s+)?(?:size|sizes|dimensions|measurements|format|resolution|weight)"
                     r"\s+(?:of|for)\s+.+)$", re.I),
    "de": re.compile(r"(?:bitte\s+)?(?:bestätigen|nennen) Sie (?:mir|uns)?(?:\s+(?:bitte|noch|auch|kurz))*\s+"
                     r"(?P<rest>(?:die|das)\s+(?:\w+)?(?:größe|format|maße|abmessungen|gewicht)\s+(?:für|von|der|des)\s+.+)$",
                     re.I),
    "fr": re.compile(r"(?:merci de|merci d'|veuillez)\s*(?:nous|me)\s+(?:confirmer|indiquer|préciser)\s+"
                     r"(?P<rest>(?:la|le|les)\s+(?:taille|format|dimensions|poids)\s+.+)$", re.I),
    "es": re.compile(r"(?:por favor,?\s+)?(?:confirm(?:adme|adnos|ame|anos|eme|enos)|indíc(?:ame|anos|enos)|"
                     r"indicad(?:me|nos))\s+(?P<rest>(?:el|la|las|los)\s+(?:tamaño|formato|medidas|dimensiones|peso)\s+.+)$",
                     re.I),
}

# A request to be given people's names or contacts ("Merci aussi de me donner les noms des techniciens pour les badges
# d'accès", "Please send us the names of the installers", "The building manager needs the names of the technicians for
# access cards"): who comes is the rep's to say, asked as a slot, never promised back as a document to send.
_NAMES = {
    "en": re.compile(r"(?:(?:please\s+|kindly\s+)?(?:also\s+)?(?:send|give|tell|let (?:me|us) (?:know|have)|provide)"
                     r"(?:\s+(?:me|us))?|(?:our|the|my)\s+[^\W\d_][\w' -]{1,30}?\s+needs?)\s+"
                     r"(?P<rest>the\s+names?\s+(?:and\s+[\w ]{1,20}\s+)?of\s+.+)$", re.I),
    "de": re.compile(r"(?:bitte\s+)?(?:(?:nennen|schicken|senden|geben) Sie (?:mir|uns)|teilen Sie (?:mir|uns))"
                     r"(?:\s+(?:bitte|noch|auch|kurz))*\s+(?P<rest>die\s+Namen\s+.+?)(?:\s+mit)?$", re.I),
    "fr": re.compile(r"(?:merci(?:\s+aussi)?\s+de|veuillez)\s+(?:aussi\s+)?(?:me|nous)\s+(?:donner|communiquer|"
                     r"indiquer|transmettre|envoyer)\s+(?P<rest>(?:les?\s+noms?|le nom)\s+.+)$", re.I),
    "es": re.compile(r"(?:por favor,?\s+)?(?:d[ií]g(?:ame|anos)|di(?:me|nos)|env[ií](?:ame|anos|eme|enos)|"
                     r"ind[ií](?:c(?:ame|anos)|qu(?:eme|enos))|p[aá]s(?:ame|anos)|(?:indica|envia)d(?:me|nos))\s+"
                     r"(?P<rest>(?:el nombre|los nombres)\s+.+)$", re.I),
}

# A request to confirm the payment terms with the customer's own terms after it ("Kindly confirm the payment terms, we
# usually pay 30 days after invoice"): whether their terms are accepted is the rep's to answer, asked with them.
_TERMS = {
    "en": re.compile(r"(?:please\s+|kindly\s+)?(?:also\s+)?confirm(?:\s+(?:me|us))?\s+(?P<thing>the\s+(?:payment\s+"
                     r"terms|terms\s+of\s+payment|payment\s+conditions))\s*[,;:–-]\s*(?P<own>(?:we|our)\b.+)$", re.I),
    "de": re.compile(r"(?:bitte\s+)?bestätigen Sie(?:\s+(?:mir|uns|bitte|noch|auch))*\s+(?P<thing>(?:die|das)\s+"
                     r"(?:Zahlungsbedingungen|Zahlungsziel|Zahlungskonditionen))\s*[,;:–-]\s*(?P<own>(?:wir|unser|"
                     r"unsere)\b.+)$", re.I),
    "fr": re.compile(r"(?:merci de|veuillez|pouvez-vous|pourriez-vous)\s*(?:aussi\s+)?(?:nous|me)?\s*confirmer\s+"
                     r"(?P<thing>(?:les|le)\s+(?:conditions|modalités|délai) de paiement)\s*[,;:–-]\s*(?P<own>(?:nous|"
                     r"notre|nos)\b.+)$", re.I),
    "es": re.compile(r"(?:por favor,?\s+)?conf[ií]rm(?:adme|adnos|ame|anos|eme|enos)(?:\s+también)?\s+(?P<thing>(?:las|"
                     r"la|el)\s+(?:condiciones|forma|plazo) de pago)\s*[,;:–-]\s*(?P<own>(?:nosotros|normalmente|"
                     r"solemos|pagamos|nuestra|nuestro)\b.+)$", re.I),
}

_EN_AUX = r"can|could|will|would|should|may|is|are|do|does|did|have|has"


def _direct(word: str, rest: str, language: str) -> str:
    """What follows the frame's question word, asked as a direct question (no mark)."""
    low = word.lower()
    if language == "en":
        if low in ("if", "whether", "that"):
            pronoun = re.match(rf"^(?P<subj>you|we|i|they|it|this|there)\s+(?P<aux>{_EN_AUX})\b\s*(?P<rest>.*)$", rest,
                               re.I)
            if pronoun:
                return f"{pronoun.group('aux')} {pronoun.group('subj')} {pronoun.group('rest')}".strip()
            direct = inverted(rest)
            return direct if direct != rest else f"whether {rest}"
        # "when you can deliver" -> "when can you deliver"; "which dates are possible" stays as it is
        m = re.match(rf"^(?P<subj>you|we|they|it)\s+(?P<aux>{_EN_AUX})\b\s*(?P<rest>.*)$", rest, re.I)
        return f"{low} {m.group('aux')} {m.group('subj')} {m.group('rest')}" if m else f"{low} {rest}"
    if language == "de":
        # a dependent clause ends on its finite verb, which a direct question puts first ("wann der Techniker kommt")
        if low.startswith("welch"):  # "welche Termine möglich sind": the noun belongs to the question word
            return re.sub(r"^(\S+)\s+([^,]+?)\s+([a-zäöüß]+)$", rf"{low} \1 \3 \2", rest)
        verb_first = re.sub(r"^([^,]+?)\s+([a-zäöüß]+)$", r"\2 \1", rest)
        return verb_first if low in ("ob", "dass") else f"{low} {verb_first}"
    if low in ("si", "que", "qu'"):
        return rest
    if low == "s'":
        return "s'" + rest if not rest.startswith("il") else rest
    return f"{low} {rest}"


def told_question(sentence: str, language: str) -> str:
    """The question a request to be told asks, as a direct question with its mark ("Please tell which dates are
    possible in September." -> "Which dates are possible in September?"); "" when the sentence is no such request."""
    s = sentence.strip().rstrip(" .!")
    if "?" in s or language not in _FRAME:
        return ""
    opened = re.sub(_OPEN, "", s, count=1, flags=re.I)
    m = None
    for start in [0] + [j.end() for j in re.finditer(_JOINED, opened, re.I) if j.end() > 0]:
        m = (_FRAME[language].match(opened, start) or _MEASURE[language].match(opened, start)
             or _NAMES[language].match(opened, start))
        if m:
            break
    terms = None if m else _TERMS[language].match(opened)
    if terms:
        ask = f"{terms.group('thing')}: {terms.group('own').strip(' ,')}"
        ask = ask[:1].upper() + ask[1:]
        return f"¿{ask}?" if language == "es" else f"{ask}?"
    if m is None:
        return ""
    groups = m.groupdict()
    rest, word = (groups.get("rest") or "").strip(" ,"), groups.get("w")
    if len(rest.split()) < 2:
        return ""
    ask = _direct(word, rest, language) if word else rest
    ask = ask[:1].upper() + ask[1:]
    return f"¿{ask}?" if language == "es" else f"{ask}?"


__all__ = ["told_question"]
