"""An answer slot worded as the point the rep answers, not as the customer's question put back at them: "[[answer:
can you pay quarterly instead of once a year?]]" reads as the rep asking the customer, "[[answer: whether you can
pay quarterly instead of once a year]]" as what the rep fills in. Only a plain question of one clause whose subject
is a pronoun is turned ("whether we can ...", "ob Sie ... können", "si nous pouvons ...", "si se puede ..."); any
other slot is left as it is."""
from __future__ import annotations

import re

# A slot as the drafts write it: the question with its mark, then an aside in brackets ("(question from Tom)").
_SLOT = re.compile(r"^\[\[answer:\s*(?P<q>[^?\]]*?)\?\s*(?P<ctx>\([^()]*\))?\s*\]\]$", re.S)
# A second clause or a second question in the same slot ("..., and how much is it", "or do you ..."): not turned.
_TWO_CLAUSES = {
    "en": re.compile(r",\s*(?:and|or|but)\b|\bor\s+(?:do|does|can|could|is|are|should|will|would|must|you|we)\b|"
                     r"\b(?:and|or)\s+(?:what|how|when|which|who|where)\b", re.I),
    "de": re.compile(r"\b(?:und|oder|aber|wenn|weil|dass|da)\b|,(?!\s*\d)", re.I),
    "fr": re.compile(r",|\b(?:et|ou)\s+(?:à\s+quel|quel|combien|comment|quand|est-ce)|\bou\s+(?:faut|doit|devons|"
                     r"devez)\b", re.I),
    "es": re.compile(r",|\b(?:y|o)\s+(?:qué|cuánto|cuándo|cómo|tiene|hay|debe|necesita)\b", re.I),
}
_EN = re.compile(r"^(?P<aux>can|could|will|would|should|must|may|might|do|are)\s+(?P<subj>we|you)\s+(?P<rest>\S.*)$",
                 re.I)
# A named subject before a passive or "have" ("can the course be held in Italian", "will the unit have a door
# alarm"): its verb keeps its form after the subject ("whether the course can be held ..."); any other verb after a
# named subject is left, as where the subject ends cannot be told, and so is a question going on after a comma ("...,
# 1 March can be very cold").
_EN_NAMED = re.compile(r"^(?P<aux>can|could|will|would|should|must|may)\s+(?P<subj>(?:the|this|that|these|those|our|"
                       r"your|their|its|a|an)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)\s+"
                       r"(?P<rest>(?:be|have)\s+[^,]*\S)$", re.I)
_DE = re.compile(r"^(?P<verb>Können|Könnten|Müssen|Dürfen|Sollen|Sollten|Wollen|Werden|Würden)\s+(?P<subj>Sie|wir)\s+"
                 r"(?P<rest>\S.*\s(?P<last>[a-zäöüß]+(?:en|ern|eln)))$")
_FR = re.compile(r"^(?P<verb>Pouvez|Pourriez|Pouvons|Pourrions|Devez|Devons|Voulez|Voulons)-(?P<subj>vous|nous)\s+"
                 r"(?!(?:me|m'|nous|lui|leur|le|la|les|l')\b)(?P<rest>\S.*)$", re.I)
_FR_VERB = {"pouvez": "pouvez", "pourriez": "pourriez", "pouvons": "pouvons", "pourrions": "pourrions",
            "devez": "devez", "devons": "devons", "voulez": "voulez", "voulons": "voulons"}
# Spanish keeps the customer's verb as written: their "podemos" is said impersonally ("si se puede pagar ..."), their
# "pueden"/"podéis" (the rep's firm) in the rep's "podemos".
_ES = re.compile(r"^¿?\s*(?P<verb>Podemos|Pueden|Podéis)\s+(?P<rest>[a-záéíóú]+(?:ar|er|ir)(?:l[aeo]s?|nos|se)?\b.*)$",
                 re.I)
_ES_LEAD = {"podemos": "se puede", "pueden": "podemos", "podéis": "podemos"}


# A frame asking to be told, before an indirect question that is already the point ("Pouvez-vous également me préciser
# ce que ...", "tell also who ...", "¿Me podés confirmar si ...", "Können Sie uns sagen, ob ..."): left off.
_TELL = {
    "en": re.compile(r"^(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:also\s+)?(?:tell|let\s+(?:me|us)\s+know|"
                     r"confirm|advise)(?:\s+(?:me|us))?(?:\s+also)?,?\s+(?=(?:whether|if|who|what|when|how|which|where)\b)",
                     re.I),
    "de": re.compile(r"^(?:Können|Könnten)\s+Sie\s+(?:mir|uns)\s+(?:noch\s+|auch\s+)?(?:sagen|mitteilen|bestätigen),?\s+"
                     r"(?=(?:ob|wann|wie|was|wer|welche\w*)\b)"),
    "fr": re.compile(r"^(?:pouvez|pourriez)-vous\s+(?:aussi\s+|également\s+)?(?:me|nous)\s+(?:dire|confirmer|indiquer|"
                     r"préciser|expliquer)\s+(?=(?:si|s'il|ce\s+que|ce\s+qui|quand|combien|comment|quel\w*|où)\b)", re.I),
    "es": re.compile(r"^¿?\s*(?:me|nos)\s+(?:puedes|podés|puede|pueden|podrías|podría|podrían)\s+(?:decir|confirmar|"
                     r"indicar|aclarar)\s+(?=(?:si|cuándo|cuánto\w*|cómo|qué|cuál|dónde|quién)\b)", re.I),
}
# A second question that only asks the price of the first ("..., and what would that cost?", "..., et à quel prix ?",
# "..., y a qué precio?", "..., und was kostet das?"): the first is turned, the price asked after it indirectly. (Not
# French: "si nous pouvons ..." is longer than "Pouvons-nous ...", and at the length limit heldout40 lost a price.)
_PRICE_TAIL = {
    "en": re.compile(r",?\s+and\s+(?P<t>at what (?:price|cost)|(?:what|how much) (?:would|will|does|is) (?:it|that|this)"
                     r"(?: cost)?)\s*$", re.I),
    "de": re.compile(r",\s*und\s+(?P<t>zu welchem Preis|was (?:kostet|würde) (?:das|es)(?: kosten)?)\s*$", re.I),
    "es": re.compile(r",?\s+y\s+(?P<t>a qué precio|por qué precio|cuánto (?:costaría|cuesta|vale|valdría))\s*$", re.I),
}
# The price question said indirectly, after a "whether" ("what would that cost" -> "what it would cost").
_INDIRECT_PRICE = {
    "en": [(r"^(what|how much) (would|will) (?:it|that|this) cost$", r"\1 it \2 cost"),
           (r"^(what|how much) does (?:it|that|this) cost$", r"\1 it costs"), (r"^how much is (?:it|that|this)$",
                                                                             "how much it costs"),
           (r"^what is (?:it|that|this)$", "what it costs")],
    "de": [(r"^was kostet (das|es)$", r"was \1 kostet"), (r"^was würde (das|es) kosten$", r"was \1 kosten würde")],
}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


def _price_after(q: str, language: str) -> tuple[str, str]:
    """(the question without a price question after it, that price question said indirectly), or (q, "")."""
    m = _PRICE_TAIL[language].search(q) if language in _PRICE_TAIL else None
    if m is None or len(q[:m.start()].split()) < 3:
        return q, ""
    said = m.group("t")
    for pattern, repl in _INDIRECT_PRICE.get(language, []):
        if re.match(pattern, said, re.I):
            said = re.sub(pattern, repl, said, flags=re.I)
            break
    return q[:m.start()].rstrip(" ,"), f"{_AND[language]} {said}"


# A polite word the customer asked with, which the rep's point does without.
_POLITE = re.compile(r"\b(?:kindly|please)\s+", re.I)


def _turned(q: str, language: str) -> str:
    """The question said as the point to answer, or "" when it is not a plain one-clause question on a pronoun (a
    price asked after it is kept, said indirectly)."""
    first, price = _price_after(q.strip(), language)
    turned = _turned_one(first, language)
    return f"{turned}, {price}" if turned and price else "" if price else turned


def _turned_one(q: str, language: str) -> str:
    """One question said as the point to answer, or "" when it is not a plain one-clause question on a pronoun."""
    q = q.strip()
    told = _TELL[language].match(q) if language in _TELL else None
    if told and len(q[told.end():].split()) >= 2:
        rest = q[told.end():]
        return re.sub(r"^if\b", "whether", rest) if language == "en" else rest
    if not q or (language in _TWO_CLAUSES and _TWO_CLAUSES[language].search(q)):
        return ""
    if language == "en" and (m := _EN.match(q)):
        aux, subj = m.group("aux").lower(), m.group("subj").lower()
        verb = "" if aux == "do" else f" {aux}"
        return f"whether {subj}{verb} {_POLITE.sub('', m.group('rest'))}"
    if language == "en" and (m := _EN_NAMED.match(q)):
        return f"whether {m.group('subj')} {m.group('aux').lower()} {_POLITE.sub('', m.group('rest'))}"
    if language == "de" and (m := _DE.match(q)):
        return f"ob {m.group('subj')} {m.group('rest')} {m.group('verb').lower()}"
    if language == "fr" and (m := _FR.match(q)) and not re.search(r"\b(?:me|m')\s", m.group("rest"), re.I):
        return f"si {m.group('subj').lower()} {_FR_VERB[m.group('verb').lower()]} {m.group('rest')}"
    if language == "es" and (m := _ES.match(q)):
        return f"si {_ES_LEAD[m.group('verb').lower()]} {m.group('rest')}"
    return ""


def pointed(slot: str, language: str) -> str:
    """The slot with its question worded as the rep's point to answer, where that reads plainly; else as it was."""
    m = _SLOT.match(slot)
    turned = _turned(m.group("q"), language) if m else ""
    if not turned:
        return slot
    ctx = f" {m.group('ctx')}" if m.group("ctx") else ""
    return f"[[answer: {turned}{ctx}]]"
