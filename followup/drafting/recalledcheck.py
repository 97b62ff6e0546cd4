"""A customer recalling the rep's promise to find something out ("you said you'd check if the old tyres are taken away
free, never heard back", "Sie wollten noch prüfen, ob ...", "vous deviez vérifier si ...", "quedó en confirmar si
..."): the question the promise left open, for relayed.py to ask directly (answered by a later source or slotted)."""
from __future__ import annotations

import re

_WORDS = {
    "en": r"if|whether|what|when|how|which|where|who",
    "de": r"ob|wann|wie|was|wer|welche[rsmn]?",
    "fr": r"si|s'|quand|combien|comment|quel(?:le)?s?",
    "es": r"si|cuándo|cuánto|cuánta|cuántos|cuántas|cómo|qué|cuál(?:es)?|dónde",
}
# The recalled promise up to the word that opens what was to be found out.
_FRAME = {
    "en": r"(?:you|u)\s+(?:(?:said|told me|told us|mentioned|promised)(?:\s+that)?\s+(?:you|u)(?:'d|\s+would|\s+will|"
          r"\s+were going to)|were\s+(?:going|meant|supposed)\s+to|promised\s+to)\s+(?:check|find out|look into|"
          r"confirm|ask|see)(?:\s+(?:for me|for us|again))?",
    "de": r"Sie\s+(?:wollten|hatten\s+(?:zugesagt|versprochen))(?:\s+(?:noch|mir|uns|doch))*(?:,)?\s+(?:zu\s+)?"
          r"(?:prüfen|klären|nachsehen|nachfragen|herausfinden|abklären)(?:\s+zu)?",
    "fr": r"vous\s+(?:deviez|alliez|vouliez|aviez promis de|m'aviez dit que vous alliez|nous aviez dit que vous alliez)"
          r"\s+(?:vérifier|vous renseigner|regarder|confirmer|demander)(?:\s+(?:pour moi|pour nous))?",
    "es": r"(?:usted\s+|tú\s+)?(?:iba|ibas|quedó|quedaste|dijo que iba|dijiste que ibas|prometió|prometiste)\s+"
          r"(?:en\s+|a\s+)?(?:comprobar|confirmar(?:nos|me)?|averiguar|revisar|mirar|consultar|verificar)",
}
_RECALLED = {lang: re.compile(r"^(?:(?:and|also|but|und|auch|aber|et|aussi|mais|y|también|pero)\s*,?\s+)?"
                              + frame + r",?\s+(?P<w>" + _WORDS[lang] + r")(?:\s+|(?<=')(?=\w))(?P<rest>.+)$", re.I)
             for lang, frame in _FRAME.items()}
# A complaint after the recalled question that no answer came ("..., never heard back", "..., bisher nichts gehört",
# "..., toujours rien", "..., pero no supe nada"): no part of the question.
_NO_WORD_SINCE = re.compile(
    r",?\s+(?:and\s+|but\s+|aber\s+|mais\s+|pero\s+|y\s+)?(?:(?:I|we)\s+)?(?:never|haven't|have not|still haven't|"
    r"didn't)\s+(?:heard|had|got)\b.*$|,?\s+(?:still waiting|no word since)\b.*$|"
    r",?\s+(?:(?:aber|und)\s+)?(?:(?:ich|wir)\s+)?(?:habe|haben|hab)?\s*(?:bisher|noch)\s+nichts\s+(?:gehört|bekommen)\b.*$|"
    r",?\s+(?:(?:mais|et)\s+)?(?:toujours rien|(?:je|nous)\s+n'(?:ai|avons)\s+(?:rien|pas eu de nouvelles))\b.*$|"
    r",?\s+(?:(?:pero|y)\s+)?(?:no (?:supe|supimos|he sabido|hemos sabido) nada|(?:aún|todavía) nada|sigo sin noticias)\b.*$",
    re.I)


def recalled_check(sentence: str, language: str) -> tuple[str, str] | None:
    """The question word and the rest of what the rep promised to find out, as the customer recalls it, or None."""
    pattern = _RECALLED.get(language)
    m = pattern.match(sentence.strip().rstrip(".!")) if pattern else None
    if m is None:
        return None
    rest = _NO_WORD_SINCE.sub("", m.group("rest")).strip(" ,")
    return (m.group("w"), rest) if len(rest.split()) >= 2 else None
