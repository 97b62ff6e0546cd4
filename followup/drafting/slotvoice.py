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
# A polite word the customer asked with, which the rep's point does without.
_POLITE = re.compile(r"\b(?:kindly|please)\s+", re.I)


def _turned(q: str, language: str) -> str:
    """The question said as the point to answer, or "" when it is not a plain one-clause question on a pronoun."""
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
