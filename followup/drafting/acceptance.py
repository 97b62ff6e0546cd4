"""A customer's acceptance of the offer: whether an email accepts it, the go-ahead line, what a recap then keeps."""
from __future__ import annotations

import re

from followup.drafting.booking import takes
from followup.drafting.changes import _MONTH_WORDS, asked_anew
from followup.drafting.figures import CURRENCY_CODES
from followup.drafting.items import Item, State
from followup.drafting.words import content

# A price: a currency sign or code ("3,000 litres" is a size, not a price), the codes figures.py knows and those that
# are words as well ("mad", "try"), safe here before or after a figure.
_CODES = "|".join((*CURRENCY_CODES, "fcfa", "cfa", "mad", "try", "bob", "gel", "amd", "ghc"))


_PRICE = re.compile(rf"[$€£¥₦₹]|\b(?:{_CODES}|bs|r)\b\.?\s?\d|\d\s?(?:€|\b(?:{_CODES})\b)", re.I)


# A sum without a currency this module knows ("Bs 4.350", "22.000"): the price when no line names a currency.
_SUM = re.compile(r"\b\d{1,3}(?:[.,' ]\d{3})+\b")


# The offer's other terms in force: a day, a lead time, a warranty ("8 semanas", "2-year warranty", "February 15").
_TERM = re.compile(rf"\b(?:{_MONTH_WORDS})\b|\d[\s-]*(?:working |business )?(?:weeks?|days?|months?|years?|"
                   r"wochen|werktage|tage|monate|jahre|semaines|jours|mois|ans|semanas|d[ií]as|meses|a[ñn]os)\b|"
                   # how it is invoiced: "50% al inicio y 50% a la entrega", "30 % bei Auftrag", "50 % à la commande"
                   r"\d\s?%\s+(?:upfront|up front|on (?:signing|order|delivery|completion)|at (?:the )?start|"
                   r"bei (?:auftrag\w*|bestellung|lieferung|abnahme)|à la (?:commande|signature|livraison)|"
                   r"al (?:inicio|firmar|pedido)|a la (?:firma|entrega))", re.I)


# The customer is past the offer: they accepted or approved it ("the AGM approved the purchase", "Nous validons les
# deux générateurs", "Dale, vamos con la parrilla", "passt so", "ok for EUR 20,700").
_ACCEPT = re.compile(
    r"\b(?:approved|agrees?|agreed|go ahead|going ahead|accept(?:s|ed)?|ok for|okay for|we(?:'ll| will) take|"
    r"we(?:'re| are) going with|(?:let's|let us|we'll|we will|i'll|i will) go with|^(?:ok[,.]?\s+)?go with|"
    r"(?:^|,\s*)(?:we|I) go with (?:your|the) (?:\w+ )?(?:quote|quotation|offer|proposal)|"
    r"(?:^|,\s*)wir machen (?:das|es)(?=\s*[.!])|einverstanden|passt so|freigegeben|genehmigt|zugestimmt|machen wir|"
    r"validons|validé|validée|d'accord pour|bon pour accord|on part sur|nous acceptons|(?:a|ont) donné (?:son|leur) accord|"
    r"vamos con|de acuerdo con|aprobad[oa]|aprobó|aceptamos|nos quedamos con|"
    # an order placed ("please proceed", "wir bestellen", "Auftrag erteilt", "nous commandons", "adelante con el pedido")
    r"please proceed|(?:we(?:'d| would)? like to|we(?:'ll| will)?) (?:order|place (?:the|an|our) order)|"
    r"(?:we )?confirm (?:the|our) order|wir bestellen|bestellen wir|(?:den )?auftrag (?:ist )?erteilt|"
    r"erteilen (?:wir )?(?:ihnen )?den auftrag|nous (?:vous )?commandons|(?:nous )?passons (?:la )?commande|"
    r"confirmons (?:la|notre) commande|adelante con|hacemos el pedido|confirmamos (?:el|nuestro) pedido|"
    # a booking of what was offered, in so many words ("gut, wir buchen 4 Wochen", "we'll book the 4 weeks")
    r"(?:^|,\s*)(?:wir buchen|we(?:'ll| will) book|nous réservons|reservamos)\b|"
    r"accepté(?:e|s)?|acceptons|aceptad[oa]|akzeptiert|(?:angebot|offerte) (?:ist )?angenommen)(?!\w)", re.I)


# An approval of something else, or an agreement recalled ("as we agreed", "approved a budget of", "if approved").
_NOT_ACCEPT = re.compile(r"\b(?:as (?:we )?agreed|wie vereinbart|comme convenu|como acordamos|approved (?:a|the) budget|"
                         r"if (?:\w+ )?(?:approve|agree|go with)|"
                         # a question asked in other words, or a product cleared for a use, accepts nothing ("We would
                         # like to know if the heaters are approved for listed buildings", "ob das Gerät zugelassen ist")
                         r"(?:know|wonder\w*|ask\w*|check|tell (?:me|us)|find out) (?:if|whether)|\bwhether|"
                         r"wissen,? ob|fragen,? ob|savoir si|demander si|saber si|preguntar si|approved for|"
                         r"(?:would|'d|could|might) (?:go ahead|accept|agree|take)|go ahead if|"
                         r"once (?:\w+ )?(?:approve|agree)|not (?:yet )?approved|"
                         # an approval still to come ("will be BL-4471 once it's approved", "sobald es freigegeben
                         # ist", "une fois validé", "cuando esté aprobada"): nothing is ordered yet
                         r"(?:once|when|as soon as|after)\s+(?:[\w'’]+\s+){0,3}?(?:approved|agreed|signed off)|"
                         r"(?:sobald|wenn)\s+(?:\w+\s+){0,4}?(?:genehmigt|freigegeben)|"
                         r"(?:une fois|dès que|quand|lorsque)\s+(?:[\w'’]+\s+){0,4}?(?:validé|approuvé|accepté)\w*|"
                         r"(?:una vez|cuando|en cuanto|apenas)\s+(?:\w+\s+){0,4}?(?:aprobad|aceptad)\w*|"
                         r"take [\w\s]{0,25}? off|before (?:we|I) (?:order|place|go)|bevor wir|avant de (?:commander|valider)|"
                         r"antes de (?:pedir|hacer el pedido|confirmar)|(?:want|wants|wish) to (?:order|place)|"
                         # "n'est pas encore accepté", "noch nicht freigegeben", "no está aprobado": said not to be
                         r"(?:not|nicht|pas|no)\s+(?:\w+\s+)?(?:yet\s+|encore\s+|noch\s+|todavía\s+)?(?:approved|"
                         r"accepted|agreed|accepté\w*|validé\w*|angenommen|akzeptiert|genehmigt|freigegeben|"
                         r"aceptad[oa]|aprobad[oa]))(?!\w)", re.I)


def accepts(text: str) -> bool:
    """Whether a customer's email accepts or approves the offer in a sentence that asks nothing ("Director agrees
    with the price.", "Dale, vamos con la parrilla."); "as we agreed" or "we will take the curtains off" do not."""
    return any((_ACCEPT.search(s) or takes(s)) and not _NOT_ACCEPT.search(s) for s in re.split(r"(?<=[.!?])\s+|\n+", text or "")
               if "?" not in s and "¿" not in s)


def accepted(state: State) -> bool:
    """Whether the customer's newest email, the last interaction, accepts or approves the offer."""
    return bool((state.last or {}).get("accepted"))


def welcome(state: State, p: dict) -> list[str]:
    """The line that takes up the customer's go-ahead ("Great to hear you're going ahead."), first; [] without one."""
    # a signed document sent back is taken up by the line that says it was received (signedback.py)
    return [p["welcome"]] if accepted(state) and not (state.last or {}).get("signed") else []


def past_offer(state: State) -> bool:
    """Whether the customer's newest email accepts the offer and asks something new: the offer is then recapped by
    its price alone."""
    return asked_anew(state) and accepted(state)


def priced_only(lines: list[Item], state: State) -> list[Item]:
    """The rep's older lines to recap: all of them, or, once the customer accepted the offer and asks something new,
    only those with its price or another term in force (the answers and specs they have read and moved past)."""
    if not past_offer(state):
        return lines
    mine = [t for t in lines if t.direction == "outbound"]
    priced = [t for t in mine if _PRICE.search(t.quote)] or [t for t in mine if _SUM.search(t.quote)]
    # a line about a question still open stays: it is what the rep's answer builds on
    asked = set().union(*[_stems(q.quote) for q in state.open("question") if q.direction == "inbound"])
    return [t for t in lines if t.direction != "outbound" or t in priced or _TERM.search(t.quote)
            or _stems(t.quote) & asked]


def _stems(text: str) -> set[str]:
    """The content words of a text by their first four letters ("stores 400 cycles" meets "store cycle records")."""
    return {w[:4] for w in content(text) if len(w) >= 4}
