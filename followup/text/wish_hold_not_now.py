"""A customer's decision not to go ahead, said in German, French, Spanish, Italian, Portuguese or Dutch ("per il momento
non procediamo", "de momento no vamos a seguir adelante", "nous ne donnerons pas suite", "decidimos não avançar",
"das Projekt nicht weiterzuverfolgen", "we hebben besloten dit niet door te zetten"): with "for now" beside it
(followup.text.wish_hold), a pause as certain as "we're not going ahead for now"."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

_NOT_GOING_AHEAD = re.compile(
    r"\bnicht\s+weiter(?:zu)?verfolg\w*|\bnicht\s+weiter(?:zu)?machen\b|"  # de
    r"\bne\s+(?:\w+\s+){0,2}?pas\s+(?:donner\s+)?suite\b|\bne\s+rien\s+(?:engager|commander|lancer)\b|"  # fr
    r"\bno\s+(?:vamos\s+a\s+)?(?:seguir|seguimos)\s+adelante\b|\bno\s+(?:vamos\s+a\s+)?avanza(?:r|mos)\b|"  # es
    r"\bnon\s+procedia?mo\b|\bnon\s+procedere\b|\bnon\s+(?:andiamo|andremo)\s+avanti\b|\bnon\s+se\s+ne\s+fa\s+nulla\b|"  # it
    r"\bn[ãa]o\s+(?:vamos\s+)?(?:avan[çc]ar|avan[çc]amos|prosseguir|seguir\s+(?:com|em\s+frente))\b|"  # pt
    r"\bniet\s+door\s+te\s+zetten\b|\bniets?\s+(?:mee\s+)?te\s+doen\b|\bniet\s+verder\s+(?:te\s+)?gaan\b",  # nl
    re.I)
# not the customer's buying halted: a payment, a delivery or an invoice held ("per ora non procediamo con il pagamento
# finché non arriva la fattura"), a condition or a question
NOT_A_PAUSE = re.compile(
    r"\?|^\W*(?:si|se|wenn|falls|als|indien|caso)\b|\b(?:pagamento|pago|paiement|zahlung|betaling|fattur\w*|factur\w*|"
    r"rechnung|factuur|spedizion\w*|env[íi]o|livraison|lieferung|levering|entrega|consegna|reclam\w*|retour\w*)\b",
    re.I)


def not_going_ahead(sentence: str) -> bool:
    """Whether a sentence in one of the six languages says the customer is not going ahead (pausing, with "for now")."""
    return bool(_NOT_GOING_AHEAD.search(sentence)) and not NOT_A_PAUSE.search(sentence)


def may_not_go_ahead(text: str) -> bool:
    """Whether a whole text holds the words of not going ahead (the cheap test before its sentences are read)."""
    return bool(_NOT_GOING_AHEAD.search(text))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)
