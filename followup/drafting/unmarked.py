"""A customer's question whose question mark was lost ("Can the control panels be connected to our building
automation (Fidelix)", "Wer ersetzt beschädigte Griffe, machen Sie das direkt", "..., is this possible") or that is
put indirectly ("tell me which documents you need", "Ella pregunta también si se puede pagar con tarjeta"): still a
question for the rep to answer. en/de/fr/es."""
from __future__ import annotations

import re

# Words that lead into the question without being part of it ("Also, ", "One thing I forgot - ", "Außerdem: ").
_LEAD = (r"^(?:(?:and|also|but|so|plus|btw|by the way|p\.?\s?s\.?|one (?:more |last )?(?:thing|question)"
         r"(?: i forgot)?|et|aussi|autre chose|"
         r"par ailleurs|au fait|y|también|además|otra cosa|otra pregunta|por cierto)\s*[,:;!–—-]?\s+)*")

# German puts the verb second after an adverb ("Außerdem brauchen wir einen Raum" states): only "und" or a lead
# closed by a colon ("Außerdem: ist die Standfläche bestätigt") may stand before a question's first verb.
_DE_LEAD = r"^(?:(?:und|aber)\s*,?\s+|(?:außerdem|ausserdem|noch eine frage|eine frage noch|übrigens|auch)\s*[:;–—-]\s+)?"

# A subject after an auxiliary that starts the sentence: "Can the panels ...", "do you offer ...", "is this possible".
_EN_SUBJECT = (r"(?:you|we|i|they|he|she|it|there|this|that|these|those|the|your|our|my|his|her|their|all|both|"
               r"each|any)\b")

_DIRECT = re.compile(
    _LEAD + r"(?:"
    # en: auxiliary first, or a question word before its verb ("what is the turnaround time", "which terms you have")
    r"(?:can|could|will|would|do|does|did|is|are|should|shall|has|have|may|might)\s+" + _EN_SUBJECT + r"|"
    r"(?:what|who|where|why)\s+(?:is|are|was|were|does|do|did|can|could|would|will|should|happens|happened)\b|"
    r"how (?:much|many|long|soon|fast|quickly|often|big|loud)\s+(?:\w+\s+){0,3}?"
    r"(?:is|are|does|do|can|could|would|will|should)\b|when (?:is|are|does|do|can|could|would|will|should)\b|"
    r"which\s+(?!is why\b)|"
    # fr: "est-ce que", "quel est", "combien coûte"
    r"est-ce qu|quel(?:le)?s?\s+(?:est|sont|serait|seraient|sera|délai|garantie|prix)\b|combien\b|"
    # es: an accented question word ("qué bueno" exclaims), "se puede"
    r"(?:cuánto|cuánta|cuántos|cuántas|cuándo|dónde|qué|cuál|cuáles|quién|cómo)\b"
    r"(?!\s+(?:bueno|bien|pena|gusto|alegría|lástima|tal)\b)|se pueden?\b)",
    re.I)

_DE_DIRECT = re.compile(
    _DE_LEAD + r"(?:"
    # a modal or auxiliary first with its subject, or a W-word ("Ab wann könnten Sie", "Welche Anschlüsse muss")
    r"(?:kann|können|könnt|könnten|ist|sind|gibt es|geht|haben|habt|hat|muss|müssen|brauchen|braucht|reicht|wird|"
    r"werden|würde|würden|darf|dürfen|soll|sollen|machen|macht|liefern|liefert)\s+(?:Sie|ihr|wir|ich|es|man|der|"
    r"die|das|den|dem|unser\w*|Ihr\w*|euer\w*|ein\w*|auch|dies\w*)\b(?!.*\bbitte\b)|"
    r"(?:wer|wann|wo|wohin|warum|wieso|ab wann|bis wann|wie (?:viel\w*|lange|hoch|groß|laut|schnell|teuer|oft)|"
    r"wieviel\w*|welche[rsnm]?)\s+(?!.*\b(?:angeht|betrifft)\b)|was (?:kostet|kosten|ist|sind|passiert|brauchen|"
    r"muss|müssen)\b)",
    re.I)

# A question tacked on after a comma ("we want inspection on Saturday, is this possible", "..., how fast is someone
# on site", "the alerts, can they go to WhatsApp", ", geht das", ", est-ce possible", ", ¿es posible").
_TAIL = re.compile(
    r",\s*(?:(?:is|would|will) (?:this|that|it) (?:be )?(?:possible|ok|okay|feasible|doable)|"
    r"how (?:fast|long|much|soon|many|quickly)\b|(?:can|could|will|would) (?:they|you|it|we) \w+|"
    r"(?:machen|können|könnten|müssen) (?:Sie|wir|ihr)\b|(?:geht|klappt) das|ist das möglich|"
    r"est-ce possible|c'est possible|es posible|se puede)", re.I)

# An indirect question: "tell me which documents you need", "he wants also to know if", "Ich wüsste gern, ob",
# "merci de me dire si", "quisiera saber si", "Ella pregunta también si".
_INDIRECT = re.compile(
    r"\b(?:(?:tell|advise) (?:me|us) (?:which|what|if|whether|how|when)|let (?:me|us) know (?:which|what|whether|"
    r"how|when|if (?:it|this|that)(?:'s| is) possible|if you can)|wants? (?:also |to know also )?to know (?:if|whether)|"
    r"ask (?:them|him|her) (?:if|whether)|(?:asks?|wonders?) (?:also )?(?:if|whether)|"
    r"(?:wissen|wüsste\w* gerne?|fragt(?: auch| noch)?),? (?:ob|wann|wie|was|welche\w*)\b|"
    r"(?:savoir|me dire|nous dire|confirmer|demande(?: aussi)?) (?:si|quand|combien|quel\w*)\b|"
    r"(?:saber|decirme|decirnos|confirmar(?:me|nos)?|pregunta(?: también)?) (?:si|cuándo|cuánto|qué|cuál)\b)", re.I)


def asks_unmarked(sentence: str) -> bool:
    """Whether a customer's sentence without a question mark asks the rep something."""
    s = sentence.strip()
    if "?" in s:
        return False
    return bool(_DIRECT.match(s) or _DE_DIRECT.match(s) or _TAIL.search(s) or _INDIRECT.search(s))
